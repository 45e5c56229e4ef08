package org.microcred.verify;

import java.time.Instant;
import java.util.Optional;

/**
 * What a person needs to see about a credential, taken from either VC generation (and OB 2.0):
 * the fields the OB 3.0 Displayer certification checks — name, description, image, issuer name,
 * issued-on date, expired and revoked state.
 *
 * <p>All values come from the credential as presented and are attacker-controlled text: escape
 * them before display (the HTML rendering of {@link VerificationReport} does). Immutable.
 */
public final class DisplayFields {

    static final DisplayFields EMPTY = new Builder().build();

    private final String name;
    private final String description;
    private final String image;
    private final String issuerName;
    private final String issuerId;
    private final String subjectId;
    private final String achievementType;
    private final Instant issuedOn;
    private final Instant awardedOn;
    private final Instant expires;
    private final boolean expired;
    private final boolean notYetValid;
    private final boolean revoked;
    private final boolean suspended;

    private DisplayFields(Builder b) {
        this.name = b.name;
        this.description = b.description;
        this.image = b.image;
        this.issuerName = b.issuerName;
        this.issuerId = b.issuerId;
        this.subjectId = b.subjectId;
        this.achievementType = b.achievementType;
        this.issuedOn = b.issuedOn;
        this.awardedOn = b.awardedOn;
        this.expires = b.expires;
        this.expired = b.expired;
        this.notYetValid = b.notYetValid;
        this.revoked = b.revoked;
        this.suspended = b.suspended;
    }

    /**
     * @return the achievement name (OB 3.0 {@code credentialSubject.achievement.name}, OB 2.0
     *     BadgeClass {@code name}), else the credential {@code name}
     */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** @return the achievement description, else the credential description */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /**
     * @return the image: a URL or a {@code data:} URI (achievement image, else credential image);
     *     a baked image is available from {@link VerificationReport#bakedImage()}
     */
    public Optional<String> image() {
        return Optional.ofNullable(image);
    }

    /** @return the issuer's name, when the issuer is given as a profile with a name */
    public Optional<String> issuerName() {
        return Optional.ofNullable(issuerName);
    }

    /** @return the issuer's id */
    public Optional<String> issuerId() {
        return Optional.ofNullable(issuerId);
    }

    /** @return the subject's id (the recipient's DID or URL), when given */
    public Optional<String> subjectId() {
        return Optional.ofNullable(subjectId);
    }

    /** @return the OB 3.0 achievement type ({@code Badge}, {@code Certificate}, …), when given */
    public Optional<String> achievementType() {
        return Optional.ofNullable(achievementType);
    }

    /**
     * @return the issued-on date: {@code validFrom} (VC 2.0), {@code issuanceDate} (VC 1.1),
     *     {@code issuedOn} (OB 2.0)
     */
    public Optional<Instant> issuedOn() {
        return Optional.ofNullable(issuedOn);
    }

    /** @return the original award date ({@code awardedDate}), when given */
    public Optional<Instant> awardedOn() {
        return Optional.ofNullable(awardedOn);
    }

    /** @return the expiry: {@code validUntil}, {@code expirationDate} or OB 2.0 {@code expires} */
    public Optional<Instant> expires() {
        return Optional.ofNullable(expires);
    }

    /** @return whether the credential had expired at verification time */
    public boolean expired() {
        return expired;
    }

    /** @return whether the credential was not yet valid at verification time */
    public boolean notYetValid() {
        return notYetValid;
    }

    /** @return whether the credential's status says revoked */
    public boolean revoked() {
        return revoked;
    }

    /** @return whether the credential's status says suspended */
    public boolean suspended() {
        return suspended;
    }

    Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.description = description;
        b.image = image;
        b.issuerName = issuerName;
        b.issuerId = issuerId;
        b.subjectId = subjectId;
        b.achievementType = achievementType;
        b.issuedOn = issuedOn;
        b.awardedOn = awardedOn;
        b.expires = expires;
        b.expired = expired;
        b.notYetValid = notYetValid;
        b.revoked = revoked;
        b.suspended = suspended;
        return b;
    }

    /** Package-private: the pipeline fills display fields as it reads the credential. */
    static final class Builder {
        String name;
        String description;
        String image;
        String issuerName;
        String issuerId;
        String subjectId;
        String achievementType;
        Instant issuedOn;
        Instant awardedOn;
        Instant expires;
        boolean expired;
        boolean notYetValid;
        boolean revoked;
        boolean suspended;

        DisplayFields build() {
            return new DisplayFields(this);
        }
    }

    @Override
    public String toString() {
        return "DisplayFields[name=" + name + ", issuer=" + (issuerName != null ? issuerName : issuerId)
                + ", issuedOn=" + issuedOn + ", expires=" + expires + ", expired=" + expired
                + ", revoked=" + revoked + "]";
    }
}
