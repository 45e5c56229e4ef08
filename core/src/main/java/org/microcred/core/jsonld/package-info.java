/**
 * JSON-LD processing for Data Integrity proofs: the bundled contexts (exact bytes, pinned by
 * SHA-256; {@link org.microcred.core.jsonld.ContextRegistry}), an offline document loader that
 * never fetches, safe mode (nothing in a document may be silently left out of what is signed), and
 * RDFC-1.0 canonical N-Quads ({@link org.microcred.core.jsonld.Canonicalizer}) with bounded work
 * and processed-context caching.
 *
 * <p>Built on Titanium JSON-LD 1.7.0 and titanium-rdfc 2.0.0, with two shortcuts of our own for
 * the shape of credentials: JSON-LD expansion fused with JSON-LD to RDF (using Titanium's term
 * definitions and IRI expansion, with scoped contexts memoized), and RDFC-1.0 for datasets whose
 * blank nodes all hash apart at the first degree. Anything outside those shapes takes Titanium's
 * complete algorithms, and the tests check that both ways agree. No Titanium type appears in this
 * package's public API.
 */
package org.microcred.core.jsonld;
