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
 * A possible result of an achievement (OB 3.0 ResultDescription).
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()} (strict: {@link Builder#build()} checks the
 * required properties and vocabulary values and names the failing property path) or read it with
 * {@code org.microcred.core.json.CredentialJson} (lenient: {@link #problems()} lists what is missing).
 * Optional values are {@link Optional}, lists are never null. Properties this class does not model are
 * kept in {@link #extensions()} and written back unchanged; {@link #jsonForm()} remembers how the JSON
 * was shaped so a read value writes back to an equal JSON tree.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0#resultdescription">https://www.imsglobal.org/spec/ob/v3p0#resultdescription</a>
 */
public final class ResultDescription {

    /** The types a built ResultDescription gets when none are set. */
    public static final List<String> DEFAULT_TYPE = List.of("ResultDescription");

    private final String id;
    private final List<String> type;
    private final List<Alignment> alignment;
    private final List<String> allowedValue;
    private final String name;
    private final String requiredLevel;
    private final String requiredValue;
    private final ResultType resultType;
    private final List<RubricCriterionLevel> rubricCriterionLevel;
    private final String valueMax;
    private final String valueMin;
    private final Map<String, JsonNode> extensions;
    private final JsonForm jsonForm;

    private ResultDescription(Builder b) {
        this.id = b.id;
        this.type = List.copyOf(b.type);
        this.alignment = List.copyOf(b.alignment);
        this.allowedValue = List.copyOf(b.allowedValue);
        this.name = b.name;
        this.requiredLevel = b.requiredLevel;
        this.requiredValue = b.requiredValue;
        this.resultType = b.resultType;
        this.rubricCriterionLevel = List.copyOf(b.rubricCriterionLevel);
        this.valueMax = b.valueMax;
        this.valueMin = b.valueMin;
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
        b.allowedValue.addAll(allowedValue);
        b.name = name;
        b.requiredLevel = requiredLevel;
        b.requiredValue = requiredValue;
        b.resultType = resultType;
        b.rubricCriterionLevel.addAll(rubricCriterionLevel);
        b.valueMax = valueMax;
        b.valueMin = valueMin;
        b.extensions.putAll(extensions);
        b.jsonForm = jsonForm;
        return b;
    }

    /** @return the result description's URI (required) */
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    /** @return the types, containing "ResultDescription" (required); never null, possibly empty */
    public List<String> type() {
        return type;
    }

    /** @return alignments; never null, possibly empty */
    public List<Alignment> alignment() {
        return alignment;
    }

    /** @return the allowed values, ordered low to high; never null, possibly empty */
    public List<String> allowedValue() {
        return allowedValue;
    }

    /** @return the name (required) */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** @return the id of the rubric criterion level required */
    public Optional<String> requiredLevel() {
        return Optional.ofNullable(requiredLevel);
    }

    /** @return the value required */
    public Optional<String> requiredValue() {
        return Optional.ofNullable(requiredValue);
    }

    /** @return the kind of result (required) */
    public Optional<ResultType> resultType() {
        return Optional.ofNullable(resultType);
    }

    /** @return the rubric levels, ordered low to high; never null, possibly empty */
    public List<RubricCriterionLevel> rubricCriterionLevel() {
        return rubricCriterionLevel;
    }

    /** @return the maximum value */
    public Optional<String> valueMax() {
        return Optional.ofNullable(valueMax);
    }

    /** @return the minimum value */
    public Optional<String> valueMin() {
        return Optional.ofNullable(valueMin);
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
     * spec rules, each message naming the property path (e.g. {@code ResultDescription.type must contain ...}).
     *
     * @return the problems found, empty when the value is complete
     */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        collectProblems("ResultDescription", out);
        return List.copyOf(out);
    }

    void collectProblems(String path, List<String> out) {
        if (id == null) {
            out.add(path + ".id is required");
        }
        if (!type.contains("ResultDescription")) {
            out.add(path + ".type must contain \"ResultDescription\"");
        }
        for (int i = 0; i < alignment.size(); i++) {
            alignment.get(i).collectProblems(path + ".alignment[" + i + "]", out);
        }
        if (name == null) {
            out.add(path + ".name is required");
        }
        if (resultType == null) {
            out.add(path + ".resultType is required");
        }
        if (resultType != null && !resultType.isValid()) {
            out.add(path + ".resultType has the value '" + resultType.value() + "', which is not a valid ResultType: " + ResultType.VALUES_HINT);
        }
        for (int i = 0; i < rubricCriterionLevel.size(); i++) {
            rubricCriterionLevel.get(i).collectProblems(path + ".rubricCriterionLevel[" + i + "]", out);
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ResultDescription)) {
            return false;
        }
        ResultDescription that = (ResultDescription) o;
        return Objects.equals(id, that.id)
                && Objects.equals(type, that.type)
                && Objects.equals(alignment, that.alignment)
                && Objects.equals(allowedValue, that.allowedValue)
                && Objects.equals(name, that.name)
                && Objects.equals(requiredLevel, that.requiredLevel)
                && Objects.equals(requiredValue, that.requiredValue)
                && Objects.equals(resultType, that.resultType)
                && Objects.equals(rubricCriterionLevel, that.rubricCriterionLevel)
                && Objects.equals(valueMax, that.valueMax)
                && Objects.equals(valueMin, that.valueMin)
                && Objects.equals(extensions, that.extensions)
                && Objects.equals(jsonForm, that.jsonForm);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, type, alignment, allowedValue, name, requiredLevel, requiredValue, resultType, rubricCriterionLevel, valueMax, valueMin, extensions, jsonForm);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ResultDescription{");
        ToStrings.append(sb, "id", id);
        ToStrings.append(sb, "type", type);
        ToStrings.append(sb, "alignment", alignment);
        ToStrings.append(sb, "allowedValue", allowedValue);
        ToStrings.append(sb, "name", name);
        ToStrings.append(sb, "requiredLevel", requiredLevel);
        ToStrings.append(sb, "requiredValue", requiredValue);
        ToStrings.append(sb, "resultType", resultType);
        ToStrings.append(sb, "rubricCriterionLevel", rubricCriterionLevel);
        ToStrings.append(sb, "valueMax", valueMax);
        ToStrings.append(sb, "valueMin", valueMin);
        ToStrings.append(sb, "extensions", extensions);
        return ToStrings.close(sb);
    }

    /**
     * Collects the values of a {@link ResultDescription}. Not thread-safe; each setter returns this builder.
     * {@code null} clears an optional value.
     */
    public static final class Builder {

        private String id;
        private final List<String> type = new ArrayList<>();
        private final List<Alignment> alignment = new ArrayList<>();
        private final List<String> allowedValue = new ArrayList<>();
        private String name;
        private String requiredLevel;
        private String requiredValue;
        private ResultType resultType;
        private final List<RubricCriterionLevel> rubricCriterionLevel = new ArrayList<>();
        private String valueMax;
        private String valueMin;
        private final Map<String, JsonNode> extensions = new LinkedHashMap<>();
        private JsonForm jsonForm = JsonForm.EMPTY;

        private Builder() {
        }

        /**
         * Sets the result description's URI.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /**
         * Replaces the types, containing "ResultDescription".
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
         * Adds one of the types, containing "ResultDescription".
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
         * Replaces the allowed values, ordered low to high.
         *
         * @param values the values, not null, without null elements
         * @return this builder
         */
        public Builder allowedValue(List<? extends String> values) {
            Objects.requireNonNull(values, "allowedValue");
            List<String> copy = new ArrayList<>(values.size());
            for (String value : values) {
                copy.add(Objects.requireNonNull(value, "allowedValue element"));
            }
            this.allowedValue.clear();
            this.allowedValue.addAll(copy);
            return this;
        }

        /**
         * Adds one of the allowed values, ordered low to high.
         *
         * @param value the value, not null
         * @return this builder
         */
        public Builder addAllowedValue(String value) {
            this.allowedValue.add(Objects.requireNonNull(value, "allowedValue"));
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
         * Sets the id of the rubric criterion level required.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder requiredLevel(String value) {
            this.requiredLevel = value;
            return this;
        }

        /**
         * Sets the value required.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder requiredValue(String value) {
            this.requiredValue = value;
            return this;
        }

        /**
         * Sets the kind of result.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder resultType(ResultType value) {
            this.resultType = value;
            return this;
        }

        /**
         * Sets the kind of result from its spec string.
         *
         * @param value a value of {@link ResultType}, an {@code ext:} extension term, or null to clear
         * @return this builder
         * @throws IllegalArgumentException if the string is neither a spec value nor an extension term
         */
        public Builder resultType(String value) {
            this.resultType = value == null ? null : ResultType.of(value);
            return this;
        }

        /**
         * Replaces the rubric levels, ordered low to high.
         *
         * @param values the values, not null, without null elements
         * @return this builder
         */
        public Builder rubricCriterionLevel(List<? extends RubricCriterionLevel> values) {
            Objects.requireNonNull(values, "rubricCriterionLevel");
            List<RubricCriterionLevel> copy = new ArrayList<>(values.size());
            for (RubricCriterionLevel value : values) {
                copy.add(Objects.requireNonNull(value, "rubricCriterionLevel element"));
            }
            this.rubricCriterionLevel.clear();
            this.rubricCriterionLevel.addAll(copy);
            return this;
        }

        /**
         * Adds one of the rubric levels, ordered low to high.
         *
         * @param value the value, not null
         * @return this builder
         */
        public Builder addRubricCriterionLevel(RubricCriterionLevel value) {
            this.rubricCriterionLevel.add(Objects.requireNonNull(value, "rubricCriterionLevel"));
            return this;
        }

        /**
         * Sets the maximum value.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder valueMax(String value) {
            this.valueMax = value;
            return this;
        }

        /**
         * Sets the minimum value.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder valueMin(String value) {
            this.valueMin = value;
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
         *     path (e.g. {@code ResultDescription.id is required}); the message lists every problem found
         */
        public ResultDescription build() {
            if (type.isEmpty()) {
                type.addAll(DEFAULT_TYPE);
            }
            ResultDescription value = new ResultDescription(this);
            Checks.throwIfProblems(value.problems());
            return value;
        }

        /**
         * Builds the value without defaults or checks, as a reader does; {@link ResultDescription#problems()} lists what is
         * missing.
         *
         * @return the value
         */
        public ResultDescription buildLenient() {
            return new ResultDescription(this);
        }
    }
}
