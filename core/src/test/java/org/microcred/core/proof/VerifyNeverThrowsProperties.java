package org.microcred.core.proof;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Verification never throws on bad input, and never says "valid" for garbage. */
class VerifyNeverThrowsProperties {

    static final ProofSuites SUITES = DataIntegrityVectorTest.REGISTRY;
    static final KeyResolver RESOLVER = TestKeys.multikeyFragmentResolver();

    @Property(tries = 300)
    void arbitraryTextIsReportedNotThrown(@ForAll("texts") String text) {
        ProofVerification v = SUITES.verify(text, RESOLVER);
        assertNotNull(v.reason());
        assertFalse(v.isValid(), text);
        assertNoInternalFailure(v);
    }

    /** A suite that threw is caught by the registry, but it is a bug: every problem must be diagnosed. */
    private static void assertNoInternalFailure(ProofVerification v) {
        for (ProofResult r : v.results()) {
            assertFalse(r.reason().contains("suite failed on this proof"), r::toString);
        }
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> segment = Arbitraries.strings().withCharRange('A', 'z').numeric().withChars('-', '_', '=', '+')
                .ofMaxLength(40);
        Arbitrary<String> jsonSegment = Arbitraries.of("{\"alg\":\"EdDSA\",\"kid\":\"did:key:z6Mk#z6Mk\"}",
                "{\"alg\":\"none\"}", "{\"alg\":\"ES256\",\"jwk\":{\"kty\":\"EC\"}}", "[]", "{}", "{\"vc\":1}",
                "{\"alg\":\"RS256\",\"kid\":5}", "{\"@context\":[],\"iss\":{}}")
                .map(j -> java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(j.getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)));
        Arbitrary<String> part = Arbitraries.oneOf(segment, jsonSegment);
        return Arbitraries.oneOf(
                part.list().ofMinSize(1).ofMaxSize(5).map(parts -> String.join(".", parts)),
                Arbitraries.strings().ofMaxLength(60),
                Arbitraries.strings().ofMaxLength(40).map(s -> "{" + s),
                Arbitraries.of("{}", "{\"proof\":null}", "{\"proof\":[]}", "{\"proof\":{}}", "\"\"", "{\"proof\":[1,{}]}"));
    }

    @Property(tries = 300)
    void arbitraryProofsAreReportedNotThrown(@ForAll("documents") ObjectNode document) {
        ProofVerification v = SUITES.verify(document, RESOLVER);
        assertNotNull(v.reason());
        assertFalse(v.isValid(), document::toString);
        assertNoInternalFailure(v);
    }

    @Provide
    Arbitrary<ObjectNode> documents() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        Arbitrary<JsonNode> value = Arbitraries.oneOf(
                Arbitraries.of("DataIntegrityProof", "Ed25519Signature2020", "eddsa-rdfc-2022", "ecdsa-rdfc-2019",
                        "eddsa-2022", "assertionMethod", "2024-01-01T00:00:00Z", "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK#z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK",
                        "z3FXQqFwbZxKBxGxqFpCDabfxd6kYzGrj9GsTvJvYsLGZ6VRZ6qpRTKNvRaYqV6FdBuMrtf3Z7ab2uGnGxyD5c4Hj",
                        "zzz", "", "urn:x").map(s -> (JsonNode) TextNode.valueOf(s)),
                Arbitraries.integers().map(i -> (JsonNode) f.numberNode(i)),
                Arbitraries.just((JsonNode) f.nullNode()),
                Arbitraries.just((JsonNode) f.arrayNode().add("urn:a")));
        Arbitrary<ObjectNode> proof = Arbitraries.maps(Arbitraries.of("type", "cryptosuite", "created",
                "verificationMethod", "proofPurpose", "proofValue", "previousProof", "expires", "id", "@context"), value)
                .ofMaxSize(10).map(m -> {
                    ObjectNode o = f.objectNode();
                    m.forEach(o::set);
                    return o;
                });
        return Combinators.combine(CredentialArbitraries.credentials(), proof.list().ofMinSize(1).ofMaxSize(3),
                Arbitraries.of(true, false)).as((credential, proofs, asArray) -> {
                    ObjectNode doc = credential.deepCopy();
                    if (asArray || proofs.size() > 1) {
                        doc.putArray("proof").addAll(List.copyOf(proofs));
                    } else {
                        doc.set("proof", proofs.get(0));
                    }
                    return doc;
                });
    }
}
