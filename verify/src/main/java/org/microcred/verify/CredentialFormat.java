package org.microcred.verify;

/**
 * What a verified input was, as one label for people and for the CLI's JSON line. The label
 * names the kind of document when it is not a plain OB 3.0 badge (CLR, endorsement, OB 2.0), and
 * otherwise how it was delivered; {@link VerificationReport#container()} always gives the
 * delivery form.
 */
public enum CredentialFormat {
    /** An OB 3.0 credential as JSON with an embedded proof (VC 2.0 or 1.1). */
    OB3_JSON,
    /** An OB 3.0 credential secured as a VC-JWT (compact JWS). */
    VC_JWT,
    /** A PNG image with a credential baked in (OB 3.0 {@code openbadgecredential} or OB 2.0 {@code openbadges}). */
    BAKED_PNG,
    /** An SVG image with a credential baked in. */
    BAKED_SVG,
    /** A CLR 2.0 {@code ClrCredential}. */
    CLR,
    /** An OB 3.0 {@code EndorsementCredential}. */
    ENDORSEMENT,
    /** An OB 2.0 assertion verified by hosting ({@code HostedBadge}). */
    OB2_HOSTED,
    /** An OB 2.0 assertion verified by signature ({@code SignedBadge}). */
    OB2_SIGNED,
    /** A JSON credential that is none of the above (e.g. another Verifiable Credential). */
    OTHER_JSON,
    /** The input could not be recognised. */
    UNKNOWN
}
