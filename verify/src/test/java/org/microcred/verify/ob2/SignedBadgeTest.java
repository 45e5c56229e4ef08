package org.microcred.verify.ob2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcred.verify.ob2.Fixtures.BADGE;
import static org.microcred.verify.ob2.Fixtures.ISSUER;
import static org.microcred.verify.ob2.Fixtures.KEY;
import static org.microcred.verify.ob2.Fixtures.REVOCATIONS;
import static org.microcred.verify.ob2.Fixtures.json;
import static org.microcred.verify.ob2.Fixtures.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microcred.core.bake.PayloadKind;
import org.microcred.verify.fetch.DocumentFetcher;

class SignedBadgeTest {

    private static KeyPair issuerKey;
    private static KeyPair otherKey;

    @BeforeAll
    static void keys() throws GeneralSecurityException {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        issuerKey = rsa.generateKeyPair();
        otherKey = rsa.generateKeyPair();
    }

    static String pem(PublicKey key) {
        String b64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + b64 + "\n-----END PUBLIC KEY-----\n";
    }

    static ObjectNode keyDocument(String id, String owner, PublicKey key) {
        ObjectNode k = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        k.put("@context", "https://w3id.org/openbadges/v2");
        k.put("type", "CryptographicKey");
        k.put("id", id);
        k.put("owner", owner);
        k.put("publicKeyPem", pem(key));
        return k;
    }

    static String sign(JsonNode assertion, JWSAlgorithm alg, JWSSigner signer) throws JOSEException {
        JWSObject jws = new JWSObject(new JWSHeader(alg), new Payload(text(assertion)));
        jws.sign(signer);
        return jws.serialize();
    }

    static String signRs256(JsonNode assertion, KeyPair key) throws JOSEException {
        return sign(assertion, JWSAlgorithm.RS256, new RSASSASigner(key.getPrivate()));
    }

    /** Issuer profile, BadgeClass, the issuer's key and a revocation list not naming the fixture assertion. */
    static Fixtures.Documents documents() {
        return documentsFor(issuerKey);
    }

    static Fixtures.Documents documentsFor(KeyPair key) {
        return new Fixtures.Documents()
                .put(ISSUER, json("signed/issuer.json"))
                .put(BADGE, json("hosted/badgeclass.json"))
                .put(KEY, keyDocument(KEY, ISSUER, key.getPublic()))
                .put(REVOCATIONS, json("signed/revocations.json"));
    }

    private static Ob2Verifier verifier(DocumentFetcher docs) {
        return Ob2Verifier.builder().fetcher(docs).clock(Fixtures.NOW).build();
    }

    private static boolean mentions(Ob2Result r, Ob2Check check, String fragment) {
        return r.steps(check).stream().anyMatch(s -> s.message().contains(fragment));
    }

    @Test
    void happyPath() throws JOSEException {
        Ob2Result r = Ob2Verifier.builder().fetcher(documents()).clock(Fixtures.NOW)
                .expectedRecipient(ExpectedRecipient.email("ada@example.org")).build()
                .verify(signRs256(json("signed/assertion.json"), issuerKey));
        assertTrue(r.isValid(), r::toString);
        for (Ob2Check c : Ob2Check.values()) {
            assertEquals(Ob2Outcome.PASS, r.outcome(c), () -> c + "\n" + r);
        }
        assertEquals(Optional.of(PayloadKind.JWS), r.inputForm());
        assertEquals(Optional.of(Ob2VerificationType.SIGNED), r.verificationType());
        assertEquals(Optional.of(KEY), r.verificationKey());
        assertEquals(issuerKey.getPublic(), r.publicKey().orElseThrow().toPublicKey());
        assertEquals(RecipientMatch.Method.SHA256_SALTED, r.recipientMatch().orElseThrow().method());
        assertTrue(mentions(r, Ob2Check.STATUS, REVOCATIONS));
        assertEquals(Optional.of("3-D Printmaster"), r.display().badgeName());
    }

