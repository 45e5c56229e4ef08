package org.microcred.core.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Byte-exact reproduction of published Data Integrity vectors: W3C vc-di-eddsa
 * ({@code TestVectors/eddsa-rdfc-2022}, {@code Ed25519Signature2020}, {@code proof-set-chain}) and
 * the 1EdTech OB 3.0 / CLR 2.0 implementation-guide vectors.
 */
class DataIntegrityVectorTest {

    static final ProofConfigCanonicalizer PROOF_CONFIGS = new ProofConfigCanonicalizer(CountingCanonicalization.INSTANCE);
    static final ProofSuite EDDSA = DataIntegritySuite.eddsaRdfc2022(CountingCanonicalization.INSTANCE, PROOF_CONFIGS);
    static final ProofSuite ED2020 = DataIntegritySuite.ed25519Signature2020(CountingCanonicalization.INSTANCE, PROOF_CONFIGS);
    static final ProofSuite EDDSA_2022 = DataIntegritySuite.eddsa2022(CountingCanonicalization.INSTANCE, PROOF_CONFIGS);
    static final ProofSuite ECDSA = DataIntegritySuite.ecdsaRdfc2019(CountingCanonicalization.INSTANCE, PROOF_CONFIGS);
    static final ProofSuites REGISTRY = ProofSuites.of(EDDSA, ECDSA, ED2020, EDDSA_2022, ProofSuites.vcJwt());

    private static final String W3C = "w3c-vc-di-eddsa/TestVectors/";

    private static String withNewline(String text) {
        return text.endsWith("\n") ? text : text + "\n";
    }

    @Test
    void reproducesW3cEddsaRdfc2022ProofValue() {
        ObjectNode unsigned = Vectors.json(W3C + "unsigned.json");
        ObjectNode config = Vectors.json(W3C + "eddsa-rdfc-2022/proofConfigDataInt.json");
        String secret = Vectors.json(W3C + "keyPair.json").get("privateKeyMultibase").asText();
        TestKeys.TestKey key = TestKeys.ed25519FromMultibase(secret, config.get("verificationMethod").asText());

        SecuredDocument secured = EDDSA.secure(unsigned, key.signer(),
                ProofOptions.builder().created(Instant.parse(config.get("created").asText())).build());

        ObjectNode json = secured.json().orElseThrow();
        assertEquals(Vectors.text(W3C + "eddsa-rdfc-2022/sigBTC58DataInt.txt").strip(),
                json.get("proof").get("proofValue").asText());
        assertEquals(Vectors.json(W3C + "eddsa-rdfc-2022/signedDataInt.json"), json);
        assertEquals(Vectors.json(W3C + "unsigned.json"), unsigned, "the input is not modified");
    }

    @Test
    void w3cHashesAndCanonicalProofConfigMatch() {
        ObjectNode unsigned = Vectors.json(W3C + "unsigned.json");
        ObjectNode config = Vectors.json(W3C + "eddsa-rdfc-2022/proofConfigDataInt.json");
        JsonNode context = config.remove("@context");
        String expected = withNewline(Vectors.text(W3C + "eddsa-rdfc-2022/proofCanonDataInt.txt"));
        assertEquals(expected, PROOF_CONFIGS.canonicalize(config, context));
        assertEquals(expected, PROOF_CONFIGS.canonicalizeFully(config, context));
        ProofConfigTemplateProperties.learn(PROOF_CONFIGS, config, context);
        assertTrue(PROOF_CONFIGS.rendersFromTemplate(config, context));
        assertEquals(expected, PROOF_CONFIGS.canonicalize(config, context));
        byte[] hashData = ((DataIntegritySuite) EDDSA).hashData(config, context, unsigned);
        assertEquals(Vectors.text(W3C + "eddsa-rdfc-2022/combinedHashDataInt.txt").strip(),
                HexFormat.of().formatHex(hashData));
    }

