package org.microcred.core.jsonld;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.context.ActiveContext;
import com.apicatalog.jsonld.context.TermDefinition;
import com.apicatalog.jsonld.lang.DirectionType;
import com.apicatalog.jsonld.lang.Keywords;
import com.apicatalog.jsonld.lang.LanguageTag;
import com.apicatalog.jsonld.uri.UriUtils;
import com.apicatalog.jsonld.uri.UriValidationPolicy;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.json.JsonValue;
import java.math.BigInteger;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JSON-LD expansion fused with JSON-LD to RDF, straight from a Jackson tree to RDF quads, for the
 * documents credentials are made of; every other document is left to the general path.
 *
 * <p>It follows the JSON-LD 1.1 API expansion algorithm (§5.1.2: reverting to the previous
 * context, property-scoped, embedded and type-scoped contexts, in that order), value expansion
 * (§5.3.2), node map generation (§7.2: one subject per node object, graph objects named by a blank
 * node) and object-to-RDF conversion (§8.1.2, list conversion §8.1.3), with the term definitions
 * and IRI expansion of Titanium's own {@link ActiveContext}, so terms mean exactly what they mean
 * on the general path. What it adds is memoization: the context a type-scoped, property-scoped or
 * embedded {@code @context} produces from a given context is computed once per canonicalizer
 * ({@link Contexts}) instead of once per node, and no expanded JSON, node map or JSON-P copy of
 * the document is built.
 *
 * <p>It handles: node objects with {@code @id}, {@code @type} and properties (terms, compact and
 * absolute IRIs, {@code @vocab}); embedded {@code @context}; scalar values with type, language
 * and {@code @id}/{@code @vocab} coercion; value objects ({@code @value}, {@code @type},
 * {@code @language}); {@code @set}, {@code @list} and {@code @graph} containers; blank node
 * identifiers. Whenever it meets anything else — another keyword or container, a reverse
 * property, a base direction, {@code @json}, a non-integral number, nested arrays in a list, an
 * IRI that is not absolute, a malformed language tag, a context that fails to process — it stops
 * with {@link Unsupported}, having returned nothing, and the caller runs the general path, which
 * produces the result or the precise error. Quads are collected without duplicates (a dataset is
 * a set) for {@link SimpleCanon}. A call therefore either yields
 * exactly what the general path yields, or nothing ({@code DirectRdfTest} checks this on every
 * vector and on generated documents).
 *
 * <p>Thread-safe; one instance per canonicalizer.
 */
final class DirectRdf {

