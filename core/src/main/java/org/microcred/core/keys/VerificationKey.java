package org.microcred.core.keys;

/**
 * A public key able to check signatures, with the algorithm it is used with.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface VerificationKey {

    /** @return the key type */
    KeyType keyType();

    /**
     * Checks a signature.
     *
     * @param algorithm the algorithm the signature claims; a mismatch with the key type
     *     returns false
     * @param data the signed bytes
     * @param signature the signature in JOSE form (see {@link SignatureAlgorithm})
     * @return whether the signature is valid for this key; never throws on bad signatures
     */
    boolean verify(SignatureAlgorithm algorithm, byte[] data, byte[] signature);

    /** @return the JDK public key */
    java.security.PublicKey toPublicKey();
}
