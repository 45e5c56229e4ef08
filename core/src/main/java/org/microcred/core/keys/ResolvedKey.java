package org.microcred.core.keys;

import java.util.Objects;

/**
 * A verification method resolved to its public key: what a verifier needs to check a signature
 * and to bind the key to an issuer (the controller must equal the issuer id).
 *
 * @param verificationMethodId the full verification method URL, e.g. {@code did:key:z6Mk…#z6Mk…}
 * @param controller the controller of the key (for a DID method: the DID itself)
 * @param publicKey the key
 */
public record ResolvedKey(String verificationMethodId, String controller, MicrocredPublicKey publicKey) {

    /**
     * Creates a resolved key.
     *
     * @param verificationMethodId the full verification method URL
     * @param controller the controller of the key
     * @param publicKey the key
     * @throws NullPointerException if any component is null
     */
    public ResolvedKey {
        Objects.requireNonNull(verificationMethodId, "verificationMethodId");
        Objects.requireNonNull(controller, "controller");
        Objects.requireNonNull(publicKey, "publicKey");
    }
}
