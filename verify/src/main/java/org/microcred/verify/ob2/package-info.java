/**
 * Open Badges 2.0 verification: hosted and signed assertions, as JSON, compact JWS or the URL a
 * legacy baked image carries. Entry point: {@link org.microcred.verify.ob2.Ob2Verifier}.
 *
 * <p>Spec: <a href="https://www.imsglobal.org/spec/ob/v2p0/">Open Badges 2.0</a>, sections
 * "Hosted Verification" and "Signed Verification".
 */
package org.microcred.verify.ob2;
