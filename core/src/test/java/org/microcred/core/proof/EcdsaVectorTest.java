package org.microcred.core.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.microcred.core.json.Json;
import org.microcred.core.keys.MicrocredKeyPair;
import org.microcred.core.keys.SignatureAlgorithm;
import org.microcred.core.keys.SigningKeys;

/** The W3C vc-di-ecdsa {@code ecdsa-rdfc-2019} P-256 vector (see resources/w3c-vc-di-ecdsa/SOURCES.md). */
class EcdsaVectorTest {

    static String text(String name) throws IOException {
        try (InputStream in = EcdsaVectorTest.class.getResourceAsStream("/w3c-vc-di-ecdsa/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static ObjectNode json(String name) throws IOException {
        return (ObjectNode) Json.standard().parse(text(name));
    }

    @Test
    void verifiesTheSignedVector() throws IOException {
        ProofVerification v = DataIntegrityVectorTest.REGISTRY.verify(json("signedECDSAP256.json"),
                TestKeys.multikeyFragmentResolver());
        assertTrue(v.isValid(), v::toString);
        assertEquals("ecdsa-rdfc-2019", v.validProof().orElseThrow().suite().orElseThrow());
        assertEquals(SignatureAlgorithm.ES256, v.validProof().orElseThrow().algorithm().orElseThrow());
    }

    @Test
    void reproducesTheHashDataAndCanonicalProofConfig() throws IOException {
        ObjectNode config = json("proofConfigECDSAP256.json");
        JsonNode context = config.remove("@context");
        assertEquals(text("proofCanonECDSAP256.txt"), DataIntegrityVectorTest.PROOF_CONFIGS.canonicalize(config, context));
        byte[] hashData = ((DataIntegritySuite) DataIntegrityVectorTest.ECDSA).hashData(config, context, json("unsigned.json"));
        assertEquals(text("combinedHashECDSAP256.txt").strip(), HexFormat.of().formatHex(hashData));
    }

    @Test
    void signsWithThePublishedKeyAndVerifies() throws IOException {
        ObjectNode config = json("proofConfigECDSAP256.json");
        MicrocredKeyPair pair = MicrocredKeyPair.fromSecretKeyMultibase(json("p256KeyPair.json")
                .get("secretKeyMultibase").asText());
        ObjectNode signed = DataIntegrityVectorTest.ECDSA.secure(json("unsigned.json"),
                SigningKeys.of(pair, SignatureAlgorithm.ES256, config.get("verificationMethod").asText()),
                ProofOptions.builder().created(Instant.parse(config.get("created").asText())).build()).json().orElseThrow();
        ObjectNode expected = json("signedECDSAP256.json");
        ((ObjectNode) expected.get("proof")).remove("proofValue");
        ObjectNode actual = signed.deepCopy();
        ((ObjectNode) actual.get("proof")).remove("proofValue");
        assertEquals(expected, actual, "everything but the randomised signature is the vector's");
        assertTrue(DataIntegrityVectorTest.REGISTRY.verify(signed, TestKeys.multikeyFragmentResolver()).isValid());
        ((ObjectNode) signed.get("proof")).put("cryptosuite", "eddsa-rdfc-2022");
        assertFalse(DataIntegrityVectorTest.REGISTRY.verify(signed, TestKeys.multikeyFragmentResolver()).isValid());
    }
}
