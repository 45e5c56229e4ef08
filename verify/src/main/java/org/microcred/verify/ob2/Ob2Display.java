package org.microcred.verify.ob2;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a person needs to see of an Open Badges 2.0 badge, read from the resolved assertion,
 * BadgeClass and issuer Profile (the hosted copy for hosted badges, the signed payload for signed
 * ones). Filled as far as the documents could be read, also when verification failed. Immutable.
 *
 * @param badgeName the BadgeClass {@code name}
 * @param badgeDescription the BadgeClass {@code description}
 * @param image the image IRI or data URI: the assertion's (baked) {@code image} if present, else
 *     the BadgeClass {@code image}
 * @param criteriaUrl the BadgeClass {@code criteria} IRI (string form or the Criteria {@code id})
 * @param criteriaNarrative the Criteria {@code narrative}
 * @param issuerName the issuer Profile {@code name}
 * @param issuerUrl the issuer Profile {@code url}
 * @param issuerId the issuer Profile {@code id}
 * @param issuedOn the assertion {@code issuedOn}
 * @param expires the assertion {@code expires}
 * @param revoked whether the assertion was found revoked
 * @param revocationReason the published {@code revocationReason}, if revoked and given
 */
public record Ob2Display(Optional<String> badgeName, Optional<String> badgeDescription, Optional<String> image,
        Optional<String> criteriaUrl, Optional<String> criteriaNarrative, Optional<String> issuerName,
        Optional<String> issuerUrl, Optional<String> issuerId, Optional<Instant> issuedOn,
        Optional<Instant> expires, boolean revoked, Optional<String> revocationReason) {

    /** Nothing known: every field empty, not revoked. */
    public static final Ob2Display EMPTY = new Ob2Display(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), false, Optional.empty());

    /**
     * Checks the components.
     *
     * @param badgeName the {@code badgeName} component, as described on the record
     * @param badgeDescription the {@code badgeDescription} component, as described on the record
     * @param image the {@code image} component, as described on the record
     * @param criteriaUrl the {@code criteriaUrl} component, as described on the record
     * @param criteriaNarrative the {@code criteriaNarrative} component, as described on the record
     * @param issuerName the {@code issuerName} component, as described on the record
     * @param issuerUrl the {@code issuerUrl} component, as described on the record
     * @param issuerId the {@code issuerId} component, as described on the record
     * @param issuedOn the {@code issuedOn} component, as described on the record
     * @param expires the {@code expires} component, as described on the record
     * @param revoked the {@code revoked} component, as described on the record
     * @param revocationReason the {@code revocationReason} component, as described on the record
     * @throws NullPointerException if a component is null
     */
    public Ob2Display {
        Objects.requireNonNull(badgeName, "badgeName");
        Objects.requireNonNull(badgeDescription, "badgeDescription");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(criteriaUrl, "criteriaUrl");
        Objects.requireNonNull(criteriaNarrative, "criteriaNarrative");
        Objects.requireNonNull(issuerName, "issuerName");
        Objects.requireNonNull(issuerUrl, "issuerUrl");
        Objects.requireNonNull(issuerId, "issuerId");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(expires, "expires");
        Objects.requireNonNull(revocationReason, "revocationReason");
    }
}
