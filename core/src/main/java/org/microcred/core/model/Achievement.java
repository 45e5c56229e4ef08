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
 * An accomplishment: badge, course, certificate, degree… (OB 3.0 Achievement).
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()} (strict: {@link Builder#build()} checks the
 * required properties and vocabulary values and names the failing property path) or read it with
 * {@code org.microcred.core.json.CredentialJson} (lenient: {@link #problems()} lists what is missing).
 * Optional values are {@link Optional}, lists are never null. Properties this class does not model are
 * kept in {@link #extensions()} and written back unchanged; {@link #jsonForm()} remembers how the JSON
 * was shaped so a read value writes back to an equal JSON tree.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0#achievement">https://www.imsglobal.org/spec/ob/v3p0#achievement</a>
 */
public final class Achievement {

    /** The types a built Achievement gets when none are set. */
    public static final List<String> DEFAULT_TYPE = List.of("Achievement");

    private final String id;
    private final List<String> type;
    private final List<Alignment> alignment;
    private final AchievementType achievementType;
    private final Profile creator;
    private final JsonNode creditsAvailable;
    private final Criteria criteria;
    private final String description;
    private final List<EndorsementCredential> endorsement;
    private final List<String> endorsementJwt;
    private final String fieldOfStudy;
    private final String humanCode;
    private final Image image;
    private final String inLanguage;
    private final String name;
    private final List<IdentifierEntry> otherIdentifier;
    private final List<Related> related;
    private final List<ResultDescription> resultDescription;
    private final String specialization;
    private final List<String> tag;
    private final String version;
    private final Map<String, JsonNode> extensions;
    private final JsonForm jsonForm;

    private Achievement(Builder b) {
        this.id = b.id;
        this.type = List.copyOf(b.type);
        this.alignment = List.copyOf(b.alignment);
        this.achievementType = b.achievementType;
        this.creator = b.creator;
        this.creditsAvailable = b.creditsAvailable;
        this.criteria = b.criteria;
        this.description = b.description;
        this.endorsement = List.copyOf(b.endorsement);
        this.endorsementJwt = List.copyOf(b.endorsementJwt);
        this.fieldOfStudy = b.fieldOfStudy;
        this.humanCode = b.humanCode;
        this.image = b.image;
        this.inLanguage = b.inLanguage;
        this.name = b.name;
        this.otherIdentifier = List.copyOf(b.otherIdentifier);
        this.related = List.copyOf(b.related);
        this.resultDescription = List.copyOf(b.resultDescription);
        this.specialization = b.specialization;
        this.tag = List.copyOf(b.tag);
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
        b.alignment.addAll(alignment);
        b.achievementType = achievementType;
        b.creator = creator;
        b.creditsAvailable = creditsAvailable;
        b.criteria = criteria;
        b.description = description;
        b.endorsement.addAll(endorsement);
        b.endorsementJwt.addAll(endorsementJwt);
        b.fieldOfStudy = fieldOfStudy;
        b.humanCode = humanCode;
        b.image = image;
        b.inLanguage = inLanguage;
        b.name = name;
        b.otherIdentifier.addAll(otherIdentifier);
        b.related.addAll(related);
        b.resultDescription.addAll(resultDescription);
        b.specialization = specialization;
        b.tag.addAll(tag);
        b.version = version;
        b.extensions.putAll(extensions);
        b.jsonForm = jsonForm;
        return b;
    }

    /** @return the achievement's URI (required) */
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    /** @return the types, containing "Achievement" (required); never null, possibly empty */
    public List<String> type() {
        return type;
    }

    /** @return alignments to frameworks; never null, possibly empty */
    public List<Alignment> alignment() {
        return alignment;
    }

    /** @return the kind of achievement */
    public Optional<AchievementType> achievementType() {
        return Optional.ofNullable(achievementType);
    }

    /** @return who created the achievement */
    public Optional<Profile> creator() {
        return Optional.ofNullable(creator);
    }

    /** @return the credits available (kept with its exact JSON number form), as a decimal */
    public Optional<BigDecimal> creditsAvailable() {
        return Optional.ofNullable(creditsAvailable).map(JsonNode::decimalValue);
    }

    /** @return the credits available (kept with its exact JSON number form), as the exact JSON number node read or set */
    public Optional<JsonNode> creditsAvailableNode() {
        return Optional.ofNullable(creditsAvailable);
    }

    /** @return how it is earned (required) */
    public Optional<Criteria> criteria() {
        return Optional.ofNullable(criteria);
    }

    /** @return a short description (required) */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /** @return embedded endorsements; never null, possibly empty */
    public List<EndorsementCredential> endorsement() {
        return endorsement;
    }

    /** @return endorsements as compact JWS strings; never null, possibly empty */
    public List<String> endorsementJwt() {
        return endorsementJwt;
    }

    /** @return the field of study */
    public Optional<String> fieldOfStudy() {
        return Optional.ofNullable(fieldOfStudy);
    }

    /** @return a human-readable code */
    public Optional<String> humanCode() {
        return Optional.ofNullable(humanCode);
    }

    /** @return the badge image */
    public Optional<Image> image() {
        return Optional.ofNullable(image);
    }

    /** @return the language (LanguageCode) */
    public Optional<String> inLanguage() {
        return Optional.ofNullable(inLanguage);
    }

    /** @return the name (required) */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** @return identifiers in other systems; never null, possibly empty */
    public List<IdentifierEntry> otherIdentifier() {
        return otherIdentifier;
    }

    /** @return the same achievement in other languages or versions; never null, possibly empty */
    public List<Related> related() {
        return related;
    }

    /** @return possible results; never null, possibly empty */
    public List<ResultDescription> resultDescription() {
        return resultDescription;
    }

    /** @return the specialization */
    public Optional<String> specialization() {
        return Optional.ofNullable(specialization);
    }

    /** @return tags; never null, possibly empty */
    public List<String> tag() {
        return tag;
    }

    /** @return the version */
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
     * spec rules, each message naming the property path (e.g. {@code Achievement.type must contain ...}).
     *
     * @return the problems found, empty when the value is complete
     */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        collectProblems("Achievement", out);
        return List.copyOf(out);
    }

    void collectProblems(String path, List<String> out) {
        if (id == null) {
            out.add(path + ".id is required");
        }
        if (!type.contains("Achievement")) {
            out.add(path + ".type must contain \"Achievement\"");
        }
        for (int i = 0; i < alignment.size(); i++) {
            alignment.get(i).collectProblems(path + ".alignment[" + i + "]", out);
        }
        if (achievementType != null && !achievementType.isValid()) {
            out.add(path + ".achievementType has the value '" + achievementType.value() + "', which is not a valid AchievementType: " + AchievementType.VALUES_HINT);
        }
        if (creator != null) {
            if (jsonForm.isReference("creator")) {
                Checks.requireReferenceId(creator.id(), path + ".creator", out);
            } else {
                creator.collectProblems(path + ".creator", out);
            }
        }
        if (criteria == null) {
            out.add(path + ".criteria is required");
        }
        if (criteria != null) {
            if (jsonForm.isReference("criteria")) {
                Checks.requireReferenceId(criteria.id(), path + ".criteria", out);
            } else {
                criteria.collectProblems(path + ".criteria", out);
            }
        }
        if (description == null) {
            out.add(path + ".description is required");
        }
        for (int i = 0; i < endorsement.size(); i++) {
            endorsement.get(i).collectProblems(path + ".endorsement[" + i + "]", out);
        }
        if (image != null) {
            if (jsonForm.isReference("image")) {
                Checks.requireReferenceId(image.id(), path + ".image", out);
            } else {
                image.collectProblems(path + ".image", out);
            }
        }
        if (name == null) {
            out.add(path + ".name is required");
        }
        for (int i = 0; i < otherIdentifier.size(); i++) {
            otherIdentifier.get(i).collectProblems(path + ".otherIdentifier[" + i + "]", out);
        }
        for (int i = 0; i < related.size(); i++) {
            related.get(i).collectProblems(path + ".related[" + i + "]", out);
        }
        for (int i = 0; i < resultDescription.size(); i++) {
            resultDescription.get(i).collectProblems(path + ".resultDescription[" + i + "]", out);
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Achievement)) {
            return false;
        }
        Achievement that = (Achievement) o;
        return Objects.equals(id, that.id)
                && Objects.equals(type, that.type)
                && Objects.equals(alignment, that.alignment)
                && Objects.equals(achievementType, that.achievementType)
                && Objects.equals(creator, that.creator)
                && Objects.equals(creditsAvailable, that.creditsAvailable)
                && Objects.equals(criteria, that.criteria)
                && Objects.equals(description, that.description)
                && Objects.equals(endorsement, that.endorsement)
                && Objects.equals(endorsementJwt, that.endorsementJwt)
                && Objects.equals(fieldOfStudy, that.fieldOfStudy)
                && Objects.equals(humanCode, that.humanCode)
                && Objects.equals(image, that.image)
                && Objects.equals(inLanguage, that.inLanguage)
                && Objects.equals(name, that.name)
                && Objects.equals(otherIdentifier, that.otherIdentifier)
                && Objects.equals(related, that.related)
                && Objects.equals(resultDescription, that.resultDescription)
                && Objects.equals(specialization, that.specialization)
                && Objects.equals(tag, that.tag)
                && Objects.equals(version, that.version)
                && Objects.equals(extensions, that.extensions)
                && Objects.equals(jsonForm, that.jsonForm);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, type, alignment, achievementType, creator, creditsAvailable, criteria, description, endorsement, endorsementJwt, fieldOfStudy, humanCode, image, inLanguage, name, otherIdentifier, related, resultDescription, specialization, tag, version, extensions, jsonForm);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Achievement{");
        ToStrings.append(sb, "id", id);
        ToStrings.append(sb, "type", type);
        ToStrings.append(sb, "alignment", alignment);
        ToStrings.append(sb, "achievementType", achievementType);
        ToStrings.append(sb, "creator", creator);
        ToStrings.append(sb, "creditsAvailable", creditsAvailable);
        ToStrings.append(sb, "criteria", criteria);
        ToStrings.append(sb, "description", description);
        ToStrings.append(sb, "endorsement", endorsement);
        ToStrings.append(sb, "endorsementJwt", endorsementJwt);
        ToStrings.append(sb, "fieldOfStudy", fieldOfStudy);
        ToStrings.append(sb, "humanCode", humanCode);
        ToStrings.append(sb, "image", image);
        ToStrings.append(sb, "inLanguage", inLanguage);
        ToStrings.append(sb, "name", name);
        ToStrings.append(sb, "otherIdentifier", otherIdentifier);
        ToStrings.append(sb, "related", related);
        ToStrings.append(sb, "resultDescription", resultDescription);
        ToStrings.append(sb, "specialization", specialization);
        ToStrings.append(sb, "tag", tag);
        ToStrings.append(sb, "version", version);
        ToStrings.append(sb, "extensions", extensions);
        return ToStrings.close(sb);
    }

    /**
     * Collects the values of a {@link Achievement}. Not thread-safe; each setter returns this builder.
     * {@code null} clears an optional value.
     */
    public static final class Builder {

        private String id;
        private final List<String> type = new ArrayList<>();
        private final List<Alignment> alignment = new ArrayList<>();
        private AchievementType achievementType;
        private Profile creator;
        private JsonNode creditsAvailable;
        private Criteria criteria;
        private String description;
        private final List<EndorsementCredential> endorsement = new ArrayList<>();
        private final List<String> endorsementJwt = new ArrayList<>();
        private String fieldOfStudy;
        private String humanCode;
        private Image image;
        private String inLanguage;
        private String name;
        private final List<IdentifierEntry> otherIdentifier = new ArrayList<>();
        private final List<Related> related = new ArrayList<>();
        private final List<ResultDescription> resultDescription = new ArrayList<>();
        private String specialization;
        private final List<String> tag = new ArrayList<>();
        private String version;
        private final Map<String, JsonNode> extensions = new LinkedHashMap<>();
        private JsonForm jsonForm = JsonForm.EMPTY;

        private Builder() {
        }

        /**
         * Sets the achievement's URI.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /**
         * Replaces the types, containing "Achievement".
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
         * Adds one of the types, containing "Achievement".
         *
         * @param value the value, not null
         * @return this builder
         */
        public Builder addType(String value) {
            this.type.add(Objects.requireNonNull(value, "type"));
            return this;
        }

        /**
         * Replaces alignments to frameworks.
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
         * Adds one of alignments to frameworks.
         *
         * @param value the value, not null
         * @return this builder
         */
        public Builder addAlignment(Alignment value) {
            this.alignment.add(Objects.requireNonNull(value, "alignment"));
            return this;
        }

        /**
         * Sets the kind of achievement.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder achievementType(AchievementType value) {
            this.achievementType = value;
            return this;
        }

        /**
         * Sets the kind of achievement from its spec string.
         *
         * @param value a value of {@link AchievementType}, an {@code ext:} extension term, or null to clear
         * @return this builder
         * @throws IllegalArgumentException if the string is neither a spec value nor an extension term
         */
        public Builder achievementType(String value) {
            this.achievementType = value == null ? null : AchievementType.of(value);
            return this;
        }

        /**
         * Sets who created the achievement.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder creator(Profile value) {
            this.creator = value;
            return this;
        }

        /**
         * Sets the credits available (kept with its exact JSON number form).
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder creditsAvailable(BigDecimal value) {
            this.creditsAvailable = value == null ? null : Numbers.node(value);
            return this;
        }

        /**
         * Sets the credits available (kept with its exact JSON number form) as an exact JSON number node (kept as is when written).
         *
         * @param value a numeric node, or null to clear
         * @return this builder
         * @throws IllegalArgumentException if the node is not a number
         */
        public Builder creditsAvailable(JsonNode value) {
            this.creditsAvailable = Numbers.requireNumber(value, "creditsAvailable");
            return this;
        }

        /**
         * Sets how it is earned.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder criteria(Criteria value) {
            this.criteria = value;
            return this;
        }

        /**
         * Sets a short description.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /**
         * Replaces embedded endorsements.
         *
         * @param values the values, not null, without null elements
         * @return this builder
         */
        public Builder endorsement(List<? extends EndorsementCredential> values) {
            Objects.requireNonNull(values, "endorsement");
            List<EndorsementCredential> copy = new ArrayList<>(values.size());
            for (EndorsementCredential value : values) {
                copy.add(Objects.requireNonNull(value, "endorsement element"));
            }
            this.endorsement.clear();
            this.endorsement.addAll(copy);
            return this;
        }

        /**
         * Adds one of embedded endorsements.
         *
         * @param value the value, not null
         * @return this builder
         */
        public Builder addEndorsement(EndorsementCredential value) {
            this.endorsement.add(Objects.requireNonNull(value, "endorsement"));
            return this;
        }

        /**
         * Replaces endorsements as compact JWS strings.
         *
         * @param values the values, not null, without null elements
         * @return this builder
         */
        public Builder endorsementJwt(List<? extends String> values) {
            Objects.requireNonNull(values, "endorsementJwt");
            List<String> copy = new ArrayList<>(values.size());
            for (String value : values) {
                copy.add(Objects.requireNonNull(value, "endorsementJwt element"));
            }
            this.endorsementJwt.clear();
            this.endorsementJwt.addAll(copy);
            return this;
        }

        /**
         * Adds one of endorsements as compact JWS strings.
         *
         * @param value the value, not null
         * @return this builder
         */
        public Builder addEndorsementJwt(String value) {
            this.endorsementJwt.add(Objects.requireNonNull(value, "endorsementJwt"));
            return this;
        }

        /**
         * Sets the field of study.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder fieldOfStudy(String value) {
            this.fieldOfStudy = value;
            return this;
        }

        /**
         * Sets a human-readable code.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder humanCode(String value) {
            this.humanCode = value;
            return this;
        }

        /**
         * Sets the badge image.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder image(Image value) {
            this.image = value;
            return this;
        }

        /**
         * Sets the language (LanguageCode).
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder inLanguage(String value) {
            this.inLanguage = value;
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
         * Replaces identifiers in other systems.
         *
         * @param values the values, not null, without null elements
         * @return this builder
         */
        public Builder otherIdentifier(List<? extends IdentifierEntry> values) {
            Objects.requireNonNull(values, "otherIdentifier");
            List<IdentifierEntry> copy = new ArrayList<>(values.size());
            for (IdentifierEntry value : values) {
                copy.add(Objects.requireNonNull(value, "otherIdentifier element"));
            }
            this.otherIdentifier.clear();
            this.otherIdentifier.addAll(copy);
            return this;
        }

        /**
         * Adds one of identifiers in other systems.
         *
         * @param value the value, not null
         * @return this builder
         */
        public Builder addOtherIdentifier(IdentifierEntry value) {
            this.otherIdentifier.add(Objects.requireNonNull(value, "otherIdentifier"));
            return this;
        }

        /**
         * Replaces the same achievement in other languages or versions.
         *
         * @param values the values, not null, without null elements
         * @return this builder
         */
        public Builder related(List<? extends Related> values) {
            Objects.requireNonNull(values, "related");
            List<Related> copy = new ArrayList<>(values.size());
            for (Related value : values) {
                copy.add(Objects.requireNonNull(value, "related element"));
            }
            this.related.clear();
            this.related.addAll(copy);
            return this;
        }

        /**
         * Adds one of the same achievement in other languages or versions.
         *
         * @param value the value, not null
         * @return this builder
         */
        public Builder addRelated(Related value) {
            this.related.add(Objects.requireNonNull(value, "related"));
            return this;
        }

        /**
         * Replaces possible results.
         *
         * @param values the values, not null, without null elements
         * @return this builder
         */
        public Builder resultDescription(List<? extends ResultDescription> values) {
            Objects.requireNonNull(values, "resultDescription");
            List<ResultDescription> copy = new ArrayList<>(values.size());
            for (ResultDescription value : values) {
                copy.add(Objects.requireNonNull(value, "resultDescription element"));
            }
            this.resultDescription.clear();
            this.resultDescription.addAll(copy);
            return this;
        }

        /**
         * Adds one of possible results.
         *
         * @param value the value, not null
         * @return this builder
         */
        public Builder addResultDescription(ResultDescription value) {
            this.resultDescription.add(Objects.requireNonNull(value, "resultDescription"));
            return this;
        }

        /**
         * Sets the specialization.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder specialization(String value) {
            this.specialization = value;
            return this;
        }

        /**
         * Replaces tags.
         *
         * @param values the values, not null, without null elements
         * @return this builder
         */
        public Builder tag(List<? extends String> values) {
            Objects.requireNonNull(values, "tag");
            List<String> copy = new ArrayList<>(values.size());
            for (String value : values) {
                copy.add(Objects.requireNonNull(value, "tag element"));
            }
            this.tag.clear();
            this.tag.addAll(copy);
            return this;
        }

        /**
         * Adds one of tags.
         *
         * @param value the value, not null
         * @return this builder
         */
        public Builder addTag(String value) {
            this.tag.add(Objects.requireNonNull(value, "tag"));
            return this;
        }

        /**
         * Sets the version.
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
         *     path (e.g. {@code Achievement.id is required}); the message lists every problem found
         */
        public Achievement build() {
            if (type.isEmpty()) {
                type.addAll(DEFAULT_TYPE);
            }
            Achievement value = new Achievement(this);
            Checks.throwIfProblems(value.problems());
            return value;
        }

        /**
         * Builds the value without defaults or checks, as a reader does; {@link Achievement#problems()} lists what is
         * missing.
         *
         * @return the value
         */
        public Achievement buildLenient() {
            return new Achievement(this);
        }
    }
}
