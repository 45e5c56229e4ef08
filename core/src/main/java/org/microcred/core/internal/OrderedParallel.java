package org.microcred.core.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Maps a (possibly endless) iterator in parallel and yields the results in input order, holding
 * at most {@code maxInFlight} items whose results were not taken yet: memory stays constant
 * however long the input. Batch issuance and batch verification both run on it.
 *
 * <p>The source is advanced only on the consuming thread, when the window has room. Items go to
 * the workers in chunks of consecutive items ({@link #chunkSize}), one task per chunk: a worker
 * maps a chunk's items one after another and the consumer wakes once per chunk rather than once
 * per item, which matters when an item takes a fraction of a millisecond.
 *
 * <p>The work function should report failures in its result; an exception it throws ends the
 * iteration (the rest is cancelled) and is rethrown to the consumer. An interrupted consumer gets
 * a {@link CancellationException} and keeps its interrupt flag. Without a caller's executor the
 * workers are daemon threads of a pool of its own that exit after a second idle;
 * {@link #close()} cancels what is queued and stops them at once.
 *
 * <p>Not thread-safe: one consumer drives it.
 *
 * @param <T> item type
 * @param <R> result type
 */
public final class OrderedParallel<T, R> implements Iterator<R>, AutoCloseable {

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final Iterator<? extends T> source;
    private final Function<? super T, ? extends R> work;
    private final int maxInFlight;
    private final int chunk;
    private final Executor executor;
    private final ThreadPoolExecutor ownPool;
    private final Runnable onClose;
    private final ArrayDeque<FutureTask<List<R>>> chunks = new ArrayDeque<>();
    private List<R> current;
    private int currentNext;
    private int inFlight;
    private long taken;
    private boolean closed;

    /**
     * @param source the items; advanced on the consuming thread only
     * @param work maps one item (on a worker thread)
     * @param parallelism workers of the own pool, at least 1 (also sizes the chunks)
     * @param maxInFlight the most items taken from the source whose results were not handed out
     * @param maxChunk the most items per task
     * @param executor the caller's executor (not shut down here), or null for a pool of its own
     * @param threadName prefix of the own pool's thread names
     * @param onClose run once when the iteration ends or is closed, or null
     */
    public OrderedParallel(Iterator<? extends T> source, Function<? super T, ? extends R> work, int parallelism,
            int maxInFlight, int maxChunk, Executor executor, String threadName, Runnable onClose) {
        this.source = Objects.requireNonNull(source, "source");
        this.work = Objects.requireNonNull(work, "work");
        int workers = Math.max(1, parallelism);
        this.maxInFlight = Math.max(1, maxInFlight);
        this.chunk = chunkSize(this.maxInFlight, workers, maxChunk);
        this.onClose = onClose;
        if (executor != null) {
            this.executor = executor;
            this.ownPool = null;
        } else {
            int pool = POOLS.incrementAndGet();
            AtomicInteger threads = new AtomicInteger();
            this.ownPool = new ThreadPoolExecutor(workers, workers, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                    task -> {
                        Thread thread = new Thread(task, threadName + "-" + pool + "-" + threads.incrementAndGet());
                        thread.setDaemon(true);
                        return thread;
                    });
            ownPool.allowCoreThreadTimeOut(true);
            this.executor = ownPool;
        }
    }

    /**
     * Items per task: a quarter of each worker's share of the window, at most {@code maxChunk} —
     * large enough that the consumer rarely wakes, small enough that every worker has several
     * chunks queued and results start flowing at once.
     *
     * @param maxInFlight the window
     * @param workers the number of workers
     * @param maxChunk the cap
     * @return the chunk size, at least 1
     */
    public static int chunkSize(int maxInFlight, int workers, int maxChunk) {
        return Math.max(1, Math.min(maxChunk, maxInFlight / (4 * Math.max(1, workers))));
    }

    /** Submits chunks while the window has room for one (or nothing is queued at all). */
    private void fill() {
        while (!closed && maxInFlight - inFlight >= (chunks.isEmpty() ? 1 : chunk) && source.hasNext()) {
            int size = Math.min(chunk, maxInFlight - inFlight);
            List<T> items = new ArrayList<>(size);
            long first = taken;
            try {
                while (items.size() < size && source.hasNext()) {
                    items.add(source.next());
                    taken++;
                }
            } catch (RuntimeException e) {
                close();
                throw e;
            }
            FutureTask<List<R>> task = new FutureTask<>(() -> map(items));
            chunks.addLast(task);
            inFlight += items.size();
            try {
                executor.execute(task);
            } catch (RuntimeException e) {
                close();
                throw new RejectedExecutionException("the executor refused item #" + first + ": " + e, e);
            }
        }
    }

    private List<R> map(List<T> items) {
        List<R> results = new ArrayList<>(items.size());
        for (T item : items) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("cancelled");
            }
            results.add(work.apply(item));
        }
        return results;
    }

    @Override
    public boolean hasNext() {
        if (current != null && currentNext < current.size()) {
            return true;
        }
        fill();
        if (chunks.isEmpty()) {
            close();
            return false;
        }
        return true;
    }

    @Override
    public R next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more results");
        }
        if (current == null || currentNext == current.size()) {
            current = await(chunks.removeFirst());
            currentNext = 0;
        }
        R result = current.set(currentNext++, null);
        inFlight--;
        fill();
        return result;
    }

    private List<R> await(FutureTask<List<R>> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new CancellationException("interrupted while waiting for a result");
        } catch (ExecutionException e) {
            close();
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** @return the items taken from the source whose results were not handed out yet */
    public int inFlight() {
        return inFlight;
    }

    /** Cancels what is queued or running and stops the own pool. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (FutureTask<List<R>> task : chunks) {
            task.cancel(true);
        }
        chunks.clear();
        current = null;
        inFlight = 0;
        if (ownPool != null) {
            ownPool.shutdownNow();
        }
        if (onClose != null) {
            onClose.run();
        }
    }
}
