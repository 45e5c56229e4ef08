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
 * A level of a rubric criterion (OB 3.0 RubricCriterionLevel).
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()} (strict: {@link Builder#build()} checks the
 * required properties and vocabulary values and names the failing property path) or read it with
 * {@code org.microcred.core.json.CredentialJson} (lenient: {@link #problems()} lists what is missing).
 * Optional values are {@link Optional}, lists are never null. Properties this class does not model are
 * kept in {@link #extensions()} and written back unchanged; {@link #jsonForm()} remembers how the JSON
 * was shaped so a read value writes back to an equal JSON tree.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0#rubriccriterionlevel">https://www.imsglobal.org/spec/ob/v3p0#rubriccriterionlevel</a>
 */
public final class RubricCriterionLevel {

    /** The types a built RubricCriterionLevel gets when none are set. */
    public static final List<String> DEFAULT_TYPE = List.of("RubricCriterionLevel");

    private final String id;
    private final List<String> type;
    private final List<Alignment> alignment;
    private final String description;
    private final String level;
    private final String name;
    private final String points;
    private final Map<String, JsonNode> extensions;
    private final JsonForm jsonForm;

    private RubricCriterionLevel(Builder b) {
        this.id = b.id;
        this.type = List.copyOf(b.type);
        this.alignment = List.copyOf(b.alignment);
        this.description = b.description;
        this.level = b.level;
        this.name = b.name;
        this.points = b.points;
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
        b.alignment.addAll(alignment);
        b.description = description;
        b.level = level;
        b.name = name;
        b.points = points;
        b.extensions.putAll(extensions);
        b.jsonForm = jsonForm;
        return b;
    }

    /** @return the level's URI (required) */
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    /** @return the types, containing "RubricCriterionLevel" (required); never null, possibly empty */
    public List<String> type() {
        return type;
    }

    /** @return alignments; never null, possibly empty */
    public List<Alignment> alignment() {
        return alignment;
    }

    /** @return a description */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /** @return the level name */
    public Optional<String> level() {
        return Optional.ofNullable(level);
    }

    /** @return the name (required) */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** @return the points */
    public Optional<String> points() {
        return Optional.ofNullable(points);
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
     * spec rules, each message naming the property path (e.g. {@code RubricCriterionLevel.type must contain ...}).
     *
     * @return the problems found, empty when the value is complete
     */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        collectProblems("RubricCriterionLevel", out);
        return List.copyOf(out);
    }

    void collectProblems(String path, List<String> out) {
        if (id == null) {
            out.add(path + ".id is required");
        }
        if (!type.contains("RubricCriterionLevel")) {
            out.add(path + ".type must contain \"RubricCriterionLevel\"");
        }
        for (int i = 0; i < alignment.size(); i++) {
            alignment.get(i).collectProblems(path + ".alignment[" + i + "]", out);
        }
        if (name == null) {
            out.add(path + ".name is required");
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof RubricCriterionLevel)) {
            return false;
        }
        RubricCriterionLevel that = (RubricCriterionLevel) o;
        return Objects.equals(id, that.id)
                && Objects.equals(type, that.type)
                && Objects.equals(alignment, that.alignment)
                && Objects.equals(description, that.description)
                && Objects.equals(level, that.level)
                && Objects.equals(name, that.name)
                && Objects.equals(points, that.points)
                && Objects.equals(extensions, that.extensions)
                && Objects.equals(jsonForm, that.jsonForm);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, type, alignment, description, level, name, points, extensions, jsonForm);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("RubricCriterionLevel{");
        ToStrings.append(sb, "id", id);
        ToStrings.append(sb, "type", type);
        ToStrings.append(sb, "alignment", alignment);
        ToStrings.append(sb, "description", description);
        ToStrings.append(sb, "level", level);
        ToStrings.append(sb, "name", name);
        ToStrings.append(sb, "points", points);
        ToStrings.append(sb, "extensions", extensions);
        return ToStrings.close(sb);
    }

    /**
     * Collects the values of a {@link RubricCriterionLevel}. Not thread-safe; each setter returns this builder.
     * {@code null} clears an optional value.
     */
    public static final class Builder {

        private String id;
        private final List<String> type = new ArrayList<>();
        private final List<Alignment> alignment = new ArrayList<>();
        private String description;
        private String level;
        private String name;
        private String points;
        private final Map<String, JsonNode> extensions = new LinkedHashMap<>();
        private JsonForm jsonForm = JsonForm.EMPTY;

        private Builder() {
        }

        /**
         * Sets the level's URI.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /**
         * Replaces the types, containing "RubricCriterionLevel".
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
         * Adds one of the types, containing "RubricCriterionLevel".
         *
         * @param value the value, not null
         * @return this builder
         */
        public Builder addType(String value) {
            this.type.add(Objects.requireNonNull(value, "type"));
            return this;
        }

        /**
         * Replaces alignments.
         *
         * @param values the values, not null, without null elements
         * @return this builder
         */
        public Builder alignment(List<? extends Alignment> values) {
            Objects.requireNonNull(values, "alignment");
            List<Alignment> copy = new ArrayList<>(values.size());
            for (Alignment value : values) {
                copy.add(Objects.requireNonNull(value, "alignment element"));
            }
            this.alignment.clear();
            this.alignment.addAll(copy);
            return this;
        }

        /**
         * Adds one of alignments.
         *
         * @param value the value, not null
         * @return this builder
         */
        public Builder addAlignment(Alignment value) {
            this.alignment.add(Objects.requireNonNull(value, "alignment"));
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
         * Sets the level name.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder level(String value) {
            this.level = value;
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
         * Sets the points.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder points(String value) {
            this.points = value;
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
         *     path (e.g. {@code RubricCriterionLevel.id is required}); the message lists every problem found
         */
        public RubricCriterionLevel build() {
            if (type.isEmpty()) {
                type.addAll(DEFAULT_TYPE);
            }
            RubricCriterionLevel value = new RubricCriterionLevel(this);
            Checks.throwIfProblems(value.problems());
            return value;
        }

        /**
         * Builds the value without defaults or checks, as a reader does; {@link RubricCriterionLevel#problems()} lists what is
         * missing.
         *
         * @return the value
         */
        public RubricCriterionLevel buildLenient() {
            return new RubricCriterionLevel(this);
        }
    }
}
