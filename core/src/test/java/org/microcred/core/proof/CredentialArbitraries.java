package org.microcred.core.proof;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Arbitrary credentials over the VC 2.0 + W3C examples contexts (whose {@code @vocab} defines every
 * extra term, so JSON-LD safe mode accepts them), and single-leaf mutations of JSON trees.
 */
final class CredentialArbitraries {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private CredentialArbitraries() {
    }

    static Arbitrary<String> text() {
        return Arbitraries.strings().withCharRange('a', 'z').withChars(' ', '-', '\u00e9', '"', '\\', '\n', '\u20ac', '~')
                .ofMinLength(1).ofMaxLength(12)
                .map(s -> s.replace("~", "\uD83D\uDE00"));
    }

    static Arbitrary<String> term() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8).map(s -> "x" + s);
    }

    static Arbitrary<String> dateTime() {
        return Combinators.combine(Arbitraries.integers().between(1970, 2099), Arbitraries.integers().between(1, 12),
                Arbitraries.integers().between(1, 28), Arbitraries.integers().between(0, 23),
                Arbitraries.integers().between(0, 59), Arbitraries.integers().between(0, 59))
                .as((y, mo, d, h, mi, s) -> String.format("%04d-%02d-%02dT%02d:%02d:%02dZ", y, mo, d, h, mi, s));
    }

    static Arbitrary<JsonNode> leaf() {
        return Arbitraries.oneOf(text().map(TextNode::valueOf), Arbitraries.integers().between(-1000, 100000)
                .map(i -> (JsonNode) F.numberNode(i)), Arbitraries.of(true, false).map(b -> (JsonNode) F.booleanNode(b)));
    }

    static Arbitrary<ObjectNode> claims(int depth) {
        Arbitrary<JsonNode> value = depth <= 0 ? leaf()
                : Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, leaf()),
                        net.jqwik.api.Tuple.of(1, Arbitraries.lazy(() -> claims(depth - 1)).map(o -> (JsonNode) o)));
        return Arbitraries.maps(term(), value).ofMinSize(1).ofMaxSize(4).map(m -> {
            ObjectNode o = F.objectNode();
            m.forEach(o::set);
            return o;
        });
    }

    /** A VC 2.0 credential with an id, issuer (URL or object), validFrom and a subject with claims. */
    static Arbitrary<ObjectNode> credentials() {
        Arbitrary<String> id = Arbitraries.strings().withCharRange('a', 'f').numeric().ofLength(12)
                .map(s -> "urn:uuid:00000000-0000-4000-8000-" + s);
        Arbitrary<JsonNode> issuer = Arbitraries.of(true, false).flatMap(asObject -> asObject
                ? text().map(name -> (JsonNode) F.objectNode().put("id", "https://issuer.example/" + name.length())
                        .put("name", name))
                : Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10)
                        .map(s -> (JsonNode) TextNode.valueOf("https://issuer.example/" + s)));
        Arbitrary<String> subjectId = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(16)
                .map(s -> "did:example:" + s);
        return Combinators.combine(id, issuer, dateTime(), subjectId, claims(2), Arbitraries.of(true, false))
                .as((credentialId, iss, from, sub, claims, withUntil) -> {
                    ObjectNode c = F.objectNode();
                    c.putArray("@context").add("https://www.w3.org/ns/credentials/v2")
                            .add("https://www.w3.org/ns/credentials/examples/v2");
                    c.put("id", credentialId);
                    c.putArray("type").add("VerifiableCredential").add("ExampleCredential");
                    c.set("issuer", iss);
                    c.put("validFrom", from);
                    if (withUntil) {
                        c.put("validUntil", "2199-01-01T00:00:00Z");
                    }
                    ObjectNode subject = claims.deepCopy();
                    subject.put("id", sub);
                    c.set("credentialSubject", subject);
                    return c;
                });
    }

    /** Every copy of the tree with exactly one leaf changed to a different value of the same kind. */
    static List<ObjectNode> leafMutations(ObjectNode tree) {
        List<ObjectNode> out = new ArrayList<>();
        collect(tree, tree, new ArrayList<>(), out);
        return out;
    }

    private static void collect(ObjectNode root, JsonNode node, List<Object> path, List<ObjectNode> out) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                List<Object> p = new ArrayList<>(path);
                p.add(f.getKey());
                collect(root, f.getValue(), p, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                List<Object> p = new ArrayList<>(path);
                p.add(i);
                collect(root, node.get(i), p, out);
            }
        } else {
            ObjectNode copy = root.deepCopy();
            replace(copy, path, changed(node));
            out.add(copy);
        }
    }

    static JsonNode changed(JsonNode leaf) {
        if (leaf.isTextual()) {
            return TextNode.valueOf(leaf.asText() + "x");
        }
        if (leaf.isBoolean()) {
            return F.booleanNode(!leaf.asBoolean());
        }
        if (leaf.isNumber()) {
            return F.numberNode(leaf.decimalValue().add(java.math.BigDecimal.ONE));
        }
        return TextNode.valueOf("x");
    }

    private static void replace(JsonNode root, List<Object> path, JsonNode value) {
        JsonNode parent = root;
        for (int i = 0; i < path.size() - 1; i++) {
            Object step = path.get(i);
            parent = step instanceof Integer ? parent.get((Integer) step) : parent.get((String) step);
        }
        Object last = path.get(path.size() - 1);
        if (last instanceof Integer) {
            ((ArrayNode) parent).set((Integer) last, value);
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
    }
}
