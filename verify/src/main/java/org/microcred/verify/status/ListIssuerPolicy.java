package org.microcred.verify.status;

import java.util.Objects;
import java.util.Set;

/**
 * Decides whether a status list (a Bitstring Status List credential, or a 1EdTech revocation list)
 * issued by {@code listIssuer} may speak for a credential issued by {@code credentialIssuer}. The
 * default, {@link #sameIssuer()}, accepts only the credential's own issuer; BSL notes that the two
 * may differ (a status service), which a verifier allows explicitly with {@link #trusting(Set)}.
 *
 * <p>Implementations must be thread-safe and must not throw.
 *
 * @see <a href="https://www.w3.org/TR/vc-bitstring-status-list/#validate-algorithm">BSL Validate
 *     Algorithm, note "Issuer validation is use case dependent"</a>
 */
@FunctionalInterface
public interface ListIssuerPolicy {

    /**
     * @param credentialIssuer the credential's issuer id; never null
     * @param listIssuer the list's issuer id; never null
     * @return whether the list may be used for the credential
     */
    boolean accepts(String credentialIssuer, String listIssuer);

    /** @return the default policy: the two issuer ids must be equal strings */
    static ListIssuerPolicy sameIssuer() {
        return String::equals;
    }

    /**
     * @param statusServices issuer ids whose lists are accepted for any credential, besides the
     *     credential's own issuer (copied)
     * @return the policy
     */
    static ListIssuerPolicy trusting(Set<String> statusServices) {
        Set<String> trusted = Set.copyOf(Objects.requireNonNull(statusServices, "statusServices"));
        return (credentialIssuer, listIssuer) -> credentialIssuer.equals(listIssuer) || trusted.contains(listIssuer);
    }
}
