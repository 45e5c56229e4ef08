package org.microcred.core.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;

/** The W3C RDF Dataset Canonicalization (RDFC-1.0) test suite, driven by its manifest. */
class RdfCanonSuiteTest {

    private static final String SUITE = "w3c-rdf-canon/tests/";
    private static final Canonicalizer SHA256 = Canonicalizer.standard();
    private static final Canonicalizer SHA384 = Canonicalizer.builder().hashAlgorithm("SHA-384").build();

    private static List<JsonNode> entries(String type) {
        List<JsonNode> result = new ArrayList<>();
        for (JsonNode entry : Vectors.json(SUITE + "manifest.jsonld").get("entries")) {
            if (entry.get("type").asText().equals(type)) {
                result.add(entry);
            }
        }
        return result;
    }

    private static Stream<Arguments> arguments(String type) {
        return entries(type).stream().map(e -> Arguments.of(
                e.get("id").asText() + " " + e.get("name").asText(), e));
    }

    static Stream<Arguments> evalTests() {
        return arguments("rdfc:RDFC10EvalTest");
    }

    static Stream<Arguments> mapTests() {
        return arguments("rdfc:RDFC10MapTest");
    }

    static Stream<Arguments> negativeTests() {
        return arguments("rdfc:RDFC10NegativeEvalTest");
    }

    private static Canonicalizer canonicalizer(JsonNode entry) {
        JsonNode hash = entry.get("hashAlgorithm");
        if (hash == null || hash.asText().equals("SHA256")) {
            return SHA256;
        }
        assertEquals("SHA384", hash.asText(), "unexpected hash algorithm in the manifest");
        return SHA384;
    }

    @Test
    void manifestHasTheExpectedNumberOfTests() {
        assertEquals(64, entries("rdfc:RDFC10EvalTest").size());
        assertEquals(21, entries("rdfc:RDFC10MapTest").size());
        assertFalse(entries("rdfc:RDFC10NegativeEvalTest").isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("evalTests")
    void canonicalNQuadsAreByteExact(String name, JsonNode entry) {
        String input = Vectors.text(SUITE + entry.get("action").asText());
        String expected = Vectors.text(SUITE + entry.get("result").asText());
        assertEquals(expected, canonicalizer(entry).canonicalizeNQuads(input));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mapTests")
    void blankNodeMapMatches(String name, JsonNode entry) {
        String input = Vectors.text(SUITE + entry.get("action").asText());
        JsonNode expectedJson = Vectors.json(SUITE + entry.get("result").asText());
        Map<String, String> expected = new TreeMap<>();
        expectedJson.fields().forEachRemaining(f -> expected.put(f.getKey(), f.getValue().asText()));
        Map<String, String> actual = new TreeMap<>();
        canonicalizer(entry).canonicalizeNQuadsMapped(input).mapping.forEach(
                (k, v) -> actual.put(strip(k), strip(v)));
        assertEquals(expected, actual);
    }

    private static String strip(String label) {
        return label.startsWith("_:") ? label.substring(2) : label;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("negativeTests")
    void poisonGraphEndsWithTheBudgetError(String name, JsonNode entry) {
        String input = Vectors.text(SUITE + entry.get("action").asText());
        MicrocredException e = assertThrows(MicrocredException.class,
                () -> canonicalizer(entry).canonicalizeNQuads(input));
        assertEquals(ErrorCode.CANONICALIZATION_BUDGET_EXCEEDED, e.code());
        assertTrue(e.getMessage().contains("steps"), e.getMessage());
    }

    @Test
    void aSmallWorkBudgetStopsAnOrdinaryGraph() {
        String input = Vectors.text(SUITE + "rdfc10/test020-in.nq");
        Canonicalizer tight = Canonicalizer.builder().workBudget(3).build();
        MicrocredException e = assertThrows(MicrocredException.class, () -> tight.canonicalizeNQuads(input));
        assertEquals(ErrorCode.CANONICALIZATION_BUDGET_EXCEEDED, e.code());
    }

    @Test
    void malformedNQuadsAreRejected() {
        MicrocredException e = assertThrows(MicrocredException.class,
                () -> SHA256.canonicalizeNQuads("<a> <b> ."));
        assertEquals(ErrorCode.INVALID_VALUE, e.code());
    }

}
