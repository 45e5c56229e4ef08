package org.microcred.core.issue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;
import org.microcred.core.model.Achievement;
import org.microcred.core.model.AchievementCredential;
import org.microcred.core.model.AchievementSubject;
import org.microcred.core.model.CredentialStatus;
import org.microcred.core.model.Evidence;
import org.microcred.core.model.Image;
import org.microcred.core.model.Result;

/**
 * What to award, to whom, for how long: the input an {@link Issuer} turns into an OB 3.0
 * {@code OpenBadgeCredential}. The issuer adds everything else (id, issuer, {@code validFrom},
 * contexts, schema, proof).
 *
 * <pre>{@code
 * SignedCredential badge = issuer.issue(OpenBadge.builder()
 *     .achievement(cprCertified)
 *     .recipient(Recipient.email("ada@example.org").hashed())
 *     .validFor(Period.ofYears(2))
 *     .build());
 * }</pre>
 *
 * <p>Immutable and thread-safe; one value may be issued many times (each issue gets a new id
 * and {@code validFrom} unless they are set here).
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#achievementcredential">OB 3.0 AchievementCredential</a>
 */
public final class OpenBadge implements IssueRequest {

    private final String id;
    private final Achievement achievement;
    private final Recipient recipient;
    private final String name;
    private final String description;
    private final Image image;
    private final Instant validFrom;
    private final Instant validUntil;
    private final ValidFor validFor;
    private final Instant awardedDate;
    private final List<Evidence> evidence;
    private final List<Result> results;
    private final List<CredentialStatus> credentialStatus;
    private final String narrative;
    private final BigDecimal creditsEarned;

    private OpenBadge(Builder b) {
        this.id = b.id;
        this.achievement = b.achievement;
        this.recipient = b.recipient;
        this.name = b.name;
        this.description = b.description;
        this.image = b.image;
        this.validFrom = b.validFrom;
        this.validUntil = b.validUntil;
        this.validFor = b.validFor;
        this.awardedDate = b.awardedDate;
        this.evidence = List.copyOf(b.evidence);
        this.results = List.copyOf(b.results);
        this.credentialStatus = List.copyOf(b.credentialStatus);
        this.narrative = b.narrative;
        this.creditsEarned = b.creditsEarned;
    }

