package org.microcred.verify.ob2;

import java.util.Objects;

/**
 * How the expected recipient matched the assertion's {@code recipient} IdentityObject. Immutable.
 *
 * @param method how the identity was compared
 * @param lowerCased whether the match needed the expected value lower-cased (e-mail addresses are
 *     compared as given first; the spec does not say whether issuers normalise them before hashing)
 * @param assertionType the assertion's {@code recipient.type}
 */
public record RecipientMatch(Method method, boolean lowerCased, String assertionType) {

    /** How an identity was compared. */
    public enum Method {
        /** {@code hashed: false}: the identity is the plaintext identifier. */
        PLAINTEXT,
        /** {@code sha256$hex(identity + salt)} with the assertion's {@code salt}. */
        SHA256_SALTED,
        /** {@code sha256$hex(identity)}: hashed without a salt (as Credly documents). */
        SHA256_UNSALTED,
        /** {@code md5$hex(identity + salt)}. */
        MD5_SALTED,
        /** {@code md5$hex(identity)}. */
        MD5_UNSALTED
    }

    /**
     * Checks the components.
     *
     * @param method the {@code method} component, as described on the record
     * @param lowerCased the {@code lowerCased} component, as described on the record
     * @param assertionType the {@code assertionType} component, as described on the record
     * @throws NullPointerException if a component is null
     */
    public RecipientMatch {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(assertionType, "assertionType");
    }
}
