package org.microcred.core.proof;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The outcome of checking every proof of a received document: a document is proven when at least
 * one of its proofs verified with an accepted suite (OB 3.0 §9.1 step 2: "any one proof
 * suffices"). Each proof has its own {@link ProofResult}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ProofVerification {

    private final ProofFormat format;
    private final ObjectNode credential;
    private final List<ProofResult> results;
    private final String reason;

    private ProofVerification(ProofFormat format, ObjectNode credential, List<ProofResult> results, String reason) {
        this.format = Objects.requireNonNull(format, "format");
        this.credential = credential;
        this.results = List.copyOf(results);
        this.reason = reason;
    }

    /**
     * @param format how the document carried its proofs
     * @param credential the credential (the received JSON, or the one decoded from an envelope), or null
     * @param results one result per proof found
     * @return the verification; valid iff a result is valid
     */
    public static ProofVerification of(ProofFormat format, ObjectNode credential, List<ProofResult> results) {
        return ofOwned(format, credential == null ? null : credential.deepCopy(), results);
    }

    /** As {@link #of}, keeping a tree nobody else holds instead of copying it. */
    static ProofVerification ofOwned(ProofFormat format, ObjectNode credential, List<ProofResult> results) {
        String reason;
        Optional<ProofResult> valid = results.stream().filter(ProofResult::isValid).findFirst();
        if (valid.isPresent()) {
            reason = valid.get().reason();
        } else if (results.isEmpty()) {
            reason = "the document has no proof";
        } else {
            reason = results.stream().map(ProofResult::toString).collect(Collectors.joining("; "));
        }
        return new ProofVerification(format, credential, results, reason);
    }

    /**
     * @param format the format the input looked like
     * @param reason why the input could not be read at all
     * @return a failed verification with no proof results
     */
    public static ProofVerification unreadable(ProofFormat format, String reason) {
        return new ProofVerification(format, null, List.of(), Objects.requireNonNull(reason, "reason"));
    }

    /** @return whether at least one proof verified */
    public boolean isValid() {
        return results.stream().anyMatch(ProofResult::isValid);
    }

    /** @return how the document carried its proofs */
    public ProofFormat format() {
        return format;
    }

    /**
     * @return a copy of the credential JSON: the received document for embedded proofs, the
     *     credential decoded from the envelope for VC-JWT; empty when it could not be read
     */
    public Optional<ObjectNode> credential() {
        return credential == null ? Optional.empty() : Optional.of(credential.deepCopy());
    }

    /** @return one result per proof, in document order (an envelope first, then proofs inside it) */
    public List<ProofResult> results() {
        return results;
    }

    /** @return the first proof that verified */
    public Optional<ProofResult> validProof() {
        return results.stream().filter(ProofResult::isValid).findFirst();
    }

    /** @return the reason of the verifying proof, or why none verified */
    public String reason() {
        return reason;
    }

    @Override
    public String toString() {
        return (isValid() ? "VALID " : "INVALID ") + format + ": " + reason;
    }
}
