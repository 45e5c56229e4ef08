package org.microcred.verify.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.microcred.core.MicrocredException;
import org.microcred.core.json.Json;
import org.microcred.core.status.BitstringStatusListEntry;
import org.microcred.core.status.RevocationList;
import org.microcred.core.status.StatusListException;
import org.microcred.core.status.StatusListSubject;
import org.microcred.verify.DataModel;
import org.microcred.verify.fetch.DocumentFetcher;
import org.microcred.verify.fetch.FetchException;
import org.microcred.verify.fetch.FetchFailure;
import org.microcred.verify.fetch.FetchedDocument;
import org.microcred.verify.spi.ProofChecker;
import org.microcred.verify.spi.ProofOutcome;
import org.microcred.verify.spi.SecuredCredential;
import org.microcred.verify.spi.StatusChecker;
import org.microcred.verify.spi.StatusOutcome;
import org.microcred.verify.spi.StatusOutcome.State;

/**
 * The default {@link StatusChecker}: reads every {@code credentialStatus} entry and looks it up
 * through the verifier's {@link DocumentFetcher} (offline by default, so a status list must be
 * preloaded).
 *
 * <ul>
 * <li>{@code BitstringStatusListEntry} / {@code StatusList2021Entry} (W3C Bitstring Status List
 *     v1.0 <a href="https://www.w3.org/TR/vc-bitstring-status-list/#validate-algorithm">Validate
 *     Algorithm</a>): fetch the status-list credential (JSON or VC-JWT), verify <em>its</em> proof
 *     with the verifier's proof checker, check its validity period and purpose, read the entry's
 *     bits. Non-zero for {@code revocation} ⇒ REVOKED, for {@code suspension} ⇒ SUSPENDED.
 * <li>{@code 1EdTechRevocationList} (VCRL-10): fetch the list, REVOKED when it lists the credential id.
 * <li>Anything else: UNOBTAINABLE (the status method is not supported).
 * </ul>
 * Several entries: the worst finding wins (revoked, suspended, invalid, unobtainable, active).
 */
public final class StatusListChecker implements StatusChecker {

    private final DocumentFetcher fetcher;
    private final ProofChecker proofChecker;
    private final Json json;

    /**
     * @param fetcher where status lists come from
     * @param proofChecker checks the status-list credential's own proof
     * @param json the bounded parser
     */
    public StatusListChecker(DocumentFetcher fetcher, ProofChecker proofChecker, Json json) {
        this.fetcher = fetcher;
        this.proofChecker = proofChecker;
        this.json = json;
    }

    @Override
    public StatusOutcome check(JsonNode credential, Instant now) {
        JsonNode status = credential.get("credentialStatus");
        if (status == null || status.isNull()) {
            return new StatusOutcome(State.NOT_APPLICABLE, "The credential has no status entry");
        }
        List<StatusOutcome> findings = new ArrayList<>();
        int index = 0;
        for (JsonNode entry : Nodes.values(status)) {
            String where = status.isArray() ? "credentialStatus[" + index + "]" : "credentialStatus";
            findings.add(checkEntry(credential, entry, where, now));
            index++;
        }
        if (findings.isEmpty()) {
            return new StatusOutcome(State.INVALID, "credentialStatus is an empty array");
        }
        return worst(findings);
    }

    private StatusOutcome checkEntry(JsonNode credential, JsonNode entry, String where, Instant now) {
        if (!entry.isObject()) {
            return new StatusOutcome(State.INVALID, where + " must be an object; it is " + Nodes.describe(entry));
        }
        List<String> types = Nodes.types(entry);
        try {
            if (BitstringStatusListEntry.isStatusListEntry(entry)) {
                return bitstring(credential, BitstringStatusListEntry.fromJson(entry, where), where, now);
            }
            if (types.contains("1EdTechRevocationList")) {
                return revocationList(credential, entry, where);
            }
        } catch (FetchException e) {
            return unobtainable(e);
        } catch (StatusListException e) {
            return new StatusOutcome(State.INVALID, e.getMessage());
        } catch (MicrocredException e) {
            return new StatusOutcome(State.INVALID, e.getMessage());
        }
        return new StatusOutcome(State.UNOBTAINABLE, where + " has the unsupported status type "
                + Nodes.clip(types.toString()));
    }

