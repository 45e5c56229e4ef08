package org.microcred.verify.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.microcred.core.proof.ProofProblem;
import org.microcred.core.proof.ProofResult;
import org.microcred.core.proof.ProofVerification;
import org.microcred.core.proof.VerificationOptions;
import org.microcred.core.status.BitstringStatusList;
import org.microcred.core.status.StatusListException;
import org.microcred.core.status.StatusListSubject;
import org.microcred.verify.fetch.FetchException;
import org.microcred.verify.fetch.FetchedDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Obtains one status-list credential for one check: fetch, verify its proof, bind its key to its
 * issuer, compare its issuer with the credential's, check its validity period and id, read its
 * subject. The list-level steps of the BSL validate algorithm; the entry-level steps are in
 * {@link CheckRun}.
 */
final class StatusListRetrieval {

    private static final Logger LOG = LoggerFactory.getLogger(StatusListRetrieval.class);

    private StatusListRetrieval() {
    }

    /** A list that passed every list-level check, or why it did not. Not thread-safe (one check). */
    static final class Outcome {
        final String url;
        final StatusState failedState;
        final StatusProblem problem;
        final String message;
        final String issuer;
        final StatusListSubject subject;
        private final Map<Integer, Decoded> decoded = new HashMap<>();

        private Outcome(String url, StatusState failedState, StatusProblem problem, String message, String issuer,
                StatusListSubject subject) {
            this.url = url;
            this.failedState = failedState;
            this.problem = problem;
            this.message = message;
            this.issuer = issuer;
            this.subject = subject;
        }

        static Outcome failed(String url, StatusState state, StatusProblem problem, String message, String issuer) {
            return new Outcome(url, state, problem, message, issuer, null);
        }

        static Outcome verified(String url, String issuer, StatusListSubject subject) {
            return new Outcome(url, null, null, null, issuer, subject);
        }

        boolean isUsable() {
            return subject != null;
        }

        /** The list decoded with {@code statusSize} bits per entry, decoded once per size. */
        Decoded decode(int statusSize, int maxBytes) {
            return decoded.computeIfAbsent(statusSize, size -> {
                try {
                    return new Decoded(BitstringStatusList.decode(subject.encodedList(), size, maxBytes), null);
                } catch (StatusListException e) {
                    return new Decoded(null, e);
                }
            });
        }
    }

    /** A decoded list, or why it could not be decoded (exactly one is non-null). */
    record Decoded(BitstringStatusList list, StatusListException error) {
    }

