/**
 * Credential status: W3C Bitstring Status List v1.0 (and the legacy StatusList2021) encoding and
 * decoding ({@link org.microcred.core.status.BitstringStatusList}), status entries
 * ({@link org.microcred.core.status.BitstringStatusListEntry}), status-list credential subjects
 * ({@link org.microcred.core.status.StatusListSubject}), the unsigned status-list credential an
 * issuer publishes ({@link org.microcred.core.status.BitstringStatusListCredential}) and the 1EdTech
 * Revocation List ({@link org.microcred.core.status.RevocationList}). Nothing here fetches
 * documents: callers pass in JSON they obtained through a document fetcher.
 */
package org.microcred.core.status;
