package org.microcred.core.model;

import java.util.Collection;
import java.util.Map;

/** Compact {@code toString} output: only the values that are set. */
final class ToStrings {

    private ToStrings() {
    }

    static void append(StringBuilder sb, String name, Object value) {
        if (value == null || value instanceof Collection<?> c && c.isEmpty() || value instanceof Map<?, ?> m && m.isEmpty()) {
            return;
        }
        sb.append(name).append('=').append(value).append(", ");
    }

    static String close(StringBuilder sb) {
        if (sb.charAt(sb.length() - 1) == ' ') {
            sb.setLength(sb.length() - 2);
        }
        return sb.append('}').toString();
    }
}
