package org.microcred.verify.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small lenient readers of credential JSON used by the status checks. */
final class JsonValues {

    private static final int CLIP = 120;

    private JsonValues() {
    }

    /** The issuer id: {@code issuer} as a string, or {@code issuer.id}. */
    static Optional<String> issuerId(JsonNode credential) {
        JsonNode issuer = credential.get("issuer");
        if (issuer == null) {
            return Optional.empty();
        }
        if (issuer.isTextual() && !issuer.textValue().isEmpty()) {
            return Optional.of(issuer.textValue());
        }
        if (issuer.isObject() && issuer.path("id").isTextual() && !issuer.get("id").textValue().isEmpty()) {
            return Optional.of(issuer.get("id").textValue());
        }
        return Optional.empty();
    }

    static Optional<String> text(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        return node != null && node.isTextual() && !node.textValue().isEmpty() ? Optional.of(node.textValue())
                : Optional.empty();
    }

    /** The string values of {@code type} (a string or an array); non-strings are skipped. */
    static List<String> types(JsonNode node) {
        JsonNode type = node.get("type");
        List<String> out = new ArrayList<>();
        if (type == null) {
            return out;
        }
        if (type.isTextual()) {
            out.add(type.textValue());
        } else if (type.isArray()) {
            type.forEach(t -> {
                if (t.isTextual()) {
                    out.add(t.textValue());
                }
            });
        }
        return out;
    }

    /**
     * Reads an XSD dateTime; a value without offset is taken as UTC.
     *
     * @throws DateTimeParseException when it is not a date-time
     */
    static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        }
    }

    /** The URL without its fragment, for comparing list ids and cache keys. */
    static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    static String clip(String text) {
        return text.length() <= CLIP ? text : text.substring(0, CLIP) + "…";
    }

    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isTextual()) {
            return "the string \"" + clip(node.textValue()) + "\"";
        }
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + clip(node.toString());
    }
}
