package org.microcred.verify.spi;

import java.util.Objects;
import java.util.Optional;
import org.microcred.core.keys.SignatureAlgorithm;
import org.microcred.core.keys.VerificationKey;

/**
 * What a {@link ProofChecker} found. A verified outcome names the suite, the verification method,
 * the key and (when known) the key's controller, so the pipeline can bind the key to the issuer.
 */
public final class ProofOutcome {

    private final boolean verified;
    private final String message;
    private final String suite;
    private final String verificationMethod;
    private final VerificationKey key;
    private final String controller;
    private final SignatureAlgorithm algorithm;
    private final IssuerBinding binding;

    /**
     * A checker's own decision whether the verifying key belongs to the issuer, for checkers that
     * know more than the key's controller (key sets published by the issuer, OB 2.0 profiles).
     *
     * @param bound whether the key is the issuer's
     * @param message why, for people
     */
    public record IssuerBinding(boolean bound, String message) {
        /**
         * @param bound the {@code bound} component, as described on the record
         * @param message the {@code message} component, as described on the record
         * @throws NullPointerException if message is null
         */
        public IssuerBinding {
            Objects.requireNonNull(message, "message");
        }
    }

    private ProofOutcome(boolean verified, String message, String suite, String verificationMethod,
            VerificationKey key, String controller, SignatureAlgorithm algorithm) {
        this(verified, message, suite, verificationMethod, key, controller, algorithm, null);
    }

    private ProofOutcome(boolean verified, String message, String suite, String verificationMethod,
            VerificationKey key, String controller, SignatureAlgorithm algorithm, IssuerBinding binding) {
        this.binding = binding;
        this.verified = verified;
        this.message = Objects.requireNonNull(message, "message");
        this.suite = suite;
        this.verificationMethod = verificationMethod;
        this.key = key;
        this.controller = controller;
        this.algorithm = algorithm;
    }

    /**
     * A verified proof.
     *
     * @param suite the proof suite or JWS algorithm family, e.g. {@code eddsa-rdfc-2022}, {@code VC-JWT}
     * @param algorithm the signature algorithm used
     * @param verificationMethod the verification method (or JWS {@code kid}) that verified it
     * @param key the public key that verified it
     * @param controller the controller of the key (the DID or URL that owns it), or null when unknown
     * @param message what was verified, for people
     * @return the outcome
     * @throws NullPointerException if an argument other than controller is null
     */
    public static ProofOutcome verified(String suite, SignatureAlgorithm algorithm, String verificationMethod,
            VerificationKey key, String controller, String message) {
        return new ProofOutcome(true, message, Objects.requireNonNull(suite, "suite"),
                Objects.requireNonNull(verificationMethod, "verificationMethod"),
                Objects.requireNonNull(key, "key"), controller, Objects.requireNonNull(algorithm, "algorithm"));
    }

    /**
     * A proof that is absent, malformed, unsupported, or whose signature does not verify.
     *
     * @param message what failed, naming the proof and the step (key resolution, signature, …)
     * @return the outcome
     */
    public static ProofOutcome failed(String message) {
        return new ProofOutcome(false, message, null, null, null, null, null);
    }

    /** @return whether a proof verified */
    public boolean isVerified() {
        return verified;
    }

    /** @return what was found, for people */
    public String message() {
        return message;
    }

    /** @return the proof suite that verified, when verified */
    public Optional<String> suite() {
        return Optional.ofNullable(suite);
    }

    /** @return the signature algorithm, when verified */
    public Optional<SignatureAlgorithm> algorithm() {
        return Optional.ofNullable(algorithm);
    }

    /** @return the verification method, when verified */
    public Optional<String> verificationMethod() {
        return Optional.ofNullable(verificationMethod);
    }

    /** @return the key, when verified */
    public Optional<VerificationKey> key() {
        return Optional.ofNullable(key);
    }

    /** @return the key's controller, when known */
    public Optional<String> controller() {
        return Optional.ofNullable(controller);
    }

    /**
     * @param bound whether the verifying key belongs to the credential's issuer
     * @param message why, for people
     * @return a copy carrying the checker's binding decision; the {@code issuer-binding} check
     *     then reports it instead of comparing the controller with the issuer id
     * @throws IllegalStateException on a failed outcome
     */
    public ProofOutcome withIssuerBinding(boolean bound, String message) {
        if (!verified) {
            throw new IllegalStateException("Only a verified proof has a key to bind");
        }
        return new ProofOutcome(true, this.message, suite, verificationMethod, key, controller, algorithm,
                new IssuerBinding(bound, message));
    }

    /** @return the checker's own binding decision, when it made one */
    public Optional<IssuerBinding> issuerBinding() {
        return Optional.ofNullable(binding);
    }

    @Override
    public String toString() {
        return (verified ? "verified: " : "failed: ") + message;
    }
}
