package org.microcred.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.microcred.core.json.Json;
import org.microcred.core.keys.KeyType;
import org.microcred.core.keys.SignatureAlgorithm;
import org.microcred.core.keys.VerificationKey;
import org.microcred.verify.spi.ProofChecker;
import org.microcred.verify.spi.ProofOutcome;

/**
 * Credentials built for the tests, and a stand-in proof checker: the real proof suites live in
 * core; here a proof "verifies" when its proofValue is {@value #GOOD_PROOF} (or a JWS signature
 * segment decodes to {@code valid}), so the tests exercise the pipeline, not cryptography.
 */
final class Fixtures {

    static final String ISSUER = "did:key:z6MkIssuerKey";
    static final String VM = ISSUER + "#z6MkIssuerKey";
    static final String SUBJECT = "did:example:ada";
    static final String GOOD_PROOF = "zGoodSignature";
    static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final String PNG_DATA_URI = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

    private Fixtures() {
    }

    static ObjectNode obj() {
        return Json.standard().mapper().createObjectNode();
    }

    static ArrayNode arr(String... values) {
        ArrayNode a = Json.standard().mapper().createArrayNode();
        for (String v : values) {
            a.add(v);
        }
        return a;
    }

    /** A valid VC 2.0 OpenBadgeCredential (valid 2024-01-01 to 2030-01-01). */
    static ObjectNode badge20() {
        ObjectNode c = obj();
        c.set("@context", arr("https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"));
        c.put("id", "urn:uuid:2a3f0c4e-7d0e-4f4e-9b8a-0c5a1d2e3f40");
        c.set("type", arr("VerifiableCredential", "OpenBadgeCredential"));
        ObjectNode issuer = c.putObject("issuer");
        issuer.put("id", ISSUER);
        issuer.set("type", arr("Profile"));
        issuer.put("name", "Example University");
        c.put("validFrom", "2024-01-01T00:00:00Z");
        c.put("validUntil", "2030-01-01T00:00:00Z");
        c.put("name", "CPR Certified");
        ObjectNode s = c.putObject("credentialSubject");
        s.put("id", SUBJECT);
        s.set("type", arr("AchievementSubject"));
        ObjectNode a = s.putObject("achievement");
        a.put("id", "https://example.edu/achievements/cpr");
        a.set("type", arr("Achievement"));
        a.put("name", "CPR Certified");
        a.put("description", "Can perform cardiopulmonary resuscitation.");
        a.put("achievementType", "Certificate");
        a.putObject("criteria").put("narrative", "Pass the practical exam.");
        ObjectNode image = a.putObject("image");
        image.put("id", PNG_DATA_URI);
        image.put("type", "Image");
        c.set("proof", proof(VM));
        return c;
    }

    static ObjectNode proof(String vm) {
        ObjectNode p = obj();
        p.put("type", "DataIntegrityProof");
        p.put("cryptosuite", "eddsa-rdfc-2022");
        p.put("created", "2024-01-01T00:00:00Z");
        p.put("verificationMethod", vm);
        p.put("proofPurpose", "assertionMethod");
        p.put("proofValue", GOOD_PROOF);
        return p;
    }

