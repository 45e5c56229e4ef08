package org.microcred.core.proof;

import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;

/**
 * The shared canonicalization the built-in suites use. Package-private.
 */
final class Canonicalizations {

    private static final Canonicalization STANDARD = document -> {
        throw new MicrocredException(ErrorCode.JSON_LD_FAILED, "No JSON-LD canonicalizer is available yet");
    };
    private static final ProofConfigCanonicalizer PROOF_CONFIGS = new ProofConfigCanonicalizer(STANDARD);

    private Canonicalizations() {
    }

    static Canonicalization standard() {
        return STANDARD;
    }

    static ProofConfigCanonicalizer standardProofConfigs() {
        return PROOF_CONFIGS;
    }
}
