package org.microcred.verify.fetch;

import java.net.URI;
import java.util.Objects;

/** The offline fetcher. */
enum NoNetworkFetcher implements DocumentFetcher {
    /** The one instance. */
    INSTANCE;

    @Override
    public FetchedDocument fetch(URI uri) {
        Objects.requireNonNull(uri, "uri");
        throw new FetchException(FetchFailure.NETWORK_DISABLED, uri,
                "not fetching " + uri + ": network access is off (DocumentFetcher.none(), the default)",
                "preload the document with PreloadedDocumentFetcher.builder().add(url, bytes), or opt in to"
                        + " the network with HttpsDocumentFetcher.builder()",
                null);
    }

    @Override
    public String toString() {
        return "DocumentFetcher.none()";
    }
}