    /** The same badge in the VC 1.1 binding (issuanceDate / expirationDate, v1 context). */
    static ObjectNode badge11() {
        ObjectNode c = badge20();
        c.set("@context", arr("https://www.w3.org/2018/credentials/v1",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"));
        c.remove("validFrom");
        c.remove("validUntil");
        c.put("issuanceDate", "2024-01-01T00:00:00Z");
        c.put("expirationDate", "2030-01-01T00:00:00Z");
        return c;
    }

    /** An endorsement of the badge's achievement, by another issuer. */
    static ObjectNode endorsement(String endorser) {
        ObjectNode c = obj();
        c.set("@context", arr("https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"));
        c.put("id", "urn:uuid:6c1d1f6a-1111-4a4a-9b9b-123456789abc");
        c.set("type", arr("VerifiableCredential", "EndorsementCredential"));
        c.put("name", "Endorsement of CPR Certified");
        ObjectNode issuer = c.putObject("issuer");
        issuer.put("id", endorser);
        issuer.set("type", arr("Profile"));
        issuer.put("name", "Red Cross");
        c.put("validFrom", "2024-02-01T00:00:00Z");
        ObjectNode s = c.putObject("credentialSubject");
        s.put("id", "https://example.edu/achievements/cpr");
        s.set("type", arr("EndorsementSubject"));
        s.put("endorsementComment", "Meets the national standard.");
        c.set("proof", proof(endorser + "#key-1"));
        return c;
    }

    /** A CLR bundling the given credentials. */
    static ObjectNode clr(JsonNode... credentials) {
        ObjectNode c = obj();
        c.set("@context", arr("https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"));
        c.put("id", "urn:uuid:9d9d9d9d-2222-4a4a-9b9b-123456789abc");
        c.set("type", arr("VerifiableCredential", "ClrCredential"));
        c.put("name", "Transcript of Ada");
        ObjectNode issuer = c.putObject("issuer");
        issuer.put("id", ISSUER);
        issuer.set("type", arr("Profile"));
        issuer.put("name", "Example University");
        c.put("validFrom", "2024-03-01T00:00:00Z");
        ObjectNode s = c.putObject("credentialSubject");
        s.put("id", SUBJECT);
        s.set("type", arr("ClrSubject"));
        ArrayNode vcs = s.putArray("verifiableCredential");
        for (JsonNode cred : credentials) {
            vcs.add(cred);
        }
        c.set("proof", proof(VM));
        return c;
    }

    /** A compact JWS with the given header and payload, "signed" for the fake checker. */
    static String jws(ObjectNode header, JsonNode payload, boolean goodSignature) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString(Json.standard().write(header).getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(Json.standard().write(payload).getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString((goodSignature ? "valid" : "forged").getBytes(StandardCharsets.UTF_8));
    }

    /** A VC-JWT (VC 2.0: the payload is the credential plus iss/sub/nbf/jti/exp). */
    static String vcJwt(ObjectNode credential, boolean goodSignature) {
        ObjectNode payload = credential.deepCopy();
        payload.remove("proof");
        payload.put("iss", ISSUER);
        payload.put("sub", SUBJECT);
        payload.put("jti", credential.get("id").asText());
        payload.put("nbf", Instant.parse(credential.get("validFrom").asText()).getEpochSecond());
        payload.put("exp", Instant.parse(credential.get("validUntil").asText()).getEpochSecond());
        ObjectNode header = obj();
        header.put("alg", "ES256");
        header.put("kid", VM);
        header.put("typ", "JWT");
        return jws(header, payload, goodSignature);
    }

    static final class FakeKey implements VerificationKey {
        @Override
        public KeyType keyType() {
            return KeyType.ED25519;
        }

        @Override
        public boolean verify(SignatureAlgorithm algorithm, byte[] data, byte[] signature) {
            return false;
        }

        @Override
        public PublicKey toPublicKey() {
            throw new UnsupportedOperationException("test key");
        }
    }

    /** The stand-in proof checker; counts calls. */
    static final class FakeProofChecker implements ProofChecker {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public ProofOutcome check(org.microcred.verify.spi.SecuredCredential credential, Instant now) {
            calls.incrementAndGet();
            if (credential.isJws()) {
                String[] parts = credential.jws().get().split("\\.");
                String sig = new String(Base64.getUrlDecoder().decode(parts[2]), StandardCharsets.UTF_8);
                if (!sig.equals("valid")) {
                    return ProofOutcome.failed("The JWS signature does not verify with key " + VM);
                }
                return ProofOutcome.verified("vc-jwt", SignatureAlgorithm.ES256, VM, new FakeKey(), null,
                        "The VC-JWT signature verifies (ES256, " + VM + ")");
            }
            JsonNode proof = credential.credential().get("proof");
            if (proof == null) {
                return ProofOutcome.failed("No proof");
            }
            JsonNode p = proof.isArray() ? proof.get(0) : proof;
            if (!GOOD_PROOF.equals(p.path("proofValue").asText())) {
                return ProofOutcome.failed("The eddsa-rdfc-2022 signature does not verify");
            }
            String vm = p.path("verificationMethod").asText();
            return ProofOutcome.verified("eddsa-rdfc-2022", SignatureAlgorithm.EdDSA, vm, new FakeKey(), null,
                    "The eddsa-rdfc-2022 proof verifies with " + vm);
        }
    }

    static Verifier.Builder verifier() {
        return Verifier.builder().clock(CLOCK).proofChecker(new FakeProofChecker());
    }

    static byte[] bytes(JsonNode node) {
        return Json.standard().write(node).getBytes(StandardCharsets.UTF_8);
    }

    static Path vectors() {
        String p = System.getProperty("microcred.vectors");
        return p != null ? Path.of(p) : Path.of("..", "vectors");
    }

    static ObjectNode readVector(String relative) throws java.io.IOException {
        return (ObjectNode) Json.standard().parse(Files.readAllBytes(vectors().resolve(relative)));
    }
}
