package org.microcred.verify.fetch;

import java.net.URI;
import java.util.Objects;
import java.util.OptionalInt;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;

/**
 * A document could not be fetched. Always {@link ErrorCode#FETCH_FAILED}; {@link #reason()} says
 * why, the message names the URL and the rule that refused it, and {@link #hint()} (when present)
 * says how to allow or preload it, so a verifier can put {@link #getMessage()} straight into a
 * WARN or FAIL line of a report.
 */
public final class FetchException extends MicrocredException {

    private static final long serialVersionUID = 1L;

    private final FetchFailure reason;
    private final URI uri;
    private final int httpStatus;

    /**
     * @param reason why; never null
     * @param uri the URL that was requested (or the redirect hop that failed); never null
     * @param message what went wrong, naming the URL
     * @param hint how to fix it, or null
     * @param cause the underlying failure, or null
     */
    public FetchException(FetchFailure reason, URI uri, String message, String hint, Throwable cause) {
        this(reason, uri, -1, message, hint, cause);
    }

    /**
     * For {@link FetchFailure#HTTP_STATUS} failures of custom fetchers.
     *
     * @param reason why; never null
     * @param uri the URL that was requested; never null
     * @param httpStatus the HTTP status, or -1 when none
     * @param message what went wrong, naming the URL
     * @param hint how to fix it, or null
     * @param cause the underlying failure, or null
     */
    public FetchException(FetchFailure reason, URI uri, int httpStatus, String message, String hint, Throwable cause) {
        super(ErrorCode.FETCH_FAILED, message, hint, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.uri = Objects.requireNonNull(uri, "uri");
        this.httpStatus = httpStatus;
    }

    /** @return why the fetch failed */
    public FetchFailure reason() {
        return reason;
    }

    /** @return the URL whose fetch failed (for a failed redirect hop, that hop's URL) */
    public URI uri() {
        return uri;
    }

    /** @return the final HTTP status when {@link #reason()} is {@link FetchFailure#HTTP_STATUS} */
    public OptionalInt httpStatus() {
        return httpStatus < 0 ? OptionalInt.empty() : OptionalInt.of(httpStatus);
    }

    /**
     * @return whether the server answered 410 Gone, which Open Badges 2.0 hosted verification
     *     treats as a revoked assertion
     */
    public boolean isGone() {
        return httpStatus == 410;
    }
}
