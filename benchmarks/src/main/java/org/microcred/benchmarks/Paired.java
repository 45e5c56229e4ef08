package org.microcred.benchmarks;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Interleaved A/B measurement of the target ratios, for a machine whose load drifts (a shared
 * 2-core box): JMH runs one benchmark after another, so two benchmarks compared by a ratio can see
 * different background load. Here the two sides of each ratio run in alternating short slices
 * (default 200 ms each, five times that for batches; 25 rounds, after an 8 s warm-up of both), each slice's throughput is recorded, and
 * the ratio of the medians is reported together with the median of the per-round ratios and their
 * spread. It reuses the JMH state classes (same fixtures, same set-up checks) and calls the
 * benchmark methods directly; results are consumed through a JMH {@link Blackhole}.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.microcred.benchmarks.Paired [rounds] [sliceMillis] [filter]
 * </pre>
 *
 * This complements the JMH suite, it does not replace it: absolute throughput is JMH's
 * ({@code run.sh}); this only makes the ratios robust against load drift.
 */
public final class Paired {

    private static final String[] ALGORITHMS = {"RS256", "ES256", "PS256", "EdDSA"};

    private final int rounds;
    private final long sliceNanos;
    private final Blackhole sink = new Blackhole(
            "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    private final double[] cpu = new double[2];
    private final double[] wall = new double[2];
    private final double[] done = new double[2];
    private String cpuNote;

    private Paired(int rounds, long sliceMillis) {
        this.rounds = rounds;
        this.sliceNanos = sliceMillis * 1_000_000L;
    }

    /**
     * @param args optional: rounds (default 25), slice in milliseconds (default 200), a substring
     *     filter on the pair names
     * @throws Exception if a set-up fails
     */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 25;
        long slice = args.length > 1 ? Long.parseLong(args[1]) : 200;
        String filter = args.length > 2 ? args[2] : "";
        new Paired(rounds, slice).run(filter);
    }

    private void run(String filter) throws Exception {
        out.printf(Locale.ROOT, "Interleaved pairs: %d rounds of %d ms per side after warm-up; %d cores; load %s%n%n",
                rounds, sliceNanos / 1_000_000, Runtime.getRuntime().availableProcessors(), loadAverage());
        out.println("| pair (A / B) | A ops/s | B ops/s | A/B (ratio of medians) | per-round A/B: median [p25 – p75] |");
        out.println("|---|---:|---:|---:|---:|");
        if (matches("DI", filter)) {
            DataIntegrityBenchmark di = new DataIntegrityBenchmark();
            di.setUp();
            pair("DI sign: diSign / ironSign", di::diSign, di::ironSign, 1);
            pair("DI sign: diSign / ironSignExpanded", di::diSign, di::ironSignExpanded, 1);
            pair("DI verify: diVerify / ironVerify", di::diVerify, di::ironVerify, 1);
            // Shares of time (A ops/s ÷ B ops/s = the part of A's time that B's work takes).
            Ed25519Benchmark ed = new Ed25519Benchmark();
            ed.setUp();
            pair("share: diSign / canonicalize (document canonicalization in a sign)", di::diSign, di::canonicalize, 1);
            pair("share: diVerify / canonicalize (document canonicalization in a verify)", di::diVerify,
                    di::canonicalize, 1);
            pair("share: diSign / ed25519EngineSign (the signature in a sign)", di::diSign, ed::ed25519EngineSign, 1);
            pair("share: diVerify / ed25519EngineVerify (the signature check in a verify)", di::diVerify,
                    ed::ed25519EngineVerify, 1);
            pair("floor: ed25519JdkSign / diSign (our whole sign vs one JDK Ed25519 signature)", ed::ed25519JdkSign,
                    di::diSign, 1);
        }
        for (String alg : ALGORITHMS) {
            if (!matches("JWT " + alg, filter)) {
                continue;
            }
            JwtBenchmark jwt = new JwtBenchmark();
            jwt.alg = alg;
            jwt.setUp();
            pair("JWT " + alg + " sign: nimbusSign / jwtSign", jwt::nimbusSign, jwt::jwtSign, 1);
            pair("JWT " + alg + " verify: nimbusVerify / jwtVerify", jwt::nimbusVerify, jwt::jwtVerify, 1);
        }
        if (matches("Batch", filter)) {
            BatchBenchmark batch = new BatchBenchmark();
            batch.setUp();
            pair("Batch: issueAll / issueLoop (credentials/s)", () -> {
                batch.issueAll(sink);
                return null;
            }, () -> {
                batch.issueLoop(sink);
                return null;
            }, BatchBenchmark.BATCH);
        }
        boolean singles = matches("Verify", filter);
        boolean batches = matches("Verify batch", filter);
        if (singles || batches) {
            VerifyBenchmark v = new VerifyBenchmark();
            v.setUp();
            if (singles) {
                pair("Verify DI: pipelineVerifyDi / ironVerify", v::pipelineVerifyDi, v::ironVerify, 1);
                pair("Verify JWT ES256: nimbusVerifyEs256 / pipelineVerifyJwtEs256", v::nimbusVerifyEs256,
                        v::pipelineVerifyJwtEs256, 1);
                pair("Verify JWT EdDSA: nimbusVerifyEdDsa / pipelineVerifyJwtEdDsa", v::nimbusVerifyEdDsa,
                        v::pipelineVerifyJwtEdDsa, 1);
                pair("Verify DI, experiment: pipelineVerifyDiKeyCache / pipelineVerifyDi",
                        v::pipelineVerifyDiKeyCache, v::pipelineVerifyDi, 1);
                pair("Verify DI, experiment: pipelineVerifyDiKeyCache / ironVerify", v::pipelineVerifyDiKeyCache,
                        v::ironVerify, 1);
                pair("Verify PNG: pipelineVerifyPng / pipelineVerifyDi", v::pipelineVerifyPng, v::pipelineVerifyDi,
                        1);
            }
            pair("Verify batch: verifyAll / verifyLoop (" + VerifyBenchmark.BATCH + " mixed, credentials/s)", () -> {
                v.verifyAll(sink);
                return null;
            }, () -> {
                v.verifyLoop(sink);
                return null;
            }, VerifyBenchmark.BATCH);
        }
        if (cpuNote != null) {
            out.printf("%n%s%n", cpuNote);
        }
        if (matches("Memory", filter)) {
            VerifyMemory.run(out);
        }
        out.printf("%nload at the end: %s%n", loadAverage());
    }

