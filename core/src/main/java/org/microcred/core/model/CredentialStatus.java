package org.microcred.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;

/**
 * A status entry: revocation/suspension list pointer (VC credentialStatus; 1EdTechRevocationList or BitstringStatusListEntry).
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()} (strict: {@link Builder#build()} checks the
 * required properties and vocabulary values and names the failing property path) or read it with
 * {@code org.microcred.core.json.CredentialJson} (lenient: {@link #problems()} lists what is missing).
 * Optional values are {@link Optional}, lists are never null. Properties this class does not model are
 * kept in {@link #extensions()} and written back unchanged; {@link #jsonForm()} remembers how the JSON
 * was shaped so a read value writes back to an equal JSON tree.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0#credentialstatus">https://www.imsglobal.org/spec/ob/v3p0#credentialstatus</a>
 */
public final class CredentialStatus {

    private final String id;
    private final String type;
    private final String statusPurpose;
    private final JsonNode statusListIndex;
    private final String statusListCredential;
    private final Map<String, JsonNode> extensions;
    private final JsonForm jsonForm;

    private CredentialStatus(Builder b) {
        this.id = b.id;
        this.type = b.type;
        this.statusPurpose = b.statusPurpose;
        this.statusListIndex = b.statusListIndex;
        this.statusListCredential = b.statusListCredential;
        this.extensions = Extensions.freeze(b.extensions);
        this.jsonForm = b.jsonForm;
    }

