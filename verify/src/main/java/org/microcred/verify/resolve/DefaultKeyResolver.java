package org.microcred.verify.resolve;

import static org.microcred.verify.resolve.Text.indexOfAny;
import static org.microcred.verify.resolve.Text.listed;
import static org.microcred.verify.resolve.Text.shortId;
import static org.microcred.verify.resolve.Text.shown;
import static org.microcred.verify.resolve.VerificationMethods.absolute;
import static org.microcred.verify.resolve.VerificationMethods.hasMethods;
import static org.microcred.verify.resolve.VerificationMethods.isVerificationMethodObject;
import static org.microcred.verify.resolve.VerificationMethods.multikeyOrEmpty;
import static org.microcred.verify.resolve.VerificationMethods.readJwk;
import static org.microcred.verify.resolve.VerificationMethods.readKey;
import static org.microcred.verify.resolve.VerificationMethods.readKeyOrEmpty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.microcred.core.MicrocredException;
import org.microcred.core.json.Json;
import org.microcred.core.keys.DidJwk;
import org.microcred.core.keys.DidKey;
import org.microcred.core.keys.MicrocredPublicKey;
import org.microcred.verify.fetch.DocumentFetcher;
import org.microcred.verify.fetch.FetchException;
import org.microcred.verify.fetch.FetchFailure;
import org.microcred.verify.fetch.FetchedDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in {@link KeyResolver}: {@code did:key}, {@code did:jwk}, {@code did:web}, HTTPS
 * controller documents, HTTPS key documents, the {@code controller#z6Mk…} fragment form, JWKS and
 * JWK URLs, all read through one {@link DocumentFetcher}.
 *
 * <p>What it checks (<a href="https://www.w3.org/TR/cid-1.0/#retrieve-verification-method">CID
 * 1.0 "Retrieve Verification Method"</a>, <a href="https://www.w3.org/TR/did-1.0/">DID Core</a>):
 * <ul>
 *   <li>a fetched DID document's {@code id} is the DID; a controller document's {@code id} is the
 *       URL it was fetched from; a key document's {@code id} is the URL asked for;</li>
 *   <li>verification methods are found inline in {@code verificationMethod} or in a verification
 *       relationship, or by reference from a relationship; relative ids ({@code #key-1}) are
 *       resolved against the document id;</li>
 *   <li>the purposes a key is authorised for are the relationships of its controller's document
 *       that list it;</li>
 *   <li>when a key names a controller other than the document it was found in (an HTTPS key
 *       document, a method whose {@code controller} is someone else, the fragment form), the
 *       controller's own document must list the key — per {@link ControllerConfirmation};</li>
 *   <li>at most {@link Builder#maxDocuments(int)} documents are fetched per resolution and at most
 *       {@link Builder#maxVerificationMethods(int)} entries are read per document; URLs must be
 *       {@code https:} unless {@link Builder#allowHttp(boolean)}.</li>
 * </ul>
 *
 * <p>Nothing is cached here beyond one resolution (the fetcher has the TTL cache). Immutable and
 * thread-safe. Never throws on bad input.
 */
public final class DefaultKeyResolver implements KeyResolver {

    /** Default cap on documents fetched while resolving one reference. */
    public static final int DEFAULT_MAX_DOCUMENTS = 4;
    /** Default cap on verification method and relationship entries read from one document. */
    public static final int DEFAULT_MAX_VERIFICATION_METHODS = 64;
    /** References longer than this are refused (the size of the largest did:jwk). */
    public static final int MAX_REFERENCE_LENGTH = DidJwk.MAX_LENGTH;

    /** The verification relationships of DID Core / CID 1.0 that authorise a key for a purpose. */
    public static final List<String> RELATIONSHIPS = List.of("assertionMethod", "authentication",
            "capabilityInvocation", "capabilityDelegation", "keyAgreement");

    private static final Logger LOG = LoggerFactory.getLogger(DefaultKeyResolver.class);
    private static final Set<String> ASSERTION = Set.of(ResolvedVerificationMethod.ASSERTION_METHOD);

    /**
     * What to do when a key names a controller other than the document it was found in (an HTTPS
     * key document, the {@code controller#z6Mk…} form, a DID document method whose
     * {@code controller} is another party). CID 1.0 ("Retrieve Verification Method") requires a
     * bi-directional reference: the method names its controller, and the controller's document
     * lists the method in a verification relationship. Without the second half anyone can publish
     * a key "controlled by" someone else and pass the issuer-binding check.
     */
    public enum ControllerConfirmation {
        /** The controller's document must be readable and list the key (default). */
        REQUIRE,
        /**
         * As {@link #REQUIRE}, except that when the controller's document is not available
         * (not preloaded, network off) the key is accepted for {@code assertionMethod} with a
         * WARN note. A document that is available but does not list the key still fails.
         */
        WHEN_AVAILABLE,
        /**
         * Do not consult the controller (what the 1EdTech validator does); the key is accepted
         * for {@code assertionMethod} with a WARN note. Its binding then rests on the reference's
         * text alone.
         */
        SKIP
    }

    private final DocumentFetcher fetcher;
    private final int maxDocuments;
    private final int maxVerificationMethods;
    private final boolean allowHttp;
    private final ControllerConfirmation confirmation;

    private DefaultKeyResolver(Builder b) {
        this.fetcher = b.fetcher;
        this.maxDocuments = b.maxDocuments;
        this.maxVerificationMethods = b.maxVerificationMethods;
        this.allowHttp = b.allowHttp;
        this.confirmation = b.confirmation;
    }

    /** @return a builder with the defaults: offline fetcher, 4 documents, 64 methods, https only, REQUIRE */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Resolution resolve(String reference) {
        Objects.requireNonNull(reference, "reference");
        Session s = new Session();
        try {
            ResolvedVerificationMethod key = resolveIn(reference, s, 0);
            LOG.debug("resolved {} to {} ({}, controller {})", shown(reference), key.id(), key.form(),
                    key.controller().orElse("unknown"));
            return Resolution.resolved(reference, key, s.notes, s.documentsRead());
        } catch (ResolutionError f) {
            LOG.debug("could not resolve {}: {}", shown(reference), f.failure());
            return Resolution.failed(reference, f.failure(), s.notes, s.documentsRead());
        }
    }

    @Override
    public KeySet keysOf(String controller) {
        Objects.requireNonNull(controller, "controller");
        Session s = new Session();
        try {
            List<ResolvedVerificationMethod> keys = listKeys(controller, s);
            return new KeySet(controller, keys, Optional.empty(), s.notes);
        } catch (ResolutionError f) {
            return new KeySet(controller, List.of(), Optional.of(f.failure()), s.notes);
        }
    }

    @Override
    public String toString() {
        return "DefaultKeyResolver[fetcher=" + fetcher + ", maxDocuments=" + maxDocuments + ", controller="
                + confirmation + (allowHttp ? ", http allowed" : "") + "]";
    }

    // ------------------------------------------------------------------ dispatch

    private ResolvedVerificationMethod resolveIn(String ref, Session s, int depth) {
        if (ref.isEmpty()) {
            throw fail(ResolutionStep.REFERENCE, "the verification method reference is empty");
        }
        if (ref.length() > MAX_REFERENCE_LENGTH) {
            throw fail(ResolutionStep.REFERENCE, "the verification method reference is " + ref.length()
                    + " characters long; the limit is " + MAX_REFERENCE_LENGTH);
        }
        if (ref.startsWith("did:")) {
            return resolveDidUrl(ref, s, depth);
        }
        String lower = ref.length() >= 8 ? ref.substring(0, 8).toLowerCase(Locale.ROOT) : ref.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https:") || lower.startsWith("http:")) {
            return resolveHttpUrl(ref, s, depth);
        }
        if (ref.startsWith("#")) {
            throw fail(ResolutionStep.REFERENCE, "the reference " + shown(ref) + " is relative; resolve it against"
                    + " the issuer id with resolve(reference, baseId)");
        }
        throw fail(ResolutionStep.REFERENCE, "the reference " + shown(ref) + " is neither a DID URL nor an https URL");
    }

    // ------------------------------------------------------------------ DIDs

    private ResolvedVerificationMethod resolveDidUrl(String ref, Session s, int depth) {
        int hash = ref.indexOf('#');
        String beforeFragment = hash < 0 ? ref : ref.substring(0, hash);
        String fragment = hash < 0 ? null : ref.substring(hash + 1);
        int pathOrQuery = indexOfAny(beforeFragment, '/', '?');
        if (pathOrQuery >= 0) {
            throw fail(ResolutionStep.REFERENCE, "the DID URL " + shown(ref) + " has a path or query; only a DID"
                    + " or a DID with a #fragment can name a verification method here");
        }
        FoundDocument doc = didDocument(beforeFragment, s);
        return findMethod(doc, fragment, ref, s, depth);
    }

    private FoundDocument didDocument(String did, Session s) {
        int second = did.indexOf(':', 4);
        if (second < 0) {
            throw fail(ResolutionStep.REFERENCE, shown(did) + " is not a DID (expected did:<method>:<id>)");
        }
        String method = did.substring(4, second);
        switch (method) {
            case "key": {
                try {
                    return new FoundDocument(did, DidKey.parse(did).document(), Optional.empty(), KeyForm.DID_KEY,
                            "the DID document of " + shown(did));
                } catch (MicrocredException e) {
                    throw fail(ResolutionStep.READ_KEY, "the did:key " + shown(did) + " does not hold a usable key: "
                            + e.getMessage());
                }
            }
            case "jwk": {
                try {
                    return new FoundDocument(did, DidJwk.parse(did).document(), Optional.empty(), KeyForm.DID_JWK,
                            "the DID document of " + shown(did));
                } catch (MicrocredException e) {
                    throw fail(ResolutionStep.READ_KEY, "the did:jwk " + shown(did) + " does not hold a usable key: "
                            + e.getMessage());
                }
            }
            case "web": {
                URI url;
                try {
                    url = DidWeb.documentUrl(did);
                } catch (MicrocredException e) {
                    throw fail(ResolutionStep.DID_WEB_URL, e.getMessage());
                }
                JsonNode node = fetchJson(url, shown(did) + " resolved to " + url, s);
                checkDocumentId(node, did, "the DID document of " + shown(did) + " at " + url);
                return new FoundDocument(did, node, Optional.of(url.toString()), KeyForm.DID_WEB,
                        "the DID document of " + shown(did) + " (" + url + ")");
            }
            default:
                throw fail(ResolutionStep.DID_METHOD, "the DID method did:" + shown(method) + " of " + shown(did)
                        + " is not supported (supported: did:key, did:jwk, did:web)");
        }
    }

    // ------------------------------------------------------------------ https URLs

    private ResolvedVerificationMethod resolveHttpUrl(String ref, Session s, int depth) {
        URI uri;
        try {
            uri = new URI(ref);
        } catch (URISyntaxException e) {
            throw fail(ResolutionStep.REFERENCE, "the reference " + shown(ref) + " is not a valid URL: "
                    + e.getReason());
        }
        checkScheme(uri, ref);
        if (uri.getHost() == null || uri.getRawAuthority() == null) {
            throw fail(ResolutionStep.REFERENCE, "the URL " + shown(ref) + " has no host");
        }
        int hash = ref.indexOf('#');
        String base = hash < 0 ? ref : ref.substring(0, hash);
        String fragment = hash < 0 ? null : ref.substring(hash + 1);
        if (fragment != null && fragment.startsWith("z")) {
            Optional<MicrocredPublicKey> inFragment = multikeyOrEmpty(fragment);
            if (inFragment.isPresent()) {
                return fragmentForm(ref, base, inFragment.get(), s, depth);
            }
        }
        URI baseUri = URI.create(base);
        JsonNode node = fetchJson(baseUri, "the key URL " + shown(ref) + " points to the document " + base, s);
        if (node.has("keys") && !node.has("verificationMethod")) {
            return fromJwks(node, ref, base, fragment);
        }
        if (node.has("kty")) {
            return fromJwkDocument(node, ref, base);
        }
        if (isVerificationMethodObject(node)) {
            return keyDocument(node, ref, base, s, depth);
        }
        if (hasMethods(node)) {
            checkDocumentId(node, base, "the controller document at " + base);
            FoundDocument doc = new FoundDocument(base, node, Optional.of(base), KeyForm.CONTROLLER_DOCUMENT,
                    "the controller document " + base);
            return findMethod(doc, fragment, ref, s, depth);
        }
        throw fail(ResolutionStep.DOCUMENT, "the document at " + base + " is neither a controller document"
                + " (verificationMethod / assertionMethod), a key document (type + publicKeyMultibase or"
                + " publicKeyJwk), a JWK nor a JWKS");
    }

    private ResolvedVerificationMethod fragmentForm(String ref, String base, MicrocredPublicKey key, Session s,
            int depth) {
        Set<String> purposes = confirm(base, ref, key, "the key in the URL fragment of " + shown(ref), s, depth);
        return new ResolvedVerificationMethod(ref, Optional.of(base), key, Optional.empty(), purposes,
                KeyForm.MULTIKEY_FRAGMENT);
    }

    private ResolvedVerificationMethod keyDocument(JsonNode node, String ref, String base, Session s, int depth) {
        JsonNode idNode = node.get("id");
        if (idNode == null || !idNode.isTextual()) {
            throw fail(ResolutionStep.DOCUMENT_ID, "the key document at " + base + " has no 'id'");
        }
        String id = idNode.textValue();
        if (!id.equals(ref) && !id.equals(base)) {
            throw fail(ResolutionStep.DOCUMENT_ID, "the key document at " + base + " has id " + shown(id)
                    + ", not the URL it was fetched for (" + shown(ref) + ")");
        }
        MicrocredPublicKey key = readKey(node, id);
        JsonNode controllerNode = node.get("controller");
        if (controllerNode == null || !controllerNode.isTextual() || controllerNode.textValue().isEmpty()) {
            throw fail(ResolutionStep.CONTROLLER, "the key document " + shown(id) + " names no 'controller'"
                    + " (CID 1.0 requires a verification method to name its controller)");
        }
        String controller = controllerNode.textValue();
        Set<String> purposes = confirm(controller, id, key, "the key document " + shown(id), s, depth);
        return new ResolvedVerificationMethod(id, Optional.of(controller), key, Optional.of(base), purposes,
                KeyForm.KEY_DOCUMENT);
    }

    private ResolvedVerificationMethod fromJwks(JsonNode node, String ref, String base, String fragment) {
        JsonNode keys = node.get("keys");
        if (!keys.isArray()) {
            throw fail(ResolutionStep.DOCUMENT, "the JWKS at " + base + " has a 'keys' member that is not an array");
        }
        if (keys.size() > maxVerificationMethods) {
            throw fail(ResolutionStep.LIMIT, "the JWKS at " + base + " has " + keys.size() + " keys; the limit is "
                    + maxVerificationMethods);
        }
        List<JsonNode> matches = new ArrayList<>();
        List<String> kids = new ArrayList<>();
        for (JsonNode jwk : keys) {
            String kid = jwk.path("kid").isTextual() ? jwk.get("kid").textValue() : null;
            kids.add(kid == null ? "(no kid)" : kid);
            if (fragment == null || fragment.equals(kid) || ref.equals(kid)) {
                matches.add(jwk);
            }
        }
        if (fragment == null && matches.size() != 1) {
            throw fail(ResolutionStep.FIND_METHOD, "the kid URL " + shown(ref) + " has no #fragment and the JWKS at "
                    + base + " has " + matches.size() + " keys; name one (kids: " + listed(kids) + ")");
        }
        if (matches.isEmpty()) {
            throw fail(ResolutionStep.FIND_METHOD, "the JWKS at " + base + " has no key with kid " + shown(fragment)
                    + " (kids: " + listed(kids) + ")");
        }
        if (matches.size() > 1) {
            throw fail(ResolutionStep.FIND_METHOD, "the JWKS at " + base + " has " + matches.size()
                    + " keys with kid " + shown(fragment) + "; a kid must name one key");
        }
        JsonNode jwk = matches.get(0);
        MicrocredPublicKey key = readJwk(jwk, "key " + shown(ref) + " of the JWKS at " + base);
        return new ResolvedVerificationMethod(ref, Optional.empty(), key, Optional.of(base), ASSERTION, KeyForm.JWKS);
    }

    private ResolvedVerificationMethod fromJwkDocument(JsonNode node, String ref, String base) {
        MicrocredPublicKey key = readJwk(node, "the JWK at " + base);
        return new ResolvedVerificationMethod(ref, Optional.empty(), key, Optional.of(base), ASSERTION,
                KeyForm.JWK_URL);
    }

    // ------------------------------------------------------------------ documents

    private ResolvedVerificationMethod findMethod(FoundDocument doc, String fragment, String ref, Session s,
            int depth) {
        MethodIndex idx = MethodIndex.of(doc, maxVerificationMethods);
        String target;
        if (fragment == null) {
            List<String> assertion = idx.relationships().getOrDefault(ResolvedVerificationMethod.ASSERTION_METHOD,
                    List.of());
            if (assertion.size() != 1) {
                throw fail(ResolutionStep.FIND_METHOD, shown(ref) + " names no verification method (#fragment), and "
                        + doc.description() + " lists " + assertion.size() + " assertion methods"
                        + (assertion.isEmpty() ? "" : " (" + listed(assertion) + ")") + "; name one");
            }
            target = assertion.get(0);
        } else {
            target = doc.id() + "#" + fragment;
        }
        ObjectNode vm = idx.methods().get(target);
        if (vm == null) {
            boolean referenced = idx.isListed(target);
            if (referenced && !target.startsWith(doc.id() + "#") && depth == 0) {
                return externalMethod(doc, idx, target, s, depth);
            }
            String why = referenced ? " (it is listed in a verification relationship but not defined)" : "";
            throw fail(ResolutionStep.FIND_METHOD, doc.description() + " has no verification method "
                    + shown(shortId(target, doc.id())) + why + "; it has: "
                    + (idx.methods().isEmpty() ? "none" : listed(idx.methods().keySet().stream()
                            .map(id -> shortId(id, doc.id())).toList())));
        }
        MicrocredPublicKey key = readKey(vm, target);
        String controller = controllerOf(vm, doc, target, s);
        Set<String> purposes;
        if (controller.equals(doc.id())) {
            purposes = idx.purposesOf(target);
        } else {
            purposes = confirm(controller, target, key, "verification method " + shown(target) + " (found in "
                    + doc.description() + ")", s, depth);
        }
        return new ResolvedVerificationMethod(target, Optional.of(controller), key, doc.source(), purposes, doc.form());
    }

    /** A relationship of {@code doc} lists, by reference, a method published elsewhere (a key document). */
    private ResolvedVerificationMethod externalMethod(FoundDocument doc, MethodIndex idx, String target, Session s,
            int depth) {
        ResolvedVerificationMethod external = resolveIn(target, s, depth + 1);
        String controller = external.controller().orElse("(none)");
        if (!controller.equals(doc.id())) {
            String what = target.startsWith("did:") ? "the verification method " : "the key document ";
            throw fail(ResolutionStep.CONTROLLER, what + shown(target) + " names controller "
                    + shown(controller) + ", not " + shown(doc.id()) + ", under which it was found");
        }
        return new ResolvedVerificationMethod(external.id(), external.controller(), external.publicKey(),
                external.document(), idx.purposesOf(target), external.form());
    }

    private String controllerOf(ObjectNode vm, FoundDocument doc, String vmId, Session s) {
        JsonNode c = vm.get("controller");
        if (c == null) {
            s.notes.add("verification method " + shown(vmId) + " names no controller; taking the document's id "
                    + shown(doc.id()));
            return doc.id();
        }
        if (!c.isTextual() || c.textValue().isEmpty()) {
            throw fail(ResolutionStep.READ_KEY, "verification method " + shown(vmId) + " has a 'controller' that is"
                    + " not a non-empty string");
        }
        return absolute(c.textValue(), doc.id());
    }

    /**
     * CID 1.0: a key whose controller is not the document it was found in is authorised only by
     * the controller's own document.
     */
    private Set<String> confirm(String controller, String keyId, MicrocredPublicKey key, String what, Session s,
            int depth) {
        if (confirmation == ControllerConfirmation.SKIP) {
            s.notes.add(what + " names controller " + shown(controller) + "; this was not confirmed against the"
                    + " controller's document (controller confirmation is off)");
            return ASSERTION;
        }
        if (depth > 1) {
            throw fail(ResolutionStep.LIMIT, "confirming the controller of " + shown(keyId) + " needs another level"
                    + " of documents; the chain is too deep");
        }
        FoundDocument cd;
        try {
            cd = controllerDocument(controller, s);
        } catch (ResolutionError f) {
            if (confirmation == ControllerConfirmation.WHEN_AVAILABLE && f.fetchReason() != null
                    && (f.fetchReason() == FetchFailure.NOT_PRELOADED
                            || f.fetchReason() == FetchFailure.NETWORK_DISABLED)) {
                s.notes.add(what + " names controller " + shown(controller) + ", whose document is not available,"
                        + " so the controller was not confirmed: " + f.failure().message());
                return ASSERTION;
            }
            String hint = f.failure().step() == ResolutionStep.FETCH ? " (preload the controller's document, or relax"
                    + " the check with DefaultKeyResolver.builder().controllerConfirmation(WHEN_AVAILABLE or SKIP))"
                    : "";
            throw fail(f.failure().step(), "could not confirm that " + shown(controller) + " controls " + what + ": "
                    + f.failure().message() + hint, f.fetchReason());
        }
        MethodIndex idx = MethodIndex.of(cd, maxVerificationMethods);
        Set<String> purposes = new LinkedHashSet<>(idx.purposesOf(keyId));
        if (purposes.isEmpty()) {
            for (Map.Entry<String, ObjectNode> m : idx.methods().entrySet()) {
                Optional<MicrocredPublicKey> listed = readKeyOrEmpty(m.getValue());
                if (listed.isPresent() && listed.get().equals(key)) {
                    purposes.addAll(idx.purposesOf(m.getKey()));
                }
            }
        }
        if (purposes.isEmpty()) {
            throw fail(ResolutionStep.CONTROLLER, what + " names controller " + shown(controller) + ", but "
                    + cd.description() + " does not list that key in any verification relationship"
                    + " (assertionMethod …); CID 1.0 requires the controller to confirm the key");
        }
        return purposes;
    }

    private FoundDocument controllerDocument(String controller, Session s) {
        if (controller.startsWith("did:")) {
            if (indexOfAny(controller, '#', '?', '/') >= 0) {
                throw fail(ResolutionStep.CONTROLLER, "the controller " + shown(controller)
                        + " is a DID URL, not a DID");
            }
            return didDocument(controller, s);
        }
        URI uri;
        try {
            uri = new URI(controller);
        } catch (URISyntaxException e) {
            throw fail(ResolutionStep.CONTROLLER, "the controller " + shown(controller) + " is not a valid URL: "
                    + e.getReason());
        }
        if (!uri.isAbsolute() || uri.getRawFragment() != null || uri.getHost() == null) {
            throw fail(ResolutionStep.CONTROLLER, "the controller " + shown(controller)
                    + " is neither a DID nor an absolute URL without a fragment");
        }
        checkScheme(uri, controller);
        JsonNode node = fetchJson(uri, "the controller " + shown(controller) + " is a document URL", s);
        checkDocumentId(node, controller, "the controller document at " + controller);
        return new FoundDocument(controller, node, Optional.of(controller), KeyForm.CONTROLLER_DOCUMENT,
                "the controller document " + controller);
    }

    private List<ResolvedVerificationMethod> listKeys(String controller, Session s) {
        if (controller.isEmpty() || controller.length() > MAX_REFERENCE_LENGTH) {
            throw fail(ResolutionStep.REFERENCE, "the controller id is empty or longer than " + MAX_REFERENCE_LENGTH);
        }
        FoundDocument doc;
        if (controller.startsWith("did:")) {
            if (indexOfAny(controller, '#', '?', '/') >= 0) {
                throw fail(ResolutionStep.REFERENCE, "the controller " + shown(controller)
                        + " is a DID URL, not a DID");
            }
            doc = didDocument(controller, s);
        } else {
            URI uri;
            try {
                uri = new URI(controller);
            } catch (URISyntaxException e) {
                throw fail(ResolutionStep.REFERENCE, "the controller " + shown(controller) + " is not a valid URL: "
                        + e.getReason());
            }
            if (!uri.isAbsolute() || uri.getHost() == null) {
                throw fail(ResolutionStep.REFERENCE, "the controller " + shown(controller)
                        + " is neither a DID nor an absolute URL");
            }
            checkScheme(uri, controller);
            String base = uri.getRawFragment() == null ? controller : controller.substring(0, controller.indexOf('#'));
            JsonNode node = fetchJson(URI.create(base), "the controller " + shown(controller)
                    + " is a document URL", s);
            if (node.has("keys") && !node.has("verificationMethod")) {
                return jwksKeys(node, base, s);
            }
            checkDocumentId(node, base, "the controller document at " + base);
            doc = new FoundDocument(base, node, Optional.of(base), KeyForm.CONTROLLER_DOCUMENT,
                    "the controller document " + base);
        }
        MethodIndex idx = MethodIndex.of(doc, maxVerificationMethods);
        List<ResolvedVerificationMethod> keys = new ArrayList<>();
        for (Map.Entry<String, ObjectNode> m : idx.methods().entrySet()) {
            try {
                MicrocredPublicKey key = readKey(m.getValue(), m.getKey());
                String c = m.getValue().path("controller").isTextual()
                        ? absolute(m.getValue().get("controller").textValue(), doc.id()) : doc.id();
                keys.add(new ResolvedVerificationMethod(m.getKey(), Optional.of(c), key, doc.source(),
                        idx.purposesOf(m.getKey()), doc.form()));
            } catch (ResolutionError f) {
                s.notes.add("skipped verification method " + shown(m.getKey()) + " of " + doc.description() + ": "
                        + f.failure().message());
            }
        }
        return keys;
    }

    private List<ResolvedVerificationMethod> jwksKeys(JsonNode node, String base, Session s) {
        JsonNode keys = node.get("keys");
        if (!keys.isArray()) {
            throw fail(ResolutionStep.DOCUMENT, "the JWKS at " + base + " has a 'keys' member that is not an array");
        }
        if (keys.size() > maxVerificationMethods) {
            throw fail(ResolutionStep.LIMIT, "the JWKS at " + base + " has " + keys.size() + " keys; the limit is "
                    + maxVerificationMethods);
        }
        List<ResolvedVerificationMethod> out = new ArrayList<>();
        int i = 0;
        for (JsonNode jwk : keys) {
            String kid = jwk.path("kid").isTextual() ? jwk.get("kid").textValue() : null;
            try {
                MicrocredPublicKey key = readJwk(jwk, "key " + i + " of the JWKS at " + base);
                String id = kid == null ? base + "#" + key.jwkThumbprint() : absolute(kid.contains(":") ? kid
                        : "#" + kid, base);
                out.add(new ResolvedVerificationMethod(id, Optional.empty(), key, Optional.of(base), ASSERTION,
                        KeyForm.JWKS));
            } catch (ResolutionError f) {
                s.notes.add("skipped " + f.failure().message());
            }
            i++;
        }
        return out;
    }

    private JsonNode fetchJson(URI url, String what, Session s) {
        JsonNode cached = s.documents.get(url);
        if (cached != null) {
            return cached;
        }
        if (s.documents.size() >= maxDocuments) {
            throw fail(ResolutionStep.LIMIT, what + ", but resolving this key already needed " + maxDocuments
                    + " documents (" + listed(s.documents.keySet().stream().map(URI::toString).toList())
                    + "); the limit is " + maxDocuments);
        }
        checkScheme(url, url.toString());
        FetchedDocument fetched;
        try {
            fetched = fetcher.fetch(url);
        } catch (FetchException e) {
            throw fail(ResolutionStep.FETCH, what + ", but that document could not be fetched ("
                    + e.reason() + "): " + e.getMessage(), e.reason());
        } catch (RuntimeException e) {
            throw fail(ResolutionStep.FETCH, what + ", but the fetcher failed: " + e, null);
        }
        JsonNode node;
        try {
            node = Json.standard().parse(fetched.bytes());
        } catch (MicrocredException e) {
            throw fail(ResolutionStep.DOCUMENT, what + ", but that document is not usable JSON: " + e.getMessage());
        }
        if (!node.isObject()) {
            throw fail(ResolutionStep.DOCUMENT, what + ", but that document is not a JSON object");
        }
        s.documents.put(url, node);
        return node;
    }

    private void checkDocumentId(JsonNode node, String expected, String what) {
        JsonNode id = node.get("id");
        if (id == null || !id.isTextual()) {
            throw fail(ResolutionStep.DOCUMENT_ID, what + " has no 'id'; it must be " + shown(expected));
        }
        if (!id.textValue().equals(expected)) {
            throw fail(ResolutionStep.DOCUMENT_ID, what + " has id " + shown(id.textValue()) + ", not "
                    + shown(expected));
        }
    }

    private void checkScheme(URI uri, String shownUrl) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("https") || (scheme.equals("http") && allowHttp)) {
            return;
        }
        throw fail(ResolutionStep.SCHEME, "the URL " + shown(shownUrl) + " is not https"
                + (scheme.equals("http")
                        ? " (plain http is refused unless DefaultKeyResolver.builder().allowHttp(true))"
                        : ""));
    }

    private static ResolutionError fail(ResolutionStep step, String message) {
        return ResolutionError.of(step, message);
    }

    private static ResolutionError fail(ResolutionStep step, String message, FetchFailure reason) {
        return ResolutionError.of(step, message, reason);
    }

    /** State of one resolution: documents fetched (at most maxDocuments) and notes. */
    private static final class Session {
        final Map<URI, JsonNode> documents = new LinkedHashMap<>();
        final List<String> notes = new ArrayList<>();

        List<String> documentsRead() {
            return documents.keySet().stream().map(URI::toString).toList();
        }
    }

    /** Builds a {@link DefaultKeyResolver}. Not thread-safe; the resolver it builds is. */
    public static final class Builder {
        private DocumentFetcher fetcher = DocumentFetcher.none();
        private int maxDocuments = DEFAULT_MAX_DOCUMENTS;
        private int maxVerificationMethods = DEFAULT_MAX_VERIFICATION_METHODS;
        private boolean allowHttp;
        private ControllerConfirmation confirmation = ControllerConfirmation.REQUIRE;

        private Builder() {
        }

        /**
         * @param fetcher where DID documents, key documents and JWKS come from; default
         *     {@link DocumentFetcher#none()} (offline)
         * @return this builder
         */
        public Builder fetcher(DocumentFetcher fetcher) {
            this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
            return this;
        }

        /**
         * @param max documents fetched while resolving one reference (1–16; default 4)
         * @return this builder
         * @throws IllegalArgumentException outside 1–16
         */
        public Builder maxDocuments(int max) {
            if (max < 1 || max > 16) {
                throw new IllegalArgumentException("maxDocuments must be 1-16, got " + max);
            }
            this.maxDocuments = max;
            return this;
        }

        /**
         * @param max verification method / relationship / JWKS entries read per document
         *     (1–1024; default 64)
         * @return this builder
         * @throws IllegalArgumentException outside 1–1024
         */
        public Builder maxVerificationMethods(int max) {
            if (max < 1 || max > 1024) {
                throw new IllegalArgumentException("maxVerificationMethods must be 1-1024, got " + max);
            }
            this.maxVerificationMethods = max;
            return this;
        }

        /**
         * @param allow whether plain {@code http:} key URLs may be dereferenced (default false;
         *     the fetcher applies its own scheme rules as well)
         * @return this builder
         */
        public Builder allowHttp(boolean allow) {
            this.allowHttp = allow;
            return this;
        }

        /**
         * @param confirmation how keys naming another controller are confirmed (default
         *     {@link ControllerConfirmation#REQUIRE})
         * @return this builder
         */
        public Builder controllerConfirmation(ControllerConfirmation confirmation) {
            this.confirmation = Objects.requireNonNull(confirmation, "confirmation");
            return this;
        }

        /** @return the resolver */
        public DefaultKeyResolver build() {
            return new DefaultKeyResolver(this);
        }
    }
}
