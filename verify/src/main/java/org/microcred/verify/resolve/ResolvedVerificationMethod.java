package org.microcred.verify.resolve;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.microcred.core.keys.MicrocredPublicKey;
import org.microcred.core.keys.ResolvedKey;

/**
 * A key found by a {@link KeyResolver}: the verification method (or key) id, its controller when
 * one is known, the public key, the document it came from, the verification relationships
 * (proof purposes) its controller authorises it for, and how it was found.
 *
 * <p>Immutable. Whether the key belongs to the credential's issuer is a separate decision: see
 * {@link IssuerBinding}.
 *
 * @param id the full verification method URL or key id, e.g. {@code did:web:example.edu#key-1};
 *     for a {@code jwk} header the RFC 9278 thumbprint URI
 * @param controller the controller of the key (a DID or URL); empty for a JWKS key, a JWK URL
 *     or a {@code jwk} header, where no controller is stated
 * @param publicKey the key
 * @param document the URL (or DID) of the document the key was read from; empty when the key
 *     came from the reference itself (did:key, did:jwk, fragment form, jwk header)
 * @param purposes the verification relationships that list the key, e.g.
 *     {@code assertionMethod}, {@code authentication}; copied, never null
 * @param form how the key was found
 */
public record ResolvedVerificationMethod(String id, Optional<String> controller, MicrocredPublicKey publicKey,
        Optional<String> document, Set<String> purposes, KeyForm form) {

    /** The proof purpose of Open Badges, CLR and VC proofs. */
    public static final String ASSERTION_METHOD = "assertionMethod";

    /**
     * @param id the verification method URL or key id
     * @param controller the controller, when stated
     * @param publicKey the key
     * @param document the document the key was read from, if any
     * @param purposes the verification relationships that list the key
     * @param form how the key was found
     * @throws NullPointerException if a component is null
     */
    public ResolvedVerificationMethod {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(controller, "controller");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(document, "document");
        purposes = Set.copyOf(Objects.requireNonNull(purposes, "purposes"));
        Objects.requireNonNull(form, "form");
    }

    /**
     * @param purpose a verification relationship such as {@value #ASSERTION_METHOD}; never null
     * @return whether the key's controller lists it under that relationship
     */
    public boolean isAuthorisedFor(String purpose) {
        return purposes.contains(Objects.requireNonNull(purpose, "purpose"));
    }

    /**
     * The core form of this key, for APIs that need a controller.
     *
     * @return the key with its controller, or empty when the controller is unknown
     */
    public Optional<ResolvedKey> toResolvedKey() {
        return controller.map(c -> new ResolvedKey(id, c, publicKey));
    }

    /** @return the purposes in a stable order, for messages */
    List<String> sortedPurposes() {
        return purposes.stream().sorted().toList();
    }
}
