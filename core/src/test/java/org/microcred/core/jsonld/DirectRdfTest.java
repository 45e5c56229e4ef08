package org.microcred.core.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.microcred.core.MicrocredException;
import org.microcred.core.json.Json;

/**
 * The fused expansion-to-RDF path gives exactly what Titanium's general path gives — the same
 * canonical N-Quads, or the same error — on every JSON-LD document among the vectors and on
 * documents mutated at random with the terms, types, keywords and value shapes that occur in
 * credentials; and it is the path typical credentials take.
 */
class DirectRdfTest {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Canonicalizer GENERAL = Canonicalizer.builder().directRdf(false).build();
    private static final Canonicalizer DIRECT = Canonicalizer.builder().build();
    private static long mutatedDirect;
    private static long mutatedTotal;

    static Stream<String> documents() throws IOException {
        Path root = Vectors.root();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".jsonld"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("contexts/") && !p.startsWith("schemas/") && !p.contains("/contexts/"))
                    .sorted()
                    .collect(Collectors.toList())
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("documents")
    void sameResultAsTheGeneralPathOnEveryVector(String file) {
        JsonNode document = Json.standard().parse(Vectors.text(file));
        assertSame(document, file);
    }

    @Test
    void typicalCredentialsTakeTheFusedPath() {
        Canonicalizer canonicalizer = Canonicalizer.builder().build();
        String[] typical = {
            "1edtech-ob-impl-guide/obv3p0/unsigned.json",
            "1edtech-ob-impl-guide/clrv2p0/unsigned.json",
            "w3c-vc-di-eddsa/TestVectors/unsigned.json",
            "w3c-bitstring-status-list/example-04-a-status-list-verifiable-credential.json",
        };
        for (String file : typical) {
            JsonNode document = Vectors.json(file);
            long before = canonicalizer.directRuns();
            assertEquals(GENERAL.canonicalizeWithoutProof(document), canonicalizer.canonicalizeWithoutProof(document));
            assertEquals(before + 1, canonicalizer.directRuns(), file + " should take the fused path");
        }
        assertEquals(0, canonicalizer.generalRuns());
    }

    @Test
    void aSignedClrWithEmbeddedProofsTakesTheFusedPath() {
        // embedded credentials carry their own @context and proofs (@graph containers)
        JsonNode clr = Vectors.json("1edtech-ob-impl-guide/clrv2p0/signed.json");
        Canonicalizer canonicalizer = Canonicalizer.builder().build();
        assertEquals(GENERAL.canonicalizeWithoutProof(clr), canonicalizer.canonicalizeWithoutProof(clr));
        assertEquals(1, canonicalizer.directRuns());
    }

    @Test
    void derivedContextsAreComputedOncePerCanonicalizer() {
        Canonicalizer canonicalizer = Canonicalizer.builder().build();
        JsonNode document = Vectors.json("1edtech-ob-impl-guide/obv3p0/unsigned.json");
        canonicalizer.canonicalize(document);
        int afterFirst = canonicalizer.derivedContexts();
        assertTrue(afterFirst > 0, "type-scoped contexts are derived");
        for (int i = 0; i < 5; i++) {
            canonicalizer.canonicalize(document);
        }
        assertEquals(afterFirst, canonicalizer.derivedContexts());
    }

    @Provide
    Arbitrary<String> seed() {
        return Arbitraries.of(
                "1edtech-ob-impl-guide/obv3p0/unsigned.json",
                "1edtech-ob-impl-guide/clrv2p0/unsigned.json",
                "w3c-vc-di-eddsa/TestVectors/unsigned.json",
                "w3c-vc-di-eddsa/TestVectors/Ed25519Signature2020/signedEdSig.json",
                "w3c-bitstring-status-list/example-04-a-status-list-verifiable-credential.json",
                "1edtech-ob-impl-guide/clrv2p0/signed.json");
    }

    @Property(tries = 400)
    void sameResultOnMutatedCredentials(@ForAll("seed") String file, @ForAll long randomSeed) {
        Random random = new Random(randomSeed);
        JsonNode document = Vectors.json(file);
        int mutations = 1 + random.nextInt(4);
        for (int i = 0; i < mutations; i++) {
            mutate(document, random);
        }
        long before = DIRECT.directRuns();
        assertSame(document, file + " mutated with seed " + randomSeed + ": " + document);
        mutatedTotal++;
        if (DIRECT.directRuns() > before) {
            mutatedDirect++;
        }
    }

