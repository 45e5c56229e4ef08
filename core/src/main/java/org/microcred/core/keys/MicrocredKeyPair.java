package org.microcred.core.keys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.EdECPrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.util.Objects;
import org.microcred.core.internal.Ed25519Engine;
import org.microcred.core.json.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A key pair held in memory: Ed25519, P-256 or RSA (≥ 2048 bits). Generate one, import it from
 * a private JWK or a Multikey {@code secretKeyMultibase}, export it again, and turn it into a
 * {@link SigningKey} with {@link SigningKeys}.
 *
 * <p>Every import checks that the private and public halves belong together. Immutable and
 * thread-safe. {@link #toString()} never prints private material. Getters that return private
 * material ({@link #toPrivateJwk()}, {@link #secretKeyMultibase()}, {@link #toJavaKeyPair()})
 * exist for key storage; do not log their results.
 */
public final class MicrocredKeyPair {

    private static final Logger LOG = LoggerFactory.getLogger(MicrocredKeyPair.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MicrocredPublicKey publicKey;
    private final PrivateKey privateKey;
    /** Ed25519: the 32-byte seed; P-256: the 32-byte big-endian scalar; RSA: null. */
    private final byte[] secret;

    private MicrocredKeyPair(MicrocredPublicKey publicKey, PrivateKey privateKey, byte[] secret) {
        this.publicKey = publicKey;
        this.privateKey = privateKey;
        this.secret = secret;
    }

    // ---------------------------------------------------------------- generation

    /**
     * Generates a fresh key pair with a {@link SecureRandom}; RSA keys get 2048 bits.
     *
     * @param type the key type; never null
     * @return the new pair
     */
    public static MicrocredKeyPair generate(KeyType type) {
        MicrocredKeyPair pair = generateUnlogged(type);
        LOG.debug("generated {} key pair, public key thumbprint {}", type, pair.publicKey.jwkThumbprint());
        return pair;
    }

    private static MicrocredKeyPair generateUnlogged(KeyType type) {
        switch (Objects.requireNonNull(type, "type")) {
            case ED25519: {
                byte[] seed = new byte[Ed25519Engine.KEY_LENGTH];
                RANDOM.nextBytes(seed);
                return ed25519FromSeed(seed);
            }
            case P256:
                try {
                    KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
                    gen.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
                    return of(gen.generateKeyPair());
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException("the JDK cannot generate P-256 keys", e);
                }
            case RSA:
                return generateRsa(MicrocredPublicKey.MIN_RSA_BITS);
            default:
                throw new IllegalArgumentException("unknown key type " + type);
        }
    }

    /**
     * Generates an RSA key pair (public exponent 65537).
     *
     * @param bits modulus size, at least 2048
     * @return the new pair
     * @throws IllegalArgumentException if {@code bits < 2048}
     */
    public static MicrocredKeyPair generateRsa(int bits) {
        if (bits < MicrocredPublicKey.MIN_RSA_BITS) {
            throw new IllegalArgumentException("RSA key size " + bits + " is below the minimum of "
                    + MicrocredPublicKey.MIN_RSA_BITS + " bits");
        }
        try {
            KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
            gen.initialize(new RSAKeyGenParameterSpec(bits, RSAKeyGenParameterSpec.F4), RANDOM);
            return of(gen.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot generate RSA keys", e);
        }
    }

    // ---------------------------------------------------------------- import

    /**
     * An Ed25519 key pair from its 32-byte seed (the RFC 8032 private key).
     *
     * @param seed 32 bytes; never null; copied
     * @return the pair
     * @throws org.microcred.core.MicrocredException KEY_INVALID if not 32 bytes
     */
    public static MicrocredKeyPair ed25519FromSeed(byte[] seed) {
        byte[] copy = seed.clone();
        MicrocredPublicKey pub = MicrocredPublicKey.ed25519(Ed25519Engine.publicKeyOf(copy));
        try {
            PrivateKey jdk = KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, copy));
            return new MicrocredKeyPair(pub, jdk, copy);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no Ed25519 support", e);
        }
    }

    /**
     * A P-256 key pair from its private scalar; the public point is computed.
     *
     * @param d the scalar, 1 ≤ d &lt; n; never null
     * @return the pair
     * @throws org.microcred.core.MicrocredException KEY_INVALID if d is out of range
     */
    public static MicrocredKeyPair p256FromPrivate(BigInteger d) {
        if (d.signum() <= 0 || d.compareTo(P256.N) >= 0) {
            throw KeyErrors.invalid("P-256 private key is out of range; expected 1 <= d < n");
        }
        ECPoint q = P256.publicPoint(d);
        return p256(MicrocredPublicKey.p256(q.getAffineX(), q.getAffineY()), d);
    }

    static MicrocredKeyPair p256(MicrocredPublicKey pub, BigInteger d) {
        try {
            PrivateKey jdk = KeyFactory.getInstance("EC").generatePrivate(new ECPrivateKeySpec(d, P256.SPEC));
            return new MicrocredKeyPair(pub, jdk, P256.fixed(d));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK rejected a P-256 private key", e);
        }
    }

    static MicrocredKeyPair rsa(MicrocredPublicKey pub, PrivateKey priv) {
        MicrocredKeyPair pair = new MicrocredKeyPair(pub, priv, null);
        pair.checkConsistent();
        return pair;
    }

    /**
     * Wraps a JDK key pair (Ed25519, EC P-256 or RSA ≥ 2048 bits), checking that the halves
     * match.
     *
     * @param pair the pair; never null
     * @return the validated pair
     * @throws org.microcred.core.MicrocredException KEY_INVALID if unsupported or mismatched
     */
    public static MicrocredKeyPair of(KeyPair pair) {
        MicrocredPublicKey pub = MicrocredPublicKey.of(pair.getPublic());
        PrivateKey priv = Objects.requireNonNull(pair.getPrivate(), "private key");
        switch (pub.keyType()) {
            case ED25519: {
                if (!(priv instanceof EdECPrivateKey ed) || ed.getBytes().isEmpty()) {
                    throw KeyErrors.invalid("the private key of an Ed25519 pair must be an extractable"
                            + " EdECPrivateKey; got " + priv.getAlgorithm());
                }
                MicrocredKeyPair result = ed25519FromSeed(ed.getBytes().get());
                requireMatch(result.publicKey, pub);
                return result;
            }
            case P256: {
                if (!(priv instanceof ECPrivateKey ec) || !P256.isP256(ec)) {
                    throw KeyErrors.invalid("the private key of a P-256 pair must be an ECPrivateKey on P-256");
                }
                MicrocredKeyPair result = p256FromPrivate(ec.getS());
                requireMatch(result.publicKey, pub);
                return result;
            }
            default:
                if (!(priv instanceof RSAPrivateKey)) {
                    throw KeyErrors.invalid("the private key of an RSA pair must be an RSAPrivateKey; got "
                            + priv.getAlgorithm());
                }
                return rsa(pub, priv);
        }
    }

    private static void requireMatch(MicrocredPublicKey derived, MicrocredPublicKey given) {
        if (!derived.equals(given)) {
            throw KeyErrors.invalid("the private key does not match the public key");
        }
    }

    /**
     * Parses a private JWK (JSON text): OKP/Ed25519 with {@code d}, EC/P-256 with {@code d},
     * or RSA with {@code d} and optionally all of {@code p q dp dq qi}.
     *
     * @param jwkJson the JWK; never null
     * @return the pair
     * @throws org.microcred.core.MicrocredException KEY_INVALID naming the member at fault,
     *     including a {@code d} that does not match {@code x}/{@code y}/{@code n}
     */
    public static MicrocredKeyPair fromJwk(String jwkJson) {
        return fromJwk(Json.standard().parse(jwkJson));
    }

    /**
     * Parses a private JWK (JSON object). See {@link #fromJwk(String)}.
     *
     * @param jwk the JWK; never null
     * @return the pair
     */
    public static MicrocredKeyPair fromJwk(JsonNode jwk) {
        return JwkCodec.parsePrivate(jwk);
    }

    /**
     * Decodes a Multikey {@code secretKeyMultibase}; same as {@link Multikey#decodeSecretKey(String)}.
     *
     * @param secretKeyMultibase {@code z3u2…} (Ed25519) or {@code z42t…} (P-256); never null
     * @return the pair
     */
    public static MicrocredKeyPair fromSecretKeyMultibase(String secretKeyMultibase) {
        return Multikey.decodeSecretKey(secretKeyMultibase);
    }

    // ---------------------------------------------------------------- export

    /** @return the key type */
    public KeyType keyType() {
        return publicKey.keyType();
    }

    /** @return the public half */
    public MicrocredPublicKey publicKey() {
        return publicKey;
    }

    /** @return the JDK key pair (contains private material) */
    public KeyPair toJavaKeyPair() {
        return new KeyPair(publicKey.toPublicKey(), privateKey);
    }

    /**
     * The private JWK: the public members plus {@code d} (and for RSA CRT keys {@code p q dp dq qi}).
     *
     * @return a new JSON object (contains private material)
     */
    public ObjectNode toPrivateJwk() {
        return JwkCodec.writePrivate(this);
    }

    /** @return the Multikey {@code secretKeyMultibase} (contains private material) */
    public String secretKeyMultibase() {
        return Multikey.encodeSecretKey(this);
    }

    /** @return the Multikey {@code publicKeyMultibase} */
    public String publicKeyMultibase() {
        return publicKey.toMultibase();
    }

    PrivateKey privateKey() {
        return privateKey;
    }

    byte[] secret() {
        return secret;
    }

    RSAPrivateCrtKey rsaCrt() {
        return privateKey instanceof RSAPrivateCrtKey crt ? crt : null;
    }

    /** Signs a fixed message and verifies it: catches RSA private/public mismatches. */
    void checkConsistent() {
        SignatureAlgorithm alg = SignatureAlgorithm.RS256;
        byte[] probe = "microcred key consistency probe".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] sig;
        try {
            sig = InMemorySigningKey.jdkSign(alg, privateKey, probe);
        } catch (RuntimeException e) {
            throw KeyErrors.invalid("the RSA private key cannot sign: " + e.getMessage());
        }
        if (!publicKey.verify(alg, probe, sig)) {
            throw KeyErrors.invalid("the private key does not match the public key");
        }
    }

    /** @return the key type and public key thumbprint; never private material */
    @Override
    public String toString() {
        return "MicrocredKeyPair[" + keyType() + ", thumbprint=" + publicKey.jwkThumbprint() + "]";
    }
}
