package org.microcred.verify;

/** How a credential was delivered, independent of what it is. */
public enum Container {
    /** A JSON document. */
    JSON,
    /** A compact JWS (VC-JWT, or a signed OB 2.0 assertion). */
    JWS,
    /** A PNG image with a baked credential. */
    PNG,
    /** An SVG image with a baked credential. */
    SVG,
    /** An http(s) URL: an OB 2.0 hosted assertion given by reference. */
    URL,
    /** Not recognised. */
    UNKNOWN
}
