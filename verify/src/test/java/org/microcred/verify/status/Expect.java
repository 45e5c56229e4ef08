package org.microcred.verify.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** A few fluent JUnit assertions, so the tests read as sentences. */
final class Expect {

    private final Object actual;

    private Expect(Object actual) {
        this.actual = actual;
    }

    static Expect assertThat(Object actual) {
        return new Expect(actual);
    }

    Expect isEqualTo(Object expected) {
        assertEquals(expected, actual);
        return this;
    }

    /** A string containing the text, or an Optional holding the value. */
    Expect contains(Object expected) {
        if (actual instanceof Optional<?> o) {
            assertEquals(Optional.of(expected), o);
        } else {
            assertTrue(String.valueOf(actual).contains(String.valueOf(expected)),
                    () -> "expected \"" + actual + "\" to contain \"" + expected + "\"");
        }
        return this;
    }

    Expect startsWith(String prefix) {
        assertTrue(String.valueOf(actual).startsWith(prefix),
                () -> "expected \"" + actual + "\" to start with \"" + prefix + "\"");
        return this;
    }

    Expect doesNotStartWith(String prefix) {
        assertFalse(String.valueOf(actual).startsWith(prefix), () -> "\"" + actual + "\" starts with " + prefix);
        return this;
    }

    Expect hasValue(long expected) {
        if (actual instanceof OptionalLong l) {
            assertEquals(OptionalLong.of(expected), l);
        } else {
            assertEquals(OptionalInt.of((int) expected), actual);
        }
        return this;
    }

    Expect isEmpty() {
        if (actual instanceof Optional<?> o) {
            assertTrue(o.isEmpty(), () -> "expected empty, found " + o);
        } else {
            assertTrue(((Collection<?>) actual).isEmpty(), () -> "expected empty, found " + actual);
        }
        return this;
    }

    Expect hasSize(int size) {
        assertEquals(size, ((Collection<?>) actual).size());
        return this;
    }

    Expect isTrue() {
        assertEquals(Boolean.TRUE, actual);
        return this;
    }
}
