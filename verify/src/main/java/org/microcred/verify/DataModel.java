package org.microcred.verify;

/** The data model generation a credential uses, decided from its first {@code @context} entry. */
public enum DataModel {
    /** W3C VC Data Model 2.0 ({@code https://www.w3.org/ns/credentials/v2}; validFrom / validUntil). */
    VC_2_0,
    /** W3C VC Data Model 1.1 ({@code https://www.w3.org/2018/credentials/v1}; issuanceDate / expirationDate). */
    VC_1_1,
    /** Open Badges 2.0 ({@code https://w3id.org/openbadges/v2}). */
    OPEN_BADGES_2_0
}