    /** @return a new, empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding every value of this object (including extensions and JSON form) */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.type = type;
        b.statusPurpose = statusPurpose;
        b.statusListIndex = statusListIndex;
        b.statusListCredential = statusListCredential;
        b.extensions.putAll(extensions);
        b.jsonForm = jsonForm;
        return b;
    }

    /** @return the id of the status entry or status method URL */
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    /** @return the status method, e.g. BitstringStatusListEntry (required) */
    public Optional<String> type() {
        return Optional.ofNullable(type);
    }

    /** @return BitstringStatusListEntry: the purpose (revocation, suspension…) */
    public Optional<String> statusPurpose() {
        return Optional.ofNullable(statusPurpose);
    }

    /** @return BitstringStatusListEntry: the index (a base-10 string; integers are kept as read), as text */
    public Optional<String> statusListIndex() {
        return Optional.ofNullable(statusListIndex).map(JsonNode::asText);
    }

    /** @return BitstringStatusListEntry: the index (a base-10 string; integers are kept as read), as the JSON node read or set (a string or a number) */
    public Optional<JsonNode> statusListIndexNode() {
        return Optional.ofNullable(statusListIndex);
    }

    /** @return BitstringStatusListEntry: the URL of the status list credential */
    public Optional<String> statusListCredential() {
        return Optional.ofNullable(statusListCredential);
    }

    /** @return the properties not mapped to a typed value, in document order (copies; never null) */
    public Map<String, JsonNode> extensions() {
        return Extensions.copy(extensions);
    }

    /** @return how the JSON this value was read from was shaped (empty for built values) */
    public JsonForm jsonForm() {
        return jsonForm;
    }

    /**
     * Lists what is missing or invalid: required properties, required types, vocabulary values and
     * spec rules, each message naming the property path (e.g. {@code CredentialStatus.type must contain ...}).
     *
     * @return the problems found, empty when the value is complete
     */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        collectProblems("CredentialStatus", out);
        return List.copyOf(out);
    }

    void collectProblems(String path, List<String> out) {
        if (type == null) {
            out.add(path + ".type is required");
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CredentialStatus)) {
            return false;
        }
        CredentialStatus that = (CredentialStatus) o;
        return Objects.equals(id, that.id)
                && Objects.equals(type, that.type)
                && Objects.equals(statusPurpose, that.statusPurpose)
                && Objects.equals(statusListIndex, that.statusListIndex)
                && Objects.equals(statusListCredential, that.statusListCredential)
                && Objects.equals(extensions, that.extensions)
                && Objects.equals(jsonForm, that.jsonForm);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, type, statusPurpose, statusListIndex, statusListCredential, extensions, jsonForm);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("CredentialStatus{");
        ToStrings.append(sb, "id", id);
        ToStrings.append(sb, "type", type);
        ToStrings.append(sb, "statusPurpose", statusPurpose);
        ToStrings.append(sb, "statusListIndex", statusListIndex);
        ToStrings.append(sb, "statusListCredential", statusListCredential);
        ToStrings.append(sb, "extensions", extensions);
        return ToStrings.close(sb);
    }

    /**
     * Collects the values of a {@link CredentialStatus}. Not thread-safe; each setter returns this builder.
     * {@code null} clears an optional value.
     */
    public static final class Builder {

        private String id;
        private String type;
        private String statusPurpose;
        private JsonNode statusListIndex;
        private String statusListCredential;
        private final Map<String, JsonNode> extensions = new LinkedHashMap<>();
        private JsonForm jsonForm = JsonForm.EMPTY;

        private Builder() {
        }

        /**
         * Sets the id of the status entry or status method URL.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /**
         * Sets the status method, e.g. BitstringStatusListEntry.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder type(String value) {
            this.type = value;
            return this;
        }

        /**
         * Sets BitstringStatusListEntry: the purpose (revocation, suspension…).
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder statusPurpose(String value) {
            this.statusPurpose = value;
            return this;
        }

        /**
         * Sets BitstringStatusListEntry: the index (a base-10 string; integers are kept as read).
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder statusListIndex(String value) {
            this.statusListIndex = value == null ? null : com.fasterxml.jackson.databind.node.TextNode.valueOf(value);
            return this;
        }

        /**
         * Sets BitstringStatusListEntry: the index (a base-10 string; integers are kept as read) as a JSON string or number node, kept as is.
         *
         * @param value a textual or numeric node, or null to clear
         * @return this builder
         * @throws IllegalArgumentException if the node is neither
         */
        public Builder statusListIndex(JsonNode value) {
            if (value != null && !value.isTextual() && !value.isNumber()) {
                throw new IllegalArgumentException("statusListIndex must be a string or a number, not " + value.getNodeType());
            }
            this.statusListIndex = value;
            return this;
        }

        /**
         * Sets BitstringStatusListEntry: the URL of the status list credential.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder statusListCredential(String value) {
            this.statusListCredential = value;
            return this;
        }

        /**
         * Sets a property this class does not model (or keeps a raw value of one it does, as readers do for
         * {@code null} and empty-array values); a typed value of the same name is written instead when set.
         *
         * @param name the property name, not null
         * @param value the JSON value (copied), not null
         * @return this builder
         */
        public Builder extension(String name, JsonNode value) {
            extensions.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value").deepCopy());
            return this;
        }

        /**
         * Replaces all extension properties.
         *
         * @param values the properties, not null
         * @return this builder
         */
        public Builder extensions(Map<String, ? extends JsonNode> values) {
            Objects.requireNonNull(values, "values");
            extensions.clear();
            values.forEach(this::extension);
            return this;
        }

        /**
         * Sets the JSON form (how a reader found the document shaped); writers honour it.
         *
         * @param form the form, not null
         * @return this builder
         */
        public Builder jsonForm(JsonForm form) {
            this.jsonForm = Objects.requireNonNull(form, "form");
            return this;
        }

        /**
         * Builds the value, filling defaults (none) when unset, and checks it.
         *
         * @return the value
         * @throws MicrocredException with {@link ErrorCode#INVALID_VALUE} naming the first missing or invalid property
         *     path (e.g. {@code CredentialStatus.id is required}); the message lists every problem found
         */
        public CredentialStatus build() {
            CredentialStatus value = new CredentialStatus(this);
            Checks.throwIfProblems(value.problems());
            return value;
        }

        /**
         * Builds the value without defaults or checks, as a reader does; {@link CredentialStatus#problems()} lists what is
         * missing.
         *
         * @return the value
         */
        public CredentialStatus buildLenient() {
            return new CredentialStatus(this);
        }
    }
}
