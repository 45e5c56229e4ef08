package org.microcred.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Immutable handling of extension-property maps (values are mutable Jackson nodes, so they are copied). */
final class Extensions {

    private Extensions() {
    }

    static Map<String, JsonNode> freeze(Map<String, JsonNode> builderValues) {
        if (builderValues.isEmpty()) {
            return Map.of();
        }
        Map<String, JsonNode> copy = new LinkedHashMap<>();
        builderValues.forEach((k, v) -> copy.put(k, v.deepCopy()));
        return Collections.unmodifiableMap(copy);
    }

    static Map<String, JsonNode> copy(Map<String, JsonNode> frozen) {
        if (frozen.isEmpty()) {
            return Map.of();
        }
        Map<String, JsonNode> copy = new LinkedHashMap<>();
        frozen.forEach((k, v) -> copy.put(k, v.deepCopy()));
        return Collections.unmodifiableMap(copy);
    }
}
