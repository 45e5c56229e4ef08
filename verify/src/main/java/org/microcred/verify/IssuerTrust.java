package org.microcred.verify;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * The caller's policy on which issuers it trusts — validation in the spec's sense (OB 3.0 leaves
 * it to the relying party). Checked by the {@code trust} check after {@code issuer-binding}, so a
 * credential from an issuer outside the policy FAILs with a message naming the issuer. Endorsers
 * are not held to the policy: an endorsement by an untrusted issuer is a WARN in its nested report.
 *
 * <p>Implementations must be thread-safe.
 */
@FunctionalInterface
public interface IssuerTrust {

    /**
     * @param issuerId the issuer's id (a DID or URL), exactly as in the credential
     * @return whether the issuer is trusted
     */
    boolean trusts(String issuerId);

    /**
     * @param issuerIds the trusted issuer ids, compared exactly
     * @return a trust list
     * @throws NullPointerException if the collection or an element is null
     */
    static IssuerTrust anyOf(Collection<String> issuerIds) {
        Set<String> ids = Set.copyOf(Objects.requireNonNull(issuerIds, "issuerIds"));
        return ids::contains;
    }
}
