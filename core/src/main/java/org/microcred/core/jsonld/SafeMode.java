package org.microcred.core.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import com.apicatalog.jsonld.lang.LanguageTag;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;

/**
 * JSON-LD "safe mode": rejects every piece of input that JSON-LD processing would silently leave
 * out of the RDF, so a signature always covers all of the document's data. Titanium's
 * undefined-term policy only rejects undefined property keys; this class adds the rest:
 * unknown {@code @}-keywords (checked on the input), and, on the expanded form, node identifiers,
 * types, datatypes and properties that are not absolute IRIs (undefined {@code type} values,
 * relative {@code id}s and relative IRI values), malformed language tags, base directions and
 * {@code @index} keys (none of which reach the RDF). Errors name the offending value and where it
 * occurs in the input (a JSONPath). Stateless; thread-safe.
 */
final class SafeMode {

    private static final Set<String> KEYWORDS = Set.of("@base", "@container", "@context", "@direction",
            "@graph", "@id", "@import", "@included", "@index", "@json", "@language", "@list", "@nest",
            "@none", "@prefix", "@propagate", "@protected", "@reverse", "@set", "@type", "@value",
            "@version", "@vocab");

    private SafeMode() {
    }

    /**
     * Rejects keys that look like keywords but are not: JSON-LD ignores them silently.
     * {@code excludedTopLevel} names a top-level member that is not processed (or null).
     */
    static void checkInputKeys(JsonNode node, StringBuilder path, String excludedTopLevel) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!field.getKey().equals(excludedTopLevel)) {
                    int mark = path.length();
                    checkKey(field.getKey(), field.getValue(), path);
                    path.setLength(mark);
                }
            }
        } else {
            checkInputKeys(node, path);
        }
    }

    private static void checkKey(String key, JsonNode value, StringBuilder path) {
        appendKey(path, key);
        if (key.length() > 1 && key.charAt(0) == '@' && isAlpha(key) && !KEYWORDS.contains(key)) {
            throw error("\"" + key + "\" is not a JSON-LD keyword and would be ignored", path.toString());
        }
        if (!"@context".equals(key)) {
            checkInputKeys(value, path);
        }
    }

    private static void checkInputKeys(JsonNode node, StringBuilder path) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                int mark = path.length();
                checkKey(field.getKey(), field.getValue(), path);
                path.setLength(mark);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                int mark = path.length();
                path.append('[').append(i).append(']');
                checkInputKeys(node.get(i), path);
                path.setLength(mark);
            }
        }
    }

    /** Checks the expanded form; {@code input} is used only to locate an offending value. */
    static void checkExpanded(JsonValue expanded, JsonNode input) {
        walk(expanded, input);
    }

    private static void walk(JsonValue value, JsonNode input) {
        if (value instanceof JsonArray) {
            for (JsonValue item : (JsonArray) value) {
                walk(item, input);
            }
        } else if (value instanceof JsonObject) {
            JsonObject object = (JsonObject) value;
            JsonValue index = object.get("@index");
            if (index instanceof JsonString) {
                String key = ((JsonString) index).getString();
                throw located("index key \"" + key + "\" (an @index container) has no RDF form and would not"
                        + " be signed", key, input);
            }
            if (object.containsKey("@value")) {
                JsonValue language = object.get("@language");
                if (language instanceof JsonString && !LanguageTag.isWellFormed(((JsonString) language).getString())) {
                    String tag = ((JsonString) language).getString();
                    throw located("language tag \"" + tag + "\" is not well-formed (BCP 47), so the value"
                            + " would be dropped", tag, input);
                }
                JsonValue direction = object.get("@direction");
                if (direction instanceof JsonString) {
                    String dir = ((JsonString) direction).getString();
                    throw located("base direction \"" + dir + "\" is dropped by JSON-LD to RDF and would not"
                            + " be signed", dir, input);
                }
                JsonValue type = object.get("@type");
                if (type instanceof JsonString) {
                    String datatype = ((JsonString) type).getString();
                    if (!"@json".equals(datatype) && !isAbsoluteIri(datatype)) {
                        throw located("datatype \"" + datatype + "\" is not an absolute IRI"
                                + " (no context defines it), so the value would be dropped", datatype, input);
                    }
                }
                return;
            }
            for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
                String key = entry.getKey();
                JsonValue member = entry.getValue();
                switch (key) {
                    case "@id":
                        if (member instanceof JsonString) {
                            String id = ((JsonString) member).getString();
                            if (!isAbsoluteIri(id) && !id.startsWith("_:")) {
                                throw located("identifier \"" + id + "\" is not an absolute IRI (relative IRIs"
                                        + " are dropped from the RDF, there is no base IRI)", id, input);
                            }
                        }
                        break;
                    case "@type":
                        for (JsonValue t : member.getValueType() == JsonValue.ValueType.ARRAY
                                ? member.asJsonArray() : List.of(member)) {
                            if (t instanceof JsonString) {
                                String type = ((JsonString) t).getString();
                                if (!isAbsoluteIri(type) && !type.startsWith("_:")) {
                                    throw located("type \"" + type + "\" is not defined by any context"
                                            + " and would be dropped from the RDF", type, input);
                                }
                            }
                        }
                        break;
                    case "@reverse":
                        if (member instanceof JsonObject) {
                            for (Map.Entry<String, JsonValue> rev : member.asJsonObject().entrySet()) {
                                checkProperty(rev.getKey(), input);
                                walk(rev.getValue(), input);
                            }
                        }
                        break;
                    case "@index":
                    case "@language":
                    case "@direction":
                        break;
                    default:
                        if (key.charAt(0) != '@') {
                            checkProperty(key, input);
                        }
                        walk(member, input);
                }
            }
        }
    }

    private static void checkProperty(String iri, JsonNode input) {
        if (!isAbsoluteIri(iri)) {
            throw located("property \"" + iri + "\" does not expand to an absolute IRI"
                    + " (no context defines it), so its values would be dropped", iri, input);
        }
    }

    /**
     * Whether {@code iri} has a scheme and none of the characters an IRI cannot contain (such
     * IRIs are dropped by JSON-LD to RDF).
     */
    static boolean isAbsoluteIri(String iri) {
        int colon = iri.indexOf(':');
        if (colon < 1 || !isLetter(iri.charAt(0))) {
            return false;
        }
        for (int i = 1; i < colon; i++) {
            char c = iri.charAt(i);
            if (!(isLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')) {
                return false;
            }
        }
        for (int i = colon + 1; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|'
                    || c == '\\' || c == '^' || c == '`') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAlpha(String key) {
        for (int i = 1; i < key.length(); i++) {
            if (!isLetter(key.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static MicrocredException located(String message, String value, JsonNode input) {
        String path = input == null ? null : find(input, value, new StringBuilder("$"));
        return error(message, path == null ? "$ (expanded form)" : path);
    }

    static MicrocredException error(String message, String path) {
        return new MicrocredException(ErrorCode.JSON_LD_FAILED, "JSON-LD safe mode: " + message + " at " + path,
                "define the term in a registered context, or use absolute IRIs", null);
    }

    /** The JSONPath of the first string value or key equal to {@code value}, or null. */
    static String find(JsonNode node, String value, StringBuilder path) {
        if (node.isTextual()) {
            return node.textValue().equals(value) ? path.toString() : null;
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if ("@context".equals(field.getKey())) {
                    continue;
                }
                int mark = path.length();
                appendKey(path, field.getKey());
                if (field.getKey().equals(value)) {
                    return path.toString();
                }
                String found = find(field.getValue(), value, path);
                if (found != null) {
                    return found;
                }
                path.setLength(mark);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                int mark = path.length();
                path.append('[').append(i).append(']');
                String found = find(node.get(i), value, path);
                if (found != null) {
                    return found;
                }
                path.setLength(mark);
            }
        }
        return null;
    }

    private static void appendKey(StringBuilder path, String key) {
        boolean plain = !key.isEmpty() && key.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
        if (plain) {
            path.append('.').append(key);
        } else {
            path.append("['").append(key.replace("'", "\\'")).append("']");
        }
    }
}
