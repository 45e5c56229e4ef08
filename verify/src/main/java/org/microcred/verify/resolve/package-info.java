/**
 * Key resolution for verification: a verification method URL, JOSE {@code kid} or {@code jwk}
 * → public key, controller, source document and authorised purposes, or a failure naming the
 * step that broke; and the {@code issuer-binding} decision.
 *
 * <ul>
 *   <li>{@link org.microcred.verify.resolve.KeyResolver} — the extension point;
 *       {@link org.microcred.verify.resolve.KeyResolver#offline()},
 *       {@link org.microcred.verify.resolve.KeyResolver#using(org.microcred.verify.fetch.DocumentFetcher)}
 *       and {@link org.microcred.verify.resolve.DefaultKeyResolver#builder()} build the default one
 *       ({@code did:key}, {@code did:jwk}, {@code did:web}, HTTPS controller and key documents,
 *       {@code controller#z6Mk…}, JWKS and JWK URLs).</li>
 *   <li>{@link org.microcred.verify.resolve.Resolution} — a
 *       {@link org.microcred.verify.resolve.ResolvedVerificationMethod} or a
 *       {@link org.microcred.verify.resolve.ResolutionFailure} with its
 *       {@link org.microcred.verify.resolve.ResolutionStep}.</li>
 *   <li>{@link org.microcred.verify.resolve.IssuerBinding} — is the key the issuer's?</li>
 *   <li>{@link org.microcred.verify.resolve.ProofKeyResolvers#forProofs(
 *       org.microcred.verify.resolve.KeyResolver) ProofKeyResolvers.forProofs} — the same
 *       resolution behind the proof suites' {@link org.microcred.core.proof.KeyResolver} SPI.</li>
 *   <li>{@link org.microcred.verify.resolve.DidWeb} — the did:web DID → URL mapping.</li>
 * </ul>
 *
 * <p>Typical use in a proof check (the same code is run by {@code ResolveUsageExampleTest}):
 *
 * <pre>{@code
 * KeyResolver keys = KeyResolver.using(PreloadedDocumentFetcher.builder()
 *         .add("https://example.edu/.well-known/did.json", didDocumentBytes)
 *         .build());
 * Resolution resolution = keys.resolve(proofVerificationMethod).requirePurpose("assertionMethod");
 * if (!resolution.isResolved()) {
 *     return fail(resolution.failure().get().message());      // names the step that failed
 * }
 * ResolvedVerificationMethod key = resolution.key().get();
 * // ... verify the signature with key.publicKey() ...
 * Binding binding = IssuerBinding.using(keys).check(issuerId, key);
 * if (!binding.bound()) {
 *     return fail(binding.message());                          // issuer-binding
 * }
 * }</pre>
 *
 * <p>All network reads go through a {@link org.microcred.verify.fetch.DocumentFetcher}; the
 * default is offline. Nothing is cached here beyond one resolution.
 */
package org.microcred.verify.resolve;
