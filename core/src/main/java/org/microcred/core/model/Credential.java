package org.microcred.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A verifiable credential of either VC data model generation (2.0 or 1.1): the envelope properties
 * every kind shares, and accessors that work for both generations ({@link #issuedAt()},
 * {@link #expiresAt()}).
 *
 * <p>The kinds are {@link AchievementCredential} (alias OpenBadgeCredential), {@link EndorsementCredential},
 * {@link ClrCredential} and the generic {@link VerifiableCredential} for anything else (status list
 * credentials, …). Switch on them with {@code instanceof} or a pattern switch. Every implementation is
 * immutable and thread-safe.
 *
 * @see <a href="https://www.w3.org/TR/vc-data-model-2.0/">VC data model 2.0</a>
 * @see <a href="https://www.w3.org/TR/vc-data-model-1.1/">VC data model 1.1</a>
 */
public sealed interface Credential permits AchievementCredential, EndorsementCredential, ClrCredential,
        VerifiableCredential {

    /** @return the {@code @context} entries in document order; never null */
    List<ContextEntry> context();

    /** @return the credential id */
    Optional<String> id();

    /** @return the types; never null */
    List<String> type();

    /** @return the name */
    Optional<String> name();

    /** @return the description */
    Optional<String> description();

    /** @return the image */
    Optional<Image> image();

    /** @return the issuer profile (a profile holding only an id when the issuer was a bare URI) */
    Optional<Profile> issuer();

    /** @return VC 2.0 {@code validFrom}, as written */
    Optional<String> validFrom();

    /** @return VC 2.0 {@code validUntil}, as written */
    Optional<String> validUntil();

    /** @return VC 1.1 {@code issuanceDate}, as written */
    Optional<String> issuanceDate();

    /** @return VC 1.1 {@code expirationDate}, as written */
    Optional<String> expirationDate();

    /** @return the OB {@code awardedDate}, as written */
    Optional<String> awardedDate();

    /** @return the evidence; never null */
    List<Evidence> evidence();

    /** @return the credential schemas; never null */
    List<CredentialSchema> credentialSchema();

    /** @return the status entries; never null */
    List<CredentialStatus> credentialStatus();

    /** @return the refresh service */
    Optional<RefreshService> refreshService();

    /** @return the terms of use; never null */
    List<TermsOfUse> termsOfUse();

    /** @return the embedded proofs, in document order; never null */
    List<Proof> proof();

    /** @return the properties not mapped to a typed value (copies) */
    Map<String, JsonNode> extensions();

    /** @return how the JSON this credential was read from was shaped */
    JsonForm jsonForm();

    /**
     * Lists missing or invalid values with their property paths (required properties for the VC
     * generation in use, types, contexts, date formats, vocabulary values, nested objects).
     *
     * @return the problems, empty when the credential is complete
     */
    List<String> problems();

    /**
     * Returns a copy of this credential with its proofs replaced (everything else, including the JSON form,
     * unchanged and unchecked). {@code withProof(List.of())} gives the unsecured document a Data Integrity
     * suite works on.
     *
     * @param proofs the proofs, not null
     * @return the copy
     */
    Credential withProof(List<Proof> proofs);

    /**
     * The subject's id: {@code credentialSubject.id} (for a generic credential whose subject is an array,
     * the first subject's id).
     *
     * @return the id, empty when the subject has none (e.g. an OB subject identified by {@code identifier})
     */
    default Optional<String> subjectId() {
        if (this instanceof AchievementCredential c) {
            return c.credentialSubject().flatMap(AchievementSubject::id);
        }
        if (this instanceof EndorsementCredential c) {
            return c.credentialSubject().flatMap(EndorsementSubject::id);
        }
        if (this instanceof ClrCredential c) {
            return c.credentialSubject().flatMap(ClrSubject::id);
        }
        return ((VerifiableCredential) this).credentialSubject()
                .map(s -> s.isArray() ? s.path(0) : s)
                .map(s -> s.path("id"))
                .filter(JsonNode::isTextual)
                .map(JsonNode::asText);
    }

    /**
     * The VC data model generation, from {@code @context}: 1.1 when the first entry is the VC 1.1 context,
     * otherwise 2.0 when any entry is the VC 2.0 context, otherwise 1.1 when any entry is the 1.1 context;
     * 2.0 by default.
     *
     * @return the generation
     */
    default VcVersion vcVersion() {
        return VcVersion.of(context());
    }

    /** @return the issuer's id, when there is an issuer with an id */
    default Optional<String> issuerId() {
        return issuer().flatMap(Profile::id);
    }

    /**
     * When the credential was issued / becomes valid: {@code validFrom} for VC 2.0, {@code issuanceDate}
     * for VC 1.1 (each falling back to the other when absent).
     *
     * @return the instant, empty when absent or not a date-time with a time zone
     */
    default Optional<Instant> issuedAt() {
        Optional<String> raw = vcVersion() == VcVersion.V2
                ? validFrom().or(this::issuanceDate)
                : issuanceDate().or(this::validFrom);
        return raw.flatMap(Checks::instant);
    }

    /**
     * When the credential expires: {@code validUntil} for VC 2.0, {@code expirationDate} for VC 1.1 (each
     * falling back to the other when absent).
     *
     * @return the instant, empty when absent or not a date-time with a time zone
     */
    default Optional<Instant> expiresAt() {
        Optional<String> raw = vcVersion() == VcVersion.V2
                ? validUntil().or(this::expirationDate)
                : expirationDate().or(this::validUntil);
        return raw.flatMap(Checks::instant);
    }

    /** @return {@code awardedDate} as an instant, empty when absent or not a date-time with a time zone */
    default Optional<Instant> awardedAt() {
        return awardedDate().flatMap(Checks::instant);
    }
}
