package org.microcred.core.proof;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * Per-call options for securing a credential. Data Integrity suites use the proof options
 * ({@code created}, {@code proofPurpose}, {@code id}, {@code domain}, {@code challenge},
 * {@code nonce}, {@code expires}); VC-JWT uses the JOSE header options ({@code jwk},
 * {@code typ}). Options a suite does not use are ignored by it.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}. {@link #defaults()} stamps
 * {@code created} with the system clock, to the second, for the {@code assertionMethod} purpose.
 */
public final class ProofOptions {

    private static final ProofOptions DEFAULTS = builder().build();

    private final Clock clock;
    private final Instant created;
    private final String proofPurpose;
    private final String proofId;
    private final String domain;
    private final String challenge;
    private final String nonce;
    private final Instant expires;
    private final ObjectNode jwk;
    private final String jwtType;

    private ProofOptions(Builder b) {
        this.clock = b.clock;
        this.created = b.created;
        this.proofPurpose = b.proofPurpose;
        this.proofId = b.proofId;
        this.domain = b.domain;
        this.challenge = b.challenge;
        this.nonce = b.nonce;
        this.expires = b.expires;
        this.jwk = b.jwk == null ? null : b.jwk.deepCopy();
        this.jwtType = b.jwtType;
    }

    /** @return options with every default */
    public static ProofOptions defaults() {
        return DEFAULTS;
    }

    /** @return a builder with every default */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.clock = clock;
        b.created = created;
        b.proofPurpose = proofPurpose;
        b.proofId = proofId;
        b.domain = domain;
        b.challenge = challenge;
        b.nonce = nonce;
        b.expires = expires;
        b.jwk = jwk;
        b.jwtType = jwtType;
        return b;
    }

    /**
     * The {@code created} time of a new proof: the fixed instant if one was set, else the clock's
     * now; truncated to whole seconds either way (so the XSD dateTime has no fraction).
     *
     * @return the creation time
     */
    public Instant created() {
        return (created != null ? created : clock.instant()).truncatedTo(ChronoUnit.SECONDS);
    }

    /** @return the clock used when no fixed {@code created} was set */
    public Clock clock() {
        return clock;
    }

    /** @return the proof purpose, {@value KeyReference#ASSERTION_METHOD} unless changed */
    public String proofPurpose() {
        return proofPurpose;
    }

    /** @return the proof's {@code id}, when set */
    public Optional<String> proofId() {
        return Optional.ofNullable(proofId);
    }

    /** @return the proof's {@code domain}, when set */
    public Optional<String> domain() {
        return Optional.ofNullable(domain);
    }

    /** @return the proof's {@code challenge}, when set */
    public Optional<String> challenge() {
        return Optional.ofNullable(challenge);
    }

    /** @return the proof's {@code nonce}, when set */
    public Optional<String> nonce() {
        return Optional.ofNullable(nonce);
    }

    /** @return when the proof expires, when set (truncated to seconds) */
    public Optional<Instant> expires() {
        return Optional.ofNullable(expires).map(e -> e.truncatedTo(ChronoUnit.SECONDS));
    }

    /** @return a copy of the public JWK to put in the JOSE header instead of {@code kid}, when set */
    public Optional<ObjectNode> jwk() {
        return jwk == null ? Optional.empty() : Optional.of(jwk.deepCopy());
    }

    /** @return the JOSE {@code typ}, {@code JWT} unless changed; empty to leave it out */
    public Optional<String> jwtType() {
        return Optional.ofNullable(jwtType);
    }

    /** Builds {@link ProofOptions}; not thread-safe. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private Instant created;
        private String proofPurpose = KeyReference.ASSERTION_METHOD;
        private String proofId;
        private String domain;
        private String challenge;
        private String nonce;
        private Instant expires;
        private ObjectNode jwk;
        private String jwtType = "JWT";

        private Builder() {
        }

        /**
         * @param value the clock that stamps {@code created} when no fixed time is set
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * @param value a fixed {@code created} time (truncated to seconds)
         * @return this builder
         */
        public Builder created(Instant value) {
            this.created = Objects.requireNonNull(value, "created");
            return this;
        }

        /**
         * @param value the proof purpose; OB 3.0 and CLR 2.0 require {@code assertionMethod}
         * @return this builder
         * @throws IllegalArgumentException if blank
         */
        public Builder proofPurpose(String value) {
            this.proofPurpose = nonBlank(value, "proofPurpose");
            return this;
        }

        /**
         * @param value the proof's {@code id} (a URL or URN)
         * @return this builder
         * @throws IllegalArgumentException if blank
         */
        public Builder proofId(String value) {
            this.proofId = nonBlank(value, "proofId");
            return this;
        }

        /**
         * @param value the proof's {@code domain}
         * @return this builder
         * @throws IllegalArgumentException if blank
         */
        public Builder domain(String value) {
            this.domain = nonBlank(value, "domain");
            return this;
        }

        /**
         * @param value the proof's {@code challenge}
         * @return this builder
         * @throws IllegalArgumentException if blank
         */
        public Builder challenge(String value) {
            this.challenge = nonBlank(value, "challenge");
            return this;
        }

        /**
         * @param value the proof's {@code nonce}
         * @return this builder
         * @throws IllegalArgumentException if blank
         */
        public Builder nonce(String value) {
            this.nonce = nonBlank(value, "nonce");
            return this;
        }

        /**
         * @param value when the proof expires
         * @return this builder
         */
        public Builder expires(Instant value) {
            this.expires = Objects.requireNonNull(value, "expires");
            return this;
        }

        /**
         * Puts this public JWK in the JOSE header ({@code jwk}) instead of a {@code kid}.
         *
         * @param publicJwk a public JWK
         * @return this builder
         * @throws IllegalArgumentException if the JWK holds a private member ({@code d}, {@code p}, …)
         */
        public Builder jwk(ObjectNode publicJwk) {
            Objects.requireNonNull(publicJwk, "jwk");
            String privateMember = Jose.privateMember(publicJwk);
            if (privateMember != null) {
                throw new IllegalArgumentException("jwk must be a public JWK, but it has the private member '"
                        + privateMember + "'");
            }
            this.jwk = publicJwk.deepCopy();
            return this;
        }

        /**
         * @param value the JOSE {@code typ}, or null to leave it out; OB 3.0 allows only {@code JWT}
         * @return this builder
         */
        public Builder jwtType(String value) {
            this.jwtType = value;
            return this;
        }

        /** @return the options */
        public ProofOptions build() {
            return new ProofOptions(this);
        }

        private static String nonBlank(String value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isBlank()) {
                throw new IllegalArgumentException(name + " must not be blank");
            }
            return value;
        }
    }
}
