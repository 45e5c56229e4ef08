package org.microcred.verify.fetch;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;

/**
 * A document could not be fetched. Always {@link ErrorCode#FETCH_FAILED}; {@link #reason()} says
 * why, the message names the URL and the rule that refused it, and {@link #hint()} (when present)
 * says how to allow or preload it, so a verifier can put {@link #getMessage()} straight into a
 * WARN or FAIL line of a report.
 *
 * <p>For an {@link FetchFailure#HTTP_STATUS} failure the exception may carry the response body
 * ({@link #body()}): {@link HttpsDocumentFetcher} keeps the body of a {@code 410 Gone} answer (up
 * to {@link HttpsDocumentFetcher#MAX_GONE_BODY_BYTES}), because an Open Badges 2.0 issuer may
 * publish the revoked assertion, with its {@code revocationReason}, there; a
 * {@link PreloadedDocumentFetcher} keeps the body it was given ({@link
 * PreloadedDocumentFetcher.Builder#addStatus}).
 */
public final class FetchException extends MicrocredException {

    private static final long serialVersionUID = 1L;

    private final FetchFailure reason;
    private final URI uri;
    private final int httpStatus;
    private final byte[] body;

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
        this(reason, uri, httpStatus, null, message, hint, cause);
    }

    /**
     * For {@link FetchFailure#HTTP_STATUS} failures whose response body matters to the caller (a
     * {@code 410 Gone} answer carrying the revoked document).
     *
     * @param reason why; never null
     * @param uri the URL that was requested; never null
     * @param httpStatus the HTTP status, or -1 when none
     * @param body the response body (copied), or null when it was not kept
     * @param message what went wrong, naming the URL
     * @param hint how to fix it, or null
     * @param cause the underlying failure, or null
     */
    public FetchException(FetchFailure reason, URI uri, int httpStatus, byte[] body, String message, String hint,
            Throwable cause) {
        super(ErrorCode.FETCH_FAILED, message, hint, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.uri = Objects.requireNonNull(uri, "uri");
        this.httpStatus = httpStatus;
        this.body = body == null ? null : body.clone();
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
     * The response body that came with the failing status, when the fetcher kept it (see the
     * class documentation: the body of a {@code 410 Gone}, size-capped). Empty when there was no
     * body, it was not kept, or it was longer than the fetcher's cap.
     *
     * @return a copy of the body
     */
    public Optional<byte[]> body() {
        return body == null || body.length == 0 ? Optional.empty() : Optional.of(body.clone());
    }

    /**
     * @return whether the server answered 410 Gone, which Open Badges 2.0 hosted verification
     *     treats as a revoked assertion
     */
    public boolean isGone() {
        return httpStatus == 410;
    }
}
