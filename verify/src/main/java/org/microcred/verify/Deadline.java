package org.microcred.verify;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The wall-clock deadline of one verification ({@link Verifier.Builder#timeLimit}), measured with a
 * monotonic ticker (nanoseconds; {@link System#nanoTime()} unless a test injects one). While a
 * verification runs, its deadline is the current one of the verifying thread, where the verifier's
 * {@link TimeBoundFetcher} finds it; nested verifications (endorsements, CLR members, a refreshed
 * credential) share it. Counts the fetches the deadline cut short, so the pipeline can tell a check
 * that was interrupted from one that finished. Confined to the verifying thread.
 */
final class Deadline {

    private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();

    private final Duration limit;
    private final LongSupplier ticker;
    private final long start;
    private int cuts;

    private Deadline(Duration limit, LongSupplier ticker) {
        this.limit = limit;
        this.ticker = ticker;
        this.start = ticker.getAsLong();
    }

    /**
     * @param limit the time the verification may take
     * @param ticker nanoseconds from an arbitrary origin, never going back
     * @return a deadline starting now
     */
    static Deadline start(Duration limit, LongSupplier ticker) {
        return new Deadline(limit, ticker);
    }

    /** @return the deadline of the verification running on this thread, or null outside one */
    static Deadline current() {
        return CURRENT.get();
    }

    /**
     * Runs a verification with this deadline as the thread's current one (restoring the previous
     * one after, should a pluggable piece verify inside a verification).
     */
    <T> T around(Supplier<T> verification) {
        Deadline previous = CURRENT.get();
        CURRENT.set(this);
        try {
            return verification.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** @return the time left; zero or negative once the deadline has passed */
    Duration remaining() {
        return limit.minusNanos(ticker.getAsLong() - start);
    }

    /** @return whether the deadline has passed */
    boolean passed() {
        Duration left = remaining();
        return left.isNegative() || left.isZero();
    }

    /** Notes a fetch the deadline refused or interrupted. */
    void cut() {
        cuts++;
    }

    /** @return how many fetches the deadline has cut short so far */
    int cuts() {
        return cuts;
    }

    /** @return the words reports use: "the verification time limit of 30 s was reached" */
    String reached() {
        return "the verification time limit of " + describe(limit) + " was reached";
    }

    /** @return "30 s", "1.5 s", "250 ms", "2 min" */
    static String describe(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        if (ms % 60_000 == 0) {
            return ms / 60_000 + " min";
        }
        if (ms % 1000 == 0) {
            return ms / 1000 + " s";
        }
        return java.math.BigDecimal.valueOf(ms, 3).stripTrailingZeros().toPlainString() + " s";
    }
}
