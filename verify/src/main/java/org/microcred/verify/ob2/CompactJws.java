package org.microcred.verify.ob2;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.microcred.core.MicrocredException;
import org.microcred.core.json.Json;

/**
 * A compact JWS carrying an OB 2.0 signed assertion
 * (<a href="https://www.imsglobal.org/spec/ob/v2p0/#SignedBadge">OB 2.0 SignedBadge</a>): header and
 * payload decoded by us (so a refused {@code alg} is reported, not thrown), the signature checked
 * with Nimbus. Algorithms: RS256 (recommended by the spec), PS256, ES256; never {@code none} or HMAC.
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
     * Verifies the signature with a key, after {@link #headerProblem()} found nothing.
     *
     * @return empty when the signature verifies, else why not
     */
    Optional<String> verify(PublicKey key) {
        String alg = alg().orElse("");
        JWSVerifier verifier;
        try {
            if (key instanceof RSAPublicKey rsa) {
                if (!alg.equals("RS256") && !alg.equals("PS256")) {
                    return Optional.of("an RSA key cannot check a " + alg + " signature");
                }
                verifier = new RSASSAVerifier(rsa);
            } else if (key instanceof ECPublicKey ec) {
                if (!alg.equals("ES256")) {
                    return Optional.of("an EC key cannot check a " + alg + " signature");
                }
                verifier = new ECDSAVerifier(ec);
            } else {
                return Optional.of("unsupported key type " + key.getAlgorithm());
            }
            JWSObject jws = JWSObject.parse(text);
            return jws.verify(verifier) ? Optional.empty() : Optional.of("the signature does not verify");
        } catch (JOSEException | ParseException | RuntimeException e) {
            return Optional.of("the signature could not be checked: " + e.getMessage());
        }
    }
}
