package org.microcred.core.keys;

import java.util.Optional;
import org.microcred.core.MicrocredException;

/**
 * Resolves verification method URLs whose key is contained in the URL itself, without any
 * network access: {@code did:key} and {@code did:jwk}. Everything else ({@code did:web},
 * {@code https:} key documents) needs a fetch and is left to the caller.
 *
 * <p>Stateless and thread-safe.
 */
public final class LocalKeyResolver {

    private LocalKeyResolver() {
    }

    /**
     * Resolves a did:key or did:jwk DID or DID URL. A bare DID resolves to its single
     * verification method.
     *
     * @param verificationMethodUrl the URL; never null
     * @return the key, or empty if the URL is neither did:key nor did:jwk
     * @throws MicrocredException {@link org.microcred.core.ErrorCode#KEY_INVALID} if it is a
     *     did:key / did:jwk URL but malformed (bad key, wrong fragment)
     */
    public static Optional<ResolvedKey> resolve(String verificationMethodUrl) {
        if (DidKey.isDidKey(verificationMethodUrl)) {
            DidKey did = DidKey.parse(verificationMethodUrl);
            return Optional.of(new ResolvedKey(did.verificationMethodId(), did.did(), did.publicKey()));
        }
        if (DidJwk.isDidJwk(verificationMethodUrl)) {
            DidJwk did = DidJwk.parse(verificationMethodUrl);
            return Optional.of(new ResolvedKey(did.verificationMethodId(), did.did(), did.publicKey()));
        }
        return Optional.empty();
    }

    /**
     * Reads a key from a URL whose fragment is itself a {@code publicKeyMultibase}, as in
     * {@code https://example.edu/issuers/565049#z6MkjZRZ…} (the form the 1EdTech OB 3.0
     * implementation guide uses and the 1EdTech validator accepts). The controller is the part
     * before {@code #}. Trusting such a URL without dereferencing it is a policy decision of the
     * caller: the key is only bound to the controller by the URL's text.
     *
     * @param verificationMethodUrl the URL; never null
     * @return the key, or empty if there is no fragment or it does not decode as a Multikey
     */
    public static Optional<ResolvedKey> fromMultikeyFragment(String verificationMethodUrl) {
        int hash = verificationMethodUrl.indexOf('#');
        if (hash <= 0 || hash == verificationMethodUrl.length() - 1) {
            return Optional.empty();
        }
        try {
            MicrocredPublicKey key = Multikey.decodePublicKey(verificationMethodUrl.substring(hash + 1));
            return Optional.of(new ResolvedKey(verificationMethodUrl, verificationMethodUrl.substring(0, hash), key));
        } catch (MicrocredException notAMultikey) {
            return Optional.empty();
        }
    }
}
