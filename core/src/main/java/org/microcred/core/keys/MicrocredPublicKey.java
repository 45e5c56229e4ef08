package org.microcred.core.keys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.EdECPoint;
import java.security.spec.EdECPublicKeySpec;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Arrays;
import java.util.Objects;
import org.microcred.core.internal.Base64Url;
import org.microcred.core.internal.Ed25519Engine;
import org.microcred.core.json.Json;

/**
 * A validated public key — Ed25519, P-256 or RSA (≥ 2048 bits) — that verifies signatures and
 * converts between the key formats Microcred meets: JWK (RFC 7517, RFC 7518 §6, RFC 8037),
 * Multikey ({@link Multikey}), did:key ({@link DidKey}), did:jwk ({@link DidJwk}) and JDK
 * {@link PublicKey}.
 *
 * <p>Every factory validates fully: Ed25519 points must be valid points of prime order, P-256
 * points must be on the curve, RSA moduli at least {@value #MIN_RSA_BITS} bits. Failures throw
 * {@link org.microcred.core.MicrocredException} with {@link org.microcred.core.ErrorCode#KEY_INVALID}
 * and a message saying what was expected.
 *
 * <p>Immutable and thread-safe. {@link #equals(Object)} compares the key material.
 */
public final class MicrocredPublicKey implements VerificationKey {

    /** The smallest RSA modulus accepted, in bits. */
    public static final int MIN_RSA_BITS = 2048;
    /** The largest RSA modulus accepted, in bits (bounds the cost of hostile keys). */
    public static final int MAX_RSA_BITS = 16384;

    private final KeyType keyType;
    private final PublicKey jdkKey;
    private final Ed25519Engine.PublicKey ed25519;
    /** Ed25519: 32 raw bytes; P-256: 33-byte compressed point; RSA: DER SubjectPublicKeyInfo. */
    private final byte[] canonical;

    private MicrocredPublicKey(KeyType keyType, PublicKey jdkKey, Ed25519Engine.PublicKey ed25519,
            byte[] canonical) {
        this.keyType = keyType;
        this.jdkKey = jdkKey;
        this.ed25519 = ed25519;
        this.canonical = canonical;
    }

    // ---------------------------------------------------------------- factories

    /**
     * An Ed25519 public key from its 32-byte RFC 8032 encoding.
     *
     * @param publicKey 32 bytes; never null
     * @return the key
     * @throws org.microcred.core.MicrocredException KEY_INVALID if not 32 bytes or not a valid point
     */
    public static MicrocredPublicKey ed25519(byte[] publicKey) {
        Ed25519Engine.PublicKey engineKey = Ed25519Engine.publicKey(publicKey);
        byte[] raw = engineKey.encoded();
        return new MicrocredPublicKey(KeyType.ED25519, jdkEd25519(raw), engineKey, raw);
    }

