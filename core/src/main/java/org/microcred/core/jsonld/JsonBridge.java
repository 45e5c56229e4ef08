package org.microcred.core.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.Iterator;
import java.util.Map;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;

/**
 * Converts Jackson trees to Jakarta JSON-P values directly (no text round trip). Numbers keep
 * their exact value and form: integers stay integral, decimals keep their {@code BigDecimal}
 * scale, as a JSON-P parser would have produced from the same text. Thread-safe.
 */
final class JsonBridge {

    private static final JsonProvider PROVIDER = JsonProvider.provider();
    /** Deepest nesting accepted for JSON-LD processing (the parser's default limit is 64). */
    static final int MAX_DEPTH = 256;

    private JsonBridge() {
    }

    /** @return the JSON-P provider used for every value Microcred builds */
    static JsonProvider provider() {
        return PROVIDER;
    }

    static JsonValue toJsonP(JsonNode node) {
        return convert(node, 0);
    }

    private static JsonValue convert(JsonNode node, int depth) {
        if (depth > MAX_DEPTH) {
            throw new MicrocredException(ErrorCode.LIMIT_EXCEEDED,
                    "JSON nesting is deeper than " + MAX_DEPTH + " levels, too deep for JSON-LD processing");
        }
        switch (node.getNodeType()) {
            case OBJECT: {
                JsonObjectBuilder builder = PROVIDER.createObjectBuilder();
                Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    builder.add(field.getKey(), convert(field.getValue(), depth + 1));
                }
                return builder.build();
            }
            case ARRAY: {
                JsonArrayBuilder builder = PROVIDER.createArrayBuilder();
                for (JsonNode item : node) {
                    builder.add(convert(item, depth + 1));
                }
                return builder.build();
            }
            case STRING:
                return PROVIDER.createValue(node.textValue());
            case BOOLEAN:
                return node.booleanValue() ? JsonValue.TRUE : JsonValue.FALSE;
            case NULL:
                return JsonValue.NULL;
            case NUMBER:
                return number(node);
            case MISSING:
            case BINARY:
            case POJO:
            default:
                throw new MicrocredException(ErrorCode.JSON_MALFORMED,
                        "JSON tree holds a " + node.getNodeType() + " node, which is not JSON");
        }
    }

    private static JsonValue number(JsonNode node) {
        switch (node.numberType()) {
            case INT:
            case LONG:
                return PROVIDER.createValue(node.longValue());
            case BIG_INTEGER:
                return PROVIDER.createValue(node.bigIntegerValue());
            case BIG_DECIMAL:
                return PROVIDER.createValue(node.decimalValue());
            case FLOAT:
            case DOUBLE:
            default:
                double d = node.doubleValue();
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    throw new MicrocredException(ErrorCode.JSON_MALFORMED,
                            "JSON tree holds the number " + d + ", which is not JSON");
                }
                return PROVIDER.createValue(d);
        }
    }
}
