package org.microcred.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.microcred.core.json.Json;
import org.microcred.verify.fetch.DocumentFetcher;
import org.microcred.verify.fetch.FetchException;
import org.microcred.verify.fetch.FetchFailure;
import org.microcred.verify.fetch.FetchedDocument;
import org.microcred.verify.spi.ProofOutcome;

/**
 * The per-verification time limit, with an injected ticker (a fake monotonic clock that the test's
 * pieces move forward) and, once, a fetcher that really waits for the time it is given.
 */
class TimeLimitTest {

    private static final String LIST = "https://example.edu/status/1";
    private static final String REACHED = "the verification time limit of 30 s was reached";

    /** A monotonic clock the test moves by hand. */
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    private void elapse(Duration d) {
        nanos.addAndGet(d.toNanos());
    }

    /** A fetcher that takes {@code takes} (on the fake clock) and then times out, recording what it was allowed. */
    private final class SlowFetcher implements DocumentFetcher {
        final List<Duration> allowed = Collections.synchronizedList(new ArrayList<>());
        final Duration takes;

        SlowFetcher(Duration takes) {
            this.takes = takes;
        }

        @Override
        public FetchedDocument fetch(URI uri) {
            throw new AssertionError("the verifier passes the time left");
        }

        @Override
        public FetchedDocument fetch(URI uri, Duration timeout) {
            allowed.add(timeout);
            Duration spent = takes.compareTo(timeout) < 0 ? takes : timeout;
            elapse(spent);
            throw new FetchException(FetchFailure.TIMEOUT, uri, "no complete response from " + uri + " within "
                    + spent.toMillis() + " ms", null, null);
        }
    }

    private Verifier.Builder verifier() {
        return Fixtures.verifier().ticker(nanos::get);
    }

    private static ObjectNode withStatus() {
        ObjectNode c = Fixtures.badge20();
        ObjectNode st = c.putObject("credentialStatus");
        st.put("id", LIST + "#42");
        st.put("type", "BitstringStatusListEntry");
        st.put("statusPurpose", "revocation");
        st.put("statusListIndex", "42");
        st.put("statusListCredential", LIST);
        return c;
    }

    private static CheckResult check(VerificationReport r, CheckId id) {
        return r.check(id).orElseThrow(() -> new AssertionError("no " + id + " in " + r.checks()));
    }

    @Test
    void withinTheLimitNothingChanges() {
        VerificationReport r = verifier().build().verify(Fixtures.bytes(Fixtures.badge20()));
        assertTrue(r.isValid(), r.checks()::toString);
        assertTrue(r.checks().stream().noneMatch(c -> c.message().contains("time limit")));
        assertEquals(Verifier.DEFAULT_TIME_LIMIT, Verifier.builder().build().timeLimit());
    }

    @Test
    void checksThatWouldStartAfterTheDeadlineAreNotRun() {
        Fixtures.FakeProofChecker real = new Fixtures.FakeProofChecker();
        // The proof check takes 31 s: it completes, but nothing starts after it.
        Verifier v = verifier().proofChecker((credential, now) -> {
            ProofOutcome outcome = real.check(credential, now);
            elapse(Duration.ofSeconds(31));
            return outcome;
        }).build();
        ObjectNode c = withStatus();
        ObjectNode rs = c.putObject("refreshService");
        rs.put("id", "https://example.edu/refresh/1");
        rs.put("type", "1EdTechCredentialRefresh");
        VerificationReport r = v.verify(Fixtures.bytes(c));
        assertFalse(r.isValid());
        assertEquals(Outcome.PASS, check(r, CheckId.PROOF).outcome(), r.checks()::toString);
        for (CheckId id : List.of(CheckId.ISSUER_BINDING, CheckId.TRUST, CheckId.VALIDITY_PERIOD, CheckId.STATUS,
                CheckId.RECIPIENT, CheckId.ENDORSEMENTS)) {
            CheckResult result = check(r, id);
            assertEquals(Outcome.FAIL, result.outcome(), id::toString);
            assertEquals("Not run: " + REACHED, result.message());
        }
        // Refresh is advisory: not run is a warning.
        assertEquals(Outcome.WARN, check(r, CheckId.REFRESH).outcome());
        assertEquals("Not run: " + REACHED, check(r, CheckId.REFRESH).message());
    }

