package org.microcred.core.proof;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * One proof found in a received document, as handed to {@link ProofSuite#recognizes} and
 * {@link ProofSuite#verify}. The JSON trees are the received ones, not copies and never a
 * re-serialised model: suites must treat them as read-only.
 */
public sealed interface ReceivedProof permits ReceivedProof.Embedded, ReceivedProof.Enveloped {

    /**
     * A proof embedded in a JSON document.
     *
     * @param document the whole secured document as received (with all its proofs)
     * @param index the position of this proof in the document's proof set (0 for a single proof)
     * @param proof the proof object
     */
    record Embedded(ObjectNode document, int index, ObjectNode proof) implements ReceivedProof {
        /**
         * @param document the whole secured document as received
         * @param index the position of this proof in the proof set
         * @param proof the proof object
         * @throws NullPointerException if the document or proof is null
         */
        public Embedded {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(proof, "proof");
        }

        /** @return the proof's {@code type} when it is a string, else null */
        public String type() {
            return proof.path("type").isTextual() ? proof.get("type").asText() : null;
        }

        /** @return the proof's {@code cryptosuite} when it is a string, else null */
        public String cryptosuite() {
            return proof.path("cryptosuite").isTextual() ? proof.get("cryptosuite").asText() : null;
        }
    }

    /**
     * An envelope received as text, such as a compact JWS.
     *
     * @param compact the envelope text, surrounding white space removed
     */
    record Enveloped(String compact) implements ReceivedProof {
        /**
         * @param compact the envelope text
         * @throws NullPointerException if compact is null
         */
        public Enveloped {
            Objects.requireNonNull(compact, "compact");
        }
    }
}
