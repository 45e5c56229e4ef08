package org.microcred.core.proof;

/**
 * Why a proof did not verify. Stable: callers may branch on these. Every failed
 * {@link ProofResult} carries one, next to a human-readable reason that names the offending
 * value.
 */
public enum ProofProblem {
    /** The proof or the envelope is not well formed: bad syntax, a missing or mistyped member. */
    MALFORMED,
    /** No accepted suite handles this kind of proof, or the suite does not accept its variant. */
    UNSUPPORTED,
    /** The JOSE {@code alg} is forbidden ({@code none}, HMAC), unknown, or not accepted. */
    ALGORITHM_REJECTED,
    /** The JOSE header carries a member that is not allowed, or an allowed member with a bad value. */
    HEADER_REJECTED,
    /** A proof option is invalid: type, cryptosuite, created, proofPurpose, expires, domain, challenge, context. */
    OPTIONS_INVALID,
    /** The verification method / {@code kid} / {@code jwk} could not be resolved to a public key. */
    KEY_UNRESOLVED,
    /** The resolved key does not fit the suite or algorithm, or two key references disagree. */
    KEY_MISMATCH,
    /** The JSON-LD document could not be canonicalized (undefined term, unknown context, work budget). */
    CANONICALIZATION_FAILED,
    /** The signature does not verify against the resolved key. */
    SIGNATURE_INVALID,
    /** JWT claims disagree with the credential they carry ({@code iss}, {@code sub}, {@code nbf}, {@code jti}, {@code exp}). */
    CLAIMS_MISMATCH
}
