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
 * An identifier of a profile or achievement in another system (CDM IdentifierEntry).
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()} (strict: {@link Builder#build()} checks the
 * required properties and vocabulary values and names the failing property path) or read it with
 * {@code org.microcred.core.json.CredentialJson} (lenient: {@link #problems()} lists what is missing).
 * Optional values are {@link Optional}, lists are never null. Properties this class does not model are
 * kept in {@link #extensions()} and written back unchanged; {@link #jsonForm()} remembers how the JSON
 * was shaped so a read value writes back to an equal JSON tree.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0#identifierentry">https://www.imsglobal.org/spec/ob/v3p0#identifierentry</a>
 */
public final class IdentifierEntry {

    /** The types a built IdentifierEntry gets when none are set. */
    public static final List<String> DEFAULT_TYPE = List.of("IdentifierEntry");

    private final String type;
    private final String identifier;
    private final IdentifierType identifierType;
    private final Map<String, JsonNode> extensions;
    private final JsonForm jsonForm;

    private IdentifierEntry(Builder b) {
        this.type = b.type;
        this.identifier = b.identifier;
        this.identifierType = b.identifierType;
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
        b.identifier = identifier;
        b.identifierType = identifierType;
        b.extensions.putAll(extensions);
        b.jsonForm = jsonForm;
        return b;
    }

    /** @return always "IdentifierEntry" (required) */
    public Optional<String> type() {
        return Optional.ofNullable(type);
    }

    /** @return the identifier (required) */
    public Optional<String> identifier() {
        return Optional.ofNullable(identifier);
    }

    /** @return the kind of identifier (required) */
    public Optional<IdentifierType> identifierType() {
        return Optional.ofNullable(identifierType);
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
     * spec rules, each message naming the property path (e.g. {@code IdentifierEntry.type must contain ...}).
     *
     * @return the problems found, empty when the value is complete
     */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        collectProblems("IdentifierEntry", out);
        return List.copyOf(out);
    }

    void collectProblems(String path, List<String> out) {
        if (!"IdentifierEntry".equals(type)) {
            out.add(path + ".type must contain \"IdentifierEntry\"");
        }
        if (identifier == null) {
            out.add(path + ".identifier is required");
        }
        if (identifierType == null) {
            out.add(path + ".identifierType is required");
        }
        if (identifierType != null && !identifierType.isValid()) {
            out.add(path + ".identifierType has the value '" + identifierType.value() + "', which is not a valid IdentifierType: " + IdentifierType.VALUES_HINT);
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof IdentifierEntry)) {
            return false;
        }
        IdentifierEntry that = (IdentifierEntry) o;
        return Objects.equals(type, that.type)
                && Objects.equals(identifier, that.identifier)
                && Objects.equals(identifierType, that.identifierType)
                && Objects.equals(extensions, that.extensions)
                && Objects.equals(jsonForm, that.jsonForm);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, identifier, identifierType, extensions, jsonForm);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("IdentifierEntry{");
        ToStrings.append(sb, "type", type);
        ToStrings.append(sb, "identifier", identifier);
        ToStrings.append(sb, "identifierType", identifierType);
        ToStrings.append(sb, "extensions", extensions);
        return ToStrings.close(sb);
    }

    /**
     * Collects the values of a {@link IdentifierEntry}. Not thread-safe; each setter returns this builder.
     * {@code null} clears an optional value.
     */
    public static final class Builder {

        private String type;
        private String identifier;
        private IdentifierType identifierType;
        private final Map<String, JsonNode> extensions = new LinkedHashMap<>();
        private JsonForm jsonForm = JsonForm.EMPTY;

        private Builder() {
        }

        /**
         * Sets always "IdentifierEntry".
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder type(String value) {
            this.type = value;
            return this;
        }

        /**
         * Sets the identifier.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder identifier(String value) {
            this.identifier = value;
            return this;
        }

        /**
         * Sets the kind of identifier.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder identifierType(IdentifierType value) {
            this.identifierType = value;
            return this;
        }

        /**
         * Sets the kind of identifier from its spec string.
         *
         * @param value a value of {@link IdentifierType}, an {@code ext:} extension term, or null to clear
         * @return this builder
         * @throws IllegalArgumentException if the string is neither a spec value nor an extension term
         */
        public Builder identifierType(String value) {
            this.identifierType = value == null ? null : IdentifierType.of(value);
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
         *     path (e.g. {@code IdentifierEntry.identifier is required}); the message lists every problem found
         */
        public IdentifierEntry build() {
            if (type == null) {
                type = DEFAULT_TYPE.get(0);
            }
            IdentifierEntry value = new IdentifierEntry(this);
            Checks.throwIfProblems(value.problems());
            return value;
        }

        /**
         * Builds the value without defaults or checks, as a reader does; {@link IdentifierEntry#problems()} lists what is
         * missing.
         *
         * @return the value
         */
        public IdentifierEntry buildLenient() {
            return new IdentifierEntry(this);
        }
    }
}
