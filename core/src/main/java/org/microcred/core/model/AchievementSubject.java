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
 * The recipient of an AchievementCredential and what they achieved (OB 3.0 AchievementSubject).
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()} (strict: {@link Builder#build()} checks the
 * required properties and vocabulary values and names the failing property path) or read it with
 * {@code org.microcred.core.json.CredentialJson} (lenient: {@link #problems()} lists what is missing).
 * Optional values are {@link Optional}, lists are never null. Properties this class does not model are
 * kept in {@link #extensions()} and written back unchanged; {@link #jsonForm()} remembers how the JSON
 * was shaped so a read value writes back to an equal JSON tree.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0#achievementsubject">https://www.imsglobal.org/spec/ob/v3p0#achievementsubject</a>
 */
public final class AchievementSubject {

    /** The types a built AchievementSubject gets when none are set. */
    public static final List<String> DEFAULT_TYPE = List.of("AchievementSubject");

    private final String id;
    private final List<String> type;
    private final String activityStartDate;
    private final String activityEndDate;
    private final JsonNode creditsEarned;
    private final Achievement achievement;
    private final List<IdentityObject> identifier;
    private final Image image;
    private final String licenseNumber;
    private final String narrative;
    private final List<Result> result;
    private final String role;
    private final Profile source;
    private final String term;
    private final Map<String, JsonNode> extensions;
    private final JsonForm jsonForm;

    private AchievementSubject(Builder b) {
        this.id = b.id;
        this.type = List.copyOf(b.type);
        this.activityStartDate = b.activityStartDate;
        this.activityEndDate = b.activityEndDate;
        this.creditsEarned = b.creditsEarned;
        this.achievement = b.achievement;
        this.identifier = List.copyOf(b.identifier);
        this.image = b.image;
        this.licenseNumber = b.licenseNumber;
        this.narrative = b.narrative;
        this.result = List.copyOf(b.result);
        this.role = b.role;
        this.source = b.source;
        this.term = b.term;
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
        b.activityStartDate = activityStartDate;
        b.activityEndDate = activityEndDate;
        b.creditsEarned = creditsEarned;
        b.achievement = achievement;
        b.identifier.addAll(identifier);
        b.image = image;
        b.licenseNumber = licenseNumber;
        b.narrative = narrative;
        b.result.addAll(result);
        b.role = role;
        b.source = source;
        b.term = term;
        b.extensions.putAll(extensions);
        b.jsonForm = jsonForm;
        return b;
    }

    /** @return the recipient's URI (or use identifier) */
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    /** @return the types, containing "AchievementSubject" (required); never null, possibly empty */
    public List<String> type() {
        return type;
    }

    /** @return when the activity started */
    public Optional<String> activityStartDate() {
        return Optional.ofNullable(activityStartDate);
    }

    /** @return when the activity ended */
    public Optional<String> activityEndDate() {
        return Optional.ofNullable(activityEndDate);
    }

    /** @return the credits earned (kept with its exact JSON number form), as a decimal */
    public Optional<BigDecimal> creditsEarned() {
        return Optional.ofNullable(creditsEarned).map(JsonNode::decimalValue);
    }

    /** @return the credits earned (kept with its exact JSON number form), as the exact JSON number node read or set */
    public Optional<JsonNode> creditsEarnedNode() {
        return Optional.ofNullable(creditsEarned);
    }

    /** @return the achievement (required) */
    public Optional<Achievement> achievement() {
        return Optional.ofNullable(achievement);
    }

    /** @return identifiers of the recipient; never null, possibly empty */
    public List<IdentityObject> identifier() {
        return identifier;
    }

    /** @return an image of the recipient's achievement */
    public Optional<Image> image() {
        return Optional.ofNullable(image);
    }

    /** @return a license number */
    public Optional<String> licenseNumber() {
        return Optional.ofNullable(licenseNumber);
    }

    /** @return a narrative (Markdown) */
    public Optional<String> narrative() {
        return Optional.ofNullable(narrative);
    }

    /** @return results; never null, possibly empty */
    public List<Result> result() {
        return result;
    }

    /** @return the role */
    public Optional<String> role() {
        return Optional.ofNullable(role);
    }

    /** @return the organisation that assessed the subject */
    public Optional<Profile> source() {
        return Optional.ofNullable(source);
    }

    /** @return the academic term */
    public Optional<String> term() {
        return Optional.ofNullable(term);
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
     * spec rules, each message naming the property path (e.g. {@code AchievementSubject.type must contain ...}).
     *
     * @return the problems found, empty when the value is complete
     */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        collectProblems("AchievementSubject", out);
        return List.copyOf(out);
    }

    void collectProblems(String path, List<String> out) {
        if (!type.contains("AchievementSubject")) {
            out.add(path + ".type must contain \"AchievementSubject\"");
        }
        if (achievement == null) {
            out.add(path + ".achievement is required");
        }
        if (achievement != null) {
            if (jsonForm.isReference("achievement")) {
                Checks.requireReferenceId(achievement.id(), path + ".achievement", out);
            } else {
                achievement.collectProblems(path + ".achievement", out);
            }
        }
        for (int i = 0; i < identifier.size(); i++) {
            identifier.get(i).collectProblems(path + ".identifier[" + i + "]", out);
        }
        if (image != null) {
            if (jsonForm.isReference("image")) {
                Checks.requireReferenceId(image.id(), path + ".image", out);
            } else {
                image.collectProblems(path + ".image", out);
            }
        }
        for (int i = 0; i < result.size(); i++) {
            result.get(i).collectProblems(path + ".result[" + i + "]", out);
        }
        if (source != null) {
            if (jsonForm.isReference("source")) {
                Checks.requireReferenceId(source.id(), path + ".source", out);
            } else {
                source.collectProblems(path + ".source", out);
            }
        }
        if (id == null && identifier.isEmpty()) {
            out.add(path + " must have an id or at least one identifier");
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof AchievementSubject)) {
            return false;
        }
        AchievementSubject that = (AchievementSubject) o;
        return Objects.equals(id, that.id)
                && Objects.equals(type, that.type)
                && Objects.equals(activityStartDate, that.activityStartDate)
                && Objects.equals(activityEndDate, that.activityEndDate)
                && Objects.equals(creditsEarned, that.creditsEarned)
                && Objects.equals(achievement, that.achievement)
                && Objects.equals(identifier, that.identifier)
                && Objects.equals(image, that.image)
                && Objects.equals(licenseNumber, that.licenseNumber)
                && Objects.equals(narrative, that.narrative)
                && Objects.equals(result, that.result)
                && Objects.equals(role, that.role)
                && Objects.equals(source, that.source)
                && Objects.equals(term, that.term)
                && Objects.equals(extensions, that.extensions)
                && Objects.equals(jsonForm, that.jsonForm);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, type, activityStartDate, activityEndDate, creditsEarned, achievement, identifier, image, licenseNumber, narrative, result, role, source, term, extensions, jsonForm);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("AchievementSubject{");
        ToStrings.append(sb, "id", id);
        ToStrings.append(sb, "type", type);
        ToStrings.append(sb, "activityStartDate", activityStartDate);
        ToStrings.append(sb, "activityEndDate", activityEndDate);
        ToStrings.append(sb, "creditsEarned", creditsEarned);
        ToStrings.append(sb, "achievement", achievement);
        ToStrings.append(sb, "identifier", identifier);
        ToStrings.append(sb, "image", image);
        ToStrings.append(sb, "licenseNumber", licenseNumber);
        ToStrings.append(sb, "narrative", narrative);
        ToStrings.append(sb, "result", result);
        ToStrings.append(sb, "role", role);
        ToStrings.append(sb, "source", source);
        ToStrings.append(sb, "term", term);
        ToStrings.append(sb, "extensions", extensions);
        return ToStrings.close(sb);
    }

    /**
     * Collects the values of a {@link AchievementSubject}. Not thread-safe; each setter returns this builder.
     * {@code null} clears an optional value.
     */
    public static final class Builder {

        private String id;
        private final List<String> type = new ArrayList<>();
        private String activityStartDate;
        private String activityEndDate;
        private JsonNode creditsEarned;
        private Achievement achievement;
        private final List<IdentityObject> identifier = new ArrayList<>();
        private Image image;
        private String licenseNumber;
        private String narrative;
        private final List<Result> result = new ArrayList<>();
        private String role;
        private Profile source;
        private String term;
        private final Map<String, JsonNode> extensions = new LinkedHashMap<>();
        private JsonForm jsonForm = JsonForm.EMPTY;

        private Builder() {
        }

        /**
         * Sets the recipient's URI (or use identifier).
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /**
         * Replaces the types, containing "AchievementSubject".
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
         * Adds one of the types, containing "AchievementSubject".
         *
         * @param value the value, not null
         * @return this builder
         */
        public Builder addType(String value) {
            this.type.add(Objects.requireNonNull(value, "type"));
            return this;
        }

        /**
         * Sets when the activity started.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder activityStartDate(String value) {
            this.activityStartDate = value;
            return this;
        }

        /**
         * Sets when the activity ended.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder activityEndDate(String value) {
            this.activityEndDate = value;
            return this;
        }

        /**
         * Sets the credits earned (kept with its exact JSON number form).
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder creditsEarned(BigDecimal value) {
            this.creditsEarned = value == null ? null : Numbers.node(value);
            return this;
        }

        /**
         * Sets the credits earned (kept with its exact JSON number form) as an exact JSON number node (kept as is when written).
         *
         * @param value a numeric node, or null to clear
         * @return this builder
         * @throws IllegalArgumentException if the node is not a number
         */
        public Builder creditsEarned(JsonNode value) {
            this.creditsEarned = Numbers.requireNumber(value, "creditsEarned");
            return this;
        }

        /**
         * Sets the achievement.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder achievement(Achievement value) {
            this.achievement = value;
            return this;
        }

        /**
         * Replaces identifiers of the recipient.
         *
         * @param values the values, not null, without null elements
         * @return this builder
         */
        public Builder identifier(List<? extends IdentityObject> values) {
            Objects.requireNonNull(values, "identifier");
            List<IdentityObject> copy = new ArrayList<>(values.size());
            for (IdentityObject value : values) {
                copy.add(Objects.requireNonNull(value, "identifier element"));
            }
            this.identifier.clear();
            this.identifier.addAll(copy);
            return this;
        }

        /**
         * Adds one of identifiers of the recipient.
         *
         * @param value the value, not null
         * @return this builder
         */
        public Builder addIdentifier(IdentityObject value) {
            this.identifier.add(Objects.requireNonNull(value, "identifier"));
            return this;
        }

        /**
         * Sets an image of the recipient's achievement.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder image(Image value) {
            this.image = value;
            return this;
        }

        /**
         * Sets a license number.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder licenseNumber(String value) {
            this.licenseNumber = value;
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
         * Replaces results.
         *
         * @param values the values, not null, without null elements
         * @return this builder
         */
        public Builder result(List<? extends Result> values) {
            Objects.requireNonNull(values, "result");
            List<Result> copy = new ArrayList<>(values.size());
            for (Result value : values) {
                copy.add(Objects.requireNonNull(value, "result element"));
            }
            this.result.clear();
            this.result.addAll(copy);
            return this;
        }

        /**
         * Adds one of results.
         *
         * @param value the value, not null
         * @return this builder
         */
        public Builder addResult(Result value) {
            this.result.add(Objects.requireNonNull(value, "result"));
            return this;
        }

        /**
         * Sets the role.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder role(String value) {
            this.role = value;
            return this;
        }

        /**
         * Sets the organisation that assessed the subject.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder source(Profile value) {
            this.source = value;
            return this;
        }

        /**
         * Sets the academic term.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder term(String value) {
            this.term = value;
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
         *     path (e.g. {@code AchievementSubject.achievement is required}); the message lists every problem found
         */
        public AchievementSubject build() {
            if (type.isEmpty()) {
                type.addAll(DEFAULT_TYPE);
            }
            AchievementSubject value = new AchievementSubject(this);
            Checks.throwIfProblems(value.problems());
            return value;
        }

        /**
         * Builds the value without defaults or checks, as a reader does; {@link AchievementSubject#problems()} lists what is
         * missing.
         *
         * @return the value
         */
        public AchievementSubject buildLenient() {
            return new AchievementSubject(this);
        }
    }
}
