package org.microcred.benchmarks;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import com.apicatalog.ld.DocumentError;
import com.apicatalog.ld.signature.SigningError;
import com.apicatalog.ld.signature.VerificationError;
import com.apicatalog.ld.signature.eddsa.EdDSASignature2022;
import com.apicatalog.multikey.MultiKey;
import com.apicatalog.vc.Verifiable;
import com.apicatalog.vc.integrity.DataIntegrityProofDraft;
import com.apicatalog.vc.issuer.Issuer;
import com.apicatalog.vc.processor.ExpandedVerifiable;
import com.apicatalog.vc.verifier.Verifier;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.microcred.core.jsonld.ContextRegistry;

/**
 * The peer library, Iron Verifiable Credentials 0.14 with its {@code eddsa-rdfc-2022} suite
 * ({@code com.apicatalog:iron-eddsa-rdfc-2022}), set up like for like with ours:
 *
 * <ul>
 *   <li>Iron's own bundled contexts are switched off ({@code useBundledContexts(false)}): its copy of
 *       the VC 2.0 context predates OB 3.0.3 and makes OB credentials fail with
 *       {@code PROTECTED_TERM_REDEFINITION}. Instead Iron gets a {@link DocumentLoader} over exactly the
 *       context files our {@link ContextRegistry#bundled()} ships, each parsed once at set-up and then
 *       served from memory (as Iron's own static loader does) — no network, no file system.</li>
 *   <li>Iron runs on the same titanium-json-ld (1.7.0) and JSON-P implementation (Parsson) as our core;
 *       the benchmarks' POM excludes the titanium 1.4.0 and Glassfish JSON-P that Iron asks for.</li>
 *   <li>Inputs are pre-parsed Jakarta {@link JsonObject}s of the same JSON text our suite signs; signing
 *       ends with Iron's compacted JSON-LD document (its equivalent of our signed JSON), verification
 *       with Iron's {@link Verifiable}.</li>
 *   <li>The key is the same kind (Ed25519, a {@code did:key} verification method that Iron's verifier
 *       resolves itself, offline, as ours does). Iron signs with the JDK's Ed25519 provider.</li>
 * </ul>
 *
 * Not thread-safe by contract (Iron's processors are configured by setters); use one per thread.
 */
final class IronPeer {

    private static final URI ASSERTION_METHOD = URI.create("https://w3id.org/security#assertionMethod");

    private final EdDSASignature2022 suite = new EdDSASignature2022();
    private final Issuer issuer;
    private final Verifier verifier;
    private final URI verificationMethod;
    private final Instant created;

    /**
     * @param keys the Ed25519 key (seed and did:key)
     * @param created the proof's {@code created} time
     */
    IronPeer(Fixtures.Ed25519Keys keys, Instant created) {
        DocumentLoader loader = new BundledContexts(ContextRegistry.bundled());
        MultiKey key = new MultiKey();
        key.setId(URI.create(keys.verificationMethod()));
        key.setController(URI.create(keys.did()));
        key.setAlgorithm("Ed25519");
        key.setPublicKey(keys.pair().publicKey().rawBytes());
        key.setPrivateKey(keys.seed().clone());
        this.issuer = suite.createIssuer(key).useBundledContexts(false).loader(loader);
        this.verifier = Verifier.with(suite).useBundledContexts(false).loader(loader);
        this.verificationMethod = URI.create(keys.verificationMethod());
        this.created = created;
    }

    /**
     * Signs a credential and returns the compacted signed document.
     *
     * @param unsigned the credential
     * @return the signed credential, compacted with the credential's own contexts
     */
    JsonObject sign(JsonObject unsigned) {
        try {
            return signExpanded(unsigned).compacted();
        } catch (DocumentError e) {
            throw new IllegalStateException("Iron could not compact: " + e, e);
        }
    }

    /**
     * Signs a credential and stops at Iron's expanded signed form (no compaction back to JSON).
     *
     * @param unsigned the credential
     * @return Iron's expanded result
     */
    ExpandedVerifiable signExpanded(JsonObject unsigned) {
        try {
            DataIntegrityProofDraft draft = suite.createDraft(verificationMethod, ASSERTION_METHOD);
            draft.created(created);
            return issuer.sign(unsigned, draft);
        } catch (SigningError | DocumentError e) {
            throw new IllegalStateException("Iron could not sign: " + e, e);
        }
    }

    /**
     * @param signed a signed credential
     * @return Iron's verified credential
     * @throws IllegalStateException if Iron rejects it
     */
    Verifiable verify(JsonObject signed) {
        try {
            return verifier.verify(signed);
        } catch (VerificationError | DocumentError e) {
            throw new IllegalStateException("Iron rejected the credential: " + e, e);
        }
    }

    /**
     * @param text JSON text
     * @return it as a Jakarta JSON-P object (Parsson)
     */
    static JsonObject parse(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    /** Serves our bundled context files to Titanium, each parsed once. */
    static final class BundledContexts implements DocumentLoader {
        private final Map<String, Document> documents = new HashMap<>();

        BundledContexts(ContextRegistry registry) {
            for (String url : registry.urls()) {
                byte[] bytes = registry.bytes(url).orElseThrow();
                try {
                    documents.put(url, JsonDocument.of(new ByteArrayInputStream(bytes)));
                } catch (JsonLdError e) {
                    throw new IllegalStateException("Bundled context " + url + " does not parse: " + e, e);
                }
            }
        }

        @Override
        public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
            Document document = documents.get(url.toString());
            if (document == null) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "Not a bundled context: " + url);
            }
            return document;
        }
    }
}
