package org.microcred.core.proof;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Per-call options for checking proofs: the proof purpose a proof must declare, an expected
 * {@code domain} / {@code challenge} (for presentations), and the clock that decides whether a
 * proof's own {@code expires} has passed. The credential's validity period
 * ({@code validFrom}/{@code validUntil}, JWT {@code nbf}/{@code exp}) is not judged here: the
 * verifier's validity-period check owns it.
 *
 * <p>Immutable and thread-safe.
 */
public final class VerificationOptions {

    private static final VerificationOptions DEFAULTS = builder().build();

    private final String proofPurpose;
    private final String domain;
    private final String challenge;
    private final Clock clock;

    private VerificationOptions(Builder b) {
        this.proofPurpose = b.proofPurpose;
        this.domain = b.domain;
        this.challenge = b.challenge;
        this.clock = b.clock;
    }

    /** @return {@code assertionMethod}, no domain or challenge, the system clock */
    public static VerificationOptions defaults() {
        return DEFAULTS;
    }

    /** @return a builder with every default */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the proof purpose a proof must declare, {@value KeyReference#ASSERTION_METHOD} by default */
    public String proofPurpose() {
        return proofPurpose;
    }

    /** @return the {@code domain} a proof must carry, when one is expected */
    public Optional<String> domain() {
        return Optional.ofNullable(domain);
    }

    /** @return the {@code challenge} a proof must carry, when one is expected */
    public Optional<String> challenge() {
        return Optional.ofNullable(challenge);
    }

    /** @return the clock for the proof's {@code expires} */
    public Clock clock() {
        return clock;
    }

    /** Builds {@link VerificationOptions}; not thread-safe. */
    public static final class Builder {
        private String proofPurpose = KeyReference.ASSERTION_METHOD;
        private String domain;
        private String challenge;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * @param value the proof purpose a proof must declare
         * @return this builder
         */
        public Builder proofPurpose(String value) {
            this.proofPurpose = Objects.requireNonNull(value, "proofPurpose");
            return this;
        }

        /**
         * @param value the {@code domain} a proof must carry
         * @return this builder
         */
        public Builder domain(String value) {
            this.domain = Objects.requireNonNull(value, "domain");
            return this;
        }

        /**
         * @param value the {@code challenge} a proof must carry
         * @return this builder
         */
        public Builder challenge(String value) {
            this.challenge = Objects.requireNonNull(value, "challenge");
            return this;
        }

        /**
         * @param value the clock for the proof's {@code expires}
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** @return the options */
        public VerificationOptions build() {
            return new VerificationOptions(this);
        }
    }
}
