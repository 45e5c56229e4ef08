package org.microcred.verify.ob2;

import java.util.Objects;
import java.util.Optional;

/**
 * One line of an Open Badges 2.0 verification result. Immutable.
 *
 * @param check the check this step belongs to; {@link Ob2Check#id()} is its stable id
 * @param outcome PASS, WARN, SKIP or FAIL
 * @param message what was found, for a person, naming the value or URL concerned
 * @param pointer a JSON pointer (RFC 6901) to the property concerned, relative to the assertion
 *     (or, when the message names a fetched document, relative to that document)
 */
public record Ob2Step(Ob2Check check, Ob2Outcome outcome, String message, Optional<String> pointer) {

    /**
     * Checks the components.
     *
     * @param check the {@code check} component, as described on the record
     * @param outcome the {@code outcome} component, as described on the record
     * @param message the {@code message} component, as described on the record
     * @param pointer the {@code pointer} component, as described on the record
     * @throws NullPointerException if a component is null
     */
    public Ob2Step {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(pointer, "pointer");
    }

    /** @return the stable check id, e.g. {@code proof} */
    public String id() {
        return check.id();
    }

    @Override
    public String toString() {
        return outcome + " " + check.id() + ": " + message + pointer.map(p -> " (at " + p + ")").orElse("");
    }
}
