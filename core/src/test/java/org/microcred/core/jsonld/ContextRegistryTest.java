package org.microcred.core.jsonld;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;

/** The bundled contexts, the offline loader and user-registered contexts. */
class ContextRegistryTest {

    private static final String OB = "1edtech-ob-impl-guide/obv3p0/unsigned.json";
    private static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

    /** URL to file, from the table in vectors/contexts/SOURCES.md. */
    private static final Map<String, String> FILES = sourcesTable();

    private static Map<String, String> sourcesTable() {
        Map<String, String> table = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^\\| (https://\\S+)[^|]*\\| (\\S+) \\|").matcher(Vectors.text("contexts/SOURCES.md"));
        while (m.find()) {
            table.put(m.group(1), m.group(2));
        }
        return table;
    }

    private static String fileName(String url) {
        return FILES.get(url);
    }

    @Test
    void everyVectorContextIsBundledWithExactBytes() throws IOException {
        ContextRegistry bundled = ContextRegistry.bundled();
        List<String> files;
        try (Stream<Path> list = Files.list(Vectors.path("contexts"))) {
            files = list.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json") || n.endsWith(".jsonld"))
                    .sorted().collect(Collectors.toList());
        }
        assertEquals(FILES.keySet(), bundled.urls());
        List<String> bundledFiles = bundled.urls().stream().map(ContextRegistryTest::fileName).sorted()
                .collect(Collectors.toList());
        assertEquals(files, bundledFiles);
        for (String url : bundled.urls()) {
            byte[] expected = Files.readAllBytes(Vectors.path("contexts/" + fileName(url)));
            assertArrayEquals(expected, bundled.bytes(url).orElseThrow(), url);
        }
    }

    @Test
    void unknownUrlIsNotInTheRegistry() {
        assertFalse(ContextRegistry.bundled().contains("https://example.org/nothing"));
        assertTrue(ContextRegistry.bundled().bytes("https://example.org/nothing").isEmpty());
    }

    @Test
    void unknownRemoteContextIsRefusedNamingTheUrl() {
        ObjectNode doc = (ObjectNode) Vectors.json(OB);
        ((ArrayNode) doc.get("@context")).add("https://example.org/unknown/v1");
        MicrocredException e = assertThrows(MicrocredException.class, () -> Canonicalizer.standard().canonicalize(doc));
        assertEquals(ErrorCode.CONTEXT_LOAD_FAILED, e.code());
        assertTrue(e.getMessage().contains("https://example.org/unknown/v1"), e.getMessage());
        assertTrue(e.getMessage().contains("never fetches"), e.getMessage());
        assertTrue(e.hint().orElseThrow().contains(".register(\"https://example.org/unknown/v1\""), e.hint().get());
    }

    @Test
    void employmentVectorNeedsAContextWeDoNotBundle() {
        ObjectNode doc = (ObjectNode) Vectors.json("w3c-vc-di-eddsa/TestVectors/eddsa-rdfc-2022/employ/signedDataInt.json");
        doc.remove("proof");
        MicrocredException e = assertThrows(MicrocredException.class, () -> Canonicalizer.standard().canonicalize(doc));
        assertEquals(ErrorCode.CONTEXT_LOAD_FAILED, e.code());
        assertTrue(e.getMessage().contains("https://w3id.org/citizenship/v4rc1"), e.getMessage());
    }

    @Test
    void tamperedBundledBytesFailTheirPin() {
        ContextRegistry bundled = ContextRegistry.bundled();
        byte[] original = bundled.bytes(OB_CONTEXT).orElseThrow();
        String pin = ContextRegistry.sha256Hex(original);
        byte[] tampered = new String(original, StandardCharsets.UTF_8)
                .replace("\"name\"", "\"nam\"").getBytes(StandardCharsets.UTF_8);
        assertFalse(Arrays.equals(original, tampered));
        ContextRegistry registry = ContextRegistry.builder().registerAll(bundled)
                .registerPinned(OB_CONTEXT, () -> tampered, pin).build();
        Canonicalizer canonicalizer = Canonicalizer.builder().registry(registry).build();
        MicrocredException e = assertThrows(MicrocredException.class,
                () -> canonicalizer.canonicalize(Vectors.json(OB)));
        assertEquals(ErrorCode.CONTEXT_LOAD_FAILED, e.code());
        assertTrue(e.getMessage().contains(OB_CONTEXT) && e.getMessage().contains("SHA-256"), e.getMessage());
        MicrocredException direct = assertThrows(MicrocredException.class, () -> registry.bytes(OB_CONTEXT));
        assertEquals(ErrorCode.CONTEXT_LOAD_FAILED, direct.code());
    }

    @Test
    void registeredExtensionContextDefinesNewTerms() {
        String url = "https://example.org/ext/v1";
        byte[] context = "{\"@context\": {\"favouriteColour\": \"https://example.org/ext#favouriteColour\"}}"
                .getBytes(StandardCharsets.UTF_8);
        ContextRegistry registry = ContextRegistry.builder().registerAll(ContextRegistry.bundled())
                .register(url, context).build();
        assertTrue(registry.contains(url));
        assertTrue(registry.urls().containsAll(ContextRegistry.bundled().urls()));
        ObjectNode doc = (ObjectNode) Vectors.json("w3c-vc-di-eddsa/TestVectors/unsigned.json");
        ((ArrayNode) doc.get("@context")).add(url);
        ((ObjectNode) doc.get("credentialSubject")).put("favouriteColour", "green");
        String nquads = Canonicalizer.builder().registry(registry).build().canonicalize(doc);
        assertTrue(nquads.contains("<did:example:abcdefgh> <https://example.org/ext#favouriteColour> \"green\" ."), nquads);
        // the bundled registry is untouched
        assertThrows(MicrocredException.class, () -> Canonicalizer.standard().canonicalize(doc));
    }

    @Test
    void relativeContextUrlCannotBeRegistered() {
        MicrocredException e = assertThrows(MicrocredException.class,
                () -> ContextRegistry.builder().register("contexts/v1", new byte[] {'{', '}'}));
        assertEquals(ErrorCode.INVALID_VALUE, e.code());
    }

    @Test
    void malformedRegisteredContextIsAContextLoadError() {
        String url = "https://example.org/broken/v1";
        ContextRegistry registry = ContextRegistry.builder().register(url, "{\"@context\": ".getBytes(StandardCharsets.UTF_8)).build();
        ObjectNode doc = (ObjectNode) Vectors.json("w3c-vc-di-eddsa/TestVectors/unsigned.json");
        doc.set("@context", doc.textNode(url));
        MicrocredException e = assertThrows(MicrocredException.class,
                () -> Canonicalizer.builder().registry(registry).build().canonicalize(doc));
        assertEquals(ErrorCode.CONTEXT_LOAD_FAILED, e.code());
        assertTrue(e.getMessage().contains(url), e.getMessage());
    }
}
