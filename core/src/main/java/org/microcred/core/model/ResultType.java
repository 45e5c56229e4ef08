package org.microcred.core.model;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A value of the kind of a result (OB 3.0 ResultType): one of the spec terms (constants below) or an extension term {@code ext:…}.
 *
 * <p>Immutable. {@link #of(String)} is strict (for building); {@link #lenient(String)} keeps any string (for
 * reading), so {@link #isValid()} can be reported later by a verifier.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0#resulttype">the enumeration in the spec</a>
 */
public final class ResultType {

    /** The spec term {@code GradePointAverage}. */
    public static final ResultType GRADE_POINT_AVERAGE = new ResultType("GradePointAverage");

    /** The spec term {@code LetterGrade}. */
    public static final ResultType LETTER_GRADE = new ResultType("LetterGrade");

    /** The spec term {@code Percent}. */
    public static final ResultType PERCENT = new ResultType("Percent");

    /** The spec term {@code PerformanceLevel}. */
    public static final ResultType PERFORMANCE_LEVEL = new ResultType("PerformanceLevel");

    /** The spec term {@code PredictedScore}. */
    public static final ResultType PREDICTED_SCORE = new ResultType("PredictedScore");

    /** The spec term {@code RawScore}. */
    public static final ResultType RAW_SCORE = new ResultType("RawScore");

    /** The spec term {@code Result}. */
    public static final ResultType RESULT = new ResultType("Result");

    /** The spec term {@code RubricCriterion}. */
    public static final ResultType RUBRIC_CRITERION = new ResultType("RubricCriterion");

    /** The spec term {@code RubricCriterionLevel}. */
    public static final ResultType RUBRIC_CRITERION_LEVEL = new ResultType("RubricCriterionLevel");

    /** The spec term {@code RubricScore}. */
    public static final ResultType RUBRIC_SCORE = new ResultType("RubricScore");

    /** The spec term {@code ScaledScore}. */
    public static final ResultType SCALED_SCORE = new ResultType("ScaledScore");

    /** The spec term {@code Status}. */
    public static final ResultType STATUS = new ResultType("Status");

    /** Every spec term, in spec order. */
    public static final List<ResultType> VALUES = List.of(GRADE_POINT_AVERAGE, LETTER_GRADE, PERCENT, PERFORMANCE_LEVEL, PREDICTED_SCORE, RAW_SCORE, RESULT, RUBRIC_CRITERION, RUBRIC_CRITERION_LEVEL, RUBRIC_SCORE, SCALED_SCORE, STATUS);

    static final String VALUES_HINT = "expected one of GradePointAverage, LetterGrade, Percent, PerformanceLevel, PredictedScore, RawScore, Result, RubricCriterion, RubricCriterionLevel, RubricScore, ScaledScore, Status or an extension term matching ext:[A-Za-z0-9._-]+";

    private static final Pattern EXTENSION = Pattern.compile("ext:[A-Za-z0-9._-]+");

    private final String value;

    private ResultType(String value) {
        this.value = value;
    }

    /**
     * Returns the value for a spec term or an {@code ext:} extension term.
     *
     * @param value the term, not null
     * @return the value (the constant for a spec term)
     * @throws IllegalArgumentException naming the value and the accepted terms if it is neither
     */
    public static ResultType of(String value) {
        ResultType v = lenient(value);
        if (!v.isValid()) {
            throw new IllegalArgumentException("'" + value + "' is not a valid ResultType: " + VALUES_HINT);
        }
        return v;
    }

    /**
     * Returns the value for any string, valid or not (for reading documents leniently).
     *
     * @param value the term, not null
     * @return the constant for a spec term, else a new value holding the string
     */
    public static ResultType lenient(String value) {
        Objects.requireNonNull(value, "value");
        for (ResultType v : VALUES) {
            if (v.value.equals(value)) {
                return v;
            }
        }
        return new ResultType(value);
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
        return o instanceof ResultType && ((ResultType) o).value.equals(value);
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
