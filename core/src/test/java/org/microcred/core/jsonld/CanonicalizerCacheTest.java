package org.microcred.core.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Contexts are processed once, the cache is not corrupted by use, and sharing across threads is safe. */
class CanonicalizerCacheTest {

    private static final List<String[]> CASES = List.of(
            new String[] {"1edtech-ob-impl-guide/obv3p0/unsigned.json", "1edtech-ob-impl-guide/obv3p0/document-canon.txt"},
            new String[] {"1edtech-ob-impl-guide/clrv2p0/unsigned.json", "1edtech-ob-impl-guide/clrv2p0/document-canon.txt"},
            new String[] {"w3c-vc-di-eddsa/TestVectors/unsigned.json", "w3c-vc-di-eddsa/TestVectors/eddsa-rdfc-2022/canonDocDataInt.txt"},
            new String[] {"w3c-vc-di-eddsa/TestVectors/Ed25519Signature2020/signedEdSig.json",
                "w3c-vc-di-eddsa/TestVectors/Ed25519Signature2020/canonDocEdSig.txt"});

    private static JsonNode document(String path) {
        ObjectNode doc = (ObjectNode) Vectors.json(path);
        doc.remove("proof");
        return doc;
    }

    /** A registry with fresh copies of the bundled contexts, so its read counter starts at zero. */
    private static ContextRegistry freshRegistry() {
        ContextRegistry.Builder builder = ContextRegistry.builder();
        for (String url : ContextRegistry.bundled().urls()) {
            builder.register(url, ContextRegistry.bundled().bytes(url).orElseThrow());
        }
        return builder.build();
    }

    @Test
    void noContextIsLoadedOrParsedAgainAfterTheFirstDocument() {
        ContextRegistry registry = freshRegistry();
        Canonicalizer canonicalizer = Canonicalizer.builder().registry(registry).build();
        List<JsonNode> documents = CASES.stream().map(c -> document(c[0])).collect(Collectors.toList());
        for (JsonNode doc : documents) {
            canonicalizer.canonicalize(doc);
        }
        long reads = registry.readCount();
        long loads = canonicalizer.loaderCalls();
        long parses = canonicalizer.contextParses();
        int cached = canonicalizer.cachedContexts();
        assertTrue(reads > 0 && loads > 0 && parses > 0, "the first documents must have loaded contexts");
        assertEquals(parses, reads, "each context is read once and parsed once");
        for (int i = 0; i < 250; i++) {
            canonicalizer.canonicalize(documents.get(i % documents.size()));
        }
        assertEquals(reads, registry.readCount(), "registry reads after the first documents");
        assertEquals(loads, canonicalizer.loaderCalls(), "loader calls after the first documents");
        assertEquals(parses, canonicalizer.contextParses(), "context parses after the first documents");
        assertEquals(cached, canonicalizer.cachedContexts(), "processed contexts after the first documents");
    }

    @Test
    void cachedContextsAreNotChangedByUse() {
        Canonicalizer canonicalizer = Canonicalizer.builder().build();
        for (int round = 0; round < 5; round++) {
            for (String[] c : CASES) {
                assertEquals(Vectors.text(c[1]), canonicalizer.canonicalize(document(c[0])), c[0] + " round " + round);
            }
        }
    }

    @Test
    void failedDocumentsDoNotPoisonTheCache() {
        Canonicalizer canonicalizer = Canonicalizer.builder().build();
        String[] ob = CASES.get(0);
        ObjectNode bad = (ObjectNode) document(ob[0]);
        ((ObjectNode) bad.get("credentialSubject")).put("undefinedThing", 1);
        for (int i = 0; i < 3; i++) {
            try {
                canonicalizer.canonicalize(bad);
            } catch (org.microcred.core.MicrocredException expected) {
                // safe mode refuses it; the next valid document must be unaffected
            }
            assertEquals(Vectors.text(ob[1]), canonicalizer.canonicalize(document(ob[0])));
        }
    }

    @Test
    void parallelUseGivesTheSameResultsAsSequentialUse() {
        Canonicalizer canonicalizer = Canonicalizer.builder().build();
        List<JsonNode> documents = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String[] c = CASES.get(i % CASES.size());
            documents.add(document(c[0]));
            expected.add(Vectors.text(c[1]));
        }
        List<String> actual = IntStream.range(0, documents.size()).parallel()
                .mapToObj(i -> canonicalizer.canonicalize(documents.get(i)))
                .collect(Collectors.toList());
        assertEquals(expected, actual);
    }

    @Test
    void contextKeysDistinguishShapes() {
        com.fasterxml.jackson.databind.node.JsonNodeFactory f = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
        JsonNode url = f.textNode("https://a.example/");
        JsonNode single = f.arrayNode().add("https://a.example/");
        JsonNode pair = f.arrayNode().add("https://a.example/").add("https://b.example/");
        JsonNode joined = f.arrayNode().add("https://a.example/\nhttps://b.example/");
        JsonNode inline = f.objectNode().put("x", "https://a.example/x");
        List<String> keys = List.of(Canonicalizer.contextKey(url), Canonicalizer.contextKey(single),
                Canonicalizer.contextKey(pair), Canonicalizer.contextKey(joined), Canonicalizer.contextKey(inline));
        assertEquals(keys.size(), new java.util.HashSet<>(keys).size(), keys.toString());
        assertEquals(Canonicalizer.contextKey(pair), Canonicalizer.contextKey(pair.deepCopy()));
    }
}
