package org.microcred.core.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.microcred.core.MicrocredException;

/**
 * The first-degree RDFC-1.0 shortcut gives what Titanium's complete implementation gives, and
 * declines exactly the datasets that need the N-degree algorithm.
 */
class SimpleCanonTest {

    private static final Canonicalizer CANON = Canonicalizer.builder().build();
    private static final String[] IRIS = {"https://example.org/a", "https://example.org/b", "urn:x:c",
        "https://example.org/p#q", "did:example:123"};
    private static final String[] LITERALS = {"plain", "with \"quote\"", "line\nbreak", "tab\tand\\", "é ünïcode",
        "😀", "", "\u0001ctl"};
    private static final String[] DATATYPES = {"http://www.w3.org/2001/XMLSchema#string",
        "http://www.w3.org/2001/XMLSchema#dateTime", "http://www.w3.org/2001/XMLSchema#integer"};

    @Property(tries = 500)
    void sameAsTitaniumOnRandomDatasets(@ForAll long seed, @ForAll @IntRange(min = 1, max = 7) int blanks) {
        String nquads = randomDataset(new Random(seed), blanks);
        String titanium;
        try {
            titanium = CANON.canonicalizeNQuadsMapped(nquads).nquads;
        } catch (MicrocredException e) {
            titanium = "error " + e.code() + ": " + e.getMessage();
        }
        assertEquals(titanium, outcome(nquads), nquads);
    }

    @Test
    void titaniumsNamedGraphBugIsAnErrorNotACrash() {
        // twin blank nodes (N-degree hashing) in a graph named by an IRI: titanium-rdfc 2.0.0
        // takes the IRI for a blank node and fails; the canonicalizer reports it as an error
        String nquads = "_:a <https://example.org/p> _:x <https://example.org/g> .\n"
                + "_:b <https://example.org/p> _:y <https://example.org/g> .\n";
        MicrocredException e = org.junit.jupiter.api.Assertions.assertThrows(MicrocredException.class,
                () -> CANON.canonicalizeNQuads(nquads));
        assertEquals(org.microcred.core.ErrorCode.JSON_LD_FAILED, e.code());
        assertTrue(e.getMessage().contains("graph named by an IRI"), e.getMessage());
    }

    private static String outcome(String nquads) {
        try {
            return CANON.canonicalizeNQuads(nquads);
        } catch (MicrocredException e) {
            return "error " + e.code() + ": " + e.getMessage();
        }
    }

    @Test
    void randomDatasetsExerciseBothBranches() {
        long before = CANON.simpleCanons();
        int declined = 0;
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            String nquads = randomDataset(random, 1 + random.nextInt(6));
            long simple = CANON.simpleCanons();
            CANON.canonicalizeNQuads(nquads);
            if (CANON.simpleCanons() == simple) {
                declined++;
            }
        }
        assertTrue(CANON.simpleCanons() - before > 100, "shortcut taken " + (CANON.simpleCanons() - before));
        assertTrue(declined > 10, "declined " + declined);
    }

    @Test
    void declinesTwinBlankNodes() throws Exception {
        // two blank nodes with identical surroundings: only the N-degree algorithm tells them apart
        List<SimpleCanon.Quad> twins = List.of(
                new SimpleCanon.Quad("_:x", "https://example.org/p", "v", DATATYPES[0], null, null),
                new SimpleCanon.Quad("_:y", "https://example.org/p", "v", DATATYPES[0], null, null));
        assertNull(SimpleCanon.canonicalize(twins, MessageDigest.getInstance("SHA-256"), budget()));
        List<SimpleCanon.Quad> distinct = List.of(
                new SimpleCanon.Quad("_:x", "https://example.org/p", "v", DATATYPES[0], null, null),
                new SimpleCanon.Quad("_:y", "https://example.org/p", "w", DATATYPES[0], null, null));
        assertNotNull(SimpleCanon.canonicalize(distinct, MessageDigest.getInstance("SHA-256"), budget()));
    }

    @Test
    void declinesABlankNodeTwiceInOneQuad() throws Exception {
        List<SimpleCanon.Quad> loop = List.of(
                new SimpleCanon.Quad("_:x", "https://example.org/p", "_:x", null, null, null));
        assertNull(SimpleCanon.canonicalize(loop, MessageDigest.getInstance("SHA-256"), budget()));
    }

    private static Budget budget() {
        return new Budget(Canonicalizer.DEFAULT_WORK_BUDGET, Canonicalizer.DEFAULT_TIME_BUDGET.toNanos());
    }

    /**
     * A random dataset in N-Quads, each quad once (Titanium's RDFC counts a repeated quad twice in
     * a blank node's hash; a dataset is a set, and {@code canonicalizeNQuads} reads it as one).
     */
    private static String randomDataset(Random random, int blanks) {
        java.util.LinkedHashSet<String> lines = new java.util.LinkedHashSet<>();
        int quads = 1 + random.nextInt(3 * blanks + 2);
        for (int i = 0; i < quads; i++) {
            StringBuilder out = new StringBuilder();
            out.append(random.nextInt(3) == 0 ? iri(random) : blank(random, blanks)).append(' ');
            out.append(iri(random)).append(' ');
            switch (random.nextInt(4)) {
                case 0:
                    out.append(blank(random, blanks));
                    break;
                case 1:
                    out.append(iri(random));
                    break;
                case 2:
                    out.append(literal(random)).append("^^<").append(DATATYPES[random.nextInt(DATATYPES.length)])
                            .append('>');
                    break;
                default:
                    out.append(literal(random)).append(random.nextBoolean() ? "@en" : "@de-ch");
            }
            int graph = random.nextInt(5);
            if (graph == 0) {
                out.append(' ').append(blank(random, blanks));
            } else if (graph == 1) {
                out.append(' ').append(iri(random));
            }
            out.append(" .\n");
            lines.add(out.toString());
        }
        return String.join("", lines);
    }

    private static String iri(Random random) {
        return "<" + IRIS[random.nextInt(IRIS.length)] + ">";
    }

    private static String blank(Random random, int blanks) {
        return "_:n" + random.nextInt(blanks);
    }

    private static String literal(Random random) {
        String value = LITERALS[random.nextInt(LITERALS.length)];
        StringBuilder escaped = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"':
                    escaped.append("\\\"");
                    break;
                case '\\':
                    escaped.append("\\\\");
                    break;
                case '\n':
                    escaped.append("\\n");
                    break;
                case '\t':
                    escaped.append("\\t");
                    break;
                default:
                    if (c < 0x20) {
                        escaped.append(String.format("\\u%04X", (int) c));
                    } else {
                        escaped.append(c);
                    }
            }
        }
        return escaped.append('"').toString();
    }
}
