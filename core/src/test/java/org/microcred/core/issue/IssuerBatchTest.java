package org.microcred.core.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.microcred.core.ErrorCode;
import org.microcred.core.keys.SignatureAlgorithm;
import org.microcred.core.keys.SigningKey;
import org.microcred.core.keys.SigningKeys;
import org.microcred.core.model.AchievementCredential;
import org.microcred.core.model.AchievementSubject;
import org.microcred.core.proof.ProofSuites;

/** Batch issuance: association, per-item errors, bounded memory, parallel signing. */
class IssuerBatchTest {

    private static IssueRequest input(int i) {
        return Fixtures.badge("did:example:learner-" + i);
    }

    private static String learner(IssueResult result) {
        return result.orElseThrow().credential().subjectId().orElseThrow();
    }

    /** An iterable that counts how many inputs were taken from it. */
    private static final class CountingInputs implements Iterable<IssueRequest> {
        final AtomicLong taken = new AtomicLong();
        private final int size;

        CountingInputs(int size) {
            this.size = size;
        }

        @Override
        public Iterator<IssueRequest> iterator() {
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < size;
                }

                @Override
                public IssueRequest next() {
                    taken.incrementAndGet();
                    return input(next++);
                }
            };
        }
    }

    /** A signer that records how many signatures run at the same time. */
    private static final class ConcurrencyCountingKey implements SigningKey {
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger peak = new AtomicInteger();
        final Set<String> threads = ConcurrentHashMap.newKeySet();
        private final SigningKey inner = SigningKeys.didKey(Fixtures.ED25519);

        @Override
        public SignatureAlgorithm algorithm() {
            return inner.algorithm();
        }

        @Override
        public String verificationMethod() {
            return inner.verificationMethod();
        }

        @Override
        public byte[] sign(byte[] data) {
            int now = running.incrementAndGet();
            peak.accumulateAndGet(now, Math::max);
            threads.add(Thread.currentThread().getName());
            try {
                Thread.onSpinWait();
                return inner.sign(data);
            } finally {
                running.decrementAndGet();
            }
        }
    }

    @Test
    void aThousandCredentialsIssuedInParallelAllVerifyInInputOrder() {
        Issuer issuer = Fixtures.eddsa();
        List<IssueRequest> inputs = IntStream.range(0, 1000).mapToObj(IssuerBatchTest::input).toList();
        Set<String> ids = ConcurrentHashMap.newKeySet();
        long[] seen = {0};
        BatchSummary summary = issuer.issueAll(inputs, BatchOptions.builder().parallelism(4).build(), result -> {
            assertEquals(seen[0], result.index(), "results come in input order");
            assertSame(inputs.get((int) result.index()), result.request());
            assertEquals("did:example:learner-" + result.index(), learner(result));
            assertTrue(Fixtures.verify(result.orElseThrow().text()).isValid());
            ids.add(result.orElseThrow().id());
            seen[0]++;
        });
        assertEquals(new BatchSummary(1000, 0), summary);
        assertEquals(1000, ids.size(), "every credential has its own id");
    }

    @Test
    void aFailingInputIsReportedWithoutStoppingTheOthers() {
        Issuer issuer = Fixtures.issuer(Fixtures.ED25519, SignatureAlgorithm.EdDSA, ProofSuites.vcJwt(SignatureAlgorithm.EdDSA))
                .build();
        AchievementCredential foreign = AchievementCredential.builder().issuer("did:web:other.example")
                .credentialSubject(AchievementSubject.builder().id("did:example:x").achievement(Fixtures.achievement())
                        .build()).buildLenient();
        List<IssueRequest> inputs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            inputs.add(i == 3 || i == 150 ? IssueRequest.of(foreign) : input(i));
        }
        List<IssueResult> results = issuer.issueAll(inputs.stream()).collect(Collectors.toList());
        assertEquals(200, results.size());
        for (IssueResult result : results) {
            int i = (int) result.index();
            assertSame(inputs.get(i), result.request());
            if (i == 3 || i == 150) {
                assertFalse(result.isIssued());
                assertEquals(ErrorCode.ISSUER_KEY_MISMATCH, result.error().orElseThrow().code());
                assertTrue(result.credential().isEmpty());
                assertThrows(org.microcred.core.MicrocredException.class, result::orElseThrow);
            } else {
                assertTrue(result.isIssued(), result::toString);
                assertEquals("did:example:learner-" + i, learner(result));
            }
        }
    }

    @Test
    void aSignerThatThrowsFailsOnlyItsItem() {
        SigningKey flaky = new SigningKey() {
            private final AtomicInteger calls = new AtomicInteger();
            private final SigningKey inner = SigningKeys.didKey(Fixtures.ED25519);

            @Override
            public SignatureAlgorithm algorithm() {
                return SignatureAlgorithm.EdDSA;
            }

            @Override
            public String verificationMethod() {
                return inner.verificationMethod();
            }

            @Override
            public byte[] sign(byte[] data) {
                if (calls.incrementAndGet() == 6) {
                    throw new IllegalStateException("HSM session expired");
                }
                return inner.sign(data);
            }
        };
        Issuer issuer = Issuer.builder().profile(Fixtures.profile(Fixtures.did(Fixtures.ED25519))).signingKey(flaky)
                .proofSuite(ProofSuites.vcJwt(SignatureAlgorithm.EdDSA)).build();
        BatchSummary summary = issuer.issueAll(IntStream.range(0, 10).mapToObj(IssuerBatchTest::input).toList(),
                BatchOptions.builder().parallelism(1).build(), result -> {
                    if (!result.isIssued()) {
                        assertEquals(ErrorCode.SIGNING_FAILED, result.error().orElseThrow().code());
                        assertTrue(result.error().orElseThrow().getMessage().contains("HSM session expired"));
                    }
                });
        assertEquals(new BatchSummary(9, 1), summary);
    }

    @Test
    void inFlightWorkNeverExceedsTheBound() {
        ConcurrencyCountingKey key = new ConcurrencyCountingKey();
        Issuer issuer = Issuer.builder().profile(Fixtures.profile(Fixtures.did(Fixtures.ED25519))).signingKey(key)
                .proofSuite(ProofSuites.vcJwt(SignatureAlgorithm.EdDSA)).build();
        for (int[] config : new int[][] {{1, 1}, {2, 3}, {3, 8}}) {
            int parallelism = config[0];
            int bound = config[1];
            key.peak.set(0);
            CountingInputs inputs = new CountingInputs(300);
            long[] delivered = {0};
            long[] maxGap = {0};
            issuer.issueAll(inputs, BatchOptions.builder().parallelism(parallelism).maxInFlight(bound).build(), r -> {
                delivered[0]++;
                // inputs taken from the source whose results were not handed out yet
                maxGap[0] = Math.max(maxGap[0], inputs.taken.get() - delivered[0]);
                assertTrue(r.isIssued());
            });
            assertEquals(300, delivered[0]);
            assertTrue(maxGap[0] <= bound, "in flight " + maxGap[0] + " > bound " + bound);
            assertEquals(bound, maxGap[0], "the window is refilled before each result is handed out");
            assertTrue(key.peak.get() <= parallelism, "signing at once " + key.peak.get() + " > " + parallelism);
        }
    }

    @Test
    void theLazyStreamPullsOnlyWhatItNeedsAndStopsWhenClosed() {
        Issuer issuer = Fixtures.issuer(Fixtures.ED25519, SignatureAlgorithm.EdDSA, ProofSuites.vcJwt(SignatureAlgorithm.EdDSA))
                .build();
        AtomicLong taken = new AtomicLong();
        AtomicInteger sourceClosed = new AtomicInteger();
        Stream<IssueRequest> endless = Stream.iterate(0, i -> i + 1).map(i -> {
            taken.incrementAndGet();
            return input(i);
        }).onClose(sourceClosed::incrementAndGet);
        List<String> learners;
        try (Stream<IssueResult> results = issuer.issueAll(endless, BatchOptions.builder().parallelism(2).maxInFlight(4).build())) {
            learners = results.limit(10).map(IssuerBatchTest::learner).toList();
        }
        assertEquals(IntStream.range(0, 10).mapToObj(i -> "did:example:learner-" + i).toList(), learners);
        assertTrue(taken.get() <= 10 + 4, "took " + taken.get() + " inputs from an endless source");
        assertEquals(1, sourceClosed.get(), "closing the results closes the source");

        // parallel() on the result stream must not buffer the source either
        taken.set(0);
        Stream<IssueRequest> endlessAgain = Stream.iterate(0, i -> i + 1).map(i -> {
            taken.incrementAndGet();
            return input(i);
        });
        try (Stream<IssueResult> results = issuer.issueAll(endlessAgain, BatchOptions.builder().maxInFlight(3).build())) {
            assertEquals(5, results.parallel().limit(5).count());
        }
        assertTrue(taken.get() <= 5 + 3, "took " + taken.get());
    }

    @Test
    void aConsumerThatThrowsStopsTheBatch() {
        Issuer issuer = Fixtures.issuer(Fixtures.ED25519, SignatureAlgorithm.EdDSA, ProofSuites.vcJwt(SignatureAlgorithm.EdDSA))
                .build();
        CountingInputs inputs = new CountingInputs(1_000_000);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> issuer.issueAll(inputs, BatchOptions.builder().maxInFlight(6).build(), r -> {
                    if (r.index() == 20) {
                        throw new IllegalStateException("disk full");
                    }
                }));
        assertEquals("disk full", e.getMessage());
        assertTrue(inputs.taken.get() <= 21 + 6, "took " + inputs.taken.get());
    }

    @Test
    void aCallersExecutorCanRunTheBatch() {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            ConcurrencyCountingKey key = new ConcurrencyCountingKey();
            Issuer issuer = Issuer.builder().profile(Fixtures.profile(Fixtures.did(Fixtures.ED25519))).signingKey(key)
                    .proofSuite(ProofSuites.eddsaRdfc2022()).build();
            key.threads.clear(); // the key binding probe signed on this thread
            BatchSummary summary = issuer.issueAll(IntStream.range(0, 30).mapToObj(IssuerBatchTest::input).toList(),
                    BatchOptions.builder().executor(pool).maxInFlight(6).build(), r -> assertTrue(r.isIssued()));
            assertEquals(30, summary.issued());
            assertTrue(key.threads.stream().allMatch(t -> t.startsWith("pool-")), key.threads::toString);
            assertFalse(pool.isShutdown(), "the caller's executor is not shut down");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anInterruptedConsumerStopsTheBatchAndKeepsTheInterrupt() throws InterruptedException {
        java.util.concurrent.CountDownLatch signing = new java.util.concurrent.CountDownLatch(1);
        SigningKey slow = new SigningKey() {
            private final SigningKey inner = SigningKeys.didKey(Fixtures.ED25519);

            @Override
            public SignatureAlgorithm algorithm() {
                return SignatureAlgorithm.EdDSA;
            }

            @Override
            public String verificationMethod() {
                return inner.verificationMethod();
            }

            @Override
            public byte[] sign(byte[] data) {
                if (new String(data, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("microcred issuer key")) {
                    return inner.sign(data);
                }
                signing.countDown();
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("cancelled");
                }
                return inner.sign(data);
            }
        };
        Issuer issuer = Issuer.builder().profile(Fixtures.profile(Fixtures.did(Fixtures.ED25519))).signingKey(slow)
                .proofSuite(ProofSuites.vcJwt(SignatureAlgorithm.EdDSA)).build();
        Throwable[] thrown = {null};
        boolean[] interrupted = {false};
        Thread consumer = new Thread(() -> {
            try {
                issuer.issueAll(IntStream.range(0, 10).mapToObj(IssuerBatchTest::input).toList(), r -> { });
            } catch (RuntimeException e) {
                thrown[0] = e;
                interrupted[0] = Thread.currentThread().isInterrupted();
            }
        });
        consumer.start();
        assertTrue(signing.await(30, java.util.concurrent.TimeUnit.SECONDS));
        consumer.interrupt();
        consumer.join(30_000);
        assertFalse(consumer.isAlive());
        assertTrue(thrown[0] instanceof java.util.concurrent.CancellationException, String.valueOf(thrown[0]));
        assertTrue(interrupted[0], "the interrupt flag is kept");
    }

    @Test
    void nullInputsAndBadOptionsAreMisuse() {
        Issuer issuer = Fixtures.eddsa();
        List<IssueRequest> withNull = new ArrayList<>();
        withNull.add(input(0));
        withNull.add(null);
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> issuer.issueAll(withNull, r -> { }));
        assertTrue(e.getMessage().contains("batch input #1 is null"));
        assertThrows(IllegalArgumentException.class, () -> BatchOptions.builder().parallelism(0));
        assertThrows(IllegalArgumentException.class, () -> BatchOptions.builder().maxInFlight(0));
        assertEquals(64 * 5, BatchOptions.builder().parallelism(5).build().maxInFlight());
    }

    @Test
    void inputsGoToTheWorkersInChunksThatLeaveEveryWorkerSeveral() {
        assertEquals(16, BatchRun.chunkSize(64 * 2, 2), "the default window: chunks of 16");
        assertEquals(4, BatchRun.chunkSize(32, 2));
        assertEquals(1, BatchRun.chunkSize(8, 2), "a small window keeps single inputs");
        assertEquals(1, BatchRun.chunkSize(1, 4));
        assertEquals(16, BatchRun.chunkSize(100_000, 1));
    }
}
