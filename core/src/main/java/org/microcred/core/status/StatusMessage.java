package org.microcred.core.status;

import java.util.Objects;

/**
 * One item of {@code credentialStatus.statusMessage}: what a status value means when
 * {@code statusPurpose} is {@code message} or {@code statusSize} is above 1. In JSON the status is
 * a hexadecimal string such as {@code "0x1"}.
 *
 * @param status the status value, non-negative
 * @param message the human-readable meaning; never null
 * @see <a href="https://www.w3.org/TR/vc-bitstring-status-list/#bitstringstatuslistentry">BSL
 *     BitstringStatusListEntry</a>
 */
public record StatusMessage(int status, String message) {

    /**
     * @param status the status value, non-negative
     * @param message the human-readable meaning
     * @throws IllegalArgumentException when {@code status} is negative
     * @throws NullPointerException when {@code message} is null
     */
    public StatusMessage {
        if (status < 0) {
            throw new IllegalArgumentException("status must not be negative: " + status);
        }
        Objects.requireNonNull(message, "message");
    }

    /** @return the status as the spec writes it, e.g. {@code "0x1"} */
    public String hexStatus() {
        return "0x" + Integer.toHexString(status);
    }
}
