package org.microcred.core.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small readers of JSON fields that fail with a message naming the field path. */
final class JsonFields {

    private JsonFields() {
    }

    static StatusListException malformed(String path, String problem) {
        return new StatusListException(StatusListError.MALFORMED_VALUE_ERROR, path + " " + problem);
    }

    static JsonNode requireObject(JsonNode node, String path) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            throw malformed(path, "is missing");
        }
        if (!node.isObject()) {
            throw malformed(path, "must be a JSON object, found " + describe(node));
        }
        return node;
    }

    static String requireString(JsonNode parent, String field, String path) {
        return optionalString(parent, field, path)
                .orElseThrow(() -> malformed(path + "." + field, "is missing"));
    }

    static Optional<String> optionalString(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw malformed(path + "." + field, "must be a string, found " + describe(node));
        }
        if (node.textValue().isEmpty()) {
            throw malformed(path + "." + field, "must not be empty");
        }
        return Optional.of(node.textValue());
    }

    static String requireUrl(JsonNode parent, String field, String path) {
        String value = requireString(parent, field, path);
        try {
            URI uri = new URI(value);
            if (!uri.isAbsolute()) {
                throw malformed(path + "." + field, "must be an absolute URL, found \"" + value + "\"");
            }
        } catch (URISyntaxException e) {
            throw malformed(path + "." + field, "is not a valid URL: \"" + value + "\" (" + e.getReason() + ")");
        }
        return value;
    }

    /** A string, or an array of strings (at least one). */
    static List<String> stringOrArray(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        String fieldPath = path + "." + field;
        if (node == null || node.isNull()) {
            throw malformed(fieldPath, "is missing");
        }
        List<String> values = new ArrayList<>();
        if (node.isTextual()) {
            values.add(node.textValue());
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                if (!item.isTextual()) {
                    throw malformed(fieldPath + "[" + i + "]", "must be a string, found " + describe(item));
                }
                values.add(item.textValue());
            }
            if (values.isEmpty()) {
                throw malformed(fieldPath, "must not be an empty array");
            }
        } else {
            throw malformed(fieldPath, "must be a string or an array of strings, found " + describe(node));
        }
        for (String v : values) {
            if (v.isEmpty()) {
                throw malformed(fieldPath, "must not contain an empty string");
            }
        }
        return List.copyOf(values);
    }

    /**
     * A non-negative integer given as a base-10 string of ASCII digits or as a JSON integer.
     * Rejects signs, spaces, fractions, exponents in strings and values above {@code max}.
     */
    static long nonNegativeInteger(JsonNode node, String path, long max) {
        if (node.isTextual()) {
            String text = node.textValue();
            if (text.isEmpty()) {
                throw malformed(path, "must be a base-10 integer string, found an empty string");
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    throw malformed(path, "must be a base-10 string of digits 0-9, found \"" + abbreviate(text)
                            + "\" (character '" + c + "' at position " + i + ")");
                }
            }
            String digits = text.replaceFirst("^0+(?=.)", "");
            if (digits.length() > 19 || new BigInteger(digits).compareTo(BigInteger.valueOf(max)) > 0) {
                throw malformed(path, "is too large: \"" + abbreviate(text) + "\" (at most " + max + ")");
            }
            return Long.parseLong(digits);
        }
        if (node.isNumber()) {
            BigInteger value;
            if (node.isIntegralNumber()) {
                value = node.bigIntegerValue();
            } else {
                BigDecimal decimal = node.decimalValue();
                if (decimal.stripTrailingZeros().scale() > 0) {
                    throw malformed(path, "must be an integer, found " + decimal.toPlainString());
                }
                throw malformed(path, "must be an integer without a fraction part, found "
                        + decimal.toPlainString());
            }
            if (value.signum() < 0) {
                throw malformed(path, "must not be negative, found " + value);
            }
            if (value.compareTo(BigInteger.valueOf(max)) > 0) {
                throw malformed(path, "is too large: " + abbreviate(value.toString()) + " (at most " + max + ")");
            }
            return value.longValue();
        }
        throw malformed(path, "must be a base-10 integer string or a JSON integer, found " + describe(node));
    }

    static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "the string \"" + abbreviate(node.textValue()) + "\"";
            case NUMBER -> "the number " + abbreviate(node.asText());
            case BOOLEAN -> "the boolean " + node.asText();
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
