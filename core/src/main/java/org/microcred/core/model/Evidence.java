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
 * Evidence supporting the achievement (OB 3.0 Evidence).
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()} (strict: {@link Builder#build()} checks the
 * required properties and vocabulary values and names the failing property path) or read it with
 * {@code org.microcred.core.json.CredentialJson} (lenient: {@link #problems()} lists what is missing).
 * Optional values are {@link Optional}, lists are never null. Properties this class does not model are
 * kept in {@link #extensions()} and written back unchanged; {@link #jsonForm()} remembers how the JSON
 * was shaped so a read value writes back to an equal JSON tree.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0#evidence">https://www.imsglobal.org/spec/ob/v3p0#evidence</a>
 */
public final class Evidence {

    /** The types a built Evidence gets when none are set. */
    public static final List<String> DEFAULT_TYPE = List.of("Evidence");

    private final String id;
    private final List<String> type;
    private final String narrative;
    private final String name;
    private final String description;
    private final String genre;
    private final String audience;
    private final Map<String, JsonNode> extensions;
    private final JsonForm jsonForm;

    private Evidence(Builder b) {
        this.id = b.id;
        this.type = List.copyOf(b.type);
        this.narrative = b.narrative;
        this.name = b.name;
        this.description = b.description;
        this.genre = b.genre;
        this.audience = b.audience;
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
        b.narrative = narrative;
        b.name = name;
        b.description = description;
        b.genre = genre;
        b.audience = audience;
        b.extensions.putAll(extensions);
        b.jsonForm = jsonForm;
        return b;
    }

    /** @return the evidence URL or data URI */
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    /** @return the types, containing "Evidence" (required); never null, possibly empty */
    public List<String> type() {
        return type;
    }

    /** @return a narrative (Markdown) */
    public Optional<String> narrative() {
        return Optional.ofNullable(narrative);
    }

    /** @return the name */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** @return a description */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /** @return the genre */
    public Optional<String> genre() {
        return Optional.ofNullable(genre);
    }

    /** @return the audience */
    public Optional<String> audience() {
        return Optional.ofNullable(audience);
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
     * spec rules, each message naming the property path (e.g. {@code Evidence.type must contain ...}).
     *
     * @return the problems found, empty when the value is complete
     */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        collectProblems("Evidence", out);
        return List.copyOf(out);
    }

    void collectProblems(String path, List<String> out) {
        if (!type.contains("Evidence")) {
            out.add(path + ".type must contain \"Evidence\"");
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Evidence)) {
            return false;
        }
        Evidence that = (Evidence) o;
        return Objects.equals(id, that.id)
                && Objects.equals(type, that.type)
                && Objects.equals(narrative, that.narrative)
                && Objects.equals(name, that.name)
                && Objects.equals(description, that.description)
                && Objects.equals(genre, that.genre)
                && Objects.equals(audience, that.audience)
                && Objects.equals(extensions, that.extensions)
                && Objects.equals(jsonForm, that.jsonForm);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, type, narrative, name, description, genre, audience, extensions, jsonForm);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Evidence{");
        ToStrings.append(sb, "id", id);
        ToStrings.append(sb, "type", type);
        ToStrings.append(sb, "narrative", narrative);
        ToStrings.append(sb, "name", name);
        ToStrings.append(sb, "description", description);
        ToStrings.append(sb, "genre", genre);
        ToStrings.append(sb, "audience", audience);
        ToStrings.append(sb, "extensions", extensions);
        return ToStrings.close(sb);
    }

    /**
     * Collects the values of a {@link Evidence}. Not thread-safe; each setter returns this builder.
     * {@code null} clears an optional value.
     */
    public static final class Builder {

        private String id;
        private final List<String> type = new ArrayList<>();
        private String narrative;
        private String name;
        private String description;
        private String genre;
        private String audience;
        private final Map<String, JsonNode> extensions = new LinkedHashMap<>();
        private JsonForm jsonForm = JsonForm.EMPTY;

        private Builder() {
        }

        /**
         * Sets the evidence URL or data URI.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /**
         * Replaces the types, containing "Evidence".
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
         * Adds one of the types, containing "Evidence".
         *
         * @param value the value, not null
         * @return this builder
         */
        public Builder addType(String value) {
            this.type.add(Objects.requireNonNull(value, "type"));
            return this;
        }

        /**
         * Sets a narrative (Markdown).
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder narrative(String value) {
            this.narrative = value;
            return this;
        }

        /**
         * Sets the name.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * Sets a description.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /**
         * Sets the genre.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder genre(String value) {
            this.genre = value;
            return this;
        }

        /**
         * Sets the audience.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder audience(String value) {
            this.audience = value;
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
         *     path (e.g. {@code Evidence.id is required}); the message lists every problem found
         */
        public Evidence build() {
            if (type.isEmpty()) {
                type.addAll(DEFAULT_TYPE);
            }
            Evidence value = new Evidence(this);
            Checks.throwIfProblems(value.problems());
            return value;
        }

        /**
         * Builds the value without defaults or checks, as a reader does; {@link Evidence#problems()} lists what is
         * missing.
         *
         * @return the value
         */
        public Evidence buildLenient() {
            return new Evidence(this);
        }
    }
}
