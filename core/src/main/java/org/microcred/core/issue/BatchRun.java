package org.microcred.core.issue;

import java.util.Iterator;
import java.util.Objects;
import java.util.Spliterator;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;
import org.microcred.core.internal.OrderedParallel;

/**
 * One running batch on {@link OrderedParallel}: at most {@link BatchOptions#maxInFlight()} inputs
 * in flight, handed to the workers in chunks of up to {@value #MAX_CHUNK} consecutive inputs, and
 * results in input order, one per input — a failed input is a failed {@link IssueResult}, never an
 * exception. Memory is bounded by the window whatever the batch's length; work is linear in its
 * length.
 *
 * <p>Not thread-safe: one consumer drives it (through {@link Iterator} or {@link Spliterator}).
 */
final class BatchRun implements Iterator<IssueResult>, Spliterator<IssueResult>, AutoCloseable {

    /** Most inputs per task: enough that the consumer wakes rarely for sub-millisecond credentials. */
    static final int MAX_CHUNK = 16;

    private final OrderedParallel<Numbered, IssueResult> results;

    BatchRun(Iterator<? extends IssueRequest> source, Function<IssueRequest, SignedCredential> issue,
            BatchOptions options, Runnable onClose) {
        Objects.requireNonNull(source, "source");
        Iterator<Numbered> numbered = new Iterator<>() {
            private long next;

            @Override
            public boolean hasNext() {
                return source.hasNext();
            }

            @Override
            public Numbered next() {
                long index = next++;
                IssueRequest request = source.next();
                if (request == null) {
                    throw new NullPointerException("batch input #" + index + " is null");
                }
                return new Numbered(index, request);
            }
        };
        this.results = new OrderedParallel<>(numbered, input -> run(input, issue), options.parallelism(),
                options.maxInFlight(), MAX_CHUNK, options.executor().orElse(null), "microcred-issue", onClose);
    }

    /** @return inputs per task for a window and a number of workers */
    static int chunkSize(int maxInFlight, int parallelism) {
        return OrderedParallel.chunkSize(maxInFlight, parallelism, MAX_CHUNK);
    }

    private record Numbered(long index, IssueRequest request) {
    }

    private static IssueResult run(Numbered input, Function<IssueRequest, SignedCredential> issue) {
        try {
            return IssueResult.issued(input.index, input.request, issue.apply(input.request));
        } catch (MicrocredException e) {
            return IssueResult.failed(input.index, input.request, e);
        } catch (RuntimeException e) {
            return IssueResult.failed(input.index, input.request, new MicrocredException(ErrorCode.SIGNING_FAILED,
                    "Issuing input #" + input.index + " failed: " + e, null, e));
        }
    }

    @Override
    public boolean hasNext() {
        try {
            return results.hasNext();
        } catch (RejectedExecutionException e) {
            throw refused(e);
        }
    }

    @Override
    public IssueResult next() {
        try {
            return results.next();
        } catch (RejectedExecutionException e) {
            throw refused(e);
        }
    }

    private static MicrocredException refused(RejectedExecutionException e) {
        return new MicrocredException(ErrorCode.SIGNING_FAILED, "The batch " + e.getMessage(), null, e.getCause());
    }

    /** Cancels what is still queued or running and stops the batch's own pool. Idempotent. */
    @Override
    public void close() {
        results.close();
    }

    /** Number of inputs taken from the source whose results were not handed out yet. */
    int inFlight() {
        return results.inFlight();
    }

    // ------------------------------------------------------------------------ Spliterator

    @Override
    public boolean tryAdvance(Consumer<? super IssueResult> action) {
        if (!hasNext()) {
            return false;
        }
        action.accept(next());
        return true;
    }

    /** Never splits: splitting would buffer inputs without bound; the batch is parallel inside. */
    @Override
    public Spliterator<IssueResult> trySplit() {
        return null;
    }

    @Override
    public long estimateSize() {
        return Long.MAX_VALUE;
    }

    @Override
    public void forEachRemaining(Consumer<? super IssueResult> action) {
        while (tryAdvance(action)) {
            // each call hands out one result
        }
    }

    @Override
    public int characteristics() {
        return ORDERED | NONNULL;
    }
}
