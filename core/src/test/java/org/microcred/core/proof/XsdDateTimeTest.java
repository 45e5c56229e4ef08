package org.microcred.core.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** xsd:dateTime lexical and calendar checks (XSD 1.1 Part 2 §3.3.7). */
class XsdDateTimeTest {

    @ParameterizedTest
    @ValueSource(strings = {"2010-01-01T19:23:24Z", "2024-02-29T00:00:00Z", "2023-02-24T23:36:38.123456Z",
        "2023-02-24T23:36:38+14:00", "2023-02-24T23:36:38-05:30", "2023-02-24T23:36:38", "2023-12-31T24:00:00Z",
        "-0044-03-15T12:00:00Z", "12024-01-01T00:00:00Z"})
    void accepts(String value) {
        assertTrue(XsdDateTime.isValid(value), value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29T00:00:00Z", "2023-13-01T00:00:00Z", "2023-00-10T00:00:00Z",
        "2023-01-32T00:00:00Z", "2023-01-01T25:00:00Z", "2023-01-01T24:00:01Z", "2023-01-01T23:60:00Z",
        "2023-01-01T23:00:60Z", "2023-01-01 23:00:00Z", "2023-01-01T23:00:00+15:00", "2023-01-01T23:00:00z",
        "23-01-01T23:00:00Z", "2023-1-01T23:00:00Z", "2023-01-01T23:00:00.Z", "02023-01-01T00:00:00Z", "",
        "2023-01-01", "1900-02-29T00:00:00Z"})
    void rejects(String value) {
        assertFalse(XsdDateTime.isValid(value), value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-24T23:36:38", "not a date"})
    void onlyZonedValuesHaveAnInstant(String value) {
        assertNull(XsdDateTime.toInstant(value));
    }

    @Property(tries = 2000)
    void fastPathAgreesWithThePattern(@ForAll("utcLike") String value) {
        assertEquals(XsdDateTime.isValidByPattern(value), XsdDateTime.isValid(value), value);
    }

    @Provide
    Arbitrary<String> utcLike() {
        Arbitrary<Character> digit = Arbitraries.chars().range('0', '9');
        Arbitrary<Character> any = Arbitraries.chars().with('0', '1', '2', '3', '9', '-', ':', 'T', 'Z', 'x');
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, digit), net.jqwik.api.Tuple.of(1, any))
                .list().ofSize(19).map(chars -> {
                    StringBuilder b = new StringBuilder();
                    for (int i = 0; i < 19; i++) {
                        char c = chars.get(i);
                        if (c != 'x' && (i == 4 || i == 7) && c >= '0' && c <= '9' && i % 2 == 0) {
                            c = '-';
                        }
                        b.append(c);
                    }
                    String s = b.toString();
                    // Bias towards the real shape: keep separators most of the time.
                    if (s.hashCode() % 4 != 0) {
                        s = s.substring(0, 4) + "-" + s.substring(5, 7) + "-" + s.substring(8, 10) + "T" + s.substring(11, 13)
                                + ":" + s.substring(14, 16) + ":" + s.substring(17, 19);
                    }
                    return s + "Z";
                });
    }

    @Property(tries = 500)
    void instantsRoundTrip(@ForAll("instants") Instant instant) {
        String text = instant.toString();
        assertTrue(XsdDateTime.isValid(text), text);
        assertEquals(instant, XsdDateTime.toInstant(text));
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(-62135596800L, 253402300799L).map(Instant::ofEpochSecond);
    }
}
