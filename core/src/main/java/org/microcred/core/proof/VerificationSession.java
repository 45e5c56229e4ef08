package org.microcred.core.proof;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Work shared by the proofs of one document during one {@link ProofSuites} verification call: the
 * proofs of a proof set all sign the same unsecured document, so its canonical form is computed
 * once. The memo lives on the calling thread only while the registry checks that document, which
 * it does not modify. Package-private.
 */
final class VerificationSession {

    private static final ThreadLocal<Map<Key, String>> MEMO = new ThreadLocal<>();

    private VerificationSession() {
    }

    /** Runs the body inside a session (joining an open one). */
    static <T> T run(Supplier<T> body) {
        if (MEMO.get() != null) {
            return body.get();
        }
        MEMO.set(new HashMap<>());
        try {
            return body.get();
        } finally {
            MEMO.remove();
        }
    }

    /** The canonical form of the document without its proof, computed once per session. */
    static String withoutProof(Canonicalization canonicalization, ObjectNode document) {
        Map<Key, String> memo = MEMO.get();
        if (memo == null) {
            return canonicalization.canonicalizeWithoutProof(document);
        }
        Key key = new Key(canonicalization, document);
        String known = memo.get(key);
        if (known == null) {
            known = canonicalization.canonicalizeWithoutProof(document);
            memo.put(key, known);
        }
        return known;
    }

    /** Identity of the canonicalization and of the document tree. */
    private static final class Key {
        private final Canonicalization canonicalization;
        private final ObjectNode document;

        Key(Canonicalization canonicalization, ObjectNode document) {
            this.canonicalization = canonicalization;
            this.document = document;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key && ((Key) o).canonicalization == canonicalization && ((Key) o).document == document;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(canonicalization) * 31 + System.identityHashCode(document);
        }
    }
}
