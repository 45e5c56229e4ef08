package org.microcred.core.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.microcred.core.ErrorCode;
import org.microcred.core.keys.SignatureAlgorithm;
import org.microcred.core.model.AchievementCredential;
import org.microcred.core.model.AchievementSubject;
import org.microcred.core.proof.ProofSuites;

/** For any batch length, failure pattern, parallelism and bound: one result per input, in order, bounded. */
class BatchProperties {

    private static final Issuer ISSUER = Fixtures.issuer(Fixtures.ED25519, SignatureAlgorithm.EdDSA,
            ProofSuites.vcJwt(SignatureAlgorithm.EdDSA)).build();
    private static final IssueRequest FOREIGN = IssueRequest.of(AchievementCredential.builder()
            .issuer("did:web:other.example").credentialSubject(AchievementSubject.builder().id("did:example:x")
                    .achievement(Fixtures.achievement()).build()).buildLenient());

    @Property(tries = 40)
    void everyInputGetsItsOwnResultInOrderWithinTheBound(
            @ForAll @Size(max = 40) List<Boolean> fails,
            @ForAll @IntRange(min = 1, max = 3) int parallelism,
            @ForAll @IntRange(min = 1, max = 6) int bound,
            @ForAll boolean lazy) {
        List<IssueRequest> inputs = new ArrayList<>();
        for (int i = 0; i < fails.size(); i++) {
            inputs.add(fails.get(i) ? FOREIGN : Fixtures.badge("did:example:learner-" + i));
        }
        AtomicLong taken = new AtomicLong();
        Iterable<IssueRequest> counted = () -> new Iterator<>() {
            private final Iterator<IssueRequest> inner = inputs.iterator();

            @Override
            public boolean hasNext() {
                return inner.hasNext();
            }

            @Override
            public IssueRequest next() {
                taken.incrementAndGet();
                return inner.next();
            }
        };
        BatchOptions options = BatchOptions.builder().parallelism(parallelism).maxInFlight(bound).build();
        List<IssueResult> results = new ArrayList<>();
        long[] maxInFlight = {0};
        if (lazy) {
            java.util.stream.Stream<IssueRequest> source = java.util.stream.StreamSupport.stream(counted.spliterator(), false);
            try (java.util.stream.Stream<IssueResult> stream = ISSUER.issueAll(source, options)) {
                stream.forEach(r -> {
                    results.add(r);
                    maxInFlight[0] = Math.max(maxInFlight[0], taken.get() - results.size());
                });
            }
        } else {
            ISSUER.issueAll(counted, options, r -> {
                results.add(r);
                maxInFlight[0] = Math.max(maxInFlight[0], taken.get() - results.size());
            });
        }

        assertEquals(inputs.size(), results.size());
        assertTrue(maxInFlight[0] <= bound, "in flight " + maxInFlight[0] + " > " + bound);
        Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < results.size(); i++) {
            IssueResult result = results.get(i);
            assertEquals(i, result.index());
            assertSame(inputs.get(i), result.request());
            if (fails.get(i)) {
                assertEquals(ErrorCode.ISSUER_KEY_MISMATCH, result.error().orElseThrow().code());
            } else {
                assertEquals("did:example:learner-" + i, result.orElseThrow().credential().subjectId().orElseThrow());
                assertTrue(ids.add(result.orElseThrow().id()));
            }
        }
    }
}
