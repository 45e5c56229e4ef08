package org.microcred.verify.spi;

import java.time.Instant;

/**
 * Checks the proof of a credential: an embedded Data Integrity proof (or proof set), or the
 * signature of a VC-JWT (OB 3.0 §
 * <a href="https://www.imsglobal.org/spec/ob/v3p0/#proof-verification">Proof Verification</a>).
 * Resolving the key (did:key, did:web, JWKS …) is part of the job; an implementation is built
 * with whatever resolvers and document fetcher it needs.
 *
 * <p>Thread-safe. May throw; the pipeline reports an exception as a FAIL of the {@code proof} check.
 */
@FunctionalInterface
public interface ProofChecker {

    /**
     * @param credential the credential as received
     * @param now the verifier's clock reading (for proof {@code created}/{@code expires})
     * @return the outcome; never null
     */
    ProofOutcome check(SecuredCredential credential, Instant now);
}
