package org.microcred.core.proof;

import java.util.HexFormat;
import java.util.Optional;
import org.microcred.core.keys.DidKey;
import org.microcred.core.keys.KeyType;
import org.microcred.core.keys.MicrocredKeyPair;
import org.microcred.core.keys.MicrocredPublicKey;
import org.microcred.core.keys.Multikey;
import org.microcred.core.keys.SignatureAlgorithm;
import org.microcred.core.keys.SigningKey;
import org.microcred.core.keys.SigningKeys;
import org.microcred.core.keys.VerificationKey;

/** Test keys from {@code core.keys}: deterministic Ed25519 from a seed, generated P-256 and RSA. */
final class TestKeys {

    private TestKeys() {
    }

    /** A key pair as a signer plus its public key. */
    record TestKey(SigningKey signer, VerificationKey publicKey) {
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

    /**
     * Resolves verification methods whose fragment is a Multikey ({@code did:key:z6Mk…#z6Mk…}, or
     * {@code https://…#z6Mk…} as in the 1EdTech impl-guide vectors); the controller is the part
     * before '#'.
     */
    static KeyResolver multikeyFragmentResolver() {
        return reference -> {
            Optional<String> id = reference.id();
            if (id.isEmpty() || !id.get().contains("#z")) {
                return Optional.empty();
            }
            String vm = id.get();
            String controller = vm.substring(0, vm.indexOf('#'));
            MicrocredPublicKey key = DidKey.isDidKey(vm) ? DidKey.parse(vm).publicKey()
                    : Multikey.decodePublicKey(vm.substring(vm.indexOf('#') + 1));
            return Optional.of(ResolvedKey.of(vm, key, controller));
        };
    }
}
