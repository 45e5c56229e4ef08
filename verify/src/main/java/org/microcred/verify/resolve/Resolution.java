package org.microcred.verify.resolve;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of resolving one verification method, {@code kid} or {@code jwk}: either a
 * {@link ResolvedVerificationMethod} or a {@link ResolutionFailure} naming the step that failed,
 * plus WARN-level notes gathered on the way (for example that a key's controller could not be
 * confirmed when confirmation was switched off). Immutable.
 */
public final class Resolution {

    private final String reference;
    private final ResolvedVerificationMethod key;
    private final ResolutionFailure failure;
    private final List<String> notes;
    private final List<String> documentsRead;

    private Resolution(String reference, ResolvedVerificationMethod key, ResolutionFailure failure,
            List<String> notes, List<String> documentsRead) {
        this.reference = Objects.requireNonNull(reference, "reference");
        this.key = key;
        this.failure = failure;
        this.notes = List.copyOf(notes);
        this.documentsRead = List.copyOf(documentsRead);
    }

    /**
     * @param reference what was resolved; never null
     * @param key the key; never null
     * @param notes WARN-level notes; never null
     * @return a successful resolution
     */
    public static Resolution resolved(String reference, ResolvedVerificationMethod key, List<String> notes) {
        return resolved(reference, key, notes, List.of());
    }

    /**
     * @param reference what was resolved; never null
     * @param key the key; never null
     * @param notes WARN-level notes; never null
     * @param documentsRead the URLs of the documents read, in order; never null
     * @return a successful resolution
     */
    public static Resolution resolved(String reference, ResolvedVerificationMethod key, List<String> notes,
            List<String> documentsRead) {
        return new Resolution(reference, Objects.requireNonNull(key, "key"), null, notes, documentsRead);
    }

    /**
     * @param reference what was resolved; never null
     * @param failure why it failed; never null
     * @param notes WARN-level notes gathered before the failure; never null
     * @return a failed resolution
     */
    public static Resolution failed(String reference, ResolutionFailure failure, List<String> notes) {
        return failed(reference, failure, notes, List.of());
    }

    /**
     * @param reference what was resolved; never null
     * @param failure why it failed; never null
     * @param notes WARN-level notes gathered before the failure; never null
     * @param documentsRead the URLs of the documents read before the failure; never null
     * @return a failed resolution
     */
    public static Resolution failed(String reference, ResolutionFailure failure, List<String> notes,
            List<String> documentsRead) {
        return new Resolution(reference, null, Objects.requireNonNull(failure, "failure"), notes, documentsRead);
    }

    /** @return the reference that was resolved (verification method URL, kid, or a jwk description) */
    public String reference() {
        return reference;
    }

    /** @return whether a key was found */
    public boolean isResolved() {
        return key != null;
    }

    /** @return the key, when found */
    public Optional<ResolvedVerificationMethod> key() {
        return Optional.ofNullable(key);
    }

    /** @return why no key was found, when it failed */
    public Optional<ResolutionFailure> failure() {
        return Optional.ofNullable(failure);
    }

    /** @return WARN-level notes, in the order they arose; never null */
    public List<String> notes() {
        return notes;
    }

    /**
     * @return the URLs of the documents read (fetched or preloaded) while resolving, in order —
     *     what a report shows as the evidence for the key; empty for did:key, did:jwk, jwk headers
     */
    public List<String> documentsRead() {
        return documentsRead;
    }

    /**
     * Requires the key to be authorised for a proof purpose.
     *
     * @param purpose e.g. {@code assertionMethod}; never null
     * @return this resolution when it failed already or the key is authorised; otherwise a failed
     *     resolution with step {@link ResolutionStep#PURPOSE}
     */
    public Resolution requirePurpose(String purpose) {
        Objects.requireNonNull(purpose, "purpose");
        if (key == null || key.isAuthorisedFor(purpose)) {
            return this;
        }
        String listed = key.purposes().isEmpty() ? "no verification relationship"
                : "only " + String.join(", ", key.sortedPurposes());
        return failed(reference, new ResolutionFailure(ResolutionStep.PURPOSE, "verification method " + key.id()
                + " is not authorised for " + purpose + ": its controller lists it under " + listed), notes,
                documentsRead);
    }

    @Override
    public String toString() {
        return key != null ? "resolved " + key.id() + " (" + key.form() + ")"
                : "unresolved " + reference + ": " + failure;
    }
}
