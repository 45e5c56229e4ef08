package org.microcred.core.proof;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;
import org.microcred.core.json.Json;

/**
 * A plain, uncached Titanium JSON-LD → RDFC-1.0 canonicalization over the contexts in the test
 * vectors folder (offline), in safe mode. Tests only: an independent full canonicalization.
 */
final class TestCanonicalization implements Canonicalization {

    static final TestCanonicalization INSTANCE = new TestCanonicalization();

    private final Map<URI, Document> contexts = new ConcurrentHashMap<>();
    final AtomicLong calls = new AtomicLong();

    private final DocumentLoader loader = (url, options) -> {
        Document cached = contexts.get(url);
        if (cached != null) {
            return cached;
        }
        String name = url.toString().replaceFirst("^https?://", "").replace('/', '_');
        Path dir = Vectors.path("contexts");
        for (String candidate : new String[] {name, name + ".jsonld"}) {
            Path file = dir.resolve(candidate);
            if (Files.isRegularFile(file)) {
                try {
                    Document doc = JsonDocument.of(new StringReader(Files.readString(file)));
                    doc.setDocumentUrl(url);
                    contexts.put(url, doc);
                    return doc;
                } catch (java.io.IOException e) {
                    throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, e.getMessage());
                }
            }
        }
        throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "not offline: " + url);
    };

    @Override
    public String canonicalize(JsonNode document) {
        calls.incrementAndGet();
        try {
            JsonLdOptions options = new JsonLdOptions();
            options.setDocumentLoader(loader);
            options.setUndefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail);
            JsonDocument input = JsonDocument.of(new StringReader(Json.standard().write(document)));
            long[] ticks = {0};
            RdfCanon canon = RdfCanon.create("SHA-256", () -> {
                if (++ticks[0] > 1_000_000) {
                    throw new IllegalStateException("budget");
                }
            });
            JsonLd.toRdf(input).options(options).provide(canon);
            StringWriter out = new StringWriter();
            canon.provide(new NQuadsWriter(out));
            return out.toString();
        } catch (JsonLdError | RdfConsumerException | IllegalStateException e) {
            throw new MicrocredException(ErrorCode.JSON_LD_FAILED, "canonicalization failed: " + e.getMessage(), null, e);
        }
    }
}
