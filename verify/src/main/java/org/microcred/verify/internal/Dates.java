package org.microcred.verify.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Parsing of the spec's {@code DateTimeZ} (an XSD dateTime that carries a time zone, e.g.
 * {@code 2024-01-01T00:00:00Z} or {@code 2024-01-01T01:00:00.5+01:00}).
 */
public final class Dates {

    // XSD dateTime lexical form with a mandatory zone; years limited to 4 digits.
    private static final Pattern DATE_TIME_Z = Pattern.compile(
            "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|z|[+-]\\d{2}:\\d{2})$");

    private Dates() {
    }

    /**
     * @param text a date-time string
     * @return the instant
     * @throws IllegalArgumentException with a message saying what is wrong, if not a DateTimeZ
     */
    public static Instant parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("it is not a string");
        }
        if (!DATE_TIME_Z.matcher(text).matches()) {
            if (text.matches("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$")) {
                throw new IllegalArgumentException("\"" + Nodes.clip(text) + "\" has no time zone (expected e.g. "
                        + "2024-01-01T00:00:00Z)");
            }
            throw new IllegalArgumentException("\"" + Nodes.clip(text) + "\" is not an ISO 8601 date-time with "
                    + "time zone (expected e.g. 2024-01-01T00:00:00Z)");
        }
        try {
            return OffsetDateTime.parse(text.replace('z', 'Z'), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + Nodes.clip(text) + "\" is not a valid date-time ("
                    + e.getMessage() + ")", e);
        }
    }

    /**
     * @param instant an instant
     * @return its ISO 8601 form in UTC, seconds precision when there is no fraction
     */
    public static String format(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
