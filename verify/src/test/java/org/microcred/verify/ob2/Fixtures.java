package org.microcred.verify.ob2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.microcred.core.json.Json;
import org.microcred.verify.fetch.DocumentFetcher;
import org.microcred.verify.fetch.FetchException;
import org.microcred.verify.fetch.FetchFailure;
import org.microcred.verify.fetch.FetchedDocument;

/** Test fixtures: JSON under src/test/resources/ob2 and an in-memory document source. */
final class Fixtures {

    static final String ISSUER = "https://issuer.example.org/profile";
    static final String BADGE = "https://issuer.example.org/badges/3d-printing";
    static final String ASSERTION = "https://issuer.example.org/assertions/123";
    static final String KEY = "https://issuer.example.org/keys/1";
    static final String REVOCATIONS = "https://issuer.example.org/revocations";
    static final Clock NOW = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);

    private Fixtures() {
    }

    static ObjectNode json(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/ob2/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource ob2/" + resource);
            }
            return (ObjectNode) Json.standard().parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(JsonNode node) {
        return Json.standard().write(node);
    }

    /**
     * A mutable map of served documents, each with an HTTP status and a body. Answers other than
     * 2xx are thrown as {@link FetchException} with the status (as {@code HttpsDocumentFetcher}
     * does), except those added with {@link #putReturned}, which come back as a fetched document
     * with that status (as a custom fetcher may do, keeping a 410 body).
     */
    static final class Documents implements DocumentFetcher {
        private record Answer(int status, byte[] body, boolean returned) {
        }

        private final Map<String, Answer> answers = new ConcurrentHashMap<>();

        Documents put(String url, JsonNode json) {
            return put(url, 200, text(json));
        }

        Documents put(String url, int status, String body) {
            answers.put(url, new Answer(status, body.getBytes(StandardCharsets.UTF_8), false));
            return this;
        }

        Documents putReturned(String url, int status, String body) {
            answers.put(url, new Answer(status, body.getBytes(StandardCharsets.UTF_8), true));
            return this;
        }

        Documents remove(String url) {
            answers.remove(url);
            return this;
        }

        @Override
        public FetchedDocument fetch(URI uri) {
            Answer a = answers.get(uri.toString());
            if (a == null) {
                throw new FetchException(FetchFailure.NOT_PRELOADED, uri, uri + " is not among the test documents", null, null);
            }
            if ((a.status() < 200 || a.status() > 299) && !a.returned()) {
                throw new FetchException(FetchFailure.HTTP_STATUS, uri, a.status(), uri + " answered HTTP " + a.status(), null, null);
            }
            return new FetchedDocument(uri, uri, a.status(), Optional.of("application/ld+json"), a.body());
        }
    }

    /** Documents of a complete hosted badge: assertion, BadgeClass and issuer. */
    static Documents hosted() {
        return new Documents()
                .put(ASSERTION, json("hosted/assertion.json"))
                .put(BADGE, json("hosted/badgeclass.json"))
                .put(ISSUER, json("hosted/issuer.json"));
    }
}
