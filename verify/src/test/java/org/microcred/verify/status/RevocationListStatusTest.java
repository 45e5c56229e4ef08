package org.microcred.verify.status;

import static org.microcred.verify.status.Expect.assertThat;
import static org.microcred.verify.status.StatusFixtures.CLOCK;
import static org.microcred.verify.status.StatusFixtures.ISSUER;
import static org.microcred.verify.status.StatusFixtures.OTHER;
import static org.microcred.verify.status.StatusFixtures.credential;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.microcred.verify.status.StatusFixtures.CountingFetcher;

/** The 1EdTech Revocation List (credentialStatus.type = 1EdTechRevocationList). */
class RevocationListStatusTest {

    static final String LIST = "https://example.edu/revocations";
    static final String CREDENTIAL_ID = "urn:uuid:2f0c6b1e-8d4a-4a3e-9a5c-1b7e4d2c9f10";

    private static ObjectNode status() {
        return JsonNodeFactory.instance.objectNode().put("id", LIST).put("type", "1EdTechRevocationList");
    }

    private static String list(String issuer, String revokedEntries) {
        return "{\"id\": \"" + LIST + "\", \"issuer\": \"" + issuer + "\", \"revokedCredential\": [" + revokedEntries
                + "]}";
    }

    private static StatusCheck check(CountingFetcher fetcher, boolean strict) {
        return StatusChecker.builder().fetcher(fetcher).clock(CLOCK).strict(strict).build()
                .check(credential(ISSUER.did, status()));
    }

    @Test
    void revokedWithReason() {
        CountingFetcher fetcher = new CountingFetcher().put(LIST, list(ISSUER.did,
                "{\"id\": \"urn:uuid:other\"}, {\"id\": \"" + CREDENTIAL_ID + "\", \"revocationReason\": \"issued in error\"}"));
        StatusCheck check = check(fetcher, false);
        assertThat(check.state()).isEqualTo(StatusState.REVOKED);
        assertThat(check.verdict()).isEqualTo(StatusVerdict.FAIL);
        StatusEntryCheck entry = check.entries().get(0);
        assertThat(entry.revocationReason()).contains("issued in error");
        assertThat(entry.statusList()).contains(LIST);
        assertThat(entry.type()).isEqualTo("1EdTechRevocationList");
        assertThat(check.message()).isEqualTo("revoked: the revocation list " + LIST + " lists " + CREDENTIAL_ID
                + " (reason: issued in error)");
    }

    @Test
    void notRevokedWhenNotListedOrListedWithRevokedFalse() {
        StatusCheck absent = check(new CountingFetcher().put(LIST, list(ISSUER.did, "{\"id\": \"urn:uuid:other\"}")),
                false);
        assertThat(absent.state()).isEqualTo(StatusState.ACTIVE);
        assertThat(absent.verdict()).isEqualTo(StatusVerdict.PASS);
        assertThat(absent.message()).isEqualTo("not revoked: the revocation list " + LIST + " does not list "
                + CREDENTIAL_ID);
        StatusCheck reinstated = check(new CountingFetcher().put(LIST, list(ISSUER.did,
                "{\"id\": \"" + CREDENTIAL_ID + "\", \"revoked\": false}")), false);
        assertThat(reinstated.state()).isEqualTo(StatusState.ACTIVE);
        assertThat(reinstated.message()).contains("with revoked false");
    }

    @Test
    void unreachableListIsAWarningOrAFailureUnderStrict() {
        StatusCheck lenient = check(new CountingFetcher(), false);
        assertThat(lenient.state()).isEqualTo(StatusState.UNKNOWN);
        assertThat(lenient.verdict()).isEqualTo(StatusVerdict.WARN);
        assertThat(lenient.entries().get(0).problem()).contains(StatusProblem.LIST_UNREACHABLE);
        assertThat(lenient.message()).startsWith("revocation list " + LIST + " could not be fetched (NOT_PRELOADED)");
        StatusCheck strict = check(new CountingFetcher(), true);
        assertThat(strict.verdict()).isEqualTo(StatusVerdict.FAIL);
    }

    @Test
    void listOfAnotherIssuerIsInvalid() {
        StatusCheck check = check(new CountingFetcher().put(LIST, list(OTHER.did, "")), false);
        assertThat(check.state()).isEqualTo(StatusState.INVALID);
        assertThat(check.verdict()).isEqualTo(StatusVerdict.FAIL);
        assertThat(check.entries().get(0).problem()).contains(StatusProblem.LIST_ISSUER_MISMATCH);
        assertThat(check.message()).isEqualTo("the revocation list " + LIST + " was issued by " + OTHER.did
                + ", not by the credential's issuer " + ISSUER.did);
    }

    @Test
    void malformedListIsInvalid() {
        StatusCheck check = check(new CountingFetcher().put(LIST, "{\"issuer\": \"" + ISSUER.did + "\"}"), false);
        assertThat(check.state()).isEqualTo(StatusState.INVALID);
        assertThat(check.entries().get(0).problem()).contains(StatusProblem.MALFORMED_LIST);
        assertThat(check.message()).contains("revokedCredential");
    }

    @Test
    void credentialWithoutIdCannotBeLooked_up() {
        ObjectNode vc = credential(ISSUER.did, status());
        vc.remove("id");
        StatusCheck check = StatusChecker.builder().fetcher(new CountingFetcher().put(LIST, list(ISSUER.did, "")))
                .clock(CLOCK).build().check(vc);
        assertThat(check.state()).isEqualTo(StatusState.UNKNOWN);
        assertThat(check.entries().get(0).problem()).contains(StatusProblem.CREDENTIAL_WITHOUT_ID);
    }

    @Test
    void entryWithoutListUrlIsInvalid() {
        ObjectNode status = JsonNodeFactory.instance.objectNode().put("type", "1EdTechRevocationList");
        StatusCheck check = StatusChecker.builder().clock(CLOCK).build().check(credential(ISSUER.did, status));
        assertThat(check.state()).isEqualTo(StatusState.INVALID);
        assertThat(check.message()).startsWith("credentialStatus.id is missing");
    }
}
