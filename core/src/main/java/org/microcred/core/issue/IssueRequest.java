package org.microcred.core.issue;

import java.util.Objects;
import org.microcred.core.model.Credential;

/**
 * One thing to issue: an {@link OpenBadge}, an {@link Endorsement}, or a credential model the caller built
 * ({@link #of(Credential)}). This is the element type of batch issuance
 * ({@link Issuer#issueAll(java.util.stream.Stream)}).
 */
public sealed interface IssueRequest permits OpenBadge, Endorsement, IssueRequest.Draft {

    /**
     * @param unsigned an unsigned credential (any kind); what it lacks the issuer fills in
     * @return the request
     */
    static IssueRequest of(Credential unsigned) {
        return new Draft(unsigned);
    }

    /**
     * A credential model built by the caller, to be completed and signed by the issuer.
     *
     * @param credential the unsigned credential; not null
     */
    record Draft(Credential credential) implements IssueRequest {
        /**
         * @param credential the unsigned credential; not null
         * @throws NullPointerException if the credential is null
         */
        public Draft {
            Objects.requireNonNull(credential, "credential");
        }
    }
}
