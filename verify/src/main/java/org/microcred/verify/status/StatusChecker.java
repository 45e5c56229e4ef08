package org.microcred.verify.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.microcred.core.proof.KeyResolver;
import org.microcred.core.proof.ProofSuites;
import org.microcred.core.status.BitstringStatusList;
import org.microcred.verify.fetch.DocumentFetcher;

/**
 * Checks the status of a credential through its {@code credentialStatus} entries: W3C Bitstring
 * Status List v1.0 ({@code BitstringStatusListEntry}), the older StatusList2021
 * ({@code StatusList2021Entry}) and the 1EdTech Revocation List ({@code 1EdTechRevocationList}) —
 * OB 3.0 verification step 4.
 *
 * <pre>{@code
 * StatusChecker checker = StatusChecker.builder()
 *         .fetcher(DocumentFetcher.preloaded(Map.of(listUrl, listBytes)))
 *         .keyResolver(KeyResolver.local())
 *         .build();
 * StatusCheck check = checker.check(credentialJson);
 * check.state();     // ACTIVE, REVOKED, SUSPENDED, UNKNOWN, INVALID or NOT_APPLICABLE
 * check.verdict();   // PASS, FAIL, WARN or SKIP
 * check.message();   // "revoked: bit 94567 of https://example.edu/status/3 is 1 (statusPurpose revocation)"
 * }</pre>
 *
 * <h2>Bitstring Status List and StatusList2021</h2>
 * Follows the BSL validate algorithm: the {@code statusListCredential} is fetched through the
 * {@link DocumentFetcher} (JSON with an embedded proof, or a VC-JWT whose payload is the list
 * credential); its proofs are verified with the {@link ProofSuites} and {@link KeyResolver}; the
 * verifying key must be controlled by the list's issuer; the list credential must be within its
 * validity period ({@code validFrom}/{@code validUntil}, or the VC 1.1 {@code issuanceDate}/
 * {@code expirationDate}) at the check's instant; when the list credential has an {@code id} it
 * must be the URL the entry points at (so another list of the same issuer cannot be replayed in
 * its place); the entry's {@code statusPurpose} must be one of the list's; the list is decoded
 * with the entry's {@code statusSize} under the {@link Builder#maxListBytes size cap}, must hold at
 * least 131,072 entries, and the index must lie inside it. A non-zero value means revoked
 * ({@code revocation}) or suspended ({@code suspension}); for {@code message} and {@code refresh}
 * the value and its {@code statusMessage} are reported and the credential stays active.
 * {@code ttl} is not used: caching belongs to the fetcher. Within one {@link #check} call, entries
 * that point at the same list fetch and verify it once.
 *
 * <p><b>Issuer policy.</b> By default the list credential must be issued by the credential's own
 * issuer: the two issuer ids must be equal strings. BSL allows a list from another party (a status
 * service); a verifier that trusts one says so with {@link Builder#listIssuerPolicy}. A list whose
 * issuer the policy refuses is INVALID. The list's proof must in any case verify with a key its own
 * issuer controls.
 *
 * <h2>1EdTech Revocation List</h2>
 * {@code credentialStatus.id} is fetched and read; the credential is revoked when its {@code id}
 * is listed with {@code revoked} true or omitted (the {@code revocationReason} is reported). When
 * the list names an issuer, the {@link ListIssuerPolicy} must accept it (the unsigned list is
 * otherwise taken as fetched).
 *
 * <h2>Outcomes</h2>
 * A list that cannot be obtained, a list whose proof key cannot be resolved (a did:web key while
 * offline), an expired list credential and an unsupported status type are UNKNOWN: a WARN with the reason, never a silent pass, and a FAIL under the
 * {@link Builder#strict(boolean) strict policy}. Broken or untrustworthy status information is
 * INVALID (FAIL). See {@link StatusState} and {@link StatusProblem}.
 *
 * <p>Immutable and thread-safe; {@link #check} never throws on bad input (only on a null argument).
 *
 * @see <a href="https://www.w3.org/TR/vc-bitstring-status-list/#validate-algorithm">BSL Validate
 *     Algorithm</a>
 * @see <a href="https://www.imsglobal.org/spec/vcrl/v1p0/">1EdTech Revocation List 1.0</a>
 */
