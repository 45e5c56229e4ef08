package org.microcred.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.microcred.core.issue.BatchOptions;
import org.microcred.core.issue.BatchSummary;
import org.microcred.core.issue.Issuer;
import org.microcred.core.issue.OpenBadge;
import org.microcred.core.issue.SignedCredential;
import org.microcred.core.proof.ProofSuites;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Batch issuance through the fluent {@link Issuer}: {@value #BATCH} Open Badges ({@code eddsa-rdfc-2022})
 * per invocation, reported as credentials per second.
 *
 * <ul>
 *   <li>{@code issueLoop}: a plain loop of {@link Issuer#issue(OpenBadge)} on the benchmark thread —
 *       the single-threaded baseline, with everything issuing involves (completing the badge,
 *       writing the JSON, signing, reading the signed credential back);</li>
 *   <li>{@code issueAll}: {@link Issuer#issueAll(Iterable, BatchOptions, java.util.function.Consumer)}
 *       with {@code parallelism} workers (0 = every available core), results consumed in order.</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BatchBenchmark {

    /** Credentials per invocation. */
    public static final int BATCH = 1024;

    /** Workers for {@code issueAll}; 0 means {@link Runtime#availableProcessors()}. */
    @Param({"0"})
    public int parallelism;

    private Issuer issuer;
    private List<OpenBadge> badges;
    private BatchOptions options;

    /** Generates the key and the badges. */
    @Setup(Level.Trial)
    public void setUp() {
        Fixtures.Ed25519Keys keys = Fixtures.ed25519();
        issuer = Fixtures.issuer(keys.did(), keys.signingKey(), ProofSuites.eddsaRdfc2022());
        badges = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            badges.add(Fixtures.badge(i));
        }
        int workers = parallelism > 0 ? parallelism : Runtime.getRuntime().availableProcessors();
        options = BatchOptions.builder().parallelism(workers).build();
    }

    /** @param sink receives each credential */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void issueLoop(Blackhole sink) {
        for (OpenBadge badge : badges) {
            SignedCredential credential = issuer.issue(badge);
            sink.consume(credential);
        }
    }

    /** @param sink receives each result */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void issueAll(Blackhole sink) {
        BatchSummary summary = issuer.issueAll(badges, options, sink::consume);
        if (summary.failed() != 0) {
            throw new IllegalStateException("Batch issuance failed: " + summary);
        }
    }
}
