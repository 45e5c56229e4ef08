package org.microcred.core.proof;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;
import org.microcred.core.keys.ResolvedKey;
import org.microcred.core.keys.SignatureAlgorithm;

/**
 * The outcome of checking one proof: which proof, which suite checked it, which verification
 * method and key, and whether it passed — with a precise reason either way.
 *
 * <p>Immutable and thread-safe. Built by proof suites through {@link #builder(int, String)}.
 */
public final class ProofResult {

    private final int index;
    private final String proofType;
    private final String suite;
    private final String cryptosuite;
    private final String verificationMethod;
    private final ResolvedKey key;
    private final SignatureAlgorithm algorithm;
    private final ProofProblem problem;
    private final String reason;
    private final ObjectNode credential;

    private ProofResult(Builder b, ProofProblem problem, String reason) {
        this.index = b.index;
        this.proofType = b.proofType;
        this.suite = b.suite;
        this.cryptosuite = b.cryptosuite;
        this.verificationMethod = b.verificationMethod;
        this.key = b.key;
        this.algorithm = b.algorithm;
        this.problem = problem;
        this.reason = Objects.requireNonNull(reason, "reason");
        this.credential = b.credential == null || b.credentialOwned ? b.credential : b.credential.deepCopy();
    }

    /**
     * Starts a result.
     *
     * @param index the position of the proof in the document's proof set (0 for a single proof
     *     or an envelope)
     * @param proofType the proof's {@code type} ({@code DataIntegrityProof},
     *     {@code Ed25519Signature2020}) or {@code JWT} for an envelope
     * @return a builder
     */
    public static Builder builder(int index, String proofType) {
        return new Builder(index, proofType);
    }

    /** @return the position of the proof in the document's proof set (0 for a single proof or an envelope) */
    public int index() {
        return index;
    }

    /** @return the proof's {@code type}, or {@code JWT} for an envelope; "?" when the proof had none */
    public String proofType() {
        return proofType;
    }

    /** @return the name of the suite that checked the proof, empty when no accepted suite handles it */
    public Optional<String> suite() {
        return Optional.ofNullable(suite);
    }

    /** @return the proof's {@code cryptosuite}, when it has one */
    public Optional<String> cryptosuite() {
        return Optional.ofNullable(cryptosuite);
    }

    /** @return the verification method or {@code kid} the proof names, when it names one */
    public Optional<String> verificationMethod() {
        return Optional.ofNullable(verificationMethod);
    }

    /** @return the key the resolver returned, when resolution succeeded */
    public Optional<ResolvedKey> key() {
        return Optional.ofNullable(key);
    }

    /** @return the signature algorithm, when known */
    public Optional<SignatureAlgorithm> algorithm() {
        return Optional.ofNullable(algorithm);
    }

    /** @return whether the proof verified */
    public boolean isValid() {
        return problem == null;
    }

    /** @return why the proof failed; empty when it verified */
    public Optional<ProofProblem> problem() {
        return Optional.ofNullable(problem);
    }

    /** @return a sentence saying what was checked and, on failure, what exactly was wrong */
    public String reason() {
        return reason;
    }

    /** @return the carried credential itself, not a copy (package-internal, read-only use) */
    ObjectNode credentialTree() {
        return credential;
    }

    /**
     * @return for an envelope, a copy of the credential it carries (when it could be decoded,
     *     whether or not the signature verified); empty for embedded proofs
     */
    public Optional<ObjectNode> credential() {
        return credential == null ? Optional.empty() : Optional.of(credential.deepCopy());
    }

    @Override
    public String toString() {
        return "proof[" + index + "] " + proofType + (cryptosuite == null ? "" : "/" + cryptosuite)
                + (isValid() ? " VALID: " : " " + problem + ": ") + reason;
    }

    /** Collects what a suite learnt about a proof, then ends with {@link #passed} or {@link #failed}. */
    public static final class Builder {
        private final int index;
        private final String proofType;
        private String suite;
        private String cryptosuite;
        private String verificationMethod;
        private ResolvedKey key;
        private SignatureAlgorithm algorithm;
        private ObjectNode credential;
        private boolean credentialOwned;

        private Builder(int index, String proofType) {
            if (index < 0) {
                throw new IllegalArgumentException("index must not be negative: " + index);
            }
            this.index = index;
            this.proofType = proofType == null ? "?" : proofType;
        }

        /**
         * @param name the name of the suite checking the proof
         * @return this builder
         */
        public Builder suite(String name) {
            this.suite = name;
            return this;
        }

        /**
         * @param name the proof's {@code cryptosuite}
         * @return this builder
         */
        public Builder cryptosuite(String name) {
            this.cryptosuite = name;
            return this;
        }

        /**
         * @param id the verification method or {@code kid}
         * @return this builder
         */
        public Builder verificationMethod(String id) {
            this.verificationMethod = id;
            return this;
        }

        /**
         * @param resolved the key the resolver returned
         * @return this builder
         */
        public Builder key(ResolvedKey resolved) {
            this.key = resolved;
            return this;
        }

        /**
         * @param alg the signature algorithm
         * @return this builder
         */
        public Builder algorithm(SignatureAlgorithm alg) {
            this.algorithm = alg;
            return this;
        }

        /**
         * @param carried the credential an envelope carries
         * @return this builder
         */
        public Builder credential(ObjectNode carried) {
            this.credential = carried;
            this.credentialOwned = false;
            return this;
        }

        /** As {@link #credential(ObjectNode)}, for a tree nobody else holds: it is kept, not copied. */
        Builder ownedCredential(ObjectNode carried) {
            this.credential = carried;
            this.credentialOwned = true;
            return this;
        }

        /**
         * @param reason what was verified
         * @return a passing result
         */
        public ProofResult passed(String reason) {
            return new ProofResult(this, null, reason);
        }

        /**
         * @param problem the kind of failure
         * @param reason what exactly was wrong, naming the offending member and value
         * @return a failed result
         */
        public ProofResult failed(ProofProblem problem, String reason) {
            return new ProofResult(this, Objects.requireNonNull(problem, "problem"), reason);
        }
    }
}
