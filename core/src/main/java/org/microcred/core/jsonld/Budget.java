package org.microcred.core.jsonld;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.processor.ProcessingRuntime;
import com.apicatalog.rdf.canon.RdfCanonTicker;

/**
 * The work and time budget of one canonicalization call. A fresh instance is made per call; it
 * is the RDFC-1.0 ticker (counting calls) and, through {@link Runtime}, the clock JSON-LD
 * expansion checks. Confined to one thread.
 */
final class Budget implements RdfCanonTicker {

    /** Thrown by the ticker; Titanium RDFC lets {@link IllegalStateException} through. */
    static final class Exceeded extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        Exceeded(String message) {
            super(message);
        }
    }

    private static final ThreadLocal<Budget> CURRENT = new ThreadLocal<>();

    private final long maxTicks;
    private final long deadline;
    private long ticks;

    Budget(long maxTicks, long timeBudgetNanos) {
        this.maxTicks = maxTicks;
        this.deadline = System.nanoTime() + timeBudgetNanos;
    }

    /** Makes this the budget JSON-LD expansion on this thread checks; undo with {@link #leave()}. */
    Budget enter() {
        CURRENT.set(this);
        return this;
    }

    void leave() {
        CURRENT.remove();
    }

    long ticks() {
        return ticks;
    }

    @Override
    public void tick() {
        if (++ticks > maxTicks) {
            throw new Exceeded("RDFC-1.0 canonicalization took more than " + maxTicks
                    + " steps (a poison graph?)");
        }
        if ((ticks & 0x3ff) == 0 && System.nanoTime() - deadline > 0) {
            throw new Exceeded("canonicalization ran past its time budget");
        }
    }

    /** Whether the time budget is spent. */
    boolean expired() {
        return System.nanoTime() - deadline > 0;
    }

    /**
     * A Titanium processing runtime whose {@code tick()} checks the budget of the calling thread.
     * Stateless itself, so it can be shared by cached active contexts and many threads.
     */
    static final class Runtime extends ProcessingRuntime {
        Runtime(JsonLdOptions options) {
            super(options);
        }

        @Override
        public void tick() throws JsonLdError {
            Budget budget = CURRENT.get();
            if (budget != null && budget.expired()) {
                throw new JsonLdError(JsonLdErrorCode.PROCESSING_TIMEOUT_EXCEEDED,
                        "JSON-LD expansion ran past its time budget");
            }
        }

        @Override
        public void resetTicker() {
            // the budget is wall-clock per document; nothing to reset
        }
    }
}