    @Test
    void withoutCreatorEveryListedKeyIsTried() throws JOSEException {
        ObjectNode issuer = json("signed/issuer.json");
        String second = "https://issuer.example.org/keys/2";
        issuer.putArray("publicKey").add(second).add(KEY);
        ObjectNode a = json("signed/assertion.json");
        ((ObjectNode) a.get("verification")).remove("creator");
        Fixtures.Documents docs = documents().put(ISSUER, issuer).put(second, keyDocument(second, ISSUER, otherKey.getPublic()));
        Ob2Result r = verifier(docs).verify(signRs256(a, issuerKey));
        assertTrue(r.isValid(), r::toString);
        assertEquals(Optional.of(KEY), r.verificationKey());
    }

    @Test
    void embeddedKeyInTheFetchedProfile() throws JOSEException {
        ObjectNode issuer = json("signed/issuer.json");
        issuer.putArray("publicKey").addObject().put("id", KEY).put("owner", ISSUER).put("publicKeyPem", pem(issuerKey.getPublic()));
        Ob2Result r = verifier(documents().remove(KEY).put(ISSUER, issuer)).verify(signRs256(json("signed/assertion.json"), issuerKey));
        assertTrue(r.isValid(), r::toString);
    }

    @Test
    void wrongKey() throws JOSEException {
        Ob2Result r = verifier(documents()).verify(signRs256(json("signed/assertion.json"), otherKey));
        assertFalse(r.isValid());
        assertEquals(Ob2Outcome.FAIL, r.outcome(Ob2Check.PROOF), r::toString);
        assertTrue(mentions(r, Ob2Check.PROOF, "does not verify"));
        assertEquals(Optional.empty(), r.verificationKey());
    }

    @Test
    void tamperedPayload() throws JOSEException {
        String jws = signRs256(json("signed/assertion.json"), issuerKey);
        String[] parts = jws.split("\\.");
        ObjectNode forged = json("signed/assertion.json");
        forged.put("issuedOn", "2020-01-01T00:00:00Z");
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(text(forged).getBytes(StandardCharsets.UTF_8));
        Ob2Result r = verifier(documents()).verify(parts[0] + "." + payload + "." + parts[2]);
        assertFalse(r.isValid());
        assertEquals(Ob2Outcome.FAIL, r.outcome(Ob2Check.PROOF));
    }

    @Test
    void keyNotListedInIssuerProfile() throws JOSEException {
        String rogue = "https://issuer.example.org/keys/rogue";
        ObjectNode a = json("signed/assertion.json");
        ((ObjectNode) a.get("verification")).put("creator", rogue);
        Fixtures.Documents docs = documents().put(rogue, keyDocument(rogue, ISSUER, otherKey.getPublic()));
        Ob2Result r = verifier(docs).verify(signRs256(a, otherKey));
        assertFalse(r.isValid());
        assertEquals(Ob2Outcome.FAIL, r.outcome(Ob2Check.ISSUER_BINDING), r::toString);
        assertTrue(mentions(r, Ob2Check.ISSUER_BINDING, "not listed"));
        assertEquals(Optional.of("/verification/creator"), r.steps(Ob2Check.ISSUER_BINDING).get(0).pointer());
    }

    @Test
    void attackerEmbeddingAProfileThatListsTheirKey() throws JOSEException {
        // The payload embeds the BadgeClass and an issuer Profile claiming the real issuer id but listing a rogue key.
        String rogue = "https://attacker.example.net/key";
        ObjectNode a = json("signed/assertion.json");
        ObjectNode badge = json("hosted/badgeclass.json");
        ObjectNode fakeIssuer = json("signed/issuer.json");
        fakeIssuer.put("publicKey", rogue);
        badge.set("issuer", fakeIssuer);
        a.set("badge", badge);
        ((ObjectNode) a.get("verification")).put("creator", rogue);
        Fixtures.Documents docs = documents().put(rogue, keyDocument(rogue, ISSUER, otherKey.getPublic()));
        Ob2Result r = verifier(docs).verify(signRs256(a, otherKey));
        assertFalse(r.isValid());
        assertEquals(Ob2Outcome.FAIL, r.outcome(Ob2Check.ISSUER_BINDING), r::toString);
    }

