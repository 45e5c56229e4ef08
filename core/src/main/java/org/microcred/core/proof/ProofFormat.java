package org.microcred.core.proof;

/**
 * How a proof travels with the credential it secures.
 */
public enum ProofFormat {
    /**
     * The proof is a {@code proof} member added to the credential's JSON (W3C Data Integrity,
     * <a href="https://www.w3.org/TR/vc-data-integrity/">VC Data Integrity 1.0</a>); the secured
     * form is the credential JSON plus that member.
     */
    EMBEDDED,
    /**
     * The credential travels inside a signed envelope (a compact JWS, as VC-JWT in
     * <a href="https://www.imsglobal.org/spec/ob/v3p0/#jwt-proof">OB 3.0 §8.2</a>); the secured
     * form is the envelope's text.
     */
    ENVELOPED
}
