package org.microcred.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.microcred.verify.VerificationInput;
import org.microcred.verify.Verifier;

/**
 * Is {@link Verifier#verifyAll} memory-flat in the batch size? Verifies batches of 1,000 and 10,000
 * mixed inputs (the {@link VerifyBenchmark} inputs, cycled lazily so the caller holds only the 64
 * distinct documents) on every core and reports, for each, the peak heap in use <em>after</em> a
 * garbage collection (from the JVM's GC notifications, summed over the heap pools: the live data, not
 * garbage waiting to be collected), the number of collections and the wall time. Flat means the peaks
 * are about the same for both sizes. Run by {@link Paired} with the filter {@code Memory}.
 */
final class VerifyMemory {

    private VerifyMemory() {
    }

    static void run(PrintStream out) throws Exception {
        VerifyBenchmark bench = new VerifyBenchmark();
        bench.setUp();
        Verifier verifier = bench.parallelVerifier();
        List<VerificationInput> distinct = bench.mixed();
        out.printf("%n### verifyAll memory (%d workers, max heap %,d MB)%n%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        out.println("| batch | reports valid | wall s | credentials/s | GCs | peak heap used after GC (MB) | "
                + "heap used after GC at the end (MB) |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|");
        batch(verifier, distinct, 2_000, null); // warm-up, not reported
        for (int size : new int[] {1_000, 10_000, 1_000, 10_000}) {
            batch(verifier, distinct, size, out);
        }
    }

    private static void batch(Verifier verifier, List<VerificationInput> distinct, int size, PrintStream out)
            throws Exception {
        System.gc();
        AtomicLong peak = new AtomicLong();
        AtomicLong last = new AtomicLong();
        AtomicLong collections = new AtomicLong();
        NotificationListener listener = (Notification n, Object handback) -> {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                return;
            }
            GarbageCollectionNotificationInfo info =
                    GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
            long used = 0;
            for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                if (isHeap(pool.getKey())) {
                    used += pool.getValue().getUsed();
                }
            }
            collections.incrementAndGet();
            last.set(used);
            peak.accumulateAndGet(used, Math::max);
        };
        List<GarbageCollectorMXBean> gcs = ManagementFactory.getGarbageCollectorMXBeans();
        for (GarbageCollectorMXBean gc : gcs) {
            ((NotificationEmitter) gc).addNotificationListener(listener, null, null);
        }
        long start = System.nanoTime();
        long valid;
        Iterable<VerificationInput> inputs = () -> new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < size;
            }

            @Override
            public VerificationInput next() {
                return distinct.get(i++ % distinct.size());
            }
        };
        try (var reports = verifier.verifyAll(inputs)) {
            valid = reports.filter(r -> r.isValid()).count();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Thread.sleep(200); // let the last notifications arrive
        for (GarbageCollectorMXBean gc : gcs) {
            ((NotificationEmitter) gc).removeNotificationListener(listener);
        }
        if (out != null) {
            out.printf(Locale.ROOT, "| %,d | %,d | %.1f | %,.0f | %d | %.1f | %.1f |%n", size, valid, seconds,
                    size / seconds, collections.get(), peak.get() / 1048576.0, last.get() / 1048576.0);
        }
    }

    private static boolean isHeap(String pool) {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .anyMatch(p -> p.getName().equals(pool) && p.getType() == MemoryType.HEAP);
    }
}
