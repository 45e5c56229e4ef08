package org.microcred.core.proof;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.microcred.core.keys.LocalKeyResolver;
import org.microcred.core.keys.MicrocredPublicKey;
import org.microcred.core.keys.ResolvedKey;

/**
 * Finds the public key a proof refers to: a verification method URL ({@code did:key:…#…},
 * {@code https://…#key-1}), a JOSE {@code kid}, or a JOSE {@code jwk}. Proof suites call it; the
 * verifier module supplies resolvers for did:web and HTTPS key documents on top of
 * {@link #local()}.
 *
 * <p>A resolver returns {@link Optional#empty()} when it does not know the key. It may throw
 * {@link org.microcred.core.MicrocredException} (for example {@code FETCH_FAILED} or
 * {@code KEY_INVALID}); proof suites turn any exception into a failed {@link ProofResult} with
 * {@link ProofProblem#KEY_UNRESOLVED}, naming the reference and the cause. A resolver must only
 * return keys its controller authorises for {@link KeyReference#proofPurpose()}; the returned
 * {@link ResolvedKey#controller()} is what a verifier binds to the credential's issuer.
 *
 * <p>Implementations must be thread-safe.
 */
@FunctionalInterface
public interface KeyResolver {

    /**
     * Resolves a key reference.
     *
     * @param reference what the proof says about its key; never null
     * @return the key, or empty when this resolver does not know it
     */
    Optional<ResolvedKey> resolve(KeyReference reference);

    /**
     * @param next the resolver to ask when this one returns empty
     * @return a resolver that asks this one first, then {@code next}
     */
    default KeyResolver orElse(KeyResolver next) {
        Objects.requireNonNull(next, "next");
        return reference -> {
            Optional<ResolvedKey> found = resolve(reference);
            return found.isPresent() ? found : next.resolve(reference);
        };
    }

    /**
     * A resolver that remembers what this one found: up to {@code maxEntries} references (then it
     * starts afresh). Only found keys are kept; empty answers and failures are asked again next
     * time. Use it over resolvers whose answers do not change while cached (DID documents fetched
     * with a TTL should cache in their fetcher instead).
     *
     * @param maxEntries how many references to remember, at least 1
     * @return the caching resolver
     * @throws IllegalArgumentException if {@code maxEntries < 1}
     */
    default KeyResolver cached(int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be at least 1: " + maxEntries);
        }
        Map<KeyReference, ResolvedKey> cache = new ConcurrentHashMap<>();
        return reference -> {
            ResolvedKey known = cache.get(reference);
            if (known != null) {
                return Optional.of(known);
            }
            Optional<ResolvedKey> found = resolve(reference);
            if (found.isPresent()) {
                if (cache.size() >= maxEntries) {
                    cache.clear();
                }
                cache.put(reference, found.get());
            }
            return found;
        };
    }

    /** @return a resolver that knows no key */
    static KeyResolver none() {
        return reference -> Optional.empty();
    }

    /**
     * Keys that need no lookup: {@code did:key} and {@code did:jwk} verification methods and
     * {@code kid}s (the DID is the key; {@link LocalKeyResolver#resolve(String)}), and a JOSE
     * header {@code jwk}, which resolves to its own {@code did:jwk} identity — so it binds only to
     * an issuer whose id is that did:jwk. Pure and offline.
     *
     * @return the local resolver
     * @see LocalKeyResolver
     */
    static KeyResolver local() {
        return LocalResolvers.LOCAL;
    }

    /**
     * Verification methods whose fragment is itself a {@code publicKeyMultibase}
     * ({@code https://example.edu/issuers/565049#z6Mk…}, the 1EdTech implementation-guide form),
     * with the part before {@code #} as controller. This trusts the URL's text without
     * dereferencing it — a policy choice for the caller
     * ({@link LocalKeyResolver#fromMultikeyFragment(String)}).
     *
     * @return the resolver
     */
    static KeyResolver multikeyFragment() {
        return LocalResolvers.MULTIKEY_FRAGMENT;
    }

    /**
     * A resolver for one known key, matched by its exact id (verification method or {@code kid}).
     *
     * @param id the verification method or key id
     * @param key the public key
     * @param controller who controls the key
     * @return a resolver returning that key for that id only
     */
    static KeyResolver fixed(String id, MicrocredPublicKey key, String controller) {
        ResolvedKey resolved = new ResolvedKey(id, controller, key);
        return reference -> reference.id().filter(id::equals).map(x -> resolved);
    }
}
