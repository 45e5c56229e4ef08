/**
 * JSON-LD processing: the bundled contexts (exact bytes, pinned by SHA-256), the offline document loader, safe mode, and RDFC-1.0 canonical N-Quads.
 */
package org.microcred.core.jsonld;
