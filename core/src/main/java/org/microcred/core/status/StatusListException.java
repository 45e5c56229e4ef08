package org.microcred.core.status;

import java.util.Objects;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;

/**
 * A status list, status entry or revocation list that cannot be used. Carries the
 * {@link StatusListError} of the Bitstring Status List spec next to the general
 * {@link ErrorCode}: {@link ErrorCode#LIMIT_EXCEEDED} for {@link StatusListError#TOO_LARGE},
 * {@link ErrorCode#INVALID_VALUE} otherwise.
 *
 * <p>The message starts with the spec error name (for example {@code "RANGE_ERROR: ..."}) and
 * names the offending field and value.
 */
public final class StatusListException extends MicrocredException {

    private static final long serialVersionUID = 1L;

    private final StatusListError error;

    /**
     * @param error the status-list error; never null
     * @param message what went wrong, naming the field and value
     */
    public StatusListException(StatusListError error, String message) {
        this(error, message, null, null);
    }

    /**
     * @param error the status-list error; never null
     * @param message what went wrong, naming the field and value
     * @param hint how to fix it, or null
     * @param cause the underlying failure, or null
     */
    public StatusListException(StatusListError error, String message, String hint, Throwable cause) {
        super(codeOf(error), Objects.requireNonNull(error, "error").name() + ": " + message, hint, cause);
        this.error = error;
    }

    private static ErrorCode codeOf(StatusListError error) {
        return error == StatusListError.TOO_LARGE ? ErrorCode.LIMIT_EXCEEDED : ErrorCode.INVALID_VALUE;
    }

    /** @return the status-list error to branch on */
    public StatusListError error() {
        return error;
    }
}
