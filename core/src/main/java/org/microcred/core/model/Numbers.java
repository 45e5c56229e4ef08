package org.microcred.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import java.math.BigDecimal;
import java.math.BigInteger;

/** JSON number nodes for model values: the node type a parser produces for the written text. */
final class Numbers {

    private Numbers() {
    }

    static JsonNode node(BigDecimal value) {
        if (value.scale() <= 0) {
            BigInteger i = value.toBigIntegerExact();
            if (i.bitLength() < 32) {
                return IntNode.valueOf(i.intValue());
            }
            if (i.bitLength() < 64) {
                return LongNode.valueOf(i.longValue());
            }
            return BigIntegerNode.valueOf(i);
        }
        return DecimalNode.valueOf(value);
    }

    static JsonNode requireNumber(JsonNode value, String name) {
        if (value != null && !value.isNumber()) {
            throw new IllegalArgumentException(name + " must be a JSON number, not " + value.getNodeType());
        }
        return value;
    }
}
