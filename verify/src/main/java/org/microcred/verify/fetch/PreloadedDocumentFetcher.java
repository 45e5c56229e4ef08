package org.microcred.verify.fetch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Serves documents supplied up front, for offline and air-gapped verification and for tests.
 * Lookup ignores the URL fragment and the case of scheme and host; everything else must match
 * exactly. Unknown URLs fail with {@link FetchFailure#NOT_PRELOADED}. An answer other than a
 * document can be preloaded too ({@link Builder#addStatus}): for example a {@code 410 Gone} with the
 * revoked Open Badges 2.0 assertion as its body, served as the {@link FetchException} an HTTPS
 * server's answer would be. Immutable and thread-safe.
 */
public final class PreloadedDocumentFetcher implements DocumentFetcher {

    private record Entry(int status, byte[] bytes, Optional<String> contentType) {
    }

    private final Map<URI, Entry> documents;

    private PreloadedDocumentFetcher(Map<URI, Entry> documents) {
        this.documents = Map.copyOf(documents);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the number of preloaded documents */
    public int size() {
        return documents.size();
    }

    /**
     * @param uri an absolute URL
     * @return the preloaded document, with status 200
     * @throws FetchException {@link FetchFailure#NOT_PRELOADED} for other URLs,
     *     {@link FetchFailure#INVALID_URL} for a relative URL, {@link FetchFailure#HTTP_STATUS}
     *     (with the status and body) for an answer added with {@link Builder#addStatus}
     */
    @Override
    public FetchedDocument fetch(URI uri) {
        Objects.requireNonNull(uri, "uri");
        URI key = Urls.requestKey(uri);
        Entry entry = documents.get(key);
        if (entry == null) {
            throw new FetchException(FetchFailure.NOT_PRELOADED, uri,
                    uri + " is not among the " + documents.size() + " preloaded document(s)",
                    "add it with PreloadedDocumentFetcher.builder().add(\"" + key + "\", bytes), or chain a"
                            + " network fetcher with orElse(HttpsDocumentFetcher.builder()...build())",
                    null);
        }
        if (entry.status() != 200) {
            throw new FetchException(FetchFailure.HTTP_STATUS, uri, entry.status(), entry.bytes(),
                    "HTTP " + entry.status() + " fetching " + uri + (entry.status() == 410 ? " (Gone)" : "")
                            + " (preloaded answer)", null, null);
        }
        return new FetchedDocument(uri, uri, 200, entry.contentType(), entry.bytes());
    }

    @Override
    public String toString() {
        return "PreloadedDocumentFetcher[" + documents.size() + " documents]";
    }

    /** Collects documents; a later {@code add} of the same URL replaces the earlier one. Not thread-safe. */
    public static final class Builder {

        private final Map<URI, Entry> documents = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * @param url absolute URL the document is served under
         * @param bytes the document (copied)
         * @return this builder
         * @throws IllegalArgumentException when {@code url} is not an absolute URL
         */
        public Builder add(String url, byte[] bytes) {
            return add(url, bytes, null);
        }

        /**
         * @param url absolute URL the document is served under
         * @param bytes the document (copied)
         * @param contentType its media type, or null when unknown
         * @return this builder
         * @throws IllegalArgumentException when {@code url} is not an absolute URL
         */
        public Builder add(String url, byte[] bytes, String contentType) {
            Objects.requireNonNull(bytes, "bytes");
            documents.put(key(url), new Entry(200, bytes.clone(), Optional.ofNullable(contentType)));
            return this;
        }

        /**
         * Serves an error answer under {@code url}: fetching it fails with a {@link FetchException}
         * of reason {@link FetchFailure#HTTP_STATUS}, carrying {@code status} and {@code body}
         * ({@link FetchException#body()}), as a server's answer would. A {@code 410} with the revoked
         * assertion as body is how an Open Badges 2.0 issuer may revoke a hosted badge.
         *
         * @param url absolute URL the answer is served under
         * @param status the HTTP status, 400 to 599
         * @param body the response body (copied; may be empty)
         * @return this builder
         * @throws IllegalArgumentException when {@code url} is not an absolute URL or the status is
         *     not between 400 and 599
         */
        public Builder addStatus(String url, int status, byte[] body) {
            Objects.requireNonNull(body, "body");
            if (status < 400 || status > 599) {
                throw new IllegalArgumentException("addStatus takes an error status (400 to 599), not " + status
                        + "; serve documents with add(url, bytes)");
            }
            documents.put(key(url), new Entry(status, body.clone(), Optional.empty()));
            return this;
        }

        private static URI key(String url) {
            Objects.requireNonNull(url, "url");
            try {
                return Urls.key(new URI(url));
            } catch (java.net.URISyntaxException e) {
                throw new IllegalArgumentException("not a valid URL: " + url, e);
            }
        }

        /**
         * Reads a file now and serves it under {@code url}.
         *
         * @param url absolute URL the document is served under
         * @param file the file to read
         * @param contentType its media type, or null when unknown
         * @return this builder
         * @throws UncheckedIOException when the file cannot be read
         * @throws IllegalArgumentException when {@code url} is not an absolute URL
         */
        public Builder addFile(String url, Path file, String contentType) {
            Objects.requireNonNull(file, "file");
            try {
                return add(url, Files.readAllBytes(file), contentType);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read preloaded document " + file, e);
            }
        }

        /** @return the fetcher */
        public PreloadedDocumentFetcher build() {
            return new PreloadedDocumentFetcher(documents);
        }
    }
}
