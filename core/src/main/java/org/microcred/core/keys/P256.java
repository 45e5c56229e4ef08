package org.microcred.core.keys;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.interfaces.ECKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.bouncycastle.math.ec.custom.sec.SecP256R1Curve;

/** NIST P-256 (secp256r1) arithmetic needed for key handling: curve checks, point compression. */
final class P256 {

    static final BigInteger P = new BigInteger(
            "FFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF", 16);
    static final BigInteger B = new BigInteger(
            "5AC635D8AA3A93E7B3EBBD55769886BC651D06B0CC53B0F63BCE3C3E27D2604B", 16);
    static final BigInteger N = new BigInteger(
            "FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", 16);
    static final BigInteger GX = new BigInteger(
            "6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296", 16);
    static final BigInteger GY = new BigInteger(
            "4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5", 16);
    private static final BigInteger THREE = BigInteger.valueOf(3);

    static final ECParameterSpec SPEC = jdkSpec();
    /** Bouncy Castle's generator point; its comb precomputation is cached on it (thread-safe). */
    private static final org.bouncycastle.math.ec.ECPoint BC_G = bcGenerator();

    private P256() {
    }

    private static org.bouncycastle.math.ec.ECPoint bcGenerator() {
        ECCurve curve = new SecP256R1Curve();
        return curve.createPoint(GX, GY);
    }

    private static ECParameterSpec jdkSpec() {
        try {
            AlgorithmParameters params = AlgorithmParameters.getInstance("EC");
            params.init(new ECGenParameterSpec("secp256r1"));
            return params.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no secp256r1 support", e);
        }
    }

    /** Whether a JDK EC key is on P-256. */
    static boolean isP256(ECKey key) {
        ECParameterSpec s = key.getParams();
        return s != null && s.getOrder().equals(N) && s.getGenerator().getAffineX().equals(GX)
                && s.getCurve().getB().equals(B);
    }

    private static BigInteger rhs(BigInteger x) {
        return x.pow(3).subtract(x.multiply(THREE)).add(B).mod(P);
    }

    /** Whether (x, y) is an affine point on the curve (coordinates in range). */
    static boolean onCurve(BigInteger x, BigInteger y) {
        if (x.signum() < 0 || x.compareTo(P) >= 0 || y.signum() < 0 || y.compareTo(P) >= 0) {
            return false;
        }
        return y.modPow(BigInteger.TWO, P).equals(rhs(x));
    }

    /** 33-byte SEC1 compressed encoding. */
    static byte[] compress(ECPoint point) {
        byte[] out = new byte[33];
        out[0] = (byte) (point.getAffineY().testBit(0) ? 0x03 : 0x02);
        System.arraycopy(fixed(point.getAffineX()), 0, out, 1, 32);
        return out;
    }

    /** Decompresses a 33-byte SEC1 point; throws KEY_INVALID if it is not on the curve. */
    static ECPoint decompress(byte[] compressed) {
        if (compressed.length != 33 || (compressed[0] != 0x02 && compressed[0] != 0x03)) {
            throw KeyErrors.invalid("P-256 public key must be a 33-byte compressed point starting 0x02"
                    + " or 0x03; got " + compressed.length + " bytes"
                    + (compressed.length > 0 ? " starting 0x" + String.format("%02x", compressed[0]) : ""));
        }
        byte[] xBytes = new byte[32];
        System.arraycopy(compressed, 1, xBytes, 0, 32);
        BigInteger x = new BigInteger(1, xBytes);
        if (x.compareTo(P) >= 0) {
            throw KeyErrors.invalid("P-256 point x coordinate is not below the field prime");
        }
        BigInteger alpha = rhs(x);
        // p ≡ 3 (mod 4), so a square root is alpha^((p+1)/4)
        BigInteger y = alpha.modPow(P.add(BigInteger.ONE).shiftRight(2), P);
        if (!y.modPow(BigInteger.TWO, P).equals(alpha)) {
            throw KeyErrors.invalid("P-256 compressed point is not on the curve (x has no square root)");
        }
        boolean odd = compressed[0] == 0x03;
        if (y.testBit(0) != odd) {
            y = P.subtract(y);
        }
        return new ECPoint(x, y);
    }

    /** Public point d·G, computed with Bouncy Castle's fixed-point comb (regular execution). */
    static ECPoint publicPoint(BigInteger d) {
        org.bouncycastle.math.ec.ECPoint q = new FixedPointCombMultiplier().multiply(BC_G, d).normalize();
        return new ECPoint(q.getAffineXCoord().toBigInteger(), q.getAffineYCoord().toBigInteger());
    }

    /** Big-endian, left-padded to 32 bytes. */
    static byte[] fixed(BigInteger value) {
        byte[] raw = value.toByteArray();
        byte[] out = new byte[32];
        if (raw.length > 32) {
            System.arraycopy(raw, raw.length - 32, out, 0, 32);
        } else {
            System.arraycopy(raw, 0, out, 32 - raw.length, raw.length);
        }
        return out;
    }
}