    private static boolean matches(String name, String filter) {
        return filter.isEmpty() || name.toLowerCase(Locale.ROOT).contains(filter.toLowerCase(Locale.ROOT));
    }

    /** Warms both sides, then alternates slices; prints one table row. */
    private void pair(String label, Callable<?> a, Callable<?> b, int opsPerCall) throws Exception {
        long sliceNanos = opsPerCall > 1 ? 5 * this.sliceNanos : this.sliceNanos;
        long warmEnd = System.nanoTime() + 8_000_000_000L;
        while (System.nanoTime() < warmEnd) {
            slice(a, opsPerCall, sliceNanos);
            slice(b, opsPerCall, sliceNanos);
        }
        double[] rateA = new double[rounds];
        double[] rateB = new double[rounds];
        double[] ratio = new double[rounds];
        Arrays.fill(cpu, 0);
        Arrays.fill(wall, 0);
        Arrays.fill(done, 0);
        for (int i = 0; i < rounds; i++) {
            // Alternate which side goes first, so neither always follows the other.
            if (i % 2 == 0) {
                rateA[i] = accounted(0, a, opsPerCall, sliceNanos);
                rateB[i] = accounted(1, b, opsPerCall, sliceNanos);
            } else {
                rateB[i] = accounted(1, b, opsPerCall, sliceNanos);
                rateA[i] = accounted(0, a, opsPerCall, sliceNanos);
            }
            ratio[i] = rateA[i] / rateB[i];
        }
        double medianA = percentile(rateA, 50);
        double medianB = percentile(rateB, 50);
        out.printf(Locale.ROOT, "| %s | %,.0f | %,.0f | %.2f× | %.2f× [%.2f – %.2f] |%n", label, medianA, medianB,
                medianA / medianB, percentile(ratio, 50), percentile(ratio, 25), percentile(ratio, 75));
        if (opsPerCall > 1) {
            cpuNote = String.format(Locale.ROOT, "%s, CPU accounting over the measured slices: A used %.2f cores "
                    + "and issued %,.0f credentials per CPU-second; B used %.2f cores and issued %,.0f per CPU-second. "
                    + "Parallel efficiency (A per CPU-second / B per CPU-second) %.2f, so on %d otherwise idle cores "
                    + "A could reach at most %.2f× B.", label, cpu[0] / wall[0], done[0] / (cpu[0] / 1e9),
                    cpu[1] / wall[1], done[1] / (cpu[1] / 1e9), (done[0] / cpu[0]) / (done[1] / cpu[1]),
                    Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().availableProcessors() * (done[0] / cpu[0]) / (done[1] / cpu[1]));
        }
    }

    /** {@link #slice}, adding the process CPU time, wall time and operations to side {@code side}'s account. */
    private double accounted(int side, Callable<?> task, int opsPerCall, long nanos) throws Exception {
        long cpuStart = OS.getProcessCpuTime();
        long wallStart = System.nanoTime();
        double rate = slice(task, opsPerCall, nanos);
        long elapsed = System.nanoTime() - wallStart;
        cpu[side] += OS.getProcessCpuTime() - cpuStart;
        wall[side] += elapsed;
        done[side] += rate * elapsed / 1e9;
        return rate;
    }

    /** Runs {@code task} for at least one slice; returns operations per second. */
    private double slice(Callable<?> task, int opsPerCall, long nanos) throws Exception {
        long start = System.nanoTime();
        long end = start + nanos;
        long calls = 0;
        long now;
        do {
            sink.consume(task.call());
            calls++;
            now = System.nanoTime();
        } while (now < end);
        return calls * (double) opsPerCall * 1e9 / (now - start);
    }

    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double index = (sorted.length - 1) * p / 100.0;
        int lo = (int) Math.floor(index);
        int hi = (int) Math.ceil(index);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (index - lo);
    }

    private static String loadAverage() {
        try {
            List<String> parts = new ArrayList<>(Arrays.asList(
                    new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/loadavg")),
                            StandardCharsets.US_ASCII).trim().split(" ")));
            return String.join(" ", parts.subList(0, 3));
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
