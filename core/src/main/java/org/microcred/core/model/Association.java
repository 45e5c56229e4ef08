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
 * A relation between two achievements of a CLR (CLR 2.0 Association).
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()} (strict: {@link Builder#build()} checks the
 * required properties and vocabulary values and names the failing property path) or read it with
 * {@code org.microcred.core.json.CredentialJson} (lenient: {@link #problems()} lists what is missing).
 * Optional values are {@link Optional}, lists are never null. Properties this class does not model are
 * kept in {@link #extensions()} and written back unchanged; {@link #jsonForm()} remembers how the JSON
 * was shaped so a read value writes back to an equal JSON tree.
 *
 * @see <a href="https://www.imsglobal.org/spec/clr/v2p0">https://www.imsglobal.org/spec/clr/v2p0</a>
 */
public final class Association {

    /** The types a built Association gets when none are set. */
    public static final List<String> DEFAULT_TYPE = List.of("Association");

    private final String type;
    private final AssociationType associationType;
    private final String sourceId;
    private final String targetId;
    private final Map<String, JsonNode> extensions;
    private final JsonForm jsonForm;

    private Association(Builder b) {
        this.type = b.type;
        this.associationType = b.associationType;
        this.sourceId = b.sourceId;
        this.targetId = b.targetId;
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
        b.type = type;
        b.associationType = associationType;
        b.sourceId = sourceId;
        b.targetId = targetId;
        b.extensions.putAll(extensions);
        b.jsonForm = jsonForm;
        return b;
    }

    /** @return always "Association" (required) */
    public Optional<String> type() {
        return Optional.ofNullable(type);
    }

    /** @return the relation (required) */
    public Optional<AssociationType> associationType() {
        return Optional.ofNullable(associationType);
    }

    /** @return the id of the source achievement (required) */
    public Optional<String> sourceId() {
        return Optional.ofNullable(sourceId);
    }

    /** @return the id of the target achievement (required) */
    public Optional<String> targetId() {
        return Optional.ofNullable(targetId);
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
     * spec rules, each message naming the property path (e.g. {@code Association.type must contain ...}).
     *
     * @return the problems found, empty when the value is complete
     */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        collectProblems("Association", out);
        return List.copyOf(out);
    }

    void collectProblems(String path, List<String> out) {
        if (!"Association".equals(type)) {
            out.add(path + ".type must contain \"Association\"");
        }
        if (associationType == null) {
            out.add(path + ".associationType is required");
        }
        if (associationType != null && !associationType.isValid()) {
            out.add(path + ".associationType has the value '" + associationType.value() + "', which is not a valid AssociationType: " + AssociationType.VALUES_HINT);
        }
        if (sourceId == null) {
            out.add(path + ".sourceId is required");
        }
        if (targetId == null) {
            out.add(path + ".targetId is required");
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Association)) {
            return false;
        }
        Association that = (Association) o;
        return Objects.equals(type, that.type)
                && Objects.equals(associationType, that.associationType)
                && Objects.equals(sourceId, that.sourceId)
                && Objects.equals(targetId, that.targetId)
                && Objects.equals(extensions, that.extensions)
                && Objects.equals(jsonForm, that.jsonForm);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, associationType, sourceId, targetId, extensions, jsonForm);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Association{");
        ToStrings.append(sb, "type", type);
        ToStrings.append(sb, "associationType", associationType);
        ToStrings.append(sb, "sourceId", sourceId);
        ToStrings.append(sb, "targetId", targetId);
        ToStrings.append(sb, "extensions", extensions);
        return ToStrings.close(sb);
    }

    /**
     * Collects the values of a {@link Association}. Not thread-safe; each setter returns this builder.
     * {@code null} clears an optional value.
     */
    public static final class Builder {

        private String type;
        private AssociationType associationType;
        private String sourceId;
        private String targetId;
        private final Map<String, JsonNode> extensions = new LinkedHashMap<>();
        private JsonForm jsonForm = JsonForm.EMPTY;

        private Builder() {
        }

        /**
         * Sets always "Association".
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder type(String value) {
            this.type = value;
            return this;
        }

        /**
         * Sets the relation.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder associationType(AssociationType value) {
            this.associationType = value;
            return this;
        }

        /**
         * Sets the relation from its spec string.
         *
         * @param value a value of {@link AssociationType}, an {@code ext:} extension term, or null to clear
         * @return this builder
         * @throws IllegalArgumentException if the string is neither a spec value nor an extension term
         */
        public Builder associationType(String value) {
            this.associationType = value == null ? null : AssociationType.of(value);
            return this;
        }

        /**
         * Sets the id of the source achievement.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder sourceId(String value) {
            this.sourceId = value;
            return this;
        }

        /**
         * Sets the id of the target achievement.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder targetId(String value) {
            this.targetId = value;
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
         * Builds the value, filling defaults (type) when unset, and checks it.
         *
         * @return the value
         * @throws MicrocredException with {@link ErrorCode#INVALID_VALUE} naming the first missing or invalid property
         *     path (e.g. {@code Association.associationType is required}); the message lists every problem found
         */
        public Association build() {
            if (type == null) {
                type = DEFAULT_TYPE.get(0);
            }
            Association value = new Association(this);
            Checks.throwIfProblems(value.problems());
            return value;
        }

        /**
         * Builds the value without defaults or checks, as a reader does; {@link Association#problems()} lists what is
         * missing.
         *
         * @return the value
         */
        public Association buildLenient() {
            return new Association(this);
        }
    }
}