    @Test
    void verifiesW3cSignedEddsaRdfc2022() {
        ProofVerification v = REGISTRY.verify(Vectors.json(W3C + "eddsa-rdfc-2022/signedDataInt.json"),
                TestKeys.multikeyFragmentResolver());
        assertTrue(v.isValid(), v::toString);
        ProofResult r = v.results().get(0);
        assertEquals("eddsa-rdfc-2022", r.suite().orElseThrow());
        assertEquals("did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2",
                r.verificationMethod().orElseThrow());
        assertEquals("did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2",
                r.key().orElseThrow().controller());
    }

    @Test
    void verifiesW3cEd25519Signature2020() {
        ProofVerification v = REGISTRY.verify(Vectors.json(W3C + "Ed25519Signature2020/signedEdSig.json"),
                TestKeys.multikeyFragmentResolver());
        assertTrue(v.isValid(), v::toString);
        assertEquals("Ed25519Signature2020", v.results().get(0).suite().orElseThrow());
    }

    @Test
    void ed25519Signature2020RequiresItsContext() {
        ObjectNode doc = Vectors.json(W3C + "Ed25519Signature2020/signedEdSig.json");
        ((com.fasterxml.jackson.databind.node.ArrayNode) doc.get("@context")).remove(2);
        ProofVerification v = REGISTRY.verify(doc, TestKeys.multikeyFragmentResolver());
        assertFalse(v.isValid());
        assertEquals(ProofProblem.OPTIONS_INVALID, v.results().get(0).problem().orElseThrow());
        assertEquals("The document's @context does not include https://w3id.org/security/suites/ed25519-2020/v1, "
                + "which Ed25519Signature2020 proofs require", v.results().get(0).reason());
    }

    @ParameterizedTest
    @CsvSource({"signedProofSet1.json, 1", "signedProofSet2.json, 2", "signedProofChain1.json, 3",
            "signedProofChain2.json, 4"})
    void verifiesW3cProofSetsAndChains(String file, int proofs) {
        ProofVerification v = REGISTRY.verify(Vectors.json(W3C + "proof-set-chain/" + file),
                TestKeys.multikeyFragmentResolver());
        assertTrue(v.isValid(), v::toString);
        assertTrue(v.results().stream().allMatch(ProofResult::isValid), v::toString);
        assertEquals(proofs, v.results().size(), v::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"obv3p0", "clrv2p0"})
    void reproduces1EdTechImplGuideVector(String dir) {
        String base = "1edtech-ob-impl-guide/" + dir + "/";
        ObjectNode unsigned = Vectors.json(base + "unsigned.json");
        ObjectNode proof = Vectors.json(base + "proof.json");
        ObjectNode keys = Vectors.json(base + "key-and-hashes.json");
        TestKeys.TestKey key = TestKeys.ed25519FromHex(keys.get("privateKeyHex").asText(),
                proof.get("verificationMethod").asText());

        SecuredDocument secured = EDDSA.secure(unsigned, key.signer(),
                ProofOptions.builder().created(Instant.parse(proof.get("created").asText())).build());

        ObjectNode json = secured.json().orElseThrow();
        assertEquals(proof, json.get("proof"));
        assertEquals(keys.get("proofValue").asText(), json.get("proof").get("proofValue").asText());

        ObjectNode options = proof.deepCopy();
        options.remove("proofValue");
        byte[] hashData = ((DataIntegritySuite) EDDSA).hashData(options, unsigned.get("@context"), unsigned);
        assertEquals(keys.get("dataToSignHex").asText(), HexFormat.of().formatHex(hashData));
        assertEquals(Vectors.text(base + "proof-canon.txt"), PROOF_CONFIGS.canonicalize(options, unsigned.get("@context")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"obv3p0", "clrv2p0"})
    void verifies1EdTechImplGuideSignedCredential(String dir) {
        ObjectNode signed = Vectors.json("1edtech-ob-impl-guide/" + dir + "/signed.json");
        ProofVerification v = REGISTRY.verify(signed, TestKeys.multikeyFragmentResolver());
        assertTrue(v.isValid(), v::toString);
        ProofResult r = v.validProof().orElseThrow();
        assertEquals("https://example.edu/issuers/565049", r.key().orElseThrow().controller());
        assertEquals(signed, v.credential().orElseThrow());
    }
}
