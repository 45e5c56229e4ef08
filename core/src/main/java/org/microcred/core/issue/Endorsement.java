package org.microcred.core.issue;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;
import org.microcred.core.model.EndorsementCredential;
import org.microcred.core.model.EndorsementSubject;

/**
 * An endorsement to issue: the issuer's statement about an achievement, a credential or a profile
 * (its id is the subject), which an {@link Issuer} turns into an OB 3.0
 * {@code EndorsementCredential}.
 *
 * <pre>{@code
 * SignedCredential endorsement = accreditor.issue(Endorsement.builder()
 *     .subject("https://lms.example.edu/achievements/cpr")
 *     .name("Accreditation of CPR Certified")
 *     .comment("Meets the 2025 resuscitation guidelines.")
 *     .validFor(Period.ofYears(1))
 *     .build());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#endorsementcredential">OB 3.0 EndorsementCredential</a>
 */
public final class Endorsement implements IssueRequest {

    private final String id;
    private final String subject;
    private final String name;
    private final String description;
    private final String comment;
    private final Instant validFrom;
    private final Instant validUntil;
    private final ValidFor validFor;

    private Endorsement(Builder b) {
        this.id = b.id;
        this.subject = b.subject;
        this.name = b.name;
        this.description = b.description;
        this.comment = b.comment;
        this.validFrom = b.validFrom;
        this.validUntil = b.validUntil;
        this.validFor = b.validFor;
    }

    /** @return a new, empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the id of what is endorsed ({@code credentialSubject.id}) */
    public String subject() {
        return subject;
    }

    /** @return the endorsement's name */
    public String name() {
        return name;
    }

    /** @return the endorsement comment (Markdown), when set */
    public Optional<String> comment() {
        return Optional.ofNullable(comment);
    }

    /** @return the credential's {@code validFrom}, when fixed here (otherwise the issuer's clock) */
    public Optional<Instant> validFrom() {
        return Optional.ofNullable(validFrom);
    }

    /**
     * @param from the credential's {@code validFrom}
     * @return {@code validUntil}, or {@code from + validFor}, when the endorsement expires
     */
    public Optional<Instant> validUntil(Instant from) {
        return ValidFor.end(validUntil, validFor, from);
    }

    /** The unsigned credential, valid from {@code from}, without id, issuer, contexts or schema. */
    EndorsementCredential draft(Instant from) {
        EndorsementCredential.Builder credential = EndorsementCredential.builder().id(id).name(name)
                .description(description).validFrom(from)
                .credentialSubject(EndorsementSubject.builder().id(subject).endorsementComment(comment).build());
        validUntil(from).ifPresent(credential::validUntil);
        return credential.buildLenient();
    }

    @Override
    public String toString() {
        return "Endorsement[" + subject + "]";
    }

    /** Collects the values of an {@link Endorsement}. Not thread-safe. */
    public static final class Builder {
        private String id;
        private String subject;
        private String name;
        private String description;
        private String comment;
        private Instant validFrom;
        private Instant validUntil;
        private ValidFor validFor;

        private Builder() {
        }

        /**
         * @param value the id of the endorsed achievement, credential or profile (required); an
         *     absolute URI
         * @return this builder
         * @throws IllegalArgumentException if not an absolute URI
         */
        public Builder subject(String value) {
            this.subject = Recipient.absoluteUri(value, "subject");
            return this;
        }

        /**
         * @param value the endorsement's name (required by OB 3.0)
         * @return this builder
         * @throws IllegalArgumentException if blank
         */
        public Builder name(String value) {
            Objects.requireNonNull(value, "name");
            if (value.isBlank()) {
                throw new IllegalArgumentException("name must not be blank");
            }
            this.name = value;
            return this;
        }

        /**
         * @param value the endorsement comment ({@code endorsementComment}, Markdown)
         * @return this builder
         */
        public Builder comment(String value) {
            this.comment = Objects.requireNonNull(value, "comment");
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
         * @param value a fixed credential id (an absolute URI); by default the issuer's
         *     {@link IdStrategy} chooses one
         * @return this builder
         */
        public Builder id(String value) {
            this.id = Recipient.absoluteUri(value, "id");
            return this;
        }

        /**
         * @param value a fixed {@code validFrom}; by default the issuer's clock
         * @return this builder
         */
        public Builder validFrom(Instant value) {
            this.validFrom = Objects.requireNonNull(value, "validFrom");
            return this;
        }

        /**
         * @param value when the endorsement stops being valid; excludes {@code validFor}
         * @return this builder
         */
        public Builder validUntil(Instant value) {
            this.validUntil = Objects.requireNonNull(value, "validUntil");
            return this;
        }

        /**
         * @param value how long the endorsement is valid, in UTC calendar terms; positive
         * @return this builder
         * @throws IllegalArgumentException if zero or negative
         */
        public Builder validFor(Period value) {
            this.validFor = ValidFor.of(value);
            return this;
        }

        /**
         * @param value how long the endorsement is valid; positive
         * @return this builder
         * @throws IllegalArgumentException if zero or negative
         */
        public Builder validFor(Duration value) {
            this.validFor = ValidFor.of(value);
            return this;
        }

        /**
         * @return the endorsement
         * @throws MicrocredException {@link ErrorCode#INVALID_VALUE} naming the field when
         *     {@code subject} or {@code name} is missing, or both {@code validUntil} and
         *     {@code validFor} are set
         */
        public Endorsement build() {
            if (subject == null) {
                throw new MicrocredException(ErrorCode.INVALID_VALUE, "Endorsement.subject is required",
                        "call .subject(<id of the endorsed achievement, credential or profile>)", null);
            }
            if (name == null) {
                throw new MicrocredException(ErrorCode.INVALID_VALUE, "Endorsement.name is required",
                        "call .name(...)", null);
            }
            if (validUntil != null && validFor != null) {
                throw new MicrocredException(ErrorCode.INVALID_VALUE,
                        "Endorsement.validUntil and Endorsement.validFor are both set", "set only one of them", null);
            }
            return new Endorsement(this);
        }
    }
}
