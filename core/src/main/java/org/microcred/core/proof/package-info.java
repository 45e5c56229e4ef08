/**
 * Proof suites: the ProofSuite SPI, Data Integrity (eddsa-rdfc-2022, ecdsa-rdfc-2019), VC-JWT, and verify-only legacy suites.
 */
package org.microcred.core.proof;
