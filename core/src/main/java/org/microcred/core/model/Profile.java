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
 * A person or organisation: an issuer, creator, endorser or source (OB 3.0 Profile).
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()} (strict: {@link Builder#build()} checks the
 * required properties and vocabulary values and names the failing property path) or read it with
 * {@code org.microcred.core.json.CredentialJson} (lenient: {@link #problems()} lists what is missing).
 * Optional values are {@link Optional}, lists are never null. Properties this class does not model are
 * kept in {@link #extensions()} and written back unchanged; {@link #jsonForm()} remembers how the JSON
 * was shaped so a read value writes back to an equal JSON tree.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0#profile">https://www.imsglobal.org/spec/ob/v3p0#profile</a>
 */
public final class Profile {

    /** The types a built Profile gets when none are set. */
    public static final List<String> DEFAULT_TYPE = List.of("Profile");

    private final String id;
    private final List<String> type;
    private final String name;
    private final String url;
    private final String phone;
    private final String description;
    private final List<EndorsementCredential> endorsement;
    private final List<String> endorsementJwt;
    private final Image image;
    private final String email;
    private final Address address;
    private final List<IdentifierEntry> otherIdentifier;
    private final String official;
    private final Profile parentOrg;
    private final String familyName;
    private final String givenName;
    private final String additionalName;
    private final String patronymicName;
    private final String honorificPrefix;
    private final String honorificSuffix;
    private final String familyNamePrefix;
    private final String dateOfBirth;
    private final Map<String, JsonNode> extensions;
    private final JsonForm jsonForm;

    private Profile(Builder b) {
        this.id = b.id;
        this.type = List.copyOf(b.type);
        this.name = b.name;
        this.url = b.url;
        this.phone = b.phone;
        this.description = b.description;
        this.endorsement = List.copyOf(b.endorsement);
        this.endorsementJwt = List.copyOf(b.endorsementJwt);
        this.image = b.image;
        this.email = b.email;
        this.address = b.address;
        this.otherIdentifier = List.copyOf(b.otherIdentifier);
        this.official = b.official;
        this.parentOrg = b.parentOrg;
        this.familyName = b.familyName;
        this.givenName = b.givenName;
        this.additionalName = b.additionalName;
        this.patronymicName = b.patronymicName;
        this.honorificPrefix = b.honorificPrefix;
        this.honorificSuffix = b.honorificSuffix;
        this.familyNamePrefix = b.familyNamePrefix;
        this.dateOfBirth = b.dateOfBirth;
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
        b.name = name;
        b.url = url;
        b.phone = phone;
        b.description = description;
        b.endorsement.addAll(endorsement);
        b.endorsementJwt.addAll(endorsementJwt);
        b.image = image;
        b.email = email;
        b.address = address;
        b.otherIdentifier.addAll(otherIdentifier);
        b.official = official;
        b.parentOrg = parentOrg;
        b.familyName = familyName;
        b.givenName = givenName;
        b.additionalName = additionalName;
        b.patronymicName = patronymicName;
        b.honorificPrefix = honorificPrefix;
        b.honorificSuffix = honorificSuffix;
        b.familyNamePrefix = familyNamePrefix;
        b.dateOfBirth = dateOfBirth;
        b.extensions.putAll(extensions);
        b.jsonForm = jsonForm;
        return b;
    }

    /** @return the profile's URI (required) */
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    /** @return the types, containing "Profile" (required); never null, possibly empty */
    public List<String> type() {
        return type;
    }

    /** @return the name */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** @return the home page */
    public Optional<String> url() {
        return Optional.ofNullable(url);
    }

    /** @return the phone number */
    public Optional<String> phone() {
        return Optional.ofNullable(phone);
    }

    /** @return a short description */
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

    /** @return an image or logo */
    public Optional<Image> image() {
        return Optional.ofNullable(image);
    }

    /** @return the e-mail address */
    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    /** @return the postal address */
    public Optional<Address> address() {
        return Optional.ofNullable(address);
    }

    /** @return identifiers in other systems; never null, possibly empty */
    public List<IdentifierEntry> otherIdentifier() {
        return otherIdentifier;
    }

    /** @return the name of an authorised official */
    public Optional<String> official() {
        return Optional.ofNullable(official);
    }

    /** @return the parent organisation */
    public Optional<Profile> parentOrg() {
        return Optional.ofNullable(parentOrg);
    }

    /** @return family name */
    public Optional<String> familyName() {
        return Optional.ofNullable(familyName);
    }

    /** @return given name */
    public Optional<String> givenName() {
        return Optional.ofNullable(givenName);
    }

    /** @return additional name */
    public Optional<String> additionalName() {
        return Optional.ofNullable(additionalName);
    }

    /** @return patronymic name */
    public Optional<String> patronymicName() {
        return Optional.ofNullable(patronymicName);
    }

    /** @return honorific prefix */
    public Optional<String> honorificPrefix() {
        return Optional.ofNullable(honorificPrefix);
    }

    /** @return honorific suffix */
    public Optional<String> honorificSuffix() {
        return Optional.ofNullable(honorificSuffix);
    }

    /** @return family name prefix */
    public Optional<String> familyNamePrefix() {
        return Optional.ofNullable(familyNamePrefix);
    }

    /** @return date of birth (ISO 8601 date) */
    public Optional<String> dateOfBirth() {
        return Optional.ofNullable(dateOfBirth);
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
     * spec rules, each message naming the property path (e.g. {@code Profile.type must contain ...}).
     *
     * @return the problems found, empty when the value is complete
     */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        collectProblems("Profile", out);
        return List.copyOf(out);
    }

    void collectProblems(String path, List<String> out) {
        if (id == null) {
            out.add(path + ".id is required");
        }
        if (!type.contains("Profile")) {
            out.add(path + ".type must contain \"Profile\"");
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
        if (address != null) {
            address.collectProblems(path + ".address", out);
        }
        for (int i = 0; i < otherIdentifier.size(); i++) {
            otherIdentifier.get(i).collectProblems(path + ".otherIdentifier[" + i + "]", out);
        }
        if (parentOrg != null) {
            if (jsonForm.isReference("parentOrg")) {
                Checks.requireReferenceId(parentOrg.id(), path + ".parentOrg", out);
            } else {
                parentOrg.collectProblems(path + ".parentOrg", out);
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Profile)) {
            return false;
        }
        Profile that = (Profile) o;
        return Objects.equals(id, that.id)
                && Objects.equals(type, that.type)
                && Objects.equals(name, that.name)
                && Objects.equals(url, that.url)
                && Objects.equals(phone, that.phone)
                && Objects.equals(description, that.description)
                && Objects.equals(endorsement, that.endorsement)
                && Objects.equals(endorsementJwt, that.endorsementJwt)
                && Objects.equals(image, that.image)
                && Objects.equals(email, that.email)
                && Objects.equals(address, that.address)
                && Objects.equals(otherIdentifier, that.otherIdentifier)
                && Objects.equals(official, that.official)
                && Objects.equals(parentOrg, that.parentOrg)
                && Objects.equals(familyName, that.familyName)
                && Objects.equals(givenName, that.givenName)
                && Objects.equals(additionalName, that.additionalName)
                && Objects.equals(patronymicName, that.patronymicName)
                && Objects.equals(honorificPrefix, that.honorificPrefix)
                && Objects.equals(honorificSuffix, that.honorificSuffix)
                && Objects.equals(familyNamePrefix, that.familyNamePrefix)
                && Objects.equals(dateOfBirth, that.dateOfBirth)
                && Objects.equals(extensions, that.extensions)
                && Objects.equals(jsonForm, that.jsonForm);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, type, name, url, phone, description, endorsement, endorsementJwt, image, email, address, otherIdentifier, official, parentOrg, familyName, givenName, additionalName, patronymicName, honorificPrefix, honorificSuffix, familyNamePrefix, dateOfBirth, extensions, jsonForm);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Profile{");
        ToStrings.append(sb, "id", id);
        ToStrings.append(sb, "type", type);
        ToStrings.append(sb, "name", name);
        ToStrings.append(sb, "url", url);
        ToStrings.append(sb, "phone", phone);
        ToStrings.append(sb, "description", description);
        ToStrings.append(sb, "endorsement", endorsement);
        ToStrings.append(sb, "endorsementJwt", endorsementJwt);
        ToStrings.append(sb, "image", image);
        ToStrings.append(sb, "email", email);
        ToStrings.append(sb, "address", address);
        ToStrings.append(sb, "otherIdentifier", otherIdentifier);
        ToStrings.append(sb, "official", official);
        ToStrings.append(sb, "parentOrg", parentOrg);
        ToStrings.append(sb, "familyName", familyName);
        ToStrings.append(sb, "givenName", givenName);
        ToStrings.append(sb, "additionalName", additionalName);
        ToStrings.append(sb, "patronymicName", patronymicName);
        ToStrings.append(sb, "honorificPrefix", honorificPrefix);
        ToStrings.append(sb, "honorificSuffix", honorificSuffix);
        ToStrings.append(sb, "familyNamePrefix", familyNamePrefix);
        ToStrings.append(sb, "dateOfBirth", dateOfBirth);
        ToStrings.append(sb, "extensions", extensions);
        return ToStrings.close(sb);
    }

    /**
     * Collects the values of a {@link Profile}. Not thread-safe; each setter returns this builder.
     * {@code null} clears an optional value.
     */
    public static final class Builder {

        private String id;
        private final List<String> type = new ArrayList<>();
        private String name;
        private String url;
        private String phone;
        private String description;
        private final List<EndorsementCredential> endorsement = new ArrayList<>();
        private final List<String> endorsementJwt = new ArrayList<>();
        private Image image;
        private String email;
        private Address address;
        private final List<IdentifierEntry> otherIdentifier = new ArrayList<>();
        private String official;
        private Profile parentOrg;
        private String familyName;
        private String givenName;
        private String additionalName;
        private String patronymicName;
        private String honorificPrefix;
        private String honorificSuffix;
        private String familyNamePrefix;
        private String dateOfBirth;
        private final Map<String, JsonNode> extensions = new LinkedHashMap<>();
        private JsonForm jsonForm = JsonForm.EMPTY;

        private Builder() {
        }

        /**
         * Sets the profile's URI.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /**
         * Replaces the types, containing "Profile".
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
         * Adds one of the types, containing "Profile".
         *
         * @param value the value, not null
         * @return this builder
         */
        public Builder addType(String value) {
            this.type.add(Objects.requireNonNull(value, "type"));
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
         * Sets the home page.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder url(String value) {
            this.url = value;
            return this;
        }

        /**
         * Sets the phone number.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder phone(String value) {
            this.phone = value;
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
         * Sets an image or logo.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder image(Image value) {
            this.image = value;
            return this;
        }

        /**
         * Sets the e-mail address.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder email(String value) {
            this.email = value;
            return this;
        }

        /**
         * Sets the postal address.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder address(Address value) {
            this.address = value;
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
         * Sets the name of an authorised official.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder official(String value) {
            this.official = value;
            return this;
        }

        /**
         * Sets the parent organisation.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder parentOrg(Profile value) {
            this.parentOrg = value;
            return this;
        }

        /**
         * Sets family name.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder familyName(String value) {
            this.familyName = value;
            return this;
        }

        /**
         * Sets given name.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder givenName(String value) {
            this.givenName = value;
            return this;
        }

        /**
         * Sets additional name.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder additionalName(String value) {
            this.additionalName = value;
            return this;
        }

        /**
         * Sets patronymic name.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder patronymicName(String value) {
            this.patronymicName = value;
            return this;
        }

        /**
         * Sets honorific prefix.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder honorificPrefix(String value) {
            this.honorificPrefix = value;
            return this;
        }

        /**
         * Sets honorific suffix.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder honorificSuffix(String value) {
            this.honorificSuffix = value;
            return this;
        }

        /**
         * Sets family name prefix.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder familyNamePrefix(String value) {
            this.familyNamePrefix = value;
            return this;
        }

        /**
         * Sets date of birth (ISO 8601 date).
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder dateOfBirth(String value) {
            this.dateOfBirth = value;
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
         *     path (e.g. {@code Profile.id is required}); the message lists every problem found
         */
        public Profile build() {
            if (type.isEmpty()) {
                type.addAll(DEFAULT_TYPE);
            }
            Profile value = new Profile(this);
            Checks.throwIfProblems(value.problems());
            return value;
        }

        /**
         * Builds the value without defaults or checks, as a reader does; {@link Profile#problems()} lists what is
         * missing.
         *
         * @return the value
         */
        public Profile buildLenient() {
            return new Profile(this);
        }
    }
}