    /**
     * A P-256 public key from its affine coordinates.
     *
     * @param x the x coordinate; never null
     * @param y the y coordinate; never null
     * @return the key
     * @throws org.microcred.core.MicrocredException KEY_INVALID if the point is not on P-256
     */
    public static MicrocredPublicKey p256(BigInteger x, BigInteger y) {
        if (!P256.onCurve(x, y)) {
            throw KeyErrors.invalid("P-256 public key point (x, y) is not on the curve");
        }
        ECPoint point = new ECPoint(x, y);
        try {
            PublicKey jdk = KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, P256.SPEC));
            return new MicrocredPublicKey(KeyType.P256, jdk, null, P256.compress(point));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK rejected a valid P-256 point", e);
        }
    }

    /**
     * A P-256 public key from its 33-byte SEC1 compressed encoding.
     *
     * @param compressed 33 bytes starting 0x02 or 0x03; never null
     * @return the key
     * @throws org.microcred.core.MicrocredException KEY_INVALID if malformed or not on the curve
     */
    public static MicrocredPublicKey p256Compressed(byte[] compressed) {
        ECPoint point = P256.decompress(compressed);
        return p256(point.getAffineX(), point.getAffineY());
    }

    /**
     * An RSA public key.
     *
     * @param modulus n; never null
     * @param exponent e; never null
     * @return the key
     * @throws org.microcred.core.MicrocredException KEY_INVALID if n has fewer than 2048 or more
     *     than 16384 bits, is even, or e
     *     is not an odd number greater than 1
     */
    public static MicrocredPublicKey rsa(BigInteger modulus, BigInteger exponent) {
        if (modulus.signum() <= 0 || modulus.bitLength() < MIN_RSA_BITS) {
            throw KeyErrors.invalid("RSA modulus has " + Math.max(0, modulus.bitLength())
                    + " bits; at least " + MIN_RSA_BITS + " are required");
        }
        if (modulus.bitLength() > MAX_RSA_BITS) {
            throw KeyErrors.invalid("RSA modulus has " + modulus.bitLength() + " bits; at most " + MAX_RSA_BITS
                    + " are accepted");
        }
        if (!modulus.testBit(0)) {
            throw KeyErrors.invalid("RSA modulus is even");
        }
        if (exponent.compareTo(BigInteger.ONE) <= 0 || !exponent.testBit(0)
                || exponent.compareTo(modulus) >= 0) {
            throw KeyErrors.invalid("RSA public exponent " + exponent + " is invalid; expected an odd"
                    + " number greater than 1 and smaller than the modulus");
        }
        try {
            PublicKey jdk = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, exponent));
            return new MicrocredPublicKey(KeyType.RSA, jdk, null, jdk.getEncoded());
        } catch (GeneralSecurityException e) {
            throw KeyErrors.invalid("the JDK rejected the RSA public key: " + e.getMessage());
        }
    }

    /**
     * Wraps a JDK public key (EdEC Ed25519, EC on P-256, or RSA).
     *
     * @param key the key; never null
     * @return the validated key
     * @throws org.microcred.core.MicrocredException KEY_INVALID for other algorithms or curves,
     *     X25519/Ed448, RSA under 2048 bits
     */
    public static MicrocredPublicKey of(PublicKey key) {
        Objects.requireNonNull(key, "key");
        if (key instanceof EdECPublicKey ed) {
            String curve = ed.getParams() == null ? "unknown curve" : ed.getParams().getName();
            if (!"Ed25519".equalsIgnoreCase(curve)) {
                throw KeyErrors.invalid("EdDSA key on " + curve + " is not supported; expected Ed25519");
            }
            return ed25519(rawEd25519(ed.getPoint()));
        }
        if (key instanceof ECPublicKey ec) {
            if (!P256.isP256(ec)) {
                throw KeyErrors.invalid("EC public key is not on P-256 (secp256r1); only P-256 is supported");
            }
            return p256(ec.getW().getAffineX(), ec.getW().getAffineY());
        }
        if (key instanceof RSAPublicKey rsa) {
            return rsa(rsa.getModulus(), rsa.getPublicExponent());
        }
        throw KeyErrors.invalid("unsupported public key algorithm " + key.getAlgorithm()
                + "; expected Ed25519, EC P-256 or RSA");
    }

    /**
     * Parses a public JWK (JSON text). Private members ({@code d}, {@code p}, {@code q},
     * {@code dp}, {@code dq}, {@code qi}, {@code oth}) are rejected.
     *
     * @param jwkJson the JWK; never null
     * @return the key
     * @throws org.microcred.core.MicrocredException KEY_INVALID naming the member at fault
     *     (or JSON_MALFORMED / LIMIT_EXCEEDED if the text is not bounded JSON)
     */
    public static MicrocredPublicKey fromJwk(String jwkJson) {
        return fromJwk(Json.standard().parse(jwkJson));
    }

    /**
     * Parses a public JWK (JSON object). See {@link #fromJwk(String)}.
     *
     * @param jwk the JWK; never null
     * @return the key
     */
    public static MicrocredPublicKey fromJwk(JsonNode jwk) {
        return JwkCodec.parsePublic(jwk);
    }

    /**
     * Decodes a Multikey {@code publicKeyMultibase}; same as {@link Multikey#decodePublicKey(String)}.
     *
     * @param publicKeyMultibase {@code z6Mk…} (Ed25519) or {@code zDn…} (P-256); never null
     * @return the key
     */
    public static MicrocredPublicKey fromMultibase(String publicKeyMultibase) {
        return Multikey.decodePublicKey(publicKeyMultibase);
    }

    // ---------------------------------------------------------------- accessors

    @Override
    public KeyType keyType() {
        return keyType;
    }

    @Override
    public PublicKey toPublicKey() {
        return jdkKey;
    }

    /**
     * The raw key bytes: Ed25519 the 32-byte RFC 8032 encoding, P-256 the 33-byte compressed
     * point, RSA the DER SubjectPublicKeyInfo.
     *
     * @return a fresh copy
     */
    public byte[] rawBytes() {
        return canonical.clone();
    }

    /**
     * The public JWK, members in lexicographic order and only the required ones (as RFC 7638
     * uses): Ed25519 {@code {"crv":"Ed25519","kty":"OKP","x":…}}, P-256
     * {@code {"crv":"P-256","kty":"EC","x":…,"y":…}}, RSA {@code {"e":…,"kty":"RSA","n":…}}.
     *
     * @return a new JSON object the caller may modify
     */
    public ObjectNode toJwk() {
        return JwkCodec.writePublic(this);
    }

    /** @return {@link #toJwk()} as compact JSON text */
    public String toJwkJson() {
        return Json.standard().write(toJwk());
    }

    /**
     * The RFC 7638 JWK thumbprint (SHA-256, base64url), handy as a {@code kid}.
     *
     * @return the thumbprint
     */
    public String jwkThumbprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(toJwkJson().getBytes(StandardCharsets.UTF_8));
            return Base64Url.encode(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 missing", e);
        }
    }

    /**
     * The Multikey {@code publicKeyMultibase}; same as {@link Multikey#encodePublicKey}.
     *
     * @return {@code z6Mk…} or {@code zDn…}
     * @throws org.microcred.core.MicrocredException KEY_INVALID for RSA keys (no Multikey form)
     */
    public String toMultibase() {
        return Multikey.encodePublicKey(this);
    }

    // ---------------------------------------------------------------- verification

    @Override
    public boolean verify(SignatureAlgorithm algorithm, byte[] data, byte[] signature) {
        if (algorithm == null || data == null || signature == null || algorithm.keyType() != keyType) {
            return false;
        }
        switch (algorithm) {
            case EdDSA:
                return Ed25519Engine.verify(ed25519, data, signature);
            case ES256:
                return signature.length == 64 && jdkVerify("SHA256withECDSAinP1363Format", null, data, signature);
            case RS256:
                return jdkVerify("SHA256withRSA", null, data, signature);
            case PS256:
                return jdkVerify("RSASSA-PSS", PSS, data, signature);
            default:
                return false;
        }
    }

    static final PSSParameterSpec PSS =
            new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1);

    private boolean jdkVerify(String jcaName, PSSParameterSpec params, byte[] data, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(jcaName);
            if (params != null) {
                verifier.setParameter(params);
            }
            verifier.initVerify(jdkKey);
            verifier.update(data);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    // ---------------------------------------------------------------- helpers

    static PublicKey jdkEd25519(byte[] raw) {
        byte[] bigEndian = new byte[32];
        for (int i = 0; i < 32; i++) {
            bigEndian[i] = raw[31 - i];
        }
        boolean xOdd = (bigEndian[0] & 0x80) != 0;
        bigEndian[0] &= 0x7F;
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new EdECPublicKeySpec(
                    NamedParameterSpec.ED25519, new EdECPoint(xOdd, new BigInteger(1, bigEndian))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK rejected a valid Ed25519 key", e);
        }
    }

    static byte[] rawEd25519(EdECPoint point) {
        byte[] y = P256.fixed(point.getY());
        byte[] raw = new byte[32];
        for (int i = 0; i < 32; i++) {
            raw[i] = y[31 - i];
        }
        if (point.isXOdd()) {
            raw[31] |= (byte) 0x80;
        }
        return raw;
    }

    ECPoint ecPoint() {
        return ((ECPublicKey) jdkKey).getW();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MicrocredPublicKey other && other.keyType == keyType
                && Arrays.equals(other.canonical, canonical);
    }

    @Override
    public int hashCode() {
        return keyType.hashCode() * 31 + Arrays.hashCode(canonical);
    }

    /** @return the key type and its JWK thumbprint (public information only) */
    @Override
    public String toString() {
        return "MicrocredPublicKey[" + keyType + ", thumbprint=" + jwkThumbprint() + "]";
    }
}
