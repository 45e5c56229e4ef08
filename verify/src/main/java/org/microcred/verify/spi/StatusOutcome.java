package org.microcred.verify.spi;

import java.util.Objects;

/**
 * What a {@link StatusChecker} found about a credential's status entry.
 *
 * @param state the status
 * @param message what was found, for people (naming the list URL and index where there is one)
 */
public record StatusOutcome(State state, String message) {

    /** The possible findings. */
    public enum State {
        /** The credential has no status entry. */
        NOT_APPLICABLE,
        /** The status list was obtained and the credential is neither revoked nor suspended. */
        ACTIVE,
        /** The status list says the credential is revoked. */
        REVOKED,
        /** The status list says the credential is suspended. */
        SUSPENDED,
        /** The status list could not be obtained (offline, not preloaded, fetch failed). */
        UNOBTAINABLE,
        /** The status entry or the status list is malformed, or the list's own proof fails. */
        INVALID
    }

    /**
     * @param state the {@code state} component, as described on the record
     * @param message the {@code message} component, as described on the record
     * @throws NullPointerException if an argument is null
     */
    public StatusOutcome {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(message, "message");
    }
}
