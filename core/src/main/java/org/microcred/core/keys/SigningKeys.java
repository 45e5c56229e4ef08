package org.microcred.core.keys;

/**
 * Factories for in-memory {@link SigningKey}s.
 *
 * <pre>{@code
 * MicrocredKeyPair pair = MicrocredKeyPair.generate(KeyType.ED25519);
 * InMemorySigningKey key = SigningKeys.didKey(pair);   // EdDSA, vm did:key:z6Mk…#z6Mk…
 * byte[] signature = key.sign(data);
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class SigningKeys {

    private SigningKeys() {
    }

    /**
     * An EdDSA signing key.
     *
     * @param keyPair an Ed25519 pair; never null
     * @param verificationMethod the verification method URL; never null or blank
     * @return the signing key
     * @throws IllegalArgumentException if the pair is not Ed25519 or the method is blank
     */
    public static InMemorySigningKey ed25519(MicrocredKeyPair keyPair, String verificationMethod) {
        return of(keyPair, SignatureAlgorithm.EdDSA, verificationMethod);
    }

    /**
     * A signing key with an explicit algorithm (RSA pairs sign RS256 or PS256).
     *
     * @param keyPair the pair; never null
     * @param algorithm the algorithm, whose {@link SignatureAlgorithm#keyType()} must match; never null
     * @param verificationMethod the verification method URL; never null or blank
     * @return the signing key
     * @throws IllegalArgumentException if the algorithm does not fit the key or the method is blank
     */
    public static InMemorySigningKey of(MicrocredKeyPair keyPair, SignatureAlgorithm algorithm,
            String verificationMethod) {
        return new InMemorySigningKey(keyPair, algorithm, verificationMethod);
    }

    /**
     * A signing key whose verification method is the pair's did:key
     * ({@code did:key:z…#z…}); Ed25519 signs EdDSA, P-256 ES256.
     *
     * @param keyPair an Ed25519 or P-256 pair; never null
     * @return the signing key
     * @throws org.microcred.core.MicrocredException KEY_INVALID for RSA pairs (no did:key form)
     */
    public static InMemorySigningKey didKey(MicrocredKeyPair keyPair) {
        DidKey did = DidKey.of(keyPair.publicKey());
        return of(keyPair, defaultAlgorithm(keyPair.keyType()), did.verificationMethodId());
    }

    /**
     * A signing key whose verification method is the pair's did:jwk ({@code did:jwk:…#0}).
     *
     * @param keyPair the pair; never null
     * @param algorithm the algorithm; never null
     * @return the signing key
     * @throws IllegalArgumentException if the algorithm does not fit the key
     */
    public static InMemorySigningKey didJwk(MicrocredKeyPair keyPair, SignatureAlgorithm algorithm) {
        return of(keyPair, algorithm, DidJwk.of(keyPair.publicKey()).verificationMethodId());
    }

    /**
     * The usual algorithm of a key type: EdDSA, ES256, RS256.
     *
     * @param type the key type; never null
     * @return the algorithm
     */
    public static SignatureAlgorithm defaultAlgorithm(KeyType type) {
        switch (type) {
            case ED25519:
                return SignatureAlgorithm.EdDSA;
            case P256:
                return SignatureAlgorithm.ES256;
            default:
                return SignatureAlgorithm.RS256;
        }
    }
}
