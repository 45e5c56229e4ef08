package org.microcred.verify.resolve;

/** How a key was found; tells a report (and the issuer-binding check) what kind of evidence it is. */
public enum KeyForm {
    /** {@code did:key}: the key is the DID. */
    DID_KEY,
    /** {@code did:jwk}: the key is the DID. */
    DID_JWK,
    /** A verification method of a {@code did:web} DID document. */
    DID_WEB,
    /** A verification method of an HTTPS controller document (e.g. an issuer profile). */
    CONTROLLER_DOCUMENT,
    /** An HTTPS key document (a verification method published at its own URL, naming its controller). */
    KEY_DOCUMENT,
    /** {@code https://controller#z6Mk…}: the key is read from the URL fragment. */
    MULTIKEY_FRAGMENT,
    /** A key of a JWKS, found by {@code kid}. */
    JWKS,
    /** A JWK published at its own URL. */
    JWK_URL,
    /** The {@code jwk} header of a JWS: the key travels with the signature; its controller is unknown. */
    JWK_HEADER
}