    @Test
    void ownerMismatch() throws JOSEException {
        Fixtures.Documents docs = documents().put(KEY, keyDocument(KEY, "https://attacker.example.net/profile", issuerKey.getPublic()));
        Ob2Result r = verifier(docs).verify(signRs256(json("signed/assertion.json"), issuerKey));
        assertFalse(r.isValid());
        assertEquals(Ob2Outcome.FAIL, r.outcome(Ob2Check.ISSUER_BINDING), r::toString);
        assertTrue(mentions(r, Ob2Check.ISSUER_BINDING, "is owned by https://attacker.example.net/profile"));
    }

    @Test
    void keyWithoutOwner() throws JOSEException {
        ObjectNode key = keyDocument(KEY, ISSUER, issuerKey.getPublic());
        key.remove("owner");
        Ob2Result r = verifier(documents().put(KEY, key)).verify(signRs256(json("signed/assertion.json"), issuerKey));
        assertEquals(Ob2Outcome.FAIL, r.outcome(Ob2Check.ISSUER_BINDING), r::toString);
    }

    @Test
    void algNoneIsRefused() {
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        String payload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(text(json("signed/assertion.json")).getBytes(StandardCharsets.UTF_8));
        Ob2Result r = verifier(documents()).verify(header + "." + payload + ".");
        assertFalse(r.isValid());
        assertEquals(Ob2Outcome.FAIL, r.outcome(Ob2Check.PROOF), r::toString);
        assertTrue(mentions(r, Ob2Check.PROOF, "'none'"));
        // the payload is still read for display
        assertEquals(Optional.of("3-D Printmaster"), r.display().badgeName());
    }

    @Test
    void hmacIsRefused() throws JOSEException {
        byte[] secret = new byte[32];
        String jws = sign(json("signed/assertion.json"), JWSAlgorithm.HS256, new MACSigner(secret));
        Ob2Result r = verifier(documents()).verify(jws);
        assertFalse(r.isValid());
        assertTrue(mentions(r, Ob2Check.PROOF, "HMAC"), r::toString);
    }

    @Test
    void ps256WithTheRsaKey() throws JOSEException {
        String jws = sign(json("signed/assertion.json"), JWSAlgorithm.PS256, new RSASSASigner(issuerKey.getPrivate()));
        Ob2Result r = verifier(documents()).verify(jws);
        assertTrue(r.isValid(), r::toString);
        assertTrue(mentions(r, Ob2Check.PROOF, "PS256"));
    }

    @Test
    void otherAlgorithmsAreRefusedByName() throws JOSEException {
        String jws = sign(json("signed/assertion.json"), JWSAlgorithm.RS512, new RSASSASigner(issuerKey.getPrivate()));
        Ob2Result r = verifier(documents()).verify(jws);
        assertFalse(r.isValid());
        assertTrue(mentions(r, Ob2Check.PROOF, "RS512 is not accepted"), r::toString);
    }

    @Test
    void es256WithAnEcKey() throws Exception {
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair p256 = ec.generateKeyPair();
        String jws = sign(json("signed/assertion.json"), JWSAlgorithm.ES256, new ECDSASigner((ECPrivateKey) p256.getPrivate()));
        Ob2Result r = verifier(documents().put(KEY, keyDocument(KEY, ISSUER, p256.getPublic()))).verify(jws);
        assertTrue(r.isValid(), r::toString);
        // an RS256 header over an EC key does not verify
        Ob2Result mismatch = verifier(documents().put(KEY, keyDocument(KEY, ISSUER, p256.getPublic())))
                .verify(signRs256(json("signed/assertion.json"), issuerKey));
        assertFalse(mismatch.isValid());
    }

