package org.microcred.verify.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * The only door to the network. Everything Microcred reads from a URL (status lists, revocation
 * lists, did:web documents, JWKS, Open Badges 2.0 hosted assertions) goes through a
 * {@code DocumentFetcher} the caller chose. The default is {@link #none()}: nothing is fetched.
 *
 * <ul>
 *   <li>{@link #none()}: offline; every fetch fails with {@link FetchFailure#NETWORK_DISABLED}.
 *   <li>{@link #preloaded(Map)} / {@link PreloadedDocumentFetcher#builder()}: documents supplied up
 *       front, for air-gapped use and tests.
 *   <li>{@link HttpsDocumentFetcher#builder()}: opt-in HTTPS with an allow-list, private-address
 *       refusal, timeouts, a size cap, checked redirects and a TTL cache.
 *   <li>{@link #orElse(DocumentFetcher)}: preloaded first, then the network.
 * </ul>
 *
 * <p>Implementations must be thread-safe. The fragment of a URL is never part of the request.
 *
 * <h2>Time</h2>
 * A verifier bounds every verification in time ({@code Verifier.Builder#timeLimit}) and asks its
 * fetcher with {@link #fetch(URI, Duration)}, passing what is left of that limit. The default
 * implementation of that method cannot interrupt {@link #fetch(URI)}, so a custom fetcher that may
 * block (one that goes to the network) should override it; the fetchers here all honour it.
 */
@FunctionalInterface
public interface DocumentFetcher {

    /**
     * Fetches a document.
     *
     * @param uri an absolute URL; never null
     * @return the document (HTTP status 2xx)
     * @throws FetchException when it cannot be fetched; {@link FetchException#reason()} says why
     */
    FetchedDocument fetch(URI uri);

    /**
     * Fetches a document, taking at most about {@code timeout} (the verifier passes what is left
     * of its time limit). {@link HttpsDocumentFetcher} bounds each request by the smaller of its
     * own read timeout and what is left of {@code timeout}, and the fetch as a whole (redirects
     * included) by {@code timeout}; the preloaded and offline fetchers answer at once. This default
     * fails at once when no time is left and otherwise calls {@link #fetch(URI)}, which it cannot
     * interrupt: override it in a fetcher that may block.
     *
     * @param uri an absolute URL; never null
     * @param timeout the most time the fetch may take; zero or negative means none is left
     * @return the document (HTTP status 2xx)
     * @throws FetchException as {@link #fetch(URI)}, and {@link FetchFailure#TIMEOUT} when the
     *     time ran out
     * @throws NullPointerException if an argument is null
     */
    default FetchedDocument fetch(URI uri, Duration timeout) {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new FetchException(FetchFailure.TIMEOUT, uri, "not fetching " + uri + ": no time is left", null, null);
        }
        return fetch(uri);
    }

    /**
     * Convenience for {@link #fetch(URI)} with a string URL.
     *
     * @param url an absolute URL
     * @return the document
     * @throws FetchException as {@link #fetch(URI)}, or {@link FetchFailure#INVALID_URL}
     */
    default FetchedDocument fetch(String url) {
        return fetch(Urls.parse(url));
    }

    /**
     * Chains another fetcher: when this one fails with {@link FetchFailure#NOT_PRELOADED} or
     * {@link FetchFailure#NETWORK_DISABLED}, {@code next} is asked; any other failure of this one
     * is final. A timeout given to {@link #fetch(URI, Duration)} covers both: {@code next} gets
     * what this one left.
     *
     * @param next the fallback; never null
     * @return the chained fetcher
     */
    default DocumentFetcher orElse(DocumentFetcher next) {
        Objects.requireNonNull(next, "next");
        DocumentFetcher first = this;
        return new DocumentFetcher() {
            @Override
            public FetchedDocument fetch(URI uri) {
                try {
                    return first.fetch(uri);
                } catch (FetchException e) {
                    if (passesOn(e)) {
                        return next.fetch(uri);
                    }
                    throw e;
                }
            }

            @Override
            public FetchedDocument fetch(URI uri, Duration timeout) {
                long start = System.nanoTime();
                try {
                    return first.fetch(uri, timeout);
                } catch (FetchException e) {
                    if (passesOn(e)) {
                        return next.fetch(uri, timeout.minusNanos(System.nanoTime() - start));
                    }
                    throw e;
                }
            }

            private boolean passesOn(FetchException e) {
                return e.reason() == FetchFailure.NOT_PRELOADED || e.reason() == FetchFailure.NETWORK_DISABLED;
            }

            @Override
            public String toString() {
                return first + ".orElse(" + next + ")";
            }
        };
    }

    /**
     * The offline fetcher: every fetch fails with {@link FetchFailure#NETWORK_DISABLED} and a
     * message that says how to preload the document or opt in to HTTPS.
     *
     * @return the shared offline fetcher
     */
    static DocumentFetcher none() {
        return NoNetworkFetcher.INSTANCE;
    }

    /**
     * A fetcher serving the given documents only (copied); other URLs fail with
     * {@link FetchFailure#NOT_PRELOADED}. Keys are absolute URLs; their fragments are ignored.
     *
     * @param documents URL → bytes
     * @return the fetcher
     * @throws IllegalArgumentException when a key is not an absolute URL
     */
    static DocumentFetcher preloaded(Map<String, byte[]> documents) {
        PreloadedDocumentFetcher.Builder builder = PreloadedDocumentFetcher.builder();
        documents.forEach(builder::add);
        return builder.build();
    }
}
