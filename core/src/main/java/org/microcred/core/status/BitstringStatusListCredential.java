package org.microcred.core.status;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The unsigned JSON of a status-list credential an issuer publishes: a VC 2.0 credential of type
 * {@code [VerifiableCredential, BitstringStatusListCredential]} whose subject is
 * {@code {id, type: BitstringStatusList, statusPurpose, encodedList, ttl?}}. Sign the result of
 * {@link #toJson()} with a proof suite like any other credential. Immutable and thread-safe.
 *
 * <pre>{@code
 * ObjectNode unsigned = BitstringStatusListCredential.builder()
 *         .id("https://example.com/credentials/status/3")
 *         .issuer("did:example:12345")
 *         .statusPurpose("revocation")
 *         .list(list)
 *         .validFrom(Instant.now())
 *         .build()
 *         .toJson();
 * }</pre>
 *
 * @see <a href="https://www.w3.org/TR/vc-bitstring-status-list/#bitstringstatuslistcredential">BSL
 *     §2.2 BitstringStatusListCredential</a>
 */
public final class BitstringStatusListCredential {

    /** The VC 2.0 base context, which defines every Bitstring Status List term. */
    public static final String VC_V2_CONTEXT = "https://www.w3.org/ns/credentials/v2";

    private final String id;
    private final String issuer;
    private final List<String> statusPurposes;
    private final BitstringStatusList list;
    private final String subjectId;
    private final Optional<Instant> validFrom;
    private final Optional<Instant> validUntil;
    private final Optional<Duration> ttl;

    private BitstringStatusListCredential(Builder b) {
        this.id = b.id;
        this.issuer = b.issuer;
        this.statusPurposes = List.copyOf(b.statusPurposes);
        this.list = b.list;
        this.subjectId = b.subjectId != null ? b.subjectId : b.id + "#list";
        this.validFrom = Optional.ofNullable(b.validFrom);
        this.validUntil = Optional.ofNullable(b.validUntil);
        this.ttl = Optional.ofNullable(b.ttl);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the credential id (the URL it is published at) */
    public String id() {
        return id;
    }

    /** @return the issuer id */
    public String issuer() {
        return issuer;
    }

    /** @return the status purposes (one or more) */
    public List<String> statusPurposes() {
        return statusPurposes;
    }

    /** @return the list */
    public BitstringStatusList list() {
        return list;
    }

    /** @return the subject id ({@code id + "#list"} unless set) */
    public String subjectId() {
        return subjectId;
    }

    /** @return {@code validFrom}, if set */
    public Optional<Instant> validFrom() {
        return validFrom;
    }

    /** @return {@code validUntil}, if set */
    public Optional<Instant> validUntil() {
        return validUntil;
    }

    /** @return the {@code ttl}, if set */
    public Optional<Duration> ttl() {
        return ttl;
    }

    /**
     * Writes the unsigned credential. Key order: {@code @context}, {@code id}, {@code type},
     * {@code issuer}, {@code validFrom}, {@code validUntil}, {@code credentialSubject}; instants
     * are written in UTC to the second. A single purpose is written as a string.
     *
     * @return a new JSON object
     */
    public ObjectNode toJson() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode vc = f.objectNode();
        vc.putArray("@context").add(VC_V2_CONTEXT);
        vc.put("id", id);
        vc.putArray("type").add("VerifiableCredential").add("BitstringStatusListCredential");
        vc.put("issuer", issuer);
        validFrom.ifPresent(v -> vc.put("validFrom", v.truncatedTo(ChronoUnit.SECONDS).toString()));
        validUntil.ifPresent(v -> vc.put("validUntil", v.truncatedTo(ChronoUnit.SECONDS).toString()));
        ObjectNode subject = vc.putObject("credentialSubject");
        subject.put("id", subjectId);
        subject.put("type", "BitstringStatusList");
        if (statusPurposes.size() == 1) {
            subject.put("statusPurpose", statusPurposes.get(0));
        } else {
            ArrayNode purposes = subject.putArray("statusPurpose");
            statusPurposes.forEach(purposes::add);
        }
        subject.put("encodedList", list.encode());
        ttl.ifPresent(t -> subject.put("ttl", t.toMillis()));
        return vc;
    }

    /**
     * The entry a credential carries to point at index {@code index} of this list, for the first
     * status purpose: {@code id = <list id>#<index>}, {@code statusSize} of the list.
     *
     * @param index the allocated index
     * @return the entry
     * @throws StatusListException RANGE_ERROR when {@code index} is outside the list
     */
    public BitstringStatusListEntry entry(long index) {
        return entry(index, statusPurposes.get(0));
    }

    /**
     * @param index the allocated index
     * @param statusPurpose one of this list's purposes
     * @return the entry pointing at {@code index} of this list for that purpose
     * @throws StatusListException RANGE_ERROR when {@code index} is outside the list
     * @throws IllegalArgumentException when the purpose is not one of the list's
     */
    public BitstringStatusListEntry entry(long index, String statusPurpose) {
        if (!statusPurposes.contains(statusPurpose)) {
            throw new IllegalArgumentException("statusPurpose \"" + statusPurpose + "\" is not one of this list's "
                    + statusPurposes);
        }
        if (index < 0 || index >= list.size()) {
            throw new StatusListException(StatusListError.RANGE_ERROR,
                    "status list index " + index + " is outside the list of " + list.size() + " entries");
        }
        return BitstringStatusListEntry.builder().statusPurpose(statusPurpose).statusListIndex(index)
                .statusListCredential(id).statusSize(list.statusSize()).build();
    }

    /** Builds the credential. Required: id, issuer, at least one status purpose, list. Not thread-safe. */
    public static final class Builder {

        private String id;
        private String issuer;
        private final List<String> statusPurposes = new ArrayList<>();
        private BitstringStatusList list;
        private String subjectId;
        private Instant validFrom;
        private Instant validUntil;
        private Duration ttl;

        private Builder() {
        }

        /**
         * @param id the absolute URL the credential is published at
         * @return this builder
         */
        public Builder id(String id) {
            this.id = absolute(id, "id");
            return this;
        }

        /**
         * @param issuer the issuer id (a DID or URL)
         * @return this builder
         */
        public Builder issuer(String issuer) {
            this.issuer = absolute(issuer, "issuer");
            return this;
        }

        /**
         * @param purpose a status purpose such as {@code revocation}; repeatable
         * @return this builder
         */
        public Builder statusPurpose(String purpose) {
            Objects.requireNonNull(purpose, "statusPurpose");
            if (purpose.isEmpty()) {
                throw new IllegalArgumentException("statusPurpose must not be empty");
            }
            if (!statusPurposes.contains(purpose)) {
                statusPurposes.add(purpose);
            }
            return this;
        }

        /**
         * @param list the status list to encode
         * @return this builder
         */
        public Builder list(BitstringStatusList list) {
            this.list = Objects.requireNonNull(list, "list");
            return this;
        }

        /**
         * @param subjectId the {@code credentialSubject.id} (default {@code id + "#list"})
         * @return this builder
         */
        public Builder subjectId(String subjectId) {
            this.subjectId = absolute(subjectId, "subjectId");
            return this;
        }

        /**
         * @param validFrom start of validity
         * @return this builder
         */
        public Builder validFrom(Instant validFrom) {
            this.validFrom = Objects.requireNonNull(validFrom, "validFrom");
            return this;
        }

        /**
         * @param validUntil end of validity
         * @return this builder
         */
        public Builder validUntil(Instant validUntil) {
            this.validUntil = Objects.requireNonNull(validUntil, "validUntil");
            return this;
        }

        /**
         * @param ttl how long verifiers may cache the list (written in milliseconds)
         * @return this builder
         */
        public Builder ttl(Duration ttl) {
            Objects.requireNonNull(ttl, "ttl");
            if (ttl.isNegative()) {
                throw new IllegalArgumentException("ttl must not be negative: " + ttl);
            }
            this.ttl = ttl;
            return this;
        }

        /**
         * @return the credential
         * @throws IllegalStateException when a required field is missing or validFrom is after validUntil
         */
        public BitstringStatusListCredential build() {
            if (id == null) {
                throw new IllegalStateException("id is required");
            }
            if (issuer == null) {
                throw new IllegalStateException("issuer is required");
            }
            if (statusPurposes.isEmpty()) {
                throw new IllegalStateException("at least one statusPurpose is required");
            }
            if (list == null) {
                throw new IllegalStateException("list is required");
            }
            if (validFrom != null && validUntil != null && validFrom.isAfter(validUntil)) {
                throw new IllegalStateException("validFrom " + validFrom + " is after validUntil " + validUntil);
            }
            return new BitstringStatusListCredential(this);
        }

        private static String absolute(String value, String field) {
            Objects.requireNonNull(value, field);
            try {
                if (!new URI(value).isAbsolute()) {
                    throw new IllegalArgumentException(field + " must be an absolute URI: " + value);
                }
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException(field + " is not a valid URI: " + value, e);
            }
            return value;
        }
    }
}
