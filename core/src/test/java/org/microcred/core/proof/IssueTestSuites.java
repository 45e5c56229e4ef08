package org.microcred.core.proof;

import org.microcred.core.jsonld.Canonicalizer;

/**
 * Test-only bridge for the issue package's tests: the Data Integrity suites over the real
 * {@link Canonicalizer} (jsonld branch), while {@link Canonicalizations#standard()} is still a
 * placeholder. Delete it, and use {@link ProofSuites#eddsaRdfc2022()} /
 * {@link ProofSuites#ecdsaRdfc2019()} directly, once the proof package is wired to the canonicalizer.
 */
public final class IssueTestSuites {

    private static final Canonicalization CANONICAL = document -> Canonicalizer.standard().canonicalize(document);
    private static final ProofConfigCanonicalizer CONFIGS = new ProofConfigCanonicalizer(CANONICAL);

    private IssueTestSuites() {
    }

    /** @return eddsa-rdfc-2022 over the standard canonicalizer */
    public static ProofSuite eddsaRdfc2022() {
        return DataIntegritySuite.eddsaRdfc2022(CANONICAL, CONFIGS);
    }

    /** @return ecdsa-rdfc-2019 over the standard canonicalizer */
    public static ProofSuite ecdsaRdfc2019() {
        return DataIntegritySuite.ecdsaRdfc2019(CANONICAL, CONFIGS);
    }

    /** @return a registry of those suites plus VC-JWT (all algorithms), for verifying */
    public static ProofSuites verifiers() {
        return ProofSuites.of(eddsaRdfc2022(), ecdsaRdfc2019(), ProofSuites.vcJwt());
    }
}
