package org.microcred.verify.status;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The finding for one {@code credentialStatus} entry: its state, how it counts
 * ({@link #verdict()}), a sentence saying exactly what happened, and the details behind it —
 * which list was used, which index and value were read, the status message or revocation reason.
 * Immutable and thread-safe; created by {@link StatusChecker}.
 */
public final class StatusEntryCheck {

    private final int position;
    private final String type;
    private final StatusState state;
    private final StatusVerdict verdict;
    private final String message;
    private final StatusProblem problem;
    private final String statusPurpose;
    private final String statusList;
    private final Long statusListIndex;
    private final Integer statusValue;
    private final String statusMessage;
    private final String revocationReason;
    private final String listIssuer;

    private StatusEntryCheck(Builder b, StatusState state, StatusVerdict verdict, String message, StatusProblem problem) {
        this.position = b.position;
        this.type = b.type;
        this.state = state;
        this.verdict = verdict;
        this.message = message;
        this.problem = problem;
        this.statusPurpose = b.statusPurpose;
        this.statusList = b.statusList;
        this.statusListIndex = b.statusListIndex;
        this.statusValue = b.statusValue;
        this.statusMessage = b.statusMessage;
        this.revocationReason = b.revocationReason;
        this.listIssuer = b.listIssuer;
    }

    /** @return the entry's position in {@code credentialStatus} (0 when it is a single object) */
    public int position() {
        return position;
    }

    /** @return the entry's {@code type} (e.g. {@code BitstringStatusListEntry}); "?" when it has none */
    public String type() {
        return type;
    }

    /** @return what was established */
    public StatusState state() {
        return state;
    }

    /** @return how the finding counts, with the checker's strict policy applied */
    public StatusVerdict verdict() {
        return verdict;
    }

    /**
     * @return one sentence saying what happened, naming the list URL, the index and the value read
     *     (for example {@code revoked: bit 94567 of https://example.edu/status/3 is 1 (statusPurpose
     *     revocation)})
     */
    public String message() {
        return message;
    }

    /** @return why the status could not be established; empty for ACTIVE, REVOKED and SUSPENDED */
    public Optional<StatusProblem> problem() {
        return Optional.ofNullable(problem);
    }

    /** @return the entry's {@code statusPurpose}, when it has one */
    public Optional<String> statusPurpose() {
        return Optional.ofNullable(statusPurpose);
    }

    /** @return the URL of the list used ({@code statusListCredential}, or the 1EdTech list {@code id}) */
    public Optional<String> statusList() {
        return Optional.ofNullable(statusList);
    }

    /** @return the {@code statusListIndex} of a status-list entry, when it could be read */
    public OptionalLong statusListIndex() {
        return statusListIndex == null ? OptionalLong.empty() : OptionalLong.of(statusListIndex);
    }

    /** @return the value read from the list ({@code statusSize} bits), when it was read */
    public OptionalInt statusValue() {
        return statusValue == null ? OptionalInt.empty() : OptionalInt.of(statusValue);
    }

    /** @return the entry's {@code statusMessage} text for the value read, when it defines one */
    public Optional<String> statusMessage() {
        return Optional.ofNullable(statusMessage);
    }

    /** @return the 1EdTech list's {@code revocationReason} for a revoked credential, when given */
    public Optional<String> revocationReason() {
        return Optional.ofNullable(revocationReason);
    }

    /** @return the issuer of the list that was used, when the list was read */
    public Optional<String> listIssuer() {
        return Optional.ofNullable(listIssuer);
    }

    @Override
    public String toString() {
        return "credentialStatus[" + position + "] " + type + " " + state + "/" + verdict + ": " + message;
    }

    static Builder builder(int position, String type) {
        return new Builder(position, type);
    }

    /** Collects what was learnt about an entry; ends with {@link #finish}. */
    static final class Builder {
        private final int position;
        private final String type;
        private String statusPurpose;
        private String statusList;
        private Long statusListIndex;
        private Integer statusValue;
        private String statusMessage;
        private String revocationReason;
        private String listIssuer;

        private Builder(int position, String type) {
            this.position = position;
            this.type = type == null ? "?" : type;
        }

        Builder statusPurpose(String value) {
            this.statusPurpose = value;
            return this;
        }

        Builder statusList(String value) {
            this.statusList = value;
            return this;
        }

        Builder statusListIndex(long value) {
            this.statusListIndex = value;
            return this;
        }

        Builder statusValue(int value) {
            this.statusValue = value;
            return this;
        }

        Builder statusMessage(String value) {
            this.statusMessage = value;
            return this;
        }

        Builder revocationReason(String value) {
            this.revocationReason = value;
            return this;
        }

        Builder listIssuer(String value) {
            this.listIssuer = value;
            return this;
        }

        StatusEntryCheck finish(StatusState state, StatusProblem problem, String message, boolean strict) {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(message, "message");
            String text = message;
            if (state == StatusState.UNKNOWN && strict) {
                text = message + "; the strict status policy counts an unknown status as a failure";
            }
            return new StatusEntryCheck(this, state, state.verdict(strict), text, problem);
        }
    }
}
