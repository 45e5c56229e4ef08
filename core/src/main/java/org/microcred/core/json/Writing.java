package org.microcred.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.microcred.core.model.ContextEntry;
import org.microcred.core.model.JsonForm;

/** Writing helpers honouring {@link JsonForm}: arrays for sets unless the value was read compacted. */
final class Writing {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Writing() {
    }

    static void texts(ObjectNode o, String name, List<String> values, JsonForm form) {
        if (values.isEmpty()) {
            return;
        }
        if (values.size() == 1 && form.isCompacted(name)) {
            o.put(name, values.get(0));
            return;
        }
        ArrayNode array = o.putArray(name);
        values.forEach(array::add);
    }

    static void contexts(ObjectNode o, List<ContextEntry> values, JsonForm form) {
        if (values.isEmpty()) {
            return;
        }
        if (values.size() == 1 && form.isCompacted("@context")) {
            o.set("@context", values.get(0).toJson());
            return;
        }
        ArrayNode array = o.putArray("@context");
        values.forEach(v -> array.add(v.toJson()));
    }

    static JsonNode single(ObjectNode value, JsonForm form, String name) {
        if (form.isReference(name) && value.size() == 1 && value.path("id").isTextual()) {
            return value.get("id");
        }
        if (form.isWrapped(name)) {
            return F.arrayNode().add(value);
        }
        return value;
    }

    static <T> void objects(ObjectNode o, String name, List<T> values, JsonForm form, boolean singleIsUsual,
            Function<T, ObjectNode> writer) {
        if (values.isEmpty()) {
            return;
        }
        boolean single = values.size() == 1 && (singleIsUsual ? !form.isWrapped(name) : form.isCompacted(name));
        if (single) {
            o.set(name, writer.apply(values.get(0)));
            return;
        }
        ArrayNode array = o.putArray(name);
        values.forEach(v -> array.add(writer.apply(v)));
    }

    static void extensions(ObjectNode o, Map<String, JsonNode> extensions) {
        extensions.forEach((k, v) -> {
            if (!o.has(k)) {
                o.set(k, v);
            }
        });
    }
}
