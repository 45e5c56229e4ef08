package org.microcred.verify.resolve;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.microcred.core.keys.MicrocredPublicKey;

/**
 * The {@code issuer-binding} decision: is the key that verified a proof the credential issuer's?
 * A validly signed credential made with someone else's key is not genuine (Open Badges 3.0 and
 * the 1EdTech validator: "Key controller does not match issuer"; VC-JWT: a {@code kid} or
 * {@code jwk} key must belong to {@code iss}).
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>a key with a known controller is bound exactly when the controller equals the issuer id
 *       (string equality, as DID Core and CID compare ids);</li>
 *   <li>a key without a stated controller (a JWS {@code jwk} header, a JWKS key, a JWK URL) is
 *       bound when the issuer publishes that key — the issuer id is resolved through the
 *       {@link KeyResolver} ({@code did:jwk}/{@code did:key} of the key itself, a {@code did:web}
 *       or HTTPS controller document, or a JWKS at the issuer URL) and keys are compared by RFC
 *       7638 thumbprint; the issuer must list it for {@code assertionMethod};</li>
 *   <li>optionally ({@link #allowingSameOriginKeySets()}), a JWKS / JWK-URL key served from the
 *       same https origin as an https issuer id is bound.</li>
 * </ol>
 *
 * <p>Immutable and thread-safe. Never throws on bad input.
 */
public final class IssuerBinding {

    private final KeyResolver resolver;
    private final boolean sameOrigin;

    private IssuerBinding(KeyResolver resolver, boolean sameOrigin) {
        this.resolver = resolver;
        this.sameOrigin = sameOrigin;
    }

    /**
     * @param resolver used to read the issuer's published keys for keys without a controller;
     *     never null
     * @return the strict binding check
     */
    public static IssuerBinding using(KeyResolver resolver) {
        return new IssuerBinding(Objects.requireNonNull(resolver, "resolver"), false);
    }

    /**
     * A copy that also accepts a JWKS or JWK-URL key served from the issuer id's https origin
     * (scheme, host and port equal): the issuer's web server vouches for it. Off by default.
     *
     * @return the more lenient check
     */
    public IssuerBinding allowingSameOriginKeySets() {
        return new IssuerBinding(resolver, true);
    }

    /**
     * Rule 1 alone: binds a key to the issuer by its controller. Pure.
     *
     * @param issuerId the credential's {@code issuer.id} (or JWT {@code iss}); never null
     * @param key the resolved key; never null
     * @return bound when the key's controller equals the issuer id; not bound when it differs or
     *     the controller is unknown
     */
    public static Binding byController(String issuerId, ResolvedVerificationMethod key) {
        Objects.requireNonNull(issuerId, "issuerId");
        Objects.requireNonNull(key, "key");
        if (key.controller().isEmpty()) {
            return new Binding(false, "key " + shown(key.id()) + " (" + key.form() + ") states no controller, so it"
                    + " cannot be bound to issuer " + shown(issuerId) + " by its controller");
        }
        String controller = key.controller().get();
        if (controller.equals(issuerId)) {
            return new Binding(true, "verification method " + shown(key.id()) + " is controlled by the issuer "
                    + shown(issuerId));
        }
        return new Binding(false, "verification method " + shown(key.id()) + " is controlled by " + shown(controller)
                + ", but the credential's issuer is " + shown(issuerId));
    }

    /**
     * Decides whether {@code key} is the issuer's, by the rules in the class description.
     *
     * @param issuerId the credential's {@code issuer.id} (or JWT {@code iss}); never null
     * @param key the key that verified the proof; never null
     * @return the decision and its reason; never null
     */
    public Binding check(String issuerId, ResolvedVerificationMethod key) {
        Objects.requireNonNull(issuerId, "issuerId");
        Objects.requireNonNull(key, "key");
        if (key.controller().isPresent()) {
            return byController(issuerId, key);
        }
        Binding published = isIssuerKey(issuerId, key.publicKey());
        if (published.bound()) {
            return published;
        }
        if (sameOrigin && (key.form() == KeyForm.JWKS || key.form() == KeyForm.JWK_URL) && key.document().isPresent()) {
            Optional<String> keyOrigin = httpsOrigin(key.document().get());
            Optional<String> issuerOrigin = httpsOrigin(issuerId);
            if (keyOrigin.isPresent() && keyOrigin.equals(issuerOrigin)) {
                return new Binding(true, "key " + shown(key.id()) + " is served from " + keyOrigin.get()
                        + ", the origin of the issuer " + shown(issuerId) + " (same-origin key sets allowed)");
            }
        }
        return published;
    }

    /**
     * Answers "is this key the issuer's?" by resolving the issuer id and comparing keys by RFC
     * 7638 thumbprint: a {@code did:jwk}/{@code did:key} issuer must be that key; a
     * {@code did:web} or https issuer must list it (for {@code assertionMethod}) in its DID or
     * controller document, or in the JWKS at its URL.
     *
     * @param issuerId the issuer id; never null
     * @param key the public key, e.g. from a JWS {@code jwk} header; never null
     * @return bound when the issuer publishes the key for assertions
     */
    public Binding isIssuerKey(String issuerId, MicrocredPublicKey key) {
        Objects.requireNonNull(issuerId, "issuerId");
        Objects.requireNonNull(key, "key");
        String thumbprint = key.jwkThumbprint();
        KeySet keys = resolver.keysOf(issuerId);
        if (keys.failure().isPresent()) {
            return new Binding(false, "the key (JWK thumbprint " + thumbprint + ") names no controller, and the keys"
                    + " of issuer " + shown(issuerId) + " could not be read to check it: "
                    + keys.failure().get().message());
        }
        for (ResolvedVerificationMethod published : keys.keys()) {
            if (published.publicKey().jwkThumbprint().equals(thumbprint)) {
                if (published.isAuthorisedFor(ResolvedVerificationMethod.ASSERTION_METHOD)) {
                    return new Binding(true, "the key (JWK thumbprint " + thumbprint + ") is the issuer's: "
                            + shown(issuerId) + " lists it as " + shown(published.id()) + " for assertionMethod");
                }
                return new Binding(false, "issuer " + shown(issuerId) + " lists the key (JWK thumbprint " + thumbprint
                        + ") as " + shown(published.id()) + ", but not for assertionMethod");
            }
        }
        return new Binding(false, "the key (JWK thumbprint " + thumbprint + ") is not among the "
                + keys.keys().size() + " key(s) issuer " + shown(issuerId) + " publishes");
    }

    private static Optional<String> httpsOrigin(String url) {
        try {
            URI uri = new URI(url);
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                return Optional.empty();
            }
            int port = uri.getPort() == -1 ? 443 : uri.getPort();
            return Optional.of("https://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String shown(String text) {
        return Text.shown(text);
    }
}
