package org.microcred.verify.fetch;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * A fetched (or preloaded) document: its bytes, media type, the URL it was finally read from
 * after redirects, and the HTTP status (always 2xx: other statuses are a {@link FetchException}
 * with {@link FetchFailure#HTTP_STATUS}; preloaded documents report 200). Immutable and thread-safe.
 */
public final class FetchedDocument {

    private final URI requestedUri;
    private final URI finalUri;
    private final int statusCode;
    private final Optional<String> contentType;
    private final byte[] bytes;

    /**
     * @param requestedUri the URL asked for
     * @param finalUri the URL the bytes came from (equal to {@code requestedUri} without redirects)
     * @param statusCode the HTTP status
     * @param contentType the {@code Content-Type}, if known; parameters such as charset kept
     * @param bytes the body; copied
     */
    public FetchedDocument(URI requestedUri, URI finalUri, int statusCode, Optional<String> contentType, byte[] bytes) {
        this.requestedUri = Objects.requireNonNull(requestedUri, "requestedUri");
        this.finalUri = Objects.requireNonNull(finalUri, "finalUri");
        this.statusCode = statusCode;
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.bytes = Objects.requireNonNull(bytes, "bytes").clone();
    }

    /** @return the URL asked for */
    public URI requestedUri() {
        return requestedUri;
    }

    /** @return the URL the bytes came from, after redirects */
    public URI finalUri() {
        return finalUri;
    }

    /** @return the HTTP status code (200 for preloaded documents) */
    public int statusCode() {
        return statusCode;
    }

    /** @return the {@code Content-Type} header value, if any */
    public Optional<String> contentType() {
        return contentType;
    }

    /** @return the media type without parameters, lower-cased (e.g. {@code application/ld+json}) */
    public Optional<String> mediaType() {
        return contentType.map(c -> {
            int semicolon = c.indexOf(';');
            return (semicolon < 0 ? c : c.substring(0, semicolon)).trim().toLowerCase(java.util.Locale.ROOT);
        });
    }

    /** @return a copy of the body */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** @return a stream over the body */
    public InputStream openStream() {
        return new ByteArrayInputStream(bytes);
    }

    /** @return the body decoded as UTF-8 (malformed sequences replaced) */
    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** @return the body length in bytes */
    public int size() {
        return bytes.length;
    }

    @Override
    public String toString() {
        return "FetchedDocument[" + finalUri + ", " + statusCode + ", " + contentType.orElse("?") + ", "
                + bytes.length + " bytes]";
    }
}