    @AfterContainer
    static void theFusedPathIsExercised() {
        if (mutatedTotal >= 100) {
            assertTrue(mutatedDirect * 8 > mutatedTotal,
                    "fused path taken for only " + mutatedDirect + " of " + mutatedTotal + " mutated documents");
        }
    }

    private static void assertSame(JsonNode document, String what) {
        assertEquals(outcome(GENERAL, document, false), outcome(DIRECT, document, false), what);
        if (document.isObject()) {
            assertEquals(outcome(GENERAL, document, true), outcome(DIRECT, document, true), what + " without proof");
            JsonNode proof = document.get("proof");
            JsonNode context = document.get("@context");
            if (proof != null && context != null) {
                for (JsonNode p : proof.isArray() ? proof : List.of(proof)) {
                    if (p.isObject()) {
                        assertEquals(configuration(GENERAL, p, context), configuration(DIRECT, p, context),
                                what + " proof configuration");
                    }
                }
            }
        }
    }

    private static String outcome(Canonicalizer canonicalizer, JsonNode document, boolean withoutProof) {
        try {
            return withoutProof ? canonicalizer.canonicalizeWithoutProof(document) : canonicalizer.canonicalize(document);
        } catch (MicrocredException e) {
            return "error " + e.code() + ": " + e.getMessage();
        }
    }

    private static String configuration(Canonicalizer canonicalizer, JsonNode proof, JsonNode context) {
        try {
            return canonicalizer.canonicalizeProofConfiguration(proof, context);
        } catch (MicrocredException e) {
            return "error " + e.code() + ": " + e.getMessage();
        }
    }

    // ---- random mutations in the vocabulary of credentials ----

    private static final List<String> TERMS = terms();
    private static final String[] KEYWORDS = {"@id", "@type", "@value", "@language", "@list", "@set", "@graph",
        "@index", "@reverse", "@json", "@direction", "@included", "@nest", "id", "type", "@foo", "@Value"};
    private static final String[] STRINGS = {"https://example.org/x", "urn:uuid:6e0f1c5a-0000-4000-8000-000000000001",
        "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK", "relative/path", "_:b1", "_:other", "", "en",
        "EN-us", "not a tag!", "xsd:string", "xsd:dateTime", "2010-01-01T00:00:00Z", "Achievement",
        "OpenBadgeCredential", "Profile", "Image", "Criteria", "Alignment", "DataIntegrityProof", "not an iri",
        "http://a b", "ex:thing", "https://w3id.org/security#proof", "mailto:someone@example.org", "@id", "@vocab",
        "ümlaut ✓", "\u0000ctl"};
    private static final String[] TYPES = {"OpenBadgeCredential", "AchievementCredential", "Achievement", "Profile",
        "Image", "Criteria", "Alignment", "AchievementSubject", "Result", "ResultDescription", "IdentityObject",
        "EndorsementCredential", "ClrCredential", "ClrSubject", "VerifiableCredential", "DataIntegrityProof",
        "BitstringStatusListEntry", "1EdTechJsonSchemaValidator2019", "Evidence", "GeoCoordinates", "Undefined",
        "https://example.org/T", "_:t"};

    private static List<String> terms() {
        TreeSet<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(Vectors.path("contexts"))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.endsWith(".json") || name.endsWith(".jsonld")) {
                    collectKeys(Json.standard().parse(Files.readString(file)), names);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        names.add("undefinedTerm");
        names.add("ex:thing");
        names.add("https://example.org/property");
        names.add("_:blankProperty");
        names.add("");
        return new ArrayList<>(names);
    }

    private static void collectKeys(JsonNode node, TreeSet<String> names) {
        if (node.isObject()) {
            Iterator<String> keys = node.fieldNames();
            while (keys.hasNext()) {
                String key = keys.next();
                if (!key.startsWith("@")) {
                    names.add(key);
                }
                collectKeys(node.get(key), names);
            }
        } else if (node.isArray()) {
            node.forEach(item -> collectKeys(item, names));
        }
    }

