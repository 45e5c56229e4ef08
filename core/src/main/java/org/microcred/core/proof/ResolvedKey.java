package org.microcred.core.proof;

import java.util.Objects;
import java.util.Optional;
import org.microcred.core.keys.VerificationKey;

/**
 * A public key found by a {@link KeyResolver}, with the identifiers a verifier needs to bind it
 * to the credential's issuer.
 *
 * @param id the verification method id or key id that was resolved (for an embedded JWK, a
 *     description such as its thumbprint URI); never null
 * @param key the public key; never null
 * @param controller who controls the key (a DID, or the issuer profile URL), when known; a
 *     verifier compares it with {@code issuer.id}
 */
public record ResolvedKey(String id, VerificationKey key, Optional<String> controller) {

    /**
     * @throws NullPointerException if a component is null
     */
    public ResolvedKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(controller, "controller");
    }

    /**
     * @param id the resolved id
     * @param key the public key
     * @return a resolved key whose controller is not known
     */
    public static ResolvedKey of(String id, VerificationKey key) {
        return new ResolvedKey(id, key, Optional.empty());
    }

    /**
     * @param id the resolved id
     * @param key the public key
     * @param controller who controls the key
     * @return a resolved key with its controller
     */
    public static ResolvedKey of(String id, VerificationKey key, String controller) {
        return new ResolvedKey(id, key, Optional.of(Objects.requireNonNull(controller, "controller")));
    }
}
