package org.microcred.verify;

/**
 * The outcome of one check of a {@link VerificationReport}.
 */
public enum Outcome {
    /** The check ran and the credential passed it. */
    PASS,
    /** The check ran and the credential failed it: the report is not valid. */
    FAIL,
    /** The check ran and found something a person should know, which does not invalidate the credential. */
    WARN,
    /** The check did not apply to this credential (or could not run); the message says why. */
    SKIP;

    /** @return the name used in JSON reports: {@code PASS}, {@code FAIL}, {@code WARN} or {@code SKIP} */
    public String jsonName() {
        return name();
    }
}
