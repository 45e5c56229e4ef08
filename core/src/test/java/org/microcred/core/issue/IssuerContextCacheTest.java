package org.microcred.core.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.microcred.core.jsonld.Canonicalizer;
import org.microcred.core.keys.SignatureAlgorithm;
import org.microcred.core.proof.ProofSuites;

/**
 * Issuing many credentials loads and parses each JSON-LD context once: the canonicalizer the
 * issuer and its suite share caches them. Reads the canonicalizer's package-private test counters
 * reflectively (tests run on the class path).
 */
class IssuerContextCacheTest {

    private static long counter(Canonicalizer canonicalizer, String name) throws ReflectiveOperationException {
        Method method = Canonicalizer.class.getDeclaredMethod(name);
        method.setAccessible(true);
        return ((Number) method.invoke(canonicalizer)).longValue();
    }

    @Test
    void noContextIsReloadedPerCredential() throws ReflectiveOperationException {
        for (boolean jwt : new boolean[] {false, true}) {
            Canonicalizer canonicalizer = Canonicalizer.builder().build();
            Issuer issuer = Fixtures.issuer(Fixtures.ED25519, SignatureAlgorithm.EdDSA, jwt
                    ? ProofSuites.vcJwt(SignatureAlgorithm.EdDSA) : ProofSuites.eddsaRdfc2022(canonicalizer))
                    .canonicalizer(canonicalizer).build();
            issuer.issue(Fixtures.badge("did:example:warm-up"));
            long loads = counter(canonicalizer, "loaderCalls");
            long parses = counter(canonicalizer, "contextParses");
            assertTrue(parses > 0, "the warm-up parsed the contexts");

            BatchSummary summary = issuer.issueAll(IntStream.range(0, 50)
                    .mapToObj(i -> (IssueRequest) Fixtures.badge("did:example:learner-" + i)).toList(),
                    BatchOptions.builder().parallelism(2).build(), r -> assertTrue(r.isIssued()));

            assertEquals(50, summary.issued());
            assertEquals(loads, counter(canonicalizer, "loaderCalls"), "no context loaded again (jwt=" + jwt + ")");
            assertEquals(parses, counter(canonicalizer, "contextParses"), "no context parsed again (jwt=" + jwt + ")");
        }
    }
}
