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
 * A recipient identifier, plain or salted-hashed (OB 3.0 IdentityObject).
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()} (strict: {@link Builder#build()} checks the
 * required properties and vocabulary values and names the failing property path) or read it with
 * {@code org.microcred.core.json.CredentialJson} (lenient: {@link #problems()} lists what is missing).
 * Optional values are {@link Optional}, lists are never null. Properties this class does not model are
 * kept in {@link #extensions()} and written back unchanged; {@link #jsonForm()} remembers how the JSON
 * was shaped so a read value writes back to an equal JSON tree.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0#identityobject">https://www.imsglobal.org/spec/ob/v3p0#identityobject</a>
 */
public final class IdentityObject {

    /** The types a built IdentityObject gets when none are set. */
    public static final List<String> DEFAULT_TYPE = List.of("IdentityObject");

    private final String type;
    private final Boolean hashed;
    private final String identityHash;
    private final IdentifierType identityType;
    private final String salt;
    private final Map<String, JsonNode> extensions;
    private final JsonForm jsonForm;

    private IdentityObject(Builder b) {
        this.type = b.type;
        this.hashed = b.hashed;
        this.identityHash = b.identityHash;
        this.identityType = b.identityType;
        this.salt = b.salt;
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
        b.type = type;
        b.hashed = hashed;
        b.identityHash = identityHash;
        b.identityType = identityType;
        b.salt = salt;
        b.extensions.putAll(extensions);
        b.jsonForm = jsonForm;
        return b;
    }

    /** @return always "IdentityObject" (required) */
    public Optional<String> type() {
        return Optional.ofNullable(type);
    }

    /** @return whether identityHash holds a hash (true) or the identifier itself (false) (required) */
    public Optional<Boolean> hashed() {
        return Optional.ofNullable(hashed);
    }

    /** @return the hash as {@code <alg>$<hex>}, or the plain identifier when not hashed (required) */
    public Optional<String> identityHash() {
        return Optional.ofNullable(identityHash);
    }

    /** @return the kind of identifier (required) */
    public Optional<IdentifierType> identityType() {
        return Optional.ofNullable(identityType);
    }

    /** @return the salt appended to the identifier before hashing */
    public Optional<String> salt() {
        return Optional.ofNullable(salt);
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
     * spec rules, each message naming the property path (e.g. {@code IdentityObject.type must contain ...}).
     *
     * @return the problems found, empty when the value is complete
     */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        collectProblems("IdentityObject", out);
        return List.copyOf(out);
    }

    void collectProblems(String path, List<String> out) {
        if (!"IdentityObject".equals(type)) {
            out.add(path + ".type must contain \"IdentityObject\"");
        }
        if (hashed == null) {
            out.add(path + ".hashed is required");
        }
        if (identityHash == null) {
            out.add(path + ".identityHash is required");
        }
        if (identityType == null) {
            out.add(path + ".identityType is required");
        }
        if (identityType != null && !identityType.isValid()) {
            out.add(path + ".identityType has the value '" + identityType.value() + "', which is not a valid IdentifierType: " + IdentifierType.VALUES_HINT);
        }
        Checks.identity(this, path, out);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof IdentityObject)) {
            return false;
        }
        IdentityObject that = (IdentityObject) o;
        return Objects.equals(type, that.type)
                && Objects.equals(hashed, that.hashed)
                && Objects.equals(identityHash, that.identityHash)
                && Objects.equals(identityType, that.identityType)
                && Objects.equals(salt, that.salt)
                && Objects.equals(extensions, that.extensions)
                && Objects.equals(jsonForm, that.jsonForm);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, hashed, identityHash, identityType, salt, extensions, jsonForm);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("IdentityObject{");
        ToStrings.append(sb, "type", type);
        ToStrings.append(sb, "hashed", hashed);
        ToStrings.append(sb, "identityHash", identityHash);
        ToStrings.append(sb, "identityType", identityType);
        ToStrings.append(sb, "salt", salt);
        ToStrings.append(sb, "extensions", extensions);
        return ToStrings.close(sb);
    }

    /**
     * Creates a salted SHA-256 identity for an identifier, with a fresh random 16-byte salt (hex).
     *
     * @param identityType the kind of identifier, not null
     * @param identifier the identifier exactly as it should match later (not normalised), not null
     * @return a hashed identity object ({@code hashed=true}, {@code identityHash = sha256$<hex>}, salt set)
     */
    public static IdentityObject hashed(IdentifierType identityType, String identifier) {
        return hashed(identityType, identifier, IdentityHash.newSalt());
    }

    /**
     * Creates a salted SHA-256 identity with the given salt.
     *
     * @param identityType the kind of identifier, not null
     * @param identifier the identifier (not normalised), not null
     * @param salt the salt appended to the identifier, not null
     * @return a hashed identity object
     */
    public static IdentityObject hashed(IdentifierType identityType, String identifier, String salt) {
        Objects.requireNonNull(identityType, "identityType");
        return builder().hashed(true).identityType(identityType)
                .identityHash(IdentityHash.sha256(identifier, salt)).salt(salt).build();
    }

    /**
     * Creates an unhashed identity: {@code identityHash} holds the identifier itself.
     *
     * @param identityType the kind of identifier, not null
     * @param identifier the identifier, not null
     * @return an identity object with {@code hashed=false}
     */
    public static IdentityObject plain(IdentifierType identityType, String identifier) {
        Objects.requireNonNull(identityType, "identityType");
        return builder().hashed(false).identityType(identityType)
                .identityHash(Objects.requireNonNull(identifier, "identifier")).build();
    }

    /**
     * Checks whether a known identifier matches this identity exactly as given (no case folding or
     * trimming). Hashed identities compare {@code <alg>(identifier + salt)} for {@code sha256} and {@code md5},
     * hex in any case; unhashed ones compare the text.
     *
     * @param knownIdentifier the identifier to test, not null
     * @return true if it matches; false otherwise, also when the hash is malformed or of an unknown algorithm
     */
    public boolean matches(String knownIdentifier) {
        Objects.requireNonNull(knownIdentifier, "knownIdentifier");
        if (identityHash == null) {
            return false;
        }
        if (Boolean.FALSE.equals(hashed)) {
            return identityHash.equals(knownIdentifier);
        }
        return IdentityHash.matches(identityHash, salt == null ? "" : salt, knownIdentifier);
    }

    /**
     * Like {@link #matches(String)} but after trimming and lower-casing the known identifier (ROOT locale):
     * a separate, explicit policy for e-mail addresses typed with different case or spaces.
     *
     * @param knownIdentifier the identifier to test, not null
     * @return true if the normalised identifier matches
     */
    public boolean matchesNormalized(String knownIdentifier) {
        Objects.requireNonNull(knownIdentifier, "knownIdentifier");
        return matches(knownIdentifier.trim().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Collects the values of a {@link IdentityObject}. Not thread-safe; each setter returns this builder.
     * {@code null} clears an optional value.
     */
    public static final class Builder {

        private String type;
        private Boolean hashed;
        private String identityHash;
        private IdentifierType identityType;
        private String salt;
        private final Map<String, JsonNode> extensions = new LinkedHashMap<>();
        private JsonForm jsonForm = JsonForm.EMPTY;

        private Builder() {
        }

        /**
         * Sets always "IdentityObject".
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder type(String value) {
            this.type = value;
            return this;
        }

        /**
         * Sets whether identityHash holds a hash (true) or the identifier itself (false).
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder hashed(Boolean value) {
            this.hashed = value;
            return this;
        }

        /**
         * Sets the hash as {@code <alg>$<hex>}, or the plain identifier when not hashed.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder identityHash(String value) {
            this.identityHash = value;
            return this;
        }

        /**
         * Sets the kind of identifier.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder identityType(IdentifierType value) {
            this.identityType = value;
            return this;
        }

        /**
         * Sets the kind of identifier from its spec string.
         *
         * @param value a value of {@link IdentifierType}, an {@code ext:} extension term, or null to clear
         * @return this builder
         * @throws IllegalArgumentException if the string is neither a spec value nor an extension term
         */
        public Builder identityType(String value) {
            this.identityType = value == null ? null : IdentifierType.of(value);
            return this;
        }

        /**
         * Sets the salt appended to the identifier before hashing.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder salt(String value) {
            this.salt = value;
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
         *     path (e.g. {@code IdentityObject.hashed is required}); the message lists every problem found
         */
        public IdentityObject build() {
            if (type == null) {
                type = DEFAULT_TYPE.get(0);
            }
            IdentityObject value = new IdentityObject(this);
            Checks.throwIfProblems(value.problems());
            return value;
        }

        /**
         * Builds the value without defaults or checks, as a reader does; {@link IdentityObject#problems()} lists what is
         * missing.
         *
         * @return the value
         */
        public IdentityObject buildLenient() {
            return new IdentityObject(this);
        }
    }
}
