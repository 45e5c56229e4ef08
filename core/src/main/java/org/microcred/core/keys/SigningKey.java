package org.microcred.core.keys;

/**
 * Something that signs: an in-memory key pair, or a KMS / HSM that never reveals its private
 * key. This is the only thing a key custodian has to implement.
 *
 * <p>Implementations must be thread-safe, and must never log or expose private key material.
 */
public interface SigningKey {

    /** @return the algorithm {@link #sign(byte[])} uses */
    SignatureAlgorithm algorithm();

    /**
     * The verification method a verifier resolves to find the public key, for example
     * {@code did:key:z6Mk…#z6Mk…} or {@code https://example.edu/issuers/1#key-1}.
     *
     * @return the verification method URL
     */
    String verificationMethod();

    /**
     * Signs the data.
     *
     * @param data the bytes to sign (never pre-hashed by the caller)
     * @return the signature in JOSE form (see {@link SignatureAlgorithm})
     * @throws org.microcred.core.MicrocredException {@link org.microcred.core.ErrorCode#SIGNING_FAILED}
     *     if the signer fails
     */
    byte[] sign(byte[] data);
}
