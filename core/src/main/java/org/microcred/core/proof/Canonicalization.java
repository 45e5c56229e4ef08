package org.microcred.core.proof;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The seam to JSON-LD canonicalization: a JSON-LD document in, its RDFC-1.0 canonical N-Quads
 * out. Package-private; the Data Integrity suites depend on nothing else of JSON-LD.
 */
@FunctionalInterface
interface Canonicalization {

    /**
     * @param document a JSON-LD document with its {@code @context}; not modified
     * @return the canonical N-Quads (each line ending in {@code \n})
     * @throws org.microcred.core.MicrocredException when the document cannot be processed
     *     (unknown context, undefined term, work budget exceeded)
     */
    String canonicalize(JsonNode document);
}
