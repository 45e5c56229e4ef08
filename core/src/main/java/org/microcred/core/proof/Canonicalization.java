package org.microcred.core.proof;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.microcred.core.jsonld.Canonicalizer;

/**
 * The seam to JSON-LD canonicalization: JSON-LD in, RDFC-1.0 canonical N-Quads out. The Data
 * Integrity suites depend on nothing else of JSON-LD; production code adapts a
 * {@link Canonicalizer}, tests may wrap one to observe it. Package-private.
 */
interface Canonicalization {

    /**
     * @param document a JSON-LD document with its {@code @context}; not modified
     * @return the canonical N-Quads (each line ending in {@code \n})
     * @throws org.microcred.core.MicrocredException when the document cannot be processed
     *     (unknown context, undefined term, work budget exceeded)
     */
    String canonicalize(JsonNode document);

    /**
     * @param secured a secured document; its top-level {@code proof} is left out
     * @return the canonical N-Quads of the unsecured document
     */
    default String canonicalizeWithoutProof(ObjectNode secured) {
        return canonicalize(DataIntegritySuite.withoutProof(secured));
    }

    /**
     * @param options proof options without {@code proofValue}
     * @param context the document's {@code @context}
     * @return the canonical N-Quads of the proof configuration (options under that context)
     */
    default String canonicalizeProofConfiguration(ObjectNode options, JsonNode context) {
        ObjectNode config = options.deepCopy();
        config.set("@context", context);
        return canonicalize(config);
    }

    /**
     * @param canonicalizer a JSON-LD canonicalizer
     * @return the seam over it, using its copy-free entry points
     */
    static Canonicalization of(Canonicalizer canonicalizer) {
        Objects.requireNonNull(canonicalizer, "canonicalizer");
        return new Canonicalization() {
            @Override
            public String canonicalize(JsonNode document) {
                return canonicalizer.canonicalize(document);
            }

            @Override
            public String canonicalizeWithoutProof(ObjectNode secured) {
                return canonicalizer.canonicalizeWithoutProof(secured);
            }

            @Override
            public String canonicalizeProofConfiguration(ObjectNode options, JsonNode context) {
                return canonicalizer.canonicalizeProofConfiguration(options, context);
            }
        };
    }
}
