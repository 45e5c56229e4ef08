package org.microcred.core.proof;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;

/**
 * What a proof says about the key that made it, handed to a {@link KeyResolver}: the
 * verification method URL of a Data Integrity proof, or the {@code kid} and/or {@code jwk} of a
 * JOSE header.
 *
 * <p>Immutable; the {@code jwk} is a private copy and has already been checked to hold no private
 * key members.
 */
public final class KeyReference {

    /** The proof purpose Open Badges and CLR proofs are made for. */
    public static final String ASSERTION_METHOD = "assertionMethod";

    private final String id;
    private final ObjectNode jwk;
    private final String proofPurpose;
    private final String issuer;

    private KeyReference(String id, ObjectNode jwk, String proofPurpose, String issuer) {
        this.id = id;
        this.jwk = jwk == null ? null : jwk.deepCopy();
        this.proofPurpose = Objects.requireNonNull(proofPurpose, "proofPurpose");
        this.issuer = issuer;
    }

    /**
     * @param verificationMethod the {@code verificationMethod} of an embedded proof
     * @return a reference to a verification method, for the {@code assertionMethod} purpose
     */
    public static KeyReference verificationMethod(String verificationMethod) {
        return new KeyReference(Objects.requireNonNull(verificationMethod, "verificationMethod"), null,
                ASSERTION_METHOD, null);
    }

    /**
     * @param kid the {@code kid} of a JOSE header
     * @return a reference to a key id, for the {@code assertionMethod} purpose
     */
    public static KeyReference kid(String kid) {
        return new KeyReference(Objects.requireNonNull(kid, "kid"), null, ASSERTION_METHOD, null);
    }

    /**
     * @param publicJwk the {@code jwk} of a JOSE header (a public JWK)
     * @return a reference to an embedded public key, for the {@code assertionMethod} purpose
     */
    public static KeyReference jwk(ObjectNode publicJwk) {
        return new KeyReference(null, Objects.requireNonNull(publicJwk, "publicJwk"), ASSERTION_METHOD, null);
    }

    /**
     * @param purpose the proof purpose the key must be authorised for
     * @return a copy with that purpose
     */
    public KeyReference withProofPurpose(String purpose) {
        return new KeyReference(id, jwk, purpose, issuer);
    }

    /**
     * @param issuerId the {@code issuer.id} the credential claims, used to resolve relative
     *     references such as {@code #key-1}; it is not trusted and does not bind the key
     * @return a copy carrying that issuer id
     */
    public KeyReference withIssuer(String issuerId) {
        return new KeyReference(id, jwk, proofPurpose, Objects.requireNonNull(issuerId, "issuerId"));
    }

    /** @return the verification method URL or {@code kid}, when the proof names one */
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    /** @return a copy of the public JWK embedded in a JOSE header, when present */
    public Optional<ObjectNode> jwk() {
        return jwk == null ? Optional.empty() : Optional.of(jwk.deepCopy());
    }

    /** @return the proof purpose the key must be authorised for, normally {@value #ASSERTION_METHOD} */
    public String proofPurpose() {
        return proofPurpose;
    }

    /** @return the issuer id the credential claims, when known */
    public Optional<String> issuer() {
        return Optional.ofNullable(issuer);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof KeyReference)) {
            return false;
        }
        KeyReference other = (KeyReference) o;
        return Objects.equals(id, other.id) && Objects.equals(jwk, other.jwk)
                && proofPurpose.equals(other.proofPurpose) && Objects.equals(issuer, other.issuer);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, jwk, proofPurpose, issuer);
    }

    @Override
    public String toString() {
        return id != null ? id : "jwk " + jwk;
    }
}