    static Outcome obtain(StatusChecker checker, String url, Optional<String> credentialIssuer, Instant now) {
        FetchedDocument document;
        try {
            document = checker.fetcher().fetch(url);
        } catch (FetchException e) {
            LOG.debug("status list {} not fetched: {}", url, e.reason());
            return Outcome.failed(url, StatusState.UNKNOWN, StatusProblem.LIST_UNREACHABLE, "status list " + url
                    + " could not be fetched (" + e.reason() + "): " + e.getMessage()
                    + " — revocation could not be checked, treat the status as unknown", null);
        } catch (RuntimeException e) {
            LOG.debug("status list {} not fetched", url, e);
            return Outcome.failed(url, StatusState.UNKNOWN, StatusProblem.LIST_UNREACHABLE, "status list " + url
                    + " could not be fetched: " + e + " — treat the status as unknown", null);
        }
        String text = document.text();
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        VerificationOptions options = VerificationOptions.builder().clock(Clock.fixed(now, ZoneOffset.UTC)).build();
        ProofVerification verification;
        try {
            Optional<ProofVerification> known = checker.verifiedLists().get(text, now);
            verification = known.isPresent() ? known.get()
                    : checker.proofSuites().verify(text, checker.keyResolver(), options);
            if (known.isEmpty()) {
                checker.verifiedLists().put(text, verification, now);
            }
        } catch (RuntimeException e) {
            return Outcome.failed(url, StatusState.INVALID, StatusProblem.LIST_PROOF_INVALID,
                    "the status list credential's proof could not be checked: " + e.getMessage(), null);
        }
        Optional<ObjectNode> credential = verification.credential();
        if (credential.isEmpty()) {
            return Outcome.failed(url, StatusState.INVALID, StatusProblem.MALFORMED_LIST, "the document at " + url
                    + " is not a status list credential (neither JSON nor a VC-JWT): " + verification.reason(), null);
        }
        ObjectNode list = credential.get();
        Optional<String> listIssuer = JsonValues.issuerId(list);
        if (!verification.isValid() && !verification.results().isEmpty() && verification.results().stream()
                .allMatch(r -> r.problem().orElse(null) == ProofProblem.KEY_UNRESOLVED)) {
            return Outcome.failed(url, StatusState.UNKNOWN, StatusProblem.LIST_KEY_UNRESOLVED,
                    "the key of the status list credential at " + url + " could not be resolved, so its proof"
                            + " could not be checked: " + verification.reason() + " — treat the status as unknown",
                    listIssuer.orElse(null));
        }
        if (!verification.isValid()) {
            return Outcome.failed(url, StatusState.INVALID, StatusProblem.LIST_PROOF_INVALID,
                    "the status list credential's proof does not verify: " + verification.reason()
                            + " (list " + url + ")", listIssuer.orElse(null));
        }
        if (listIssuer.isEmpty()) {
            return Outcome.failed(url, StatusState.INVALID, StatusProblem.MALFORMED_LIST,
                    "the status list credential at " + url + " names no issuer", null);
        }
        String issuer = listIssuer.get();
        Optional<String> controller = verification.validProof().flatMap(ProofResult::key).map(k -> k.controller());
        if (controller.isPresent() && !controller.get().equals(issuer)) {
            return Outcome.failed(url, StatusState.INVALID, StatusProblem.LIST_KEY_NOT_ISSUERS,
                    "the status list credential at " + url + " is signed with a key of " + controller.get()
                            + ", not of its issuer " + issuer, issuer);
        }
        if (credentialIssuer.isEmpty()) {
            return Outcome.failed(url, StatusState.INVALID, StatusProblem.LIST_ISSUER_MISMATCH,
                    "the credential names no issuer, so the status list issued by " + issuer
                            + " cannot be accepted for it", issuer);
        }
        if (!checker.listIssuerPolicy().accepts(credentialIssuer.get(), issuer)) {
            return Outcome.failed(url, StatusState.INVALID, StatusProblem.LIST_ISSUER_MISMATCH,
                    "the status list credential was issued by " + issuer + ", not by the credential's issuer "
                            + credentialIssuer.get() + " (list " + url + ")", issuer);
        }
        Outcome period = validityPeriod(checker, url, list, issuer, now);
        if (period != null) {
            return period;
        }
        Optional<String> id = JsonValues.text(list, "id");
        if (id.isPresent() && !JsonValues.withoutFragment(id.get()).equals(JsonValues.withoutFragment(url))) {
            return Outcome.failed(url, StatusState.INVALID, StatusProblem.LIST_ID_MISMATCH,
                    "the status list credential fetched from " + url + " says it is " + JsonValues.clip(id.get())
                            + ": another list cannot stand in for the one the credential names", issuer);
        }
        StatusListSubject subject;
        try {
            subject = StatusListSubject.fromCredential(list);
        } catch (StatusListException e) {
            return Outcome.failed(url, StatusState.INVALID, StatusProblem.MALFORMED_LIST,
                    "the status list credential at " + url + " is malformed: " + e.getMessage(), issuer);
        }
        LOG.debug("status list {} verified ({}), issued by {}", url, verification.reason(), issuer);
        return Outcome.verified(url, issuer, subject);
    }

    private static Outcome validityPeriod(StatusChecker checker, String url, JsonNode list, String issuer,
            Instant now) {
        String[][] fields = {{"validFrom", "validUntil"}, {"issuanceDate", "expirationDate"}};
        for (String[] pair : fields) {
            Optional<String> from = JsonValues.text(list, pair[0]);
            Optional<String> until = JsonValues.text(list, pair[1]);
            try {
                if (from.isPresent() && now.plus(checker.clockSkew()).isBefore(JsonValues.instant(from.get()))) {
                    return Outcome.failed(url, StatusState.UNKNOWN, StatusProblem.LIST_NOT_YET_VALID,
                            "the status list credential at " + url + " is not valid before " + from.get()
                                    + " (" + pair[0] + "; checked at " + now + ") — treat the status as unknown",
                            issuer);
                }
                if (until.isPresent() && now.minus(checker.clockSkew()).isAfter(JsonValues.instant(until.get()))) {
                    return Outcome.failed(url, StatusState.UNKNOWN, StatusProblem.LIST_EXPIRED,
                            "the status list credential at " + url + " expired at " + until.get() + " ("
                                    + pair[1] + "; checked at " + now
                                    + "): it no longer says anything current — treat the status as unknown", issuer);
                }
            } catch (DateTimeException e) {
                return Outcome.failed(url, StatusState.INVALID, StatusProblem.MALFORMED_LIST,
                        "the status list credential at " + url + " has a " + pair[0] + "/" + pair[1]
                                + " that is not a date-time: " + e.getMessage(), issuer);
            }
        }
        return null;
    }
}
