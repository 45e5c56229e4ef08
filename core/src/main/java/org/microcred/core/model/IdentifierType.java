package org.microcred.core.model;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A value of the kind of an identifier (CDM IdentifierTypeEnum): one of the spec terms (constants below) or an extension term {@code ext:…}.
 *
 * <p>Immutable. {@link #of(String)} is strict (for building); {@link #lenient(String)} keeps any string (for
 * reading), so {@link #isValid()} can be reported later by a verifier.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0#identifiertype">the enumeration in the spec</a>
 */
public final class IdentifierType {

    /** The spec term {@code name}. */
    public static final IdentifierType NAME = new IdentifierType("name");

    /** The spec term {@code sourcedId}. */
    public static final IdentifierType SOURCED_ID = new IdentifierType("sourcedId");

    /** The spec term {@code systemId}. */
    public static final IdentifierType SYSTEM_ID = new IdentifierType("systemId");

    /** The spec term {@code productId}. */
    public static final IdentifierType PRODUCT_ID = new IdentifierType("productId");

    /** The spec term {@code userName}. */
    public static final IdentifierType USER_NAME = new IdentifierType("userName");

    /** The spec term {@code accountId}. */
    public static final IdentifierType ACCOUNT_ID = new IdentifierType("accountId");

    /** The spec term {@code emailAddress}. */
    public static final IdentifierType EMAIL_ADDRESS = new IdentifierType("emailAddress");

    /** The spec term {@code nationalIdentityNumber}. */
    public static final IdentifierType NATIONAL_IDENTITY_NUMBER = new IdentifierType("nationalIdentityNumber");

    /** The spec term {@code isbn}. */
    public static final IdentifierType ISBN = new IdentifierType("isbn");

    /** The spec term {@code issn}. */
    public static final IdentifierType ISSN = new IdentifierType("issn");

    /** The spec term {@code lisSourcedId}. */
    public static final IdentifierType LIS_SOURCED_ID = new IdentifierType("lisSourcedId");

    /** The spec term {@code oneRosterSourcedId}. */
    public static final IdentifierType ONE_ROSTER_SOURCED_ID = new IdentifierType("oneRosterSourcedId");

    /** The spec term {@code sisSourcedId}. */
    public static final IdentifierType SIS_SOURCED_ID = new IdentifierType("sisSourcedId");

    /** The spec term {@code ltiContextId}. */
    public static final IdentifierType LTI_CONTEXT_ID = new IdentifierType("ltiContextId");

    /** The spec term {@code ltiDeploymentId}. */
    public static final IdentifierType LTI_DEPLOYMENT_ID = new IdentifierType("ltiDeploymentId");

    /** The spec term {@code ltiToolId}. */
    public static final IdentifierType LTI_TOOL_ID = new IdentifierType("ltiToolId");

    /** The spec term {@code ltiPlatformId}. */
    public static final IdentifierType LTI_PLATFORM_ID = new IdentifierType("ltiPlatformId");

    /** The spec term {@code ltiUserId}. */
    public static final IdentifierType LTI_USER_ID = new IdentifierType("ltiUserId");

    /** The spec term {@code identifier}. */
    public static final IdentifierType IDENTIFIER = new IdentifierType("identifier");

    /** Every spec term, in spec order. */
    public static final List<IdentifierType> VALUES = List.of(NAME, SOURCED_ID, SYSTEM_ID, PRODUCT_ID, USER_NAME, ACCOUNT_ID, EMAIL_ADDRESS, NATIONAL_IDENTITY_NUMBER, ISBN, ISSN, LIS_SOURCED_ID, ONE_ROSTER_SOURCED_ID, SIS_SOURCED_ID, LTI_CONTEXT_ID, LTI_DEPLOYMENT_ID, LTI_TOOL_ID, LTI_PLATFORM_ID, LTI_USER_ID, IDENTIFIER);

    static final String VALUES_HINT = "expected one of name, sourcedId, systemId, productId, userName, accountId, emailAddress, nationalIdentityNumber, isbn, issn, lisSourcedId, oneRosterSourcedId, sisSourcedId, ltiContextId, ltiDeploymentId, ltiToolId, ltiPlatformId, ltiUserId, identifier or an extension term matching ext:[A-Za-z0-9._-]+";

    private static final Pattern EXTENSION = Pattern.compile("ext:[A-Za-z0-9._-]+");

    private final String value;

    private IdentifierType(String value) {
        this.value = value;
    }

    /**
     * Returns the value for a spec term or an {@code ext:} extension term.
     *
     * @param value the term, not null
     * @return the value (the constant for a spec term)
     * @throws IllegalArgumentException naming the value and the accepted terms if it is neither
     */
    public static IdentifierType of(String value) {
        IdentifierType v = lenient(value);
        if (!v.isValid()) {
            throw new IllegalArgumentException("'" + value + "' is not a valid IdentifierType: " + VALUES_HINT);
        }
        return v;
    }

    /**
     * Returns the value for any string, valid or not (for reading documents leniently).
     *
     * @param value the term, not null
     * @return the constant for a spec term, else a new value holding the string
     */
    public static IdentifierType lenient(String value) {
        Objects.requireNonNull(value, "value");
        for (IdentifierType v : VALUES) {
            if (v.value.equals(value)) {
                return v;
            }
        }
        return new IdentifierType(value);
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
        return o instanceof IdentifierType && ((IdentifierType) o).value.equals(value);
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