    @Test
    void aStatusListFetchCutByTheDeadlineFailsTheStatusCheckInsteadOfWarning() {
        SlowFetcher fetcher = new SlowFetcher(Duration.ofMinutes(5));
        VerificationReport r = verifier().documentFetcher(fetcher).build().verify(Fixtures.bytes(withStatus()));
        assertFalse(r.isValid());
        CheckResult status = check(r, CheckId.STATUS);
        assertEquals(Outcome.FAIL, status.outcome(), r.checks()::toString);
        assertTrue(status.message().contains(REACHED), status.message());
        assertTrue(status.message().contains(LIST), status.message());
        // The fetch was given what was left, no more; the checks after it did not run.
        assertEquals(1, fetcher.allowed.size());
        assertTrue(fetcher.allowed.get(0).compareTo(Duration.ofSeconds(30)) <= 0, fetcher.allowed::toString);
        assertEquals("Not run: " + REACHED, check(r, CheckId.RECIPIENT).message());
        // Without the deadline the same unobtainable list is only a warning (the default status policy).
        VerificationReport quick = verifier().documentFetcher(DocumentFetcher.none()).build().verify(Fixtures.bytes(withStatus()));
        assertEquals(Outcome.WARN, check(quick, CheckId.STATUS).outcome());
        assertTrue(quick.isValid(), quick.checks()::toString);
    }

    @Test
    void aFetcherTimeoutBeforeTheDeadlineIsAnOrdinaryFetchFailure() {
        // The fetcher's own 2 s timeout fires; the verification has 28 s left: the status check warns as usual.
        SlowFetcher fetcher = new SlowFetcher(Duration.ofSeconds(2));
        VerificationReport r = verifier().documentFetcher(fetcher).build().verify(Fixtures.bytes(withStatus()));
        assertEquals(Outcome.WARN, check(r, CheckId.STATUS).outcome(), r.checks()::toString);
        assertFalse(check(r, CheckId.STATUS).message().contains("time limit"));
        assertTrue(r.isValid(), r.checks()::toString);
    }

    @Test
    void noFetchStartsAfterTheDeadline() {
        SlowFetcher fetcher = new SlowFetcher(Duration.ofSeconds(1));
        Verifier v = verifier().documentFetcher(fetcher).statusChecker((credential, now) -> {
            elapse(Duration.ofSeconds(40));
            // a status checker that fetches after spending the time: the verifier's fetcher refuses at once
            try {
                new TimeBoundFetcher(fetcher).fetch(URI.create(LIST));
            } catch (FetchException e) {
                return new org.microcred.verify.spi.StatusOutcome(org.microcred.verify.spi.StatusOutcome.State.UNOBTAINABLE,
                        e.getMessage());
            }
            throw new AssertionError("fetched after the deadline");
        }).build();
        VerificationReport r = v.verify(Fixtures.bytes(withStatus()));
        assertEquals(List.of(), fetcher.allowed);
        CheckResult status = check(r, CheckId.STATUS);
        assertEquals(Outcome.FAIL, status.outcome(), r.checks()::toString);
        assertTrue(status.message().contains("not fetching " + LIST + ": " + REACHED), status.message());
    }

    @Test
    void embeddedEndorsementsShareTheDeadline() {
        ObjectNode c = Fixtures.badge20();
        c.putArray("endorsement").add(Fixtures.endorsement("did:key:z6MkEndorser"));
        Fixtures.FakeProofChecker real = new Fixtures.FakeProofChecker();
        Verifier v = verifier().proofChecker((credential, now) -> {
            ProofOutcome outcome = real.check(credential, now);
            if (credential.credential().path("type").toString().contains("EndorsementCredential")) {
                elapse(Duration.ofSeconds(31));
            }
            return outcome;
        }).build();
        VerificationReport r = v.verify(Fixtures.bytes(c));
        assertFalse(r.isValid());
        assertEquals(Outcome.FAIL, check(r, CheckId.ENDORSEMENTS).outcome());
        VerificationReport endorsement = r.endorsements().get(0);
        assertEquals("Not run: " + REACHED, check(endorsement, CheckId.ISSUER_BINDING).message());
        // the top-level checks after the endorsements (none here) and before them ran normally
        assertEquals(Outcome.PASS, check(r, CheckId.VALIDITY_PERIOD).outcome());
    }

