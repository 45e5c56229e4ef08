package org.microcred.core.internal;

import java.util.Base64;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;

/**
 * base64url without padding (RFC 4648 §5, as JOSE uses it: RFC 7515 §2).
 *
 * <p>Decoding is strict: padding ({@code =}), whitespace, characters of the standard alphabet
 * ({@code +}, {@code /}), impossible lengths (4n+1) and non-zero unused trailing bits are all
 * rejected, so every accepted string is the one canonical encoding of its bytes.
 *
 * <p>Stateless and thread-safe.
 */
public final class Base64Url {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Base64Url() {
    }

    /**
     * Encodes bytes.
     *
     * @param input the bytes; never null
     * @return base64url text without padding
     */
    public static String encode(byte[] input) {
        return ENCODER.encodeToString(input);
    }

    /**
     * Decodes base64url text without padding.
     *
     * @param input the text; never null
     * @return the bytes
     * @throws MicrocredException {@link ErrorCode#INVALID_VALUE} naming the problem (invalid
     *     character and index, padding, impossible length, non-canonical trailing bits)
     */
    public static byte[] decode(String input) {
        int length = input.length();
        if (length % 4 == 1) {
            diagnoseCharacters(input);
            throw new MicrocredException(ErrorCode.INVALID_VALUE,
                    "base64url text has an impossible length " + length + " (4n+1 characters)");
        }
        if (input.indexOf('=') >= 0) {
            diagnoseCharacters(input);
        }
        if (length % 4 != 0) {
            int last = value(input.charAt(length - 1));
            int unusedBitsMask = length % 4 == 2 ? 0x0F : 0x03;
            if (last >= 0 && (last & unusedBitsMask) != 0) {
                throw new MicrocredException(ErrorCode.INVALID_VALUE,
                        "base64url text is not canonical: the last character "
                                + Base58.describe(input.charAt(length - 1)) + " has non-zero unused bits");
            }
        }
        try {
            // The JDK decoder checks the alphabet itself; the per-character walk below only runs
            // to say precisely what was wrong, so valid input is checked once, not twice.
            return DECODER.decode(input);
        } catch (IllegalArgumentException e) {
            diagnoseCharacters(input);
            throw new MicrocredException(ErrorCode.INVALID_VALUE, "invalid base64url text: " + e.getMessage(), null, e);
        }
    }

    /** Throws naming the first padding or non-alphabet character; returns if there is none. */
    private static void diagnoseCharacters(String input) {
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '=') {
                throw new MicrocredException(ErrorCode.INVALID_VALUE,
                        "base64url text has padding '=' at index " + i,
                        "JOSE and multibase 'u' use base64url without padding", null);
            }
            if (value(c) < 0) {
                throw new MicrocredException(ErrorCode.INVALID_VALUE,
                        "invalid base64url character " + Base58.describe(c) + " at index " + i,
                        "base64url uses A-Z, a-z, 0-9, '-' and '_'", null);
            }
        }
    }

    private static int value(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        if (c == '-') {
            return 62;
        }
        if (c == '_') {
            return 63;
        }
        return -1;
    }
}
