package org.microcred.verify.ob2;

/** The outcome of one verification step. */
public enum Ob2Outcome {
    /** The check ran and succeeded. */
    PASS,
    /** The check ran and found something a person should know, which does not invalidate the badge. */
    WARN,
    /** The check did not run (not applicable, not asked for, or an earlier failure made it moot). */
    SKIP,
    /** The check ran and failed: the badge is not valid. */
    FAIL
}
