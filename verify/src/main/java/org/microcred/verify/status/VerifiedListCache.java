package org.microcred.verify.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.microcred.core.proof.ProofVerification;

/**
 * Remembers, for a short while, that the exact bytes of a status-list credential carried a
 * valid proof. Every credential an issuer hands out points at the same few lists, so without
 * this a batch re-canonicalizes and re-verifies the same list for every credential.
 *
 * <p>Only successful verifications of proofs without their own {@code expires} are kept, keyed
 * by the complete document text, for {@link #TTL} of verification time (so a key rotated out of
 * a DID document stops counting soon after); everything that depends on the moment of the check
 * (the list's validity period, its purpose, the bits) is still checked on every call. Bounded:
 * the cache starts over when full. Thread-safe.
 */
final class VerifiedListCache {

    /** How long a verification is reused. */
    static final Duration TTL = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 256;

    private record Entry(ProofVerification verification, Instant verifiedAt) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    Optional<ProofVerification> get(String text, Instant now) {
        Entry e = entries.get(text);
        if (e == null) {
            return Optional.empty();
        }
        if (now.isBefore(e.verifiedAt()) || now.isAfter(e.verifiedAt().plus(TTL))) {
            entries.remove(text, e);
            return Optional.empty();
        }
        return Optional.of(e.verification());
    }

    void put(String text, ProofVerification verification, Instant now) {
        if (!verification.isValid() || text.contains("\"expires\"")) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(text, new Entry(verification, now));
    }
}
