package org.microcred.core.internal;

import java.util.Arrays;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;

/**
 * Base58 with the Bitcoin alphabet ("base58btc"), as used by multibase prefix {@code z}.
 *
 * <p>Leading zero bytes map to leading {@code '1'} characters and back, so every byte array
 * round-trips exactly. Decoding is strict: any character outside the alphabet (including
 * {@code 0}, {@code O}, {@code I}, {@code l}, whitespace) is rejected. The conversion is
 * quadratic in the input length, so input is capped at {@link #MAX_ENCODED_LENGTH} characters.
 *
 * <p>Stateless and thread-safe. Spec: draft-msporny-base58 (IETF), multibase {@code base58btc}.
 */
public final class Base58 {

    /** The largest encoded string {@link #decode(String)} accepts (about 2.9 KiB of bytes). */
    public static final int MAX_ENCODED_LENGTH = 4096;

    private static final char[] ALPHABET =
            "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".toCharArray();
    private static final int[] INDEXES = new int[128];

    static {
        Arrays.fill(INDEXES, -1);
        for (int i = 0; i < ALPHABET.length; i++) {
            INDEXES[ALPHABET[i]] = i;
        }
    }

    private Base58() {
    }

    /**
     * Encodes bytes.
     *
     * @param input the bytes; never null (may be empty, giving {@code ""})
     * @return the base58btc text
     */
    public static String encode(byte[] input) {
        if (input.length == 0) {
            return "";
        }
        int zeros = 0;
        while (zeros < input.length && input[zeros] == 0) {
            zeros++;
        }
        byte[] digits = Arrays.copyOf(input, input.length);
        char[] out = new char[input.length * 2];
        int outStart = out.length;
        int start = zeros;
        while (start < digits.length) {
            out[--outStart] = ALPHABET[divmod(digits, start, 256, 58)];
            if (digits[start] == 0) {
                start++;
            }
        }
        while (outStart < out.length && out[outStart] == ALPHABET[0]) {
            outStart++;
        }
        while (--zeros >= 0) {
            out[--outStart] = ALPHABET[0];
        }
        return new String(out, outStart, out.length - outStart);
    }

    /**
     * Decodes base58btc text.
     *
     * @param input the text; never null
     * @return the bytes
     * @throws MicrocredException {@link ErrorCode#INVALID_VALUE} naming the first invalid
     *     character and its position; {@link ErrorCode#LIMIT_EXCEEDED} if longer than
     *     {@link #MAX_ENCODED_LENGTH}
     */
    public static byte[] decode(String input) {
        if (input.length() > MAX_ENCODED_LENGTH) {
            throw new MicrocredException(ErrorCode.LIMIT_EXCEEDED,
                    "base58btc text of " + input.length() + " characters exceeds the limit of "
                            + MAX_ENCODED_LENGTH);
        }
        if (input.isEmpty()) {
            return new byte[0];
        }
        byte[] input58 = new byte[input.length()];
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            int digit = c < 128 ? INDEXES[c] : -1;
            if (digit < 0) {
                throw new MicrocredException(ErrorCode.INVALID_VALUE,
                        "invalid base58btc character " + describe(c) + " at index " + i,
                        "base58btc uses 1-9, A-Z and a-z without 0, O, I and l", null);
            }
            input58[i] = (byte) digit;
        }
        int zeros = 0;
        while (zeros < input58.length && input58[zeros] == 0) {
            zeros++;
        }
        byte[] decoded = new byte[input.length()];
        int outStart = decoded.length;
        int start = zeros;
        while (start < input58.length) {
            decoded[--outStart] = (byte) divmod(input58, start, 58, 256);
            if (input58[start] == 0) {
                start++;
            }
        }
        while (outStart < decoded.length && decoded[outStart] == 0) {
            outStart++;
        }
        byte[] result = new byte[zeros + decoded.length - outStart];
        System.arraycopy(decoded, outStart, result, zeros, decoded.length - outStart);
        return result;
    }

    private static int divmod(byte[] number, int first, int base, int divisor) {
        int remainder = 0;
        for (int i = first; i < number.length; i++) {
            int digit = number[i] & 0xFF;
            int temp = remainder * base + digit;
            number[i] = (byte) (temp / divisor);
            remainder = temp % divisor;
        }
        return remainder;
    }

    static String describe(char c) {
        if (c >= 0x21 && c < 0x7F) {
            return "'" + c + "'";
        }
        return String.format("U+%04X", (int) c);
    }
}
