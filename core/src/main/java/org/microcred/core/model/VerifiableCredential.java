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
 * Any other verifiable credential (e.g. a status list credential); the subject is kept as raw JSON.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()} (strict: {@link Builder#build()} checks the
 * required properties and vocabulary values and names the failing property path) or read it with
 * {@code org.microcred.core.json.CredentialJson} (lenient: {@link #problems()} lists what is missing).
 * Optional values are {@link Optional}, lists are never null. Properties this class does not model are
 * kept in {@link #extensions()} and written back unchanged; {@link #jsonForm()} remembers how the JSON
 * was shaped so a read value writes back to an equal JSON tree.
 *
 * @see <a href="https://www.w3.org/TR/vc-data-model-2.0/">https://www.w3.org/TR/vc-data-model-2.0/</a>
 */
public final class VerifiableCredential implements Credential {

    /** The @context entries a built VerifiableCredential gets when none are set. */
    public static final List<String> DEFAULT_CONTEXT = List.of("https://www.w3.org/ns/credentials/v2");

    /** The types a built VerifiableCredential gets when none are set. */
    public static final List<String> DEFAULT_TYPE = List.of("VerifiableCredential");

    private final List<ContextEntry> context;
    private final String id;
    private final List<String> type;
    private final String name;
    private final String description;
    private final Image image;
    private final Profile issuer;
    private final String validFrom;
    private final String validUntil;
    private final String issuanceDate;
    private final String expirationDate;
    private final String awardedDate;
    private final JsonNode credentialSubject;
    private final List<Evidence> evidence;
    private final List<CredentialSchema> credentialSchema;
    private final List<CredentialStatus> credentialStatus;
    private final RefreshService refreshService;
    private final List<TermsOfUse> termsOfUse;
    private final List<Proof> proof;
    private final Map<String, JsonNode> extensions;
    private final JsonForm jsonForm;

    private VerifiableCredential(Builder b) {
        this.context = List.copyOf(b.context);
        this.id = b.id;
        this.type = List.copyOf(b.type);
        this.name = b.name;
        this.description = b.description;
        this.image = b.image;
        this.issuer = b.issuer;
        this.validFrom = b.validFrom;
        this.validUntil = b.validUntil;
        this.issuanceDate = b.issuanceDate;
        this.expirationDate = b.expirationDate;
        this.awardedDate = b.awardedDate;
        this.credentialSubject = b.credentialSubject == null ? null : b.credentialSubject.deepCopy();
        this.evidence = List.copyOf(b.evidence);
        this.credentialSchema = List.copyOf(b.credentialSchema);
        this.credentialStatus = List.copyOf(b.credentialStatus);
        this.refreshService = b.refreshService;
        this.termsOfUse = List.copyOf(b.termsOfUse);
        this.proof = List.copyOf(b.proof);
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
        b.context.addAll(context);
        b.id = id;
        b.type.addAll(type);
        b.name = name;
        b.description = description;
        b.image = image;
        b.issuer = issuer;
        b.validFrom = validFrom;
        b.validUntil = validUntil;
        b.issuanceDate = issuanceDate;
        b.expirationDate = expirationDate;
        b.awardedDate = awardedDate;
        b.credentialSubject = credentialSubject;
        b.evidence.addAll(evidence);
        b.credentialSchema.addAll(credentialSchema);
        b.credentialStatus.addAll(credentialStatus);
        b.refreshService = refreshService;
        b.termsOfUse.addAll(termsOfUse);
        b.proof.addAll(proof);
        b.extensions.putAll(extensions);
        b.jsonForm = jsonForm;
        return b;
    }

    /** @return the JSON-LD contexts, in order; the first one selects the VC data model version (required); never null, possibly empty */
    @Override
    public List<ContextEntry> context() {
        return context;
    }

    /** @return the credential's URI */
    @Override
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    /** @return the credential types (required); never null, possibly empty */
    @Override
    public List<String> type() {
        return type;
    }

    /** @return the credential's name */
    @Override
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** @return a short description of the credential */
    @Override
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /** @return an image representing the credential */
    @Override
    public Optional<Image> image() {
        return Optional.ofNullable(image);
    }

    /** @return the issuer (written as a bare URI when read that way or set with issuer(String)) (required) */
    @Override
    public Optional<Profile> issuer() {
        return Optional.ofNullable(issuer);
    }

    /** @return VC 2.0: when the credential becomes valid (DateTimeZ) */
    @Override
    public Optional<String> validFrom() {
        return Optional.ofNullable(validFrom);
    }

    /** @return VC 2.0: when the credential stops being valid (DateTimeZ) */
    @Override
    public Optional<String> validUntil() {
        return Optional.ofNullable(validUntil);
    }

    /** @return VC 1.1: when the credential was issued (DateTimeZ) */
    @Override
    public Optional<String> issuanceDate() {
        return Optional.ofNullable(issuanceDate);
    }

    /** @return VC 1.1: when the credential expires (DateTimeZ) */
    @Override
    public Optional<String> expirationDate() {
        return Optional.ofNullable(expirationDate);
    }

    /** @return when the achievement was originally awarded (DateTimeZ) */
    @Override
    public Optional<String> awardedDate() {
        return Optional.ofNullable(awardedDate);
    }

    /** @return the subject of the credential (required), a copy of the JSON value */
    public Optional<JsonNode> credentialSubject() {
        return Optional.ofNullable(credentialSubject).map(JsonNode::deepCopy);
    }

    /** @return evidence supporting the claim; never null, possibly empty */
    @Override
    public List<Evidence> evidence() {
        return evidence;
    }

    /** @return JSON schemas the credential claims to follow; never null, possibly empty */
    @Override
    public List<CredentialSchema> credentialSchema() {
        return credentialSchema;
    }

    /** @return status entries (usually one; written as a single object when there is one); never null, possibly empty */
    @Override
    public List<CredentialStatus> credentialStatus() {
        return credentialStatus;
    }

    /** @return how to refresh the credential */
    @Override
    public Optional<RefreshService> refreshService() {
        return Optional.ofNullable(refreshService);
    }

    /** @return terms of use; never null, possibly empty */
    @Override
    public List<TermsOfUse> termsOfUse() {
        return termsOfUse;
    }

    /** @return embedded proofs; never null, possibly empty */
    @Override
    public List<Proof> proof() {
        return proof;
    }

    /** @return the properties not mapped to a typed value, in document order (copies; never null) */
    @Override
    public Map<String, JsonNode> extensions() {
        return Extensions.copy(extensions);
    }

    /** @return how the JSON this value was read from was shaped (empty for built values) */
    @Override
    public JsonForm jsonForm() {
        return jsonForm;
    }

    /**
     * Lists what is missing or invalid: required properties, required types, vocabulary values and
     * spec rules, each message naming the property path (e.g. {@code VerifiableCredential.type must contain ...}).
     *
     * @return the problems found, empty when the value is complete
     */
    @Override
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        collectProblems("VerifiableCredential", out);
        return List.copyOf(out);
    }

    void collectProblems(String path, List<String> out) {
        if (context.isEmpty()) {
            out.add(path + ".@context is required");
        }
        if (!type.contains("VerifiableCredential")) {
            out.add(path + ".type must contain \"VerifiableCredential\"");
        }
        if (issuer == null) {
            out.add(path + ".issuer is required");
        }
        if (issuer != null) {
            Checks.requireReferenceId(issuer.id(), path + ".issuer", out);
        }
        if (credentialSubject == null) {
            out.add(path + ".credentialSubject is required");
        }
        for (int i = 0; i < credentialSchema.size(); i++) {
            credentialSchema.get(i).collectProblems(path + ".credentialSchema[" + i + "]", out);
        }
        for (int i = 0; i < credentialStatus.size(); i++) {
            credentialStatus.get(i).collectProblems(path + ".credentialStatus[" + i + "]", out);
        }
        if (refreshService != null) {
            if (jsonForm.isReference("refreshService")) {
                Checks.requireReferenceId(refreshService.id(), path + ".refreshService", out);
            } else {
                refreshService.collectProblems(path + ".refreshService", out);
            }
        }
        for (int i = 0; i < termsOfUse.size(); i++) {
            termsOfUse.get(i).collectProblems(path + ".termsOfUse[" + i + "]", out);
        }
        for (int i = 0; i < proof.size(); i++) {
            proof.get(i).collectProblems(path + ".proof[" + i + "]", out);
        }
        Checks.envelope(this, path, out);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof VerifiableCredential)) {
            return false;
        }
        VerifiableCredential that = (VerifiableCredential) o;
        return Objects.equals(context, that.context)
                && Objects.equals(id, that.id)
                && Objects.equals(type, that.type)
                && Objects.equals(name, that.name)
                && Objects.equals(description, that.description)
                && Objects.equals(image, that.image)
                && Objects.equals(issuer, that.issuer)
                && Objects.equals(validFrom, that.validFrom)
                && Objects.equals(validUntil, that.validUntil)
                && Objects.equals(issuanceDate, that.issuanceDate)
                && Objects.equals(expirationDate, that.expirationDate)
                && Objects.equals(awardedDate, that.awardedDate)
                && Objects.equals(credentialSubject, that.credentialSubject)
                && Objects.equals(evidence, that.evidence)
                && Objects.equals(credentialSchema, that.credentialSchema)
                && Objects.equals(credentialStatus, that.credentialStatus)
                && Objects.equals(refreshService, that.refreshService)
                && Objects.equals(termsOfUse, that.termsOfUse)
                && Objects.equals(proof, that.proof)
                && Objects.equals(extensions, that.extensions)
                && Objects.equals(jsonForm, that.jsonForm);
    }

    @Override
    public int hashCode() {
        return Objects.hash(context, id, type, name, description, image, issuer, validFrom, validUntil, issuanceDate, expirationDate, awardedDate, credentialSubject, evidence, credentialSchema, credentialStatus, refreshService, termsOfUse, proof, extensions, jsonForm);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("VerifiableCredential{");
        ToStrings.append(sb, "context", context);
        ToStrings.append(sb, "id", id);
        ToStrings.append(sb, "type", type);
        ToStrings.append(sb, "name", name);
        ToStrings.append(sb, "description", description);
        ToStrings.append(sb, "image", image);
        ToStrings.append(sb, "issuer", issuer);
        ToStrings.append(sb, "validFrom", validFrom);
        ToStrings.append(sb, "validUntil", validUntil);
        ToStrings.append(sb, "issuanceDate", issuanceDate);
        ToStrings.append(sb, "expirationDate", expirationDate);
        ToStrings.append(sb, "awardedDate", awardedDate);
        ToStrings.append(sb, "credentialSubject", credentialSubject);
        ToStrings.append(sb, "evidence", evidence);
        ToStrings.append(sb, "credentialSchema", credentialSchema);
        ToStrings.append(sb, "credentialStatus", credentialStatus);
        ToStrings.append(sb, "refreshService", refreshService);
        ToStrings.append(sb, "termsOfUse", termsOfUse);
        ToStrings.append(sb, "proof", proof);
        ToStrings.append(sb, "extensions", extensions);
        return ToStrings.close(sb);
    }

    /**
     * Collects the values of a {@link VerifiableCredential}. Not thread-safe; each setter returns this builder.
     * {@code null} clears an optional value.
     */
    public static final class Builder {

        private final List<ContextEntry> context = new ArrayList<>();
        private String id;
        private final List<String> type = new ArrayList<>();
        private String name;
        private String description;
        private Image image;
        private Profile issuer;
        private String validFrom;
        private String validUntil;
        private String issuanceDate;
        private String expirationDate;
        private String awardedDate;
        private JsonNode credentialSubject;
        private final List<Evidence> evidence = new ArrayList<>();
        private final List<CredentialSchema> credentialSchema = new ArrayList<>();
        private final List<CredentialStatus> credentialStatus = new ArrayList<>();
        private RefreshService refreshService;
        private final List<TermsOfUse> termsOfUse = new ArrayList<>();
        private final List<Proof> proof = new ArrayList<>();
        private final Map<String, JsonNode> extensions = new LinkedHashMap<>();
        private JsonForm jsonForm = JsonForm.EMPTY;

        private Builder() {
        }

        /**
         * Replaces the JSON-LD contexts, in order; the first one selects the VC data model version.
         *
         * @param values the values, not null, without null elements
         * @return this builder
         */
        public Builder context(List<? extends ContextEntry> values) {
            Objects.requireNonNull(values, "@context");
            List<ContextEntry> copy = new ArrayList<>(values.size());
            for (ContextEntry value : values) {
                copy.add(Objects.requireNonNull(value, "@context element"));
            }
            this.context.clear();
            this.context.addAll(copy);
            return this;
        }

        /**
         * Adds one of the JSON-LD contexts, in order; the first one selects the VC data model version.
         *
         * @param value the value, not null
         * @return this builder
         */
        public Builder addContext(ContextEntry value) {
            this.context.add(Objects.requireNonNull(value, "@context"));
            return this;
        }

        /**
         * Adds a context URI.
         *
         * @param uri the context URI, not null
         * @return this builder
         */
        public Builder addContext(String uri) {
            return addContext(ContextEntry.of(uri));
        }

        /**
         * Sets the credential's URI.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /**
         * Replaces the credential types.
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
         * Adds one of the credential types.
         *
         * @param value the value, not null
         * @return this builder
         */
        public Builder addType(String value) {
            this.type.add(Objects.requireNonNull(value, "type"));
            return this;
        }

        /**
         * Sets the credential's name.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * Sets a short description of the credential.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /**
         * Sets an image representing the credential.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder image(Image value) {
            this.image = value;
            return this;
        }

        /**
         * Sets the issuer (written as a bare URI when read that way or set with issuer(String)).
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder issuer(Profile value) {
            this.issuer = value;
            this.jsonForm = jsonForm.withoutReference("issuer");
            return this;
        }

        /**
         * Sets the issuer as a bare URI (VC 2.0 allows it; VC 1.1 OB credentials need a Profile).
         *
         * @param id the issuer URI, not null
         * @return this builder
         */
        public Builder issuer(String id) {
            this.issuer = Profile.builder().id(Objects.requireNonNull(id, "issuer")).buildLenient();
            this.jsonForm = jsonForm.withReference("issuer");
            return this;
        }

        /**
         * Sets VC 2.0: when the credential becomes valid (DateTimeZ).
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder validFrom(String value) {
            this.validFrom = value;
            return this;
        }

        /**
         * Sets VC 2.0: when the credential stops being valid (DateTimeZ).
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder validUntil(String value) {
            this.validUntil = value;
            return this;
        }

        /**
         * Sets VC 1.1: when the credential was issued (DateTimeZ).
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder issuanceDate(String value) {
            this.issuanceDate = value;
            return this;
        }

        /**
         * Sets VC 1.1: when the credential expires (DateTimeZ).
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder expirationDate(String value) {
            this.expirationDate = value;
            return this;
        }

        /**
         * Sets when the achievement was originally awarded (DateTimeZ).
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder awardedDate(String value) {
            this.awardedDate = value;
            return this;
        }

        /**
         * Sets the subject of the credential (copied).
         *
         * @param value the JSON value, or null to clear
         * @return this builder
         */
        public Builder credentialSubject(JsonNode value) {
            this.credentialSubject = value == null ? null : value.deepCopy();
            return this;
        }

        /**
         * Replaces evidence supporting the claim.
         *
         * @param values the values, not null, without null elements
         * @return this builder
         */
        public Builder evidence(List<? extends Evidence> values) {
            Objects.requireNonNull(values, "evidence");
            List<Evidence> copy = new ArrayList<>(values.size());
            for (Evidence value : values) {
                copy.add(Objects.requireNonNull(value, "evidence element"));
            }
            this.evidence.clear();
            this.evidence.addAll(copy);
            return this;
        }

        /**
         * Adds one of evidence supporting the claim.
         *
         * @param value the value, not null
         * @return this builder
         */
        public Builder addEvidence(Evidence value) {
            this.evidence.add(Objects.requireNonNull(value, "evidence"));
            return this;
        }

        /**
         * Replaces JSON schemas the credential claims to follow.
         *
         * @param values the values, not null, without null elements
         * @return this builder
         */
        public Builder credentialSchema(List<? extends CredentialSchema> values) {
            Objects.requireNonNull(values, "credentialSchema");
            List<CredentialSchema> copy = new ArrayList<>(values.size());
            for (CredentialSchema value : values) {
                copy.add(Objects.requireNonNull(value, "credentialSchema element"));
            }
            this.credentialSchema.clear();
            this.credentialSchema.addAll(copy);
            return this;
        }

        /**
         * Adds one of JSON schemas the credential claims to follow.
         *
         * @param value the value, not null
         * @return this builder
         */
        public Builder addCredentialSchema(CredentialSchema value) {
            this.credentialSchema.add(Objects.requireNonNull(value, "credentialSchema"));
            return this;
        }

        /**
         * Replaces status entries (usually one; written as a single object when there is one).
         *
         * @param values the values, not null, without null elements
         * @return this builder
         */
        public Builder credentialStatus(List<? extends CredentialStatus> values) {
            Objects.requireNonNull(values, "credentialStatus");
            List<CredentialStatus> copy = new ArrayList<>(values.size());
            for (CredentialStatus value : values) {
                copy.add(Objects.requireNonNull(value, "credentialStatus element"));
            }
            this.credentialStatus.clear();
            this.credentialStatus.addAll(copy);
            return this;
        }

        /**
         * Adds one of status entries (usually one; written as a single object when there is one).
         *
         * @param value the value, not null
         * @return this builder
         */
        public Builder addCredentialStatus(CredentialStatus value) {
            this.credentialStatus.add(Objects.requireNonNull(value, "credentialStatus"));
            return this;
        }

        /**
         * Sets how to refresh the credential.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder refreshService(RefreshService value) {
            this.refreshService = value;
            return this;
        }

        /**
         * Replaces terms of use.
         *
         * @param values the values, not null, without null elements
         * @return this builder
         */
        public Builder termsOfUse(List<? extends TermsOfUse> values) {
            Objects.requireNonNull(values, "termsOfUse");
            List<TermsOfUse> copy = new ArrayList<>(values.size());
            for (TermsOfUse value : values) {
                copy.add(Objects.requireNonNull(value, "termsOfUse element"));
            }
            this.termsOfUse.clear();
            this.termsOfUse.addAll(copy);
            return this;
        }

        /**
         * Adds one of terms of use.
         *
         * @param value the value, not null
         * @return this builder
         */
        public Builder addTermsOfUse(TermsOfUse value) {
            this.termsOfUse.add(Objects.requireNonNull(value, "termsOfUse"));
            return this;
        }

        /**
         * Replaces embedded proofs.
         *
         * @param values the values, not null, without null elements
         * @return this builder
         */
        public Builder proof(List<? extends Proof> values) {
            Objects.requireNonNull(values, "proof");
            List<Proof> copy = new ArrayList<>(values.size());
            for (Proof value : values) {
                copy.add(Objects.requireNonNull(value, "proof element"));
            }
            this.proof.clear();
            this.proof.addAll(copy);
            return this;
        }

        /**
         * Adds one of embedded proofs.
         *
         * @param value the value, not null
         * @return this builder
         */
        public Builder addProof(Proof value) {
            this.proof.add(Objects.requireNonNull(value, "proof"));
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
         * Builds the value, filling defaults (type, @context) when unset, and checks it.
         *
         * @return the value
         * @throws MicrocredException with {@link ErrorCode#INVALID_VALUE} naming the first missing or invalid property
         *     path (e.g. {@code VerifiableCredential.issuer is required}); the message lists every problem found
         */
        public VerifiableCredential build() {
            if (type.isEmpty()) {
                type.addAll(DEFAULT_TYPE);
            }
            if (context.isEmpty()) {
                DEFAULT_CONTEXT.forEach(this::addContext);
            }
            VerifiableCredential value = new VerifiableCredential(this);
            Checks.throwIfProblems(value.problems());
            return value;
        }

        /**
         * Builds the value without defaults or checks, as a reader does; {@link VerifiableCredential#problems()} lists what is
         * missing.
         *
         * @return the value
         */
        public VerifiableCredential buildLenient() {
            return new VerifiableCredential(this);
        }
    }
}
