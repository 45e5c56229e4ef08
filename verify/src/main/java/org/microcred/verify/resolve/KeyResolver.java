package org.microcred.verify.resolve;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import org.microcred.core.MicrocredException;
import org.microcred.core.keys.MicrocredPublicKey;
import org.microcred.verify.fetch.DocumentFetcher;

/**
 * Resolves a verification method URL or JOSE {@code kid} to its public key, controller, source
 * document and authorised purposes — or says exactly which step failed.
 *
 * <p>Built-ins ({@link #offline()}, {@link #using(DocumentFetcher)},
 * {@link DefaultKeyResolver#builder()}) handle {@code did:key}, {@code did:jwk}, {@code did:web},
 * HTTPS controller documents and key documents (Multikey, JsonWebKey2020/JsonWebKey, legacy
 * Ed25519VerificationKey2020), the {@code controller#z6Mk…} fragment form, and JWKS / JWK URLs
 * for {@code kid}s. Every network read goes through the {@link DocumentFetcher} given.
 *
 * <p>Contract for implementations: thread-safe; never throw on bad input (a malformed reference
 * or document is a failed {@link Resolution}); throw only on API misuse such as null arguments.
 * Keys are bound to issuers separately, by {@link IssuerBinding}.
 */
public interface KeyResolver {

    /**
     * Resolves an absolute verification method URL, DID, DID URL or URL {@code kid}.
     *
     * @param reference e.g. {@code did:key:z6Mk…#z6Mk…}, {@code did:web:example.edu#key-1},
     *     {@code https://example.edu/issuers/1#key-1}, {@code https://example.edu/jwks.json#k1};
     *     never null
     * @return the resolution; never null
     * @throws NullPointerException if {@code reference} is null
     */
    Resolution resolve(String reference);

    /**
     * Lists the keys a controller publishes: the verification methods of its DID or controller
     * document, or the keys of the JWKS at its URL.
     *
     * @param controller a DID or an https URL; never null
     * @return the keys, or a failure saying why the document could not be read; never null
     * @throws NullPointerException if {@code controller} is null
     */
    KeySet keysOf(String controller);

    /**
     * Resolves a reference that may be relative to a base id, as a JOSE {@code kid} such as
     * {@code key-1} or {@code #key-1} next to an {@code iss} of {@code did:web:example.edu}.
     * Absolute references ({@code did:…}, {@code https:…}) are resolved as they are; a path
     * ({@code /keys/1}, {@code keys/1}) is resolved against an http(s) base as a relative URL
     * (RFC 3986 §5); anything else becomes {@code base-without-fragment#fragment}. The base only
     * locates the key; it does not bind it (see {@link IssuerBinding}).
     *
     * @param reference the verification method or kid; never null
     * @param baseId the id to resolve against (usually the issuer id); never null
     * @return the resolution; never null
     */
    default Resolution resolve(String reference, String baseId) {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(baseId, "baseId");
        if (isAbsolute(reference) || reference.isEmpty()) {
            return resolve(reference);
        }
        int hash = baseId.indexOf('#');
        String base = hash < 0 ? baseId : baseId.substring(0, hash);
        if (!reference.startsWith("#") && reference.indexOf('/') >= 0 && isAbsolute(base)
                && (base.regionMatches(true, 0, "https:", 0, 6) || base.regionMatches(true, 0, "http:", 0, 5))) {
            try {
                return resolve(java.net.URI.create(base).resolve(reference).toString());
            } catch (IllegalArgumentException notAUrl) {
                return resolve(reference);
            }
        }
        String fragment = reference.startsWith("#") ? reference.substring(1) : reference;
        return resolve(base + "#" + fragment);
    }

    /**
     * Chains a resolver for references this one does not handle — for example another DID
     * method. {@code next} is asked only when this one fails at the {@link ResolutionStep#REFERENCE}
     * or {@link ResolutionStep#DID_METHOD} step (it does not know this kind of reference); any other
     * failure is final, so a broken did:web document is never "rescued" by a weaker resolver.
     *
     * @param next the fallback; never null
     * @return the chained resolver
     */
    default KeyResolver orElse(KeyResolver next) {
        Objects.requireNonNull(next, "next");
        KeyResolver first = this;
        return new KeyResolver() {
            @Override
            public Resolution resolve(String reference) {
                Resolution r = first.resolve(reference);
                return unknownKind(r.failure()) ? next.resolve(reference) : r;
            }

            @Override
            public KeySet keysOf(String controller) {
                KeySet keys = first.keysOf(controller);
                return unknownKind(keys.failure()) ? next.keysOf(controller) : keys;
            }

            @Override
            public String toString() {
                return first + " orElse " + next;
            }
        };
    }

    /**
     * Reads the public key of a JWS {@code jwk} header. Pure. The key's controller is unknown:
     * it must then be bound to the issuer with {@link IssuerBinding#check}, which asks whether
     * the issuer publishes that key.
     *
     * @param jwk the header's public JWK; never null
     * @return a resolution with {@link KeyForm#JWK_HEADER}, id
     *     {@code urn:ietf:params:oauth:jwk-thumbprint:sha-256:<thumbprint>} (RFC 9278) and the
     *     {@code assertionMethod} purpose, or a {@link ResolutionStep#READ_KEY} failure (private
     *     members, unsupported key type, bad coordinates …)
     */
    static Resolution fromJwkHeader(JsonNode jwk) {
        Objects.requireNonNull(jwk, "jwk");
        try {
            MicrocredPublicKey key = MicrocredPublicKey.fromJwk(jwk);
            String id = "urn:ietf:params:oauth:jwk-thumbprint:sha-256:" + key.jwkThumbprint();
            return Resolution.resolved(id, new ResolvedVerificationMethod(id, java.util.Optional.empty(), key,
                    java.util.Optional.empty(), java.util.Set.of(ResolvedVerificationMethod.ASSERTION_METHOD),
                    KeyForm.JWK_HEADER), List.of());
        } catch (MicrocredException e) {
            return Resolution.failed("jwk header", new ResolutionFailure(ResolutionStep.READ_KEY,
                    "the JWS jwk header is not a usable public key: " + e.getMessage()), List.of());
        }
    }

    /**
     * The resolver for keys contained in their reference — {@code did:key}, {@code did:jwk} —
     * with no network and no preloaded documents; every other reference fails at the
     * {@link ResolutionStep#FETCH} step with a message saying how to preload or opt in.
     *
     * @return an offline resolver
     */
    static KeyResolver offline() {
        return DefaultKeyResolver.builder().build();
    }

    /**
     * The default resolver over a document fetcher (preloaded documents, the opt-in HTTPS
     * fetcher, or both chained), with the default limits of {@link DefaultKeyResolver.Builder}.
     *
     * @param fetcher where documents come from; never null
     * @return the resolver
     */
    static KeyResolver using(DocumentFetcher fetcher) {
        return DefaultKeyResolver.builder().fetcher(fetcher).build();
    }

    private static boolean unknownKind(java.util.Optional<ResolutionFailure> failure) {
        return failure.isPresent() && (failure.get().step() == ResolutionStep.REFERENCE
                || failure.get().step() == ResolutionStep.DID_METHOD);
    }

    private static boolean isAbsolute(String reference) {
        int colon = reference.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        for (int i = 0; i < colon; i++) {
            char c = reference.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                    || (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
