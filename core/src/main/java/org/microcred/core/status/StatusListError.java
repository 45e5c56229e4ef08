package org.microcred.core.status;

/**
 * The processing errors of Bitstring Status List v1.0, plus the failures of Microcred's own
 * checks. Verifiers map these to report messages; issuers see them as misuse.
 *
 * @see <a href="https://www.w3.org/TR/vc-bitstring-status-list/#processing-errors">BSL §3.6
 *     Processing Errors</a>
 */
public enum StatusListError {
    /** The list is shorter than the 131,072-entry minimum (spec name {@code STATUS_LIST_LENGTH_ERROR}). */
    STATUS_LIST_LENGTH_ERROR,
    /** An index lies outside the list, or a status value does not fit in {@code statusSize} bits
     * (spec name {@code RANGE_ERROR}). */
    RANGE_ERROR,
    /** A field of an entry, subject or list is missing or malformed (spec name
     * {@code MALFORMED_VALUE_ERROR}). */
    MALFORMED_VALUE_ERROR,
    /** The status list does not serve the entry: no matching {@code statusPurpose} (spec name
     * {@code STATUS_VERIFICATION_ERROR}). */
    STATUS_VERIFICATION_ERROR,
    /** {@code encodedList} is not multibase base64url, not base64url, or not GZIP. */
    ENCODING_ERROR,
    /** The decompressed list exceeds the decompression cap (a likely zip bomb). */
    TOO_LARGE
}
