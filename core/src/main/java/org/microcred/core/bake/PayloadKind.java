package org.microcred.core.bake;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** What kind of text a baked image carries. */
public enum PayloadKind {
    /** A JSON object: an OB 3.0 credential with an embedded proof, or an OB 2.0 assertion. */
    JSON,
    /** A compact JWS: an OB 3.0 VC-JWT, or an OB 2.0 signed assertion. */
    JWS,
    /** An {@code http(s)} URL of a hosted OB 2.0 assertion (legacy {@code tEXt} chunk, SVG {@code verify}). */
    URL;

    private static final Pattern COMPACT_JWS =
            Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");

    /**
     * Classifies credential text by its shape (no parsing): a JSON object starts with <code>{</code>
     * and ends with <code>}</code>; a compact JWS is three base64url segments joined by dots (the
     * first two non-empty); a URL starts with {@code http://} or {@code https://} and has no white
     * space.
     *
     * @param text the text, already stripped of surrounding white space; never null
     * @return the kind, or empty when the text has none of these shapes
     */
    public static Optional<PayloadKind> classify(String text) {
        if (text.length() >= 2 && text.charAt(0) == '{' && text.charAt(text.length() - 1) == '}') {
            return Optional.of(JSON);
        }
        if (COMPACT_JWS.matcher(text).matches()) {
            return Optional.of(JWS);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if ((lower.startsWith("https://") || lower.startsWith("http://"))
                && text.chars().noneMatch(c -> c <= ' ')) {
            return Optional.of(URL);
        }
        return Optional.empty();
    }
}
