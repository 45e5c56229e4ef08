package org.microcred.core.keys;

/**
 * The signature algorithms Microcred signs and verifies with, named as in JOSE (RFC 7518,
 * RFC 8037). Signatures are always in the JOSE byte form: EdDSA 64 bytes, ES256 the 64-byte
 * {@code R || S} concatenation (also what {@code ecdsa-rdfc-2019} uses), RSA the PKCS#1 block.
 */
public enum SignatureAlgorithm {
    /** Ed25519 (RFC 8032 pure EdDSA). */
    EdDSA(KeyType.ED25519),
    /** ECDSA on P-256 with SHA-256. */
    ES256(KeyType.P256),
    /** RSASSA-PKCS1-v1_5 with SHA-256. */
    RS256(KeyType.RSA),
    /** RSASSA-PSS with SHA-256 and MGF1-SHA-256, salt 32 bytes. */
    PS256(KeyType.RSA);

    private final KeyType keyType;

    SignatureAlgorithm(KeyType keyType) {
        this.keyType = keyType;
    }

    /** @return the type of key this algorithm needs */
    public KeyType keyType() {
        return keyType;
    }

    /** @return the JOSE {@code alg} name */
    public String joseName() {
        return name();
    }
}
