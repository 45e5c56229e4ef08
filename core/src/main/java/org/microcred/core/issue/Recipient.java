package org.microcred.core.issue;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.microcred.core.model.IdentifierType;
import org.microcred.core.model.IdentityObject;

/**
 * Who receives a badge: the {@code credentialSubject.id} (a DID or URL the learner controls),
 * and/or {@code credentialSubject.identifier} entries ({@link IdentityObject}s, plain or salted
 * SHA-256 hashes). OB 3.0 requires at least one of the two
 * (<a href="https://www.imsglobal.org/spec/ob/v3p0/#achievementsubject">AchievementSubject</a>).
 *
 * <pre>{@code
 * Recipient.email("ada@example.org").hashed()      // salted sha256 identity, random salt
 * Recipient.id("did:key:z6Mk…")                     // subject id
 * Recipient.id("did:key:z6Mk…").withIdentifier(IdentityObject.hashed(IdentifierType.EMAIL_ADDRESS, "ada@example.org"))
 * }</pre>
 *
 * <p>Immutable and thread-safe. Identifiers are used exactly as given: nothing is trimmed or
 * lower-cased before hashing (see {@link IdentityObject#matches(String)}).
 */
public final class Recipient {

    private final String id;
    private final List<IdentityObject> identifiers;
    private final IdentifierType pendingType;
    private final String pendingValue;

    private Recipient(String id, List<IdentityObject> identifiers, IdentifierType pendingType, String pendingValue) {
        this.id = id;
        this.identifiers = List.copyOf(identifiers);
        this.pendingType = pendingType;
        this.pendingValue = pendingValue;
    }

    /**
     * A recipient identified by the subject id.
     *
     * @param subjectId an absolute URI (a DID such as {@code did:key:…}, or a URL); not null
     * @return the recipient
     * @throws IllegalArgumentException if {@code subjectId} is not an absolute URI
     */
    public static Recipient id(String subjectId) {
        return new Recipient(absoluteUri(subjectId, "subjectId"), List.of(), null, null);
    }

    /**
     * A recipient identified by an e-mail address, in plain text until {@link #hashed()} is
     * called.
     *
     * @param address the address exactly as the learner will later prove it; not null or blank
     * @return the recipient, with one plain {@code emailAddress} identity
     * @throws IllegalArgumentException if the address is blank
     */
    public static Recipient email(String address) {
        return identifier(IdentifierType.EMAIL_ADDRESS, address);
    }

    /**
     * A recipient identified by an identifier of some kind (student id, LTI user id, …), in
     * plain text until {@link #hashed()} is called.
     *
     * @param type the kind of identifier; not null
     * @param value the identifier; not null or blank
     * @return the recipient, with one plain identity
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public static Recipient identifier(IdentifierType type, String value) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("value must not be blank");
        }
        return new Recipient(null, List.of(IdentityObject.plain(type, value)), type, value);
    }

    /**
     * A recipient identified by an identity object built elsewhere.
     *
     * @param identity the identity; not null; must have no problems
     * @return the recipient
     * @throws IllegalArgumentException if the identity is incomplete (the message lists why)
     */
    public static Recipient identity(IdentityObject identity) {
        return new Recipient(null, List.of(checked(identity)), null, null);
    }

    /**
     * The same recipient with its plain identifier replaced by a salted SHA-256 hash, using a
     * fresh random salt ({@link IdentityObject#hashed(IdentifierType, String)}).
     *
     * @return the hashed recipient
     * @throws IllegalStateException if this recipient was not made by {@link #email} or
     *     {@link #identifier} (there is no plain identifier to hash)
     */
    public Recipient hashed() {
        requirePending();
        return new Recipient(id, List.of(IdentityObject.hashed(pendingType, pendingValue)), null, null);
    }

    /**
     * As {@link #hashed()} with a given salt (for reproducible output; a salt should be random
     * and unique per credential to prevent dictionary attacks on the hash).
     *
     * @param salt the salt appended to the identifier before hashing; not null
     * @return the hashed recipient
     * @throws IllegalStateException as {@link #hashed()}
     */
    public Recipient hashed(String salt) {
        Objects.requireNonNull(salt, "salt");
        requirePending();
        return new Recipient(id, List.of(IdentityObject.hashed(pendingType, pendingValue, salt)), null, null);
    }

    /**
     * This recipient with one more identity.
     *
     * @param identity the identity; not null; must have no problems
     * @return a new recipient
     * @throws IllegalArgumentException if the identity is incomplete
     */
    public Recipient withIdentifier(IdentityObject identity) {
        List<IdentityObject> all = new ArrayList<>(identifiers);
        all.add(checked(identity));
        return new Recipient(id, all, null, null);
    }

    /**
     * This recipient with a subject id.
     *
     * @param subjectId an absolute URI; not null
     * @return a new recipient
     * @throws IllegalArgumentException if {@code subjectId} is not an absolute URI
     */
    public Recipient withId(String subjectId) {
        return new Recipient(absoluteUri(subjectId, "subjectId"), identifiers, pendingType, pendingValue);
    }

    /** @return the subject id, when set */
    public Optional<String> subjectId() {
        return Optional.ofNullable(id);
    }

    /** @return the identities, in order; never null */
    public List<IdentityObject> identifiers() {
        return identifiers;
    }

    private void requirePending() {
        if (pendingType == null) {
            throw new IllegalStateException("hashed() needs a plain identifier: start from Recipient.email(…) or "
                    + "Recipient.identifier(…)");
        }
    }

    private static IdentityObject checked(IdentityObject identity) {
        Objects.requireNonNull(identity, "identity");
        List<String> problems = identity.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("identity is incomplete: " + String.join("; ", problems));
        }
        return identity;
    }

    static String absoluteUri(String value, String field) {
        Objects.requireNonNull(value, field);
        try {
            if (new URI(value).isAbsolute()) {
                return value;
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(field + " '" + value + "' is not a URI: " + e.getReason());
        }
        throw new IllegalArgumentException(field + " '" + value + "' is not an absolute URI (e.g. did:key:… or https://…)");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Recipient r && Objects.equals(id, r.id) && identifiers.equals(r.identifiers)
                && Objects.equals(pendingType, r.pendingType) && Objects.equals(pendingValue, r.pendingValue);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, identifiers, pendingType, pendingValue);
    }

    /** @return a description that never shows a plain identifier or salt */
    @Override
    public String toString() {
        return "Recipient[" + (id == null ? "" : "id=" + id + ", ") + identifiers.size() + " identifier(s)]";
    }
}
