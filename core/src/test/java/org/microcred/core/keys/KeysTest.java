package org.microcred.core.keys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;
import org.microcred.core.internal.Base58;
import org.microcred.core.internal.Base64Url;
import org.microcred.core.internal.Multicodec;
import org.microcred.core.json.Json;

class KeysTest {

    private static final byte[] DATA = "microcred".getBytes(StandardCharsets.UTF_8);
    private static final MicrocredKeyPair ED = MicrocredKeyPair.generate(KeyType.ED25519);
    private static final MicrocredKeyPair EC = MicrocredKeyPair.generate(KeyType.P256);
    private static final MicrocredKeyPair RSA = MicrocredKeyPair.generate(KeyType.RSA);

    private static MicrocredException assertKeyInvalid(Executable call, String... fragments) {
        MicrocredException e = assertThrows(MicrocredException.class, call);
        assertEquals(ErrorCode.KEY_INVALID, e.code(), e.getMessage());
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), () -> "message was: " + e.getMessage());
        }
        return e;
    }

    private static ObjectNode jwk(String json) {
        return (ObjectNode) Json.standard().parse(json);
    }

    // ---------------------------------------------------------------- cross-checks with the JDK

    @Test
    void ed25519SignaturesAreByteIdenticalToTheJdk() throws Exception {
        Signature jdk = Signature.getInstance("Ed25519");
        jdk.initSign(ED.toJavaKeyPair().getPrivate());
        jdk.update(DATA);
        byte[] jdkSig = jdk.sign();
        byte[] ours = SigningKeys.ed25519(ED, "did:example:1#k").sign(DATA);
        assertArrayEquals(jdkSig, ours);
        assertTrue(ED.publicKey().verify(SignatureAlgorithm.EdDSA, DATA, jdkSig));
        jdk.initVerify(ED.publicKey().toPublicKey());
        jdk.update(DATA);
        assertTrue(jdk.verify(ours));
    }

    @Test
    void es256SignaturesAreP1363AndVerifyWithTheJdk() throws Exception {
        byte[] sig = SigningKeys.didKey(EC).sign(DATA);
        assertEquals(64, sig.length);
        Signature jdk = Signature.getInstance("SHA256withECDSAinP1363Format");
        jdk.initVerify(EC.publicKey().toPublicKey());
        jdk.update(DATA);
        assertTrue(jdk.verify(sig));
        assertTrue(EC.publicKey().verify(SignatureAlgorithm.ES256, DATA, sig));
        assertFalse(EC.publicKey().verify(SignatureAlgorithm.ES256, DATA, java.util.Arrays.copyOf(sig, 63)));
    }

    @Test
    void ps256UsesSha256Mgf1Salt32() throws Exception {
        byte[] sig = SigningKeys.of(RSA, SignatureAlgorithm.PS256, "https://example.edu/keys#1").sign(DATA);
        Signature jdk = Signature.getInstance("RSASSA-PSS");
        jdk.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
        jdk.initVerify(RSA.publicKey().toPublicKey());
        jdk.update(DATA);
        assertTrue(jdk.verify(sig));
        assertTrue(RSA.publicKey().verify(SignatureAlgorithm.PS256, DATA, sig));
        assertFalse(RSA.publicKey().verify(SignatureAlgorithm.RS256, DATA, sig));
        byte[] rs = SigningKeys.of(RSA, SignatureAlgorithm.RS256, "https://example.edu/keys#1").sign(DATA);
        assertTrue(RSA.publicKey().verify(SignatureAlgorithm.RS256, DATA, rs));
    }

    @Test
    void algorithmKeyTypeMismatchIsFalseNotAnException() {
        byte[] sig = SigningKeys.ed25519(ED, "did:example:1#k").sign(DATA);
        assertFalse(ED.publicKey().verify(SignatureAlgorithm.ES256, DATA, sig));
        assertFalse(EC.publicKey().verify(SignatureAlgorithm.EdDSA, DATA, sig));
        assertFalse(RSA.publicKey().verify(SignatureAlgorithm.RS256, DATA, sig));
        assertFalse(ED.publicKey().verify(SignatureAlgorithm.EdDSA, DATA, new byte[0]));
        assertFalse(ED.publicKey().verify(null, DATA, sig));
        assertThrows(IllegalArgumentException.class, () -> SigningKeys.of(ED, SignatureAlgorithm.ES256, "x#1"));
        assertThrows(IllegalArgumentException.class, () -> SigningKeys.of(RSA, SignatureAlgorithm.RS256, " "));
    }

    @Test
    void toStringNeverShowsPrivateMaterial() {
        for (MicrocredKeyPair pair : new MicrocredKeyPair[] {ED, EC, RSA}) {
            String d = pair.toPrivateJwk().get("d").textValue();
            InMemorySigningKey key = SigningKeys.of(pair, SigningKeys.defaultAlgorithm(pair.keyType()), "did:example:1#k");
            for (String shown : new String[] {pair.toString(), key.toString()}) {
                assertFalse(shown.contains(d), shown);
                assertTrue(shown.contains(pair.publicKey().jwkThumbprint()), shown);
            }
            if (pair.keyType() != KeyType.RSA) {
                assertFalse(key.toString().contains(pair.secretKeyMultibase()));
            }
        }
    }

    // ---------------------------------------------------------------- RSA size

    @Test
    void rsaUnder2048BitsIsRejected() throws Exception {
        KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
        gen.initialize(1024);
        KeyPair small = gen.generateKeyPair();
        assertKeyInvalid(() -> MicrocredKeyPair.of(small), "1024 bits", "at least 2048");
        assertKeyInvalid(() -> MicrocredPublicKey.of(small.getPublic()), "at least 2048");
        assertThrows(IllegalArgumentException.class, () -> MicrocredKeyPair.generateRsa(1024));
        ObjectNode j = RSA.publicKey().toJwk();
        j.put("n", Base64Url.encode(new byte[128]));
        assertKeyInvalid(() -> MicrocredPublicKey.fromJwk(j), "at least 2048");
        assertKeyInvalid(() -> MicrocredPublicKey.rsa(BigInteger.ONE.shiftLeft(16384).add(BigInteger.ONE),
                BigInteger.valueOf(65537)), "at most 16384");
        assertKeyInvalid(() -> MicrocredPublicKey.rsa(BigInteger.ONE.shiftLeft(2048), BigInteger.valueOf(65537)),
                "modulus is even");
        assertKeyInvalid(() -> MicrocredPublicKey.rsa(BigInteger.ONE.shiftLeft(2048).add(BigInteger.ONE),
                BigInteger.valueOf(4)), "public exponent 4 is invalid");
    }

    @Test
    void otherCurvesAreRejected() throws Exception {
        KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
        gen.initialize(new ECGenParameterSpec("secp384r1"));
        KeyPair p384 = gen.generateKeyPair();
        assertKeyInvalid(() -> MicrocredPublicKey.of(p384.getPublic()), "not on P-256");
        KeyPair x25519 = KeyPairGenerator.getInstance("X25519").generateKeyPair();
        assertKeyInvalid(() -> MicrocredPublicKey.of(x25519.getPublic()), "unsupported public key algorithm");
    }

    // ---------------------------------------------------------------- JWK

    @Test
    void jwkRoundTripsForEveryKeyType() {
        for (MicrocredKeyPair pair : new MicrocredKeyPair[] {ED, EC, RSA}) {
            MicrocredKeyPair back = MicrocredKeyPair.fromJwk(Json.standard().write(pair.toPrivateJwk()));
            assertEquals(pair.publicKey(), back.publicKey());
            assertEquals(pair.toPrivateJwk(), back.toPrivateJwk());
            assertEquals(pair.publicKey(), MicrocredPublicKey.fromJwk(pair.publicKey().toJwkJson()));
        }
        JsonNode rsa = RSA.toPrivateJwk();
        for (String member : new String[] {"n", "e", "d", "p", "q", "dp", "dq", "qi"}) {
            assertTrue(rsa.has(member), member);
        }
    }

    /** RFC 8037 Appendix A.1/A.2: Ed25519 JWK, and RFC 7638 §3.1-style thumbprint (A.3). */
    @Test
    void rfc8037Example() {
        MicrocredKeyPair pair = MicrocredKeyPair.fromJwk("{\"kty\":\"OKP\",\"crv\":\"Ed25519\","
                + "\"d\":\"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A\","
                + "\"x\":\"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo\"}");
        assertEquals("kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k", pair.publicKey().jwkThumbprint());
        // RFC 8037 A.4: signature of "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc"
        byte[] sig = SigningKeys.ed25519(pair, "x#1")
                .sign("eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc".getBytes(StandardCharsets.US_ASCII));
        assertEquals("hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg",
                Base64Url.encode(sig));
    }

    @Test
    void hostileJwksAreRejectedWithTheMemberNamed() {
        String x = ED.publicKey().toJwk().get("x").textValue();
        assertKeyInvalid(() -> MicrocredPublicKey.fromJwk("{\"kty\":\"OKP\",\"crv\":\"Ed25519\"}"),
                "JWK member 'x' is missing");
        assertKeyInvalid(() -> MicrocredPublicKey.fromJwk("{\"kty\":\"OKP\",\"crv\":\"X25519\",\"x\":\"" + x + "\"}"),
                "'crv' is \"X25519\" for kty OKP; expected \"Ed25519\"");
        assertKeyInvalid(() -> MicrocredPublicKey.fromJwk("{\"crv\":\"Ed25519\",\"x\":\"" + x + "\"}"),
                "JWK member 'kty' is missing");
        assertKeyInvalid(() -> MicrocredPublicKey.fromJwk("{\"kty\":\"oct\",\"k\":\"AAAA\"}"), "private member 'k'");
        assertKeyInvalid(() -> MicrocredPublicKey.fromJwk("{\"kty\":\"XYZ\"}"), "'kty' is \"XYZ\"");
        assertKeyInvalid(() -> MicrocredPublicKey.fromJwk("{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"AAAA\"}"),
                "'x' is 3 bytes; expected 32");
        assertKeyInvalid(() -> MicrocredPublicKey.fromJwk("{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"" + x + "=\"}"),
                "JWK member 'x'", "padding");
        assertKeyInvalid(() -> MicrocredPublicKey.fromJwk("{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":7}"),
                "'x' must be a string");
        assertKeyInvalid(() -> MicrocredPublicKey.fromJwk("[1]"), "must be a JSON object");
        assertKeyInvalid(() -> MicrocredPublicKey.fromJwk(
                "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"alg\":\"ES256\",\"x\":\"" + x + "\"}"), "'alg' \"ES256\"");
        assertKeyInvalid(() -> MicrocredPublicKey.fromJwk(
                "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"use\":\"enc\",\"x\":\"" + x + "\"}"), "'use'");
        // a private JWK where a public one is required
        assertKeyInvalid(() -> MicrocredPublicKey.fromJwk(ED.toPrivateJwk()),
                "private member 'd' where a public key was expected");
        assertKeyInvalid(() -> MicrocredPublicKey.fromJwk(RSA.toPrivateJwk()), "private member 'd'");
        // a public JWK where a private one is required
        assertKeyInvalid(() -> MicrocredKeyPair.fromJwk(EC.publicKey().toJwk()), "'d' is missing");
    }

    @Test
    void ed25519PointsMustBeValidAndOfPrimeOrder() {
        byte[] identity = new byte[32];
        identity[0] = 1; // y = 1: the neutral element, small order
        assertKeyInvalid(() -> MicrocredPublicKey.ed25519(identity), "not a valid curve point of prime order");
        byte[] notOnCurve = new byte[32];
        notOnCurve[0] = 2; // y = 2: (y^2 - 1) / (d y^2 + 1) has no square root
        assertKeyInvalid(() -> MicrocredPublicKey.fromJwk("{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\""
                + Base64Url.encode(notOnCurve) + "\"}"), "not a valid curve point");
        assertKeyInvalid(() -> MicrocredPublicKey.ed25519(new byte[33]), "33 bytes; expected 32");
        assertKeyInvalid(() -> MicrocredKeyPair.ed25519FromSeed(new byte[31]), "31 bytes; expected 32");
    }

    @Test
    void ecJwkPointsMustBeOnTheCurve() {
        ObjectNode j = EC.publicKey().toJwk();
        BigInteger y = new BigInteger(1, Base64Url.decode(j.get("y").textValue()));
        j.put("y", Base64Url.encode(fixed(y.add(BigInteger.ONE))));
        assertKeyInvalid(() -> MicrocredPublicKey.fromJwk(j), "not on the P-256 curve");
        ObjectNode wrongCrv = EC.publicKey().toJwk().put("crv", "P-384");
        assertKeyInvalid(() -> MicrocredPublicKey.fromJwk(wrongCrv), "expected \"P-256\"");
        ObjectNode shortY = EC.publicKey().toJwk().put("y", Base64Url.encode(new byte[31]));
        assertKeyInvalid(() -> MicrocredPublicKey.fromJwk(shortY), "'y' is 31 bytes; expected 32");
        ObjectNode noY = EC.publicKey().toJwk();
        noY.remove("y");
        assertKeyInvalid(() -> MicrocredPublicKey.fromJwk(noY), "'y' is missing");
    }

    @Test
    void privateHalvesMustMatch() {
        ObjectNode ed = ED.toPrivateJwk();
        ed.put("x", ED.publicKey().toJwk().get("x").textValue().equals(
                MicrocredKeyPair.generate(KeyType.ED25519).publicKey().toJwk().get("x").textValue()) ? "" :
                MicrocredKeyPair.generate(KeyType.ED25519).publicKey().toJwk().get("x").textValue());
        assertKeyInvalid(() -> MicrocredKeyPair.fromJwk(ed), "'d' does not match");
        ObjectNode ec = EC.toPrivateJwk();
        ec.put("d", MicrocredKeyPair.generate(KeyType.P256).toPrivateJwk().get("d").textValue());
        assertKeyInvalid(() -> MicrocredKeyPair.fromJwk(ec), "'d' does not match");
        ObjectNode rsa = RSA.toPrivateJwk();
        rsa.remove("qi");
        assertKeyInvalid(() -> MicrocredKeyPair.fromJwk(rsa), "missing qi");
        ObjectNode rsaWrongD = RSA.toPrivateJwk();
        for (String m : new String[] {"p", "q", "dp", "dq", "qi"}) {
            rsaWrongD.remove(m);
        }
        rsaWrongD.put("d", Base64Url.encode(BigInteger.valueOf(12345).toByteArray()));
        assertKeyInvalid(() -> MicrocredKeyPair.fromJwk(rsaWrongD), "does not match");
    }

    // ---------------------------------------------------------------- Multikey

    @Test
    void multikeyPrefixes() {
        assertTrue(ED.publicKeyMultibase().startsWith("z6Mk"), ED.publicKeyMultibase());
        assertTrue(EC.publicKeyMultibase().startsWith("zDn"), EC.publicKeyMultibase());
        assertTrue(ED.secretKeyMultibase().startsWith("z3u2"), ED.secretKeyMultibase());
        // 0x8626 + a 32-byte scalar: the third base58 digit depends on the scalar's top bits (z42t… or z42u…).
        assertTrue(EC.secretKeyMultibase().startsWith("z42"), EC.secretKeyMultibase());
        assertEquals("8626", org.microcred.core.internal.Multicodec.hex(java.util.Arrays.copyOf(
                org.microcred.core.internal.Multibase.decode(EC.secretKeyMultibase()), 2)));
        assertEquals(EC.publicKey(), Multikey.decodePublicKey(EC.publicKeyMultibase()));
        assertEquals(EC.publicKey(), Multikey.decodeSecretKey(EC.secretKeyMultibase()).publicKey());
        assertKeyInvalid(() -> Multikey.encodePublicKey(RSA.publicKey()), "RSA keys have no Multikey");
    }

    @Test
    void malformedMultikeysAreRejected() {
        byte[] raw = ED.publicKey().rawBytes();
        assertKeyInvalid(() -> Multikey.decodePublicKey("u" + Base64Url.encode(Multicodec.prefix(0xed, raw))),
                "expected multibase prefix 'z'");
        assertKeyInvalid(() -> Multikey.decodePublicKey("z" + Base58.encode(Multicodec.prefix(0xe7, raw))),
                "unsupported multicodec code 0xe7", "ed25519-pub (header 0xed01");
        assertKeyInvalid(() -> Multikey.decodePublicKey("z" + Base58.encode(Multicodec.prefix(0xed, new byte[31]))),
                "ed25519-pub payload is 31 bytes; expected 32");
        assertKeyInvalid(() -> Multikey.decodePublicKey("z" + Base58.encode(Multicodec.prefix(0x1200, new byte[32]))),
                "p256-pub payload is 32 bytes; expected 33");
        // an x whose x^3 - 3x + b is a quadratic non-residue: no point has it
        BigInteger x = BigInteger.ONE;
        while (x.pow(3).subtract(x.multiply(BigInteger.valueOf(3))).add(P256.B).mod(P256.P)
                .modPow(P256.P.shiftRight(1), P256.P).equals(BigInteger.ONE)) {
            x = x.add(BigInteger.ONE);
        }
        byte[] notOnCurve = new byte[33];
        notOnCurve[0] = 2;
        System.arraycopy(fixed(x), 0, notOnCurve, 1, 32);
        assertKeyInvalid(() -> Multikey.decodePublicKey("z" + Base58.encode(Multicodec.prefix(0x1200, notOnCurve))),
                "not on the curve");
        assertKeyInvalid(() -> Multikey.decodePublicKey("z6Mk0OIl"), "invalid base58btc character '0'");
        assertKeyInvalid(() -> Multikey.decodePublicKey(""), "expected multibase prefix 'z'");
        assertKeyInvalid(() -> Multikey.decodeSecretKey(ED.publicKeyMultibase()),
                "unsupported multicodec code 0xed", "ed25519-priv (header 0x8026");
        assertKeyInvalid(() -> Multikey.decodeSecretKey("z" + Base58.encode(Multicodec.prefix(0x1300, new byte[16]))),
                "ed25519-priv payload is 16 bytes; expected 32");
        assertKeyInvalid(() -> Multikey.decodeSecretKey("z" + Base58.encode(Multicodec.prefix(0x1306, new byte[32]))),
                "out of range");
        MicrocredException secret = assertThrows(MicrocredException.class, () -> Multikey.decodeSecretKey(
                "z" + Base58.encode(Multicodec.prefix(0x1301, new byte[] {1, 2, 3}))));
        assertFalse(secret.getMessage().contains(Base58.encode(Multicodec.prefix(0x1301, new byte[] {1, 2, 3}))));
    }

    @Test
    void multikeyVerificationMethods() {
        ObjectNode vm = Multikey.verificationMethod("https://example.edu/issuers/1#key-0",
                "https://example.edu/issuers/1", ED.publicKey());
        assertEquals("Multikey", vm.get("type").textValue());
        assertEquals(ED.publicKey(), Multikey.fromVerificationMethod(vm));
        vm.put("type", "JsonWebKey2020");
        assertKeyInvalid(() -> Multikey.fromVerificationMethod(vm), "expected \"Multikey\"");
        vm.put("type", "Multikey");
        vm.remove("publicKeyMultibase");
        assertKeyInvalid(() -> Multikey.fromVerificationMethod(vm), "'publicKeyMultibase' is missing");
    }

    // ---------------------------------------------------------------- DIDs

    @Test
    void didKeyAndDocument() {
        DidKey did = DidKey.of(ED.publicKey());
        assertEquals("did:key:" + ED.publicKeyMultibase(), did.did());
        assertEquals(did.did() + "#" + ED.publicKeyMultibase(), did.verificationMethodId());
        assertEquals(did, DidKey.parse(did.did()));
        assertEquals(did, DidKey.parse(did.verificationMethodId()));
        ObjectNode doc = did.document();
        assertEquals(did.did(), doc.get("id").textValue());
        JsonNode vm = doc.get("verificationMethod").get(0);
        assertEquals(did.verificationMethodId(), vm.get("id").textValue());
        assertEquals(did.did(), vm.get("controller").textValue());
        assertEquals("Multikey", vm.get("type").textValue());
        assertEquals(did.verificationMethodId(), doc.get("assertionMethod").get(0).textValue());
        assertTrue(DidKey.parse(DidKey.of(EC.publicKey()).verificationMethodId()).did().startsWith("did:key:zDn"));
    }

    @Test
    void badDidKeysAreRejected() {
        String mb = ED.publicKeyMultibase();
        assertKeyInvalid(() -> DidKey.parse("did:web:example.com"), "not a did:key DID");
        assertKeyInvalid(() -> DidKey.parse("did:key:" + mb + "#key-1"), "fragment \"key-1\"", "expected #" + mb);
        assertKeyInvalid(() -> DidKey.parse("did:key:" + mb + "/path"), "path, query or version");
        assertKeyInvalid(() -> DidKey.parse("did:key:" + mb.substring(0, 20)), "publicKeyMultibase");
        assertKeyInvalid(() -> DidKey.of(RSA.publicKey()), "RSA keys have no Multikey");
    }

    @Test
    void didJwkAndDocument() {
        for (MicrocredKeyPair pair : new MicrocredKeyPair[] {ED, EC, RSA}) {
            DidJwk did = DidJwk.of(pair.publicKey());
            assertTrue(did.did().startsWith("did:jwk:eyJ"), did.did());
            assertEquals(did.did() + "#0", did.verificationMethodId());
            DidJwk parsed = DidJwk.parse(did.verificationMethodId());
            assertEquals(pair.publicKey(), parsed.publicKey());
            assertEquals(did, parsed);
            JsonNode vm = did.document().get("verificationMethod").get(0);
            assertEquals("JsonWebKey2020", vm.get("type").textValue());
            assertEquals(pair.publicKey().toJwk(), vm.get("publicKeyJwk"));
            assertEquals(did.did(), vm.get("controller").textValue());
        }
    }

    /** did:jwk spec example (P-256). */
    @Test
    void didJwkSpecExample() {
        String did = "did:jwk:eyJjcnYiOiJQLTI1NiIsImt0eSI6IkVDIiwieCI6ImFjYklRaXVNczNpOF91c3pFakoydHBUdFJNNEVVM3l6OTFQSDZDZEgyVjAiLCJ5IjoiX0tjeUxqOXZXTXB0bm1LdG00NkdxRHo4d2Y3NEk1TEtncmwyR3pIM25TRSJ9";
        DidJwk parsed = DidJwk.parse(did + "#0");
        assertEquals(KeyType.P256, parsed.publicKey().keyType());
        assertEquals(did, parsed.did());
        assertEquals(did, DidJwk.of(parsed.publicKey()).did());
    }

    @Test
    void badDidJwksAreRejected() {
        String good = DidJwk.of(EC.publicKey()).did();
        assertKeyInvalid(() -> DidJwk.parse(good + "#1"), "fragment \"1\"", "expected #0");
        assertKeyInvalid(() -> DidJwk.parse("did:jwk:e30"), "'kty' is missing");
        assertKeyInvalid(() -> DidJwk.parse("did:jwk:!!"), "invalid base64url character '!'");
        assertKeyInvalid(() -> DidJwk.parse("did:jwk:" + Base64Url.encode("{".getBytes(StandardCharsets.UTF_8))), "did:jwk JWK");
        String privateDid = "did:jwk:" + Base64Url.encode(Json.standard().write(ED.toPrivateJwk()).getBytes(StandardCharsets.UTF_8));
        assertKeyInvalid(() -> DidJwk.parse(privateDid), "private member 'd'");
        assertKeyInvalid(() -> DidJwk.parse("did:key:z6Mk"), "not a did:jwk DID");
        assertKeyInvalid(() -> DidJwk.parse("did:jwk:" + "A".repeat(DidJwk.MAX_LENGTH)), "exceeds the limit");
    }

    private static byte[] fixed(BigInteger v) {
        byte[] raw = v.toByteArray();
        byte[] out = new byte[32];
        int n = Math.min(32, raw.length);
        System.arraycopy(raw, raw.length - n, out, 32 - n, n);
        return out;
    }
}
