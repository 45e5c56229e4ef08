package org.microcred.verify.ob2;

/**
 * The checks an Open Badges 2.0 verification runs, in report order. Each has the stable id the
 * verification pipeline uses for the same concern, so OB 2.0 and OB 3.0 reports read alike.
 */
public enum Ob2Check {
    /** The input is an OB 2.0 assertion as JSON, a compact JWS, or an {@code http(s)} URL. */
    PARSE("parse"),
    /** {@code @context} names the Open Badges 2.0 context. */
    CONTEXT("context"),
    /** Assertion, BadgeClass and issuer Profile carry their expected {@code type}. */
    TYPE("type"),
    /** Required properties are present and of the expected data type (OB 2.0 "Data Validation"). */
    SCHEMA("schema"),
    /** The hosted assertion was fetched from its {@code id}, or the JWS signature verified. */
    PROOF("proof"),
    /** The assertion is in the issuer's verification scope, or the key is the issuer's. */
    ISSUER_BINDING("issuer-binding"),
    /** {@code issuedOn} is not in the future and {@code expires} has not passed. */
    VALIDITY_PERIOD("validity-period"),
    /** The assertion is not revoked (HTTP 410, {@code revoked: true}, or a revocation list). */
    STATUS("status"),
    /** The recipient identity matches the identifier the caller expected. */
    RECIPIENT("recipient");

    private final String id;

    Ob2Check(String id) {
        this.id = id;
    }

    /** @return the stable check id, for example {@code issuer-binding} */
    public String id() {
        return id;
    }
}
