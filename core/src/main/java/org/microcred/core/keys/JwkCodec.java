package org.microcred.core.keys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECPoint;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPrivateKeySpec;
import java.util.List;
import java.util.Set;
import org.microcred.core.internal.Base64Url;
import org.microcred.core.internal.Ed25519Engine;

/**
 * JWK reading and writing (RFC 7517; RFC 7518 §6.2 EC, §6.3 RSA; RFC 8037 OKP). Hand-written so
 * that every rejection of hostile input names the member and what was expected.
 */
final class JwkCodec {

    private static final List<String> PRIVATE_MEMBERS = List.of("d", "p", "q", "dp", "dq", "qi", "oth", "k");
    private static final Set<String> RSA_ALGS = Set.of("RS256", "PS256", "RS384", "RS512", "PS384", "PS512");

    private JwkCodec() {
    }

    static MicrocredPublicKey parsePublic(JsonNode jwk) {
        requireObject(jwk);
        for (String member : PRIVATE_MEMBERS) {
            if (jwk.has(member)) {
                throw KeyErrors.invalid("JWK contains the private member '" + member
                        + "' where a public key was expected",
                        "remove private members before publishing or sending a JWK");
            }
        }
        return publicPart(jwk);
    }

    static MicrocredKeyPair parsePrivate(JsonNode jwk) {
        requireObject(jwk);
        MicrocredPublicKey pub = publicPart(jwk);
        if (!jwk.has("d")) {
            throw KeyErrors.invalid("JWK member 'd' is missing; a private key was expected");
        }
        switch (pub.keyType()) {
            case ED25519: {
                byte[] seed = bytes(jwk, "d", Ed25519Engine.KEY_LENGTH);
                MicrocredKeyPair pair = MicrocredKeyPair.ed25519FromSeed(seed);
                if (!pair.publicKey().equals(pub)) {
                    throw KeyErrors.invalid("JWK private key 'd' does not match the public key 'x'");
                }
                return pair;
            }
            case P256: {
                BigInteger d = new BigInteger(1, bytes(jwk, "d", 32));
                if (d.signum() == 0 || d.compareTo(P256.N) >= 0) {
                    throw KeyErrors.invalid("JWK member 'd' is out of range for P-256; expected 1 <= d < n");
                }
                MicrocredKeyPair pair = MicrocredKeyPair.p256FromPrivate(d);
                if (!pair.publicKey().equals(pub)) {
                    throw KeyErrors.invalid("JWK private key 'd' does not match the public key 'x'/'y'");
                }
                return pair;
            }
            default:
                return parseRsaPrivate(jwk, pub);
        }
    }

    private static MicrocredKeyPair parseRsaPrivate(JsonNode jwk, MicrocredPublicKey pub) {
        if (jwk.has("oth")) {
            throw KeyErrors.invalid("JWK member 'oth' (multi-prime RSA) is not supported");
        }
        RSAPublicKey rsaPub = (RSAPublicKey) pub.toPublicKey();
        BigInteger d = integer(jwk, "d");
        List<String> crt = List.of("p", "q", "dp", "dq", "qi");
        long present = crt.stream().filter(jwk::has).count();
        if (present != 0 && present != crt.size()) {
            String missing = crt.stream().filter(m -> !jwk.has(m)).reduce((a, b) -> a + ", " + b).orElse("");
            throw KeyErrors.invalid("RSA JWK has some CRT members but is missing " + missing,
                    "RFC 7518 §6.3.2: if 'p' is present, 'q', 'dp', 'dq' and 'qi' must be present too");
        }
        try {
            KeyFactory factory = KeyFactory.getInstance("RSA");
            PrivateKey priv;
            if (present == 0) {
                priv = factory.generatePrivate(new RSAPrivateKeySpec(rsaPub.getModulus(), d));
            } else {
                BigInteger p = integer(jwk, "p");
                BigInteger q = integer(jwk, "q");
                if (!p.multiply(q).equals(rsaPub.getModulus())) {
                    throw KeyErrors.invalid("RSA JWK members 'p' × 'q' do not equal the modulus 'n'");
                }
                priv = factory.generatePrivate(new RSAPrivateCrtKeySpec(rsaPub.getModulus(),
                        rsaPub.getPublicExponent(), d, p, q, integer(jwk, "dp"), integer(jwk, "dq"),
                        integer(jwk, "qi")));
            }
            return MicrocredKeyPair.rsa(pub, priv);
        } catch (GeneralSecurityException e) {
            throw KeyErrors.invalid("the JDK rejected the RSA private JWK: " + e.getMessage());
        }
    }

