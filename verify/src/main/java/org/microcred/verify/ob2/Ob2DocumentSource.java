package org.microcred.verify.ob2;

import java.net.URI;
import java.util.Objects;

/**
 * Where an {@link Ob2Verifier} reads remote documents (hosted assertions, BadgeClasses, issuer
 * Profiles, keys, revocation lists) from. Implementations must be thread-safe. A document that
 * cannot be had is an exception whose message says why (it goes into the report as is); an HTTP
 * status other than 2xx may either be thrown or returned as {@link Document#statusCode()} —
 * {@code 410} marks a revoked hosted assertion.
 */
@FunctionalInterface
public interface Ob2DocumentSource {

    /**
     * @param uri an absolute {@code http(s)} URL, without fragment; never null
     * @return the document
     * @throws RuntimeException when it cannot be fetched
     */
    Document fetch(URI uri);

    /** @return a source that fetches nothing: every request fails, naming the URL */
    static Ob2DocumentSource none() {
        return uri -> {
            throw new IllegalStateException("network access is off: " + uri + " was not fetched"
                    + " (give the verifier a document source that serves it)");
        };
    }

    /**
     * A fetched document.
     *
     * @param finalUri the URL the body came from, after redirects
     * @param statusCode the HTTP status (200 for preloaded documents)
     * @param body the body bytes
     */
    record Document(URI finalUri, int statusCode, byte[] body) {
        /**
         * Checks the components.
         *
         * @param finalUri the {@code finalUri} component, as described on the record
         * @param statusCode the {@code statusCode} component, as described on the record
         * @param body the {@code body} component, as described on the record
         * @throws NullPointerException if a component is null
         */
        public Document {
            Objects.requireNonNull(finalUri, "finalUri");
            Objects.requireNonNull(body, "body");
            body = body.clone();
        }

        /** @return a copy of the body */
        @Override
        public byte[] body() {
            return body.clone();
        }
    }
}
