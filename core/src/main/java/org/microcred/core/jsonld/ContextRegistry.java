package org.microcred.core.jsonld;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;

/**
 * An immutable table of JSON-LD contexts by URL: the only place JSON-LD processing in Microcred
 * takes a context from. Nothing is ever fetched over the network; a context URL that is not in the
 * registry is refused with {@link ErrorCode#CONTEXT_LOAD_FAILED}.
 *
 * <p>{@link #bundled()} holds the contexts shipped inside the library (VC 1.1/2.0, Open Badges
 * 3.0.x, CLR 2.0, Data Integrity, Multikey, status lists, Ed25519Signature2020, DID, OB 2.0,
 * legacy security), exact bytes pinned by SHA-256; the pin is checked when a context is first
 * read. Add your own contexts (extensions) with {@link #builder()}:
 *
 * <pre>{@code
 * ContextRegistry registry = ContextRegistry.builder()
 *         .registerAll(ContextRegistry.bundled())
 *         .register("https://example.org/my-extension/v1", bytes)
 *         .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe. Each instance reads (and pin-checks) a context's
 * bytes at most once. See <a href="https://www.w3.org/TR/json-ld11/#loading-documents">JSON-LD
 * 1.1 §9.4</a> and the context list of the Open Badges 3.0 / VC 2.0 specifications.
 */
public final class ContextRegistry {

    private static final String BASE = "contexts/";
    private static final String MANIFEST = BASE + "contexts.manifest";
    private static volatile ContextRegistry bundled;

    private final Map<String, Entry> entries;

