package org.microcred.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;

/** The bounded parser: every limit and malformation is a MicrocredException naming what went wrong. */
class JsonTest {

    private static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    private static MicrocredException parseFails(String text) {
        return assertThrows(MicrocredException.class, () -> Json.standard().parse(text));
    }

    @Test
    void depth64IsAccepted() {
        JsonNode node = Json.standard().parse(nested(64));
        assertTrue(node.isArray());
        assertTrue(Json.standard().parse(nested(64).getBytes(StandardCharsets.UTF_8)).isArray());
    }

    @Test
    void depth65IsRejectedNamingMaxDepth() {
        MicrocredException e = parseFails(nested(65));
        assertEquals(ErrorCode.LIMIT_EXCEEDED, e.code());
        assertTrue(e.getMessage().contains("maxDepth"), e.getMessage());
        MicrocredException objects = parseFails("{\"a\":".repeat(65) + "1" + "}".repeat(65));
        assertTrue(objects.getMessage().contains("maxDepth"), objects.getMessage());
    }

    @Test
    void hundredThousandNestedArraysAreRejectedWithoutStackOverflow() {
        MicrocredException e = parseFails(nested(100_000));
        assertEquals(ErrorCode.LIMIT_EXCEEDED, e.code());
        MicrocredException unclosed = parseFails("[".repeat(100_000));
        assertEquals(ErrorCode.LIMIT_EXCEEDED, unclosed.code());
    }

    @Test
    void documentsOverTenMebibytesAreRejectedNamingMaxBytes() {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        big[0] = '1';
        MicrocredException e = assertThrows(MicrocredException.class, () -> Json.standard().parse(big));
        assertEquals(ErrorCode.LIMIT_EXCEEDED, e.code());
        assertTrue(e.getMessage().contains("maxBytes"), e.getMessage());
        MicrocredException text = parseFails(new String(big, StandardCharsets.US_ASCII));
        assertTrue(text.getMessage().contains("maxBytes"), text.getMessage());
    }

    @Test
    void hugeStringsAreRejected() {
        Json small = Json.withLimits(new JsonLimits(10 * 1024 * 1024, 64, 1000));
        assertEquals(1000, small.parse("\"" + "x".repeat(1000) + "\"").asText().length());
        MicrocredException e = assertThrows(MicrocredException.class,
                () -> small.parse("\"" + "x".repeat(1001) + "\""));
        assertEquals(ErrorCode.LIMIT_EXCEEDED, e.code());
        assertTrue(e.getMessage().contains("maxStringLength"), e.getMessage());
        int overDefault = JsonLimits.DEFAULT.maxStringLength() + 1;
        MicrocredException d = parseFails("\"" + "x".repeat(overDefault) + "\"");
        assertTrue(d.getMessage().contains("maxStringLength"), d.getMessage());
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        MicrocredException e = parseFails("{\n  \"a\": 1,\n  \"b\": tru\n}");
        assertEquals(ErrorCode.JSON_MALFORMED, e.code());
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        assertTrue(e.getMessage().contains("column"), e.getMessage());
    }

    @Test
    void truncatedJsonNamesWhereItEnded() {
        MicrocredException e = parseFails("{\"a\": [1, 2");
        assertEquals(ErrorCode.JSON_MALFORMED, e.code());
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void invalidUtf8IsRejected() {
        byte[] bad = {'"', (byte) 0xC3, (byte) 0x28, '"'};
        MicrocredException e = assertThrows(MicrocredException.class, () -> Json.standard().parse(bad));
        assertEquals(ErrorCode.JSON_MALFORMED, e.code());
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
    }

    @Test
    void duplicateKeysAreRejected() {
        MicrocredException e = parseFails("{\"id\": \"a\", \"id\": \"b\"}");
        assertEquals(ErrorCode.JSON_MALFORMED, e.code());
        assertTrue(e.getMessage().contains("id"), e.getMessage());
    }

    @Test
    void trailingGarbageIsRejected() {
        MicrocredException e = parseFails("{\"a\": 1} x");
        assertEquals(ErrorCode.JSON_MALFORMED, e.code());
        MicrocredException second = parseFails("{\"a\": 1} {\"b\": 2}");
        assertEquals(ErrorCode.JSON_MALFORMED, second.code());
    }

    @Test
    void emptyInputIsRejected() {
        assertEquals(ErrorCode.JSON_MALFORMED, parseFails("   ").code());
    }

    @Test
    void decimalsKeepTheirExactForm() {
        JsonNode node = Json.standard().parse("{\"a\": 1.0, \"b\": 1.50, \"c\": 3}");
        assertEquals("{\"a\":1.0,\"b\":1.50,\"c\":3}", Json.standard().write(node));
    }
}
