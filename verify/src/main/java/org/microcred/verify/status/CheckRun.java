package org.microcred.verify.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.microcred.core.MicrocredException;
import org.microcred.core.json.Json;
import org.microcred.core.status.BitstringStatusList;
import org.microcred.core.status.BitstringStatusListEntry;
import org.microcred.core.status.RevocationList;
import org.microcred.core.status.StatusEntryType;
import org.microcred.core.status.StatusListError;
import org.microcred.core.status.StatusListException;
import org.microcred.verify.fetch.FetchException;
import org.microcred.verify.fetch.FetchedDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One {@link StatusChecker#check} call: walks the entries, caching each list it obtains. */
final class CheckRun {

    private static final Logger LOG = LoggerFactory.getLogger(CheckRun.class);

    private final StatusChecker checker;
    private final JsonNode credential;
    private final Instant now;
    private final boolean strict;
    private final Optional<String> credentialIssuer;
    private final Map<String, StatusListRetrieval.Outcome> statusLists = new HashMap<>();
    private final Map<String, Object> revocationLists = new HashMap<>();

    CheckRun(StatusChecker checker, JsonNode credential, Instant now) {
        this.checker = checker;
        this.credential = credential;
        this.now = now;
        this.strict = checker.isStrict();
        this.credentialIssuer = credential.isObject() ? JsonValues.issuerId(credential) : Optional.empty();
    }

    StatusCheck run() {
        if (!credential.isObject()) {
            StatusEntryCheck entry = StatusEntryCheck.builder(0, null).finish(StatusState.INVALID,
                    StatusProblem.MALFORMED_ENTRY, "the credential is not a JSON object, found "
                            + JsonValues.describe(credential), strict);
            return StatusCheck.of(List.of(entry), strict);
        }
        JsonNode status = credential.get("credentialStatus");
        if (status == null || status.isNull() || (status.isArray() && status.isEmpty())) {
            return StatusCheck.notApplicable("the credential has no credentialStatus, so it cannot be revoked or"
                    + " suspended", strict);
        }
        List<StatusEntryCheck> results = new ArrayList<>();
        if (status.isArray() && status.size() > checker.maxEntries()) {
            results.add(StatusEntryCheck.builder(0, null).finish(StatusState.INVALID, StatusProblem.MALFORMED_ENTRY,
                    "credentialStatus has " + status.size() + " entries, more than the " + checker.maxEntries()
                            + " this verifier checks; none was fetched", strict));
        } else if (status.isObject()) {
            results.add(entry(0, status, "credentialStatus"));
        } else if (status.isArray()) {
            for (int i = 0; i < status.size(); i++) {
                results.add(entry(i, status.get(i), "credentialStatus[" + i + "]"));
            }
        } else {
            results.add(StatusEntryCheck.builder(0, null).finish(StatusState.INVALID, StatusProblem.MALFORMED_ENTRY,
                    "credentialStatus must be an object or an array, found " + JsonValues.describe(status), strict));
        }
        StatusCheck check = StatusCheck.of(results, strict);
        LOG.debug("status of {}: {}", JsonValues.text(credential, "id").orElse("(credential without id)"), check);
        return check;
    }

    private StatusEntryCheck entry(int position, JsonNode item, String path) {
        if (!item.isObject()) {
            return StatusEntryCheck.builder(position, null).finish(StatusState.INVALID, StatusProblem.MALFORMED_ENTRY,
                    path + " must be an object, found " + JsonValues.describe(item), strict);
        }
        List<String> types = JsonValues.types(item);
        for (String type : types) {
            if (StatusEntryType.fromJsonName(type).isPresent()) {
                return statusListEntry(position, type, item, path);
            }
            if (RevocationList.STATUS_TYPE.equals(type)) {
                return revocationListEntry(position, item, path);
            }
        }
        if (types.isEmpty()) {
            return StatusEntryCheck.builder(position, null).finish(StatusState.INVALID, StatusProblem.MALFORMED_ENTRY,
                    path + ".type is missing, so the status cannot be checked", strict);
        }
        String type = String.join(", ", types);
        return StatusEntryCheck.builder(position, type).statusList(JsonValues.text(item, "id").orElse(null))
                .finish(StatusState.UNKNOWN, StatusProblem.UNSUPPORTED_TYPE, "status type " + JsonValues.clip(type)
                        + " is not supported; revocation could not be checked", strict);
    }

    // ------------------------------------------------------------------ Bitstring Status List

    private StatusEntryCheck statusListEntry(int position, String type, JsonNode item, String path) {
        StatusEntryCheck.Builder result = StatusEntryCheck.builder(position, type);
        BitstringStatusListEntry entry;
        try {
            entry = BitstringStatusListEntry.fromJson(item, path);
        } catch (StatusListException | IllegalArgumentException e) {
            JsonValues.text(item, "statusListCredential").ifPresent(result::statusList);
            JsonValues.text(item, "statusPurpose").ifPresent(result::statusPurpose);
            return result.finish(StatusState.INVALID, StatusProblem.MALFORMED_ENTRY,
                    "the status entry is malformed: " + e.getMessage(), strict);
        }
        String url = entry.statusListCredential();
        result.statusPurpose(entry.statusPurpose()).statusList(url).statusListIndex(entry.statusListIndex());
        StatusListRetrieval.Outcome list = statusLists.computeIfAbsent(JsonValues.withoutFragment(url),
                key -> StatusListRetrieval.obtain(checker, url, credentialIssuer, now));
        if (list.issuer != null) {
            result.listIssuer(list.issuer);
        }
        if (!list.isUsable()) {
            return result.finish(list.failedState, list.problem, list.message, strict);
        }
        if (!list.subject.hasPurpose(entry.statusPurpose())) {
            String listPurposes = String.join(", ", list.subject.statusPurposes());
            return result.finish(StatusState.INVALID, StatusProblem.PURPOSE_MISMATCH, "statusPurpose mismatch: entry"
                    + " says " + entry.statusPurpose() + ", list says " + listPurposes + " (list " + url + ")", strict);
        }
        StatusListRetrieval.Decoded decoded = list.decode(entry.statusSize(), checker.maxListBytes());
        if (decoded.error() != null) {
            return result.finish(StatusState.INVALID, decodeProblem(decoded.error()), "status list " + url
                    + " cannot be used: " + decoded.error().getMessage(), strict);
        }
        BitstringStatusList bits = decoded.list();
        long index = entry.statusListIndex();
        if (index >= bits.size()) {
            return result.finish(StatusState.INVALID, StatusProblem.INDEX_OUT_OF_RANGE, "index " + index
                    + " is outside the list: " + url + " has " + bits.size() + " entries of " + entry.statusSize()
                    + " bit(s) (RANGE_ERROR)", strict);
        }
        int value = bits.status(index);
        result.statusValue(value);
        Optional<String> statusMessage = entry.messageFor(value);
        statusMessage.ifPresent(result::statusMessage);
        String where = entry.statusSize() == 1
                ? "bit " + index + " of " + url + " is " + value
                : "entry " + index + " of " + url + " (statusSize " + entry.statusSize() + ") is 0x"
                        + Integer.toHexString(value);
        String said = where + " (statusPurpose " + entry.statusPurpose() + ")"
                + statusMessage.map(m -> ": \"" + JsonValues.clip(m) + "\"").orElse("");
        String purpose = entry.statusPurpose();
        if (value == 0) {
            return result.finish(StatusState.ACTIVE, null, activeWord(purpose) + ": " + said, strict);
        }
        return switch (purpose) {
            case "revocation" -> result.finish(StatusState.REVOKED, null, "revoked: " + said, strict);
            case "suspension" -> result.finish(StatusState.SUSPENDED, null, "suspended: " + said, strict);
            case "message" -> result.finish(StatusState.ACTIVE, null, "status message: " + said
                    + (statusMessage.isPresent() ? "" : "; the entry's statusMessage does not define this value"),
                    strict);
            case "refresh" -> result.finish(StatusState.ACTIVE, null, "refresh advised: " + said
                    + "; the issuer offers a refreshed credential", strict);
            default -> result.finish(StatusState.UNKNOWN, StatusProblem.UNINTERPRETED_PURPOSE, "unrecognised status: "
                    + said + "; statusPurpose " + JsonValues.clip(purpose) + " is not one this verifier interprets",
                    strict);
        };
    }

    private static String activeWord(String purpose) {
        return switch (purpose) {
            case "revocation" -> "not revoked";
            case "suspension" -> "not suspended";
            default -> "no status set";
        };
    }

    private static StatusProblem decodeProblem(StatusListException e) {
        if (e.error() == StatusListError.STATUS_LIST_LENGTH_ERROR) {
            return StatusProblem.LIST_TOO_SHORT;
        }
        if (e.error() == StatusListError.TOO_LARGE) {
            return StatusProblem.LIST_TOO_LARGE;
        }
        return StatusProblem.MALFORMED_LIST;
    }

    // ------------------------------------------------------------------ 1EdTech Revocation List

    private StatusEntryCheck revocationListEntry(int position, JsonNode item, String path) {
        StatusEntryCheck.Builder result = StatusEntryCheck.builder(position, RevocationList.STATUS_TYPE)
                .statusPurpose("revocation");
        Optional<String> url = JsonValues.text(item, "id");
        if (url.isEmpty()) {
            return result.finish(StatusState.INVALID, StatusProblem.MALFORMED_ENTRY, path + ".id is missing: a "
                    + RevocationList.STATUS_TYPE + " entry must give the URL of the revocation list", strict);
        }
        String listUrl = url.get();
        result.statusList(listUrl);
        Object fetched = revocationLists.computeIfAbsent(JsonValues.withoutFragment(listUrl),
                key -> fetchRevocationList(listUrl));
        if (fetched instanceof Failure failure) {
            return result.finish(failure.state(), failure.problem(), failure.message(), strict);
        }
        RevocationList list = (RevocationList) fetched;
        list.issuer().ifPresent(result::listIssuer);
        if (list.issuer().isPresent() && (credentialIssuer.isEmpty()
                || !checker.listIssuerPolicy().accepts(credentialIssuer.get(), list.issuer().get()))) {
            return result.finish(StatusState.INVALID, StatusProblem.LIST_ISSUER_MISMATCH, "the revocation list "
                    + listUrl + " was issued by " + list.issuer().get() + ", not by the credential's issuer "
                    + credentialIssuer.orElse("(none named)"), strict);
        }
        Optional<String> credentialId = JsonValues.text(credential, "id");
        if (credentialId.isEmpty()) {
            return result.finish(StatusState.UNKNOWN, StatusProblem.CREDENTIAL_WITHOUT_ID, "the credential has no id,"
                    + " so the revocation list " + listUrl + " cannot name it — revocation could not be checked",
                    strict);
        }
        Optional<RevocationList.RevokedCredential> listed = list.find(credentialId.get());
        if (listed.isPresent() && listed.get().revoked()) {
            Optional<String> reason = listed.get().revocationReason();
            reason.ifPresent(result::revocationReason);
            return result.finish(StatusState.REVOKED, null, "revoked: the revocation list " + listUrl + " lists "
                    + credentialId.get() + reason.map(r -> " (reason: " + JsonValues.clip(r) + ")").orElse(""),
                    strict);
        }
        return result.finish(StatusState.ACTIVE, null, "not revoked: the revocation list " + listUrl
                + (listed.isPresent() ? " lists " + credentialId.get() + " with revoked false"
                        : " does not list " + credentialId.get()), strict);
    }

    /** Why a revocation list could not be used. */
    private record Failure(StatusState state, StatusProblem problem, String message) {
        static Failure of(StatusState state, StatusProblem problem, String message) {
            return new Failure(state, problem, message);
        }
    }

    /** The parsed list, or the {@link Failure}. */
    private Object fetchRevocationList(String url) {
        FetchedDocument document;
        try {
            document = checker.fetcher().fetch(url);
        } catch (FetchException e) {
            return Failure.of(StatusState.UNKNOWN, StatusProblem.LIST_UNREACHABLE, "revocation list " + url
                    + " could not be fetched (" + e.reason() + "): " + e.getMessage()
                    + " — revocation could not be checked, treat the status as unknown");
        } catch (RuntimeException e) {
            return Failure.of(StatusState.UNKNOWN, StatusProblem.LIST_UNREACHABLE, "revocation list " + url
                    + " could not be fetched: " + e + " — treat the status as unknown");
        }
        try {
            return RevocationList.fromJson(Json.standard().parse(document.bytes()));
        } catch (MicrocredException e) {
            return Failure.of(StatusState.INVALID, StatusProblem.MALFORMED_LIST, "the revocation list at " + url
                    + " cannot be read: " + e.getMessage());
        }
    }
}
