package org.microcred.core.proof;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.EdECPoint;
import java.security.spec.EdECPublicKeySpec;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import org.microcred.core.keys.KeyType;
import org.microcred.core.keys.SignatureAlgorithm;
import org.microcred.core.keys.SigningKey;
import org.microcred.core.keys.VerificationKey;

/** JDK-backed keys for tests: deterministic Ed25519 from a seed, generated P-256 and RSA. */
final class TestKeys {

    private TestKeys() {
    }

    /** A key pair as a signer plus its public key. */
    record TestKey(SigningKey signer, VerificationKey publicKey) {
        KeyResolver resolver(String controller) {
            return KeyResolver.fixed(signer.verificationMethod(), publicKey, controller);
        }
    }

    static TestKey ed25519(byte[] seed, String vm) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new FixedRandom(seed));
            return of(generator.generateKeyPair(), SignatureAlgorithm.EdDSA, KeyType.ED25519, vm);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static TestKey ed25519FromHex(String seedHex, String vm) {
        return ed25519(HexFormat.of().parseHex(seedHex.substring(0, 64)), vm);
    }

    /** From a {@code secretKeyMultibase} (z3u2…: 0x8026 ‖ seed). */
    static TestKey ed25519FromMultibase(String secretKeyMultibase, String vm) {
        byte[] bytes = Base58Btc.decode(secretKeyMultibase.substring(1));
        if (bytes.length != 34 || (bytes[0] & 0xff) != 0x80 || bytes[1] != 0x26) {
            throw new IllegalArgumentException("not an Ed25519 secretKeyMultibase");
        }
        return ed25519(Arrays.copyOfRange(bytes, 2, 34), vm);
    }

    static TestKey p256(String vm) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return of(generator.generateKeyPair(), SignatureAlgorithm.ES256, KeyType.P256, vm);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static TestKey rsa(String vm, SignatureAlgorithm alg) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return of(generator.generateKeyPair(), alg, KeyType.RSA, vm);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An Ed25519 public key from its 32 raw bytes (RFC 8032 encoding). */
    static VerificationKey ed25519Public(byte[] raw) {
        try {
            byte[] le = raw.clone();
            boolean xOdd = (le[31] & 0x80) != 0;
            le[31] &= 0x7f;
            byte[] be = new byte[32];
            for (int i = 0; i < 32; i++) {
                be[i] = le[31 - i];
            }
            PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(
                    new EdECPublicKeySpec(NamedParameterSpec.ED25519, new EdECPoint(xOdd, new BigInteger(1, be))));
            return new JdkVerificationKey(key, KeyType.ED25519);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Resolves Ed25519 verification methods whose fragment is a Multikey ({@code …#z6Mk…}), as
     * did:key URLs and the 1EdTech impl-guide vectors use; the controller is the part before '#'.
     */
    static KeyResolver multikeyFragmentResolver() {
        return reference -> {
            Optional<String> id = reference.id();
            if (id.isEmpty() || !id.get().contains("#z6Mk")) {
                return Optional.empty();
            }
            String vm = id.get();
            String fragment = vm.substring(vm.indexOf('#') + 1);
            byte[] bytes = Base58Btc.decode(fragment.substring(1));
            if (bytes == null || bytes.length != 34 || (bytes[0] & 0xff) != 0xed || bytes[1] != 0x01) {
                return Optional.empty();
            }
            return Optional.of(ResolvedKey.of(vm, ed25519Public(Arrays.copyOfRange(bytes, 2, 34)),
                    vm.substring(0, vm.indexOf('#'))));
        };
    }

    private static TestKey of(KeyPair pair, SignatureAlgorithm alg, KeyType type, String vm) {
        return new TestKey(new JdkSigningKey(pair.getPrivate(), alg, vm), new JdkVerificationKey(pair.getPublic(), type));
    }

    static Signature signature(SignatureAlgorithm alg) throws GeneralSecurityException {
        switch (alg) {
            case EdDSA:
                return Signature.getInstance("Ed25519");
            case ES256:
                return Signature.getInstance("SHA256withECDSAinP1363Format");
            case RS256:
                return Signature.getInstance("SHA256withRSA");
            case PS256:
                Signature pss = Signature.getInstance("RSASSA-PSS");
                pss.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
                return pss;
            default:
                throw new IllegalArgumentException(alg.toString());
        }
    }

    static final class JdkSigningKey implements SigningKey {
        private final PrivateKey key;
        private final SignatureAlgorithm alg;
        private final String vm;

        JdkSigningKey(PrivateKey key, SignatureAlgorithm alg, String vm) {
            this.key = key;
            this.alg = alg;
            this.vm = vm;
        }

        @Override
        public SignatureAlgorithm algorithm() {
            return alg;
        }

        @Override
        public String verificationMethod() {
            return vm;
        }

        @Override
        public byte[] sign(byte[] data) {
            try {
                Signature s = signature(alg);
                s.initSign(key);
                s.update(data);
                return s.sign();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static final class JdkVerificationKey implements VerificationKey {
        private final PublicKey key;
        private final KeyType type;

        JdkVerificationKey(PublicKey key, KeyType type) {
            this.key = key;
            this.type = type;
        }

        @Override
        public KeyType keyType() {
            return type;
        }

        @Override
        public boolean verify(SignatureAlgorithm algorithm, byte[] data, byte[] sig) {
            if (algorithm.keyType() != type) {
                return false;
            }
            try {
                Signature s = signature(algorithm);
                s.initVerify(key);
                s.update(data);
                return s.verify(sig);
            } catch (GeneralSecurityException e) {
                return false;
            }
        }

        @Override
        public PublicKey toPublicKey() {
            return key;
        }
    }

    /** Hands out the seed, so the JDK's Ed25519 generator derives the key pair of that seed. */
    private static final class FixedRandom extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final byte[] seed;

        FixedRandom(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            System.arraycopy(seed, 0, bytes, 0, bytes.length);
        }
    }
}
