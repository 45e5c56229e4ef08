package org.microcred.verify.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcred.core.ErrorCode;

class DocumentFetcherTest {

    private static final byte[] LIST = "{\"id\":\"https://example.com/status/3\"}".getBytes(StandardCharsets.UTF_8);

    static void contains(String actual, String... parts) {
        for (String part : parts) {
            assertTrue(actual.contains(part), "expected <" + part + "> in: " + actual);
        }
    }

    @Test
    void noneRefusesEverythingAndSaysHowToPreloadOrOptIn() {
        FetchException e = assertThrows(FetchException.class,
                () -> DocumentFetcher.none().fetch("https://example.com/status/3"));
        assertEquals(FetchFailure.NETWORK_DISABLED, e.reason());
        assertEquals(ErrorCode.FETCH_FAILED, e.code());
        assertEquals(URI.create("https://example.com/status/3"), e.uri());
        contains(e.getMessage(), "https://example.com/status/3", "network access is off");
        contains(e.hint().orElseThrow(), "PreloadedDocumentFetcher.builder().add", "HttpsDocumentFetcher.builder()");
        assertTrue(e.httpStatus().isEmpty());
    }

    @Test
    void preloadedServesItsDocumentsIgnoringFragmentAndHostCase() {
        DocumentFetcher fetcher = DocumentFetcher.preloaded(Map.of("https://example.com/status/3", LIST));
        FetchedDocument doc = fetcher.fetch("https://EXAMPLE.com/status/3#list");
        assertArrayEquals(LIST, doc.bytes());
        assertEquals(200, doc.statusCode());
        assertEquals(Optional.empty(), doc.contentType());
        assertEquals(URI.create("https://EXAMPLE.com/status/3#list"), doc.requestedUri());
        contains(doc.text(), "status/3");
    }

