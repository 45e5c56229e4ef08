package org.microcred.core.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.microcred.core.json.Json;

/**
 * Credentials from the 1EdTech validator's own fixtures (see
 * {@code src/test/resources/1edtech-validator/SOURCES.md}): VC 1.1 era proofs a verifier must
 * still accept.
 */
class LegacyFixtureTest {

    static ObjectNode fixture(String name) throws IOException {
        try (InputStream in = LegacyFixtureTest.class.getResourceAsStream("/1edtech-validator/" + name)) {
            return (ObjectNode) Json.standard().parse(in.readAllBytes());
        }
    }

    @Test
    void verifiesAnEd25519Signature2020OpenBadgeOnVc11() throws IOException {
        ProofVerification v = DataIntegrityVectorTest.REGISTRY.verify(fixture("simple_v1.json"),
                TestKeys.multikeyFragmentResolver());
        assertTrue(v.isValid(), v::toString);
        assertEquals("Ed25519Signature2020", v.validProof().orElseThrow().suite().orElseThrow());
        assertEquals("https://example.com/issuers/876543",
                v.validProof().orElseThrow().key().orElseThrow().controller());
    }

    @Test
    void oneValidProofOfASetSufficesAndTheUnknownOneIsReported() throws IOException {
        ProofVerification v = DataIntegrityVectorTest.REGISTRY.verify(fixture("simple-multiple-proofs.json"),
                TestKeys.multikeyFragmentResolver());
        assertTrue(v.isValid(), v::toString);
        assertEquals(2, v.results().size());
        ProofResult unknown = v.results().get(0);
        assertFalse(unknown.isValid());
        assertEquals(ProofProblem.UNSUPPORTED, unknown.problem().orElseThrow());
        assertTrue(unknown.reason().startsWith("No accepted suite for proof[0] of type 'SomeProofType' (accepted: "),
                unknown.reason());
        assertTrue(v.results().get(1).isValid());
    }

    @Test
    void verifiesALegacyEddsa2022Proof() throws IOException {
        ProofVerification v = DataIntegrityVectorTest.REGISTRY.verify(fixture("simple-eddsa-2022.json"),
                TestKeys.multikeyFragmentResolver());
        assertTrue(v.isValid(), v::toString);
        assertEquals("eddsa-2022", v.validProof().orElseThrow().suite().orElseThrow());
    }

    @Test
    void withoutTheLegacySuitesTheyAreUnsupported() throws IOException {
        ProofVerification v = ProofSuites.of(DataIntegrityVectorTest.EDDSA).verify(fixture("simple-eddsa-2022.json"),
                TestKeys.multikeyFragmentResolver());
        assertFalse(v.isValid());
        assertEquals("No accepted suite for proof of type 'DataIntegrityProof' with cryptosuite 'eddsa-2022' "
                + "(accepted: eddsa-rdfc-2022)", v.results().get(0).reason());
    }
}
