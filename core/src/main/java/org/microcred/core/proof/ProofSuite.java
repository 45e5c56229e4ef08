package org.microcred.core.proof;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.microcred.core.keys.SignatureAlgorithm;
import org.microcred.core.keys.SigningKey;

/**
 * A proof format: the only place that knows how one kind of proof is made and checked. The
 * issuer and the verifier talk only to this interface, so adding a format is one class plus its
 * registration in {@link ProofSuites} (or a {@link java.util.ServiceLoader} entry).
 *
 * <p>Embedded suites ({@link ProofFormat#EMBEDDED}) add a {@code proof} member to the
 * credential JSON; enveloping suites ({@link ProofFormat#ENVELOPED}) wrap the credential (a
 * compact JWS). Both sign only through {@link SigningKey#sign(byte[])}, so a KMS or HSM works,
 * and verify only through the {@link org.microcred.core.keys.VerificationKey} a
 * {@link KeyResolver} returns.
 *
 * <p>Implementations are immutable and thread-safe. {@link #verify} never throws on bad input:
 * every problem with the received document is a failed {@link ProofResult}.
 */
public interface ProofSuite {

    /**
     * @return the suite's stable name: the Data Integrity cryptosuite ({@code eddsa-rdfc-2022},
     *     {@code ecdsa-rdfc-2019}, {@code eddsa-2022}), the legacy proof type
     *     ({@code Ed25519Signature2020}) or {@code vc-jwt}
     */
    String name();

    /** @return how this suite's proofs travel */
    ProofFormat format();

    /** @return the signature algorithms this suite signs and accepts */
    Set<SignatureAlgorithm> algorithms();

    /** @return whether {@link #secure} is supported; verify-only legacy suites return false */
    default boolean canSign() {
        return true;
    }

    /**
     * Secures a credential. The input is not modified; for an embedded proof the result is the
     * same JSON with {@code proof} added (an existing proof becomes a proof set).
     *
     * @param credential the credential JSON (with {@code @context} for JSON-LD suites)
     * @param key the signer; its algorithm must be one of {@link #algorithms()}
     * @param options proof options
     * @return the secured document
     * @throws org.microcred.core.MicrocredException {@code UNSUPPORTED_PROOF} when the suite is
     *     verify-only or the key's algorithm does not fit, {@code INVALID_VALUE} naming the field
     *     when the credential lacks what the format needs, {@code JSON_LD_FAILED} /
     *     {@code CONTEXT_LOAD_FAILED} when canonicalization fails, {@code SIGNING_FAILED} when
     *     the signer fails or returns a malformed signature
     */
    SecuredDocument secure(ObjectNode credential, SigningKey key, ProofOptions options);

    /**
     * Whether this suite handles the proof (by proof {@code type} and {@code cryptosuite}, or by
     * the envelope's shape). Cheap; never throws.
     *
     * @param proof a received proof
     * @return whether {@link #verify} should be asked
     */
    boolean recognizes(ReceivedProof proof);

    /**
     * Checks one proof on the document exactly as received.
     *
     * @param proof a proof this suite {@link #recognizes}
     * @param resolver finds the public key the proof names
     * @param options verification options
     * @return the result; never null, never throws on bad input
     */
    ProofResult verify(ReceivedProof proof, KeyResolver resolver, VerificationOptions options);
}