    private StatusOutcome bitstring(JsonNode credential, BitstringStatusListEntry entry, String where, Instant now) {
        String url = entry.statusListCredential();
        FetchedDocument doc = fetcher.fetch(url);
        JsonNode list = readListCredential(doc, url);
        SecuredCredential secured = secured(doc, list);
        ProofOutcome proof = proofChecker.check(secured, now);
        if (proof == null || !proof.isVerified()) {
            return new StatusOutcome(State.INVALID, "the status list credential " + Nodes.clip(url)
                    + " does not verify: " + (proof == null ? "no result" : proof.message()));
        }
        Optional<String> listUntil = Nodes.text(list, "validUntil").or(() -> Nodes.text(list, "expirationDate"));
        if (listUntil.isPresent()) {
            try {
                if (now.isAfter(Dates.parse(listUntil.get()))) {
                    return new StatusOutcome(State.UNOBTAINABLE, "the status list credential " + Nodes.clip(url)
                            + " expired on " + listUntil.get() + "; a current one is needed");
                }
            } catch (IllegalArgumentException e) {
                return new StatusOutcome(State.INVALID, "the status list credential's validUntil is malformed: "
                        + e.getMessage());
            }
        }
        Optional<String> listIssuer = Nodes.idOf(list.get("issuer"));
        Optional<String> issuer = Nodes.idOf(credential.get("issuer"));
        if (listIssuer.isPresent() && issuer.isPresent() && !listIssuer.get().equals(issuer.get())) {
            return new StatusOutcome(State.INVALID, "the status list " + Nodes.clip(url) + " is issued by "
                    + Nodes.clip(listIssuer.get()) + ", not by the credential's issuer " + Nodes.clip(issuer.get()));
        }
        StatusListSubject subject = StatusListSubject.fromCredential(list);
        int value = subject.statusOf(entry);
        String at = "index " + entry.statusListIndex() + " of " + Nodes.clip(url) + " (" + entry.statusPurpose() + ")";
        if (value == 0) {
            return new StatusOutcome(State.ACTIVE, "Not " + purposeWord(entry.statusPurpose()) + ": status 0 at " + at);
        }
        return switch (entry.statusPurpose()) {
            case "revocation" -> new StatusOutcome(State.REVOKED, "status " + value + " at " + at);
            case "suspension" -> new StatusOutcome(State.SUSPENDED, "status " + value + " at " + at);
            default -> new StatusOutcome(State.ACTIVE, "status " + value + " at " + at
                    + entry.messageFor(value).map(m -> ": " + Nodes.clip(m)).orElse("")
                    + " (this purpose does not revoke or suspend)");
        };
    }

    private StatusOutcome revocationList(JsonNode credential, JsonNode entry, String where) {
        Optional<String> url = Nodes.text(entry, "id");
        if (url.isEmpty()) {
            return new StatusOutcome(State.INVALID, where + ".id (the revocation list URL) is missing");
        }
        Optional<String> id = Nodes.text(credential, "id");
        if (id.isEmpty()) {
            return new StatusOutcome(State.INVALID, "the credential has no id to look up in the revocation list");
        }
        FetchedDocument doc = fetcher.fetch(url.get());
        RevocationList list = RevocationList.fromJson(json.parse(doc.bytes()));
        if (list.isRevoked(id.get())) {
            return new StatusOutcome(State.REVOKED, "listed in the 1EdTech revocation list " + Nodes.clip(url.get())
                    + list.revocationReason(id.get()).map(r -> " (" + Nodes.clip(r) + ")").orElse(""));
        }
        return new StatusOutcome(State.ACTIVE, "Not in the 1EdTech revocation list " + Nodes.clip(url.get()));
    }

    private JsonNode readListCredential(FetchedDocument doc, String url) {
        String text = doc.text().strip();
        InputDetector.Detected d = InputDetector.detect(text);
        JsonNode node;
        if (d.kind() == InputDetector.Kind.JWS) {
            JsonNode payload = CompactJws.decode(text, json).payload();
            node = payload.has("vc") && payload.get("vc").isObject() ? payload.get("vc") : payload;
        } else {
            node = json.parse(text);
        }
        if (!node.isObject()) {
            throw new StatusListException(org.microcred.core.status.StatusListError.MALFORMED_VALUE_ERROR,
                    "the status list document at " + Nodes.clip(url) + " is not a credential object");
        }
        return node;
    }

    private SecuredCredential secured(FetchedDocument doc, JsonNode list) {
        String text = doc.text().strip();
        boolean jws = InputDetector.detect(text).kind() == InputDetector.Kind.JWS;
        DataModel model = ContextRules.dataModel(list);
        if (jws) {
            return new SecuredCredential(text, Optional.of(text), list,
                    Optional.of(CompactJws.decode(text, json).payload()), model);
        }
        return new SecuredCredential(text, Optional.empty(), list, Optional.empty(), model);
    }

    private static StatusOutcome unobtainable(FetchException e) {
        String hint = e.reason() == FetchFailure.NETWORK_DISABLED || e.reason() == FetchFailure.NOT_PRELOADED
                ? " (preload it, or allow network access)" : "";
        return new StatusOutcome(State.UNOBTAINABLE, Nodes.clip(e.getMessage()) + hint);
    }

    private static String purposeWord(String purpose) {
        return switch (purpose) {
            case "revocation" -> "revoked";
            case "suspension" -> "suspended";
            default -> "flagged";
        };
    }

    private static StatusOutcome worst(List<StatusOutcome> findings) {
        List<State> order = List.of(State.REVOKED, State.SUSPENDED, State.INVALID, State.UNOBTAINABLE, State.ACTIVE,
                State.NOT_APPLICABLE);
        StatusOutcome worst = findings.get(0);
        for (StatusOutcome f : findings) {
            if (order.indexOf(f.state()) < order.indexOf(worst.state())) {
                worst = f;
            }
        }
        if (findings.size() == 1) {
            return worst;
        }
        StringBuilder sb = new StringBuilder(worst.message());
        for (StatusOutcome f : findings) {
            if (f != worst) {
                sb.append("; ").append(f.message());
            }
        }
        return new StatusOutcome(worst.state(), sb.toString());
    }
}
