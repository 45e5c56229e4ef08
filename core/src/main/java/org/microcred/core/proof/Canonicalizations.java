package org.microcred.core.proof;

import java.util.Map;
import java.util.WeakHashMap;
import org.microcred.core.jsonld.Canonicalizer;

/**
 * One {@link Canonicalization} and one {@link ProofConfigCanonicalizer} (with its template cache)
 * per {@link Canonicalizer}, shared by every suite built on it. Package-private.
 */
final class Canonicalizations {

    /** A canonicalization and the proof-configuration templates derived through it. */
    record Pair(Canonicalization canonicalization, ProofConfigCanonicalizer proofConfigs) {
    }

    private static final Map<Canonicalizer, Pair> PAIRS = new WeakHashMap<>();

    private Canonicalizations() {
    }

    static synchronized Pair of(Canonicalizer canonicalizer) {
        return PAIRS.computeIfAbsent(canonicalizer, c -> {
            Canonicalization canonicalization = Canonicalization.of(c);
            return new Pair(canonicalization, new ProofConfigCanonicalizer(canonicalization));
        });
    }
}