    @Test
    void revokedById() throws JOSEException {
        ObjectNode a = json("signed/assertion.json");
        a.put("id", "urn:uuid:00000000-0000-0000-0000-000000000002");
        Ob2Result r = verifier(documents()).verify(signRs256(a, issuerKey));
        assertFalse(r.isValid());
        assertEquals(Ob2Outcome.PASS, r.outcome(Ob2Check.PROOF));
        assertEquals(Ob2Outcome.FAIL, r.outcome(Ob2Check.STATUS), r::toString);
        assertTrue(mentions(r, Ob2Check.STATUS, "Awarded in error"));
        assertTrue(r.display().revoked());
        assertEquals(Optional.of("Awarded in error"), r.display().revocationReason());

        ObjectNode plain = json("signed/assertion.json");
        plain.put("id", "urn:uuid:00000000-0000-0000-0000-000000000001");
        Ob2Result byString = verifier(documents()).verify(signRs256(plain, issuerKey));
        assertEquals(Ob2Outcome.FAIL, byString.outcome(Ob2Check.STATUS));
        assertTrue(mentions(byString, Ob2Check.STATUS, "no reason given"));
    }

    @Test
    void revokedByLegacyUid() throws JOSEException {
        ObjectNode list = json("signed/revocations.json");
        list.withArray("revokedAssertions").addObject().put("uid", "abc123").put("revocationReason", "Duplicate award");
        Ob2Result r = verifier(documents().put(REVOCATIONS, list)).verify(signRs256(json("signed/assertion.json"), issuerKey));
        assertFalse(r.isValid());
        assertEquals(Ob2Outcome.FAIL, r.outcome(Ob2Check.STATUS), r::toString);
        assertTrue(mentions(r, Ob2Check.STATUS, "Duplicate award"));
    }

    @Test
    void revocationListUnreachableWarnsOrFailsWhenStrict() throws JOSEException {
        String jws = signRs256(json("signed/assertion.json"), issuerKey);
        Ob2Result lenient = verifier(documents().remove(REVOCATIONS)).verify(jws);
        assertTrue(lenient.isValid(), lenient::toString);
        assertEquals(Ob2Outcome.WARN, lenient.outcome(Ob2Check.STATUS));
        assertTrue(mentions(lenient, Ob2Check.STATUS, REVOCATIONS));

        Ob2Result strict = Ob2Verifier.builder().fetcher(documents().remove(REVOCATIONS)).clock(Fixtures.NOW)
                .strictRevocationList(true).build().verify(jws);
        assertFalse(strict.isValid());
        assertEquals(Ob2Outcome.FAIL, strict.outcome(Ob2Check.STATUS));
    }

    @Test
    void issuerWithoutPublicKey() throws JOSEException {
        ObjectNode issuer = json("signed/issuer.json");
        issuer.remove("publicKey");
        Ob2Result r = verifier(documents().put(ISSUER, issuer)).verify(signRs256(json("signed/assertion.json"), issuerKey));
        assertFalse(r.isValid());
        assertEquals(Ob2Outcome.FAIL, r.outcome(Ob2Check.ISSUER_BINDING));
    }

    @Test
    void issuerProfileUnreachable() throws JOSEException {
        Ob2Result r = verifier(documents().remove(ISSUER)).verify(signRs256(json("signed/assertion.json"), issuerKey));
        assertFalse(r.isValid());
        assertEquals(Ob2Outcome.FAIL, r.outcome(Ob2Check.ISSUER_BINDING));
        assertEquals(Ob2Outcome.FAIL, r.outcome(Ob2Check.PROOF));
    }

    @Test
    void shortRsaKeyIsRefused() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(1024);
        KeyPair weak = rsa.generateKeyPair();
        Ob2Result r = verifier(documents().put(KEY, keyDocument(KEY, ISSUER, weak.getPublic())))
                .verify(sign(json("signed/assertion.json"), JWSAlgorithm.RS256, new RSASSASigner(weak.getPrivate(), true)));
        assertFalse(r.isValid());
        assertTrue(mentions(r, Ob2Check.ISSUER_BINDING, "too short"), r::toString);
    }
}
