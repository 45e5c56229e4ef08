package org.microcred.verify.resolve;

/**
 * The step of key resolution that failed, so a report can say where the chain broke. Stable:
 * callers may branch on it.
 */
public enum ResolutionStep {
    /** The reference itself is unusable: empty, too long, not a URL or DID, relative without a base. */
    REFERENCE,
    /** The URL scheme is not allowed (only {@code https:}, and {@code http:} when opted in). */
    SCHEME,
    /** The DID method is not supported (supported: {@code did:key}, {@code did:jwk}, {@code did:web}). */
    DID_METHOD,
    /** A {@code did:web} DID could not be turned into an HTTPS URL (bad host, port or path). */
    DID_WEB_URL,
    /** A document could not be fetched; the message carries the fetcher's reason and hint. */
    FETCH,
    /** A fetched document is not bounded JSON, not an object, or has an unexpected shape or size. */
    DOCUMENT,
    /** The document's {@code id} is missing or is not the DID or URL it was fetched for. */
    DOCUMENT_ID,
    /** The document does not contain the verification method (or JWKS key) that was asked for. */
    FIND_METHOD,
    /** The verification method or JWK was found but its key could not be read. */
    READ_KEY,
    /** The key names a controller that does not confirm it (CID "controller" check). */
    CONTROLLER,
    /** The key is not authorised for the requested proof purpose (e.g. {@code assertionMethod}). */
    PURPOSE,
    /** A resolution limit was reached (documents fetched per resolution, methods per document). */
    LIMIT
}
