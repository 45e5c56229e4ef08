package org.microcred.core.issue;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * How a batch runs: how many credentials are signed at once ({@link #parallelism()}), and how
 * many inputs may be taken from the source before their results are handed out
 * ({@link #maxInFlight()}) — the bound on the memory a batch holds, whatever its length.
 *
 * <p>Immutable and thread-safe. {@link #defaults()}: one worker per available processor, at most
 * four inputs in flight per worker, a pool owned by the batch (daemon threads, stopped when the
 * batch ends or its stream is closed).
 */
public final class BatchOptions {

    private final int parallelism;
    private final int maxInFlight;
    private final Executor executor;

    private BatchOptions(Builder b) {
        this.parallelism = b.parallelism;
        this.maxInFlight = b.maxInFlight;
        this.executor = b.executor;
    }

    /** @return the default options for this machine */
    public static BatchOptions defaults() {
        return builder().build();
    }

    /** @return a builder holding the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return how many credentials are signed at once (workers of the batch's own pool) */
    public int parallelism() {
        return parallelism;
    }

    /**
     * @return the most inputs taken from the source whose results were not yet handed out
     *     (submitted, running or finished but waiting for their turn)
     */
    public int maxInFlight() {
        return maxInFlight;
    }

    /** @return the caller's executor, when the batch should run on it instead of its own pool */
    public Optional<Executor> executor() {
        return Optional.ofNullable(executor);
    }

    @Override
    public String toString() {
        return "BatchOptions[parallelism=" + parallelism + ", maxInFlight=" + maxInFlight
                + (executor != null ? ", executor=" + executor : "") + "]";
    }

    /** Builds {@link BatchOptions}; not thread-safe. */
    public static final class Builder {
        private int parallelism = Math.max(1, Runtime.getRuntime().availableProcessors());
        private int maxInFlight = -1;
        private Executor executor;

        private Builder() {
        }

        /**
         * @param value workers signing at once, at least 1 (ignored with {@link #executor})
         * @return this builder
         * @throws IllegalArgumentException if less than 1
         */
        public Builder parallelism(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("parallelism must be at least 1, not " + value);
            }
            this.parallelism = value;
            return this;
        }

        /**
         * @param value the most inputs in flight, at least 1; default 64 × parallelism (inputs go to the workers in chunks of
         *     up to 16, a quarter of each worker's share of this window)
         * @return this builder
         * @throws IllegalArgumentException if less than 1
         */
        public Builder maxInFlight(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxInFlight must be at least 1, not " + value);
            }
            this.maxInFlight = value;
            return this;
        }

        /**
         * Runs the batch's work on the caller's executor (not shut down by the batch). The
         * executor must run tasks asynchronously and should have spare threads: the batch
         * waits for results on the calling thread.
         *
         * @param value the executor
         * @return this builder
         */
        public Builder executor(Executor value) {
            this.executor = Objects.requireNonNull(value, "executor");
            return this;
        }

        /** @return the options */
        public BatchOptions build() {
            if (maxInFlight < 0) {
                maxInFlight = (int) Math.min(Integer.MAX_VALUE, 64L * parallelism);
            }
            return new BatchOptions(this);
        }
    }
}
