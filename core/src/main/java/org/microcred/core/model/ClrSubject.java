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
 * The learner of a CLR and their credentials (CLR 2.0 ClrSubject).
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
public final class ClrSubject {

    /** The types a built ClrSubject gets when none are set. */
    public static final List<String> DEFAULT_TYPE = List.of("ClrSubject");

    private final String id;
    private final List<String> type;
    private final List<IdentityObject> identifier;
    private final List<Achievement> achievement;
    private final List<Credential> verifiableCredential;
    private final List<Association> association;
    private final Map<String, JsonNode> extensions;
    private final JsonForm jsonForm;

    private ClrSubject(Builder b) {
        this.id = b.id;
        this.type = List.copyOf(b.type);
        this.identifier = List.copyOf(b.identifier);
        this.achievement = List.copyOf(b.achievement);
        this.verifiableCredential = List.copyOf(b.verifiableCredential);
        this.association = List.copyOf(b.association);
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
        b.identifier.addAll(identifier);
        b.achievement.addAll(achievement);
        b.verifiableCredential.addAll(verifiableCredential);
        b.association.addAll(association);
        b.extensions.putAll(extensions);
        b.jsonForm = jsonForm;
        return b;
    }

    /** @return the learner's URI (or use identifier) */
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    /** @return the types, containing "ClrSubject" (required); never null, possibly empty */
    public List<String> type() {
        return type;
    }

    /** @return identifiers of the learner; never null, possibly empty */
    public List<IdentityObject> identifier() {
        return identifier;
    }

    /** @return the achievements the publisher expects the learner to achieve; never null, possibly empty */
    public List<Achievement> achievement() {
        return achievement;
    }

    /** @return the embedded credentials, each with its own proof (required); never null, possibly empty */
    public List<Credential> verifiableCredential() {
        return verifiableCredential;
    }

    /** @return relations between achievements; never null, possibly empty */
    public List<Association> association() {
        return association;
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
     * spec rules, each message naming the property path (e.g. {@code ClrSubject.type must contain ...}).
     *
     * @return the problems found, empty when the value is complete
     */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        collectProblems("ClrSubject", out);
        return List.copyOf(out);
    }

