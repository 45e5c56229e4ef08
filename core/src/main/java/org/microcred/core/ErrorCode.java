package org.microcred.core;

/**
 * Why a {@link MicrocredException} was thrown. Stable: callers may branch on these.
 */
public enum ErrorCode {
    /** The JSON text is not well-formed, or not the expected shape. */
    JSON_MALFORMED,
    /** The input exceeds a configured limit (size, nesting depth, string length). */
    LIMIT_EXCEEDED,
    /** A required field is missing or a field has an invalid value. */
    INVALID_VALUE,
    /** A JSON-LD context could not be loaded (unknown URL, network refused, bad bytes). */
    CONTEXT_LOAD_FAILED,
    /** JSON-LD processing failed (undefined term in safe mode, invalid context, bad IRI). */
    JSON_LD_FAILED,
    /** RDF canonicalization exceeded its work budget (a poison graph). */
    CANONICALIZATION_BUDGET_EXCEEDED,
    /** A key is malformed, of the wrong type, too short, or not supported. */
    KEY_INVALID,
    /** A signature could not be created. */
    SIGNING_FAILED,
    /** The issuer of a credential cannot be bound to the signing key. */
    ISSUER_KEY_MISMATCH,
    /** A proof, or a proof option, is not supported by the selected suite. */
    UNSUPPORTED_PROOF,
    /** An image could not be read or written as a baked badge. */
    IMAGE_INVALID,
    /** A storage operation failed. */
    STORAGE_FAILED,
    /** A document could not be fetched (network refused, not preloaded, too large, timed out). */
    FETCH_FAILED
}
