package org.microcred.verify.resolve;

import java.util.Objects;

/**
 * Why a key could not be resolved: the {@link ResolutionStep step} that failed and a message that
 * names the reference, the URL or document involved and what was wrong, ready for a FAIL line of
 * a verification report.
 *
 * @param step the step that failed; never null
 * @param message what went wrong; never null
 */
public record ResolutionFailure(ResolutionStep step, String message) {

    /**
     * @param step the step that failed
     * @param message what went wrong
     * @throws NullPointerException if a component is null
     */
    public ResolutionFailure {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return step + ": " + message;
    }
}
