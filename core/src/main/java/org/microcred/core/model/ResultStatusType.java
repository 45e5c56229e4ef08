package org.microcred.core.model;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A value of the status of a result (OB 3.0 ResultStatusType): one of the spec terms (constants below) or an extension term {@code ext:…}.
 *
 * <p>Immutable. {@link #of(String)} is strict (for building); {@link #lenient(String)} keeps any string (for
 * reading), so {@link #isValid()} can be reported later by a verifier.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0#resultstatustype">the enumeration in the spec</a>
 */
public final class ResultStatusType {

    /** The spec term {@code Completed}. */
    public static final ResultStatusType COMPLETED = new ResultStatusType("Completed");

    /** The spec term {@code Enrolled}. */
    public static final ResultStatusType ENROLLED = new ResultStatusType("Enrolled");

    /** The spec term {@code Failed}. */
    public static final ResultStatusType FAILED = new ResultStatusType("Failed");

    /** The spec term {@code InProgress}. */
    public static final ResultStatusType IN_PROGRESS = new ResultStatusType("InProgress");

    /** The spec term {@code OnHold}. */
    public static final ResultStatusType ON_HOLD = new ResultStatusType("OnHold");

    /** The spec term {@code Provisional}. */
    public static final ResultStatusType PROVISIONAL = new ResultStatusType("Provisional");

    /** The spec term {@code Withdrew}. */
    public static final ResultStatusType WITHDREW = new ResultStatusType("Withdrew");

    /** Every spec term, in spec order. */
    public static final List<ResultStatusType> VALUES = List.of(COMPLETED, ENROLLED, FAILED, IN_PROGRESS, ON_HOLD, PROVISIONAL, WITHDREW);

    static final String VALUES_HINT = "expected one of Completed, Enrolled, Failed, InProgress, OnHold, Provisional, Withdrew or an extension term matching ext:[A-Za-z0-9._-]+";

    private static final Pattern EXTENSION = Pattern.compile("ext:[A-Za-z0-9._-]+");

    private final String value;

    private ResultStatusType(String value) {
        this.value = value;
    }

    /**
     * Returns the value for a spec term or an {@code ext:} extension term.
     *
     * @param value the term, not null
     * @return the value (the constant for a spec term)
     * @throws IllegalArgumentException naming the value and the accepted terms if it is neither
     */
    public static ResultStatusType of(String value) {
        ResultStatusType v = lenient(value);
        if (!v.isValid()) {
            throw new IllegalArgumentException("'" + value + "' is not a valid ResultStatusType: " + VALUES_HINT);
        }
        return v;
    }

    /**
     * Returns the value for any string, valid or not (for reading documents leniently).
     *
     * @param value the term, not null
     * @return the constant for a spec term, else a new value holding the string
     */
    public static ResultStatusType lenient(String value) {
        Objects.requireNonNull(value, "value");
        for (ResultStatusType v : VALUES) {
            if (v.value.equals(value)) {
                return v;
            }
        }
        return new ResultStatusType(value);
    }

    /** @return the term as written in JSON */
    public String value() {
        return value;
    }

    /** @return true for one of the spec terms */
    public boolean isKnown() {
        return VALUES.contains(this);
    }

    /** @return true for an {@code ext:} extension term */
    public boolean isExtension() {
        return EXTENSION.matcher(value).matches();
    }

    /** @return true for a spec term or an extension term */
    public boolean isValid() {
        return isKnown() || isExtension();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResultStatusType && ((ResultStatusType) o).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
