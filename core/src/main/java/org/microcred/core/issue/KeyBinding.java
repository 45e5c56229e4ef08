package org.microcred.core.issue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Optional;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;
import org.microcred.core.keys.DidJwk;
import org.microcred.core.keys.DidKey;
import org.microcred.core.keys.InMemorySigningKey;
import org.microcred.core.keys.LocalKeyResolver;
import org.microcred.core.keys.MicrocredPublicKey;
import org.microcred.core.keys.ResolvedKey;
import org.microcred.core.keys.SigningKey;

/**
 * The rule that binds an issuer to its signing key, checked once when an {@link Issuer} is
 * built, so no credential is ever signed that a verifier's issuer-binding check would reject
 * (OB 3.0 verification: the key's controller must be the issuer).
 *
 * <p>The rule: the verification method must be {@code <issuer id>#<fragment>} — its DID or URL
 * part (before {@code #}) equal to the issuer's id — or, for a {@code did:key} / {@code did:jwk}
 * issuer, that exact DID (which names its only key). When the verification method itself
 * encodes a key (did:key, did:jwk, or a Multikey fragment as in the 1EdTech implementation
 * guide's {@code https://example.edu/issuers/565049#z6Mk…}), that key must be the signer's key:
 * compared directly for in-memory keys, otherwise by one probe signature that must verify under
 * it (a KMS or HSM signs one random message when the issuer is built). Stateless.
 */
final class KeyBinding {

    private static final byte[] PROBE_LABEL = "microcred issuer key binding probe:".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyBinding() {
    }

    static void check(String issuerId, SigningKey key) {
        String vm = key.verificationMethod();
        int hash = vm.indexOf('#');
        String controller = hash < 0 ? vm : vm.substring(0, hash);
        boolean selfContained = DidKey.isDidKey(issuerId) || DidJwk.isDidJwk(issuerId);
        if (!controller.equals(issuerId)) {
            throw mismatch("The verification method " + vm + " belongs to " + controller
                    + ", not to the issuer " + issuerId,
                    "use a verification method of the form " + issuerId + "#<key-id>"
                            + (selfContained ? "" : ", or make the issuer profile's id the key's controller"));
        }
        if (hash < 0 && !selfContained) {
            throw mismatch("The verification method " + vm + " has no #fragment naming a key of the issuer "
                    + issuerId, "use " + issuerId + "#<key-id>");
        }
        Optional<ResolvedKey> embedded = embeddedKey(vm);
        if (embedded.isEmpty()) {
            return;
        }
        requireSameKey(embedded.get().publicKey(), key, "The verification method " + vm);
    }

    /**
     * A JOSE header {@code jwk} (sent instead of {@code kid}) binds its key only to the
     * key's own {@code did:jwk}: the issuer must be that DID, and the JWK the signer's public key.
     */
    static void checkHeaderJwk(String issuerId, JsonNode jwk, SigningKey key) {
        MicrocredPublicKey headerKey = MicrocredPublicKey.fromJwk(jwk);
        String did = DidJwk.of(headerKey).did();
        if (!did.equals(issuerId)) {
            throw mismatch("A JOSE header jwk binds its key only to its own did:jwk (" + abbreviate(did)
                    + "), not to the issuer " + issuerId, "drop proofOptions.jwk so the header names the kid "
                    + key.verificationMethod() + ", or make the issuer's id that did:jwk");
        }
        requireSameKey(headerKey, key, "The header jwk");
    }

    private static void requireSameKey(MicrocredPublicKey expected, SigningKey key, String what) {
        String vm = key.verificationMethod();
        if (expected.keyType() != key.algorithm().keyType()) {
            throw mismatch(what + " names a " + expected.keyType() + " key, but the signing key signs "
                    + key.algorithm() + " (a " + key.algorithm().keyType() + " key)", null);
        }
        if (key instanceof InMemorySigningKey inMemory) {
            if (!inMemory.publicKey().equals(expected)) {
                throw mismatch("The signing key is not the key of " + what.replaceFirst("^The ", "the ")
                        + " (the public keys differ)", "sign with the key pair " + vm + " was made from");
            }
            return;
        }
        byte[] probe = new byte[PROBE_LABEL.length + 32];
        System.arraycopy(PROBE_LABEL, 0, probe, 0, PROBE_LABEL.length);
        byte[] nonce = new byte[32];
        RANDOM.nextBytes(nonce);
        System.arraycopy(nonce, 0, probe, PROBE_LABEL.length, 32);
        byte[] signature;
        try {
            signature = key.sign(probe);
        } catch (MicrocredException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new MicrocredException(ErrorCode.SIGNING_FAILED, "The signing key for " + vm
                    + " failed to sign the key binding probe: " + e, null, e);
        }
        if (signature == null || !expected.verify(key.algorithm(), probe, signature)) {
            throw mismatch("The signing key does not hold the private key of " + what.replaceFirst("^The ", "the ")
                    + " (a probe signature did not verify under it)", "sign with the key " + vm + " names");
        }
    }

    private static String abbreviate(String did) {
        return did.length() > 48 ? did.substring(0, 48) + "…" : did;
    }

    private static Optional<ResolvedKey> embeddedKey(String vm) {
        try {
            Optional<ResolvedKey> local = LocalKeyResolver.resolve(vm);
            if (local.isPresent()) {
                return local;
            }
        } catch (MicrocredException e) {
            throw new MicrocredException(ErrorCode.ISSUER_KEY_MISMATCH, "The verification method " + vm
                    + " is a malformed did:key / did:jwk URL: " + e.getMessage(), null, e);
        }
        return LocalKeyResolver.fromMultikeyFragment(vm);
    }

    private static MicrocredException mismatch(String message, String hint) {
        return new MicrocredException(ErrorCode.ISSUER_KEY_MISMATCH, message, hint, null);
    }
}