    private static MicrocredPublicKey publicPart(JsonNode jwk) {
        String kty = string(jwk, "kty");
        if (jwk.has("use") && !"sig".equals(jwk.get("use").asText())) {
            throw KeyErrors.invalid("JWK member 'use' is " + jwk.get("use") + "; expected \"sig\"");
        }
        String alg = jwk.has("alg") ? string(jwk, "alg") : null;
        switch (kty) {
            case "OKP": {
                String crv = string(jwk, "crv");
                if (!"Ed25519".equals(crv)) {
                    throw KeyErrors.invalid("JWK 'crv' is \"" + crv + "\" for kty OKP; expected \"Ed25519\"");
                }
                checkAlg(alg, Set.of("EdDSA", "Ed25519"), "OKP/Ed25519");
                return MicrocredPublicKey.ed25519(bytes(jwk, "x", 32));
            }
            case "EC": {
                String crv = string(jwk, "crv");
                if (!"P-256".equals(crv)) {
                    throw KeyErrors.invalid("JWK 'crv' is \"" + crv + "\" for kty EC; expected \"P-256\"");
                }
                checkAlg(alg, Set.of("ES256"), "EC/P-256");
                BigInteger x = new BigInteger(1, bytes(jwk, "x", 32));
                BigInteger y = new BigInteger(1, bytes(jwk, "y", 32));
                if (!P256.onCurve(x, y)) {
                    throw KeyErrors.invalid("JWK point ('x', 'y') is not on the P-256 curve");
                }
                return MicrocredPublicKey.p256(x, y);
            }
            case "RSA":
                checkAlg(alg, RSA_ALGS, "RSA");
                return MicrocredPublicKey.rsa(integer(jwk, "n"), integer(jwk, "e"));
            default:
                throw KeyErrors.invalid("JWK 'kty' is \"" + kty + "\"; expected \"OKP\", \"EC\" or \"RSA\"");
        }
    }

    private static void checkAlg(String alg, Set<String> allowed, String keyKind) {
        if (alg != null && !allowed.contains(alg)) {
            throw KeyErrors.invalid("JWK 'alg' \"" + alg + "\" does not fit a " + keyKind + " key; expected one of "
                    + allowed.stream().sorted().toList());
        }
    }

    private static void requireObject(JsonNode jwk) {
        if (jwk == null || !jwk.isObject()) {
            throw KeyErrors.invalid("a JWK must be a JSON object; got "
                    + (jwk == null ? "null" : jwk.getNodeType().toString().toLowerCase()));
        }
    }

    private static String string(JsonNode jwk, String member) {
        JsonNode node = jwk.get(member);
        if (node == null || node.isNull()) {
            throw KeyErrors.invalid("JWK member '" + member + "' is missing");
        }
        if (!node.isTextual()) {
            throw KeyErrors.invalid("JWK member '" + member + "' must be a string; got "
                    + node.getNodeType().toString().toLowerCase());
        }
        return node.textValue();
    }

    private static byte[] bytes(JsonNode jwk, String member, int expectedLength) {
        byte[] value = KeyErrors.decoding("JWK member '" + member + "'", () -> Base64Url.decode(string(jwk, member)));
        if (expectedLength > 0 && value.length != expectedLength) {
            throw KeyErrors.invalid("JWK member '" + member + "' is " + value.length + " bytes; expected "
                    + expectedLength);
        }
        return value;
    }

    private static BigInteger integer(JsonNode jwk, String member) {
        byte[] value = bytes(jwk, member, 0);
        if (value.length == 0) {
            throw KeyErrors.invalid("JWK member '" + member + "' is empty");
        }
        return new BigInteger(1, value);
    }

    // ---------------------------------------------------------------- writing

    static ObjectNode writePublic(MicrocredPublicKey key) {
        ObjectNode jwk = JsonNodeFactory.instance.objectNode();
        switch (key.keyType()) {
            case ED25519:
                jwk.put("crv", "Ed25519");
                jwk.put("kty", "OKP");
                jwk.put("x", Base64Url.encode(key.rawBytes()));
                break;
            case P256: {
                ECPoint w = key.ecPoint();
                jwk.put("crv", "P-256");
                jwk.put("kty", "EC");
                jwk.put("x", Base64Url.encode(P256.fixed(w.getAffineX())));
                jwk.put("y", Base64Url.encode(P256.fixed(w.getAffineY())));
                break;
            }
            default: {
                RSAPublicKey rsa = (RSAPublicKey) key.toPublicKey();
                jwk.put("e", Base64Url.encode(unsigned(rsa.getPublicExponent())));
                jwk.put("kty", "RSA");
                jwk.put("n", Base64Url.encode(unsigned(rsa.getModulus())));
            }
        }
        return jwk;
    }

    static ObjectNode writePrivate(MicrocredKeyPair pair) {
        ObjectNode jwk = writePublic(pair.publicKey());
        if (pair.keyType() != KeyType.RSA) {
            jwk.put("d", Base64Url.encode(pair.secret()));
            return jwk;
        }
        java.security.interfaces.RSAPrivateKey priv = (java.security.interfaces.RSAPrivateKey) pair.privateKey();
        jwk.put("d", Base64Url.encode(unsigned(priv.getPrivateExponent())));
        RSAPrivateCrtKey crt = pair.rsaCrt();
        if (crt != null) {
            jwk.put("p", Base64Url.encode(unsigned(crt.getPrimeP())));
            jwk.put("q", Base64Url.encode(unsigned(crt.getPrimeQ())));
            jwk.put("dp", Base64Url.encode(unsigned(crt.getPrimeExponentP())));
            jwk.put("dq", Base64Url.encode(unsigned(crt.getPrimeExponentQ())));
            jwk.put("qi", Base64Url.encode(unsigned(crt.getCrtCoefficient())));
        }
        return jwk;
    }

    /** Big-endian without a sign byte (RFC 7518 §2 Base64urlUInt). */
    private static byte[] unsigned(BigInteger value) {
        byte[] raw = value.toByteArray();
        if (raw.length > 1 && raw[0] == 0) {
            return java.util.Arrays.copyOfRange(raw, 1, raw.length);
        }
        return raw;
    }
}
