package org.microcred.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;
import org.microcred.core.model.ContextEntry;
import org.microcred.core.model.JsonForm;

/** Shape checks used while reading model values; every failure names the JSON pointer of the bad value. */
final class Reading {

    private Reading() {
    }

    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** Null and empty-array values of known properties are kept verbatim as extensions (lossless). */
    static boolean keepRaw(JsonNode v) {
        return v.isNull() || v.isArray() && v.isEmpty();
    }

    static MicrocredException wrongShape(String pointer, String expected, JsonNode found) {
        String where = pointer.isEmpty() ? "the document root" : pointer;
        return new MicrocredException(ErrorCode.INVALID_VALUE,
                "Invalid value at " + where + ": expected " + expected + ", found " + describe(found));
    }

    private static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array of " + node.size();
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number (" + node.asText() + ")";
            case BOOLEAN -> "a boolean (" + node.asText() + ")";
            case NULL -> "null";
            default -> node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        };
    }

    static ObjectNode object(JsonNode node, String pointer, String what) {
        if (!node.isObject()) {
            throw wrongShape(pointer, "an object (" + what + ")", node);
        }
        return (ObjectNode) node;
    }

    static String text(JsonNode v, String pointer) {
        if (!v.isTextual()) {
            throw wrongShape(pointer, "a string", v);
        }
        return v.asText();
    }

    static JsonNode number(JsonNode v, String pointer) {
        if (!v.isNumber()) {
            throw wrongShape(pointer, "a number", v);
        }
        return v;
    }

    static Boolean bool(JsonNode v, String pointer) {
        if (!v.isBoolean()) {
            throw wrongShape(pointer, "a boolean", v);
        }
        return v.booleanValue();
    }

    static JsonNode scalar(JsonNode v, String pointer) {
        if (!v.isTextual() && !v.isNumber()) {
            throw wrongShape(pointer, "a string or a number", v);
        }
        return v;
    }

    static List<String> texts(JsonNode v, String pointer, JsonForm.Builder form, String name) {
        if (v.isTextual()) {
            form.compacted(name);
            return List.of(v.asText());
        }
        if (!v.isArray()) {
            throw wrongShape(pointer, "a string or an array of strings", v);
        }
        List<String> out = new ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) {
            out.add(text(v.get(i), pointer + "/" + i));
        }
        return out;
    }

    static List<ContextEntry> contexts(JsonNode v, String pointer, JsonForm.Builder form) {
        if (v.isTextual() || v.isObject()) {
            form.compacted("@context");
            return List.of(context(v, pointer));
        }
        if (!v.isArray()) {
            throw wrongShape(pointer, "a context URI, a context object or an array of them", v);
        }
        List<ContextEntry> out = new ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) {
            out.add(context(v.get(i), pointer + "/" + i));
        }
        return out;
    }

    private static ContextEntry context(JsonNode v, String pointer) {
        if (v.isTextual()) {
            return ContextEntry.of(v.asText());
        }
        if (v.isObject()) {
            return ContextEntry.of((ObjectNode) v);
        }
        throw wrongShape(pointer, "a context URI or a context object", v);
    }

    /** An object, or a one-element array holding one (remembered as wrapped). */
    static JsonNode single(JsonNode v, String pointer, JsonForm.Builder form, String name) {
        if (v.isArray()) {
            if (v.size() != 1) {
                throw wrongShape(pointer, "a single object", v);
            }
            form.wrapped(name);
            return v.get(0);
        }
        return v;
    }

    static String singlePointer(JsonNode v, String pointer) {
        return v.isArray() ? pointer + "/0" : pointer;
    }

    static <T> List<T> objects(JsonNode v, String pointer, JsonForm.Builder form, String name,
            boolean singleIsUsual, BiFunction<JsonNode, String, T> reader) {
        if (v.isObject()) {
            if (!singleIsUsual) {
                form.compacted(name);
            }
            return List.of(reader.apply(v, pointer));
        }
        if (!v.isArray()) {
            throw wrongShape(pointer, "an object or an array of objects", v);
        }
        if (singleIsUsual) {
            form.wrapped(name);
        }
        List<T> out = new ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) {
            out.add(reader.apply(v.get(i), pointer + "/" + i));
        }
        return out;
    }
}
