package org.microcred.verify.ob2;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.microcred.core.MicrocredException;
import org.microcred.core.json.Json;
import org.microcred.core.keys.SignatureAlgorithm;
import org.microcred.core.keys.VerificationKey;

/**
 * A compact JWS carrying an OB 2.0 signed assertion
 * (<a href="https://www.imsglobal.org/spec/ob/v2p0/#SignedBadge">OB 2.0 SignedBadge</a>): header and
 * payload decoded here (so a refused {@code alg} is reported, not thrown), the signature checked
 * with a core {@link VerificationKey}. Algorithms: RS256 (recommended by the spec), PS256, ES256;
 * never {@code none} or HMAC.
 */
final class CompactJws {

    static final Set<String> ALLOWED_ALGS = Set.of("RS256", "PS256", "ES256");

    private final String text;
    private final JsonNode header;
    private final JsonNode payload;

    private CompactJws(String text, JsonNode header, JsonNode payload) {
        this.text = text;
        this.header = header;
        this.payload = payload;
    }

    /**
     * @throws IllegalArgumentException naming the part that cannot be read
     */
    static CompactJws parse(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("a compact JWS has 3 dot-separated parts, this has " + parts.length);
        }
        JsonNode header = decodeObject(parts[0], "header");
        JsonNode payload = decodeObject(parts[1], "payload");
        return new CompactJws(text, header, payload);
    }

    private static JsonNode decodeObject(String part, String what) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(part);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the JWS " + what + " is not base64url: " + e.getMessage(), e);
        }
        JsonNode node;
        try {
            node = Json.standard().parse(bytes);
        } catch (MicrocredException e) {
            throw new IllegalArgumentException("the JWS " + what + " is not JSON: " + e.getMessage(), e);
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("the JWS " + what + " is not a JSON object");
        }
        return node;
    }

    JsonNode header() {
        return header;
    }

    JsonNode payload() {
        return payload;
    }

    Optional<String> alg() {
        return Nodes.text(header, "alg");
    }

    /**
     * Why the header is refused, or empty when it is acceptable.
     */
    Optional<String> headerProblem() {
        Optional<String> alg = alg();
        if (alg.isEmpty()) {
            return Optional.of("the JWS header has no alg");
        }
        String a = alg.get();
        if (a.equalsIgnoreCase("none")) {
            return Optional.of("the JWS alg is 'none': an unsigned badge is never accepted");
        }
        if (a.toUpperCase(java.util.Locale.ROOT).startsWith("HS")) {
            return Optional.of("the JWS alg is " + a + ": HMAC needs a shared secret and cannot bind a badge to its issuer;"
                    + " it is never accepted");
        }
        if (!ALLOWED_ALGS.contains(a)) {
            return Optional.of("the JWS alg " + Nodes.brief(a) + " is not accepted (accepted: RS256, PS256, ES256)");
        }
        JsonNode b64 = Nodes.get(header, "b64");
        if (b64 != null && !b64.asBoolean(true)) {
            return Optional.of("the JWS header sets b64: false; the payload must be the base64url assertion");
        }
        if (Nodes.get(header, "crit") != null) {
            return Optional.of("the JWS header has critical extensions (crit) that are not understood");
        }
        return Optional.empty();
    }

    /**
     * Verifies the signature with a key, after {@link #headerProblem()} found nothing. The signing
     * input is the ASCII of {@code header.payload} as received (RFC 7515 §5.2).
     *
     * @return empty when the signature verifies, else why not
     */
    Optional<String> verify(VerificationKey key) {
        SignatureAlgorithm alg;
        try {
            alg = SignatureAlgorithm.valueOf(alg().orElse(""));
        } catch (IllegalArgumentException e) {
            return Optional.of("the JWS alg is not supported");
        }
        if (alg.keyType() != key.keyType()) {
            return Optional.of("a " + key.keyType() + " key cannot check a " + alg + " signature");
        }
        int secondDot = text.lastIndexOf('.');
        byte[] signature;
        try {
            signature = Base64.getUrlDecoder().decode(text.substring(secondDot + 1));
        } catch (IllegalArgumentException e) {
            return Optional.of("the JWS signature is not base64url");
        }
        byte[] signingInput = text.substring(0, secondDot).getBytes(StandardCharsets.US_ASCII);
        return key.verify(alg, signingInput, signature) ? Optional.empty() : Optional.of("the signature does not verify");
    }
}
