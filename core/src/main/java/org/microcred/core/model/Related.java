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
 * The same achievement in another language or version (OB 3.0 Related).
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()} (strict: {@link Builder#build()} checks the
 * required properties and vocabulary values and names the failing property path) or read it with
 * {@code org.microcred.core.json.CredentialJson} (lenient: {@link #problems()} lists what is missing).
 * Optional values are {@link Optional}, lists are never null. Properties this class does not model are
 * kept in {@link #extensions()} and written back unchanged; {@link #jsonForm()} remembers how the JSON
 * was shaped so a read value writes back to an equal JSON tree.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0#related">https://www.imsglobal.org/spec/ob/v3p0#related</a>
 */
public final class Related {

    /** The types a built Related gets when none are set. */
    public static final List<String> DEFAULT_TYPE = List.of("Related");

    private final String id;
    private final List<String> type;
    private final String inLanguage;
    private final String version;
    private final Map<String, JsonNode> extensions;
    private final JsonForm jsonForm;

    private Related(Builder b) {
        this.id = b.id;
        this.type = List.copyOf(b.type);
        this.inLanguage = b.inLanguage;
        this.version = b.version;
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
        b.type.addAll(type);
        b.inLanguage = inLanguage;
        b.version = version;
        b.extensions.putAll(extensions);
        b.jsonForm = jsonForm;
        return b;
    }

    /** @return the related achievement's URI (required) */
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    /** @return the types, containing "Related" (required); never null, possibly empty */
    public List<String> type() {
        return type;
    }

    /** @return its language */
    public Optional<String> inLanguage() {
        return Optional.ofNullable(inLanguage);
    }

    /** @return its version */
    public Optional<String> version() {
        return Optional.ofNullable(version);
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
     * spec rules, each message naming the property path (e.g. {@code Related.type must contain ...}).
     *
     * @return the problems found, empty when the value is complete
     */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        collectProblems("Related", out);
        return List.copyOf(out);
    }

    void collectProblems(String path, List<String> out) {
        if (id == null) {
            out.add(path + ".id is required");
        }
        if (!type.contains("Related")) {
            out.add(path + ".type must contain \"Related\"");
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Related)) {
            return false;
        }
        Related that = (Related) o;
        return Objects.equals(id, that.id)
                && Objects.equals(type, that.type)
                && Objects.equals(inLanguage, that.inLanguage)
                && Objects.equals(version, that.version)
                && Objects.equals(extensions, that.extensions)
                && Objects.equals(jsonForm, that.jsonForm);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, type, inLanguage, version, extensions, jsonForm);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Related{");
        ToStrings.append(sb, "id", id);
        ToStrings.append(sb, "type", type);
        ToStrings.append(sb, "inLanguage", inLanguage);
        ToStrings.append(sb, "version", version);
        ToStrings.append(sb, "extensions", extensions);
        return ToStrings.close(sb);
    }

    /**
     * Collects the values of a {@link Related}. Not thread-safe; each setter returns this builder.
     * {@code null} clears an optional value.
     */
    public static final class Builder {

        private String id;
        private final List<String> type = new ArrayList<>();
        private String inLanguage;
        private String version;
        private final Map<String, JsonNode> extensions = new LinkedHashMap<>();
        private JsonForm jsonForm = JsonForm.EMPTY;

        private Builder() {
        }

        /**
         * Sets the related achievement's URI.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /**
         * Replaces the types, containing "Related".
         *
         * @param values the values, not null, without null elements
         * @return this builder
         */
        public Builder type(List<? extends String> values) {
            Objects.requireNonNull(values, "type");
            List<String> copy = new ArrayList<>(values.size());
            for (String value : values) {
                copy.add(Objects.requireNonNull(value, "type element"));
            }
            this.type.clear();
            this.type.addAll(copy);
            return this;
        }

        /**
         * Adds one of the types, containing "Related".
         *
         * @param value the value, not null
         * @return this builder
         */
        public Builder addType(String value) {
            this.type.add(Objects.requireNonNull(value, "type"));
            return this;
        }

        /**
         * Sets its language.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder inLanguage(String value) {
            this.inLanguage = value;
            return this;
        }

        /**
         * Sets its version.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder version(String value) {
            this.version = value;
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
         *     path (e.g. {@code Related.id is required}); the message lists every problem found
         */
        public Related build() {
            if (type.isEmpty()) {
                type.addAll(DEFAULT_TYPE);
            }
            Related value = new Related(this);
            Checks.throwIfProblems(value.problems());
            return value;
        }

        /**
         * Builds the value without defaults or checks, as a reader does; {@link Related#problems()} lists what is
         * missing.
         *
         * @return the value
         */
        public Related buildLenient() {
            return new Related(this);
        }
    }
}
