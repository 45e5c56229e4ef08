package org.microcred.core.proof;

import java.util.Optional;
import org.microcred.core.keys.DidJwk;
import org.microcred.core.keys.LocalKeyResolver;
import org.microcred.core.keys.MicrocredPublicKey;
import org.microcred.core.keys.ResolvedKey;

/** Shared, cached instances of the pure resolvers (decoding a key is not free). Package-private. */
final class LocalResolvers {

    static final KeyResolver LOCAL = ((KeyResolver) LocalResolvers::resolveLocally).cached(4096);
    static final KeyResolver MULTIKEY_FRAGMENT = ((KeyResolver) reference -> reference.id()
            .flatMap(LocalKeyResolver::fromMultikeyFragment)).cached(4096);

    private LocalResolvers() {
    }

    /** The uncached body of {@link KeyResolver#local()}. */
    private static Optional<ResolvedKey> resolveLocally(KeyReference reference) {
        if (reference.id().isPresent()) {
            Optional<ResolvedKey> byId = LocalKeyResolver.resolve(reference.id().get());
            if (byId.isPresent() || reference.jwk().isEmpty()) {
                return byId;
            }
        }
        if (reference.jwk().isPresent()) {
            DidJwk did = DidJwk.of(MicrocredPublicKey.fromJwk(reference.jwk().get()));
            return Optional.of(new ResolvedKey(did.verificationMethodId(), did.did(), did.publicKey()));
        }
        return Optional.empty();
    }
}
