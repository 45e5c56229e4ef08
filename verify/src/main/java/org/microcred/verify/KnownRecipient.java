package org.microcred.verify;

import java.util.Locale;
import java.util.Objects;

/**
 * A recipient the caller knows out of band (the candidate's e-mail address, their DID, a student
 * number), to check that a credential was issued to them — OB 3.0 verification step 5
 * (<a href="https://www.imsglobal.org/spec/ob/v3p0/#recipient-verification">OB 3.0 § Recipient
 * Verification</a>).
 *
 * <p>A known <em>id</em> is compared with {@code credentialSubject.id}; a known identifier of a
 * given {@code identityType} is compared with every {@code identifier} of that type, hashed
 * ({@code sha256$…}/{@code md5$…} over value + salt, hex in any case) or plain. Values are compared
 * as given; for e-mail addresses a lower-cased, trimmed variant is also tried and the report says
 * which one matched (the spec is silent on normalisation). Immutable and thread-safe.
 */
public final class KnownRecipient {

    /** The OB 3.0 identityType of e-mail addresses. */
    public static final String EMAIL_ADDRESS = "emailAddress";
    /** The pseudo identity type of a subject id ({@code credentialSubject.id}). */
    public static final String ID = "id";

    private final String identityType;
    private final String value;

    private KnownRecipient(String identityType, String value) {
        this.identityType = identityType;
        this.value = value;
    }

    /**
     * @param address the e-mail address, as the issuer would have recorded it
     * @return a known e-mail recipient (OB 3.0 {@code emailAddress}, OB 2.0 {@code email})
     * @throws IllegalArgumentException if the address is blank
     */
    public static KnownRecipient email(String address) {
        return new KnownRecipient(EMAIL_ADDRESS, requireValue(address, "address"));
    }

    /**
     * @param id the subject id (a DID or URL), compared exactly with {@code credentialSubject.id}
     * @return a known subject id
     * @throws IllegalArgumentException if the id is blank
     */
    public static KnownRecipient id(String id) {
        return new KnownRecipient(ID, requireValue(id, "id"));
    }

    /**
     * @param identityType an OB 3.0 IdentifierTypeEnum value ({@code sourcedId},
     *     {@code studentId}, {@code ext:…}) or an OB 2.0 identity type ({@code url},
     *     {@code telephone})
     * @param value the identifier
     * @return a known identifier
     * @throws IllegalArgumentException if either is blank
     */
    public static KnownRecipient identifier(String identityType, String value) {
        String type = requireValue(identityType, "identityType");
        if (type.equals("email")) {
            type = EMAIL_ADDRESS;
        }
        return new KnownRecipient(type, requireValue(value, "value"));
    }

    /**
     * Parses the CLI form {@code TYPE:VALUE}: {@code email:ada@example.org},
     * {@code id:did:key:z6Mk…}, {@code sourcedId:12345}. Only the first colon separates.
     *
     * @param typeAndValue the text
     * @return the known recipient
     * @throws IllegalArgumentException if there is no {@code TYPE:} prefix or a part is blank
     */
    public static KnownRecipient parse(String typeAndValue) {
        Objects.requireNonNull(typeAndValue, "typeAndValue");
        int colon = typeAndValue.indexOf(':');
        if (colon <= 0 || colon == typeAndValue.length() - 1) {
            throw new IllegalArgumentException("Recipient must be TYPE:VALUE (e.g. email:ada@example.org, "
                    + "id:did:example:123): " + typeAndValue);
        }
        String type = typeAndValue.substring(0, colon);
        String value = typeAndValue.substring(colon + 1);
        if (type.equalsIgnoreCase("email") || type.equals(EMAIL_ADDRESS)) {
            return email(value);
        }
        if (type.equals(ID)) {
            return id(value);
        }
        return identifier(type, value);
    }

    /** @return the identity type: {@value #EMAIL_ADDRESS}, {@value #ID} or the type given */
    public String identityType() {
        return identityType;
    }

    /** @return the known value */
    public String value() {
        return value;
    }

    /** @return whether this is a subject id rather than an identifier */
    public boolean isId() {
        return ID.equals(identityType);
    }

    /** @return whether this is an e-mail address */
    public boolean isEmail() {
        return EMAIL_ADDRESS.equals(identityType);
    }

    /**
     * Whether an identity type written in a credential denotes this recipient's type. OB 2.0
     * writes {@code email}; OB 3.0 writes {@code emailAddress}; comparison ignores case.
     *
     * @param credentialType the {@code identityType} (OB 3.0) or recipient {@code type} (OB 2.0)
     * @return whether they denote the same kind of identifier
     */
    public boolean matchesType(String credentialType) {
        if (credentialType == null) {
            return false;
        }
        String t = credentialType.toLowerCase(Locale.ROOT);
        if (isEmail()) {
            return t.equals("emailaddress") || t.equals("email");
        }
        return t.equals(identityType.toLowerCase(Locale.ROOT));
    }

    private static String requireValue(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KnownRecipient k && k.identityType.equals(identityType) && k.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(identityType, value);
    }

    /** @return {@code TYPE:VALUE} */
    @Override
    public String toString() {
        return identityType + ":" + value;
    }
}