    @Test
    void preloadedMissSaysWhatIsMissingAndHowToAddIt() {
        DocumentFetcher fetcher = PreloadedDocumentFetcher.builder()
                .add("https://example.com/status/3", LIST, "application/vc+ld+json").build();
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch("https://example.com/status/4"));
        assertEquals(FetchFailure.NOT_PRELOADED, e.reason());
        contains(e.getMessage(), "https://example.com/status/4 is not among the 1 preloaded document(s)");
        contains(e.hint().orElseThrow(), "add(\"https://example.com/status/4\"", "orElse(");
        assertEquals(Optional.of("application/vc+ld+json"),
                fetcher.fetch("https://example.com/status/3").mediaType());
    }

    @Test
    void preloadedDocumentsAreCopies() {
        byte[] bytes = LIST.clone();
        DocumentFetcher fetcher = PreloadedDocumentFetcher.builder().add("https://example.com/a", bytes).build();
        bytes[0] = 'X';
        byte[] served = fetcher.fetch("https://example.com/a").bytes();
        assertEquals('{', served[0]);
        served[1] = 'Y';
        assertEquals('"', fetcher.fetch("https://example.com/a").bytes()[1]);
    }

    @Test
    void filesCanBePreloaded(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("list.json");
        Files.write(file, LIST);
        DocumentFetcher fetcher = PreloadedDocumentFetcher.builder()
                .addFile("https://example.com/list", file, "application/json").build();
        assertArrayEquals(LIST, fetcher.fetch("https://example.com/list").bytes());
        assertThrows(java.io.UncheckedIOException.class,
                () -> PreloadedDocumentFetcher.builder().addFile("https://example.com/x", dir.resolve("missing"), null));
        assertThrows(IllegalArgumentException.class, () -> PreloadedDocumentFetcher.builder().add("relative/path", LIST));
    }

    @Test
    void chainFallsThroughOnlyWhenNotPreloadedOrNetworkDisabled() {
        AtomicInteger calls = new AtomicInteger();
        DocumentFetcher network = uri -> {
            calls.incrementAndGet();
            return new FetchedDocument(uri, uri, 200, Optional.of("application/json"), new byte[] {'1'});
        };
        DocumentFetcher chain = PreloadedDocumentFetcher.builder().add("https://example.com/a", LIST).build()
                .orElse(network);
        assertArrayEquals(LIST, chain.fetch("https://example.com/a").bytes());
        assertEquals(0, calls.get());
        assertArrayEquals(new byte[] {'1'}, chain.fetch("https://example.com/b").bytes());
        assertEquals(1, calls.get());

        DocumentFetcher offline = PreloadedDocumentFetcher.builder().build().orElse(DocumentFetcher.none());
        assertEquals(FetchFailure.NETWORK_DISABLED,
                assertThrows(FetchException.class, () -> offline.fetch("https://example.com/b")).reason());

        FetchException refused = new FetchException(FetchFailure.HOST_NOT_ALLOWED, URI.create("https://evil.example/"),
                "refused", null, null);
        DocumentFetcher strict = ((DocumentFetcher) uri -> {
            throw refused;
        }).orElse(network);
        assertSame(refused, assertThrows(FetchException.class, () -> strict.fetch("https://evil.example/")));
        assertEquals(1, calls.get());
    }

    @Test
    void preloadedErrorAnswersCarryTheirStatusAndBody() {
        byte[] revoked = "{\"revoked\":true,\"revocationReason\":\"Awarded in error\"}".getBytes(StandardCharsets.UTF_8);
        DocumentFetcher fetcher = PreloadedDocumentFetcher.builder()
                .addStatus("https://example.com/assertions/1", 410, revoked)
                .addStatus("https://example.com/assertions/2", 404, new byte[0]).build();
        FetchException gone = assertThrows(FetchException.class, () -> fetcher.fetch("https://example.com/assertions/1"));
        assertEquals(FetchFailure.HTTP_STATUS, gone.reason());
        assertTrue(gone.isGone());
        assertArrayEquals(revoked, gone.body().orElseThrow());
        contains(gone.getMessage(), "HTTP 410", "(Gone)", "https://example.com/assertions/1");
        FetchException missing = assertThrows(FetchException.class, () -> fetcher.fetch("https://example.com/assertions/2"));
        assertEquals(404, missing.httpStatus().orElseThrow());
        assertTrue(missing.body().isEmpty());
        assertThrows(IllegalArgumentException.class,
                () -> PreloadedDocumentFetcher.builder().addStatus("https://example.com/a", 200, revoked));
        assertThrows(IllegalArgumentException.class,
                () -> PreloadedDocumentFetcher.builder().addStatus("https://example.com/a", 302, revoked));
    }

    @Test
    void timeoutsPassThroughChainsAndNoTimeLeftFailsAtOnce() {
        java.util.List<java.time.Duration> seen = new java.util.ArrayList<>();
        DocumentFetcher network = new DocumentFetcher() {
            @Override
            public FetchedDocument fetch(URI uri) {
                throw new AssertionError("the timeout must be passed on");
            }

            @Override
            public FetchedDocument fetch(URI uri, java.time.Duration timeout) {
                seen.add(timeout);
                return new FetchedDocument(uri, uri, 200, Optional.empty(), new byte[] {'1'});
            }
        };
        DocumentFetcher chain = PreloadedDocumentFetcher.builder().add("https://example.com/a", LIST).build().orElse(network);
        assertArrayEquals(LIST, chain.fetch(URI.create("https://example.com/a"), java.time.Duration.ofSeconds(3)).bytes());
        assertArrayEquals(new byte[] {'1'}, chain.fetch(URI.create("https://example.com/b"), java.time.Duration.ofSeconds(3)).bytes());
        assertEquals(1, seen.size());
        assertTrue(seen.get(0).compareTo(java.time.Duration.ofSeconds(3)) <= 0 && !seen.get(0).isNegative(), seen::toString);
        FetchException none = assertThrows(FetchException.class,
                () -> DocumentFetcher.preloaded(Map.of("https://example.com/a", LIST))
                        .fetch(URI.create("https://example.com/a"), java.time.Duration.ZERO));
        assertEquals(FetchFailure.TIMEOUT, none.reason());
        contains(none.getMessage(), "no time is left");
    }

    @Test
    void invalidUrlsAreReported() {
        FetchException e = assertThrows(FetchException.class, () -> DocumentFetcher.none().fetch("https://exa mple.com/"));
        assertEquals(FetchFailure.INVALID_URL, e.reason());
        contains(e.getMessage(), "not a valid URL");
        FetchException relative = assertThrows(FetchException.class,
                () -> PreloadedDocumentFetcher.builder().build().fetch(URI.create("status/3")));
        assertEquals(FetchFailure.INVALID_URL, relative.reason());
    }
}
