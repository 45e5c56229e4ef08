package org.microcred.core.model;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A value of the relation of a CLR association (CLR 2.0 AssociationType): one of the spec terms (constants below) or an extension term {@code ext:…}.
 *
 * <p>Immutable. {@link #of(String)} is strict (for building); {@link #lenient(String)} keeps any string (for
 * reading), so {@link #isValid()} can be reported later by a verifier.
 *
 * @see <a href="https://www.imsglobal.org/spec/clr/v2p0">the enumeration in the spec</a>
 */
public final class AssociationType {

    /** The spec term {@code exactMatchOf}. */
    public static final AssociationType EXACT_MATCH_OF = new AssociationType("exactMatchOf");

    /** The spec term {@code isChildOf}. */
    public static final AssociationType IS_CHILD_OF = new AssociationType("isChildOf");

    /** The spec term {@code isParentOf}. */
    public static final AssociationType IS_PARENT_OF = new AssociationType("isParentOf");

    /** The spec term {@code isPartOf}. */
    public static final AssociationType IS_PART_OF = new AssociationType("isPartOf");

    /** The spec term {@code isPeerOf}. */
    public static final AssociationType IS_PEER_OF = new AssociationType("isPeerOf");

    /** The spec term {@code isRelatedTo}. */
    public static final AssociationType IS_RELATED_TO = new AssociationType("isRelatedTo");

    /** The spec term {@code precedes}. */
    public static final AssociationType PRECEDES = new AssociationType("precedes");

    /** The spec term {@code replacedBy}. */
    public static final AssociationType REPLACED_BY = new AssociationType("replacedBy");

    /** Every spec term, in spec order. */
    public static final List<AssociationType> VALUES = List.of(EXACT_MATCH_OF, IS_CHILD_OF, IS_PARENT_OF, IS_PART_OF, IS_PEER_OF, IS_RELATED_TO, PRECEDES, REPLACED_BY);

    static final String VALUES_HINT = "expected one of exactMatchOf, isChildOf, isParentOf, isPartOf, isPeerOf, isRelatedTo, precedes, replacedBy or an extension term matching ext:[A-Za-z0-9._-]+";

    private static final Pattern EXTENSION = Pattern.compile("ext:[A-Za-z0-9._-]+");

    private final String value;

    private AssociationType(String value) {
        this.value = value;
    }

    /**
     * Returns the value for a spec term or an {@code ext:} extension term.
     *
     * @param value the term, not null
     * @return the value (the constant for a spec term)
     * @throws IllegalArgumentException naming the value and the accepted terms if it is neither
     */
    public static AssociationType of(String value) {
        AssociationType v = lenient(value);
        if (!v.isValid()) {
            throw new IllegalArgumentException("'" + value + "' is not a valid AssociationType: " + VALUES_HINT);
        }
        return v;
    }

    /**
     * Returns the value for any string, valid or not (for reading documents leniently).
     *
     * @param value the term, not null
     * @return the constant for a spec term, else a new value holding the string
     */
    public static AssociationType lenient(String value) {
        Objects.requireNonNull(value, "value");
        for (AssociationType v : VALUES) {
            if (v.value.equals(value)) {
                return v;
            }
        }
        return new AssociationType(value);
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
        return o instanceof AssociationType && ((AssociationType) o).value.equals(value);
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
