package org.microcred.core.issue;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;

/**
 * One running batch: a sliding window of at most {@code maxInFlight} tasks over the source.
 * Inputs are pulled from the source on the consuming thread only when the window has room;
 * results are handed out in input order, each as soon as it and those before it are done. Memory
 * is bounded by the window whatever the batch's length; work is linear in its length.
 *
 * <p>Not thread-safe: one consumer drives it (through {@link Iterator} or {@link Spliterator}).
 */
final class BatchRun implements Iterator<IssueResult>, Spliterator<IssueResult>, AutoCloseable {

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final Iterator<? extends IssueRequest> source;
    private final Function<IssueRequest, SignedCredential> issue;
    private final int maxInFlight;
    private final Executor executor;
    private final ThreadPoolExecutor ownPool;
    private final ArrayDeque<FutureTask<IssueResult>> window = new ArrayDeque<>();
    private final Runnable onClose;
    private long nextIndex;
    private boolean closed;

    BatchRun(Iterator<? extends IssueRequest> source, Function<IssueRequest, SignedCredential> issue,
            BatchOptions options, Runnable onClose) {
        this.source = Objects.requireNonNull(source, "source");
        this.issue = issue;
        this.maxInFlight = options.maxInFlight();
        this.onClose = onClose;
        if (options.executor().isPresent()) {
            this.executor = options.executor().get();
            this.ownPool = null;
        } else {
            int pool = POOLS.incrementAndGet();
            AtomicInteger threads = new AtomicInteger();
            ThreadFactory factory = task -> {
                Thread thread = new Thread(task, "microcred-issue-" + pool + "-" + threads.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            };
            this.ownPool = new ThreadPoolExecutor(options.parallelism(), options.parallelism(), 1, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), factory);
            ownPool.allowCoreThreadTimeOut(true);
            this.executor = ownPool;
        }
    }

    /** Submits inputs until the window is full or the source is exhausted. */
    private void fill() {
        while (!closed && window.size() < maxInFlight && source.hasNext()) {
            IssueRequest request = source.next();
            long index = nextIndex++;
            if (request == null) {
                close();
                throw new NullPointerException("batch input #" + index + " is null");
            }
            FutureTask<IssueResult> task = new FutureTask<>(() -> run(index, request));
            window.addLast(task);
            try {
                executor.execute(task);
            } catch (RuntimeException e) {
                window.removeLast();
                close();
                throw new MicrocredException(ErrorCode.SIGNING_FAILED, "The batch executor refused input #" + index
                        + ": " + e, null, e);
            }
        }
    }

    private IssueResult run(long index, IssueRequest request) {
        try {
            return IssueResult.issued(index, request, issue.apply(request));
        } catch (MicrocredException e) {
            return IssueResult.failed(index, request, e);
        } catch (RuntimeException e) {
            return IssueResult.failed(index, request, new MicrocredException(ErrorCode.SIGNING_FAILED,
                    "Issuing input #" + index + " failed: " + e, null, e));
        }
    }

    @Override
    public boolean hasNext() {
        fill();
        return !window.isEmpty();
    }

    @Override
    public IssueResult next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the batch has no more results");
        }
        FutureTask<IssueResult> head = window.removeFirst();
        IssueResult result = await(head);
        fill();
        if (window.isEmpty()) {
            close();
        }
        return result;
    }

    private IssueResult await(FutureTask<IssueResult> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new CancellationException("batch issuance was interrupted");
        } catch (ExecutionException e) {
            close();
            Throwable cause = e.getCause();
            if (cause instanceof Error error) {
                throw error;
            }
            throw new MicrocredException(ErrorCode.SIGNING_FAILED, "Batch issuance failed: " + cause, null, cause);
        }
    }

    /** Cancels what is still queued or running and stops the batch's own pool. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (FutureTask<IssueResult> task : window) {
            task.cancel(true);
        }
        window.clear();
        if (ownPool != null) {
            ownPool.shutdownNow();
        }
        if (onClose != null) {
            onClose.run();
        }
    }

    /** Number of inputs taken from the source whose results were not handed out yet. */
    int inFlight() {
        return window.size();
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
