/**
 * Verification: {@code Verifier} turns any badge a candidate hands in into a
 * {@code VerificationReport} of named checks.
 */
package org.microcred.verify;
