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
 * An alignment of an achievement or result to a node in an educational framework (OB 3.0 Alignment).
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()} (strict: {@link Builder#build()} checks the
 * required properties and vocabulary values and names the failing property path) or read it with
 * {@code org.microcred.core.json.CredentialJson} (lenient: {@link #problems()} lists what is missing).
 * Optional values are {@link Optional}, lists are never null. Properties this class does not model are
 * kept in {@link #extensions()} and written back unchanged; {@link #jsonForm()} remembers how the JSON
 * was shaped so a read value writes back to an equal JSON tree.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0#alignment">https://www.imsglobal.org/spec/ob/v3p0#alignment</a>
 */
public final class Alignment {

    /** The types a built Alignment gets when none are set. */
    public static final List<String> DEFAULT_TYPE = List.of("Alignment");

    private final List<String> type;
    private final String targetCode;
    private final String targetDescription;
    private final String targetName;
    private final String targetFramework;
    private final AlignmentTargetType targetType;
    private final String targetUrl;
    private final Map<String, JsonNode> extensions;
    private final JsonForm jsonForm;

    private Alignment(Builder b) {
        this.type = List.copyOf(b.type);
        this.targetCode = b.targetCode;
        this.targetDescription = b.targetDescription;
        this.targetName = b.targetName;
        this.targetFramework = b.targetFramework;
        this.targetType = b.targetType;
        this.targetUrl = b.targetUrl;
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
        b.targetCode = targetCode;
        b.targetDescription = targetDescription;
        b.targetName = targetName;
        b.targetFramework = targetFramework;
        b.targetType = targetType;
        b.targetUrl = targetUrl;
        b.extensions.putAll(extensions);
        b.jsonForm = jsonForm;
        return b;
    }

    /** @return the types, containing "Alignment" (required); never null, possibly empty */
    public List<String> type() {
        return type;
    }

    /** @return the code of the target in its framework */
    public Optional<String> targetCode() {
        return Optional.ofNullable(targetCode);
    }

    /** @return a description of the target */
    public Optional<String> targetDescription() {
        return Optional.ofNullable(targetDescription);
    }

    /** @return the name of the target (required) */
    public Optional<String> targetName() {
        return Optional.ofNullable(targetName);
    }

    /** @return the name of the framework */
    public Optional<String> targetFramework() {
        return Optional.ofNullable(targetFramework);
    }

    /** @return the kind of target */
    public Optional<AlignmentTargetType> targetType() {
        return Optional.ofNullable(targetType);
    }

    /** @return the URL of the target (required) */
    public Optional<String> targetUrl() {
        return Optional.ofNullable(targetUrl);
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
     * spec rules, each message naming the property path (e.g. {@code Alignment.type must contain ...}).
     *
     * @return the problems found, empty when the value is complete
     */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        collectProblems("Alignment", out);
        return List.copyOf(out);
    }

    void collectProblems(String path, List<String> out) {
        if (!type.contains("Alignment")) {
            out.add(path + ".type must contain \"Alignment\"");
        }
        if (targetName == null) {
            out.add(path + ".targetName is required");
        }
        if (targetType != null && !targetType.isValid()) {
            out.add(path + ".targetType has the value '" + targetType.value() + "', which is not a valid AlignmentTargetType: " + AlignmentTargetType.VALUES_HINT);
        }
        if (targetUrl == null) {
            out.add(path + ".targetUrl is required");
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Alignment)) {
            return false;
        }
        Alignment that = (Alignment) o;
        return Objects.equals(type, that.type)
                && Objects.equals(targetCode, that.targetCode)
                && Objects.equals(targetDescription, that.targetDescription)
                && Objects.equals(targetName, that.targetName)
                && Objects.equals(targetFramework, that.targetFramework)
                && Objects.equals(targetType, that.targetType)
                && Objects.equals(targetUrl, that.targetUrl)
                && Objects.equals(extensions, that.extensions)
                && Objects.equals(jsonForm, that.jsonForm);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, targetCode, targetDescription, targetName, targetFramework, targetType, targetUrl, extensions, jsonForm);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Alignment{");
        ToStrings.append(sb, "type", type);
        ToStrings.append(sb, "targetCode", targetCode);
        ToStrings.append(sb, "targetDescription", targetDescription);
        ToStrings.append(sb, "targetName", targetName);
        ToStrings.append(sb, "targetFramework", targetFramework);
        ToStrings.append(sb, "targetType", targetType);
        ToStrings.append(sb, "targetUrl", targetUrl);
        ToStrings.append(sb, "extensions", extensions);
        return ToStrings.close(sb);
    }

    /**
     * Collects the values of a {@link Alignment}. Not thread-safe; each setter returns this builder.
     * {@code null} clears an optional value.
     */
    public static final class Builder {

        private final List<String> type = new ArrayList<>();
        private String targetCode;
        private String targetDescription;
        private String targetName;
        private String targetFramework;
        private AlignmentTargetType targetType;
        private String targetUrl;
        private final Map<String, JsonNode> extensions = new LinkedHashMap<>();
        private JsonForm jsonForm = JsonForm.EMPTY;

        private Builder() {
        }

        /**
         * Replaces the types, containing "Alignment".
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
         * Adds one of the types, containing "Alignment".
         *
         * @param value the value, not null
         * @return this builder
         */
        public Builder addType(String value) {
            this.type.add(Objects.requireNonNull(value, "type"));
            return this;
        }

        /**
         * Sets the code of the target in its framework.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder targetCode(String value) {
            this.targetCode = value;
            return this;
        }

        /**
         * Sets a description of the target.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder targetDescription(String value) {
            this.targetDescription = value;
            return this;
        }

        /**
         * Sets the name of the target.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder targetName(String value) {
            this.targetName = value;
            return this;
        }

        /**
         * Sets the name of the framework.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder targetFramework(String value) {
            this.targetFramework = value;
            return this;
        }

        /**
         * Sets the kind of target.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder targetType(AlignmentTargetType value) {
            this.targetType = value;
            return this;
        }

        /**
         * Sets the kind of target from its spec string.
         *
         * @param value a value of {@link AlignmentTargetType}, an {@code ext:} extension term, or null to clear
         * @return this builder
         * @throws IllegalArgumentException if the string is neither a spec value nor an extension term
         */
        public Builder targetType(String value) {
            this.targetType = value == null ? null : AlignmentTargetType.of(value);
            return this;
        }

        /**
         * Sets the URL of the target.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder targetUrl(String value) {
            this.targetUrl = value;
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
         *     path (e.g. {@code Alignment.targetName is required}); the message lists every problem found
         */
        public Alignment build() {
            if (type.isEmpty()) {
                type.addAll(DEFAULT_TYPE);
            }
            Alignment value = new Alignment(this);
            Checks.throwIfProblems(value.problems());
            return value;
        }

        /**
         * Builds the value without defaults or checks, as a reader does; {@link Alignment#problems()} lists what is
         * missing.
         *
         * @return the value
         */
        public Alignment buildLenient() {
            return new Alignment(this);
        }
    }
}
