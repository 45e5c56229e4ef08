package org.microcred.core.status;

import static org.microcred.core.status.JsonFields.describe;
import static org.microcred.core.status.JsonFields.malformed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code credentialStatus} entry of type {@code BitstringStatusListEntry} (or the legacy
 * {@code StatusList2021Entry}): which list ({@link #statusListCredential()}), which entry
 * ({@link #statusListIndex()}) and for what ({@link #statusPurpose()}). Immutable and thread-safe.
 *
 * <p>Read one from JSON with {@link #fromJson(JsonNode)} or all of a credential's with
 * {@link #fromCredentialStatus(JsonNode)}; create one for an issued credential with
 * {@link #builder()} and {@link #toJson()}.
 *
 * <p>{@code statusListIndex} is a base-10 string in the spec, but JSON integers occur in the wild
 * (1EdTech fixtures), so both are read; negative values, signs, non-digits, fractions and values
 * above {@link Integer#MAX_VALUE} are rejected. It is always written as a string.
 *
 * @see <a href="https://www.w3.org/TR/vc-bitstring-status-list/#bitstringstatuslistentry">BSL
 *     §2.1 BitstringStatusListEntry</a>
 */
public final class BitstringStatusListEntry {

    private final Optional<String> id;
    private final StatusEntryType type;
    private final String statusPurpose;
    private final long statusListIndex;
    private final String statusListCredential;
    private final int statusSize;
    private final List<StatusMessage> statusMessages;
    private final List<String> statusReferences;

    private BitstringStatusListEntry(Builder b) {
        this.id = Optional.ofNullable(b.id);
        this.type = b.type;
        this.statusPurpose = b.statusPurpose;
        this.statusListIndex = b.statusListIndex;
        this.statusListCredential = b.statusListCredential;
        this.statusSize = b.statusSize;
        this.statusMessages = List.copyOf(b.statusMessages);
        this.statusReferences = List.copyOf(b.statusReferences);
    }

    /**
     * Whether a JSON value is a status-list entry this class reads (its {@code type} is, or
     * contains, {@code BitstringStatusListEntry} or {@code StatusList2021Entry}).
     *
     * @param node any JSON value, or null
     * @return true for a status-list entry object
     */
    public static boolean isStatusListEntry(JsonNode node) {
        return node != null && node.isObject() && entryType(node.get("type")).isPresent();
    }

    /**
     * Reads every status-list entry of a {@code credentialStatus} value (an object or an array
     * of objects). Entries of other types (for example {@code 1EdTechRevocationList}) are skipped.
     *
     * @param credentialStatus the {@code credentialStatus} value; null or missing gives an empty list
     * @return the entries in document order; never null
     * @throws StatusListException MALFORMED_VALUE_ERROR naming {@code credentialStatus[i].field}
     *     when a status-list entry is malformed, or when the value is neither object nor array
     */
    public static List<BitstringStatusListEntry> fromCredentialStatus(JsonNode credentialStatus) {
        if (credentialStatus == null || credentialStatus.isMissingNode() || credentialStatus.isNull()) {
            return List.of();
        }
        List<BitstringStatusListEntry> entries = new ArrayList<>();
        if (credentialStatus.isObject()) {
            if (isStatusListEntry(credentialStatus)) {
                entries.add(fromJson(credentialStatus, "credentialStatus"));
            }
        } else if (credentialStatus.isArray()) {
            for (int i = 0; i < credentialStatus.size(); i++) {
                JsonNode item = credentialStatus.get(i);
                String path = "credentialStatus[" + i + "]";
                if (!item.isObject()) {
                    throw malformed(path, "must be an object, found " + describe(item));
                }
                if (isStatusListEntry(item)) {
                    entries.add(fromJson(item, path));
                }
            }
        } else {
            throw malformed("credentialStatus", "must be an object or an array, found " + describe(credentialStatus));
        }
        return List.copyOf(entries);
    }

    /**
     * Reads one entry; error messages use the path {@code credentialStatus}.
     *
     * @param node the entry object
     * @return the entry
     * @throws StatusListException MALFORMED_VALUE_ERROR when a field is missing or malformed
     */
    public static BitstringStatusListEntry fromJson(JsonNode node) {
        return fromJson(node, "credentialStatus");
    }

    /**
     * Reads one entry.
     *
     * @param node the entry object
     * @param path the JSON path of {@code node}, used in error messages
     * @return the entry
     * @throws StatusListException MALFORMED_VALUE_ERROR when a field is missing or malformed
     */
    public static BitstringStatusListEntry fromJson(JsonNode node, String path) {
        JsonFields.requireObject(node, path);
        JsonNode typeNode = node.get("type");
        StatusEntryType type = entryType(typeNode).orElseThrow(() -> malformed(path + ".type",
                typeNode == null ? "is missing"
                        : "must be BitstringStatusListEntry or StatusList2021Entry, found " + describe(typeNode)));
        Builder b = new Builder().type(type).noId();
        JsonFields.optionalString(node, "id", path).ifPresent(b::id);
        b.statusPurpose(JsonFields.requireString(node, "statusPurpose", path));
        JsonNode index = node.get("statusListIndex");
        if (index == null || index.isNull()) {
            throw malformed(path + ".statusListIndex", "is missing");
        }
        b.statusListIndex(JsonFields.nonNegativeInteger(index, path + ".statusListIndex", Integer.MAX_VALUE));
        b.statusListCredential(JsonFields.requireUrl(node, "statusListCredential", path));
        JsonNode size = node.get("statusSize");
        if (size != null && !size.isNull()) {
            long value = JsonFields.nonNegativeInteger(size, path + ".statusSize", Integer.MAX_VALUE);
            if (value < 1 || value > BitstringStatusList.MAX_STATUS_SIZE) {
                throw malformed(path + ".statusSize", "must be between 1 and "
                        + BitstringStatusList.MAX_STATUS_SIZE + ", found " + value);
            }
            b.statusSize((int) value);
        }
        JsonNode messages = node.get("statusMessage");
        if (messages != null && !messages.isNull()) {
            if (!messages.isArray()) {
                throw malformed(path + ".statusMessage", "must be an array, found " + describe(messages));
            }
            for (int i = 0; i < messages.size(); i++) {
                b.addStatusMessage(statusMessage(messages.get(i), path + ".statusMessage[" + i + "]"));
            }
        }
        JsonNode reference = node.get("statusReference");
        if (reference != null && !reference.isNull()) {
            JsonFields.stringOrArray(node, "statusReference", path).forEach(b::addStatusReference);
        }
        return b.build();
    }

    private static StatusMessage statusMessage(JsonNode node, String path) {
        JsonFields.requireObject(node, path);
        String status = JsonFields.requireString(node, "status", path);
        String message = JsonFields.requireString(node, "message", path);
        if (!status.matches("0x[0-9a-fA-F]{1,8}")) {
            throw malformed(path + ".status", "must be a hexadecimal string such as \"0x1\", found \""
                    + JsonFields.abbreviate(status) + "\"");
        }
        long value = Long.parseLong(status.substring(2), 16);
        if (value > Integer.MAX_VALUE) {
            throw malformed(path + ".status", "is too large: " + status);
        }
        return new StatusMessage((int) value, message);
    }

    private static Optional<StatusEntryType> entryType(JsonNode typeNode) {
        if (typeNode == null) {
            return Optional.empty();
        }
        if (typeNode.isTextual()) {
            return StatusEntryType.fromJsonName(typeNode.textValue());
        }
        if (typeNode.isArray()) {
            for (JsonNode t : typeNode) {
                Optional<StatusEntryType> found = t.isTextual() ? StatusEntryType.fromJsonName(t.textValue())
                        : Optional.empty();
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** @return a builder of a {@code BitstringStatusListEntry} */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this entry's values */
    public Builder toBuilder() {
        Builder b = new Builder().type(type).statusPurpose(statusPurpose).statusListIndex(statusListIndex)
                .statusListCredential(statusListCredential).statusSize(statusSize);
        id.ifPresent(b::id);
        statusMessages.forEach(b::addStatusMessage);
        statusReferences.forEach(b::addStatusReference);
        return b;
    }

    /**
     * Writes the entry as JSON: {@code id} (when present), {@code type}, {@code statusPurpose},
     * {@code statusListIndex} as a base-10 string, {@code statusListCredential}, then
     * {@code statusSize} (only when not 1), {@code statusMessage} and {@code statusReference}
     * when present.
     *
     * @return a new JSON object
     */
    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        id.ifPresent(v -> node.put("id", v));
        node.put("type", type.jsonName());
        node.put("statusPurpose", statusPurpose);
        node.put("statusListIndex", Long.toString(statusListIndex));
        node.put("statusListCredential", statusListCredential);
        if (statusSize != 1) {
            node.put("statusSize", statusSize);
        }
        if (!statusMessages.isEmpty()) {
            ArrayNode array = node.putArray("statusMessage");
            for (StatusMessage m : statusMessages) {
                array.addObject().put("status", m.hexStatus()).put("message", m.message());
            }
        }
        if (statusReferences.size() == 1) {
            node.put("statusReference", statusReferences.get(0));
        } else if (!statusReferences.isEmpty()) {
            ArrayNode array = node.putArray("statusReference");
            statusReferences.forEach(array::add);
        }
        return node;
    }

    /** @return the entry's {@code id}, if it has one */
    public Optional<String> id() {
        return id;
    }

    /** @return the entry type */
    public StatusEntryType type() {
        return type;
    }

    /** @return {@code statusPurpose}, e.g. {@code revocation}, {@code suspension}, {@code message} */
    public String statusPurpose() {
        return statusPurpose;
    }

    /** @return the index of the entry in the list, 0 to {@link Integer#MAX_VALUE} */
    public long statusListIndex() {
        return statusListIndex;
    }

    /** @return the URL of the status-list credential */
    public String statusListCredential() {
        return statusListCredential;
    }

    /** @return bits per entry; 1 when the JSON omits {@code statusSize} */
    public int statusSize() {
        return statusSize;
    }

    /** @return the {@code statusMessage} items; empty when absent */
    public List<StatusMessage> statusMessages() {
        return statusMessages;
    }

    /**
     * @param status a status value read from the list
     * @return the message for that value, if {@code statusMessage} defines one
     */
    public Optional<String> messageFor(int status) {
        return statusMessages.stream().filter(m -> m.status() == status).map(StatusMessage::message).findFirst();
    }

    /** @return the {@code statusReference} URLs; empty when absent */
    public List<String> statusReferences() {
        return statusReferences;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BitstringStatusListEntry e && id.equals(e.id) && type == e.type
                && statusPurpose.equals(e.statusPurpose) && statusListIndex == e.statusListIndex
                && statusListCredential.equals(e.statusListCredential) && statusSize == e.statusSize
                && statusMessages.equals(e.statusMessages) && statusReferences.equals(e.statusReferences);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, type, statusPurpose, statusListIndex, statusListCredential, statusSize,
                statusMessages, statusReferences);
    }

    @Override
    public String toString() {
        return type.jsonName() + "[" + statusPurpose + " " + statusListCredential + " #" + statusListIndex
                + (statusSize == 1 ? "" : ", statusSize=" + statusSize) + "]";
    }

    /**
     * Builds an entry. Required: {@code statusPurpose}, {@code statusListIndex},
     * {@code statusListCredential}. When no {@code id} is set, {@link #build()} uses
     * {@code statusListCredential + "#" + statusListIndex} (OB 3.0 requires an id on
     * {@code credentialStatus}); call {@link #noId()} to leave it out. Not thread-safe.
     */
    public static final class Builder {

        private String id;
        private boolean omitId;
        private StatusEntryType type = StatusEntryType.BITSTRING_STATUS_LIST_ENTRY;
        private String statusPurpose;
        private long statusListIndex = -1;
        private String statusListCredential;
        private int statusSize = 1;
        private final List<StatusMessage> statusMessages = new ArrayList<>();
        private final List<String> statusReferences = new ArrayList<>();

        private Builder() {
        }

        /**
         * @param id the entry id (a URL)
         * @return this builder
         */
        public Builder id(String id) {
            this.id = Objects.requireNonNull(id, "id");
            this.omitId = false;
            return this;
        }

        /**
         * Leaves {@code id} out of the entry.
         *
         * @return this builder
         */
        public Builder noId() {
            this.id = null;
            this.omitId = true;
            return this;
        }

        /**
         * @param type the entry type (default {@code BitstringStatusListEntry})
         * @return this builder
         */
        public Builder type(StatusEntryType type) {
            this.type = Objects.requireNonNull(type, "type");
            return this;
        }

        /**
         * @param statusPurpose e.g. {@code revocation}
         * @return this builder
         */
        public Builder statusPurpose(String statusPurpose) {
            Objects.requireNonNull(statusPurpose, "statusPurpose");
            if (statusPurpose.isEmpty()) {
                throw new IllegalArgumentException("statusPurpose must not be empty");
            }
            this.statusPurpose = statusPurpose;
            return this;
        }

        /**
         * @param index 0 to {@link Integer#MAX_VALUE}
         * @return this builder
         */
        public Builder statusListIndex(long index) {
            if (index < 0 || index > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("statusListIndex must be between 0 and "
                        + Integer.MAX_VALUE + ": " + index);
            }
            this.statusListIndex = index;
            return this;
        }

        /**
         * @param url the status-list credential URL (absolute)
         * @return this builder
         */
        public Builder statusListCredential(String url) {
            Objects.requireNonNull(url, "statusListCredential");
            try {
                if (!new java.net.URI(url).isAbsolute()) {
                    throw new IllegalArgumentException("statusListCredential must be an absolute URL: " + url);
                }
            } catch (java.net.URISyntaxException e) {
                throw new IllegalArgumentException("statusListCredential is not a valid URL: " + url, e);
            }
            this.statusListCredential = url;
            return this;
        }

        /**
         * @param statusSize bits per entry, 1 to 16 (default 1)
         * @return this builder
         */
        public Builder statusSize(int statusSize) {
            if (statusSize < 1 || statusSize > BitstringStatusList.MAX_STATUS_SIZE) {
                throw new IllegalArgumentException("statusSize must be between 1 and "
                        + BitstringStatusList.MAX_STATUS_SIZE + ": " + statusSize);
            }
            this.statusSize = statusSize;
            return this;
        }

        /**
         * @param message one {@code statusMessage} item
         * @return this builder
         */
        public Builder addStatusMessage(StatusMessage message) {
            statusMessages.add(Objects.requireNonNull(message, "message"));
            return this;
        }

        /**
         * @param url one {@code statusReference} URL
         * @return this builder
         */
        public Builder addStatusReference(String url) {
            statusReferences.add(Objects.requireNonNull(url, "statusReference"));
            return this;
        }

        /**
         * @return the entry
         * @throws IllegalStateException when a required field is unset, or a status message's value
         *     does not fit in {@code statusSize} bits
         */
        public BitstringStatusListEntry build() {
            if (statusPurpose == null) {
                throw new IllegalStateException("statusPurpose is required");
            }
            if (statusListIndex < 0) {
                throw new IllegalStateException("statusListIndex is required");
            }
            if (statusListCredential == null) {
                throw new IllegalStateException("statusListCredential is required");
            }
            for (StatusMessage m : statusMessages) {
                if (statusSize < 31 && m.status() >= 1 << statusSize) {
                    throw new IllegalStateException("statusMessage status " + m.hexStatus()
                            + " does not fit in statusSize " + statusSize);
                }
            }
            BitstringStatusListEntry entry;
            if (id == null && !omitId) {
                String saved = id;
                id = statusListCredential + "#" + statusListIndex;
                entry = new BitstringStatusListEntry(this);
                id = saved;
            } else {
                entry = new BitstringStatusListEntry(this);
            }
            return entry;
        }
    }
}
