package org.microcred.core.proof;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lexical space of XML Schema 1.1 {@code xsd:dateTime}
 * (<a href="https://www.w3.org/TR/xmlschema11-2/#dateTime">XSD 1.1 Part 2 §3.3.7</a>), with
 * calendar checks. Package-private.
 */
final class XsdDateTime {

    private static final Pattern LEXICAL = Pattern.compile(
            "(-?(?:[1-9][0-9]{4,}|[0-9]{4}))-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(\\.[0-9]+)?"
                    + "(Z|[+-]([0-9]{2}):([0-9]{2}))?");

    private XsdDateTime() {
    }

    /** @return whether the text is a valid xsd:dateTime */
    static boolean isValid(String text) {
        if (text == null || text.length() > 64) {
            return false;
        }
        if (text.length() == 20 && text.charAt(19) == 'Z') {
            return isValidUtcSeconds(text);
        }
        return isValidByPattern(text);
    }

    /** The general check, by regular expression and calendar rules (visible for tests). */
    static boolean isValidByPattern(String text) {
        Matcher m = LEXICAL.matcher(text);
        if (!m.matches()) {
            return false;
        }
        long year = Long.parseLong(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        int hour = Integer.parseInt(m.group(4));
        int minute = Integer.parseInt(m.group(5));
        int second = Integer.parseInt(m.group(6));
        if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) {
            return false;
        }
        if (hour == 24) {
            String fraction = m.group(7);
            if (minute != 0 || second != 0 || (fraction != null && !fraction.matches("\\.0+"))) {
                return false;
            }
        } else if (hour > 23 || minute > 59 || second > 59) {
            return false;
        }
        if (m.group(9) != null) {
            int tzHour = Integer.parseInt(m.group(9));
            int tzMinute = Integer.parseInt(m.group(10));
            if (tzMinute > 59 || tzHour > 14 || (tzHour == 14 && tzMinute != 0)) {
                return false;
            }
        }
        return true;
    }

    /** @return whether the text is a valid xsd:dateTime that carries a time zone */
    static boolean hasTimeZone(String text) {
        return isValid(text) && (text.endsWith("Z") || text.matches(".*[+-][0-9]{2}:[0-9]{2}"));
    }

    /**
     * @return the instant of a dateTime with time zone, or null if it is not one Java can place
     */
    static Instant toInstant(String text) {
        if (!hasTimeZone(text)) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The common {@code YYYY-MM-DDThh:mm:ssZ} form, checked without a regular expression. */
    private static boolean isValidUtcSeconds(String t) {
        for (int i = 0; i < 19; i++) {
            char c = t.charAt(i);
            boolean separator = i == 4 || i == 7 || i == 10 || i == 13 || i == 16;
            char expected = i == 4 || i == 7 ? '-' : i == 10 ? 'T' : ':';
            if (separator ? c != expected : (c < '0' || c > '9')) {
                return false;
            }
        }
        int year = number(t, 0, 4);
        int month = number(t, 5, 7);
        int day = number(t, 8, 10);
        int hour = number(t, 11, 13);
        int minute = number(t, 14, 16);
        int second = number(t, 17, 19);
        return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month)
                && (hour < 24 || (hour == 24 && minute == 0 && second == 0)) && minute <= 59 && second <= 59;
    }

    private static int number(String t, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (t.charAt(i) - '0');
        }
        return n;
    }

    private static int daysIn(long year, int month) {
        switch (month) {
            case 2:
                boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
                return leap ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return 31;
        }
    }
}
