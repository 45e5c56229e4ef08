package org.microcred.verify;

/** Whether verification runs every check or stops at the first failure. */
public enum VerificationMode {
    /** Run every check and report all findings (the default). */
    EXHAUSTIVE,
    /**
     * Stop at the first FAIL; the checks after it are reported as SKIP ("not run") and their
     * work (proof, status fetch, nested credentials) is not done.
     */
    FAIL_FAST
}
