package org.microcred.verify.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides what raw input bytes are, from their first bytes: a PNG (signature), an SVG (XML with an
 * {@code <svg} element), a JSON document, a compact JWS (three base64url parts), or a URL.
 */
public final class InputDetector {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final Pattern COMPACT_JWS = Pattern.compile("^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*$");

    /** What the input is. */
    public enum Kind {
        /** A PNG image. */
        PNG,
        /** An SVG image. */
        SVG,
        /** JSON text (an object or something else, decided when parsing). */
        JSON,
        /** A compact JWS. */
        JWS,
        /** An http(s) URL, as OB 2.0 images may bake. */
        URL,
        /** Nothing recognised. */
        UNKNOWN
    }

    /**
     * @param kind the kind
     * @param text the decoded text (trimmed, BOM removed) for text kinds, else null
     * @param reason for UNKNOWN, why
     */
    public record Detected(Kind kind, String text, String reason) {
    }

    private InputDetector() {
    }

    /**
     * @param input the raw bytes
     * @return what they are
     */
    public static Detected detect(byte[] input) {
        if (input.length == 0) {
            return new Detected(Kind.UNKNOWN, null, "The input is empty");
        }
        if (startsWith(input, PNG_SIGNATURE)) {
            return new Detected(Kind.PNG, null, null);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(input)).toString();
        } catch (CharacterCodingException e) {
            return new Detected(Kind.UNKNOWN, null, "The input is neither a PNG image nor UTF-8 text "
                    + "(JSON, compact JWS or SVG)");
        }
        return detect(text);
    }

    /**
     * @param raw text input
     * @return what it is
     */
    public static Detected detect(String raw) {
        String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        text = text.strip();
        if (text.isEmpty()) {
            return new Detected(Kind.UNKNOWN, null, "The input is empty (only white space)");
        }
        char first = text.charAt(0);
        if (first == '{' || first == '[') {
            return new Detected(Kind.JSON, text, null);
        }
        if (first == '<') {
            String head = text.substring(0, Math.min(text.length(), 65_536)).toLowerCase(Locale.ROOT);
            if (head.contains("<svg")) {
                return new Detected(Kind.SVG, text, null);
            }
            return new Detected(Kind.UNKNOWN, null, "The input is XML or HTML but not an SVG image "
                    + "(no <svg> element)");
        }
        if (COMPACT_JWS.matcher(text).matches()) {
            return new Detected(Kind.JWS, text, null);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if ((lower.startsWith("https://") || lower.startsWith("http://")) && text.length() < 4096
                && text.chars().noneMatch(Character::isWhitespace)) {
            return new Detected(Kind.URL, text, null);
        }
        return new Detected(Kind.UNKNOWN, null, "The input is not a credential: expected a JSON object, "
                + "a compact JWS (three base64url parts separated by dots), a PNG or an SVG image");
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
