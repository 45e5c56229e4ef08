package org.microcred.core.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;
import org.microcred.core.keys.SignatureAlgorithm;
import org.microcred.core.keys.SigningKey;

/** The registry: explicit registration, discovery, input detection, and isolation from failing suites. */
class ProofSuitesTest {

    static final String ISSUER = "https://example.edu/issuers/565049";
    static final TestKeys.TestKey ED = TestKeys.ed25519(new byte[32], ISSUER + "#key-ed");
    static final ProofOptions OPTIONS = ProofOptions.builder().created(Instant.parse("2024-03-01T10:00:00Z")).build();

    /** A third-party suite, registered in META-INF/services for {@link ProofSuites#discovered()}. */
    public static final class DiscoverableSuite implements ProofSuite {
        @Override
        public String name() {
            return "test-suite-2026";
        }

        @Override
        public ProofFormat format() {
            return ProofFormat.EMBEDDED;
        }

        @Override
        public Set<SignatureAlgorithm> algorithms() {
            return Set.of(SignatureAlgorithm.EdDSA);
        }

        @Override
        public SecuredDocument secure(ObjectNode credential, SigningKey key, ProofOptions options) {
            throw new MicrocredException(ErrorCode.UNSUPPORTED_PROOF, "test suite");
        }

        @Override
        public boolean recognizes(ReceivedProof proof) {
            return proof instanceof ReceivedProof.Embedded
                    && "TestProof2026".equals(((ReceivedProof.Embedded) proof).type());
        }

        @Override
        public ProofResult verify(ReceivedProof proof, KeyResolver resolver, VerificationOptions options) {
            throw new IllegalStateException("boom");
        }
    }

    @Test
    void defaultsHoldEveryBuiltInSuite() {
        assertEquals(List.of("eddsa-rdfc-2022", "ecdsa-rdfc-2019", "vc-jwt", "Ed25519Signature2020", "eddsa-2022"),
                ProofSuites.defaults().suites().stream().map(ProofSuite::name).collect(Collectors.toList()));
        assertFalse(ProofSuites.ed25519Signature2020().canSign());
        assertFalse(ProofSuites.eddsa2022().canSign());
        assertTrue(ProofSuites.eddsaRdfc2022().canSign());
        assertEquals(Set.of(SignatureAlgorithm.ES256), ProofSuites.ecdsaRdfc2019().algorithms());
        assertEquals(Set.of(SignatureAlgorithm.RS256), ProofSuites.vcJwt(SignatureAlgorithm.RS256).algorithms());
        assertEquals(ProofFormat.ENVELOPED, ProofSuites.vcJwt().format());
    }

    @Test
    void discoveryAddsServiceLoaderSuites() {
        ProofSuites discovered = ProofSuites.discovered();
        assertTrue(discovered.find("test-suite-2026").isPresent());
        assertTrue(discovered.find("eddsa-rdfc-2022").isPresent());
        assertFalse(ProofSuites.defaults().find("test-suite-2026").isPresent());
    }

    @Test
    void registryOperations() {
        ProofSuites suites = ProofSuites.of(ProofSuites.vcJwt());
        assertThrows(IllegalArgumentException.class, () -> ProofSuites.of(ProofSuites.vcJwt(), ProofSuites.vcJwt()));
        ProofSuites more = suites.with(new DiscoverableSuite());
        assertEquals(2, more.suites().size());
        assertEquals(1, more.without("test-suite-2026").suites().size());
        ProofSuite restricted = ProofSuites.vcJwt(SignatureAlgorithm.RS256);
        assertEquals(Set.of(SignatureAlgorithm.RS256), suites.with(restricted).find("vc-jwt").orElseThrow().algorithms(),
                "with() replaces a suite of the same name");
    }

    @Test
    void aFailingSuiteBecomesAFailedResult() {
        ObjectNode doc = JwtTestSupport.obCredential();
        doc.putObject("proof").put("type", "TestProof2026");
        ProofVerification v = ProofSuites.of(new DiscoverableSuite()).verify(doc, KeyResolver.none());
        assertFalse(v.isValid());
        assertEquals(ProofProblem.MALFORMED, v.results().get(0).problem().orElseThrow());
        assertEquals("The test-suite-2026 suite failed on this proof: java.lang.IllegalStateException: boom",
                v.results().get(0).reason());
    }

    @Test
    void detectsTheInputForm() {
        ProofSuites suites = DataIntegrityVectorTest.REGISTRY;
        KeyResolver resolver = ED.resolver(ISSUER);
        ObjectNode signed = DataIntegrityVectorTest.EDDSA.secure(JwtTestSupport.obCredential(), ED.signer(), OPTIONS)
                .json().orElseThrow();
        assertEquals(ProofFormat.EMBEDDED, suites.verify("  " + signed + "\n", resolver).format());
        assertTrue(suites.verify(signed.toString(), resolver).isValid());

        String jwt = ProofSuites.vcJwt().secure(JwtTestSupport.obCredential(), ED.signer(), OPTIONS).text();
        assertTrue(suites.verify(jwt + "\n", resolver).isValid());
        assertTrue(suites.verify("\"" + jwt + "\"", resolver).isValid(), "a JSON string holding the JWT");

        ProofVerification garbage = suites.verify("hello", resolver);
        assertFalse(garbage.isValid());
        assertEquals("A compact JWS has 3 dot-separated parts; this one has 1", garbage.results().get(0).reason());

        ProofVerification broken = suites.verify("{\"a\":", resolver);
        assertFalse(broken.isValid());
        assertTrue(broken.reason().startsWith("Malformed JSON"), broken.reason());
        assertTrue(broken.results().isEmpty());

        ProofVerification noEnvelopeSuite = ProofSuites.of(DataIntegrityVectorTest.EDDSA).verify(jwt, resolver);
        assertEquals("No accepted suite checks enveloped proofs (accepted: eddsa-rdfc-2022)",
                noEnvelopeSuite.results().get(0).reason());
    }

    @Test
    void aJwtCarryingADataIntegrityProofReportsBoth() {
        ObjectNode withDi = DataIntegrityVectorTest.EDDSA.secure(JwtTestSupport.obCredential(), ED.signer(), OPTIONS)
                .json().orElseThrow();
        String jwt = ProofSuites.vcJwt().secure(withDi, ED.signer(), OPTIONS).text();
        ProofVerification v = DataIntegrityVectorTest.REGISTRY.verify(jwt, ED.resolver(ISSUER));
        assertTrue(v.isValid(), v::toString);
        assertEquals(2, v.results().size());
        assertEquals("JWT", v.results().get(0).proofType());
        assertEquals("DataIntegrityProof", v.results().get(1).proofType());
        assertTrue(v.results().get(1).isValid(), v::toString);
        assertEquals(withDi, v.credential().orElseThrow());
    }

    @Test
    void unpairedSurrogatesCannotBeSigned() {
        ObjectNode credential = JwtTestSupport.obCredential().put("name", "bad \uD800 text");
        MicrocredException e = assertThrows(MicrocredException.class,
                () -> ProofSuites.vcJwt().secure(credential, ED.signer(), OPTIONS));
        assertEquals(ErrorCode.INVALID_VALUE, e.code());
        assertEquals("The credential contains an unpaired UTF-16 surrogate, which UTF-8 cannot represent", e.getMessage());
        e = assertThrows(MicrocredException.class,
                () -> DataIntegrityVectorTest.EDDSA.secure(credential, ED.signer(), OPTIONS));
        assertEquals("The canonical N-Quads contains an unpaired UTF-16 surrogate, which UTF-8 cannot represent",
                e.getMessage());
    }
}
