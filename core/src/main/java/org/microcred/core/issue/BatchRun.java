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
 * One running batch: a sliding window of at most {@code maxInFlight} inputs over the source.
 * Inputs are pulled from the source on the consuming thread only when the window has room, and
 * handed to the workers in chunks of consecutive inputs ({@link #chunkSize}: up to 16, so that
 * every worker still has several chunks queued), one task per chunk — a worker issues a chunk's
 * inputs one after another and the consumer wakes once per chunk, not once per credential.
 * Results are handed out in input order, each as soon as its chunk and those before it are done.
 * Memory is bounded by the window whatever the batch's length; work is linear in its length.
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
    private final int chunkSize;
    private final ArrayDeque<FutureTask<IssueResult[]>> window = new ArrayDeque<>();
    private IssueResult[] current;
    private int currentNext;
    private int inFlight;
    private final Runnable onClose;
    private long nextIndex;
    private boolean closed;

    BatchRun(Iterator<? extends IssueRequest> source, Function<IssueRequest, SignedCredential> issue,
            BatchOptions options, Runnable onClose) {
        this.source = Objects.requireNonNull(source, "source");
        this.issue = issue;
        this.maxInFlight = options.maxInFlight();
        this.chunkSize = chunkSize(options.maxInFlight(), options.parallelism());
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
    /**
     * Inputs per task: a quarter of each worker's share of the window, at most 16 — large enough
     * that a worker rarely waits for the consumer, small enough that results start flowing at once.
     */
    static int chunkSize(int maxInFlight, int parallelism) {
        return Math.max(1, Math.min(16, maxInFlight / (4 * Math.max(1, parallelism))));
    }

    private void fill() {
        // a new chunk needs room for a whole chunk unless nothing is queued at all
        while (!closed && maxInFlight - inFlight >= (window.isEmpty() ? 1 : chunkSize) && source.hasNext()) {
            int size = Math.min(chunkSize, maxInFlight - inFlight);
            IssueRequest[] requests = new IssueRequest[size];
            long first = nextIndex;
            int taken = 0;
            while (taken < size && source.hasNext()) {
                IssueRequest request = source.next();
                long index = nextIndex++;
                if (request == null) {
                    close();
                    throw new NullPointerException("batch input #" + index + " is null");
                }
                requests[taken++] = request;
            }
            IssueRequest[] chunk = taken == size ? requests : java.util.Arrays.copyOf(requests, taken);
            FutureTask<IssueResult[]> task = new FutureTask<>(() -> run(first, chunk));
            window.addLast(task);
            inFlight += chunk.length;
            try {
                executor.execute(task);
            } catch (RuntimeException e) {
                window.removeLast();
                inFlight -= chunk.length;
                close();
                throw new MicrocredException(ErrorCode.SIGNING_FAILED, "The batch executor refused input #" + first
                        + ": " + e, null, e);
            }
        }
    }

    private IssueResult[] run(long first, IssueRequest[] chunk) {
        IssueResult[] results = new IssueResult[chunk.length];
        for (int i = 0; i < chunk.length; i++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("batch issuance was cancelled");
            }
            results[i] = run(first + i, chunk[i]);
        }
        return results;
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
        if (current != null && currentNext < current.length) {
            return true;
        }
        fill();
        return !window.isEmpty();
    }

    @Override
    public IssueResult next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the batch has no more results");
        }
        if (current == null || currentNext == current.length) {
            current = await(window.removeFirst());
            currentNext = 0;
        }
        IssueResult result = current[currentNext];
        current[currentNext++] = null;
        inFlight--;
        fill();
        if (inFlight == 0 && window.isEmpty()) {
            close();
        }
        return result;
    }

    private IssueResult[] await(FutureTask<IssueResult[]> task) {
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
        for (FutureTask<IssueResult[]> task : window) {
            task.cancel(true);
        }
        window.clear();
        current = null;
        inFlight = 0;
        if (ownPool != null) {
            ownPool.shutdownNow();
        }
        if (onClose != null) {
            onClose.run();
        }
    }

    /** Number of inputs taken from the source whose results were not handed out yet. */
    int inFlight() {
        return inFlight;
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
