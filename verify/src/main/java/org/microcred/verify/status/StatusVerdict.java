package org.microcred.verify.status;

/**
 * How a status finding counts in a verification report; the same four outcomes the verification
 * pipeline uses for every check.
 */
public enum StatusVerdict {
    /** The status was checked and the credential is in good standing. */
    PASS,
    /** The credential is revoked or suspended, or its status information is invalid (or unknown
     * under the strict policy). */
    FAIL,
    /** The status could not be established; the message says why. */
    WARN,
    /** There was nothing to check. */
    SKIP;

    int rank() {
        return switch (this) {
            case SKIP -> 0;
            case PASS -> 1;
            case WARN -> 2;
            case FAIL -> 3;
        };
    }
}
