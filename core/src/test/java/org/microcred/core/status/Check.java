package org.microcred.core.status;

import static org.junit.jupiter.api.Assertions.assertTrue;

final class Check {

    private Check() {
    }

    static void contains(String actual, String... parts) {
        for (String part : parts) {
            assertTrue(actual != null && actual.contains(part), "expected <" + part + "> in: " + actual);
        }
    }
}
