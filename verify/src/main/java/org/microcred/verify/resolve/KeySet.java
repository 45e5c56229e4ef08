package org.microcred.verify.resolve;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The keys a controller publishes (its DID document, controller document or JWKS), or why they
 * could not be read. Used to answer "is this key the issuer's?" for keys whose controller is not
 * stated (a JWS {@code jwk} header, a JWKS key). Immutable.
 *
 * @param controller the controller id that was looked up; never null
 * @param keys the keys found, each with the purposes it is authorised for; copied, never null
 * @param failure why the controller's document could not be read; empty when {@code keys} is
 *     the complete list
 * @param notes WARN-level notes (e.g. entries skipped because their key could not be read)
 */
public record KeySet(String controller, List<ResolvedVerificationMethod> keys, Optional<ResolutionFailure> failure,
        List<String> notes) {

    /**
     * @param controller the controller id that was looked up
     * @param keys the keys found
     * @param failure why the keys could not be read, if so
     * @param notes WARN-level notes
     * @throws NullPointerException if a component is null
     */
    public KeySet {
        Objects.requireNonNull(controller, "controller");
        keys = List.copyOf(Objects.requireNonNull(keys, "keys"));
        Objects.requireNonNull(failure, "failure");
        notes = List.copyOf(Objects.requireNonNull(notes, "notes"));
    }
}
