package org.microcred.verify;

import java.util.Optional;

/**
 * The stable identifiers of the checks a {@link Verifier} runs, in pipeline order. The string
 * {@link #id()} is what JSON reports carry; it never changes between releases.
 *
 * <p>The order follows the OB 3.0 verification algorithm
 * (<a href="https://www.imsglobal.org/spec/ob/v3p0/#verificaton-and-validation">OB 3.0 §
 * Verification</a>) with the structural checks first, as the 1EdTech reference validator does.
 */
public enum CheckId {
    /** The input is a credential in a recognised form (JSON, VC-JWT, baked PNG/SVG, OB 2.0). */
    PARSE("parse"),
    /** {@code @context}: the VC base context first, the OB / CLR context, no unknown remote context. */
    CONTEXT("context"),
    /** {@code type}: VerifiableCredential plus the OB / endorsement / CLR type; issuer shape. */
    TYPE("type"),
    /** The OB 3.0 JSON Schema (draft 2019-09), after JSON-LD compaction tolerance. */
    SCHEMA("schema"),
    /** The credential subject: AchievementSubject with id or identifier, achievement present, … */
    SUBJECT("subject"),
    /** The cryptographic proof (embedded Data Integrity proof or VC-JWT), and the JWT claims. */
    PROOF("proof"),
    /** The key that verified the proof belongs to the issuer. */
    ISSUER_BINDING("issuer-binding"),
    /** The issuer is on the caller's trust list (policy; SKIP when no list is configured). */
    TRUST("trust"),
    /**
     * OB 3.0 verification step 3: a {@code 1EdTechCredentialRefresh} service, when the credential
     * names one, is asked (through the verifier's document fetcher) for the refreshed credential;
     * PASS when it was obtained, verified and accepted — the checks after this one then run on it
     * ({@link VerificationReport#refreshedFrom()}) — WARN otherwise (the presented credential is
     * kept), SKIP when there is no refresh service. Advisory: it never FAILs.
     */
    REFRESH("refresh"),
    /** validFrom / validUntil (VC 1.1: issuanceDate / expirationDate) against the clock. */
    VALIDITY_PERIOD("validity-period"),
    /** Revocation / suspension through the credential's status entry. */
    STATUS("status"),
    /** The credential was issued to the recipient the caller expects. */
    RECIPIENT("recipient"),
    /** Every embedded endorsement verifies (nested reports). */
    ENDORSEMENTS("endorsements"),
    /** CLR only: every credential bundled in the CLR verifies (nested reports). */
    CREDENTIALS("credentials");

    private final String id;

    CheckId(String id) {
        this.id = id;
    }

    /** @return the stable string id, e.g. {@code "validity-period"} */
    public String id() {
        return id;
    }

    /**
     * @param id a string id such as {@code "proof"}
     * @return the check with that id, or empty
     */
    public static Optional<CheckId> fromId(String id) {
        for (CheckId c : values()) {
            if (c.id.equals(id)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return id;
    }
}
