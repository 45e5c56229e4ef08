package org.microcred.core.status;

import static org.microcred.core.status.JsonFields.describe;
import static org.microcred.core.status.JsonFields.malformed;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code credentialSubject} of a status-list credential ({@code BitstringStatusList}, or the
 * legacy {@code StatusList2021}), read from JSON. Immutable and thread-safe.
 *
 * <p>Reading the subject does not check the list credential's proof: a verifier must verify the
 * list credential itself first (BSL STATUS_VERIFICATION_ERROR).
 *
 * @see <a href="https://www.w3.org/TR/vc-bitstring-status-list/#bitstringstatuslistcredential">BSL
 *     §2.2 BitstringStatusListCredential</a>
 */
public final class StatusListSubject {

    private final Optional<String> id;
    private final StatusListFormat format;
    private final List<String> statusPurposes;
    private final String encodedList;
    private final Optional<Duration> ttl;

    private StatusListSubject(Optional<String> id, StatusListFormat format, List<String> statusPurposes,
            String encodedList, Optional<Duration> ttl) {
        this.id = id;
        this.format = format;
        this.statusPurposes = statusPurposes;
        this.encodedList = encodedList;
        this.ttl = ttl;
    }

    /**
     * Reads the subject of a whole status-list credential, after checking that its {@code type}
     * contains {@code BitstringStatusListCredential} or {@code StatusList2021Credential}.
     * A {@code credentialSubject} array must hold exactly one object.
     *
     * @param credential the status-list credential JSON
     * @return the subject
     * @throws StatusListException MALFORMED_VALUE_ERROR naming the offending field
     */
    public static StatusListSubject fromCredential(JsonNode credential) {
        JsonFields.requireObject(credential, "statusListCredential");
        List<String> types = JsonFields.stringOrArray(credential, "type", "statusListCredential");
        boolean known = types.stream().anyMatch(t -> StatusListFormat.fromCredentialType(t).isPresent());
        if (!known) {
            throw malformed("statusListCredential.type", "must contain BitstringStatusListCredential"
                    + " (or StatusList2021Credential), found " + types);
        }
        JsonNode subject = credential.get("credentialSubject");
        String path = "statusListCredential.credentialSubject";
        if (subject != null && subject.isArray()) {
            if (subject.size() != 1) {
                throw malformed(path, "must hold exactly one subject, found " + subject.size());
            }
            subject = subject.get(0);
            path = path + "[0]";
        }
        return fromSubject(subject, path);
    }

    /**
     * Reads a subject object; error messages use the path {@code credentialSubject}.
     *
     * @param subject the {@code credentialSubject} object
     * @return the subject
     * @throws StatusListException MALFORMED_VALUE_ERROR naming the offending field
     */
    public static StatusListSubject fromSubject(JsonNode subject) {
        return fromSubject(subject, "credentialSubject");
    }

    private static StatusListSubject fromSubject(JsonNode subject, String path) {
        JsonFields.requireObject(subject, path);
        List<String> types = JsonFields.stringOrArray(subject, "type", path);
        StatusListFormat format = types.stream().map(StatusListFormat::fromSubjectType)
                .flatMap(Optional::stream).findFirst()
                .orElseThrow(() -> malformed(path + ".type",
                        "must be BitstringStatusList (or StatusList2021), found " + types));
        Optional<String> id = JsonFields.optionalString(subject, "id", path);
        List<String> purposes = JsonFields.stringOrArray(subject, "statusPurpose", path);
        String encodedList = JsonFields.requireString(subject, "encodedList", path);
        Optional<Duration> ttl = Optional.empty();
        JsonNode ttlNode = subject.get("ttl");
        if (ttlNode != null && !ttlNode.isNull()) {
            if (!ttlNode.isNumber()) {
                throw malformed(path + ".ttl", "must be a number of milliseconds, found " + describe(ttlNode));
            }
            ttl = Optional.of(Duration.ofMillis(JsonFields.nonNegativeInteger(ttlNode, path + ".ttl", Long.MAX_VALUE)));
        }
        return new StatusListSubject(id, format, purposes, encodedList, ttl);
    }

    /** @return the subject {@code id}, if present */
    public Optional<String> id() {
        return id;
    }

    /** @return which generation of status list this is */
    public StatusListFormat format() {
        return format;
    }

    /** @return the {@code statusPurpose} values (one or more) */
    public List<String> statusPurposes() {
        return statusPurposes;
    }

    /**
     * @param purpose a status purpose
     * @return whether the list declares it
     */
    public boolean hasPurpose(String purpose) {
        return statusPurposes.contains(purpose);
    }

    /** @return the raw {@code encodedList} text */
    public String encodedList() {
        return encodedList;
    }

    /** @return how long the list may be cached ({@code ttl}, in milliseconds in JSON), if given */
    public Optional<Duration> ttl() {
        return ttl;
    }

    /**
     * Decodes the list; see {@link BitstringStatusList#decode(String, int)}.
     *
     * @param statusSize bits per entry (from the status entry)
     * @return the list
     * @throws StatusListException as {@link BitstringStatusList#decode(String, int, int)}
     */
    public BitstringStatusList decode(int statusSize) {
        return BitstringStatusList.decode(encodedList, statusSize);
    }

    /**
     * Runs the status read of the BSL validate algorithm for one entry: the purpose must be
     * declared by the list, the list is decoded with the entry's {@code statusSize}, and the value at
     * {@code statusListIndex} is returned (0 = no status set: not revoked / not suspended).
     *
     * @param entry the credential's status entry
     * @return the status value
     * @throws StatusListException STATUS_VERIFICATION_ERROR when the purposes do not match, and the
     *     decoding and RANGE_ERROR failures of {@link BitstringStatusList}
     * @see <a href="https://www.w3.org/TR/vc-bitstring-status-list/#validate-algorithm">BSL
     *     Validate Algorithm</a>
     */
    public int statusOf(BitstringStatusListEntry entry) {
        Objects.requireNonNull(entry, "entry");
        if (!hasPurpose(entry.statusPurpose())) {
            throw new StatusListException(StatusListError.STATUS_VERIFICATION_ERROR,
                    "the credential's statusPurpose \"" + entry.statusPurpose()
                            + "\" is not among the list's statusPurpose " + statusPurposes);
        }
        return decode(entry.statusSize()).status(entry.statusListIndex());
    }

    @Override
    public String toString() {
        return format.subjectType() + "[" + id.orElse("(no id)") + ", purposes=" + statusPurposes + "]";
    }
}
