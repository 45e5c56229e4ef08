package org.microcred.verify.status;

/**
 * What a status check established about a credential, or about one of its
 * {@code credentialStatus} entries.
 *
 * <p>How each state counts in a verification report is its {@link StatusVerdict}: see
 * {@link #verdict(boolean)}.
 */
public enum StatusState {
    /** The list was obtained and verified, and the credential is neither revoked nor suspended. */
    ACTIVE,
    /** The list was obtained and verified, and it says the credential is revoked. */
    REVOKED,
    /** The list was obtained and verified, and it says the credential is suspended. */
    SUSPENDED,
    /**
     * The status could not be established for a reason outside the credential: the list could not
     * be fetched, the key of its proof could not be resolved, the list credential is outside its
     * validity period, or the status type is not supported. A warning, or a failure under the
     * strict policy.
     */
    UNKNOWN,
    /**
     * The status information is broken or untrustworthy: a malformed entry, a list whose proof
     * does not verify, a list from another issuer, a purpose mismatch, a list shorter than the
     * herd-privacy minimum, an index outside the list. Always a failure.
     */
    INVALID,
    /** The credential has no {@code credentialStatus}: there is nothing to check. */
    NOT_APPLICABLE;

    /**
     * @param strict whether an {@link #UNKNOWN} status counts as a failure
     * @return PASS for ACTIVE; FAIL for REVOKED, SUSPENDED and INVALID; WARN (FAIL when strict) for
     *     UNKNOWN; SKIP for NOT_APPLICABLE
     */
    public StatusVerdict verdict(boolean strict) {
        return switch (this) {
            case ACTIVE -> StatusVerdict.PASS;
            case REVOKED, SUSPENDED, INVALID -> StatusVerdict.FAIL;
            case UNKNOWN -> strict ? StatusVerdict.FAIL : StatusVerdict.WARN;
            case NOT_APPLICABLE -> StatusVerdict.SKIP;
        };
    }

    /** Severity order used to summarise several entries: the highest rank wins. */
    int rank() {
        return switch (this) {
            case NOT_APPLICABLE -> 0;
            case ACTIVE -> 1;
            case UNKNOWN -> 2;
            case INVALID -> 3;
            case SUSPENDED -> 4;
            case REVOKED -> 5;
        };
    }
}