    /** This document needs the general path. Carries no stack trace: it is control flow. */
    static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        Unsupported(String reason) {
            super(reason, null, false, false);
        }
    }

    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static final String RDF_TYPE = RDF + "type";
    private static final String RDF_FIRST = RDF + "first";
    private static final String RDF_REST = RDF + "rest";
    private static final String RDF_NIL = RDF + "nil";
    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    private static final String XSD_STRING = XSD + "string";
    private static final String XSD_BOOLEAN = XSD + "boolean";
    private static final String XSD_INTEGER = XSD + "integer";
    private static final String XSD_DOUBLE = XSD + "double";
    private static final String XSD_FLOAT = XSD + "float";
    private static final BigInteger TEN_TO_21 = BigInteger.TEN.pow(21);
    /** Most IRIs whose validity is remembered (term, type and datatype IRIs recur in every document). */
    private static final int MAX_REMEMBERED_IRIS = 16_384;

    private final Contexts contexts;
    private final UriValidationPolicy uriValidation;
    private final Map<String, Boolean> iriVerdicts = new ConcurrentHashMap<>();

    DirectRdf(Contexts contexts, UriValidationPolicy uriValidation) {
        this.contexts = contexts;
        this.uriValidation = uriValidation;
    }

    /**
     * The RDF dataset of a JSON-LD document (each quad once), or {@link Unsupported}.
     *
     * @param active the active context: the processed top-level {@code @context} when
     *     {@code contextApplied}, else the empty context
     * @param document a JSON object, or an array of them
     * @param contextApplied whether the top-level object's {@code @context} is already in
     *     {@code active} (its member is then skipped)
     * @param excluded a top-level member to leave out, or null
     * @param budget the call's budget, checked at every node object
     * @throws Budget.Exceeded if the time budget runs out
     */
    List<SimpleCanon.Quad> emit(ActiveContext active, JsonNode document, boolean contextApplied, String excluded,
            Budget budget) throws Unsupported {
        Run run = new Run(budget);
        if (document.isObject()) {
            run.node(active, document, null, null, contextApplied, excluded, 0);
        } else if (document.isArray()) {
            for (JsonNode item : document) {
                if (!item.isObject()) {
                    throw new Unsupported("top-level array item that is not an object");
                }
                run.node(active, item, null, null, false, null, 0);
            }
        } else {
            throw new Unsupported("document is not an object or array");
        }
        return run.dataset.quads();
    }

    int derivedContexts() {
        return contexts.size();
    }

    /** Whether Titanium's JSON-LD to RDF step would keep {@code iri} (and safe mode accept it). */
    private boolean absolute(String iri) {
        if (!SafeMode.isAbsoluteIri(iri)) {
            return false;
        }
        Boolean known = iriVerdicts.get(iri);
        if (known != null) {
            return known;
        }
        return UriUtils.isAbsoluteUri(iri, uriValidation);
    }

    /** As {@link #absolute(String)}, remembering the verdict: for IRIs that come from contexts. */
    private boolean absoluteRemembered(String iri) {
        Boolean known = iriVerdicts.get(iri);
        if (known != null) {
            return known;
        }
        boolean verdict = SafeMode.isAbsoluteIri(iri) && UriUtils.isAbsoluteUri(iri, uriValidation);
        if (iriVerdicts.size() < MAX_REMEMBERED_IRIS) {
            iriVerdicts.put(iri, verdict);
        }
        return verdict;
    }

    /**
     * One document: the quads found so far, without duplicates (a dataset is a set, and RDFC-1.0
     * in Titanium hashes a blank node's quads as a list), buffered so that nothing is emitted on
     * a bail-out.
     */
    private final class Run {
        private final SimpleCanon.Dataset dataset = new SimpleCanon.Dataset();
        private final Map<String, String> blankLabels = new HashMap<>();
        private final Budget budget;
        private int blankCounter;

        Run(Budget budget) {
            this.budget = budget;
        }

        private String freshBlank() {
            return "_:b" + blankCounter++;
        }

        private String documentBlank(String label) {
            return blankLabels.computeIfAbsent(label, l -> freshBlank());
        }

        private void quad(String subject, String predicate, String object, String datatype, String language,
                String graph) {
            dataset.add(subject, predicate, object, datatype, language, graph);
        }

        /**
         * Expands a JSON object that is a node object (or, as a property value, a value object)
         * and emits its quads. Returns its RDF term for the referring triple: the node's IRI or
         * blank node, or null for a value object whose {@code @value} is null. For a value object
         * the literal is returned through {@link #literal}.
         *
         * @param incoming the active context the object is expanded in
         * @param activeProperty the key this object is the value of, or null at the top
         * @param graph the graph name, null for the default graph
         * @param contextApplied the object's {@code @context} is already in {@code incoming}
         * @param excluded a member to skip (top level only), or null
         */
        String node(ActiveContext incoming, JsonNode object, String activeProperty, String graph,
                boolean contextApplied, String excluded, int depth) throws Unsupported {
            if (depth > JsonBridge.MAX_DEPTH) {
                throw new Unsupported("nesting depth");
            }
            if (budget.expired()) {
                throw new Budget.Exceeded("canonicalization ran past its time budget");
            }
            ActiveContext ctx = incoming;
            // §5.1.2 step 7: a node object does not inherit a type-scoped context
            if (ctx.getPreviousContext() != null && !keepsTypeScopedContext(ctx, object)) {
                ctx = ctx.getPreviousContext();
            }
            // step 8: property-scoped context, defined by the term in the incoming context
            if (activeProperty != null) {
                TermDefinition property = term(incoming, activeProperty);
                JsonValue scoped = property == null ? null : property.getLocalContext();
                if (scoped != null) {
                    TermDefinition own = term(ctx, activeProperty);
                    ctx = contexts.apply(ctx, scoped, own == null ? null : own.getBaseUrl(), true, true);
                }
            }
            // step 9: embedded context
            if (!contextApplied) {
                JsonNode embedded = object.get(Keywords.CONTEXT);
                if (embedded != null) {
                    ctx = contexts.applyEmbedded(ctx, embedded);
                }
            }
            // steps 10-11: type-scoped contexts, from the keys expanding to @type, in order
            ActiveContext typeScoped = ctx;
            String[] keys = sortedKeys(object);
            for (String key : keys) {
                if (skipped(key, contextApplied, excluded) || !Keywords.TYPE.equals(expandKey(typeScoped, key))) {
                    continue;
                }
                JsonNode types = object.get(key);
                List<String> values = new ArrayList<>();
                if (types.isArray()) {
                    for (JsonNode t : types) {
                        if (!t.isTextual()) {
                            throw new Unsupported("non-string type");
                        }
                        values.add(t.textValue());
                    }
                } else if (types.isTextual()) {
                    values.add(types.textValue());
                } else {
                    throw new Unsupported("non-string type");
                }
                values.sort(null);
                for (String type : values) {
                    TermDefinition definition = term(typeScoped, type);
                    if (definition != null && definition.getLocalContext() != null) {
                        TermDefinition current = term(ctx, type);
                        ctx = contexts.apply(ctx, definition.getLocalContext(),
                                current == null ? null : current.getBaseUrl(), false, false);
                    }
                }
            }
            // step 13: the entries, under the final context
            String[] expanded = new String[keys.length];
            boolean valueObject = false;
            int keywordSeen = 0;
            for (int i = 0; i < keys.length; i++) {
                if (Keywords.CONTEXT.equals(keys[i]) || skipped(keys[i], contextApplied, excluded)) {
                    continue; // an embedded @context was applied above (step 9)
                }
                String e = expandKey(ctx, keys[i]);
                if (e == null) {
                    throw new Unsupported("key expands to null");
                }
                expanded[i] = e;
                if (e.startsWith("@")) {
                    int bit = keywordBit(e);
                    if ((keywordSeen & bit) != 0) {
                        throw new Unsupported("colliding keywords");
                    }
                    keywordSeen |= bit;
                    if (Keywords.VALUE.equals(e)) {
                        valueObject = true;
                    }
                }
            }
            if (valueObject) {
                throw new Unsupported("value object in node position");
            }
            String subject = null;
            for (int i = 0; i < keys.length; i++) {
                if (Keywords.ID.equals(expanded[i])) {
                    subject = reference(ctx, object.get(keys[i]), false);
                }
            }
            if (subject == null) {
                subject = freshBlank();
            }
            for (int i = 0; i < keys.length; i++) {
                String property = expanded[i];
                if (property == null || Keywords.ID.equals(property)) {
                    continue;
                }
                JsonNode value = object.get(keys[i]);
                if (Keywords.TYPE.equals(property)) {
                    if (value.isArray()) {
                        for (JsonNode t : value) {
                            quad(subject, RDF_TYPE, typeIri(typeScoped, t.textValue()), null, null, graph);
                        }
                    } else {
                        quad(subject, RDF_TYPE, typeIri(typeScoped, value.textValue()), null, null, graph);
                    }
                    continue;
                }
                if (property.startsWith("@")) {
                    throw new Unsupported("keyword " + property);
                }
                if (property.startsWith("_:") || !absoluteRemembered(property)) {
                    throw new Unsupported("property IRI " + property);
                }
                property(ctx, keys[i], property, value, subject, graph, depth);
            }
            return subject;
        }

        /** The value of one property of a node: every item, by the term's container. */
        private void property(ActiveContext ctx, String key, String property, JsonNode value, String subject,
                String graph, int depth) throws Unsupported {
            TermDefinition definition = term(ctx, key);
            Collection<String> container = List.of();
            if (definition != null) {
                if (definition.isReverseProperty()) {
                    throw new Unsupported("reverse property");
                }
                if (Keywords.JSON.equals(definition.getTypeMapping())) {
                    throw new Unsupported("@json");
                }
                container = definition.getContainerMapping();
            }
            boolean list = false;
            boolean graphContainer = false;
            for (String c : container) {
                switch (c) {
                    case Keywords.SET:
                        break;
                    case Keywords.LIST:
                        list = true;
                        break;
                    case Keywords.GRAPH:
                        graphContainer = true;
                        break;
                    default:
                        throw new Unsupported("container " + c);
                }
            }
            if (list && graphContainer) {
                throw new Unsupported("list of graphs");
            }
            if (list) {
                listValue(ctx, key, property, value, subject, graph, depth);
                return;
            }
            if (value.isArray()) {
                items(ctx, key, property, value, subject, graph, graphContainer, depth);
            } else {
                item(ctx, key, property, value, subject, graph, graphContainer, depth);
            }
        }

        private void items(ActiveContext ctx, String key, String property, JsonNode array, String subject,
                String graph, boolean graphContainer, int depth) throws Unsupported {
            for (JsonNode item : array) {
                if (item.isArray()) {
                    // nested arrays flatten outside lists (§5.1.2 step 5.2.3)
                    items(ctx, key, property, item, subject, graph, graphContainer, depth + 1);
                } else {
                    item(ctx, key, property, item, subject, graph, graphContainer, depth);
                }
            }
        }

        private void item(ActiveContext ctx, String key, String property, JsonNode item, String subject,
                String graph, boolean graphContainer, int depth) throws Unsupported {
            if (item.isNull()) {
                return;
            }
            if (graphContainer) {
                if (!item.isObject() || isValueObject(ctx, item)) {
                    throw new Unsupported("graph container item that is not a node object");
                }
                String graphName = freshBlank();
                node(ctx, item, key, graphName, false, null, depth + 1);
                quad(subject, property, graphName, null, null, graph);
                return;
            }
            String[] term = value(ctx, key, item, graph, depth);
            if (term != null) {
                quad(subject, property, term[0], term[1], term[2], graph);
            }
        }

        /** A {@code @list} container's value: an RDF collection (§8.1.3). */
        private void listValue(ActiveContext ctx, String key, String property, JsonNode value, String subject,
                String graph, int depth) throws Unsupported {
            List<String[]> members = new ArrayList<>();
            if (value.isArray()) {
                for (JsonNode item : value) {
                    if (item.isArray()) {
                        throw new Unsupported("list of lists");
                    }
                    if (!item.isNull()) {
                        String[] term = value(ctx, key, item, graph, depth);
                        if (term != null) {
                            members.add(term);
                        }
                    }
                }
            } else if (value.isObject() && hasKeyword(ctx, value, Keywords.LIST)) {
                throw new Unsupported("list object");
            } else if (!value.isNull()) {
                String[] term = value(ctx, key, value, graph, depth);
                if (term != null) {
                    members.add(term);
                }
            } else {
                return;
            }
            if (members.isEmpty()) {
                quad(subject, property, RDF_NIL, null, null, graph);
                return;
            }
            String[] cells = new String[members.size()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = freshBlank();
            }
            quad(subject, property, cells[0], null, null, graph);
            for (int i = 0; i < cells.length; i++) {
                String[] member = members.get(i);
                quad(cells[i], RDF_FIRST, member[0], member[1], member[2], graph);
                quad(cells[i], RDF_REST, i + 1 < cells.length ? cells[i + 1] : RDF_NIL, null, null, graph);
            }
        }

        /**
         * The RDF term of one property value (not an array): {object, datatype, language}, with
         * datatype and language null for an IRI or blank node; null when the value vanishes.
         */
        private String[] value(ActiveContext ctx, String key, JsonNode item, String graph, int depth)
                throws Unsupported {
            if (item.isObject()) {
                if (isValueObject(ctx, item)) {
                    return valueObject(ctx, key, item);
                }
                if (hasKeyword(ctx, item, Keywords.LIST) || hasKeyword(ctx, item, Keywords.SET)) {
                    throw new Unsupported("list or set object");
                }
                return new String[] {node(ctx, item, key, graph, false, null, depth + 1), null, null};
            }
            return scalar(ctx, key, item);
        }

        /** §5.3.2 value expansion then §8.1.2 object to RDF, for a string, number or boolean. */
        private String[] scalar(ActiveContext incoming, String key, JsonNode scalar) throws Unsupported {
            ActiveContext ctx = incoming;
            TermDefinition outer = term(incoming, key);
            if (outer != null && outer.getLocalContext() != null) {
                // §5.1.2 step 4.2 (Titanium: without overriding protected terms)
                ctx = contexts.apply(ctx, outer.getLocalContext(), outer.getBaseUrl(), true, false);
            }
            TermDefinition definition = term(ctx, key);
            String typeMapping = definition == null ? null : definition.getTypeMapping();
            if (Keywords.JSON.equals(typeMapping)) {
                throw new Unsupported("@json");
            }
            if (scalar.isTextual()) {
                if (Keywords.ID.equals(typeMapping)) {
                    return new String[] {iriValue(ctx, scalar.textValue(), false), null, null};
                }
                if (Keywords.VOCAB.equals(typeMapping)) {
                    return new String[] {iriValue(ctx, scalar.textValue(), true), null, null};
                }
            }
            String datatype = typeMapping == null || Keywords.ID.equals(typeMapping)
                    || Keywords.VOCAB.equals(typeMapping) || Keywords.NONE.equals(typeMapping) ? null : typeMapping;
            if (datatype != null) {
                return typedLiteral(scalar, datatype);
            }
            if (scalar.isTextual()) {
                String language;
                DirectionType direction;
                if (definition != null && definition.getLanguageMapping() != null) {
                    JsonValue mapped = definition.getLanguageMapping();
                    language = mapped.getValueType() == JsonValue.ValueType.STRING
                            ? ((jakarta.json.JsonString) mapped).getString() : null;
                } else {
                    language = ctx.getDefaultLanguage();
                }
                if (definition != null && definition.getDirectionMapping() != null) {
                    direction = definition.getDirectionMapping();
                } else {
                    direction = ctx.getDefaultBaseDirection();
                }
                if (direction != null && direction != DirectionType.NULL) {
                    throw new Unsupported("base direction");
                }
                if (language != null) {
                    if (!LanguageTag.isWellFormed(language)) {
                        throw new Unsupported("language tag");
                    }
                    return new String[] {scalar.textValue(), XSD_STRING, language};
                }
                return new String[] {scalar.textValue(), XSD_STRING, null};
            }
            return typedLiteral(scalar, null);
        }

        /** §8.1.2 steps 9–12 for a string, number or boolean with an optional datatype. */
        private String[] typedLiteral(JsonNode scalar, String datatype) throws Unsupported {
            if (datatype != null && (!absoluteRemembered(datatype) || datatype.startsWith("_:"))) {
                throw new Unsupported("datatype");
            }
            if (scalar.isTextual()) {
                return new String[] {scalar.textValue(), datatype == null ? XSD_STRING : datatype, null};
            }
            if (scalar.isBoolean()) {
                return new String[] {scalar.booleanValue() ? "true" : "false",
                        datatype == null ? XSD_BOOLEAN : datatype, null};
            }
            if (scalar.isIntegralNumber()) {
                BigInteger number = scalar.bigIntegerValue();
                if (number.compareTo(TEN_TO_21) >= 0 || XSD_DOUBLE.equals(datatype) || XSD_FLOAT.equals(datatype)) {
                    throw new Unsupported("number in xsd:double form");
                }
                return new String[] {number.toString(), datatype == null ? XSD_INTEGER : datatype, null};
            }
            throw new Unsupported("non-integral number");
        }

        /** A value object: {@code @value} with {@code @type} or {@code @language}, nothing else. */
        private String[] valueObject(ActiveContext incoming, String key, JsonNode object) throws Unsupported {
            ActiveContext ctx = incoming;
            if (ctx.getPreviousContext() != null && !keepsTypeScopedContext(ctx, object)) {
                ctx = ctx.getPreviousContext();
            }
            TermDefinition outer = term(incoming, key);
            if (outer != null && outer.getLocalContext() != null) {
                TermDefinition own = term(ctx, key);
                ctx = contexts.apply(ctx, outer.getLocalContext(), own == null ? null : own.getBaseUrl(), true, true);
            }
            JsonNode embedded = object.get(Keywords.CONTEXT);
            if (embedded != null) {
                ctx = contexts.applyEmbedded(ctx, embedded);
            }
            JsonNode value = null;
            String type = null;
            String language = null;
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (Keywords.CONTEXT.equals(field.getKey())) {
                    continue;
                }
                String e = expandKey(ctx, field.getKey());
                JsonNode v = field.getValue();
                if (Keywords.VALUE.equals(e) && value == null) {
                    value = v;
                } else if (Keywords.TYPE.equals(e) && type == null && v.isTextual()) {
                    TermDefinition scoped = term(ctx, v.textValue());
                    if (scoped != null && scoped.getLocalContext() != null) {
                        throw new Unsupported("datatype with a type-scoped context");
                    }
                    type = expandIri(ctx, v.textValue(), true, true);
                } else if (Keywords.LANGUAGE.equals(e) && language == null && v.isTextual()) {
                    language = v.textValue().toLowerCase();
                } else {
                    throw new Unsupported("value object entry " + field.getKey());
                }
            }
            if (value.isNull()) {
                return null;
            }
            if (type != null && language != null || !value.isValueNode()) {
                throw new Unsupported("invalid value object");
            }
            if (language != null) {
                if (!value.isTextual() || !LanguageTag.isWellFormed(language)) {
                    throw new Unsupported("language-tagged value");
                }
                return new String[] {value.textValue(), XSD_STRING, language};
            }
            if (type != null && (Keywords.JSON.equals(type) || type.startsWith("@"))) {
                throw new Unsupported("value type " + type);
            }
            return typedLiteral(value, type);
        }

        /** {@code @id} of a node: an absolute IRI, or a blank node (relabelled per document). */
        private String reference(ActiveContext ctx, JsonNode id, boolean vocab) throws Unsupported {
            if (!id.isTextual()) {
                throw new Unsupported("non-string @id");
            }
            return iriValue(ctx, id.textValue(), vocab);
        }

        private String iriValue(ActiveContext ctx, String value, boolean vocab) throws Unsupported {
            String iri = expandIri(ctx, value, true, vocab);
            if (iri == null) {
                throw new Unsupported("IRI expands to null");
            }
            if (iri.startsWith("_:")) {
                return documentBlank(iri);
            }
            if (!absolute(iri)) {
                throw new Unsupported("IRI not absolute");
            }
            return iri;
        }

        private String typeIri(ActiveContext typeScoped, String value) throws Unsupported {
            String iri = expandIri(typeScoped, value, true, true);
            if (iri == null || iri.startsWith("_:") || !absoluteRemembered(iri)) {
                throw new Unsupported("type IRI");
            }
            return iri;
        }
    }

    /**
     * §5.1.2 step 7: whether an object keeps a type-scoped context (it is a value object, or a
     * lone {@code @id} reference), judged with keys expanded in that context.
     */
    private boolean keepsTypeScopedContext(ActiveContext ctx, JsonNode object) throws Unsupported {
        Iterator<String> names = object.fieldNames();
        while (names.hasNext()) {
            String e = expandKey(ctx, names.next());
            if (Keywords.VALUE.equals(e) || Keywords.ID.equals(e) && object.size() == 1) {
                return true;
            }
        }
        return false;
    }

    private boolean isValueObject(ActiveContext ctx, JsonNode object) throws Unsupported {
        return hasKeyword(ctx, object, Keywords.VALUE);
    }

    private boolean hasKeyword(ActiveContext ctx, JsonNode object, String keyword) throws Unsupported {
        Iterator<String> names = object.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!Keywords.CONTEXT.equals(name) && keyword.equals(expandKey(ctx, name))) {
                return true;
            }
        }
        return false;
    }

    private static boolean skipped(String key, boolean contextApplied, String excluded) {
        return contextApplied && Keywords.CONTEXT.equals(key) || key.equals(excluded);
    }

    /** Object keys in code-point order (JSON-LD processes @type entries lexicographically). */
    private static String[] sortedKeys(JsonNode object) {
        String[] keys = new String[object.size()];
        Iterator<String> names = object.fieldNames();
        for (int i = 0; names.hasNext(); i++) {
            keys[i] = names.next();
        }
        Arrays.sort(keys);
        return keys;
    }

    /** Keywords a node object may hold once each; any other keyword is unsupported. */
    private static int keywordBit(String keyword) throws Unsupported {
        switch (keyword) {
            case Keywords.ID:
                return 1;
            case Keywords.TYPE:
                return 2;
            case Keywords.VALUE:
                return 4;
            case Keywords.CONTEXT:
                return 8;
            default:
                throw new Unsupported("keyword " + keyword);
        }
    }

    private static TermDefinition term(ActiveContext ctx, String term) {
        return ctx.getTermsMapping().get(term);
    }

    /** IRI expansion of a key (vocabulary-relative), Titanium's own algorithm. */
    private static String expandKey(ActiveContext ctx, String key) throws Unsupported {
        TermDefinition definition = term(ctx, key);
        if (definition != null) {
            return definition.getUriMapping();
        }
        return expandIri(ctx, key, false, true);
    }

    private static String expandIri(ActiveContext ctx, String value, boolean documentRelative, boolean vocab)
            throws Unsupported {
        try {
            return ctx.uriExpansion().documentRelative(documentRelative).vocab(vocab).expand(value);
        } catch (JsonLdError e) {
            throw new Unsupported("IRI expansion failed");
        }
    }

    /**
     * Contexts derived from processed contexts by a scoped or embedded {@code @context}, computed
     * once. A derived context is keyed by the identity of the context it derives from and of the
     * local context value (scoped contexts are values inside cached term definitions, so they
     * are stable), or by the JSON text of an embedded context; the set is bounded.
     */
    static final class Contexts {
        /** Most derived contexts kept. */
        static final int MAX_ENTRIES = 8_192;

        private final Map<Key, ActiveContext> derived = new ConcurrentHashMap<>();
        private final ThreadLocal<Key> probe = ThreadLocal.withInitial(Key::new);

        ActiveContext apply(ActiveContext base, Object local, URI baseUrl, boolean propagate,
                boolean overrideProtected) throws Unsupported {
            Key lookup = probe.get().set(base, local, baseUrl, propagate, overrideProtected);
            ActiveContext known = derived.get(lookup);
            if (known != null) {
                return known;
            }
            ActiveContext created;
            try {
                created = base.newContext()
                        .propagate(propagate)
                        .overrideProtected(overrideProtected)
                        .create(local instanceof JsonValue ? (JsonValue) local
                                : JsonBridge.toJsonP(((Embedded) local).value), baseUrl);
            } catch (JsonLdError | RuntimeException e) {
                throw new Unsupported("context processing failed");
            }
            if (derived.size() < MAX_ENTRIES) {
                Key key = new Key().set(base, local, baseUrl, propagate, overrideProtected);
                ActiveContext raced = derived.putIfAbsent(key, created);
                return raced != null ? raced : created;
            }
            return created;
        }

        ActiveContext applyEmbedded(ActiveContext base, JsonNode context) throws Unsupported {
            String text = Canonicalizer.contextKey(context);
            if (text.length() > Canonicalizer.MAX_CACHED_CONTEXT_CHARS) {
                throw new Unsupported("large embedded context");
            }
            return apply(base, new Embedded(text, context), null, true, false);
        }

        int size() {
            return derived.size();
        }
    }

    /** An embedded {@code @context}: equal by its JSON text. */
    private static final class Embedded {
        final String text;
        final JsonNode value;

        Embedded(String text, JsonNode value) {
            this.text = text;
            this.value = value;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Embedded && ((Embedded) o).text.equals(text);
        }

        @Override
        public int hashCode() {
            return text.hashCode();
        }
    }

    /** Derived-context key; scoped local contexts by identity, embedded ones by text. */
    private static final class Key {
        private ActiveContext base;
        private Object local;
        private URI baseUrl;
        private boolean propagate;
        private boolean overrideProtected;
        private int hash;

        Key set(ActiveContext base, Object local, URI baseUrl, boolean propagate, boolean overrideProtected) {
            this.base = base;
            this.local = local;
            this.baseUrl = baseUrl;
            this.propagate = propagate;
            this.overrideProtected = overrideProtected;
            int h = System.identityHashCode(base);
            h = 31 * h + (local instanceof Embedded ? local.hashCode() : System.identityHashCode(local));
            h = 31 * h + (baseUrl == null ? 0 : baseUrl.hashCode());
            this.hash = 4 * h + (propagate ? 2 : 0) + (overrideProtected ? 1 : 0);
            return this;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Key)) {
                return false;
            }
            Key other = (Key) o;
            return base == other.base
                    && (local instanceof Embedded ? local.equals(other.local) : local == other.local)
                    && (baseUrl == null ? other.baseUrl == null : baseUrl.equals(other.baseUrl))
                    && propagate == other.propagate && overrideProtected == other.overrideProtected;
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
