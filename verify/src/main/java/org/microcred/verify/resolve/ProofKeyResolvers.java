package org.microcred.verify.resolve;

import java.util.Objects;
import java.util.Optional;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;
import org.microcred.core.keys.DidJwk;
import org.microcred.core.keys.ResolvedKey;

/**
 * Bridges a {@link KeyResolver} to the proof suites' {@link org.microcred.core.proof.KeyResolver}
 * SPI, so Data Integrity and VC-JWT verification resolve did:web, HTTPS key documents and JWKS
 * with the same rules and messages as everything else here.
 *
 * <p>What the proof suite receives:
 * <ul>
 *   <li>a key authorised for the reference's proof purpose, with its controller; relative ids
 *       ({@code #key-1}, a bare {@code kid}) are resolved against the credential's issuer id;</li>
 *   <li>for a key whose controller is not stated (a JOSE {@code jwk} header, a JWKS key, a JWK
 *       URL): the issuer id as controller when {@link IssuerBinding#isIssuerKey} finds the key
 *       among the issuer's published keys, otherwise the key's own {@code did:jwk} — which binds
 *       to no issuer but that did:jwk, so the suite's controller-equals-issuer check decides;</li>
 *   <li>{@link Optional#empty()} when the reference is of a kind this resolver does not handle
 *       (step {@link ResolutionStep#REFERENCE} or {@link ResolutionStep#DID_METHOD}), so
 *       {@code orElse} can chain another resolver;</li>
 *   <li>otherwise a {@link MicrocredException} — {@link ErrorCode#FETCH_FAILED} for the fetch
 *       step, {@link ErrorCode#KEY_INVALID} for the others — whose message is the failure's
 *       message (it names the step's subject); the suites report it as KEY_UNRESOLVED.</li>
 * </ul>
 */
public final class ProofKeyResolvers {

    private ProofKeyResolvers() {
    }

    /**
     * @param resolver the resolver to adapt; never null
     * @return the proof-suite resolver; thread-safe when {@code resolver} is
     */
    public static org.microcred.core.proof.KeyResolver forProofs(KeyResolver resolver) {
        Objects.requireNonNull(resolver, "resolver");
        IssuerBinding binding = IssuerBinding.using(resolver);
        return reference -> {
            Resolution resolution;
            if (reference.id().isPresent()) {
                String id = reference.id().get();
                resolution = reference.issuer().isPresent() ? resolver.resolve(id, reference.issuer().get())
                        : resolver.resolve(id);
            } else if (reference.jwk().isPresent()) {
                resolution = KeyResolver.fromJwkHeader(reference.jwk().get());
            } else {
                return Optional.empty();
            }
            resolution = resolution.requirePurpose(reference.proofPurpose());
            if (resolution.failure().isPresent()) {
                ResolutionFailure f = resolution.failure().get();
                if (f.step() == ResolutionStep.REFERENCE || f.step() == ResolutionStep.DID_METHOD) {
                    return Optional.empty();
                }
                throw new MicrocredException(f.step() == ResolutionStep.FETCH ? ErrorCode.FETCH_FAILED
                        : ErrorCode.KEY_INVALID, f.step() + ": " + f.message());
            }
            ResolvedVerificationMethod key = resolution.key().orElseThrow();
            String controller = key.controller().orElseGet(() -> reference.issuer()
                    .filter(issuer -> binding.isIssuerKey(issuer, key.publicKey()).bound())
                    .orElseGet(() -> DidJwk.of(key.publicKey()).did()));
            return Optional.of(new ResolvedKey(key.id(), controller, key.publicKey()));
        };
    }
}
