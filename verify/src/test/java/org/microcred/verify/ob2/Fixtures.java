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
import java.util.HashMap;
import java.util.Map;
import org.microcred.core.json.Json;

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

    /** A mutable map of served documents; each answer has a status and a body. Thread-safe enough for tests. */
    static final class Documents implements Ob2DocumentSource {
        private record Answer(int status, byte[] body) {
        }

        private final Map<String, Answer> answers = new HashMap<>();

        Documents put(String url, JsonNode json) {
            return put(url, 200, text(json));
        }

        Documents put(String url, int status, String body) {
            answers.put(url, new Answer(status, body.getBytes(StandardCharsets.UTF_8)));
            return this;
        }

        Documents remove(String url) {
            answers.remove(url);
            return this;
        }

        @Override
        public Document fetch(URI uri) {
            Answer a = answers.get(uri.toString());
            if (a == null) {
                throw new IllegalStateException(uri + " is not among the test documents");
            }
            return new Document(uri, a.status(), a.body());
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
