package org.microcred.verify.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small, null-safe readers over Jackson trees, tolerant of JSON-LD compaction (value or array). */
public final class Nodes {

    private Nodes() {
    }

    /**
     * @param node a node or null
     * @return its elements when an array, itself when another non-null value, else nothing
     */
    public static List<JsonNode> values(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node == null || node.isNull() || node.isMissingNode()) {
            return out;
        }
        if (node.isArray()) {
            node.forEach(out::add);
        } else {
            out.add(node);
        }
        return out;
    }

    /**
     * @param node an object or null
     * @return the string values of its {@code type} (a string or an array of strings)
     */
    public static List<String> types(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null || !node.isObject()) {
            return out;
        }
        for (JsonNode t : values(node.get("type"))) {
            if (t.isTextual()) {
                out.add(t.asText());
            }
        }
        return out;
    }

    /**
     * @param node an object or null
     * @param field a field name
     * @return the field's string value when it is a string
     */
    public static Optional<String> text(JsonNode node, String field) {
        if (node == null || !node.isObject()) {
            return Optional.empty();
        }
        JsonNode v = node.get(field);
        return v != null && v.isTextual() ? Optional.of(v.asText()) : Optional.empty();
    }

    /**
     * The id of a value that is either a URI string or an object with an {@code id}.
     *
     * @param node the value or null
     * @return the id
     */
    public static Optional<String> idOf(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isTextual()) {
            return Optional.of(node.asText());
        }
        return text(node, "id");
    }

    /**
     * @param node an object or null
     * @param field a field name
     * @return whether the field is present and not null
     */
    public static boolean has(JsonNode node, String field) {
        return node != null && node.isObject() && node.hasNonNull(field);
    }

    /**
     * @param pointer a parent pointer ("" for the root)
     * @param token a property name or array index
     * @return the child pointer, escaping {@code ~} and {@code /} (RFC 6901)
     */
    public static String pointer(String pointer, Object token) {
        return pointer + "/" + String.valueOf(token).replace("~", "~0").replace("/", "~1");
    }

    /**
     * Shortens text for a message, so an attacker cannot make a report huge.
     *
     * @param s the text
     * @return at most 120 characters
     */
    public static String clip(String s) {
        if (s == null) {
            return "null";
        }
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }

    /**
     * @param node a node
     * @return a short description of the node for messages
     */
    public static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "missing";
        }
        if (node.isTextual()) {
            return "\"" + clip(node.asText()) + "\"";
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array of " + node.size();
        }
        return clip(node.toString());
    }
}