    private ContextRegistry(Map<String, Entry> entries) {
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /**
     * The contexts shipped with Microcred (listed, with provenance, in
     * {@code org/microcred/core/jsonld/contexts/SOURCES.md}).
     *
     * @return the shared registry of bundled contexts; never null
     * @throws MicrocredException {@link ErrorCode#CONTEXT_LOAD_FAILED} if the bundled manifest
     *     cannot be read (a damaged jar)
     */
    public static ContextRegistry bundled() {
        ContextRegistry result = bundled;
        if (result == null) {
            synchronized (ContextRegistry.class) {
                result = bundled;
                if (result == null) {
                    result = readBundled();
                    bundled = result;
                }
            }
        }
        return result;
    }

    /** @return a builder for a registry of your own contexts, empty at first */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the context URLs this registry holds, in registration order; never null */
    public Set<String> urls() {
        return entries.keySet();
    }

    /**
     * @param url a context URL, exactly as it appears in {@code @context}
     * @return whether this registry holds that URL
     */
    public boolean contains(String url) {
        return entries.containsKey(url);
    }

    /**
     * The exact bytes of a context, checked against its pinned SHA-256.
     *
     * @param url a context URL
     * @return a copy of the bytes, or empty if the URL is not registered
     * @throws MicrocredException {@link ErrorCode#CONTEXT_LOAD_FAILED} if the bytes cannot be
     *     read or do not match their pin
     */
    public Optional<byte[]> bytes(String url) {
        Entry entry = entries.get(Objects.requireNonNull(url, "url"));
        return entry == null ? Optional.empty() : Optional.of(entry.bytes().clone());
    }

    /** The entry for a URL, or null. */
    Entry entry(String url) {
        return entries.get(url);
    }

    /** Total number of byte reads (resource loads) across all entries; for tests. */
    long readCount() {
        long total = 0;
        for (Entry e : entries.values()) {
            total += e.reads.get();
        }
        return total;
    }

    private static ContextRegistry readBundled() {
        Builder builder = builder();
        try (InputStream in = ContextRegistry.class.getResourceAsStream(MANIFEST)) {
            if (in == null) {
                throw new MicrocredException(ErrorCode.CONTEXT_LOAD_FAILED,
                        "bundled context manifest " + MANIFEST + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(" ");
                if (parts.length != 3) {
                    throw new MicrocredException(ErrorCode.CONTEXT_LOAD_FAILED,
                            "bundled context manifest line is malformed: " + line);
                }
                String file = parts[1];
                builder.registerPinned(parts[0], () -> readResource(file), parts[2]);
            }
        } catch (IOException e) {
            throw new MicrocredException(ErrorCode.CONTEXT_LOAD_FAILED,
                    "bundled context manifest " + MANIFEST + " cannot be read", null, e);
        }
        return builder.build();
    }

    private static byte[] readResource(String file) {
        try (InputStream in = ContextRegistry.class.getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new MicrocredException(ErrorCode.CONTEXT_LOAD_FAILED,
                        "bundled context file " + BASE + file + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** One registered context: a byte source, its pin, and the bytes once read and checked. */
    static final class Entry {
        private final String url;
        private final Supplier<byte[]> source;
        private final String sha256;
        private final AtomicLong reads = new AtomicLong();
        private volatile byte[] bytes;

        Entry(String url, Supplier<byte[]> source, String sha256) {
            this.url = url;
            this.source = source;
            this.sha256 = sha256;
        }

        String url() {
            return url;
        }

        /** The bytes, read and pin-checked on first use. */
        byte[] bytes() {
            byte[] result = bytes;
            if (result == null) {
                synchronized (this) {
                    result = bytes;
                    if (result == null) {
                        byte[] read;
                        try {
                            read = source.get();
                        } catch (UncheckedIOException e) {
                            throw new MicrocredException(ErrorCode.CONTEXT_LOAD_FAILED,
                                    "context " + url + " cannot be read", null, e);
                        }
                        reads.incrementAndGet();
                        String actual = sha256Hex(read);
                        if (!actual.equalsIgnoreCase(sha256)) {
                            throw new MicrocredException(ErrorCode.CONTEXT_LOAD_FAILED,
                                    "context " + url + " does not match its pinned SHA-256 (expected "
                                            + sha256 + ", got " + actual + ")",
                                    "the bundled copy has been altered; restore the original file", null);
                        }
                        bytes = read;
                        result = read;
                    }
                }
            }
            return result;
        }
    }

    /** Collects contexts for a {@link ContextRegistry}. Not thread-safe; use from one thread. */
    public static final class Builder {
        private final Map<String, Entry> entries = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Adds every context of another registry (later registrations of the same URL replace
         * earlier ones).
         *
         * @param registry the registry to copy; not null
         * @return this builder
         */
        public Builder registerAll(ContextRegistry registry) {
            entries.putAll(Objects.requireNonNull(registry, "registry").entries);
            return this;
        }

        /**
         * Adds a context document.
         *
         * @param url the absolute URL documents use in {@code @context}; not null
         * @param bytes the exact JSON bytes of the context document (an object with a
         *     {@code @context} member); copied, and pinned by their SHA-256
         * @return this builder
         * @throws MicrocredException {@link ErrorCode#INVALID_VALUE} if the URL is not absolute
         */
        public Builder register(String url, byte[] bytes) {
            Objects.requireNonNull(bytes, "bytes");
            byte[] copy = bytes.clone();
            return registerPinned(url, () -> copy, sha256Hex(copy));
        }

        /** Adds a context whose bytes are read lazily and must match {@code sha256}. */
        Builder registerPinned(String url, Supplier<byte[]> source, String sha256) {
            Objects.requireNonNull(url, "url");
            URI uri;
            try {
                uri = URI.create(url);
            } catch (IllegalArgumentException e) {
                throw new MicrocredException(ErrorCode.INVALID_VALUE,
                        "context URL " + url + " is not a valid URI", null, e);
            }
            if (!uri.isAbsolute()) {
                throw new MicrocredException(ErrorCode.INVALID_VALUE,
                        "context URL " + url + " is not absolute");
            }
            entries.put(url, new Entry(url, source, sha256));
            return this;
        }

        /** @return the immutable registry */
        public ContextRegistry build() {
            return new ContextRegistry(entries);
        }
    }
}
