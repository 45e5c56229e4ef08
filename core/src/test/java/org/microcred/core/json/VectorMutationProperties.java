package org.microcred.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.microcred.core.model.Credential;

/** Unknown properties and nulls added anywhere in a spec vector survive a read/write round trip. */
class VectorMutationProperties {

    private static final List<JsonNode> VECTORS = Vectors.credentialFiles().stream().map(Vectors::parse).toList();

    @Provide
    Arbitrary<JsonNode> extraValues() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(10).map(JsonNodeFactory.instance::textNode),
                Arbitraries.integers().map(JsonNodeFactory.instance::numberNode),
                Arbitraries.just(JsonNodeFactory.instance.nullNode()),
                Arbitraries.just(JsonNodeFactory.instance.arrayNode()),
                Arbitraries.just(JsonNodeFactory.instance.objectNode().put("nested", 1.50)));
    }

    @Property(tries = 300)
    void anAddedUnknownPropertyIsKeptAndWrittenBack(@ForAll @IntRange(min = 0, max = 10_000) int vector,
            @ForAll @IntRange(min = 0, max = 10_000) int target, @ForAll("extraValues") JsonNode value) {
        ObjectNode document = (ObjectNode) VECTORS.get(vector % VECTORS.size()).deepCopy();
        Credential before = CredentialJson.read(document);
        List<ObjectNode> objects = new ArrayList<>();
        collectObjects(document, objects);
        objects.get(target % objects.size()).set("x-added-by-test", value);
        Credential after = CredentialJson.read(document);
        assertEquals(document, CredentialJson.write(after));
        assertNotEquals(before, after);
    }

    private static void collectObjects(JsonNode node, List<ObjectNode> out) {
        if (node instanceof ObjectNode o) {
            out.add(o);
        }
        node.forEach(child -> collectObjects(child, out));
    }
}
