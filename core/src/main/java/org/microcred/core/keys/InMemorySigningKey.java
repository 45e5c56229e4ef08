package org.microcred.core.keys;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Objects;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;
import org.microcred.core.internal.Ed25519Engine;

/**
 * A {@link SigningKey} over a {@link MicrocredKeyPair} held in memory. Create one with
 * {@link SigningKeys}. Ed25519 signing goes through the project's Ed25519 engine (Bouncy
 * Castle); ES256 (P1363 {@code R || S}), RS256 and PS256 through the JDK.
 *
 * <p>Immutable and thread-safe. {@link #toString()} shows the algorithm, the verification
 * method and the public key thumbprint only.
 */
public final class InMemorySigningKey implements SigningKey {

    private final MicrocredKeyPair keyPair;
    private final SignatureAlgorithm algorithm;
    private final String verificationMethod;
    private final byte[] ed25519Public;

    InMemorySigningKey(MicrocredKeyPair keyPair, SignatureAlgorithm algorithm, String verificationMethod) {
        this.keyPair = Objects.requireNonNull(keyPair, "keyPair");
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        this.verificationMethod = Objects.requireNonNull(verificationMethod, "verificationMethod");
        if (verificationMethod.isBlank()) {
            throw new IllegalArgumentException("verificationMethod must not be blank");
        }
        if (algorithm.keyType() != keyPair.keyType()) {
            throw new IllegalArgumentException("algorithm " + algorithm + " needs a " + algorithm.keyType()
                    + " key, but the key pair is " + keyPair.keyType());
        }
        this.ed25519Public = keyPair.keyType() == KeyType.ED25519 ? keyPair.publicKey().rawBytes() : null;
    }

    @Override
    public SignatureAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    public String verificationMethod() {
        return verificationMethod;
    }

    /** @return the public key matching the signatures */
    public MicrocredPublicKey publicKey() {
        return keyPair.publicKey();
    }

    @Override
    public byte[] sign(byte[] data) {
        Objects.requireNonNull(data, "data");
        if (algorithm == SignatureAlgorithm.EdDSA) {
            return Ed25519Engine.sign(keyPair.secret(), ed25519Public, data);
        }
        return jdkSign(algorithm, keyPair.privateKey(), data);
    }

    static byte[] jdkSign(SignatureAlgorithm algorithm, PrivateKey key, byte[] data) {
        try {
            Signature signer;
            switch (algorithm) {
                case ES256:
                    signer = Signature.getInstance("SHA256withECDSAinP1363Format");
                    break;
                case RS256:
                    signer = Signature.getInstance("SHA256withRSA");
                    break;
                case PS256:
                    signer = Signature.getInstance("RSASSA-PSS");
                    signer.setParameter(MicrocredPublicKey.PSS);
                    break;
                default:
                    signer = Signature.getInstance("Ed25519");
            }
            signer.initSign(key);
            signer.update(data);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new MicrocredException(ErrorCode.SIGNING_FAILED,
                    algorithm + " signing failed: " + e.getClass().getSimpleName(), null, e);
        }
    }

    /** @return algorithm, verification method and public key thumbprint; never private material */
    @Override
    public String toString() {
        return "InMemorySigningKey[" + algorithm + ", " + verificationMethod + ", thumbprint="
                + keyPair.publicKey().jwkThumbprint() + "]";
    }
}
