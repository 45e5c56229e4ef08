package org.microcred.verify.internal;

import java.util.ArrayDeque;
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
 * at most {@code window} items in flight: constant memory however long the input. The source
 * iterator is only advanced on the consumer's thread. Worker threads are daemons that exit when
 * idle, so an abandoned iterator leaks nothing; {@link #close()} stops them at once.
 *
 * @param <T> input type
 * @param <R> result type
 */
public final class OrderedParallel<T, R> implements Iterator<R>, AutoCloseable {

    private static final AtomicInteger POOL = new AtomicInteger();

    private final Iterator<? extends T> source;
    private final Function<? super T, ? extends R> work;
    private final int window;
    private final ArrayDeque<Future<R>> inFlight;
    private final ThreadPoolExecutor executor;
    private volatile boolean closed;

    /**
     * @param source the inputs
     * @param work the function; it must not throw (results carry failures)
     * @param parallelism the number of worker threads (at least 1)
     */
    public OrderedParallel(Iterator<? extends T> source, Function<? super T, ? extends R> work, int parallelism) {
        this.source = source;
        this.work = work;
        this.window = Math.max(2, parallelism * 2);
        this.inFlight = new ArrayDeque<>(window);
        int pool = POOL.incrementAndGet();
        AtomicInteger n = new AtomicInteger();
        ThreadFactory tf = r -> {
            Thread t = new Thread(r, "microcred-verify-" + pool + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.executor = new ThreadPoolExecutor(parallelism, parallelism, 1, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), tf);
        this.executor.allowCoreThreadTimeOut(true);
    }

    private void fill() {
        while (!closed && inFlight.size() < window && source.hasNext()) {
            T item = source.next();
            inFlight.add(executor.submit(() -> work.apply(item)));
        }
    }

    @Override
    public boolean hasNext() {
        fill();
        boolean more = !inFlight.isEmpty();
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
        Future<R> head = inFlight.poll();
        try {
            R r = head.get();
            fill();
            return r;
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

    /** Stops the workers; pending items are abandoned. */
    @Override
    public void close() {
        closed = true;
        inFlight.forEach(f -> f.cancel(true));
        inFlight.clear();
        executor.shutdownNow();
    }
}
