package org.microcred.core.status;

import java.util.Optional;

/** The kinds of status-list credential subject. */
public enum StatusListFormat {
    /** W3C Bitstring Status List v1.0: subject type {@code BitstringStatusList}, credential type
     * {@code BitstringStatusListCredential}; {@code encodedList} carries the multibase prefix. */
    BITSTRING_STATUS_LIST("BitstringStatusList", "BitstringStatusListCredential"),
    /** The legacy StatusList2021 draft: subject type {@code StatusList2021}, credential type
     * {@code StatusList2021Credential}; {@code encodedList} has no multibase prefix. */
    STATUS_LIST_2021("StatusList2021", "StatusList2021Credential");

    private final String subjectType;
    private final String credentialType;

    StatusListFormat(String subjectType, String credentialType) {
        this.subjectType = subjectType;
        this.credentialType = credentialType;
    }

    /** @return the {@code credentialSubject.type} value */
    public String subjectType() {
        return subjectType;
    }

    /** @return the credential {@code type} value next to {@code VerifiableCredential} */
    public String credentialType() {
        return credentialType;
    }

    static Optional<StatusListFormat> fromSubjectType(String type) {
        for (StatusListFormat f : values()) {
            if (f.subjectType.equals(type)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    static Optional<StatusListFormat> fromCredentialType(String type) {
        for (StatusListFormat f : values()) {
            if (f.credentialType.equals(type)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
