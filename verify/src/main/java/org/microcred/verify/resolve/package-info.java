/**
 * Key resolution for verification: a verification method URL, JOSE {@code kid} or {@code jwk}
 * → public key, controller, source document and authorised purposes
 * ({@link org.microcred.verify.resolve.KeyResolver}, built-in
 * {@link org.microcred.verify.resolve.DefaultKeyResolver}: {@code did:key}, {@code did:jwk},
 * {@code did:web}, HTTPS controller and key documents, {@code controller#z6Mk…}, JWKS), failures
 * that name the step that failed ({@link org.microcred.verify.resolve.ResolutionStep}), and the
 * {@code issuer-binding} decision ({@link org.microcred.verify.resolve.IssuerBinding}).
 *
 * <p>All network reads go through a {@link org.microcred.verify.fetch.DocumentFetcher}; the
 * default is offline.
 */
package org.microcred.verify.resolve;