    @Test
    void anOb2RevocationListCutByTheDeadlineFailsTheStatusCheck() {
        String assertion = "https://issuer.example.org/assertions/123";
        String revocations = "https://issuer.example.org/revocations";
        ObjectNode issuer = ob2("hosted/issuer.json");
        issuer.put("revocationList", revocations);
        DocumentFetcher documents = org.microcred.verify.fetch.PreloadedDocumentFetcher.builder()
                .add(assertion, Fixtures.bytes(ob2("hosted/assertion.json")))
                .add("https://issuer.example.org/badges/3d-printing", Fixtures.bytes(ob2("hosted/badgeclass.json")))
                .add("https://issuer.example.org/profile", Fixtures.bytes(issuer)).build();
        SlowFetcher slow = new SlowFetcher(Duration.ofMinutes(5));
        DocumentFetcher fetcher = new DocumentFetcher() {
            @Override
            public FetchedDocument fetch(URI uri) {
                throw new AssertionError("the verifier passes the time left");
            }

            @Override
            public FetchedDocument fetch(URI uri, Duration timeout) {
                return uri.toString().equals(revocations) ? slow.fetch(uri, timeout) : documents.fetch(uri, timeout);
            }
        };
        Verifier v = Verifier.builder().clock(java.time.Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"),
                java.time.ZoneOffset.UTC)).ticker(nanos::get).documentFetcher(fetcher).build();
        VerificationReport r = v.verify(assertion);
        assertEquals(Outcome.PASS, check(r, CheckId.PROOF).outcome(), r.checks()::toString);
        CheckResult status = check(r, CheckId.STATUS);
        assertEquals(Outcome.FAIL, status.outcome(), r.checks()::toString);
        assertTrue(status.message().contains(REACHED), status.message());
        assertFalse(r.isValid());
        // Without the deadline an unreachable revocation list is a warning.
        VerificationReport offline = Verifier.builder().clock(java.time.Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"),
                java.time.ZoneOffset.UTC)).documentFetcher(documents).build().verify(assertion);
        assertEquals(Outcome.WARN, check(offline, CheckId.STATUS).outcome(), offline.checks()::toString);
    }

    @Test
    void aFetcherThatWaitsForItsTimeoutNeverHoldsAVerificationBeyondTheLimit() {
        // Real time, kept short: the fetcher blocks for exactly the time it is given.
        List<Duration> allowed = Collections.synchronizedList(new ArrayList<>());
        DocumentFetcher blocking = new DocumentFetcher() {
            @Override
            public FetchedDocument fetch(URI uri) {
                throw new AssertionError("the verifier passes the time left");
            }

            @Override
            public FetchedDocument fetch(URI uri, Duration timeout) {
                allowed.add(timeout);
                try {
                    Thread.sleep(Math.max(1, timeout.toMillis()) + 5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new FetchException(FetchFailure.TIMEOUT, uri, "no answer within " + timeout.toMillis() + " ms", null, null);
            }
        };
        Verifier v = Fixtures.verifier().documentFetcher(blocking).timeLimit(Duration.ofMillis(150)).build();
        VerificationReport r = v.verify(Fixtures.bytes(withStatus()));
        assertFalse(r.isValid());
        assertEquals(1, allowed.size());
        assertTrue(allowed.get(0).compareTo(Duration.ofMillis(150)) <= 0, allowed::toString);
        assertTrue(check(r, CheckId.STATUS).message().contains("the verification time limit of 150 ms was reached"),
                r.checks()::toString);
    }

    @Test
    void theLimitIsValidatedAndKeptByToBuilder() {
        assertThrows(IllegalArgumentException.class, () -> Verifier.builder().timeLimit(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> Verifier.builder().timeLimit(Duration.ofMillis(-1)));
        assertThrows(IllegalArgumentException.class, () -> Verifier.builder().timeLimit(Duration.ofDays(1).plusMillis(1)));
        assertThrows(NullPointerException.class, () -> Verifier.builder().timeLimit(null));
        Verifier v = Verifier.builder().timeLimit(Duration.ofSeconds(5)).refresh(false).build();
        assertEquals(Duration.ofSeconds(5), v.toBuilder().build().timeLimit());
        assertFalse(v.toBuilder().build().refresh());
        assertEquals("250 ms", Deadline.describe(Duration.ofMillis(250)));
        assertEquals("1.5 s", Deadline.describe(Duration.ofMillis(1500)));
        assertEquals("30 s", Deadline.describe(Duration.ofSeconds(30)));
        assertEquals("2 min", Deadline.describe(Duration.ofMinutes(2)));
    }

    private static ObjectNode ob2(String resource) {
        try (java.io.InputStream in = TimeLimitTest.class.getResourceAsStream("/ob2/" + resource)) {
            return (ObjectNode) Json.standard().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
