package org.microcred.core.keys;

/** The key types Microcred supports. */
public enum KeyType {
    /** Ed25519 (JWK {@code kty: OKP}, {@code crv: Ed25519}; Multikey header 0xed01). */
    ED25519,
    /** NIST P-256 (JWK {@code kty: EC}, {@code crv: P-256}; Multikey header 0x8024). */
    P256,
    /** RSA, 2048 bits or more (JWK {@code kty: RSA}). */
    RSA
}
