package org.microcred.core.issue;

import java.util.Objects;
import java.util.Optional;
import org.microcred.core.MicrocredException;

/**
 * The outcome of one input of a batch ({@link Issuer#issueAll}): either the signed credential
 * or the error that input caused, with the input itself and its position, so each output can be
 * matched to its input even when inputs repeat.
 *
 * <p>Immutable and thread-safe.
 */
public final class IssueResult {

    private final long index;
    private final IssueRequest request;
    private final SignedCredential credential;
    private final MicrocredException error;

    private IssueResult(long index, IssueRequest request, SignedCredential credential, MicrocredException error) {
        this.index = index;
        this.request = Objects.requireNonNull(request, "request");
        this.credential = credential;
        this.error = error;
    }

    static IssueResult issued(long index, IssueRequest request, SignedCredential credential) {
        return new IssueResult(index, request, Objects.requireNonNull(credential, "credential"), null);
    }

    static IssueResult failed(long index, IssueRequest request, MicrocredException error) {
        return new IssueResult(index, request, null, Objects.requireNonNull(error, "error"));
    }

    /** @return the position of the input in the batch, counting from 0 */
    public long index() {
        return index;
    }

    /** @return the input */
    public IssueRequest request() {
        return request;
    }

    /** @return whether the input was issued */
    public boolean isIssued() {
        return credential != null;
    }

    /** @return the signed credential, when issued */
    public Optional<SignedCredential> credential() {
        return Optional.ofNullable(credential);
    }

    /** @return why the input was not issued, when it failed */
    public Optional<MicrocredException> error() {
        return Optional.ofNullable(error);
    }

    /**
     * @return the signed credential
     * @throws MicrocredException the input's error, when it failed
     */
    public SignedCredential orElseThrow() {
        if (error != null) {
            throw error;
        }
        return credential;
    }

    @Override
    public String toString() {
        return "IssueResult[#" + index + " " + (credential != null ? credential : "failed: " + error.getMessage()) + "]";
    }
}
