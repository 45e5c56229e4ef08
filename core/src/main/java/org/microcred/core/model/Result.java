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
 * A result the subject earned (OB 3.0 Result).
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()} (strict: {@link Builder#build()} checks the
 * required properties and vocabulary values and names the failing property path) or read it with
 * {@code org.microcred.core.json.CredentialJson} (lenient: {@link #problems()} lists what is missing).
 * Optional values are {@link Optional}, lists are never null. Properties this class does not model are
 * kept in {@link #extensions()} and written back unchanged; {@link #jsonForm()} remembers how the JSON
 * was shaped so a read value writes back to an equal JSON tree.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0#result">https://www.imsglobal.org/spec/ob/v3p0#result</a>
 */
public final class Result {

    /** The types a built Result gets when none are set. */
    public static final List<String> DEFAULT_TYPE = List.of("Result");

    private final List<String> type;
    private final String achievedLevel;
    private final List<Alignment> alignment;
    private final String resultDescription;
    private final ResultStatusType status;
    private final String value;
    private final Map<String, JsonNode> extensions;
    private final JsonForm jsonForm;

    private Result(Builder b) {
        this.type = List.copyOf(b.type);
        this.achievedLevel = b.achievedLevel;
        this.alignment = List.copyOf(b.alignment);
        this.resultDescription = b.resultDescription;
        this.status = b.status;
        this.value = b.value;
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
        b.type.addAll(type);
        b.achievedLevel = achievedLevel;
        b.alignment.addAll(alignment);
        b.resultDescription = resultDescription;
        b.status = status;
        b.value = value;
        b.extensions.putAll(extensions);
        b.jsonForm = jsonForm;
        return b;
    }

    /** @return the types, containing "Result" (required); never null, possibly empty */
    public List<String> type() {
        return type;
    }

    /** @return the id of the rubric criterion level achieved */
    public Optional<String> achievedLevel() {
        return Optional.ofNullable(achievedLevel);
    }

    /** @return alignments; never null, possibly empty */
    public List<Alignment> alignment() {
        return alignment;
    }

    /** @return the id of the result description in the achievement */
    public Optional<String> resultDescription() {
        return Optional.ofNullable(resultDescription);
    }

    /** @return the status */
    public Optional<ResultStatusType> status() {
        return Optional.ofNullable(status);
    }

    /** @return the value */
    public Optional<String> value() {
        return Optional.ofNullable(value);
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
     * spec rules, each message naming the property path (e.g. {@code Result.type must contain ...}).
     *
     * @return the problems found, empty when the value is complete
     */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        collectProblems("Result", out);
        return List.copyOf(out);
    }

    void collectProblems(String path, List<String> out) {
        if (!type.contains("Result")) {
            out.add(path + ".type must contain \"Result\"");
        }
        for (int i = 0; i < alignment.size(); i++) {
            alignment.get(i).collectProblems(path + ".alignment[" + i + "]", out);
        }
        if (status != null && !status.isValid()) {
            out.add(path + ".status has the value '" + status.value() + "', which is not a valid ResultStatusType: " + ResultStatusType.VALUES_HINT);
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Result)) {
            return false;
        }
        Result that = (Result) o;
        return Objects.equals(type, that.type)
                && Objects.equals(achievedLevel, that.achievedLevel)
                && Objects.equals(alignment, that.alignment)
                && Objects.equals(resultDescription, that.resultDescription)
                && Objects.equals(status, that.status)
                && Objects.equals(value, that.value)
                && Objects.equals(extensions, that.extensions)
                && Objects.equals(jsonForm, that.jsonForm);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, achievedLevel, alignment, resultDescription, status, value, extensions, jsonForm);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Result{");
        ToStrings.append(sb, "type", type);
        ToStrings.append(sb, "achievedLevel", achievedLevel);
        ToStrings.append(sb, "alignment", alignment);
        ToStrings.append(sb, "resultDescription", resultDescription);
        ToStrings.append(sb, "status", status);
        ToStrings.append(sb, "value", value);
        ToStrings.append(sb, "extensions", extensions);
        return ToStrings.close(sb);
    }

    /**
     * Collects the values of a {@link Result}. Not thread-safe; each setter returns this builder.
     * {@code null} clears an optional value.
     */
    public static final class Builder {

        private final List<String> type = new ArrayList<>();
        private String achievedLevel;
        private final List<Alignment> alignment = new ArrayList<>();
        private String resultDescription;
        private ResultStatusType status;
        private String value;
        private final Map<String, JsonNode> extensions = new LinkedHashMap<>();
        private JsonForm jsonForm = JsonForm.EMPTY;

        private Builder() {
        }

        /**
         * Replaces the types, containing "Result".
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
         * Adds one of the types, containing "Result".
         *
         * @param value the value, not null
         * @return this builder
         */
        public Builder addType(String value) {
            this.type.add(Objects.requireNonNull(value, "type"));
            return this;
        }

        /**
         * Sets the id of the rubric criterion level achieved.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder achievedLevel(String value) {
            this.achievedLevel = value;
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
         * Sets the id of the result description in the achievement.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder resultDescription(String value) {
            this.resultDescription = value;
            return this;
        }

        /**
         * Sets the status.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder status(ResultStatusType value) {
            this.status = value;
            return this;
        }

        /**
         * Sets the status from its spec string.
         *
         * @param value a value of {@link ResultStatusType}, an {@code ext:} extension term, or null to clear
         * @return this builder
         * @throws IllegalArgumentException if the string is neither a spec value nor an extension term
         */
        public Builder status(String value) {
            this.status = value == null ? null : ResultStatusType.of(value);
            return this;
        }

        /**
         * Sets the value.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder value(String value) {
            this.value = value;
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
         *     path (e.g. {@code Result.id is required}); the message lists every problem found
         */
        public Result build() {
            if (type.isEmpty()) {
                type.addAll(DEFAULT_TYPE);
            }
            Result value = new Result(this);
            Checks.throwIfProblems(value.problems());
            return value;
        }

        /**
         * Builds the value without defaults or checks, as a reader does; {@link Result#problems()} lists what is
         * missing.
         *
         * @return the value
         */
        public Result buildLenient() {
            return new Result(this);
        }
    }
}
