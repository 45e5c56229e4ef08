package org.microcred.core.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;

/** Safe mode: nothing in a document may be silently left out of its canonical form. */
class SafeModeTest {

    private static final String OB = "1edtech-ob-impl-guide/obv3p0/unsigned.json";
    private static final String ALUMNI = "w3c-vc-di-eddsa/TestVectors/unsigned.json";

    private static MicrocredException fails(ObjectNode document) {
        return assertThrows(MicrocredException.class, () -> Canonicalizer.standard().canonicalize(document));
    }

    private static void assertMentions(MicrocredException e, String... parts) {
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "message should contain " + part + ": " + e.getMessage());
        }
    }

    @Test
    void undefinedPropertyIsNamedWithItsPath() {
        ObjectNode doc = (ObjectNode) Vectors.json(OB);
        ((ObjectNode) doc.get("credentialSubject")).put("favouriteColour", "green");
        MicrocredException e = fails(doc);
        assertEquals(ErrorCode.JSON_LD_FAILED, e.code());
        assertMentions(e, "favouriteColour", "$.credentialSubject.favouriteColour");
    }

    @Test
    void undefinedTypeValueIsNamedWithItsPath() {
        ObjectNode doc = (ObjectNode) Vectors.json(OB);
        ((ArrayNode) doc.get("type")).add("MysteryCredential");
        MicrocredException e = fails(doc);
        assertEquals(ErrorCode.JSON_LD_FAILED, e.code());
        assertMentions(e, "MysteryCredential", "$.type[2]");
    }

    @Test
    void undefinedNestedTypeValueIsRejected() {
        ObjectNode doc = (ObjectNode) Vectors.json(OB);
        ObjectNode achievement = (ObjectNode) doc.get("credentialSubject").get("achievement");
        achievement.set("type", doc.arrayNode().add("Achievement").add("Trophy"));
        MicrocredException e = fails(doc);
        assertEquals(ErrorCode.JSON_LD_FAILED, e.code());
        assertMentions(e, "Trophy", "$.credentialSubject.achievement.type[1]");
    }

    @Test
    void relativeIdIsRejected() {
        ObjectNode doc = (ObjectNode) Vectors.json(ALUMNI);
        ((ObjectNode) doc.get("credentialSubject")).put("id", "students/42");
        MicrocredException e = fails(doc);
        assertEquals(ErrorCode.JSON_LD_FAILED, e.code());
        assertMentions(e, "students/42", "$.credentialSubject.id");
    }

    @Test
    void relativeIriValueIsRejected() {
        ObjectNode doc = (ObjectNode) Vectors.json(ALUMNI);
        doc.put("issuer", "issuers/5678");
        MicrocredException e = fails(doc);
        assertEquals(ErrorCode.JSON_LD_FAILED, e.code());
        assertMentions(e, "issuers/5678", "$.issuer");
    }

    @Test
    void unknownKeywordIsRejected() {
        ObjectNode doc = (ObjectNode) Vectors.json(ALUMNI);
        ((ObjectNode) doc.get("credentialSubject")).put("@secret", "x");
        MicrocredException e = fails(doc);
        assertEquals(ErrorCode.JSON_LD_FAILED, e.code());
        assertMentions(e, "@secret", "$.credentialSubject['@secret']");
    }

    @Test
    void relativeDatatypeIsRejected() {
        ObjectNode doc = (ObjectNode) Vectors.json(OB);
        ObjectNode value = doc.objectNode().put("@value", "x").put("@type", "myType");
        ((ObjectNode) doc.get("credentialSubject").get("achievement")).set("name", value);
        MicrocredException e = fails(doc);
        assertEquals(ErrorCode.JSON_LD_FAILED, e.code());
        assertMentions(e, "myType", "$.credentialSubject.achievement.name['@type']");
    }

    @Test
    void absoluteIrisAndDefinedTermsPass() {
        ObjectNode doc = (ObjectNode) Vectors.json(ALUMNI);
        ((ObjectNode) doc.get("credentialSubject")).put("https://example.org/vocab#extra", "kept");
        String nquads = Canonicalizer.standard().canonicalize(doc);
        assertTrue(nquads.contains("<https://example.org/vocab#extra> \"kept\""), nquads);
    }

    @Test
    void malformedLanguageTagIsRejected() {
        ObjectNode doc = (ObjectNode) Vectors.json(OB);
        ObjectNode value = doc.objectNode().put("@value", "x").put("@language", "not a tag");
        ((ObjectNode) doc.get("credentialSubject").get("achievement")).set("name", value);
        MicrocredException e = fails(doc);
        assertEquals(ErrorCode.JSON_LD_FAILED, e.code());
        assertMentions(e, "not a tag", "$.credentialSubject.achievement.name['@language']");
    }

    @Test
    void baseDirectionIsRejected() {
        ObjectNode doc = (ObjectNode) Vectors.json(OB);
        ObjectNode value = doc.objectNode().put("@value", "x").put("@language", "ar").put("@direction", "rtl");
        ((ObjectNode) doc.get("credentialSubject").get("achievement")).set("name", value);
        MicrocredException e = fails(doc);
        assertEquals(ErrorCode.JSON_LD_FAILED, e.code());
        assertMentions(e, "rtl");
    }

    @Test
    void indexIsRejected() {
        ObjectNode doc = (ObjectNode) Vectors.json(OB);
        ObjectNode value = doc.objectNode().put("@value", "x").put("@index", "hidden-key");
        ((ObjectNode) doc.get("credentialSubject").get("achievement")).set("name", value);
        MicrocredException e = fails(doc);
        assertEquals(ErrorCode.JSON_LD_FAILED, e.code());
        assertMentions(e, "hidden-key");
    }

    @Test
    void wellFormedLanguageTagPasses() {
        ObjectNode doc = (ObjectNode) Vectors.json(OB);
        ObjectNode value = doc.objectNode().put("@value", "Abzeichen").put("@language", "de-CH");
        ((ObjectNode) doc.get("credentialSubject").get("achievement")).set("name", value);
        String nquads = Canonicalizer.standard().canonicalize(doc);
        assertTrue(nquads.contains("\"Abzeichen\"@de-ch"), nquads);
    }

    @Test
    void tinyTimeBudgetEndsWithTheBudgetError() {
        Canonicalizer hurried = Canonicalizer.builder().timeBudget(java.time.Duration.ofNanos(1)).build();
        MicrocredException e = assertThrows(MicrocredException.class, () -> hurried.canonicalize(Vectors.json(OB)));
        assertEquals(ErrorCode.CANONICALIZATION_BUDGET_EXCEEDED, e.code());
    }

    @Test
    void protectedTermRedefinitionNamesTheTerm() {
        ObjectNode doc = (ObjectNode) Vectors.json(ALUMNI);
        ObjectNode inline = doc.objectNode().put("name", "https://example.org/my#name");
        ((ArrayNode) doc.get("@context")).add(inline);
        MicrocredException e = fails(doc);
        assertEquals(ErrorCode.JSON_LD_FAILED, e.code());
        assertMentions(e, "\"name\"", "protected");
    }

    @Test
    void protectedTermRedefinitionByARegisteredContextNamesContextAndTerm() {
        String url = "https://example.org/conflict/v1";
        ContextRegistry registry = ContextRegistry.builder().registerAll(ContextRegistry.bundled())
                .register(url, "{\"@context\": {\"other\": \"https://example.org/o\", \"name\": \"https://example.org/n\"}}"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .build();
        ObjectNode doc = (ObjectNode) Vectors.json(ALUMNI);
        ((ArrayNode) doc.get("@context")).add(url);
        MicrocredException e = assertThrows(MicrocredException.class,
                () -> Canonicalizer.builder().registry(registry).build().canonicalize(doc));
        assertEquals(ErrorCode.JSON_LD_FAILED, e.code());
        assertMentions(e, url, "\"name\"");
    }

    @Test
    void overlyDeepDocumentIsALimitError() {
        ObjectNode doc = (ObjectNode) Vectors.json(ALUMNI);
        ObjectNode deepest = (ObjectNode) doc.get("credentialSubject");
        for (int i = 0; i < 300; i++) {
            deepest = deepest.putObject("https://example.org/vocab#nested");
        }
        MicrocredException e = fails(doc);
        assertEquals(ErrorCode.LIMIT_EXCEEDED, e.code());
    }

    @Test
    void scalarDocumentIsRejected() {
        MicrocredException e = assertThrows(MicrocredException.class,
                () -> Canonicalizer.standard().canonicalize(com.fasterxml.jackson.databind.node.TextNode.valueOf("x")));
        assertEquals(ErrorCode.INVALID_VALUE, e.code());
    }

    @Test
    void isAbsoluteIriAcceptsSchemesOnly() {
        assertTrue(SafeMode.isAbsoluteIri("urn:uuid:1"));
        assertTrue(SafeMode.isAbsoluteIri("did:key:z6Mk#z6Mk"));
        assertTrue(SafeMode.isAbsoluteIri("https://example.org/a?b=c"));
        assertTrue(!SafeMode.isAbsoluteIri("relative/path"));
        assertTrue(!SafeMode.isAbsoluteIri(":x"));
        assertTrue(!SafeMode.isAbsoluteIri("1http://x"));
        assertTrue(!SafeMode.isAbsoluteIri("http://exa mple.org"));
    }
}
