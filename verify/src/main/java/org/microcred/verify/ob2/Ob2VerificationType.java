package org.microcred.verify.ob2;

/**
 * How an Open Badges 2.0 assertion is verified, from its {@code verification.type}
 * (<a href="https://www.imsglobal.org/spec/ob/v2p0/#VerificationObject">OB 2.0 VerificationObject</a>).
 */
public enum Ob2VerificationType {
    /** {@code HostedBadge} (alias {@code hosted}): the copy at the assertion {@code id} is the truth. */
    HOSTED,
    /** {@code SignedBadge} (alias {@code signed}): a compact JWS whose payload is the assertion. */
    SIGNED
}
