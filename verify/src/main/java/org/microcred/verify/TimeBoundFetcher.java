package org.microcred.verify;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.microcred.verify.fetch.DocumentFetcher;
import org.microcred.verify.fetch.FetchException;
import org.microcred.verify.fetch.FetchFailure;
import org.microcred.verify.fetch.FetchedDocument;

/**
 * The caller's fetcher as the verifier's own pieces use it: inside a verification every fetch gets
 * at most what is left of the verification's {@link Deadline} ({@link
 * DocumentFetcher#fetch(URI, Duration)}), and none starts once it has passed. A fetch the deadline
 * refused or interrupted fails with {@link FetchFailure#TIMEOUT} and a message naming the time
 * limit, and is counted on the deadline. Outside a verification it is the caller's fetcher.
 */
final class TimeBoundFetcher implements DocumentFetcher {

    private final DocumentFetcher delegate;

    TimeBoundFetcher(DocumentFetcher delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public FetchedDocument fetch(URI uri) {
        Objects.requireNonNull(uri, "uri");
        Deadline deadline = Deadline.current();
        return deadline == null ? delegate.fetch(uri) : bounded(uri, deadline, null);
    }

    @Override
    public FetchedDocument fetch(URI uri, Duration timeout) {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(timeout, "timeout");
        Deadline deadline = Deadline.current();
        return deadline == null ? delegate.fetch(uri, timeout) : bounded(uri, deadline, timeout);
    }

    private FetchedDocument bounded(URI uri, Deadline deadline, Duration timeout) {
        Duration left = deadline.remaining();
        if (left.isNegative() || left.isZero()) {
            deadline.cut();
            throw new FetchException(FetchFailure.TIMEOUT, uri, "not fetching " + uri + ": " + deadline.reached(),
                    "raise the limit with Verifier.Builder.timeLimit(...)", null);
        }
        Duration allowed = timeout != null && timeout.compareTo(left) < 0 ? timeout : left;
        try {
            return delegate.fetch(uri, allowed);
        } catch (FetchException e) {
            if (e.reason() == FetchFailure.TIMEOUT && deadline.passed()) {
                deadline.cut();
                throw new FetchException(FetchFailure.TIMEOUT, uri, "no answer from " + uri + " before " + deadline.reached(),
                        "raise the limit with Verifier.Builder.timeLimit(...)", e);
            }
            throw e;
        }
    }

    /** @return the caller's fetcher */
    DocumentFetcher delegate() {
        return delegate;
    }

    @Override
    public String toString() {
        return delegate.toString();
    }
}
