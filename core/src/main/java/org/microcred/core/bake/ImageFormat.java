package org.microcred.core.bake;

import java.util.Objects;
import java.util.Optional;

/** The image formats a credential can be baked into. */
public enum ImageFormat {
    /** Portable Network Graphics (ISO/IEC 15948, W3C PNG). */
    PNG,
    /** Scalable Vector Graphics (an XML document whose root element is {@code svg}). */
    SVG;

    private static final byte[] PNG_SIGNATURE = {
        (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'
    };

    /**
     * Cheaply guesses the format from the first bytes, without parsing: {@link #PNG} when the bytes
     * start with the PNG signature, {@link #SVG} when they start (after an optional UTF-8 byte order
     * mark and white space) with {@code <}, or with a UTF-16 byte order mark, i.e. look like XML. A guess of {@code SVG} is confirmed
     * only by {@link BadgeBaker#unbake(byte[])}, which parses the document.
     *
     * @param bytes the file content; never null; not modified
     * @return the likely format, or empty when the bytes are neither
     * @throws NullPointerException if {@code bytes} is null
     */
    public static Optional<ImageFormat> sniff(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (startsWithPngSignature(bytes)) {
            return Optional.of(PNG);
        }
        if (bytes.length >= 2 && (((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)
                || ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE))) {
            return Optional.of(SVG);
        }
        int i = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r'
                || bytes[i] == '\n')) {
            i++;
        }
        return i < bytes.length && bytes[i] == '<' ? Optional.of(SVG) : Optional.empty();
    }

    static boolean startsWithPngSignature(byte[] bytes) {
        if (bytes.length < PNG_SIGNATURE.length) {
            return false;
        }
        for (int i = 0; i < PNG_SIGNATURE.length; i++) {
            if (bytes[i] != PNG_SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }

    static int pngSignatureLength() {
        return PNG_SIGNATURE.length;
    }
}
