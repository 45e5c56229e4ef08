package org.microcred.verify.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcred.verify.fetch.DocumentFetcherTest.contains;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every test talks to a server on 127.0.0.1 or fails before connecting. */
class HttpsDocumentFetcherTest {

    private static final byte[] JSON = "{\"revokedCredential\":[]}".getBytes(StandardCharsets.UTF_8);

    private LoopbackHttpServer server;
    private final CountDownLatch release = new CountDownLatch(1);
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final AtomicReference<String> lastAccept = new AtomicReference<>();
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackHttpServer();
        route("/doc", (req, ex) -> {
            lastAccept.set(req.header("Accept"));
            ex.respond(200, Map.of("Content-Type", "application/ld+json"), JSON, true);
        });
        route("/big", (req, ex) -> ex.respond(200, Map.of("Content-Type", "application/json"), new byte[2000], true));
        route("/big-chunked", (req, ex) -> ex.respond(200, Map.of("Content-Type", "application/json"), new byte[50_000], false));
        route("/gone", (req, ex) -> ex.respond(410, Map.of("Content-Type", "text/plain"),
                "gone".getBytes(StandardCharsets.UTF_8), true));
        route("/gone-big", (req, ex) -> ex.respond(410, Map.of("Content-Type", "application/json"),
                new byte[HttpsDocumentFetcher.MAX_GONE_BODY_BYTES + 1], true));
        route("/gone-big-chunked", (req, ex) -> ex.respond(410, Map.of("Content-Type", "application/json"),
                new byte[HttpsDocumentFetcher.MAX_GONE_BODY_BYTES + 1], false));
        route("/missing", (req, ex) -> ex.respond(404, Map.of("Content-Type", "text/plain"),
                "no such page".getBytes(StandardCharsets.UTF_8), true));
        route("/slow", (req, ex) -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.respond(200, Map.of("Content-Type", "application/json"), JSON, true);
        });
        route("/hop", (req, ex) -> redirect(ex, 302, "/doc"));
        route("/loop", (req, ex) -> redirect(ex, 307, "/loop"));
        route("/to-localhost", (req, ex) -> redirect(ex, 301, "http://localhost:" + server.port() + "/doc"));
        route("/to-ftp", (req, ex) -> redirect(ex, 302, "ftp://127.0.0.1/doc"));
        route("/no-location", (req, ex) -> ex.respond(302, Map.of(), new byte[0], true));
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterEach
    void stop() throws IOException {
        release.countDown();
        server.close();
    }

    private void route(String path, LoopbackHttpServer.Handler handler) {
        server.route(path, (req, ex) -> {
            hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
            handler.handle(req, ex);
        });
    }

    private static void redirect(LoopbackHttpServer.Exchange ex, int status, String location) throws IOException {
        ex.respond(status, Map.of("Location", location), new byte[0], true);
    }

    private int hits(String path) {
        return hits.getOrDefault(path, new AtomicInteger()).get();
    }

    /** Loopback over plain http, as tests need it. */
    private HttpsDocumentFetcher.Builder local() {
        return HttpsDocumentFetcher.builder().allowHost("127.0.0.1").allowHttp().allowLoopback()
                .readTimeout(Duration.ofSeconds(5)).connectTimeout(Duration.ofSeconds(2));
    }

    @Test
    void fetchesFromAnAllowedServerWithJsonLdAcceptHeaders() {
        FetchedDocument doc = local().build().fetch(base + "/doc");
        assertArrayEquals(JSON, doc.bytes());
        assertEquals(200, doc.statusCode());
        assertEquals("application/ld+json", doc.mediaType().orElseThrow());
        assertEquals(URI.create(base + "/doc"), doc.finalUri());
        contains(lastAccept.get(), "application/ld+json", "application/json", "application/jwt");
    }

    @Test
    void plainHttpIsRefusedByDefault() {
        FetchException e = assertThrows(FetchException.class,
                () -> HttpsDocumentFetcher.builder().allowAnyHost().build().fetch(base + "/doc"));
        assertEquals(FetchFailure.SCHEME_NOT_ALLOWED, e.reason());
        contains(e.getMessage(), "only https URLs are fetched");
        contains(e.hint().orElseThrow(), "allowHttp()");
        assertEquals(0, hits("/doc"));
    }

    @Test
    void loopbackIsRefusedByDefault() {
        FetchException e = assertThrows(FetchException.class,
                () -> HttpsDocumentFetcher.builder().allowAnyHost().allowHttp().build().fetch(base + "/doc"));
        assertEquals(FetchFailure.ADDRESS_NOT_ALLOWED, e.reason());
        contains(e.getMessage(), "host 127.0.0.1 resolves to 127.0.0.1, a loopback address");
        contains(e.hint().orElseThrow(), "allowLoopback()");
        FetchException v6 = assertThrows(FetchException.class,
                () -> HttpsDocumentFetcher.builder().allowAnyHost().build().fetch("https://[::1]:1/doc"));
        assertEquals(FetchFailure.ADDRESS_NOT_ALLOWED, v6.reason());
        assertEquals(0, hits("/doc"));
    }

    @Test
    void hostsOutsideTheAllowListAreRefused() {
        FetchException e = assertThrows(FetchException.class,
                () -> HttpsDocumentFetcher.builder().allowHost("issuer.example", "*.example.edu").allowHttp().allowLoopback()
                        .build().fetch(base + "/doc"));
        assertEquals(FetchFailure.HOST_NOT_ALLOWED, e.reason());
        contains(e.getMessage(), "host 127.0.0.1 is not in the allow-list [*.example.edu, issuer.example]");
        assertThrows(IllegalStateException.class, () -> HttpsDocumentFetcher.builder().build());
        assertThrows(IllegalArgumentException.class, () -> HttpsDocumentFetcher.builder().allowHost("a.*.edu"));
    }

    @Test
    void suffixPatternsMatchSubdomainsAndResolvedAddressesAreChecked() {
        HttpsDocumentFetcher fetcher = HttpsDocumentFetcher.builder().allowHost("*.example.edu")
                .resolver(host -> new InetAddress[] {InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.7")})
                .build();
        FetchException priv = assertThrows(FetchException.class, () -> fetcher.fetch("https://lms.Example.edu/list"));
        assertEquals(FetchFailure.ADDRESS_NOT_ALLOWED, priv.reason());
        contains(priv.getMessage(), "resolves to 10.0.0.7, a private address");
        contains(priv.hint().orElseThrow(), "allowPrivateAddresses()");
        assertEquals(FetchFailure.HOST_NOT_ALLOWED,
                assertThrows(FetchException.class, () -> fetcher.fetch("https://example.edu/list")).reason());
        assertEquals(FetchFailure.HOST_NOT_ALLOWED,
                assertThrows(FetchException.class, () -> fetcher.fetch("https://evilexample.edu/list")).reason());

        HttpsDocumentFetcher metadata = HttpsDocumentFetcher.builder().allowAnyHost()
                .resolver(host -> new InetAddress[] {InetAddress.getByName("::ffff:169.254.169.254")}).build();
        FetchException link = assertThrows(FetchException.class, () -> metadata.fetch("https://rebind.example/x"));
        contains(link.getMessage(), "a link-local address");

        HttpsDocumentFetcher multicast = HttpsDocumentFetcher.builder().allowAnyHost().allowPrivateAddresses().allowLoopback()
                .resolver(host -> new InetAddress[] {InetAddress.getByName("224.0.0.1")}).build();
        FetchException never = assertThrows(FetchException.class, () -> multicast.fetch("https://m.example/x"));
        contains(never.hint().orElseThrow(), "never fetched");
    }

    @Test
    void unresolvableHostsAndUserInfoAreReported() {
        HttpsDocumentFetcher fetcher = HttpsDocumentFetcher.builder().allowAnyHost().resolver(host -> {
            throw new UnknownHostException(host);
        }).build();
        FetchException dns = assertThrows(FetchException.class, () -> fetcher.fetch("https://nowhere.invalid/x"));
        assertEquals(FetchFailure.DNS_FAILED, dns.reason());
        contains(dns.getMessage(), "cannot resolve host nowhere.invalid");
        FetchException userInfo = assertThrows(FetchException.class, () -> fetcher.fetch("https://user:pw@example.com/x"));
        assertEquals(FetchFailure.INVALID_URL, userInfo.reason());
        assertTrue(!userInfo.getMessage().contains("pw"), userInfo.getMessage());
    }

    @Test
    void bodiesOverTheCapAreRefused() {
        HttpsDocumentFetcher fetcher = local().maxBytes(1000).build();
        FetchException declared = assertThrows(FetchException.class, () -> fetcher.fetch(base + "/big"));
        assertEquals(FetchFailure.TOO_LARGE, declared.reason());
        contains(declared.getMessage(), "larger than 1000 bytes", "Content-Length 2000");
        FetchException streamed = assertThrows(FetchException.class, () -> fetcher.fetch(base + "/big-chunked"));
        assertEquals(FetchFailure.TOO_LARGE, streamed.reason());
        contains(streamed.getMessage(), "larger than 1000 bytes");
        assertEquals(2000, local().maxBytes(2000).build().fetch(base + "/big").size());
    }

    @Test
    void slowServersTimeOut() {
        FetchException e = assertThrows(FetchException.class,
                () -> local().readTimeout(Duration.ofMillis(300)).build().fetch(base + "/slow"));
        assertEquals(FetchFailure.TIMEOUT, e.reason());
        contains(e.getMessage(), "within 300 ms");
    }

    @Test
    void goneIsSurfacedWithItsStatusAndBody() {
        FetchException e = assertThrows(FetchException.class, () -> local().build().fetch(base + "/gone"));
        assertEquals(FetchFailure.HTTP_STATUS, e.reason());
        assertEquals(410, e.httpStatus().orElseThrow());
        assertTrue(e.isGone());
        contains(e.getMessage(), "HTTP 410", "(Gone)");
        assertArrayEquals("gone".getBytes(StandardCharsets.UTF_8), e.body().orElseThrow());
        // the body is a copy
        e.body().orElseThrow()[0] = 'X';
        assertEquals('g', e.body().orElseThrow()[0]);
    }

    @Test
    void goneBodiesOverTheCapAreDroppedNotTruncatedAndOtherErrorBodiesAreNotKept() {
        for (String path : new String[] {"/gone-big", "/gone-big-chunked"}) {
            FetchException e = assertThrows(FetchException.class, () -> local().build().fetch(base + path));
            assertTrue(e.isGone(), path);
            assertEquals(FetchFailure.HTTP_STATUS, e.reason(), path);
            assertTrue(e.body().isEmpty(), path);
        }
        // a smaller maxBytes is the cap for 410 bodies too
        FetchException capped = assertThrows(FetchException.class, () -> local().maxBytes(3).build().fetch(base + "/gone"));
        assertTrue(capped.isGone());
        assertTrue(capped.body().isEmpty());
        FetchException notFound = assertThrows(FetchException.class, () -> local().build().fetch(base + "/missing"));
        assertEquals(404, notFound.httpStatus().orElseThrow());
        assertTrue(notFound.body().isEmpty());
    }

    @Test
    void aCallersTimeoutBoundsTheFetchBelowTheReadTimeout() {
        HttpsDocumentFetcher fetcher = local().readTimeout(Duration.ofSeconds(5)).build();
        FetchException e = assertThrows(FetchException.class,
                () -> fetcher.fetch(URI.create(base + "/slow"), Duration.ofMillis(200)));
        assertEquals(FetchFailure.TIMEOUT, e.reason());
        contains(e.getMessage(), "within 200 ms");
        FetchException none = assertThrows(FetchException.class,
                () -> fetcher.fetch(URI.create(base + "/doc"), Duration.ZERO));
        assertEquals(FetchFailure.TIMEOUT, none.reason());
        assertEquals(0, hits("/doc"));
        assertArrayEquals(JSON, fetcher.fetch(URI.create(base + "/doc"), Duration.ofSeconds(5)).bytes());
    }

    @Test
    void redirectsWithinTheRulesAreFollowed() {
        FetchedDocument doc = local().build().fetch(base + "/hop");
        assertEquals(URI.create(base + "/doc"), doc.finalUri());
        assertEquals(URI.create(base + "/hop"), doc.requestedUri());
        assertArrayEquals(JSON, doc.bytes());
    }

    @Test
    void redirectsToADisallowedHostAreRefused() {
        FetchException e = assertThrows(FetchException.class, () -> local().build().fetch(base + "/to-localhost"));
        assertEquals(FetchFailure.HOST_NOT_ALLOWED, e.reason());
        contains(e.getMessage(), "host localhost is not in the allow-list", "redirected from " + base + "/to-localhost");
        assertEquals(0, hits("/doc"));
        FetchException scheme = assertThrows(FetchException.class, () -> local().build().fetch(base + "/to-ftp"));
        assertEquals(FetchFailure.SCHEME_NOT_ALLOWED, scheme.reason());
        FetchException missing = assertThrows(FetchException.class, () -> local().build().fetch(base + "/no-location"));
        assertEquals(FetchFailure.BAD_REDIRECT, missing.reason());
    }

    @Test
    void redirectLoopsAreBounded() {
        FetchException e = assertThrows(FetchException.class, () -> local().build().fetch(base + "/loop"));
        assertEquals(FetchFailure.TOO_MANY_REDIRECTS, e.reason());
        contains(e.getMessage(), "more than 5 redirects");
        assertEquals(6, hits("/loop"));
        assertEquals(FetchFailure.TOO_MANY_REDIRECTS,
                assertThrows(FetchException.class, () -> local().maxRedirects(0).build().fetch(base + "/hop")).reason());
    }

    @Test
    void successfulFetchesAreCachedUntilTheTtlExpires() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        HttpsDocumentFetcher fetcher = local().clock(clock).cacheTtl(Duration.ofMinutes(5)).build();
        fetcher.fetch(base + "/doc");
        FetchedDocument again = fetcher.fetch(base + "/doc#fragment");
        assertEquals(1, hits("/doc"));
        assertEquals(URI.create(base + "/doc#fragment"), again.requestedUri());
        clock.advance(Duration.ofMinutes(4).plusSeconds(59));
        fetcher.fetch(base + "/doc");
        assertEquals(1, hits("/doc"));
        clock.advance(Duration.ofSeconds(1));
        fetcher.fetch(base + "/doc");
        assertEquals(2, hits("/doc"));

        assertThrows(FetchException.class, () -> fetcher.fetch(base + "/gone"));
        assertThrows(FetchException.class, () -> fetcher.fetch(base + "/gone"));
        assertEquals(2, hits("/gone"), "failures are not cached");

        HttpsDocumentFetcher uncached = local().cacheTtl(Duration.ZERO).build();
        uncached.fetch(base + "/doc");
        uncached.fetch(base + "/doc");
        assertEquals(4, hits("/doc"));
    }

    @Test
    void chainedAfterPreloadedDocuments() {
        DocumentFetcher fetcher = PreloadedDocumentFetcher.builder().add(base + "/preloaded", new byte[] {'p'}).build()
                .orElse(local().build());
        assertArrayEquals(new byte[] {'p'}, fetcher.fetch(base + "/preloaded").bytes());
        assertArrayEquals(JSON, fetcher.fetch(base + "/doc").bytes());
        assertEquals(1, hits("/doc"));
    }

    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
