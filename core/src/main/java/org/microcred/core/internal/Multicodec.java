package org.microcred.core.internal;

import java.util.Arrays;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;

/**
 * Multicodec headers: an unsigned LEB128 varint code in front of the payload. Only the key
 * codes Microcred uses have names here (from the multicodec table, multiformats/multicodec
 * {@code table.csv}).
 *
 * <p>Decoding is strict: the varint must be minimally encoded and at most 9 bytes long.
 * Stateless and thread-safe.
 */
public final class Multicodec {

    /** {@code ed25519-pub}, varint {@code 0xed 0x01}. */
    public static final int ED25519_PUB = 0xed;
    /** {@code ed25519-priv}, varint {@code 0x80 0x26}. */
    public static final int ED25519_PRIV = 0x1300;
    /** {@code p256-pub} (compressed point), varint {@code 0x80 0x24}. */
    public static final int P256_PUB = 0x1200;
    /** {@code p256-priv}, varint {@code 0x86 0x26}. */
    public static final int P256_PRIV = 0x1306;
    /** {@code rsa-pub} (PKCS#1 DER), varint {@code 0x85 0x24}. */
    public static final int RSA_PUB = 0x1205;

    /** A decoded header: the code and the bytes after it. */
    public record Decoded(long code, byte[] payload) {
    }

    private Multicodec() {
    }

    /**
     * Prefixes a payload with the varint of a code.
     *
     * @param code a non-negative code
     * @param payload the bytes; never null
     * @return header + payload
     */
    public static byte[] prefix(long code, byte[] payload) {
        byte[] header = varint(code);
        byte[] out = Arrays.copyOf(header, header.length + payload.length);
        System.arraycopy(payload, 0, out, header.length, payload.length);
        return out;
    }

    /**
     * Encodes a code as an unsigned varint.
     *
     * @param code a non-negative code
     * @return the varint bytes
     */
    public static byte[] varint(long code) {
        if (code < 0) {
            throw new IllegalArgumentException("code must be non-negative: " + code);
        }
        byte[] buf = new byte[10];
        int n = 0;
        long v = code;
        do {
            byte b = (byte) (v & 0x7F);
            v >>>= 7;
            if (v != 0) {
                b |= (byte) 0x80;
            }
            buf[n++] = b;
        } while (v != 0);
        return Arrays.copyOf(buf, n);
    }

    /**
     * Splits bytes into the varint code and the payload.
     *
     * @param bytes the bytes; never null
     * @return the code and payload
     * @throws MicrocredException {@link ErrorCode#INVALID_VALUE} if the varint is truncated,
     *     longer than 9 bytes or not minimally encoded
     */
    public static Decoded decode(byte[] bytes) {
        long code = 0;
        for (int i = 0; i < bytes.length && i < 9; i++) {
            int b = bytes[i] & 0xFF;
            code |= (long) (b & 0x7F) << (7 * i);
            if ((b & 0x80) == 0) {
                if (b == 0 && i > 0) {
                    throw new MicrocredException(ErrorCode.INVALID_VALUE,
                            "multicodec varint header is not minimally encoded");
                }
                return new Decoded(code, Arrays.copyOfRange(bytes, i + 1, bytes.length));
            }
        }
        throw new MicrocredException(ErrorCode.INVALID_VALUE, bytes.length == 0
                ? "no multicodec header: the value is empty"
                : "multicodec varint header is truncated or longer than 9 bytes");
    }

    /**
     * Checks the header is the expected code and returns the payload of the expected length.
     *
     * @param bytes the bytes; never null
     * @param expectedCode the code required
     * @param codeName the multicodec name for messages, e.g. {@code ed25519-pub}
     * @param expectedLength the payload length required
     * @return the payload
     * @throws MicrocredException {@link ErrorCode#INVALID_VALUE} naming the expected and
     *     actual header or length
     */
    public static byte[] expect(byte[] bytes, long expectedCode, String codeName, int expectedLength) {
        Decoded d = decode(bytes);
        if (d.code() != expectedCode) {
            throw new MicrocredException(ErrorCode.INVALID_VALUE,
                    "wrong multicodec header 0x" + hex(varintOf(bytes)) + " (code 0x"
                            + Long.toHexString(d.code()) + "); expected " + codeName + " 0x"
                            + hex(varint(expectedCode)));
        }
        if (d.payload().length != expectedLength) {
            throw new MicrocredException(ErrorCode.INVALID_VALUE,
                    codeName + " payload is " + d.payload().length + " bytes; expected "
                            + expectedLength);
        }
        return d.payload();
    }

    private static byte[] varintOf(byte[] bytes) {
        int n = 0;
        while (n < bytes.length && n < 9 && (bytes[n] & 0x80) != 0) {
            n++;
        }
        return Arrays.copyOf(bytes, Math.min(bytes.length, n + 1));
    }

    /**
     * Lower-case hex.
     *
     * @param bytes the bytes
     * @return hex text
     */
    public static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            sb.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return sb.toString();
    }
}
