/**
 * Extension points of the verification pipeline: how proofs are checked ({@link
 * org.microcred.verify.spi.ProofChecker}), how status is looked up ({@link
 * org.microcred.verify.spi.StatusChecker}), how a credential is read out of a baked image
 * ({@link org.microcred.verify.spi.ImageExtractor}) and how JSON-LD problems are found ({@link
 * org.microcred.verify.spi.JsonLdInspector}). Each is a small interface; the {@code Verifier}
 * builder takes an implementation, and the defaults are built from the core pieces.
 *
 * <p>Implementations must be thread-safe. They may throw: the pipeline turns any exception into
 * a FAIL of the check with the exception's message, never into an exception to its caller.
 */
package org.microcred.verify.spi;
