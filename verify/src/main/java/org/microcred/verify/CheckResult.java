package org.microcred.verify;

import java.util.Objects;
import java.util.Optional;

/**
 * The result of one check: which check, its outcome, a message a person understands, and where
 * useful a JSON pointer (RFC 6901) into the credential to the offending value.
 *
 * @param check the check
 * @param outcome its outcome
 * @param message what was checked and found, for people; never empty
 * @param pointer JSON pointer to the value the message is about, when there is one
 */
public record CheckResult(CheckId check, Outcome outcome, String message, Optional<String> pointer) {

    /**
     * @param check the {@code check} component, as described on the record
     * @param outcome the {@code outcome} component, as described on the record
     * @param message the {@code message} component, as described on the record
     * @param pointer the {@code pointer} component, as described on the record
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the message is blank
     */
    public CheckResult {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(pointer, "pointer");
        if (message.isBlank()) {
            throw new IllegalArgumentException("message must not be blank");
        }
    }

    /** @return the stable string id of the check, e.g. {@code "proof"} */
    public String id() {
        return check.id();
    }

    /**
     * @param check the check
     * @param message the message
     * @return a passed check
     */
    public static CheckResult pass(CheckId check, String message) {
        return new CheckResult(check, Outcome.PASS, message, Optional.empty());
    }

    /**
     * @param check the check
     * @param message the message
     * @return a failed check
     */
    public static CheckResult fail(CheckId check, String message) {
        return new CheckResult(check, Outcome.FAIL, message, Optional.empty());
    }

    /**
     * @param check the check
     * @param message the message
     * @param pointer JSON pointer to the offending value
     * @return a failed check
     */
    public static CheckResult fail(CheckId check, String message, String pointer) {
        return new CheckResult(check, Outcome.FAIL, message, Optional.ofNullable(pointer));
    }

    /**
     * @param check the check
     * @param message the message
     * @return a warning
     */
    public static CheckResult warn(CheckId check, String message) {
        return new CheckResult(check, Outcome.WARN, message, Optional.empty());
    }

    /**
     * @param check the check
     * @param message why the check did not apply
     * @return a skipped check
     */
    public static CheckResult skip(CheckId check, String message) {
        return new CheckResult(check, Outcome.SKIP, message, Optional.empty());
    }

    /**
     * @param pointer JSON pointer, or null for none
     * @return this result with the pointer replaced
     */
    public CheckResult withPointer(String pointer) {
        return new CheckResult(check, outcome, message, Optional.ofNullable(pointer));
    }

    @Override
    public String toString() {
        return check.id() + " " + outcome + ": " + message + pointer.map(p -> " (at " + p + ")").orElse("");
    }
}
