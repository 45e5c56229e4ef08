package org.microcred.core.status;

import java.util.Optional;

/** The kinds of {@code credentialStatus} entry that point into a bitstring status list. */
public enum StatusEntryType {
    /** W3C Bitstring Status List v1.0. */
    BITSTRING_STATUS_LIST_ENTRY("BitstringStatusListEntry"),
    /** The legacy StatusList2021 draft (VC 1.1 era). */
    STATUS_LIST_2021_ENTRY("StatusList2021Entry");

    private final String jsonName;

    StatusEntryType(String jsonName) {
        this.jsonName = jsonName;
    }

    /** @return the {@code type} value in JSON */
    public String jsonName() {
        return jsonName;
    }

    /**
     * @param type a JSON {@code type} value
     * @return the matching kind, if any
     */
    public static Optional<StatusEntryType> fromJsonName(String type) {
        for (StatusEntryType t : values()) {
            if (t.jsonName.equals(type)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
