package org.microcred.core.model;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A value of the kind of an alignment target (OB 3.0 AlignmentTargetType): one of the spec terms (constants below) or an extension term {@code ext:…}.
 *
 * <p>Immutable. {@link #of(String)} is strict (for building); {@link #lenient(String)} keeps any string (for
 * reading), so {@link #isValid()} can be reported later by a verifier.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0#alignmenttargettype">the enumeration in the spec</a>
 */
public final class AlignmentTargetType {

    /** The spec term {@code ceasn:Competency}. */
    public static final AlignmentTargetType CEASN_COMPETENCY = new AlignmentTargetType("ceasn:Competency");

    /** The spec term {@code ceterms:Credential}. */
    public static final AlignmentTargetType CETERMS_CREDENTIAL = new AlignmentTargetType("ceterms:Credential");

    /** The spec term {@code CFItem}. */
    public static final AlignmentTargetType CF_ITEM = new AlignmentTargetType("CFItem");

    /** The spec term {@code CFRubric}. */
    public static final AlignmentTargetType CF_RUBRIC = new AlignmentTargetType("CFRubric");

    /** The spec term {@code CFRubricCriterion}. */
    public static final AlignmentTargetType CF_RUBRIC_CRITERION = new AlignmentTargetType("CFRubricCriterion");

    /** The spec term {@code CFRubricCriterionLevel}. */
    public static final AlignmentTargetType CF_RUBRIC_CRITERION_LEVEL = new AlignmentTargetType("CFRubricCriterionLevel");

    /** The spec term {@code CTDL}. */
    public static final AlignmentTargetType CTDL = new AlignmentTargetType("CTDL");

    /** Every spec term, in spec order. */
    public static final List<AlignmentTargetType> VALUES = List.of(CEASN_COMPETENCY, CETERMS_CREDENTIAL, CF_ITEM, CF_RUBRIC, CF_RUBRIC_CRITERION, CF_RUBRIC_CRITERION_LEVEL, CTDL);

    static final String VALUES_HINT = "expected one of ceasn:Competency, ceterms:Credential, CFItem, CFRubric, CFRubricCriterion, CFRubricCriterionLevel, CTDL or an extension term matching ext:[A-Za-z0-9._-]+";

    private static final Pattern EXTENSION = Pattern.compile("ext:[A-Za-z0-9._-]+");

    private final String value;

    private AlignmentTargetType(String value) {
        this.value = value;
    }

    /**
     * Returns the value for a spec term or an {@code ext:} extension term.
     *
     * @param value the term, not null
     * @return the value (the constant for a spec term)
     * @throws IllegalArgumentException naming the value and the accepted terms if it is neither
     */
    public static AlignmentTargetType of(String value) {
        AlignmentTargetType v = lenient(value);
        if (!v.isValid()) {
            throw new IllegalArgumentException("'" + value + "' is not a valid AlignmentTargetType: " + VALUES_HINT);
        }
        return v;
    }

    /**
     * Returns the value for any string, valid or not (for reading documents leniently).
     *
     * @param value the term, not null
     * @return the constant for a spec term, else a new value holding the string
     */
    public static AlignmentTargetType lenient(String value) {
        Objects.requireNonNull(value, "value");
        for (AlignmentTargetType v : VALUES) {
            if (v.value.equals(value)) {
                return v;
            }
        }
        return new AlignmentTargetType(value);
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
        return o instanceof AlignmentTargetType && ((AlignmentTargetType) o).value.equals(value);
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
