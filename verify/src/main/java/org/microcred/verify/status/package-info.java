/**
 * Credential status checking for the verifier: W3C Bitstring Status List v1.0, the older
 * StatusList2021 and the 1EdTech Revocation List. {@link org.microcred.verify.status.StatusChecker}
 * fetches each list through a {@link org.microcred.verify.fetch.DocumentFetcher}, verifies a
 * status-list credential's own proof and issuer, reads the entry and reports a
 * {@link org.microcred.verify.status.StatusCheck}: one
 * {@link org.microcred.verify.status.StatusEntryCheck} per {@code credentialStatus} entry with a
 * sentence saying exactly what happened. A list that cannot be obtained is a warning with the
 * reason (a failure under the strict policy), never a silent pass.
 *
 * @see <a href="https://www.w3.org/TR/vc-bitstring-status-list/">Bitstring Status List v1.0</a>
 */
package org.microcred.verify.status;
