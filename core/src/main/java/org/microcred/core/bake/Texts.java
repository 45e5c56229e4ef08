package org.microcred.core.bake;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;

/** Shared helpers: strict UTF-8, bounded inflate, white-space stripping, payload checks. */
final class Texts {

    private Texts() {
    }

    static MicrocredException invalid(String message) {
        return new MicrocredException(ErrorCode.IMAGE_INVALID, message);
    }

    static MicrocredException invalid(String message, Throwable cause) {
        return new MicrocredException(ErrorCode.IMAGE_INVALID, message, null, cause);
    }

    /** Decodes UTF-8, refusing malformed sequences instead of replacing them. */
    static String strictUtf8(byte[] bytes, int offset, int length, String where) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length))
                    .toString();
        } catch (CharacterCodingException e) {
            throw invalid(where + " is not valid UTF-8", e);
        }
    }

    /** Encodes UTF-8, refusing unpaired surrogates instead of replacing them with '?'. */
    static byte[] strictUtf8(String text, String what) {
        try {
            ByteBuffer buffer = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
            byte[] out = new byte[buffer.remaining()];
            buffer.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new MicrocredException(ErrorCode.INVALID_VALUE,
                    what + " contains an unpaired surrogate and cannot be encoded as UTF-8", null, e);
        }
    }

    /**
     * Inflates zlib data, stopping with IMAGE_INVALID as soon as the output would exceed
     * {@code maxBytes} (a zip bomb never gets further than that).
     */
    static byte[] inflateBounded(byte[] data, int offset, int length, int maxBytes, String where) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(data, offset, length);
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(maxBytes, 4 * length + 64));
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0) {
                    if (inflater.needsInput()) {
                        throw invalid(where + ": compressed text is truncated");
                    }
                    if (inflater.needsDictionary()) {
                        throw invalid(where + ": compressed text needs a preset dictionary");
                    }
                }
                if ((long) out.size() + n > maxBytes) {
                    throw invalid(where + ": compressed text inflates to more than " + maxBytes
                            + " bytes (limit)");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw invalid(where + ": compressed text is not valid zlib data (" + e.getMessage() + ")", e);
        } finally {
            inflater.end();
        }
    }

    /** Strips XML white space (space, tab, CR, LF) at both ends. */
    static String stripXmlSpace(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isXmlSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isXmlSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isXmlSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    /** Classifies extracted text, or fails naming where it came from. */
    static BakedCredential extracted(String rawText, BadgeSpec spec, ImageFormat format, String where) {
        String text = stripXmlSpace(rawText);
        if (text.isEmpty()) {
            throw invalid(where + " is empty");
        }
        PayloadKind kind = PayloadKind.classify(text).orElseThrow(() -> invalid(where
                + " is neither a JSON object, a compact JWS nor an http(s) URL (starts with '"
                + preview(text) + "')"));
        return new BakedCredential(text, spec, format, kind);
    }

    static String preview(String text) {
        String head = text.length() > 16 ? text.substring(0, 16) + "…" : text;
        StringBuilder sb = new StringBuilder();
        head.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp == 0x7F) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }
}
