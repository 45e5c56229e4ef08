package org.microcred.core;

import java.util.Objects;
import java.util.Optional;

/**
 * The one unchecked exception Microcred throws, for misuse of the API and for infrastructure
 * failures (a context that cannot be loaded, a key that cannot be decoded, a document over the
 * limits). Bad <em>input</em> to verification is never an exception: it is a failed check in a
 * report.
 *
 * <p>Every instance carries an {@link ErrorCode} to branch on and, where one helps, a hint that
 * says how to fix the problem.
 */
public class MicrocredException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final String hint;

    /**
     * Creates an exception.
     *
     * @param code the error code; never null
     * @param message what went wrong, naming the offending value
     */
    public MicrocredException(ErrorCode code, String message) {
        this(code, message, null, null);
    }

    /**
     * Creates an exception with a hint and a cause.
     *
     * @param code the error code; never null
     * @param message what went wrong, naming the offending value
     * @param hint how to fix it, or null
     * @param cause the underlying failure, or null
     */
    public MicrocredException(ErrorCode code, String message, String hint, Throwable cause) {
        super(hint == null ? message : message + " — " + hint, cause);
        this.code = Objects.requireNonNull(code, "code");
        this.hint = hint;
    }

    /** @return the error code to branch on */
    public ErrorCode code() {
        return code;
    }

    /** @return how to fix the problem, when known */
    public Optional<String> hint() {
        return Optional.ofNullable(hint);
    }
}
