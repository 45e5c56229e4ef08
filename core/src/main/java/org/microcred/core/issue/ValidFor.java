package org.microcred.core.issue;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * How long a credential is valid counted from its {@code validFrom}: a {@link Period}, added in
 * UTC calendar terms, or an exact {@link Duration}. Shared by the issuing inputs
 * ({@link OpenBadge}, {@link Endorsement}). Immutable.
 */
final class ValidFor {

    private final Period period;
    private final Duration duration;

    private ValidFor(Period period, Duration duration) {
        this.period = period;
        this.duration = duration;
    }

    /** @throws IllegalArgumentException if zero or negative */
    static ValidFor of(Period value) {
        Objects.requireNonNull(value, "validFor");
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException("validFor must be positive, not " + value);
        }
        return new ValidFor(value, null);
    }

    /** @throws IllegalArgumentException if zero or negative */
    static ValidFor of(Duration value) {
        Objects.requireNonNull(value, "validFor");
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException("validFor must be positive, not " + value);
        }
        return new ValidFor(null, value);
    }

    /**
     * The end of validity: {@code validUntil} when set, else {@code from + validFor} when set.
     *
     * @param validUntil a fixed end, or null
     * @param validFor a length, or null
     * @param from the credential's {@code validFrom}
     * @return the end, if the credential expires
     */
    static Optional<Instant> end(Instant validUntil, ValidFor validFor, Instant from) {
        if (validUntil != null) {
            return Optional.of(validUntil);
        }
        if (validFor == null) {
            return Optional.empty();
        }
        return Optional.of(validFor.period != null
                ? from.atOffset(ZoneOffset.UTC).plus(validFor.period).toInstant()
                : from.plus(validFor.duration));
    }
}
