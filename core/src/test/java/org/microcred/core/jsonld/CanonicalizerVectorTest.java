package org.microcred.core.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Byte-exact canonical N-Quads of the published Data Integrity and 1EdTech vectors. */
class CanonicalizerVectorTest {

    private static final String EDDSA = "w3c-vc-di-eddsa/TestVectors/";
    private static final String ONE_ED = "1edtech-ob-impl-guide/";

    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of(EDDSA + "unsigned.json", EDDSA + "eddsa-rdfc-2022/canonDocDataInt.txt"),
                Arguments.of(EDDSA + "Ed25519Signature2020/signedEdSig.json", EDDSA + "Ed25519Signature2020/canonDocEdSig.txt"),
                Arguments.of(ONE_ED + "obv3p0/unsigned.json", ONE_ED + "obv3p0/document-canon.txt"),
                Arguments.of(ONE_ED + "clrv2p0/unsigned.json", ONE_ED + "clrv2p0/document-canon.txt"),
                Arguments.of(ONE_ED + "obv3p0/signed.json", ONE_ED + "obv3p0/document-canon.txt"),
                Arguments.of(ONE_ED + "clrv2p0/signed.json", ONE_ED + "clrv2p0/document-canon.txt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void documentCanonicalFormIsByteExact(String document, String expected) {
        ObjectNode doc = (ObjectNode) Vectors.json(document);
        doc.remove("proof");
        assertEquals(Vectors.text(expected), Canonicalizer.standard().canonicalize(doc));
    }

    static Stream<Arguments> proofConfigurations() {
        return Stream.of(
                // proof configuration file, document whose @context applies, expected
                Arguments.of(EDDSA + "eddsa-rdfc-2022/proofConfigDataInt.json", EDDSA + "unsigned.json",
                        EDDSA + "eddsa-rdfc-2022/proofCanonDataInt.txt"),
                Arguments.of(EDDSA + "Ed25519Signature2020/proofConfigEdSig.json",
                        EDDSA + "Ed25519Signature2020/signedEdSig.json", EDDSA + "Ed25519Signature2020/proofCanonEdSig.txt"),
                Arguments.of(ONE_ED + "obv3p0/proof.json", ONE_ED + "obv3p0/unsigned.json", ONE_ED + "obv3p0/proof-canon.txt"),
                Arguments.of(ONE_ED + "clrv2p0/proof.json", ONE_ED + "clrv2p0/unsigned.json", ONE_ED + "clrv2p0/proof-canon.txt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("proofConfigurations")
    void proofConfigurationCanonicalFormIsByteExact(String proof, String document, String expected) {
        ObjectNode config = (ObjectNode) Vectors.json(proof);
        config.remove("proofValue");
        JsonNode context = Vectors.json(document).get("@context");
        assertEquals(Vectors.text(expected), Canonicalizer.standard().canonicalize(config, context));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("proofConfigurations")
    void proofConfigurationWithOwnContextGivesTheSameBytes(String proof, String document, String expected) {
        ObjectNode config = (ObjectNode) Vectors.json(proof);
        config.remove("proofValue");
        config.set("@context", Vectors.json(document).get("@context"));
        assertEquals(Vectors.text(expected), Canonicalizer.standard().canonicalize(config));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void withoutProofNeedsNoCopy(String document, String expected) {
        JsonNode doc = Vectors.json(document);
        String before = doc.toString();
        assertEquals(Vectors.text(expected), Canonicalizer.standard().canonicalizeWithoutProof(doc));
        assertEquals(before, doc.toString(), "the document must not be modified");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("proofConfigurations")
    void proofConfigurationLeavesOutProofValue(String proof, String document, String expected) {
        JsonNode config = Vectors.json(proof);
        JsonNode context = Vectors.json(document).get("@context");
        assertEquals(Vectors.text(expected), Canonicalizer.standard().canonicalizeProofConfiguration(config, context));
    }

    @org.junit.jupiter.api.Test
    void signedVectorsCarryTheirProofInside() {
        // the proof of a signed document is not signed over itself: leaving it in changes the result
        JsonNode signed = Vectors.json(ONE_ED + "obv3p0/signed.json");
        org.junit.jupiter.api.Assertions.assertNotEquals(Vectors.text(ONE_ED + "obv3p0/document-canon.txt"),
                Canonicalizer.standard().canonicalize(signed));
    }
}
