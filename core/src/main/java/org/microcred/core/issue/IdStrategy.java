package org.microcred.core.issue;

import java.util.Objects;
import java.util.UUID;
import org.microcred.core.model.Credential;

/**
 * Chooses the {@code id} of a credential the {@link Issuer} issues when the caller did not set
 * one. OB 3.0 requires every credential to have an {@code id} (a URI); the issuer and the id
 * together identify a credential, and a re-issued credential keeps its id
 * (<a href="https://www.imsglobal.org/spec/ob/v3p0/#credential-equality-and-comparison">OB 3.0
 * credential equality</a>).
 *
 * <p>Implementations must be thread-safe (batch issuance calls them from several threads) and
 * must return an absolute URI; the issuer refuses anything else with
 * {@link org.microcred.core.ErrorCode#INVALID_VALUE}.
 */
@FunctionalInterface
public interface IdStrategy {

    /**
     * Returns the id for a new credential.
     *
     * @param draft the credential about to be issued, with everything filled in except its
     *     {@code id} (and without proof); never null
     * @return an absolute URI such as {@code urn:uuid:…} or {@code https://lms.example.edu/credentials/42}
     */
    String newId(Credential draft);

    /**
     * The default: a random (version 4) UUID URN, {@code urn:uuid:3f0c…}.
     *
     * @return the strategy; stateless and thread-safe
     */
    static IdStrategy uuidUrn() {
        return draft -> "urn:uuid:" + UUID.randomUUID();
    }

    /**
     * A random UUID appended to a base URL, for issuers that host their credentials:
     * {@code urlPrefix("https://lms.example.edu/credentials/")} gives
     * {@code https://lms.example.edu/credentials/3f0c…}.
     *
     * @param base the prefix, an absolute {@code https:} or {@code http:} URL; not null
     * @return the strategy; stateless and thread-safe
     * @throws IllegalArgumentException if {@code base} is not an http(s) URL
     */
    static IdStrategy urlPrefix(String base) {
        Objects.requireNonNull(base, "base");
        if (!base.startsWith("https://") && !base.startsWith("http://")) {
            throw new IllegalArgumentException("base must be an http(s) URL, not '" + base + "'");
        }
        return draft -> base + UUID.randomUUID();
    }
}
