/**
 * Proof suites: the {@link org.microcred.core.proof.ProofSuite} SPI and its built-in
 * implementations — W3C Data Integrity {@code eddsa-rdfc-2022} and {@code ecdsa-rdfc-2019},
 * VC-JWT as Open Badges 3.0 defines it (RS256, ES256, PS256, EdDSA), and the verify-only legacy
 * suites {@code Ed25519Signature2020} and {@code eddsa-2022}.
 *
 * <p>A suite is the only place that knows a proof format. Issuing hands it the credential JSON
 * and a {@link org.microcred.core.keys.SigningKey}; verifying hands it the document exactly as
 * received and a {@link org.microcred.core.proof.KeyResolver}:
 *
 * <pre>{@code
 * SecuredDocument signed = ProofSuites.eddsaRdfc2022()
 *     .secure(credentialJson, signingKey, ProofOptions.defaults());   // credential JSON + proof
 * String jwt = ProofSuites.vcJwt(SignatureAlgorithm.RS256)
 *     .secure(credentialJson, rsaKey, ProofOptions.defaults()).text(); // compact JWS
 *
 * ProofVerification v = ProofSuites.defaults().verify(receivedText, keyResolver);
 * v.isValid();                 // at least one proof verified
 * for (ProofResult r : v.results()) {
 *     r.suite(); r.verificationMethod(); r.key(); r.problem(); r.reason();
 * }
 * }</pre>
 *
 * <p>Verification never throws on bad input: every problem is a failed
 * {@link org.microcred.core.proof.ProofResult} with a {@link org.microcred.core.proof.ProofProblem}
 * and a reason naming the offending member and value. Binding the key to the issuer (the
 * resolved key's controller against {@code issuer.id}) and judging the validity period are the
 * verifier's checks, made on what these results report.
 */
package org.microcred.core.proof;
