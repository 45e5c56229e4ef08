package org.microcred.verify.ob2;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.microcred.core.MicrocredException;
import org.microcred.core.json.Json;
import org.microcred.verify.fetch.DocumentFetcher;
import org.microcred.verify.fetch.FetchException;
import org.microcred.verify.fetch.FetchedDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches the JSON documents of one verification through the caller's {@link DocumentFetcher}, at
 * most once per URL. Only {@code http(s)} IRIs are fetched. An HTTP status is taken from a
 * {@link FetchException} ({@code 410 Gone} marks a revoked hosted assertion; the body the exception
 * carries, {@link FetchException#body()}, is read as JSON for its {@code revocationReason}) or from a
 * fetched document a custom fetcher returned with a non-2xx status. Not thread-safe (one per
 * verification).
 */
final class Remote {

    private static final Logger LOG = LoggerFactory.getLogger(Remote.class);

    /**
     * A fetch outcome: the JSON object, or the HTTP status and a problem.
     *
     * @param iri the IRI asked for
     * @param status the HTTP status when known (410 marks a revoked hosted assertion), else -1
     * @param json the body as a JSON object, when it is one
     * @param problem why there is no usable document, or null
     */
    record Fetched(String iri, int status, Optional<JsonNode> json, String problem) {
        boolean ok() {
            return problem == null;
        }

        boolean gone() {
            return status == 410;
        }
    }

    private final DocumentFetcher fetcher;
    private final Map<String, Fetched> cache = new HashMap<>();

    Remote(DocumentFetcher fetcher) {
        this.fetcher = fetcher;
    }

    Fetched get(String iri) {
        return cache.computeIfAbsent(iri, this::load);
    }

    private Fetched load(String iri) {
        Optional<URI> uri = Nodes.httpUri(iri);
        if (uri.isEmpty()) {
            return new Fetched(iri, -1, Optional.empty(), "'" + Nodes.brief(iri) + "' is not an http(s) URL, so it cannot be fetched");
        }
        URI target = withoutFragment(uri.get());
        FetchedDocument doc;
        try {
            doc = fetcher.fetch(target);
        } catch (FetchException e) {
            LOG.debug("fetch of {} failed: {} ({})", target, e.reason(), e.getMessage());
            int status = e.httpStatus().orElse(-1);
            // A 410 may carry the revoked assertion (with its revocationReason) as its body.
            Optional<JsonNode> body = e.body().flatMap(Remote::parseObject);
            return new Fetched(iri, status, body, e.getMessage());
        } catch (RuntimeException e) {
            // A custom fetcher that fails in its own way: report it, never let it escape.
            LOG.debug("fetch of {} failed", target, e);
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Fetched(iri, -1, Optional.empty(), "fetching " + target + " failed: " + message);
        }
        if (doc == null) {
            return new Fetched(iri, -1, Optional.empty(), "the document fetcher returned nothing for " + target);
        }
        int status = doc.statusCode();
        Optional<JsonNode> json = parseObject(doc.bytes());
        if (status < 200 || status > 299) {
            return new Fetched(iri, status, json, target + " answered HTTP " + status);
        }
        if (json.isEmpty()) {
            return new Fetched(iri, status, json, "the document at " + target + " is not a JSON object");
        }
        LOG.debug("fetched {} ({} bytes)", target, doc.size());
        return new Fetched(iri, status, json, null);
    }

    private static Optional<JsonNode> parseObject(byte[] body) {
        if (body.length == 0) {
            return Optional.empty();
        }
        try {
            JsonNode node = Json.standard().parse(body);
            return node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (MicrocredException e) {
            return Optional.empty();
        }
    }

    private static URI withoutFragment(URI uri) {
        if (uri.getRawFragment() == null) {
            return uri;
        }
        String s = uri.toString();
        return URI.create(s.substring(0, s.indexOf('#')));
    }
}
