package org.microcred.verify.status;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The result of checking a credential's status: one {@link StatusEntryCheck} per
 * {@code credentialStatus} entry, summarised into an overall {@link #state()} and
 * {@link #verdict()}. Immutable and thread-safe; created by {@link StatusChecker#check}.
 *
 * <p>Summary rules: the overall state is the most severe entry state (REVOKED, then SUSPENDED,
 * INVALID, UNKNOWN, ACTIVE); NOT_APPLICABLE only when there are no entries. The overall verdict is
 * the worst entry verdict (FAIL, then WARN, PASS); SKIP only when there are no entries.
 */
public final class StatusCheck {

    private final List<StatusEntryCheck> entries;
    private final StatusState state;
    private final StatusVerdict verdict;
    private final String message;
    private final boolean strict;

    private StatusCheck(List<StatusEntryCheck> entries, StatusState state, StatusVerdict verdict, String message,
            boolean strict) {
        this.entries = entries;
        this.state = state;
        this.verdict = verdict;
        this.message = message;
        this.strict = strict;
    }

    static StatusCheck notApplicable(String message, boolean strict) {
        return new StatusCheck(List.of(), StatusState.NOT_APPLICABLE, StatusVerdict.SKIP, message, strict);
    }

    static StatusCheck of(List<StatusEntryCheck> entries, boolean strict) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("a status check with no entries is not applicable");
        }
        List<StatusEntryCheck> copy = List.copyOf(entries);
        StatusState state = copy.stream().map(StatusEntryCheck::state)
                .max(Comparator.comparingInt(StatusState::rank)).orElseThrow();
        StatusVerdict verdict = copy.stream().map(StatusEntryCheck::verdict)
                .max(Comparator.comparingInt(StatusVerdict::rank)).orElseThrow();
        String message = copy.size() == 1 ? copy.get(0).message()
                : copy.stream().map(e -> "credentialStatus[" + e.position() + "]: " + e.message())
                        .collect(Collectors.joining("; "));
        return new StatusCheck(copy, state, verdict, message, strict);
    }

    /** @return the overall state (most severe entry state), NOT_APPLICABLE when there are no entries */
    public StatusState state() {
        return state;
    }

    /** @return how the status counts in a report: the worst entry verdict, SKIP without entries */
    public StatusVerdict verdict() {
        return verdict;
    }

    /** @return what happened: the single entry's message, or every entry's message prefixed by its position */
    public String message() {
        return message;
    }

    /** @return one finding per {@code credentialStatus} entry in document order; empty when not applicable */
    public List<StatusEntryCheck> entries() {
        return entries;
    }

    /** @return whether the checker applied the strict policy (UNKNOWN counts as FAIL) */
    public boolean strict() {
        return strict;
    }

    /** @return whether some entry says the credential is revoked */
    public boolean isRevoked() {
        return entries.stream().anyMatch(e -> e.state() == StatusState.REVOKED);
    }

    /** @return whether some entry says the credential is suspended */
    public boolean isSuspended() {
        return entries.stream().anyMatch(e -> e.state() == StatusState.SUSPENDED);
    }

    @Override
    public String toString() {
        return "StatusCheck[" + state + "/" + verdict + ": " + message + "]";
    }
}