    void collectProblems(String path, List<String> out) {
        if (!type.contains("ClrSubject")) {
            out.add(path + ".type must contain \"ClrSubject\"");
        }
        for (int i = 0; i < identifier.size(); i++) {
            identifier.get(i).collectProblems(path + ".identifier[" + i + "]", out);
        }
        for (int i = 0; i < achievement.size(); i++) {
            achievement.get(i).collectProblems(path + ".achievement[" + i + "]", out);
        }
        if (verifiableCredential.isEmpty()) {
            out.add(path + ".verifiableCredential is required");
        }
        for (int i = 0; i < verifiableCredential.size(); i++) {
            Checks.collect(verifiableCredential.get(i), path + ".verifiableCredential[" + i + "]", out);
        }
        for (int i = 0; i < association.size(); i++) {
            association.get(i).collectProblems(path + ".association[" + i + "]", out);
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
        if (!(o instanceof ClrSubject)) {
            return false;
        }
        ClrSubject that = (ClrSubject) o;
        return Objects.equals(id, that.id)
                && Objects.equals(type, that.type)
                && Objects.equals(identifier, that.identifier)
                && Objects.equals(achievement, that.achievement)
                && Objects.equals(verifiableCredential, that.verifiableCredential)
                && Objects.equals(association, that.association)
                && Objects.equals(extensions, that.extensions)
                && Objects.equals(jsonForm, that.jsonForm);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, type, identifier, achievement, verifiableCredential, association, extensions, jsonForm);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ClrSubject{");
        ToStrings.append(sb, "id", id);
        ToStrings.append(sb, "type", type);
        ToStrings.append(sb, "identifier", identifier);
        ToStrings.append(sb, "achievement", achievement);
        ToStrings.append(sb, "verifiableCredential", verifiableCredential);
        ToStrings.append(sb, "association", association);
        ToStrings.append(sb, "extensions", extensions);
        return ToStrings.close(sb);
    }

    /**
     * Collects the values of a {@link ClrSubject}. Not thread-safe; each setter returns this builder.
     * {@code null} clears an optional value.
     */
    public static final class Builder {

        private String id;
        private final List<String> type = new ArrayList<>();
        private final List<IdentityObject> identifier = new ArrayList<>();
        private final List<Achievement> achievement = new ArrayList<>();
        private final List<Credential> verifiableCredential = new ArrayList<>();
        private final List<Association> association = new ArrayList<>();
        private final Map<String, JsonNode> extensions = new LinkedHashMap<>();
        private JsonForm jsonForm = JsonForm.EMPTY;

        private Builder() {
        }

        /**
         * Sets the learner's URI (or use identifier).
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /**
         * Replaces the types, containing "ClrSubject".
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
         * Adds one of the types, containing "ClrSubject".
         *
         * @param value the value, not null
         * @return this builder
         */
        public Builder addType(String value) {
            this.type.add(Objects.requireNonNull(value, "type"));
            return this;
        }

        /**
         * Replaces identifiers of the learner.
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
         * Adds one of identifiers of the learner.
         *
         * @param value the value, not null
         * @return this builder
         */
        public Builder addIdentifier(IdentityObject value) {
            this.identifier.add(Objects.requireNonNull(value, "identifier"));
            return this;
        }

        /**
         * Replaces the achievements the publisher expects the learner to achieve.
         *
         * @param values the values, not null, without null elements
         * @return this builder
         */
        public Builder achievement(List<? extends Achievement> values) {
            Objects.requireNonNull(values, "achievement");
            List<Achievement> copy = new ArrayList<>(values.size());
            for (Achievement value : values) {
                copy.add(Objects.requireNonNull(value, "achievement element"));
            }
            this.achievement.clear();
            this.achievement.addAll(copy);
            return this;
        }

        /**
         * Adds one of the achievements the publisher expects the learner to achieve.
         *
         * @param value the value, not null
         * @return this builder
         */
        public Builder addAchievement(Achievement value) {
            this.achievement.add(Objects.requireNonNull(value, "achievement"));
            return this;
        }

        /**
         * Replaces the embedded credentials, each with its own proof.
         *
         * @param values the values, not null, without null elements
         * @return this builder
         */
        public Builder verifiableCredential(List<? extends Credential> values) {
            Objects.requireNonNull(values, "verifiableCredential");
            List<Credential> copy = new ArrayList<>(values.size());
            for (Credential value : values) {
                copy.add(Objects.requireNonNull(value, "verifiableCredential element"));
            }
            this.verifiableCredential.clear();
            this.verifiableCredential.addAll(copy);
            return this;
        }

        /**
         * Adds one of the embedded credentials, each with its own proof.
         *
         * @param value the value, not null
         * @return this builder
         */
        public Builder addVerifiableCredential(Credential value) {
            this.verifiableCredential.add(Objects.requireNonNull(value, "verifiableCredential"));
            return this;
        }

        /**
         * Replaces relations between achievements.
         *
         * @param values the values, not null, without null elements
         * @return this builder
         */
        public Builder association(List<? extends Association> values) {
            Objects.requireNonNull(values, "association");
            List<Association> copy = new ArrayList<>(values.size());
            for (Association value : values) {
                copy.add(Objects.requireNonNull(value, "association element"));
            }
            this.association.clear();
            this.association.addAll(copy);
            return this;
        }

        /**
         * Adds one of relations between achievements.
         *
         * @param value the value, not null
         * @return this builder
         */
        public Builder addAssociation(Association value) {
            this.association.add(Objects.requireNonNull(value, "association"));
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
         *     path (e.g. {@code ClrSubject.verifiableCredential is required}); the message lists every problem found
         */
        public ClrSubject build() {
            if (type.isEmpty()) {
                type.addAll(DEFAULT_TYPE);
            }
            ClrSubject value = new ClrSubject(this);
            Checks.throwIfProblems(value.problems());
            return value;
        }

        /**
         * Builds the value without defaults or checks, as a reader does; {@link ClrSubject#problems()} lists what is
         * missing.
         *
         * @return the value
         */
        public ClrSubject buildLenient() {
            return new ClrSubject(this);
        }
    }
}
