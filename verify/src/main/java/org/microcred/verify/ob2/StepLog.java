package org.microcred.verify.ob2;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Collects the steps of one verification; hands them out grouped in check order. Not thread-safe. */
final class StepLog {

    private final Map<Ob2Check, List<Ob2Step>> steps = new EnumMap<>(Ob2Check.class);

    void add(Ob2Check check, Ob2Outcome outcome, String message, String pointer) {
        steps.computeIfAbsent(check, c -> new ArrayList<>())
                .add(new Ob2Step(check, outcome, message, Optional.ofNullable(pointer)));
    }

    void pass(Ob2Check check, String message) {
        add(check, Ob2Outcome.PASS, message, null);
    }

    void warn(Ob2Check check, String message, String pointer) {
        add(check, Ob2Outcome.WARN, message, pointer);
    }

    void fail(Ob2Check check, String message, String pointer) {
        add(check, Ob2Outcome.FAIL, message, pointer);
    }

    void skip(Ob2Check check, String message) {
        add(check, Ob2Outcome.SKIP, message, null);
    }

    boolean has(Ob2Check check) {
        return steps.containsKey(check);
    }

    boolean failed(Ob2Check check) {
        return steps.getOrDefault(check, List.of()).stream().anyMatch(s -> s.outcome() == Ob2Outcome.FAIL);
    }

    boolean hasOutcome(Ob2Check check, Ob2Outcome outcome) {
        return steps.getOrDefault(check, List.of()).stream().anyMatch(s -> s.outcome() == outcome);
    }

    /** Every check that has no step yet gets a SKIP with the given reason. */
    void skipUnreported(String reason) {
        for (Ob2Check c : Ob2Check.values()) {
            if (!steps.containsKey(c)) {
                skip(c, reason);
            }
        }
    }

    List<Ob2Step> ordered() {
        List<Ob2Step> out = new ArrayList<>();
        for (Ob2Check c : Ob2Check.values()) {
            out.addAll(steps.getOrDefault(c, List.of()));
        }
        return out;
    }
}
