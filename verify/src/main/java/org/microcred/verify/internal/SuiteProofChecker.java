package org.microcred.verify.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import org.microcred.core.keys.ResolvedKey;
import org.microcred.core.proof.KeyResolver;
import org.microcred.core.proof.ProofResult;
import org.microcred.core.proof.ProofSuites;
import org.microcred.core.proof.ProofVerification;
import org.microcred.core.proof.VerificationOptions;
import org.microcred.verify.DataModel;
import org.microcred.verify.spi.ProofChecker;
import org.microcred.verify.spi.ProofOutcome;
import org.microcred.verify.spi.SecuredCredential;

/**
 * The default {@link ProofChecker}: core's proof suites (eddsa-rdfc-2022, ecdsa-rdfc-2019,
 * VC-JWT, Ed25519Signature2020, eddsa-2022) with a key resolver. Embedded proofs are checked on
 * the received document (parsed, never re-serialised: canonicalization reads the tree), VC-JWTs on
 * the received compact serialization. Any one valid proof of a proof set suffices (OB 3.0 §
 * Proof Verification). OB 2.0 assertions are not this checker's job.
 */
public final class SuiteProofChecker implements ProofChecker {

    private final ProofSuites suites;
    private final KeyResolver resolver;

    /**
     * @param suites the suites to verify with
     * @param resolver finds the keys proofs refer to
     */
    public SuiteProofChecker(ProofSuites suites, KeyResolver resolver) {
        this.suites = Objects.requireNonNull(suites, "suites");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    @Override
    public ProofOutcome check(SecuredCredential credential, Instant now) {
        if (credential.dataModel() == DataModel.OPEN_BADGES_2_0) {
            return ProofOutcome.failed("Open Badges 2.0 assertions are verified by hosting or by signature, "
                    + "not by a Verifiable Credential proof suite");
        }
        VerificationOptions options = VerificationOptions.builder().clock(Clock.fixed(now, ZoneOffset.UTC)).build();
        ProofVerification verification;
        if (credential.jws().isPresent()) {
            verification = suites.verifyEnveloped(credential.jws().get(), resolver, options);
        } else if (credential.credential().isObject()) {
            verification = suites.verify((ObjectNode) credential.credential().deepCopy(), resolver, options);
        } else {
            return ProofOutcome.failed("The credential is not a JSON object");
        }
        if (!verification.isValid() || verification.validProof().isEmpty()) {
            return ProofOutcome.failed(verification.reason());
        }
        ProofResult proof = verification.validProof().get();
        if (proof.key().isEmpty()) {
            return ProofOutcome.failed("The proof verified but its key is unknown: " + proof.reason());
        }
        ResolvedKey key = proof.key().get();
        String suite = proof.suite().or(proof::cryptosuite).orElse(proof.proofType());
        String vm = proof.verificationMethod().orElse(key.verificationMethodId());
        if (proof.algorithm().isEmpty()) {
            return ProofOutcome.failed("The proof verified but its signature algorithm is unknown: " + proof.reason());
        }
        return ProofOutcome.verified(suite, proof.algorithm().get(), vm, key.publicKey(), key.controller(), proof.reason());
    }

    @Override
    public String toString() {
        return "SuiteProofChecker" + suites;
    }
}
