package org.microcred.verify.fetch;

/**
 * Why a document could not be fetched. Stable: verifiers branch on it, for example to report a
 * status-list fetch failure as a warning and an HTTP 410 on an Open Badges 2.0 hosted assertion as
 * a revocation.
 */
public enum FetchFailure {
    /** The fetcher is {@link DocumentFetcher#none()}: network access is off. */
    NETWORK_DISABLED,
    /** The URL is not among the preloaded documents (and nothing is chained after them). */
    NOT_PRELOADED,
    /** The URL is not absolute, has user info, or has no host. */
    INVALID_URL,
    /** The scheme is not allowed ({@code https} only, {@code http} when explicitly allowed). */
    SCHEME_NOT_ALLOWED,
    /** The host is not in the allow-list. */
    HOST_NOT_ALLOWED,
    /** The host resolves to a loopback, private, link-local, multicast or reserved address. */
    ADDRESS_NOT_ALLOWED,
    /** The host name could not be resolved. */
    DNS_FAILED,
    /** Connecting or reading took longer than the configured timeout. */
    TIMEOUT,
    /** The response body exceeds the size cap. */
    TOO_LARGE,
    /** The server answered with a status other than 2xx (after redirects). */
    HTTP_STATUS,
    /** More redirects than allowed, or a redirect loop. */
    TOO_MANY_REDIRECTS,
    /** A redirect without a usable {@code Location}. */
    BAD_REDIRECT,
    /** Any other I/O failure (connection refused, TLS failure, interrupted). */
    IO_ERROR
}
