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
 * An embedded proof (Data Integrity or a legacy suite); every property is kept.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()} (strict: {@link Builder#build()} checks the
 * required properties and vocabulary values and names the failing property path) or read it with
 * {@code org.microcred.core.json.CredentialJson} (lenient: {@link #problems()} lists what is missing).
 * Optional values are {@link Optional}, lists are never null. Properties this class does not model are
 * kept in {@link #extensions()} and written back unchanged; {@link #jsonForm()} remembers how the JSON
 * was shaped so a read value writes back to an equal JSON tree.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0#proof">https://www.imsglobal.org/spec/ob/v3p0#proof</a>
 */
public final class Proof {

    private final String id;
    private final String type;
    private final String cryptosuite;
    private final String created;
    private final String expires;
    private final String verificationMethod;
    private final String proofPurpose;
    private final String challenge;
    private final String domain;
    private final String nonce;
    private final List<String> previousProof;
    private final String proofValue;
    private final Map<String, JsonNode> extensions;
    private final JsonForm jsonForm;

    private Proof(Builder b) {
        this.id = b.id;
        this.type = b.type;
        this.cryptosuite = b.cryptosuite;
        this.created = b.created;
        this.expires = b.expires;
        this.verificationMethod = b.verificationMethod;
        this.proofPurpose = b.proofPurpose;
        this.challenge = b.challenge;
        this.domain = b.domain;
        this.nonce = b.nonce;
        this.previousProof = List.copyOf(b.previousProof);
        this.proofValue = b.proofValue;
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
        b.type = type;
        b.cryptosuite = cryptosuite;
        b.created = created;
        b.expires = expires;
        b.verificationMethod = verificationMethod;
        b.proofPurpose = proofPurpose;
        b.challenge = challenge;
        b.domain = domain;
        b.nonce = nonce;
        b.previousProof.addAll(previousProof);
        b.proofValue = proofValue;
        b.extensions.putAll(extensions);
        b.jsonForm = jsonForm;
        return b;
    }

    /** @return the proof's id (used by proof chains) */
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    /** @return the proof type, e.g. DataIntegrityProof (required) */
    public Optional<String> type() {
        return Optional.ofNullable(type);
    }

    /** @return the cryptosuite, e.g. eddsa-rdfc-2022 */
    public Optional<String> cryptosuite() {
        return Optional.ofNullable(cryptosuite);
    }

    /** @return when the proof was created */
    public Optional<String> created() {
        return Optional.ofNullable(created);
    }

    /** @return when the proof expires */
    public Optional<String> expires() {
        return Optional.ofNullable(expires);
    }

    /** @return the verification method URI */
    public Optional<String> verificationMethod() {
        return Optional.ofNullable(verificationMethod);
    }

    /** @return the purpose, normally assertionMethod */
    public Optional<String> proofPurpose() {
        return Optional.ofNullable(proofPurpose);
    }

    /** @return the challenge */
    public Optional<String> challenge() {
        return Optional.ofNullable(challenge);
    }

    /** @return the domain */
    public Optional<String> domain() {
        return Optional.ofNullable(domain);
    }

    /** @return the nonce */
    public Optional<String> nonce() {
        return Optional.ofNullable(nonce);
    }

    /** @return ids of the proofs this proof chains to; never null, possibly empty */
    public List<String> previousProof() {
        return previousProof;
    }

    /** @return the proof value (multibase) */
    public Optional<String> proofValue() {
        return Optional.ofNullable(proofValue);
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
     * spec rules, each message naming the property path (e.g. {@code Proof.type must contain ...}).
     *
     * @return the problems found, empty when the value is complete
     */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        collectProblems("Proof", out);
        return List.copyOf(out);
    }

    void collectProblems(String path, List<String> out) {
        if (type == null) {
            out.add(path + ".type is required");
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Proof)) {
            return false;
        }
        Proof that = (Proof) o;
        return Objects.equals(id, that.id)
                && Objects.equals(type, that.type)
                && Objects.equals(cryptosuite, that.cryptosuite)
                && Objects.equals(created, that.created)
                && Objects.equals(expires, that.expires)
                && Objects.equals(verificationMethod, that.verificationMethod)
                && Objects.equals(proofPurpose, that.proofPurpose)
                && Objects.equals(challenge, that.challenge)
                && Objects.equals(domain, that.domain)
                && Objects.equals(nonce, that.nonce)
                && Objects.equals(previousProof, that.previousProof)
                && Objects.equals(proofValue, that.proofValue)
                && Objects.equals(extensions, that.extensions)
                && Objects.equals(jsonForm, that.jsonForm);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, type, cryptosuite, created, expires, verificationMethod, proofPurpose, challenge, domain, nonce, previousProof, proofValue, extensions, jsonForm);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Proof{");
        ToStrings.append(sb, "id", id);
        ToStrings.append(sb, "type", type);
        ToStrings.append(sb, "cryptosuite", cryptosuite);
        ToStrings.append(sb, "created", created);
        ToStrings.append(sb, "expires", expires);
        ToStrings.append(sb, "verificationMethod", verificationMethod);
        ToStrings.append(sb, "proofPurpose", proofPurpose);
        ToStrings.append(sb, "challenge", challenge);
        ToStrings.append(sb, "domain", domain);
        ToStrings.append(sb, "nonce", nonce);
        ToStrings.append(sb, "previousProof", previousProof);
        ToStrings.append(sb, "proofValue", proofValue);
        ToStrings.append(sb, "extensions", extensions);
        return ToStrings.close(sb);
    }

    /**
     * Collects the values of a {@link Proof}. Not thread-safe; each setter returns this builder.
     * {@code null} clears an optional value.
     */
    public static final class Builder {

        private String id;
        private String type;
        private String cryptosuite;
        private String created;
        private String expires;
        private String verificationMethod;
        private String proofPurpose;
        private String challenge;
        private String domain;
        private String nonce;
        private final List<String> previousProof = new ArrayList<>();
        private String proofValue;
        private final Map<String, JsonNode> extensions = new LinkedHashMap<>();
        private JsonForm jsonForm = JsonForm.EMPTY;

        private Builder() {
        }

        /**
         * Sets the proof's id (used by proof chains).
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /**
         * Sets the proof type, e.g. DataIntegrityProof.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder type(String value) {
            this.type = value;
            return this;
        }

        /**
         * Sets the cryptosuite, e.g. eddsa-rdfc-2022.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder cryptosuite(String value) {
            this.cryptosuite = value;
            return this;
        }

        /**
         * Sets when the proof was created.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder created(String value) {
            this.created = value;
            return this;
        }

        /**
         * Sets when the proof expires.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder expires(String value) {
            this.expires = value;
            return this;
        }

        /**
         * Sets the verification method URI.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder verificationMethod(String value) {
            this.verificationMethod = value;
            return this;
        }

        /**
         * Sets the purpose, normally assertionMethod.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder proofPurpose(String value) {
            this.proofPurpose = value;
            return this;
        }

        /**
         * Sets the challenge.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder challenge(String value) {
            this.challenge = value;
            return this;
        }

        /**
         * Sets the domain.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder domain(String value) {
            this.domain = value;
            return this;
        }

        /**
         * Sets the nonce.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder nonce(String value) {
            this.nonce = value;
            return this;
        }

        /**
         * Replaces ids of the proofs this proof chains to.
         *
         * @param values the values, not null, without null elements
         * @return this builder
         */
        public Builder previousProof(List<? extends String> values) {
            Objects.requireNonNull(values, "previousProof");
            List<String> copy = new ArrayList<>(values.size());
            for (String value : values) {
                copy.add(Objects.requireNonNull(value, "previousProof element"));
            }
            this.previousProof.clear();
            this.previousProof.addAll(copy);
            return this;
        }

        /**
         * Adds one of ids of the proofs this proof chains to.
         *
         * @param value the value, not null
         * @return this builder
         */
        public Builder addPreviousProof(String value) {
            this.previousProof.add(Objects.requireNonNull(value, "previousProof"));
            return this;
        }

        /**
         * Sets the proof value (multibase).
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder proofValue(String value) {
            this.proofValue = value;
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
         * Builds the value, filling defaults (none) when unset, and checks it.
         *
         * @return the value
         * @throws MicrocredException with {@link ErrorCode#INVALID_VALUE} naming the first missing or invalid property
         *     path (e.g. {@code Proof.id is required}); the message lists every problem found
         */
        public Proof build() {
            Proof value = new Proof(this);
            Checks.throwIfProblems(value.problems());
            return value;
        }

        /**
         * Builds the value without defaults or checks, as a reader does; {@link Proof#problems()} lists what is
         * missing.
         *
         * @return the value
         */
        public Proof buildLenient() {
            return new Proof(this);
        }
    }
}
