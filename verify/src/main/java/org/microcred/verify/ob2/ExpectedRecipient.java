package org.microcred.verify.ob2;

import java.util.Objects;

/**
 * The identifier the caller expects the badge to be awarded to, such as the e-mail address of the
 * applicant who handed it in. Immutable.
 *
 * @param type the OB 2.0 identifier property: {@code email}, {@code url}, {@code telephone},
 *     {@code id}, or another property name
 * @param value the identifier as the caller knows it (not hashed)
 */
public record ExpectedRecipient(String type, String value) {

    /**
     * Checks the components.
     *
     * @param type the {@code type} component, as described on the record
     * @param value the {@code value} component, as described on the record
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a component is blank
     */
    public ExpectedRecipient {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if (type.isBlank()) {
            throw new IllegalArgumentException("type: must not be blank");
        }
        if (value.isEmpty()) {
            throw new IllegalArgumentException("value: must not be empty");
        }
    }

    /**
     * @param address an e-mail address
     * @return an expected {@code email} recipient
     */
    public static ExpectedRecipient email(String address) {
        return new ExpectedRecipient("email", address);
    }

    /**
     * @param url a URL identifying the recipient
     * @return an expected {@code url} recipient
     */
    public static ExpectedRecipient url(String url) {
        return new ExpectedRecipient("url", url);
    }

    /**
     * @param number a telephone number, ideally E.164
     * @return an expected {@code telephone} recipient
     */
    public static ExpectedRecipient telephone(String number) {
        return new ExpectedRecipient("telephone", number);
    }

    /**
     * @param id an IRI identifying the recipient
     * @return an expected {@code id} recipient
     */
    public static ExpectedRecipient id(String id) {
        return new ExpectedRecipient("id", id);
    }

    /** @return the type only: identifiers are personal data and are not printed */
    @Override
    public String toString() {
        return "ExpectedRecipient[type=" + type + "]";
    }
}
