package org.microcred.verify.resolve;

import java.util.Objects;

/**
 * Whether a key is bound to the credential's issuer, with the sentence a report shows, e.g.
 * "verification method did:key:z6MkA…#z6MkA… is controlled by did:key:z6MkA…, but the
 * credential's issuer is did:web:evil.example".
 *
 * @param bound whether the key is the issuer's
 * @param message why; never null
 */
public record Binding(boolean bound, String message) {

    /**
     * @param bound whether the key is the issuer's
     * @param message why; never null
     * @throws NullPointerException if {@code message} is null
     */
    public Binding {
        Objects.requireNonNull(message, "message");
    }
}
