package org.microcred.core.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.microcred.core.json.Json;

/** Canonical N-Quads depend on the data only, not on how its JSON is written. */
class CanonicalizerProperties {

    private static final String[][] SEEDS = {
        {"1edtech-ob-impl-guide/obv3p0/unsigned.json", "1edtech-ob-impl-guide/obv3p0/document-canon.txt"},
        {"1edtech-ob-impl-guide/clrv2p0/unsigned.json", "1edtech-ob-impl-guide/clrv2p0/document-canon.txt"},
        {"w3c-vc-di-eddsa/TestVectors/unsigned.json", "w3c-vc-di-eddsa/TestVectors/eddsa-rdfc-2022/canonDocDataInt.txt"},
        {"w3c-vc-di-eddsa/TestVectors/Ed25519Signature2020/signedEdSig.json",
            "w3c-vc-di-eddsa/TestVectors/Ed25519Signature2020/canonDocEdSig.txt"},
    };

    @Provide
    Arbitrary<Integer> seed() {
        return Arbitraries.integers().between(0, SEEDS.length - 1);
    }

    private static JsonNode document(int seed) {
        ObjectNode doc = (ObjectNode) Vectors.json(SEEDS[seed][0]);
        doc.remove("proof");
        return doc;
    }

    @Property(tries = 60)
    void stableUnderReorderingOfObjectKeys(@ForAll("seed") int seed, @ForAll long shuffle) {
        JsonNode reordered = reorder(document(seed), new Random(shuffle));
        assertEquals(Vectors.text(SEEDS[seed][1]), Canonicalizer.standard().canonicalize(reordered));
    }

    @Property(tries = 60)
    void stableUnderWhitespaceChanges(@ForAll("seed") int seed, @ForAll long spacing) {
        String text = write(document(seed), new Random(spacing));
        JsonNode reparsed = Json.standard().parse(text);
        assertEquals(Vectors.text(SEEDS[seed][1]), Canonicalizer.standard().canonicalize(reparsed));
    }

    /** A copy with the keys of every object in random order; arrays keep their order. */
    static JsonNode reorder(JsonNode node, Random random) {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            it.forEachRemaining(fields::add);
            Collections.shuffle(fields, random);
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> field : fields) {
                copy.set(field.getKey(), reorder(field.getValue(), random));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            for (JsonNode item : node) {
                copy.add(reorder(item, random));
            }
            return copy;
        }
        return node;
    }

    /** JSON text with random (legal) whitespace between all tokens. */
    static String write(JsonNode node, Random random) {
        StringBuilder out = new StringBuilder();
        space(out, random);
        write(node, random, out);
        space(out, random);
        return out.toString();
    }

    private static void write(JsonNode node, Random random, StringBuilder out) {
        if (node.isObject()) {
            out.append('{');
            boolean first = true;
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!first) {
                    out.append(',');
                }
                first = false;
                space(out, random);
                out.append(field.getKey() == null ? "" : JsonNodeFactory.instance.textNode(field.getKey()).toString());
                space(out, random);
                out.append(':');
                space(out, random);
                write(field.getValue(), random, out);
                space(out, random);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                space(out, random);
                write(node.get(i), random, out);
                space(out, random);
            }
            out.append(']');
        } else {
            out.append(node.toString());
        }
    }

    private static void space(StringBuilder out, Random random) {
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            out.append(" \n\t\r".charAt(random.nextInt(4)));
        }
    }
}
