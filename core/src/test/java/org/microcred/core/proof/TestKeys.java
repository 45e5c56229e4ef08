package org.microcred.core.proof;

import java.util.HexFormat;
import org.microcred.core.keys.KeyType;
import org.microcred.core.keys.MicrocredKeyPair;
import org.microcred.core.keys.MicrocredPublicKey;
import org.microcred.core.keys.SignatureAlgorithm;
import org.microcred.core.keys.SigningKey;
import org.microcred.core.keys.SigningKeys;

/** Test keys from {@code core.keys}: deterministic Ed25519 from a seed, generated P-256 and RSA. */
final class TestKeys {

    private TestKeys() {
    }

    /** A key pair as a signer plus its public key. */
    record TestKey(SigningKey signer, MicrocredPublicKey publicKey) {
        KeyResolver resolver(String controller) {
            return KeyResolver.fixed(signer.verificationMethod(), publicKey, controller);
        }
    }

    private static TestKey of(MicrocredKeyPair pair, SignatureAlgorithm alg, String vm) {
        return new TestKey(SigningKeys.of(pair, alg, vm), pair.publicKey());
    }

    static TestKey ed25519(byte[] seed, String vm) {
        return of(MicrocredKeyPair.ed25519FromSeed(seed), SignatureAlgorithm.EdDSA, vm);
    }

    /** From a hex seed (the 1EdTech vectors give seed ‖ public key; the first 32 bytes are the seed). */
    static TestKey ed25519FromHex(String seedHex, String vm) {
        return ed25519(HexFormat.of().parseHex(seedHex.substring(0, 64)), vm);
    }

    /** From a {@code secretKeyMultibase} (z3u2…). */
    static TestKey ed25519FromMultibase(String secretKeyMultibase, String vm) {
        return of(MicrocredKeyPair.fromSecretKeyMultibase(secretKeyMultibase), SignatureAlgorithm.EdDSA, vm);
    }

    static TestKey p256(String vm) {
        return of(MicrocredKeyPair.generate(KeyType.P256), SignatureAlgorithm.ES256, vm);
    }

    static TestKey rsa(String vm, SignatureAlgorithm alg) {
        return of(MicrocredKeyPair.generateRsa(2048), alg, vm);
    }

    /** did:key / did:jwk, and verification methods whose fragment is a Multikey (the 1EdTech vectors). */
    static KeyResolver multikeyFragmentResolver() {
        return KeyResolver.local().orElse(KeyResolver.multikeyFragment());
    }
}
