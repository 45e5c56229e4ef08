package org.microcred.core.jsonld;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import jakarta.json.JsonException;
import jakarta.json.JsonStructure;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Titanium {@link DocumentLoader} that answers only from a {@link ContextRegistry} and never
 * touches the network. Each URL is parsed once; the parsed, immutable JSON is kept for the life of
 * the loader. An unknown URL is refused with a {@link MicrocredException} of code
 * {@link ErrorCode#CONTEXT_LOAD_FAILED} (thrown straight through Titanium, which only catches its
 * own checked error). Thread-safe.
 */
final class OfflineDocumentLoader implements DocumentLoader {

    private static final Logger LOG = LoggerFactory.getLogger(OfflineDocumentLoader.class);

    private final ContextRegistry registry;
    private final Map<String, JsonStructure> parsed = new ConcurrentHashMap<>();
    private final AtomicLong loads = new AtomicLong();
    private final AtomicLong parses = new AtomicLong();

    OfflineDocumentLoader(ContextRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        loads.incrementAndGet();
        String key = url.toString();
        JsonStructure json = parsed.get(key);
        if (json == null) {
            json = parsed.computeIfAbsent(key, this::parse);
        }
        JsonDocument document = JsonDocument.of(MediaType.JSON_LD, json);
        document.setDocumentUrl(url);
        return document;
    }

    /** Parses the registered bytes of {@code url}, or refuses an unknown URL. */
    JsonStructure parse(String url) {
        ContextRegistry.Entry entry = registry.entry(url);
        if (entry == null) {
            throw unknown(url);
        }
        byte[] bytes = entry.bytes();
        parses.incrementAndGet();
        LOG.debug("parsing JSON-LD context {} ({} bytes)", url, bytes.length);
        try (JsonParser parser = JsonBridge.provider().createParser(new ByteArrayInputStream(bytes))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw new MicrocredException(ErrorCode.CONTEXT_LOAD_FAILED,
                        "context " + url + " is not a JSON object");
            }
            JsonStructure value = parser.getObject();
            if (parser.hasNext()) {
                throw new MicrocredException(ErrorCode.CONTEXT_LOAD_FAILED,
                        "context " + url + " has trailing content after the JSON object");
            }
            return value;
        } catch (JsonException e) {
            throw new MicrocredException(ErrorCode.CONTEXT_LOAD_FAILED,
                    "context " + url + " is not well-formed JSON: " + e.getMessage(), null, e);
        }
    }

    static MicrocredException unknown(String url) {
        return new MicrocredException(ErrorCode.CONTEXT_LOAD_FAILED,
                "JSON-LD context " + url + " is not in the context registry; Microcred never fetches"
                        + " contexts over the network",
                "if you trust this context, register its bytes: ContextRegistry.builder()"
                        + ".registerAll(ContextRegistry.bundled()).register(\"" + url + "\", bytes).build()",
                null);
    }

    /** Number of load requests Titanium made; for tests. */
    long loadCount() {
        return loads.get();
    }

    /** Number of context documents parsed; for tests. */
    long parseCount() {
        return parses.get();
    }
}
