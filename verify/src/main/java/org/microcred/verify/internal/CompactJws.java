package org.microcred.verify.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;
import org.microcred.core.json.Json;

/**
 * The parts of a compact JWS (RFC 7515 §7.1), decoded for reading only: the signature is not
 * checked here.
 *
 * @param text the compact serialization
 * @param header the protected header JSON object
 * @param payload the payload JSON (an object for credentials)
 */
public record CompactJws(String text, JsonNode header, JsonNode payload) {

    /**
     * @param text a compact JWS
     * @param json the bounded parser
     * @return the decoded parts
     * @throws MicrocredException {@code JSON_MALFORMED} when a part is not base64url JSON, or
     *     {@code LIMIT_EXCEEDED}
     */
    public static CompactJws decode(String text, Json json) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 3) {
            throw new MicrocredException(ErrorCode.JSON_MALFORMED,
                    "A compact JWS has 3 parts separated by dots; this has " + parts.length);
        }
        JsonNode header = part(parts[0], "header", json);
        if (!header.isObject()) {
            throw new MicrocredException(ErrorCode.JSON_MALFORMED, "The JWS header is not a JSON object");
        }
        JsonNode payload = part(parts[1], "payload", json);
        return new CompactJws(text, header, payload);
    }

    private static JsonNode part(String b64, String name, Json json) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(b64);
        } catch (IllegalArgumentException e) {
            throw new MicrocredException(ErrorCode.JSON_MALFORMED, "The JWS " + name + " is not base64url: "
                    + e.getMessage(), null, e);
        }
        if (bytes.length == 0) {
            throw new MicrocredException(ErrorCode.JSON_MALFORMED, "The JWS " + name + " is empty"
                    + (name.equals("payload") ? " (detached payloads are not credentials)" : ""));
        }
        try {
            return json.parse(bytes);
        } catch (MicrocredException e) {
            throw new MicrocredException(e.code(), "The JWS " + name + " is not JSON: " + e.getMessage(), null, e);
        }
    }

    /** @return the header {@code alg}, or empty string */
    public String alg() {
        JsonNode a = header.get("alg");
        return a != null && a.isTextual() ? a.asText() : "";
    }

    /** @return the signing input's payload as UTF-8 text (for messages) */
    public String payloadText() {
        return new String(Base64.getUrlDecoder().decode(text.split("\\.", -1)[1]), StandardCharsets.UTF_8);
    }
}