    /** @return a new, empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding every value of this badge */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.achievement = achievement;
        b.recipient = recipient;
        b.name = name;
        b.description = description;
        b.image = image;
        b.validFrom = validFrom;
        b.validUntil = validUntil;
        b.validFor = validFor;
        b.awardedDate = awardedDate;
        b.evidence.addAll(evidence);
        b.results.addAll(results);
        b.credentialStatus.addAll(credentialStatus);
        b.narrative = narrative;
        b.creditsEarned = creditsEarned;
        return b;
    }

    /** @return the achievement awarded */
    public Achievement achievement() {
        return achievement;
    }

    /** @return who receives it */
    public Recipient recipient() {
        return recipient;
    }

    /** @return the credential id, when fixed here (otherwise the issuer's {@link IdStrategy} chooses) */
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    /** @return the credential's {@code validFrom}, when fixed here (otherwise the issuer's clock) */
    public Optional<Instant> validFrom() {
        return Optional.ofNullable(validFrom);
    }

    /**
     * The end of validity for a credential valid from {@code from}: {@code validUntil}, or
     * {@code from + validFor} (a {@link Period} is added in UTC calendar terms).
     *
     * @param from the credential's {@code validFrom}
     * @return the end, when the badge expires
     */
    public Optional<Instant> validUntil(Instant from) {
        return ValidFor.end(validUntil, validFor, from);
    }

    /**
     * The unsigned credential for this badge, valid from {@code from}: subject, achievement and
     * the optional values, without id, issuer, contexts or schema (the issuer fills those).
     */
    AchievementCredential draft(Instant from) {
        AchievementSubject.Builder subject = AchievementSubject.builder().achievement(achievement)
                .identifier(recipient.identifiers()).result(results).narrative(narrative).creditsEarned(creditsEarned);
        recipient.subjectId().ifPresent(subject::id);
        AchievementCredential.Builder credential = AchievementCredential.builder()
                .id(id)
                .name(name != null ? name : achievement.name().orElse(null))
                .description(description)
                .image(image)
                .validFrom(from)
                .credentialSubject(subject.build())
                .evidence(evidence)
                .credentialStatus(credentialStatus);
        validUntil(from).ifPresent(credential::validUntil);
        if (awardedDate != null) {
            credential.awardedDate(awardedDate);
        }
        return credential.buildLenient();
    }

    @Override
    public String toString() {
        return "OpenBadge[" + achievement.id().orElse("?") + " to " + recipient + "]";
    }

    /**
     * Collects the values of an {@link OpenBadge}. Not thread-safe. Setters reject null for
     * required values and invalid arguments at once ({@link IllegalArgumentException} /
     * {@link NullPointerException} naming the field); {@link #build()} checks the rules that
     * involve several fields.
     */
    public static final class Builder {
        private String id;
        private Achievement achievement;
        private Recipient recipient;
        private String name;
        private String description;
        private Image image;
        private Instant validFrom;
        private Instant validUntil;
        private ValidFor validFor;
        private Instant awardedDate;
        private final List<Evidence> evidence = new ArrayList<>();
        private final List<Result> results = new ArrayList<>();
        private final List<CredentialStatus> credentialStatus = new ArrayList<>();
        private String narrative;
        private BigDecimal creditsEarned;

        private Builder() {
        }

        /**
         * @param value the achievement awarded (required); must be complete (id, name,
         *     description, criteria)
         * @return this builder
         * @throws IllegalArgumentException if the achievement has problems (listed in the message)
         */
        public Builder achievement(Achievement value) {
            Objects.requireNonNull(value, "achievement");
            List<String> problems = value.problems();
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("achievement is incomplete: " + String.join("; ", problems));
            }
            this.achievement = value;
            return this;
        }

        /**
         * @param value who receives the badge (required)
         * @return this builder
         */
        public Builder recipient(Recipient value) {
            this.recipient = Objects.requireNonNull(value, "recipient");
            return this;
        }

        /**
         * @param value a fixed credential id (an absolute URI); by default the issuer's
         *     {@link IdStrategy} chooses one
         * @return this builder
         * @throws IllegalArgumentException if not an absolute URI
         */
        public Builder id(String value) {
            this.id = Recipient.absoluteUri(value, "id");
            return this;
        }

        /**
         * @param value the credential's name; defaults to the achievement's name
         * @return this builder
         */
        public Builder name(String value) {
            this.name = Objects.requireNonNull(value, "name");
            return this;
        }

        /**
         * @param value the credential's description
         * @return this builder
         */
        public Builder description(String value) {
            this.description = Objects.requireNonNull(value, "description");
            return this;
        }

        /**
         * @param value the credential's image
         * @return this builder
         */
        public Builder image(Image value) {
            this.image = Objects.requireNonNull(value, "image");
            return this;
        }

        /**
         * @param value a fixed {@code validFrom}; by default the issuer's clock at issue time,
         *     to the second
         * @return this builder
         */
        public Builder validFrom(Instant value) {
            this.validFrom = Objects.requireNonNull(value, "validFrom");
            return this;
        }

        /**
         * @param value when the credential stops being valid ({@code validUntil}); excludes
         *     {@code validFor}
         * @return this builder
         */
        public Builder validUntil(Instant value) {
            this.validUntil = Objects.requireNonNull(value, "validUntil");
            return this;
        }

        /**
         * @param value how long the credential is valid, counted from {@code validFrom} in UTC
         *     calendar terms; positive; excludes {@code validUntil}
         * @return this builder
         * @throws IllegalArgumentException if zero or negative
         */
        public Builder validFor(Period value) {
            this.validFor = ValidFor.of(value);
            return this;
        }

        /**
         * @param value how long the credential is valid, counted from {@code validFrom};
         *     positive; excludes {@code validUntil}
         * @return this builder
         * @throws IllegalArgumentException if zero or negative
         */
        public Builder validFor(Duration value) {
            this.validFor = ValidFor.of(value);
            return this;
        }

        /**
         * @param value when the achievement was originally awarded ({@code awardedDate}; kept
         *     when a credential is re-issued with a newer {@code validFrom})
         * @return this builder
         */
        public Builder awardedDate(Instant value) {
            this.awardedDate = Objects.requireNonNull(value, "awardedDate");
            return this;
        }

        /**
         * @param value evidence to add
         * @return this builder
         */
        public Builder addEvidence(Evidence value) {
            evidence.add(Objects.requireNonNull(value, "evidence"));
            return this;
        }

        /**
         * @param values the evidence (replaces what was added)
         * @return this builder
         */
        public Builder evidence(List<? extends Evidence> values) {
            Objects.requireNonNull(values, "evidence");
            evidence.clear();
            values.forEach(this::addEvidence);
            return this;
        }

        /**
         * @param value a result to add to the subject ({@code credentialSubject.result})
         * @return this builder
         */
        public Builder addResult(Result value) {
            results.add(Objects.requireNonNull(value, "result"));
            return this;
        }

        /**
         * @param values the results (replaces what was added)
         * @return this builder
         */
        public Builder results(List<? extends Result> values) {
            Objects.requireNonNull(values, "results");
            results.clear();
            values.forEach(this::addResult);
            return this;
        }

        /**
         * @param value a status entry ({@code BitstringStatusListEntry} or
         *     {@code 1EdTechRevocationList}), for example from the status package's allocator
         * @return this builder
         * @throws IllegalArgumentException if the entry has problems
         */
        public Builder credentialStatus(CredentialStatus value) {
            Objects.requireNonNull(value, "credentialStatus");
            List<String> problems = value.problems();
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("credentialStatus is incomplete: " + String.join("; ", problems));
            }
            credentialStatus.add(value);
            return this;
        }

        /**
         * @param value the subject's narrative (Markdown)
         * @return this builder
         */
        public Builder narrative(String value) {
            this.narrative = Objects.requireNonNull(value, "narrative");
            return this;
        }

        /**
         * @param value credits earned ({@code credentialSubject.creditsEarned}); not negative
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder creditsEarned(BigDecimal value) {
            Objects.requireNonNull(value, "creditsEarned");
            if (value.signum() < 0) {
                throw new IllegalArgumentException("creditsEarned must not be negative, not " + value);
            }
            this.creditsEarned = value;
            return this;
        }

        /**
         * @return the badge
         * @throws MicrocredException {@link ErrorCode#INVALID_VALUE} naming the field when
         *     {@code achievement} or {@code recipient} is missing, the recipient has neither id
         *     nor identifier, both {@code validUntil} and {@code validFor} are set, or
         *     {@code validUntil} is before a fixed {@code validFrom}
         */
        public OpenBadge build() {
            if (achievement == null) {
                throw invalid("OpenBadge.achievement is required", "call .achievement(...)");
            }
            if (recipient == null) {
                throw invalid("OpenBadge.recipient is required", "call .recipient(Recipient.email(...).hashed()) "
                        + "or .recipient(Recipient.id(...))");
            }
            if (recipient.subjectId().isEmpty() && recipient.identifiers().isEmpty()) {
                throw invalid("OpenBadge.recipient has neither a subject id nor an identifier", null);
            }
            if (validUntil != null && validFor != null) {
                throw invalid("OpenBadge.validUntil and OpenBadge.validFor are both set", "set only one of them");
            }
            if (validUntil != null && validFrom != null && validUntil.isBefore(validFrom)) {
                throw invalid("OpenBadge.validUntil " + validUntil + " is before validFrom " + validFrom, null);
            }
            return new OpenBadge(this);
        }

        private static MicrocredException invalid(String message, String hint) {
            return new MicrocredException(ErrorCode.INVALID_VALUE, message, hint, null);
        }
    }
}
