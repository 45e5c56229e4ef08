package org.microcred.verify.ob2;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OB 2.0 DateTime values: ISO 8601 with time and time zone. Legacy forms seen in older badges
 * (no zone, a date alone, a Unix timestamp) are read as UTC with a warning.
 */
final class Dates {

    /** A read value: the instant, and a warning when a legacy form was accepted. */
    record Read(Instant instant, Optional<String> warning) {
    }

    private static final Pattern COMPACT_OFFSET = Pattern.compile("(.*T.*[+-])(\\d{2})(\\d{2})$");
    private static final Pattern HOUR_OFFSET = Pattern.compile("(.*T.*[+-])(\\d{2})$");

    private Dates() {
    }

    /**
     * @return the instant, or empty when the value is not a DateTime at all
     */
    static Optional<Read> read(JsonNode value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            long seconds = value.asLong();
            if (seconds < 0 || seconds > 253_402_300_799L) {
                return Optional.empty();
            }
            return Optional.of(new Read(Instant.ofEpochSecond(seconds),
                    Optional.of("a Unix timestamp (OB 1.x); OB 2.0 requires an ISO 8601 string")));
        }
        if (!value.isTextual()) {
            return Optional.empty();
        }
        String s = value.asText().strip();
        if (s.length() > 64) {
            return Optional.empty();
        }
        Matcher m = COMPACT_OFFSET.matcher(s);
        if (m.matches()) {
            s = m.group(1) + m.group(2) + ":" + m.group(3);
        } else {
            m = HOUR_OFFSET.matcher(s);
            if (m.matches()) {
                s = m.group(1) + m.group(2) + ":00";
            }
        }
        try {
            return Optional.of(new Read(OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant(),
                    Optional.empty()));
        } catch (DateTimeParseException e) {
            // try the legacy forms below
        }
        try {
            return Optional.of(new Read(LocalDateTime.parse(s, DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                    .toInstant(ZoneOffset.UTC), Optional.of("no time zone; read as UTC")));
        } catch (DateTimeParseException e) {
            // next
        }
        try {
            return Optional.of(new Read(LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE)
                    .atStartOfDay(ZoneOffset.UTC).toInstant(), Optional.of("a date without time; read as midnight UTC")));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
