package org.microcred.verify.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Maps a (possibly unbounded) iterator in parallel, yielding results in input order while holding
 * at most {@value #WINDOW_PER_WORKER} items per worker in flight: constant memory however long the
 * input. Items go to the workers in chunks of consecutive items (up to {@value #MAX_CHUNK}), so
 * the consumer wakes once per chunk and a slow item holds up few others. The source
 * iterator is only advanced on the consumer's thread. Worker threads are daemons that exit when
 * idle, so an abandoned iterator leaks nothing; {@link #close()} stops them at once.
 *
 * @param <T> input type
 * @param <R> result type
 */
public final class OrderedParallel<T, R> implements Iterator<R>, AutoCloseable {

    private static final AtomicInteger POOL = new AtomicInteger();
    /** Inputs in flight per worker. */
    static final int WINDOW_PER_WORKER = 32;
    /** Most inputs per task. */
    static final int MAX_CHUNK = 4;

    private final Iterator<? extends T> source;
    private final Function<? super T, ? extends R> work;
    private final int window;
    private final int chunk;
    private final ArrayDeque<Future<List<R>>> chunks = new ArrayDeque<>();
    private final ThreadPoolExecutor executor;
    private List<R> current;
    private int currentNext;
    private int inFlight;
    private volatile boolean closed;

    /**
     * @param source the inputs, consumed on the calling thread as results are taken
     * @param work the function applied to each input (on a worker thread)
     * @param parallelism the number of worker threads, at least 1
     */
    public OrderedParallel(Iterator<? extends T> source, Function<? super T, ? extends R> work, int parallelism) {
        this.source = source;
        this.work = work;
        int workers = Math.max(1, parallelism);
        this.window = workers * WINDOW_PER_WORKER;
        this.chunk = chunkSize(window, workers);
        int pool = POOL.incrementAndGet();
        AtomicInteger n = new AtomicInteger();
        ThreadFactory tf = r -> {
            Thread t = new Thread(r, "microcred-verify-" + pool + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.executor = new ThreadPoolExecutor(workers, workers, 1, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), tf);
        this.executor.allowCoreThreadTimeOut(true);
    }

    /** Inputs per task: a quarter of each worker's share of the window, at most {@link #MAX_CHUNK}. */
    static int chunkSize(int window, int workers) {
        return Math.max(1, Math.min(MAX_CHUNK, window / (4 * workers)));
    }

    private void fill() {
        while (!closed && window - inFlight >= (chunks.isEmpty() ? 1 : chunk) && source.hasNext()) {
            List<T> items = new ArrayList<>(chunk);
            while (items.size() < chunk && source.hasNext()) {
                items.add(source.next());
            }
            inFlight += items.size();
            chunks.add(executor.submit(() -> {
                List<R> results = new ArrayList<>(items.size());
                for (T item : items) {
                    results.add(work.apply(item));
                }
                return results;
            }));
        }
    }

    @Override
    public boolean hasNext() {
        if (current != null && currentNext < current.size()) {
            return true;
        }
        fill();
        boolean more = !chunks.isEmpty();
        if (!more) {
            executor.shutdown();
        }
        return more;
    }

    @Override
    public R next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        if (current == null || currentNext == current.size()) {
            current = await(chunks.poll());
            currentNext = 0;
        }
        R result = current.set(currentNext++, null);
        inFlight--;
        fill();
        return result;
    }

    private List<R> await(Future<List<R>> head) {
        try {
            return head.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IllegalStateException("Interrupted while waiting for a verification result", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        closed = true;
        chunks.forEach(f -> f.cancel(true));
        chunks.clear();
        current = null;
        inFlight = 0;
        executor.shutdownNow();
    }
}
