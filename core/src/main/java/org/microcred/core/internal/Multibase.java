package org.microcred.core.internal;

import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;

/**
 * Multibase text: a one-character base prefix followed by the encoded bytes. Supported bases:
 * {@code z} = base58btc ({@link Base58}) and {@code u} = base64url without padding
 * ({@link Base64Url}). Spec: draft-multiformats-multibase; W3C Controlled Identifiers §2.4.
 *
 * <p>Stateless and thread-safe.
 */
public final class Multibase {

    /** A multibase base this class supports. */
    public enum Base {
        /** base58btc, prefix {@code z}. */
        BASE58BTC('z'),
        /** base64url without padding, prefix {@code u}. */
        BASE64URL('u');

        private final char prefix;

        Base(char prefix) {
            this.prefix = prefix;
        }

        /** @return the multibase prefix character */
        public char prefix() {
            return prefix;
        }
    }

    private Multibase() {
    }

    /**
     * Encodes bytes.
     *
     * @param base the base; never null
     * @param bytes the bytes; never null
     * @return prefix + encoded text
     */
    public static String encode(Base base, byte[] bytes) {
        String body = base == Base.BASE58BTC ? Base58.encode(bytes) : Base64Url.encode(bytes);
        return base.prefix() + body;
    }

    /**
     * Decodes multibase text in either supported base.
     *
     * @param text the text; never null
     * @return the bytes
     * @throws MicrocredException {@link ErrorCode#INVALID_VALUE} if empty, the prefix is not
     *     {@code z} or {@code u}, or the body is not valid in that base
     */
    public static byte[] decode(String text) {
        if (text.isEmpty()) {
            throw new MicrocredException(ErrorCode.INVALID_VALUE,
                    "empty multibase value; expected a 'z' (base58btc) or 'u' (base64url) prefix");
        }
        char prefix = text.charAt(0);
        if (prefix == 'z') {
            return Base58.decode(text.substring(1));
        }
        if (prefix == 'u') {
            return Base64Url.decode(text.substring(1));
        }
        throw new MicrocredException(ErrorCode.INVALID_VALUE,
                "unsupported multibase prefix " + Base58.describe(prefix)
                        + "; expected 'z' (base58btc) or 'u' (base64url)");
    }

    /**
     * Decodes multibase text that must be in the given base.
     *
     * @param base the required base; never null
     * @param text the text; never null
     * @return the bytes
     * @throws MicrocredException {@link ErrorCode#INVALID_VALUE} if the prefix is not the
     *     required one or the body is invalid
     */
    public static byte[] decode(Base base, String text) {
        if (text.isEmpty() || text.charAt(0) != base.prefix()) {
            throw new MicrocredException(ErrorCode.INVALID_VALUE,
                    "expected multibase prefix '" + base.prefix() + "' (" + base.name().toLowerCase()
                            + ") but the value " + (text.isEmpty() ? "is empty"
                            : "starts with " + Base58.describe(text.charAt(0))));
        }
        return decode(text);
    }
}
