package org.microcred.verify.resolve;

import java.util.Collection;
import java.util.List;

/** How resolution messages quote untrusted values: bounded and printable. */
final class Text {

    private static final int MAX_SHOWN = 160;
    private static final int MAX_LISTED = 10;

    private Text() {
    }

    /** Quotes a value: at most 160 characters, control and non-ASCII characters escaped. */
    static String shown(String text) {
        String cut = text.length() > MAX_SHOWN ? text.substring(0, MAX_SHOWN) : text;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cut.length(); i++) {
            char c = cut.charAt(i);
            sb.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return text.length() > MAX_SHOWN ? sb.append('…').toString() : sb.toString();
    }

    /** Lists at most ten quoted values, saying how many there are in all. */
    static String listed(Collection<String> items) {
        List<String> shownItems = items.stream().limit(MAX_LISTED).map(Text::shown).toList();
        return String.join(", ", shownItems)
                + (items.size() > MAX_LISTED ? ", … (" + items.size() + " in all)" : "");
    }

    /** {@code did:web:x#key-1} under document {@code did:web:x} → {@code #key-1}. */
    static String shortId(String id, String docId) {
        return id.startsWith(docId + "#") ? id.substring(docId.length()) : id;
    }

    static int indexOfAny(String text, char... chars) {
        for (int i = 0; i < text.length(); i++) {
            for (char c : chars) {
                if (text.charAt(i) == c) {
                    return i;
                }
            }
        }
        return -1;
    }
}
