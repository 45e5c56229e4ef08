package org.microcred.verify.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.microcred.verify.status.StatusFixtures.CLOCK;
import static org.microcred.verify.status.StatusFixtures.ISSUER;
import static org.microcred.verify.status.StatusFixtures.NOW;
import static org.microcred.verify.status.StatusFixtures.SUITES;
import static org.microcred.verify.status.StatusFixtures.credential;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.microcred.core.proof.KeyResolver;
import org.microcred.core.status.BitstringStatusList;
import org.microcred.core.status.BitstringStatusListCredential;
import org.microcred.core.status.BitstringStatusListEntry;
import org.microcred.verify.status.StatusFixtures.CountingFetcher;

/** A status list's proof is verified once per checker and time window, not once per credential. */
class VerifiedListCacheTest {

    private static final String LIST = "https://example.edu/status/cache";

    @Test
    void theSameListIsVerifiedOnceAcrossChecksButEveryStatusIsStillRead() {
        String signed = ISSUER.sign(BitstringStatusListCredential.builder().id(LIST).issuer(ISSUER.did)
                .statusPurpose("revocation").validFrom(Instant.parse("2026-01-01T00:00:00Z"))
                .list(BitstringStatusList.create(BitstringStatusList.MINIMUM_ENTRIES).withStatus(5, 1)).build().toJson());
        AtomicInteger resolutions = new AtomicInteger();
        KeyResolver counting = reference -> {
            resolutions.incrementAndGet();
            return KeyResolver.local().resolve(reference);
        };
        StatusChecker checker = StatusChecker.builder().fetcher(new CountingFetcher().put(LIST, signed))
                .proofSuites(SUITES).keyResolver(counting).clock(CLOCK).build();

        assertEquals(StatusState.ACTIVE, checker.check(credential(ISSUER.did, entry(4))).state());
        assertEquals(StatusState.REVOKED, checker.check(credential(ISSUER.did, entry(5))).state());
        assertEquals(StatusState.ACTIVE, checker.check(credential(ISSUER.did, entry(6))).state());
        assertEquals(1, resolutions.get(), "one proof check for three credentials");

        Instant later = NOW.plus(VerifiedListCache.TTL).plus(Duration.ofSeconds(1));
        assertEquals(StatusState.REVOKED, checker.check(credential(ISSUER.did, entry(5)), later).state());
        assertEquals(2, resolutions.get(), "checked again once the verification is older than the TTL");
    }

    @Test
    void anInvalidListIsNeverRemembered() {
        String signed = ISSUER.sign(BitstringStatusListCredential.builder().id(LIST).issuer(ISSUER.did)
                .statusPurpose("revocation").validFrom(Instant.parse("2026-01-01T00:00:00Z"))
                .list(BitstringStatusList.create(BitstringStatusList.MINIMUM_ENTRIES)).build().toJson());
        String tampered = signed.replace("\"revocation\"", "\"suspension\"");
        StatusChecker checker = StatusChecker.builder().fetcher(new CountingFetcher().put(LIST, tampered))
                .proofSuites(SUITES).clock(CLOCK).build();
        assertEquals(StatusState.INVALID, checker.check(credential(ISSUER.did, entry(1))).state());
        assertEquals(StatusState.INVALID, checker.check(credential(ISSUER.did, entry(1))).state());
    }

    private static JsonNode entry(long index) {
        return BitstringStatusListEntry.builder().statusPurpose("revocation").statusListIndex(index)
                .statusListCredential(LIST).build().toJson();
    }
}
