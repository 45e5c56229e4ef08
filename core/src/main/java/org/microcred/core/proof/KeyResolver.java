package org.microcred.core.proof;

import java.util.Objects;
import java.util.Optional;
import org.microcred.core.keys.VerificationKey;

/**
 * Finds the public key a proof refers to: a verification method URL ({@code did:key:…#…},
 * {@code https://…#key-1}), a JOSE {@code kid}, or a JOSE {@code jwk}. Proof suites call it; the
 * verifier module supplies resolvers for did:key, did:jwk, did:web and HTTPS key documents.
 *
 * <p>A resolver returns {@link Optional#empty()} when it does not know the key. It may throw
 * {@link org.microcred.core.MicrocredException} (for example {@code FETCH_FAILED} or
 * {@code KEY_INVALID}); proof suites turn any exception into a failed {@link ProofResult} with
 * {@link ProofProblem#KEY_UNRESOLVED}, naming the reference and the cause. A resolver must only
 * return keys its controller authorises for {@link KeyReference#proofPurpose()}.
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

    /** @return a resolver that knows no key */
    static KeyResolver none() {
        return reference -> Optional.empty();
    }

    /**
     * A resolver for one known key, matched by its exact id (verification method or {@code kid}).
     *
     * @param id the verification method or key id
     * @param key the public key
     * @param controller who controls the key
     * @return a resolver returning that key for that id only
     */
    static KeyResolver fixed(String id, VerificationKey key, String controller) {
        ResolvedKey resolved = ResolvedKey.of(id, key, controller);
        return reference -> reference.id().filter(id::equals).map(x -> resolved);
    }
}