public final class StatusChecker {

    /** The default largest number of {@code credentialStatus} entries checked: 16. */
    public static final int DEFAULT_MAX_ENTRIES = 16;

    private final DocumentFetcher fetcher;
    private final ProofSuites proofSuites;
    private final KeyResolver keyResolver;
    private final Clock clock;
    private final boolean strict;
    private final int maxListBytes;
    private final Duration clockSkew;
    private final ListIssuerPolicy listIssuerPolicy;
    private final int maxEntries;
    private final VerifiedListCache verifiedLists = new VerifiedListCache();

    private StatusChecker(Builder b) {
        this.fetcher = b.fetcher;
        this.proofSuites = b.proofSuites != null ? b.proofSuites : ProofSuites.defaults();
        this.keyResolver = b.keyResolver;
        this.clock = b.clock;
        this.strict = b.strict;
        this.maxListBytes = b.maxListBytes;
        this.clockSkew = b.clockSkew;
        this.listIssuerPolicy = b.listIssuerPolicy;
        this.maxEntries = b.maxEntries;
    }

    /** Proof checks of status-list credentials, shared by every check this checker runs. */
    VerifiedListCache verifiedLists() {
        return verifiedLists;
    }

    /**
     * @return a builder with the defaults: no network ({@link DocumentFetcher#none()}), every
     *     built-in proof suite, {@link KeyResolver#local()}, the system UTC clock, no clock skew,
     *     not strict, lists up to {@value BitstringStatusList#DEFAULT_MAX_DECODED_BYTES} bytes,
     *     {@value #DEFAULT_MAX_ENTRIES} entries, {@link ListIssuerPolicy#sameIssuer()}
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this checker's settings */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.fetcher = fetcher;
        b.proofSuites = proofSuites;
        b.keyResolver = keyResolver;
        b.clock = clock;
        b.strict = strict;
        b.maxListBytes = maxListBytes;
        b.clockSkew = clockSkew;
        b.listIssuerPolicy = listIssuerPolicy;
        b.maxEntries = maxEntries;
        return b;
    }

    /**
     * Checks every {@code credentialStatus} entry of a credential, at the builder's clock reading.
     *
     * @param credential the credential JSON as received (for a VC-JWT, the credential it carries)
     * @return the finding; never null
     * @throws NullPointerException when {@code credential} is null
     */
    public StatusCheck check(JsonNode credential) {
        return check(credential, clock.instant());
    }

    /**
     * Checks every {@code credentialStatus} entry of a credential at a given instant (the list
     * credential's validity period and proof expiry are judged at {@code now}).
     *
     * @param credential the credential JSON as received (for a VC-JWT, the credential it carries)
     * @param now the instant of the check
     * @return the finding; never null
     * @throws NullPointerException when an argument is null
     */
    public StatusCheck check(JsonNode credential, Instant now) {
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(now, "now");
        return new CheckRun(this, credential, now).run();
    }

    DocumentFetcher fetcher() {
        return fetcher;
    }

    ProofSuites proofSuites() {
        return proofSuites;
    }

    KeyResolver keyResolver() {
        return keyResolver;
    }

    /** @return whether an UNKNOWN status counts as a failure */
    public boolean isStrict() {
        return strict;
    }

    /** @return the largest decompressed status list accepted, in bytes */
    public int maxListBytes() {
        return maxListBytes;
    }

    /** @return the tolerance applied to the list credential's validity period */
    public Duration clockSkew() {
        return clockSkew;
    }

    /** @return the largest number of {@code credentialStatus} entries checked */
    public int maxEntries() {
        return maxEntries;
    }

    /** @return which list issuers may speak for a credential's issuer */
    public ListIssuerPolicy listIssuerPolicy() {
        return listIssuerPolicy;
    }

    @Override
    public String toString() {
        return "StatusChecker[fetcher=" + fetcher + ", strict=" + strict + ", maxListBytes=" + maxListBytes
                + ", clockSkew=" + clockSkew + "]";
    }

    /** Builds a {@link StatusChecker}; every argument is checked when set. Not thread-safe. */
    public static final class Builder {

        private DocumentFetcher fetcher = DocumentFetcher.none();
        private ProofSuites proofSuites;
        private KeyResolver keyResolver = KeyResolver.local();
        private Clock clock = Clock.systemUTC();
        private boolean strict;
        private int maxListBytes = BitstringStatusList.DEFAULT_MAX_DECODED_BYTES;
        private Duration clockSkew = Duration.ZERO;
        private ListIssuerPolicy listIssuerPolicy = ListIssuerPolicy.sameIssuer();
        private int maxEntries = DEFAULT_MAX_ENTRIES;

        private Builder() {
        }

        /**
         * @param value where status lists are fetched from (default: {@link DocumentFetcher#none()})
         * @return this builder
         */
        public Builder fetcher(DocumentFetcher value) {
            this.fetcher = Objects.requireNonNull(value, "fetcher");
            return this;
        }

        /**
         * @param value the proof suites accepted on status-list credentials (default
         *     {@link ProofSuites#defaults()})
         * @return this builder
         */
        public Builder proofSuites(ProofSuites value) {
            this.proofSuites = Objects.requireNonNull(value, "proofSuites");
            return this;
        }

        /**
         * @param value finds the keys of status-list credential proofs (default
         *     {@link KeyResolver#local()}: did:key and did:jwk)
         * @return this builder
         */
        public Builder keyResolver(KeyResolver value) {
            this.keyResolver = Objects.requireNonNull(value, "keyResolver");
            return this;
        }

        /**
         * @param value the clock read by {@link StatusChecker#check(JsonNode)} (default: system UTC)
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * @param value whether an UNKNOWN status (list unreachable, list expired, unsupported status
         *     type) counts as a FAIL instead of a WARN (default false)
         * @return this builder
         */
        public Builder strict(boolean value) {
            this.strict = value;
            return this;
        }

        /**
         * @param value the largest decompressed status list accepted, in bytes; larger lists are
         *     INVALID ({@link StatusProblem#LIST_TOO_LARGE}). Default and upper bound
         *     {@value BitstringStatusList#DEFAULT_MAX_DECODED_BYTES}; at least 16,384 (one
         *     minimum-size list of one-bit entries)
         * @return this builder
         * @throws IllegalArgumentException when out of range
         */
        public Builder maxListBytes(int value) {
            int minimum = BitstringStatusList.MINIMUM_ENTRIES / 8;
            if (value < minimum || value > BitstringStatusList.DEFAULT_MAX_DECODED_BYTES) {
                throw new IllegalArgumentException("maxListBytes must be between " + minimum + " and "
                        + BitstringStatusList.DEFAULT_MAX_DECODED_BYTES + ": " + value);
            }
            this.maxListBytes = value;
            return this;
        }

        /**
         * @param value how far the list credential's validity period may be exceeded on either side
         *     (default zero)
         * @return this builder
         * @throws IllegalArgumentException when negative
         */
        public Builder clockSkew(Duration value) {
            Objects.requireNonNull(value, "clockSkew");
            if (value.isNegative()) {
                throw new IllegalArgumentException("clockSkew must not be negative: " + value);
            }
            this.clockSkew = value;
            return this;
        }

        /**
         * @param value which list issuers may speak for a credential's issuer (default
         *     {@link ListIssuerPolicy#sameIssuer()})
         * @return this builder
         */
        public Builder listIssuerPolicy(ListIssuerPolicy value) {
            this.listIssuerPolicy = Objects.requireNonNull(value, "listIssuerPolicy");
            return this;
        }

        /**
         * @param value the largest number of {@code credentialStatus} entries a credential may
         *     carry (default {@value StatusChecker#DEFAULT_MAX_ENTRIES}); a credential with more is
         *     INVALID without anything being fetched, so one credential cannot make the verifier
         *     fetch an unbounded number of lists
         * @return this builder
         * @throws IllegalArgumentException when below 1
         */
        public Builder maxEntries(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxEntries must be at least 1: " + value);
            }
            this.maxEntries = value;
            return this;
        }

        /** @return the checker */
        public StatusChecker build() {
            return new StatusChecker(this);
        }
    }
}
