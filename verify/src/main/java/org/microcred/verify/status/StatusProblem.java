package org.microcred.verify.status;

import java.util.Optional;

/**
 * Why the status of an entry could not be established, for callers that branch on it. Each
 * problem names the Bitstring Status List processing error it corresponds to, when there is one.
 *
 * @see <a href="https://www.w3.org/TR/vc-bitstring-status-list/#processing-errors">BSL Processing
 *     Errors</a>
 */
public enum StatusProblem {
    /** The list could not be fetched (offline, not preloaded, refused, HTTP error). UNKNOWN. */
    LIST_UNREACHABLE("STATUS_RETRIEVAL_ERROR"),
    /** The {@code credentialStatus} type is not one this checker supports. UNKNOWN. */
    UNSUPPORTED_TYPE(null),
    /** The list credential's {@code validFrom} (or {@code issuanceDate}) is in the future. UNKNOWN. */
    LIST_NOT_YET_VALID("STATUS_VERIFICATION_ERROR"),
    /** The list credential's {@code validUntil} (or {@code expirationDate}) has passed. UNKNOWN. */
    LIST_EXPIRED("STATUS_VERIFICATION_ERROR"),
    /**
     * No proof of the list credential verified because its key could not be resolved (for example a
     * did:web key while the network is off): its authenticity is unknown, not disproved. UNKNOWN.
     */
    LIST_KEY_UNRESOLVED("STATUS_VERIFICATION_ERROR"),
    /** The credential has no {@code id}, so a 1EdTech revocation list cannot name it. UNKNOWN. */
    CREDENTIAL_WITHOUT_ID(null),
    /** The {@code credentialStatus} entry is missing a field or has a malformed one. INVALID. */
    MALFORMED_ENTRY("MALFORMED_VALUE_ERROR"),
    /** The fetched document is not a readable status list (credential). INVALID. */
    MALFORMED_LIST("MALFORMED_VALUE_ERROR"),
    /** The list credential has no proof, or no proof verifies. INVALID. */
    LIST_PROOF_INVALID("STATUS_VERIFICATION_ERROR"),
    /** The list's proof key is not controlled by the list's issuer. INVALID. */
    LIST_KEY_NOT_ISSUERS("STATUS_VERIFICATION_ERROR"),
    /** The list was issued by someone other than the credential's issuer. INVALID. */
    LIST_ISSUER_MISMATCH("STATUS_VERIFICATION_ERROR"),
    /** The list credential's {@code id} is not the URL the entry points at. INVALID. */
    LIST_ID_MISMATCH("STATUS_VERIFICATION_ERROR"),
    /** The entry's {@code statusPurpose} is not among the list's. INVALID. */
    PURPOSE_MISMATCH("STATUS_VERIFICATION_ERROR"),
    /** The list has fewer than 131,072 entries. INVALID. */
    LIST_TOO_SHORT("STATUS_LIST_LENGTH_ERROR"),
    /** The list decompresses to more than the configured maximum. INVALID. */
    LIST_TOO_LARGE(null),
    /** {@code statusListIndex} lies outside the list. INVALID. */
    INDEX_OUT_OF_RANGE("RANGE_ERROR"),
    /** The list uses a {@code statusPurpose} this checker does not interpret, with a non-zero value. UNKNOWN. */
    UNINTERPRETED_PURPOSE(null);

    private final String specError;

    StatusProblem(String specError) {
        this.specError = specError;
    }

    /** @return the Bitstring Status List error name (e.g. {@code STATUS_RETRIEVAL_ERROR}), when one applies */
    public Optional<String> specError() {
        return Optional.ofNullable(specError);
    }
}
