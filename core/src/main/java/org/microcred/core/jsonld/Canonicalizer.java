package org.microcred.core.jsonld;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.JsonLdVersion;
import com.apicatalog.jsonld.context.ActiveContext;
import com.apicatalog.jsonld.deseralization.JsonLdToRdf;
import com.apicatalog.jsonld.expansion.Expansion;
import com.apicatalog.jsonld.flattening.NodeMap;
import com.apicatalog.jsonld.flattening.NodeMapBuilder;
import com.apicatalog.jsonld.lang.Keywords;
import com.apicatalog.jsonld.processor.ProcessingRuntime;
import com.apicatalog.jsonld.uri.UriValidationPolicy;
import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.api.RdfQuadConsumer;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.nquads.NQuadsReader;
import com.apicatalog.rdf.nquads.NQuadsReaderException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;
import org.microcred.core.json.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JSON-LD to RDFC-1.0 canonical N-Quads, the transformation Data Integrity proofs
 * ({@code eddsa-rdfc-2022}, {@code Ed25519Signature2020}) sign.
 *
 * <p>Every call runs JSON-LD expansion in <em>safe mode</em> with contexts from the
 * {@link ContextRegistry} only (nothing is fetched), converts to RDF
 * (<a href="https://www.w3.org/TR/json-ld11-api/#deserialize-json-ld-to-rdf-algorithm">JSON-LD
 * 1.1 API §8</a>) and canonicalizes it with
 * <a href="https://www.w3.org/TR/rdf-canon/">RDFC-1.0</a> (SHA-256 by default). Safe mode rejects,
 * with {@link ErrorCode#JSON_LD_FAILED}, anything expansion would silently drop: an undefined
 * property, an undefined {@code type} value, a relative {@code id} or IRI value or datatype, an
 * unknown {@code @}-keyword (also inside {@code @json} literals), a malformed language tag, a base
 * direction, an {@code @index} key. Issuing and verifying call the same method, so what is signed is
 * exactly what is verified.
 *
 * <pre>{@code
 * Canonicalizer canonicalizer = Canonicalizer.standard();           // bundled contexts
 * String document = canonicalizer.canonicalizeWithoutProof(credential);
 * String config = canonicalizer.canonicalizeProofConfiguration(proof, credential.get("@context"));
 * }</pre>
 *
 * <p>Two paths produce the RDF. Documents made of what credentials use (node objects, scalar and
 * value objects, {@code @set}/{@code @list}/{@code @graph} containers, type-scoped, property-scoped
 * and embedded contexts) take a fused path that goes straight from the Jackson tree to RDF quads
 * ({@code DirectRdf}): each context a scoped or embedded {@code @context} derives from a processed
 * context is computed once per canonicalizer and then reused, and no JSON-P copy, expanded form or
 * node map is built. Every other document — and every document the fused path has any doubt
 * about — takes Titanium's expansion, node map and JSON-LD to RDF, which is also what produces
 * every error message. Both give the same dataset; the tests compare them on every vector and on
 * thousands of mutated credentials. The top-level {@code @context} value of a document (keyed by
 * its JSON text) is turned into an active context once, and each context document is read and
 * parsed once. Create one canonicalizer and share it.
 *
 * <p>RDFC-1.0 itself runs as a first-degree shortcut ({@code SimpleCanon}) when every blank node
 * has its own first-degree hash, as in every credential we have seen, and as Titanium's complete
 * implementation otherwise (twin blank nodes, poison graphs). The input dataset is a set: a quad
 * given twice counts once.
 *
 * <p>Work is bounded: RDFC-1.0 stops after a number of steps ({@link Builder#workBudget}) and the
 * whole call after a wall-clock time ({@link Builder#timeBudget}); either ends with
 * {@link ErrorCode#CANONICALIZATION_BUDGET_EXCEEDED}, so poison graphs cannot hang a verifier.
 *
 * <p>Immutable and thread-safe.
 */
public final class Canonicalizer {

    private static final Logger LOG = LoggerFactory.getLogger(Canonicalizer.class);
    private static final Pattern BRACKETED = Pattern.compile("\\[(.*?)\\]");

    /** Default RDFC-1.0 step budget: legitimate credentials need tens, the W3C suite ~13,500. */
    public static final long DEFAULT_WORK_BUDGET = 1_000_000L;
    /** Default wall-clock budget per call. */
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(5);
    /** Most distinct {@code @context} values whose processed form is kept. */
    static final int MAX_CACHED_CONTEXTS = 512;
    /** Longest {@code @context} JSON text whose processed form is kept. */
    static final int MAX_CACHED_CONTEXT_CHARS = 64 * 1024;

    private static volatile Canonicalizer standard;

    private final ContextRegistry registry;
    private final long workBudget;
    private final long timeBudgetNanos;
    private final String hashAlgorithm;
    private final OfflineDocumentLoader loader;
    private final ProcessingRuntime runtime;
    private final ActiveContext emptyContext;
    private final boolean generalizedRdf;
    private final UriValidationPolicy uriValidation;
    private final Map<String, ActiveContext> contexts = new ConcurrentHashMap<>();
    private final DirectRdf direct;
    private final LongAdder directRuns = new LongAdder();
    private final LongAdder generalRuns = new LongAdder();
    private final LongAdder simpleCanons = new LongAdder();

    private Canonicalizer(Builder builder) {
        this.registry = builder.registry;
        this.workBudget = builder.workBudget;
        this.timeBudgetNanos = builder.timeBudget.toNanos();
        this.hashAlgorithm = builder.hashAlgorithm;
        this.loader = new OfflineDocumentLoader(registry);
        JsonLdOptions options = new JsonLdOptions(loader);
        options.setProcessingMode(JsonLdVersion.V1_1);
        options.setUndefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail);
        options.setOrdered(false);
        // Titanium's default context cache is not thread-safe; the document cache lets nested
        // @context values (e.g. credentials embedded in a CLR) skip the loader after first use.
        options.setContextCache(new ConcurrentCache<>(4096));
        options.setDocumentCache(new ConcurrentCache<>(4096));
        this.runtime = new Budget.Runtime(options);
        this.emptyContext = new ActiveContext(null, null, runtime);
        // JSON-LD to RDF with Titanium's defaults, as JsonLd.toRdf would use them
        this.generalizedRdf = options.isProduceGeneralizedRdf();
        this.uriValidation = options.getUriValidation();
        this.direct = builder.direct ? new DirectRdf(new DirectRdf.Contexts(), uriValidation) : null;
    }

    /**
     * The shared canonicalizer over {@link ContextRegistry#bundled()} with the default budgets.
     *
     * @return the shared instance; never null
     */
    public static Canonicalizer standard() {
        Canonicalizer result = standard;
        if (result == null) {
            synchronized (Canonicalizer.class) {
                result = standard;
                if (result == null) {
                    result = builder().build();
                    standard = result;
                }
            }
        }
        return result;
    }

    /** @return a builder, initially over the bundled contexts with the default budgets */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the contexts this canonicalizer resolves {@code @context} URLs against */
    public ContextRegistry registry() {
        return registry;
    }

    /**
     * Canonical N-Quads of a JSON-LD document: what Data Integrity hashes. Every member present
     * is processed; for a secured document use {@link #canonicalizeWithoutProof(JsonNode)} (or
     * pass a copy without {@code proof}).
     *
     * @param document a JSON-LD document (an object, or an array of objects); not null; not
     *     modified
     * @return the RDFC-1.0 canonical N-Quads (each line ends with {@code \n}; empty for an empty
     *     graph)
     * @throws MicrocredException {@link ErrorCode#CONTEXT_LOAD_FAILED} for a context not in the
     *     registry (message names the URL) or one failing its pin; {@link ErrorCode#JSON_LD_FAILED}
     *     for invalid JSON-LD or a safe-mode violation (message names the term or value and its
     *     JSON path); {@link ErrorCode#CANONICALIZATION_BUDGET_EXCEEDED} if the work or time
     *     budget is spent
     */
    public String canonicalize(JsonNode document) {
        Objects.requireNonNull(document, "document");
        if (document.isObject()) {
            return run(document, document.get(Keywords.CONTEXT), true, null);
        }
        if (!document.isArray()) {
            throw new MicrocredException(ErrorCode.INVALID_VALUE,
                    "a JSON-LD document must be a JSON object or array, not " + document.getNodeType());
        }
        return run(document, null, false, null);
    }

    /**
     * Canonical N-Quads of a secured document with its top-level {@code proof} member left out
     * (Data Integrity "transformation" step of verification), without copying the document.
     * Same as {@code canonicalize(copy)} where {@code copy} lacks {@code proof}.
     *
     * @param securedDocument a JSON-LD object, with or without {@code proof}; not null; not modified
     * @return the RDFC-1.0 canonical N-Quads of the unsecured document
     * @throws MicrocredException as {@link #canonicalize(JsonNode)}; {@link ErrorCode#INVALID_VALUE}
     *     if the document is not a JSON object
     */
    public String canonicalizeWithoutProof(JsonNode securedDocument) {
        requireObject(securedDocument, "securedDocument");
        return run(securedDocument, securedDocument.get(Keywords.CONTEXT), true, "proof");
    }

    /**
     * Canonical N-Quads of a Data Integrity proof configuration: the proof object with its
     * {@code proofValue} (and any {@code @context} of its own) left out, under the given
     * {@code @context} — {@code proofConfig["@context"] = unsecuredDocument["@context"]}. Nothing
     * is copied.
     *
     * @param proof the proof options or a complete proof object; not null; not modified
     * @param context the document's {@code @context} value; not null
     * @return the RDFC-1.0 canonical N-Quads of the proof configuration
     * @throws MicrocredException as {@link #canonicalize(JsonNode)}; {@link ErrorCode#INVALID_VALUE}
     *     if {@code proof} is not a JSON object
     */
    public String canonicalizeProofConfiguration(JsonNode proof, JsonNode context) {
        requireObject(proof, "proof");
        Objects.requireNonNull(context, "context");
        return run(proof, context, true, "proofValue");
    }

    private static void requireObject(JsonNode node, String name) {
        Objects.requireNonNull(node, name);
        if (!node.isObject()) {
            throw new MicrocredException(ErrorCode.INVALID_VALUE,
                    name + " must be a JSON object, not " + node.getNodeType());
        }
    }

    /**
     * Canonical N-Quads of a document under a given {@code @context}, replacing any
     * {@code @context} the document has: the "proof configuration" step of Data Integrity
     * ({@code proofConfig["@context"] = unsecuredDocument["@context"]}). Pass the proof options
     * without {@code proofValue}.
     *
     * @param document a JSON object, e.g. the proof options; not null; not modified
     * @param context the {@code @context} value to apply (a URL string, an object or an array);
     *     not null
     * @return the RDFC-1.0 canonical N-Quads
     * @throws MicrocredException as {@link #canonicalize(JsonNode)}; {@link ErrorCode#INVALID_VALUE}
     *     if {@code document} is not a JSON object
     */
    public String canonicalize(JsonNode document, JsonNode context) {
        requireObject(document, "document");
        Objects.requireNonNull(context, "context");
        return run(document, context, true, null);
    }

    /**
     * RDFC-1.0 canonical form of an RDF dataset given as N-Quads (a set: a repeated quad counts
     * once).
     *
     * @param nquads the dataset in N-Quads; not null
     * @return the canonical N-Quads
     * @throws MicrocredException {@link ErrorCode#INVALID_VALUE} for malformed N-Quads;
     *     {@link ErrorCode#CANONICALIZATION_BUDGET_EXCEEDED} if the work or time budget is spent
     */
    public String canonicalizeNQuads(String nquads) {
        Objects.requireNonNull(nquads, "nquads");
        Budget budget = new Budget(workBudget, timeBudgetNanos);
        Collector collected = new Collector();
        readNQuads(nquads, collected);
        if (collected.directional) {
            return canonicalizeNQuadsMapped(nquads).nquads;
        }
        try {
            return canonicalForm(collected.dataset.quads(), budget);
        } catch (Budget.Exceeded e) {
            throw budgetExceeded(e.getMessage(), e);
        }
    }

    /** Collects a dataset's quads, each once, noting whether any literal has a base direction. */
    private static final class Collector implements RdfQuadConsumer {
        final SimpleCanon.Dataset dataset = new SimpleCanon.Dataset();
        boolean directional;

        @Override
        public RdfQuadConsumer quad(String subject, String predicate, String object, String datatype, String language,
                String direction, String graph) {
            directional |= direction != null;
            dataset.add(subject, predicate, object, datatype, language, graph);
            return this;
        }
    }

    private static void readNQuads(String nquads, RdfQuadConsumer consumer) {
        try {
            new NQuadsReader(new StringReader(nquads)).provide(consumer);
        } catch (NQuadsReaderException | RdfConsumerException e) {
            throw new MicrocredException(ErrorCode.INVALID_VALUE,
                    "N-Quads input is malformed: " + e.getMessage(), null, e);
        }
    }

    /** Canonical N-Quads plus the blank node map RDFC-1.0 issued; for the W3C map tests. */
    Canonical canonicalizeNQuadsMapped(String nquads) {
        Objects.requireNonNull(nquads, "nquads");
        Budget budget = new Budget(workBudget, timeBudgetNanos);
        RdfCanon canon = RdfCanon.create(digest(), budget);
        readNQuads(nquads, canon);
        String out = finish(canon);
        return new Canonical(out, canon.mapping());
    }

    /** Canonical N-Quads with the issued blank node identifiers. */
    static final class Canonical {
        final String nquads;
        final Map<String, String> mapping;

        Canonical(String nquads, Map<String, String> mapping) {
            this.nquads = nquads;
            this.mapping = mapping;
        }
    }

    /**
     * The pipeline. {@code replaceContext}: the document is an object whose top-level
     * {@code @context} is replaced by {@code context}; {@code excluded}: a top-level member to
     * leave out, or null.
     */
    private String run(JsonNode document, JsonNode context, boolean replaceContext, String excluded) {
        Budget budget = new Budget(workBudget, timeBudgetNanos).enter();
        try {
            ActiveContext active = context == null || context.isNull() ? emptyContext : activeContext(context);
            List<SimpleCanon.Quad> quads = directToRdf(active, document, replaceContext, excluded, budget);
            if (quads != null) {
                return canonicalForm(quads, budget);
            }
            generalRuns.increment();
            // the fused path declines any key that looks like a keyword but is not one; here
            // it must be found before Titanium silently drops it
            SafeMode.checkInputKeys(document, new StringBuilder("$"), excluded);
            RdfCanon canon = RdfCanon.create(digest(), budget);
            JsonValue body = replaceContext ? withoutContext(document, excluded) : JsonBridge.toJsonP(document);
            JsonValue expanded = Expansion.with(active, body, null, null).ordered(false).compute();
            JsonArray expandedArray = topLevel(expanded);
            SafeMode.checkExpanded(expandedArray, document);
            JsonLdToRdf.with(NodeMapBuilder.with(expandedArray, new NodeMap()).build())
                    .produceGeneralizedRdf(generalizedRdf)
                    .uriValidation(uriValidation)
                    .provide(canon);
            return finish(canon);
        } catch (JsonLdError e) {
            throw translate(e, document);
        } catch (Budget.Exceeded e) {
            throw budgetExceeded(e.getMessage(), e);
        } catch (StackOverflowError e) {
            throw new MicrocredException(ErrorCode.LIMIT_EXCEEDED,
                    "document is nested too deeply for JSON-LD processing", null, e);
        } catch (MicrocredException e) {
            throw e;
        } catch (RuntimeException e) {
            // Titanium 1.7 fails on some invalid documents with a ClassCastException or an
            // IllegalStateException instead of a JsonLdError (e.g. a non-string @direction)
            throw new MicrocredException(ErrorCode.JSON_LD_FAILED,
                    "JSON-LD processing failed: the document is not valid JSON-LD (" + e.getClass().getSimpleName()
                            + " in the JSON-LD processor)", null, e);
        } finally {
            budget.leave();
        }
    }

    /**
     * The document's dataset by the fused expansion-to-RDF path ({@link DirectRdf}), or null when
     * it needs the general path (Titanium's expansion, node map and JSON-LD to RDF).
     */
    private List<SimpleCanon.Quad> directToRdf(ActiveContext active, JsonNode document, boolean contextApplied,
            String excluded, Budget budget) {
        if (direct == null) {
            return null;
        }
        try {
            List<SimpleCanon.Quad> quads = direct.emit(active, document, contextApplied, excluded, budget);
            directRuns.increment();
            return quads;
        } catch (DirectRdf.Unsupported e) {
            LOG.trace("general JSON-LD path: {}", e.getMessage());
            return null;
        } catch (Budget.Exceeded e) {
            throw e;
        } catch (RuntimeException e) {
            // never let the fused path decide an error: the general path gives the precise one
            LOG.debug("general JSON-LD path after {} in the fused path", e.toString());
            return null;
        }
    }

    /**
     * RDFC-1.0 of a dataset: {@link SimpleCanon} when every blank node has its own first-degree
     * hash, Titanium's complete implementation otherwise.
     */
    private String canonicalForm(List<SimpleCanon.Quad> quads, Budget budget) {
        String simple = SimpleCanon.canonicalize(quads, digest(), budget);
        if (simple != null) {
            simpleCanons.increment();
            return simple;
        }
        RdfCanon canon = RdfCanon.create(digest(), budget);
        for (SimpleCanon.Quad q : quads) {
            canon.quad(q.subject, q.predicate, q.object, q.datatype, q.language, null, q.graph);
        }
        return finish(canon);
    }

    /** The processed active context for a {@code @context} value, from the cache when possible. */
    private ActiveContext activeContext(JsonNode context) throws JsonLdError {
        String key = contextKey(context);
        ActiveContext cached = contexts.get(key);
        if (cached != null) {
            return cached;
        }
        LOG.debug("processing JSON-LD context {}", key.length() > 200 ? key.substring(0, 200) + "…" : key);
        ActiveContext created;
        try {
            created = emptyContext.newContext().create(JsonBridge.toJsonP(context), null);
        } catch (JsonLdError e) {
            if (hasCode(e, JsonLdErrorCode.PROTECTED_TERM_REDEFINITION)) {
                throw explainProtectedRedefinition(context, e);
            }
            throw e;
        }
        if (key.length() <= MAX_CACHED_CONTEXT_CHARS && contexts.size() < MAX_CACHED_CONTEXTS) {
            ActiveContext raced = contexts.putIfAbsent(key, created);
            return raced != null ? raced : created;
        }
        return created;
    }

    /**
     * The cache key of a {@code @context} value: its URLs joined by line feeds for the common
     * URL / array-of-URLs case (cheap), its JSON text otherwise. The two forms cannot collide.
     */
    static String contextKey(JsonNode context) {
        if (context.isTextual() && context.textValue().indexOf('\n') < 0) {
            return "u\n" + context.textValue();
        }
        if (context.isArray()) {
            StringBuilder key = new StringBuilder("a");
            for (JsonNode item : context) {
                if (!item.isTextual() || item.textValue().indexOf('\n') >= 0) {
                    key = null;
                    break;
                }
                key.append('\n').append(item.textValue());
            }
            if (key != null) {
                return key.toString();
            }
        }
        try {
            return Json.standard().mapper().writeValueAsString(context);
        } catch (JsonProcessingException e) {
            throw new MicrocredException(ErrorCode.JSON_MALFORMED, "@context cannot be serialized", null, e);
        }
    }

    private static boolean hasCode(Throwable e, JsonLdErrorCode code) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonLdError && ((JsonLdError) t).getCode() == code) {
                return true;
            }
        }
        return false;
    }

    /**
     * Titanium reports a protected-term redefinition without naming the term. Find the context
     * entry and the term by replaying the {@code @context} entries one at a time, then the failing
     * entry's terms one at a time (error path only).
     */
    private MicrocredException explainProtectedRedefinition(JsonNode context, JsonLdError error) {
        List<JsonNode> items = new ArrayList<>();
        if (context.isArray()) {
            context.forEach(items::add);
        } else {
            items.add(context);
        }
        ActiveContext previous = emptyContext;
        for (JsonNode item : items) {
            JsonValue itemValue = JsonBridge.toJsonP(item);
            try {
                previous = previous.newContext().create(itemValue, null);
                continue;
            } catch (JsonLdError e) {
                if (!hasCode(e, JsonLdErrorCode.PROTECTED_TERM_REDEFINITION)) {
                    break;
                }
            }
            String where = item.isTextual() ? item.textValue() : "an inline context";
            JsonValue definitions = item.isTextual() ? loadedContext(item.textValue()) : itemValue;
            if (definitions instanceof JsonObject) {
                for (Map.Entry<String, JsonValue> term : definitions.asJsonObject().entrySet()) {
                    if (term.getKey().startsWith("@")) {
                        continue;
                    }
                    JsonObject single = JsonBridge.provider().createObjectBuilder()
                            .add(term.getKey(), term.getValue()).build();
                    try {
                        previous.newContext().create(single, null);
                    } catch (JsonLdError e) {
                        if (hasCode(e, JsonLdErrorCode.PROTECTED_TERM_REDEFINITION)) {
                            return protectedRedefinition("@context entry " + where + " redefines the protected term \""
                                    + term.getKey() + "\", which an earlier context defines differently", error);
                        }
                    }
                }
            }
            return protectedRedefinition("@context entry " + where
                    + " redefines a protected term of an earlier context", error);
        }
        return protectedRedefinition("a context redefines a protected term of an earlier context", error);
    }

    /** The {@code @context} member of a registered context document, or null. */
    private JsonValue loadedContext(String url) {
        try {
            JsonValue document = loader.parse(url);
            return document instanceof JsonObject ? document.asJsonObject().get(Keywords.CONTEXT) : null;
        } catch (MicrocredException e) {
            return null;
        }
    }

    private static MicrocredException protectedRedefinition(String message, JsonLdError cause) {
        return new MicrocredException(ErrorCode.JSON_LD_FAILED, "JSON-LD: " + message,
                "protected terms cannot be redefined; remove or reorder the conflicting context, or use a"
                        + " different term name", cause);
    }

    /**
     * The document as JSON-P, top-level {@code @context} (applied separately) and
     * {@code excluded} left out.
     */
    private static JsonObject withoutContext(JsonNode document, String excluded) {
        JsonObjectBuilder builder = JsonBridge.provider().createObjectBuilder();
        Iterator<Map.Entry<String, JsonNode>> fields = document.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            if (!Keywords.CONTEXT.equals(key) && !key.equals(excluded)) {
                builder.add(field.getKey(), JsonBridge.toJsonP(field.getValue()));
            }
        }
        return builder.build();
    }

    /** Steps 8.1–8.3 of the JSON-LD 1.1 expansion algorithm's entry point. */
    private static JsonArray topLevel(JsonValue expanded) {
        JsonValue value = expanded;
        if (value instanceof JsonObject) {
            JsonObject object = value.asJsonObject();
            if (object.size() == 1 && object.containsKey(Keywords.GRAPH)) {
                value = object.get(Keywords.GRAPH);
            }
        }
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        if (value instanceof JsonArray) {
            return value.asJsonArray();
        }
        return JsonBridge.provider().createArrayBuilder().add(value).build();
    }

    private static String finish(RdfCanon canon) {
        NQuadsBuilder out = new NQuadsBuilder();
        try {
            canon.provide(out);
        } catch (Budget.Exceeded e) {
            throw budgetExceeded(e.getMessage(), e);
        } catch (RdfConsumerException e) {
            throw new MicrocredException(ErrorCode.JSON_LD_FAILED,
                    "canonical N-Quads cannot be written: " + e.getMessage(), null, e);
        } catch (RuntimeException e) {
            // titanium-rdfc 2.0.0 treats a graph named by an IRI as a blank node in its N-degree
            // hashing and fails with a NullPointerException; never let that escape as a crash
            throw new MicrocredException(ErrorCode.JSON_LD_FAILED,
                    "RDFC-1.0 canonicalization failed inside titanium-rdfc (" + e.getClass().getSimpleName()
                            + "); datasets whose blank nodes need the N-degree hash and that use a graph named by"
                            + " an IRI are not supported", null, e);
        }
        return out.toString();
    }

    private MessageDigest digest() {
        try {
            return MessageDigest.getInstance(hashAlgorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(hashAlgorithm + " is required of every Java platform", e);
        }
    }

    private static MicrocredException budgetExceeded(String message, Throwable cause) {
        return new MicrocredException(ErrorCode.CANONICALIZATION_BUDGET_EXCEEDED, message,
                "the input is too costly to canonicalize; raise Canonicalizer.builder().workBudget/timeBudget"
                        + " only for trusted input",
                cause);
    }

    private static MicrocredException translate(JsonLdError e, JsonNode document) {
        if (e.getCode() == JsonLdErrorCode.PROCESSING_TIMEOUT_EXCEEDED) {
            return budgetExceeded(e.getMessage(), e);
        }
        if (e.getCode() == JsonLdErrorCode.UNDEFINED_TERM && e.getMessage() != null) {
            Matcher m = BRACKETED.matcher(e.getMessage());
            if (m.find()) {
                String term = m.group(1);
                String path = SafeMode.find(document, term, new StringBuilder("$"));
                return new MicrocredException(ErrorCode.JSON_LD_FAILED,
                        "JSON-LD safe mode: term \"" + term + "\" is not defined by any context at "
                                + (path == null ? "$" : path),
                        "add a context that defines it (register it in the ContextRegistry) or use an absolute IRI",
                        e);
            }
        }
        Throwable cause = e;
        StringBuilder message = new StringBuilder("JSON-LD processing failed: ");
        message.append(e.getCode());
        while (cause != null) {
            if (cause.getMessage() != null) {
                message.append(": ").append(cause.getMessage());
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return new MicrocredException(ErrorCode.JSON_LD_FAILED, message.toString(), null, e);
    }

    /** Collects the settings of a {@link Canonicalizer}. Not thread-safe. */
    public static final class Builder {
        private ContextRegistry registry;
        private long workBudget = DEFAULT_WORK_BUDGET;
        private Duration timeBudget = DEFAULT_TIME_BUDGET;
        private String hashAlgorithm = "SHA-256";
        private boolean direct = true;

        private Builder() {
        }

        /**
         * @param registry the contexts to resolve {@code @context} URLs against (default
         *     {@link ContextRegistry#bundled()}); not null
         * @return this builder
         */
        public Builder registry(ContextRegistry registry) {
            this.registry = Objects.requireNonNull(registry, "registry");
            return this;
        }

        /**
         * @param steps the most RDFC-1.0 steps (ticks) one call may take; at least 1 (default
         *     1,000,000)
         * @return this builder
         * @throws MicrocredException {@link ErrorCode#INVALID_VALUE} if not positive
         */
        public Builder workBudget(long steps) {
            if (steps < 1) {
                throw new MicrocredException(ErrorCode.INVALID_VALUE, "workBudget must be positive, was " + steps);
            }
            this.workBudget = steps;
            return this;
        }

        /**
         * @param budget the most wall-clock time one call may take (default 5 s); positive
         * @return this builder
         * @throws MicrocredException {@link ErrorCode#INVALID_VALUE} if not positive
         */
        public Builder timeBudget(Duration budget) {
            Objects.requireNonNull(budget, "budget");
            if (budget.isNegative() || budget.isZero()) {
                throw new MicrocredException(ErrorCode.INVALID_VALUE, "timeBudget must be positive, was " + budget);
            }
            this.timeBudget = budget;
            return this;
        }

        /**
         * @param algorithm the RDFC-1.0 hash algorithm: {@code "SHA-256"} (default, what Data
         *     Integrity suites use) or {@code "SHA-384"}
         * @return this builder
         * @throws MicrocredException {@link ErrorCode#INVALID_VALUE} for any other name
         */
        public Builder hashAlgorithm(String algorithm) {
            if (!"SHA-256".equals(algorithm) && !"SHA-384".equals(algorithm)) {
                throw new MicrocredException(ErrorCode.INVALID_VALUE,
                        "RDFC-1.0 hash algorithm must be SHA-256 or SHA-384, was " + algorithm);
            }
            this.hashAlgorithm = algorithm;
            return this;
        }

        /**
         * Whether documents the fused expansion-to-RDF path handles take it (default true);
         * false runs every document through Titanium's expansion, node map and JSON-LD to RDF.
         * Both give the same result; tests compare them.
         */
        Builder directRdf(boolean enabled) {
            this.direct = enabled;
            return this;
        }

        /** @return the canonicalizer */
        public Canonicalizer build() {
            if (registry == null) {
                registry = ContextRegistry.bundled();
            }
            return new Canonicalizer(this);
        }
    }

    /** Counters for tests: context loads requested by Titanium, and context parses. */
    long loaderCalls() {
        return loader.loadCount();
    }

    long contextParses() {
        return loader.parseCount();
    }

    int cachedContexts() {
        return contexts.size();
    }

    /** Contexts derived by scoped or embedded contexts and kept by the fused path. */
    int derivedContexts() {
        return direct == null ? 0 : direct.derivedContexts();
    }

    /** Documents that took the fused path, and the general one. */
    long directRuns() {
        return directRuns.sum();
    }

    long generalRuns() {
        return generalRuns.sum();
    }

    /** Canonicalizations done by {@link SimpleCanon}. */
    long simpleCanons() {
        return simpleCanons.sum();
    }
}
