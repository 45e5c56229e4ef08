/**
 * Open Badges 2.0 verification: hosted and signed assertions, presented as JSON, as a compact JWS,
 * or as the URL a legacy baked image carries.
 *
 * <p>Entry point: {@link org.microcred.verify.ob2.Ob2Verifier} (immutable, thread-safe). It returns
 * an {@link org.microcred.verify.ob2.Ob2Result}: the {@link org.microcred.verify.ob2.Ob2Step}s of
 * every {@link org.microcred.verify.ob2.Ob2Check} in report order (ids shared with the verification
 * pipeline: {@code parse}, {@code context}, {@code type}, {@code schema}, {@code proof},
 * {@code issuer-binding}, {@code validity-period}, {@code status}, {@code recipient}), the
 * {@link org.microcred.verify.ob2.Ob2Display} fields and the resolved documents. Everything remote
 * (hosted assertions, BadgeClasses, issuer Profiles, keys, revocation lists) is read through the
 * caller's {@link org.microcred.verify.fetch.DocumentFetcher}; by default nothing is fetched.
 *
 * <p>Spec: <a href="https://www.imsglobal.org/spec/ob/v2p0/">Open Badges 2.0</a>, sections
 * "Data Validation", "Verification", "HostedBadge Verification" and "SignedBadge Verification".
 */
package org.microcred.verify.ob2;
