package org.microcred.verify.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The opt-in network fetcher, on {@link HttpClient}. Every request, and every redirect hop, must
 * pass the same rules:
 *
 * <ol>
 *   <li>scheme {@code https} ({@code http} only after {@link Builder#allowHttp()}, meant for tests);
 *       no user info in the URL;
 *   <li>host in the allow-list (exact names, {@code *.suffix} patterns, or
 *       {@link Builder#allowAnyHost()});
 *   <li>every address the host resolves to is public: loopback is refused unless
 *       {@link Builder#allowLoopback()}, private / link-local / unique-local unless
 *       {@link Builder#allowPrivateAddresses()}; unspecified, multicast and reserved always;
 *   <li>connect timeout, and a per-hop deadline covering headers and body;
 *   <li>body size cap (Content-Length checked first; reading stops past the cap);
 *   <li>redirects (301, 302, 303, 307, 308) followed by hand, at most {@link Builder#maxRedirects};
 *   <li>a caller's overall time bound ({@link #fetch(URI, Duration)}), when given, on top of the
 *       per-request deadline.
 * </ol>
 *
 * A non-2xx answer is a {@link FetchException} with {@link FetchFailure#HTTP_STATUS}; its body is
 * discarded unread, except for {@code 410 Gone}, whose body (up to {@link #MAX_GONE_BODY_BYTES})
 * the exception carries ({@link FetchException#body()}).
 *
 * Successful fetches are cached for {@link Builder#cacheTtl} (measured with the injectable
 * {@link Clock}). No proxy is used unless one is set. Immutable configuration; thread-safe.
 *
 * <p>Known limit: {@link HttpClient} resolves the host again when connecting, so a DNS server that
 * answers differently between the check and the connection (DNS rebinding) is not fully excluded;
 * use an allow-list of trusted hosts where that matters.
 *
 * <pre>{@code
 * DocumentFetcher fetcher = PreloadedDocumentFetcher.builder().add(url, bytes).build()
 *         .orElse(HttpsDocumentFetcher.builder().allowHost("*.example.edu").build());
 * }</pre>
 */
public final class HttpsDocumentFetcher implements DocumentFetcher {

    private static final Logger LOG = LoggerFactory.getLogger(HttpsDocumentFetcher.class);

    /**
     * The largest body of a {@code 410 Gone} answer kept on the {@link FetchException} (64 KiB, or
     * {@link Builder#maxBytes} when smaller); a longer body is dropped, not truncated.
     */
    public static final int MAX_GONE_BODY_BYTES = 64 * 1024;

    /** The default {@code Accept} header: JSON-LD, JSON and JWT (VC-JWT, compact JWS). */
    public static final String DEFAULT_ACCEPT = "application/ld+json, application/vc+ld+json, application/vc+jwt,"
            + " application/json;q=0.9, application/jwt;q=0.8, text/plain;q=0.5, */*;q=0.1";

    /** Resolves a host name to its addresses; replaceable in tests. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowHttp;
    private final boolean allowAnyHost;
    private final Set<String> exactHosts;
    private final List<String> hostSuffixes;
    private final boolean allowLoopback;
    private final boolean allowPrivate;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final long maxBytes;
    private final int maxRedirects;
    private final Duration cacheTtl;
    private final Clock clock;
    private final String accept;
    private final String userAgent;
    private final Resolver resolver;
    private final HttpClient client;
    private final Map<URI, Cached> cache;

    private record Cached(FetchedDocument document, Instant expires) {
    }

    private HttpsDocumentFetcher(Builder b) {
        this.allowHttp = b.allowHttp;
        this.allowAnyHost = b.allowAnyHost;
        this.exactHosts = Set.copyOf(b.exactHosts);
        this.hostSuffixes = List.copyOf(b.hostSuffixes);
        this.allowLoopback = b.allowLoopback;
        this.allowPrivate = b.allowPrivate;
        this.connectTimeout = b.connectTimeout;
        this.readTimeout = b.readTimeout;
        this.maxBytes = b.maxBytes;
        this.maxRedirects = b.maxRedirects;
        this.cacheTtl = b.cacheTtl;
        this.clock = b.clock;
        this.accept = b.accept;
        this.userAgent = b.userAgent;
        this.resolver = b.resolver;
        int maxEntries = b.cacheMaxEntries;
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<URI, Cached> eldest) {
                return size() > maxEntries;
            }
        };
        HttpClient.Builder client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout)
                .proxy(b.proxy == null ? HttpClient.Builder.NO_PROXY : b.proxy);
        if (b.sslContext != null) {
            client.sslContext(b.sslContext);
        }
        this.client = client.build();
    }

    /** @return a builder; at least one host (or {@link Builder#allowAnyHost()}) must be allowed */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Fetches {@code uri} under the rules of this fetcher, from the cache when a fresh copy is there.
     *
     * @param uri an absolute {@code https} URL (fragment ignored)
     * @return the document with a 2xx status
     * @throws FetchException with the reason: INVALID_URL, SCHEME_NOT_ALLOWED, HOST_NOT_ALLOWED,
     *     DNS_FAILED, ADDRESS_NOT_ALLOWED, TIMEOUT, TOO_LARGE, HTTP_STATUS, TOO_MANY_REDIRECTS,
     *     BAD_REDIRECT or IO_ERROR
     */
    @Override
    public FetchedDocument fetch(URI uri) {
        return fetch(uri, null, 0L);
    }

    /**
     * As {@link #fetch(URI)}, within {@code timeout}: each request (redirect hop) may take the
     * smaller of the read timeout and what is left of {@code timeout}, and the fetch as a whole at
     * most {@code timeout}. A cached copy is returned whatever the timeout. (Host name resolution
     * is not interruptible and is not counted against it.)
     *
     * @param uri an absolute {@code https} URL (fragment ignored)
     * @param timeout the most time the fetch may take; zero or negative fails at once with
     *     {@link FetchFailure#TIMEOUT} unless a cached copy is fresh
     * @return the document with a 2xx status
     * @throws FetchException as {@link #fetch(URI)}
     */
    @Override
    public FetchedDocument fetch(URI uri, Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        return fetch(uri, timeout, System.nanoTime());
    }

    private FetchedDocument fetch(URI uri, Duration budget, long started) {
        Objects.requireNonNull(uri, "uri");
        URI key = Urls.requestKey(uri);
        Optional<FetchedDocument> cached = cached(key);
        if (cached.isPresent()) {
            LOG.debug("cache hit for {}", key);
            FetchedDocument d = cached.get();
            return new FetchedDocument(uri, d.finalUri(), d.statusCode(), d.contentType(), d.bytes());
        }
        URI current = key;
        for (int hop = 0; ; hop++) {
            checkAllowed(current, hop == 0 ? null : key);
            Duration hopTimeout = readTimeout;
            String within = readTimeout.toMillis() + " ms";
            if (budget != null) {
                Duration left = budget.minusNanos(System.nanoTime() - started);
                if (left.isNegative() || left.isZero()) {
                    throw new FetchException(FetchFailure.TIMEOUT, current, "no time left to fetch " + current
                            + " (the caller allowed " + budget.toMillis() + " ms)", null, null);
                }
                if (left.compareTo(readTimeout) < 0) {
                    hopTimeout = left;
                    within = budget.toMillis() + " ms (the time the caller allowed)";
                }
            }
            HttpResponse<byte[]> response = send(current, hopTimeout, within);
            int status = response.statusCode();
            if (isRedirect(status)) {
                if (hop >= maxRedirects) {
                    throw new FetchException(FetchFailure.TOO_MANY_REDIRECTS, current,
                            "more than " + maxRedirects + " redirects fetching " + key + " (last hop " + current + ")",
                            "the server may be in a redirect loop", null);
                }
                current = redirectTarget(current, response);
                LOG.debug("{} redirects ({}) to {}", key, status, current);
                continue;
            }
            if (status < 200 || status > 299) {
                throw new FetchException(FetchFailure.HTTP_STATUS, current, status, status == 410 ? response.body() : null,
                        "HTTP " + status + " fetching " + current + (status == 410 ? " (Gone)" : ""), null, null);
            }
            FetchedDocument document = new FetchedDocument(uri, current, status,
                    response.headers().firstValue("content-type"), response.body());
            LOG.debug("fetched {} ({} bytes, {})", current, document.size(), document.contentType().orElse("?"));
            store(key, document);
            return document;
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private URI redirectTarget(URI current, HttpResponse<byte[]> response) {
        String location = response.headers().firstValue("location").orElseThrow(() -> new FetchException(
                FetchFailure.BAD_REDIRECT, current, "HTTP " + response.statusCode() + " from " + current
                        + " without a Location header", null, null));
        try {
            return Urls.key(current.resolve(new URI(location.trim())));
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            throw new FetchException(FetchFailure.BAD_REDIRECT, current,
                    "redirect from " + current + " to an invalid Location \"" + location + "\"", null, e);
        }
    }

    private void checkAllowed(URI uri, URI redirectedFrom) {
        String via = redirectedFrom == null ? "" : " (redirected from " + redirectedFrom + ")";
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            throw new FetchException(FetchFailure.SCHEME_NOT_ALLOWED, uri,
                    "refusing " + uri + via + ": only https URLs are fetched",
                    scheme.equals("http") ? "allowHttp() permits plain http (meant for tests)" : null, null);
        }
        if (uri.getRawUserInfo() != null) {
            throw new FetchException(FetchFailure.INVALID_URL, uri,
                    "refusing " + uri.getScheme() + "://…@" + uri.getHost() + via + ": URLs with user info are not fetched",
                    null, null);
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new FetchException(FetchFailure.INVALID_URL, uri, "refusing " + uri + via + ": the URL has no host",
                    null, null);
        }
        String bareHost = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (!hostAllowed(bareHost)) {
            throw new FetchException(FetchFailure.HOST_NOT_ALLOWED, uri,
                    "refusing " + uri + via + ": host " + host + " is not in the allow-list " + allowListText(),
                    "allow it with allowHost(\"" + host + "\") or allowHost(\"*.<domain>\")", null);
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bareHost);
        } catch (UnknownHostException e) {
            throw new FetchException(FetchFailure.DNS_FAILED, uri, "cannot resolve host " + host + via, null, e);
        }
        for (InetAddress address : addresses) {
            AddressKind kind = AddressKind.classify(address);
            if (!addressAllowed(kind)) {
                String hint = switch (kind) {
                    case LOOPBACK -> "allowLoopback() permits loopback addresses (meant for tests)";
                    case PRIVATE, LINK_LOCAL, UNIQUE_LOCAL ->
                            "allowPrivateAddresses() permits private networks (for intranet deployments)";
                    default -> "such addresses are never fetched";
                };
                throw new FetchException(FetchFailure.ADDRESS_NOT_ALLOWED, uri,
                        "refusing " + uri + via + ": host " + host + " resolves to " + address.getHostAddress()
                                + ", " + kind.describe(), hint, null);
            }
        }
    }

    private boolean hostAllowed(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (allowAnyHost || exactHosts.contains(h)) {
            return true;
        }
        for (String suffix : hostSuffixes) {
            if (h.endsWith(suffix) && h.length() > suffix.length()) {
                return true;
            }
        }
        return false;
    }

    private String allowListText() {
        List<String> all = new ArrayList<>(exactHosts);
        hostSuffixes.forEach(s -> all.add("*" + s));
        all.sort(null);
        return all.toString();
    }

    private boolean addressAllowed(AddressKind kind) {
        return switch (kind) {
            case PUBLIC -> true;
            case LOOPBACK -> allowLoopback;
            case PRIVATE, LINK_LOCAL, UNIQUE_LOCAL -> allowPrivate;
            case UNSPECIFIED, MULTICAST, RESERVED -> false;
        };
    }

    private HttpResponse<byte[]> send(URI uri, Duration timeout, String within) {
        HttpRequest request = HttpRequest.newBuilder(uri).GET()
                .timeout(timeout)
                .header("Accept", accept)
                .header("User-Agent", userAgent)
                .build();
        HttpResponse.BodyHandler<byte[]> handler = info -> {
            int status = info.statusCode();
            OptionalLong length = info.headers().firstValueAsLong("content-length");
            if (status == 410) {
                // An OB 2.0 issuer may serve the revoked assertion (with its revocationReason) with the 410.
                long cap = Math.min(maxBytes, MAX_GONE_BODY_BYTES);
                return length.isPresent() && length.getAsLong() > cap ? BoundedBodySubscriber.discarding()
                        : BoundedBodySubscriber.droppingPast(cap);
            }
            if (status < 200 || status > 299) {
                return BoundedBodySubscriber.discarding();
            }
            if (length.isPresent() && length.getAsLong() > maxBytes) {
                return BoundedBodySubscriber.failedTooLarge(maxBytes, length.getAsLong());
            }
            return new BoundedBodySubscriber(maxBytes);
        };
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, handler);
        try {
            return future.get(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw timeout(uri, within, e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException(FetchFailure.IO_ERROR, uri, "interrupted while fetching " + uri, null, e);
        } catch (ExecutionException e) {
            throw translate(uri, within, e.getCause());
        }
    }

    private static FetchException timeout(URI uri, String within, Throwable cause) {
        return new FetchException(FetchFailure.TIMEOUT, uri, "no complete response from " + uri + " within " + within,
                null, cause);
    }

    private FetchException translate(URI uri, String within, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BoundedBodySubscriber.TooLarge tooLarge) {
                return new FetchException(FetchFailure.TOO_LARGE, uri,
                        "the response from " + uri + " is " + tooLarge.getMessage(),
                        "raise the cap with maxBytes(...) if such documents are expected", failure);
            }
            if (t instanceof HttpConnectTimeoutException) {
                return new FetchException(FetchFailure.TIMEOUT, uri,
                        "could not connect to " + uri.getHost() + " within " + connectTimeout.toMillis() + " ms",
                        null, failure);
            }
            if (t instanceof HttpTimeoutException) {
                return timeout(uri, within, failure);
            }
            if (t instanceof ConnectException) {
                return new FetchException(FetchFailure.IO_ERROR, uri,
                        "could not connect to " + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                                + " (" + String.valueOf(t.getMessage()) + ")", null, failure);
            }
            if (t instanceof SSLException) {
                return new FetchException(FetchFailure.IO_ERROR, uri,
                        "TLS failure fetching " + uri + ": " + t.getMessage(), null, failure);
            }
        }
        String detail = failure instanceof IOException || failure == null ? String.valueOf(failure)
                : failure.getClass().getSimpleName() + ": " + failure.getMessage();
        return new FetchException(FetchFailure.IO_ERROR, uri, "failed to fetch " + uri + ": " + detail, null, failure);
    }

    private Optional<FetchedDocument> cached(URI key) {
        if (cacheTtl.isZero()) {
            return Optional.empty();
        }
        synchronized (cache) {
            Cached c = cache.get(key);
            if (c == null) {
                return Optional.empty();
            }
            if (!clock.instant().isBefore(c.expires())) {
                cache.remove(key);
                return Optional.empty();
            }
            return Optional.of(c.document());
        }
    }

    private void store(URI key, FetchedDocument document) {
        if (cacheTtl.isZero()) {
            return;
        }
        synchronized (cache) {
            cache.put(key, new Cached(document, clock.instant().plus(cacheTtl)));
        }
    }

    /** Drops every cached document. */
    public void clearCache() {
        synchronized (cache) {
            cache.clear();
        }
    }

    @Override
    public String toString() {
        return "HttpsDocumentFetcher[hosts=" + (allowAnyHost ? "any" : allowListText()) + ", http=" + allowHttp
                + ", loopback=" + allowLoopback + ", private=" + allowPrivate + ", maxBytes=" + maxBytes + "]";
    }

    /**
     * Configures an {@link HttpsDocumentFetcher}. Defaults: https only, empty allow-list (must be
     * filled), public addresses only, connect timeout 5 s, read timeout 10 s, 10 MiB cap, 5
     * redirects, cache TTL 5 minutes for up to 256 documents, system clock, no proxy. Not thread-safe.
     */
    public static final class Builder {

        private boolean allowHttp;
        private boolean allowAnyHost;
        private final Set<String> exactHosts = new LinkedHashSet<>();
        private final List<String> hostSuffixes = new ArrayList<>();
        private boolean allowLoopback;
        private boolean allowPrivate;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration readTimeout = Duration.ofSeconds(10);
        private long maxBytes = 10L * 1024 * 1024;
        private int maxRedirects = 5;
        private Duration cacheTtl = Duration.ofMinutes(5);
        private int cacheMaxEntries = 256;
        private Clock clock = Clock.systemUTC();
        private String accept = DEFAULT_ACCEPT;
        private String userAgent = "microcred";
        private Resolver resolver = InetAddress::getAllByName;
        private ProxySelector proxy;
        private SSLContext sslContext;

        private Builder() {
        }

        /**
         * Allows hosts: an exact name ({@code "example.edu"}, an IP literal) or a pattern
         * {@code "*.example.edu"} matching every subdomain (not {@code example.edu} itself).
         *
         * @param hosts names or patterns
         * @return this builder
         * @throws IllegalArgumentException for an empty name or a misplaced {@code *}
         */
        public Builder allowHost(String... hosts) {
            for (String host : hosts) {
                Objects.requireNonNull(host, "host");
                String h = host.trim().toLowerCase(Locale.ROOT);
                if (h.startsWith("[") && h.endsWith("]")) {
                    h = h.substring(1, h.length() - 1);
                }
                if (h.startsWith("*.") && h.length() > 2 && h.indexOf('*', 1) < 0) {
                    hostSuffixes.add(h.substring(1));
                } else if (!h.isEmpty() && h.indexOf('*') < 0) {
                    exactHosts.add(h);
                } else {
                    throw new IllegalArgumentException("not a host name or *.domain pattern: \"" + host + "\"");
                }
            }
            return this;
        }

        /**
         * Allows every host (addresses are still checked).
         *
         * @return this builder
         */
        public Builder allowAnyHost() {
            this.allowAnyHost = true;
            return this;
        }

        /**
         * Allows plain {@code http} URLs; meant for tests against a local server.
         *
         * @return this builder
         */
        public Builder allowHttp() {
            this.allowHttp = true;
            return this;
        }

        /**
         * Allows loopback addresses (127.0.0.0/8, ::1); meant for tests.
         *
         * @return this builder
         */
        public Builder allowLoopback() {
            this.allowLoopback = true;
            return this;
        }

        /**
         * Allows private (RFC 1918, CGNAT, fec0::/10), link-local (169.254/16, fe80::/10) and
         * unique-local (fc00::/7) addresses, for intranet deployments. Note that 169.254.169.254 is
         * the metadata endpoint of most clouds.
         *
         * @return this builder
         */
        public Builder allowPrivateAddresses() {
            this.allowPrivate = true;
            return this;
        }

        /**
         * @param timeout connect timeout, positive
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        /**
         * @param timeout deadline per request (headers and body), positive
         * @return this builder
         */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = positive(timeout, "readTimeout");
            return this;
        }

        /**
         * @param maxBytes the largest body accepted, positive
         * @return this builder
         */
        public Builder maxBytes(long maxBytes) {
            if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("maxBytes must be between 1 and " + (Integer.MAX_VALUE - 8) + ": " + maxBytes);
            }
            this.maxBytes = maxBytes;
            return this;
        }

        /**
         * @param maxRedirects redirects followed per fetch, 0 to 20
         * @return this builder
         */
        public Builder maxRedirects(int maxRedirects) {
            if (maxRedirects < 0 || maxRedirects > 20) {
                throw new IllegalArgumentException("maxRedirects must be between 0 and 20: " + maxRedirects);
            }
            this.maxRedirects = maxRedirects;
            return this;
        }

        /**
         * @param ttl how long successful fetches are reused; zero disables the cache
         * @return this builder
         */
        public Builder cacheTtl(Duration ttl) {
            Objects.requireNonNull(ttl, "cacheTtl");
            if (ttl.isNegative()) {
                throw new IllegalArgumentException("cacheTtl must not be negative: " + ttl);
            }
            this.cacheTtl = ttl;
            return this;
        }

        /**
         * @param entries most documents kept (least recently used dropped), positive
         * @return this builder
         */
        public Builder cacheMaxEntries(int entries) {
            if (entries <= 0) {
                throw new IllegalArgumentException("cacheMaxEntries must be positive: " + entries);
            }
            this.cacheMaxEntries = entries;
            return this;
        }

        /**
         * @param clock the clock for cache expiry
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @param accept the {@code Accept} header (default {@link #DEFAULT_ACCEPT})
         * @return this builder
         */
        public Builder accept(String accept) {
            this.accept = Objects.requireNonNull(accept, "accept");
            return this;
        }

        /**
         * @param userAgent the {@code User-Agent} header
         * @return this builder
         */
        public Builder userAgent(String userAgent) {
            this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
            return this;
        }

        /**
         * Routes requests through a proxy. The address checks then apply to the target host as
         * resolved locally, not to what the proxy connects to.
         *
         * @param proxy the proxy selector
         * @return this builder
         */
        public Builder proxy(ProxySelector proxy) {
            this.proxy = Objects.requireNonNull(proxy, "proxy");
            return this;
        }

        /**
         * @param sslContext TLS settings (e.g. a private trust store)
         * @return this builder
         */
        public Builder sslContext(SSLContext sslContext) {
            this.sslContext = Objects.requireNonNull(sslContext, "sslContext");
            return this;
        }

        Builder resolver(Resolver resolver) {
            this.resolver = Objects.requireNonNull(resolver, "resolver");
            return this;
        }

        /**
         * @return the fetcher
         * @throws IllegalStateException when no host is allowed
         */
        public HttpsDocumentFetcher build() {
            if (!allowAnyHost && exactHosts.isEmpty() && hostSuffixes.isEmpty()) {
                throw new IllegalStateException("the host allow-list is empty: call allowHost(\"issuer.example\")"
                        + " or allowHost(\"*.example.edu\"), or allowAnyHost()");
            }
            return new HttpsDocumentFetcher(this);
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive: " + d);
            }
            return d;
        }
    }
}
