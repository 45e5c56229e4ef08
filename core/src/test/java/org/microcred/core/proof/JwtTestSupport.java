package org.microcred.core.proof;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.microcred.core.json.Json;
import org.microcred.core.keys.SigningKey;

/** Builds JWS by hand, for negative tests, and decodes parts. */
final class JwtTestSupport {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private JwtTestSupport() {
    }

    static String b64(String text) {
        return B64.encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Signs header and payload JSON text exactly as given. */
    static String jws(String header, String payload, SigningKey key) {
        String input = b64(header) + "." + b64(payload);
        return input + "." + B64.encodeToString(key.sign(input.getBytes(StandardCharsets.US_ASCII)));
    }

    static String jws(JsonNode header, JsonNode payload, SigningKey key) {
        return jws(Json.standard().write(header), Json.standard().write(payload), key);
    }

    static ObjectNode part(String compact, int index) {
        String[] parts = compact.split("\\.");
        return (ObjectNode) Json.standard().parse(Base64.getUrlDecoder().decode(parts[index]));
    }

    static ObjectNode obCredential() {
        return (ObjectNode) Json.standard().parse("{"
                + "\"@context\":[\"https://www.w3.org/ns/credentials/v2\","
                + "\"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\"],"
                + "\"id\":\"urn:uuid:91537dba-56cb-11ec-bf63-0242ac130002\","
                + "\"type\":[\"VerifiableCredential\",\"OpenBadgeCredential\"],"
                + "\"issuer\":{\"id\":\"https://example.edu/issuers/565049\",\"type\":[\"Profile\"],\"name\":\"Example University\"},"
                + "\"validFrom\":\"2010-01-01T00:00:00Z\","
                + "\"validUntil\":\"2030-01-01T00:00:00Z\","
                + "\"name\":\"Teamwork Badge\","
                + "\"credentialSubject\":{\"id\":\"did:example:ebfeb1f712ebc6f1c276e12ec21\","
                + "\"type\":[\"AchievementSubject\"],"
                + "\"achievement\":{\"id\":\"https://example.com/achievements/21st-century-skills/teamwork\","
                + "\"type\":[\"Achievement\"],\"criteria\":{\"narrative\":\"Team members are nominated.\"},"
                + "\"description\":\"This badge recognizes teamwork.\",\"name\":\"Teamwork\"}}}");
    }

    static ObjectNode v11Credential() {
        return (ObjectNode) Json.standard().parse("{"
                + "\"@context\":[\"https://www.w3.org/2018/credentials/v1\","
                + "\"https://purl.imsglobal.org/spec/ob/v3p0/context.json\"],"
                + "\"id\":\"urn:uuid:a63a60be-f4af-491c-87fc-2c8fd3007a58\","
                + "\"type\":[\"VerifiableCredential\",\"OpenBadgeCredential\"],"
                + "\"issuer\":{\"id\":\"https://example.edu/issuers/565049\",\"type\":\"Profile\",\"name\":\"Example University\"},"
                + "\"issuanceDate\":\"2010-01-01T00:00:00Z\","
                + "\"expirationDate\":\"2030-01-01T00:00:00Z\","
                + "\"name\":\"Example\","
                + "\"credentialSubject\":{\"id\":\"did:example:ebfeb1f712ebc6f1c276e12ec21\",\"type\":\"AchievementSubject\"}}");
    }

    /** A resolver returning the given key for any {@code jwk} reference. */
    static KeyResolver anyJwk(org.microcred.core.keys.MicrocredPublicKey key) {
        return reference -> reference.jwk().map(j -> new org.microcred.core.keys.ResolvedKey("jwk", "?", key));
    }

    static Optional<String> reason(ProofVerification v) {
        return v.results().isEmpty() ? Optional.empty() : Optional.of(v.results().get(0).reason());
    }
}