    private static void mutate(JsonNode document, Random random) {
        List<ObjectNode> objects = new ArrayList<>();
        collectObjects(document, objects);
        if (objects.isEmpty()) {
            return;
        }
        ObjectNode target = objects.get(random.nextInt(objects.size()));
        List<String> keys = new ArrayList<>();
        target.fieldNames().forEachRemaining(keys::add);
        switch (random.nextInt(6)) {
            case 0:
                if (!keys.isEmpty()) {
                    target.remove(keys.get(random.nextInt(keys.size())));
                }
                break;
            case 1:
                if (!keys.isEmpty()) {
                    String key = keys.get(random.nextInt(keys.size()));
                    if (!"@context".equals(key)) {
                        target.set(key, randomValue(random, 2));
                    }
                }
                break;
            case 2:
                target.set(random.nextInt(8) == 0 ? KEYWORDS[random.nextInt(KEYWORDS.length)]
                        : TERMS.get(random.nextInt(TERMS.size())), randomValue(random, 2));
                break;
            case 3:
                target.set("type", random.nextBoolean() ? F.textNode(randomType(random))
                        : F.arrayNode().add(randomType(random)).add(randomType(random)));
                break;
            case 4:
                target.set("@context", randomContext(random, target.get("@context")));
                break;
            default:
                target.set(TERMS.get(random.nextInt(TERMS.size())), randomNode(random, 2));
        }
    }

    private static void collectObjects(JsonNode node, List<ObjectNode> out) {
        if (node.isObject()) {
            out.add((ObjectNode) node);
            node.fields().forEachRemaining(e -> {
                if (!"@context".equals(e.getKey())) {
                    collectObjects(e.getValue(), out);
                }
            });
        } else if (node.isArray()) {
            node.forEach(item -> collectObjects(item, out));
        }
    }

    private static String randomType(Random random) {
        return TYPES[random.nextInt(TYPES.length)];
    }

    private static JsonNode randomValue(Random random, int depth) {
        switch (random.nextInt(depth > 0 ? 12 : 8)) {
            case 0:
            case 1:
            case 2:
                return F.textNode(STRINGS[random.nextInt(STRINGS.length)]);
            case 3:
                return random.nextBoolean() ? F.numberNode(random.nextInt(2000) - 1000)
                        : F.numberNode(new BigInteger("1000000000000000000000"));
            case 4:
                return random.nextBoolean() ? F.numberNode(1.5) : F.numberNode(5.0);
            case 5:
                return F.booleanNode(random.nextBoolean());
            case 6:
                return F.nullNode();
            case 7:
                return valueObject(random);
            case 8:
            case 9:
                ArrayNode array = F.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(randomValue(random, depth - 1));
                }
                return array;
            default:
                return randomNode(random, depth - 1);
        }
    }

    private static JsonNode valueObject(Random random) {
        ObjectNode value = F.objectNode();
        value.set("@value", random.nextInt(4) == 0 ? F.numberNode(7) : F.textNode("text"));
        switch (random.nextInt(5)) {
            case 0:
                value.put("@language", random.nextBoolean() ? "EN-GB" : "not a tag!");
                break;
            case 1:
                value.put("@type", STRINGS[random.nextInt(STRINGS.length)]);
                break;
            case 2:
                value.put("@direction", "rtl");
                break;
            case 3:
                value.set("@list", F.arrayNode().add("a"));
                break;
            default:
                break;
        }
        return value;
    }

    private static ObjectNode randomNode(Random random, int depth) {
        ObjectNode node = F.objectNode();
        if (random.nextBoolean()) {
            node.put("type", randomType(random));
        }
        if (random.nextInt(3) == 0) {
            node.put("id", STRINGS[random.nextInt(STRINGS.length)]);
        }
        if (random.nextInt(6) == 0) {
            node.set("@context", randomContext(random, null));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            node.set(TERMS.get(random.nextInt(TERMS.size())), randomValue(random, depth));
        }
        return node;
    }

    private static JsonNode randomContext(Random random, JsonNode existing) {
        ObjectNode local = F.objectNode();
        switch (random.nextInt(7)) {
            case 0:
                local.put("ex", "https://example.org/ns#");
                break;
            case 1:
                local.put("@vocab", "https://example.org/vocab#");
                break;
            case 2:
                local.put("@language", random.nextBoolean() ? "fr" : "EN");
                break;
            case 3:
                local.put("@direction", "rtl");
                break;
            case 4:
                local.set("name", F.nullNode());
                break;
            case 5:
                local.set("name", F.objectNode().put("@id", "https://example.org/name").put("@type", "@id"));
                break;
            default:
                local.set("extra", F.objectNode().put("@id", "https://example.org/extra")
                        .put("@container", random.nextBoolean() ? "@list" : "@language"));
        }
        if (existing != null && existing.isArray() && random.nextBoolean()) {
            ArrayNode merged = existing.deepCopy();
            merged.add(local);
            return merged;
        }
        if (random.nextInt(4) == 0) {
            return F.textNode(random.nextBoolean() ? "https://www.w3.org/ns/credentials/v2"
                    : "https://unknown.example/context");
        }
        return local;
    }
}
