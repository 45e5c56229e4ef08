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
