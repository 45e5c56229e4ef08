package org.microcred.verify.resolve;

import org.microcred.verify.fetch.FetchFailure;

/**
 * Internal control flow of {@link DefaultKeyResolver}: a step failed. Never escapes the package
 * (resolvers turn it into a failed {@link Resolution}); carries no stack trace.
 */
final class ResolutionError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ResolutionFailure failure;
    private final FetchFailure fetchReason;

    private ResolutionError(ResolutionFailure failure, FetchFailure fetchReason) {
        super(failure.message(), null, false, false);
        this.failure = failure;
        this.fetchReason = fetchReason;
    }

    static ResolutionError of(ResolutionStep step, String message) {
        return new ResolutionError(new ResolutionFailure(step, message), null);
    }

    static ResolutionError of(ResolutionStep step, String message, FetchFailure fetchReason) {
        return new ResolutionError(new ResolutionFailure(step, message), fetchReason);
    }

    ResolutionFailure failure() {
        return failure;
    }

    /** @return the fetcher's reason when the step was a fetch, else null */
    FetchFailure fetchReason() {
        return fetchReason;
    }
}
