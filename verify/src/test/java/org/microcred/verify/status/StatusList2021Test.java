package org.microcred.verify.status;

import static org.microcred.verify.status.Expect.assertThat;
import static org.microcred.verify.status.StatusFixtures.CLOCK;
import static org.microcred.verify.status.StatusFixtures.ISSUER;
import static org.microcred.verify.status.StatusFixtures.SUITES;
import static org.microcred.verify.status.StatusFixtures.credential;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.microcred.core.status.BitstringStatusList;
import org.microcred.verify.status.StatusFixtures.CountingFetcher;

/** The older StatusList2021 (VC 1.1 era): prefix-less encodedList, StatusList2021Entry. */
class StatusList2021Test {

    static final String LIST = "https://example.edu/credentials/status/2021";

    private static ObjectNode listCredential(BitstringStatusList list) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode vc = f.objectNode();
        vc.putArray("@context").add("https://www.w3.org/2018/credentials/v1")
                .add("https://w3id.org/vc/status-list/2021/v1");
        vc.put("id", LIST);
        vc.putArray("type").add("VerifiableCredential").add("StatusList2021Credential");
        vc.put("issuer", ISSUER.did);
        vc.put("issuanceDate", "2026-01-01T00:00:00Z");
        ObjectNode subject = vc.putObject("credentialSubject");
        subject.put("id", LIST + "#list");
        subject.put("type", "StatusList2021");
        subject.put("statusPurpose", "revocation");
        subject.put("encodedList", list.encodeStatusList2021());
        return vc;
    }

    private static ObjectNode entry(long index) {
        return JsonNodeFactory.instance.objectNode().put("id", LIST + "#" + index).put("type", "StatusList2021Entry")
                .put("statusPurpose", "revocation").put("statusListIndex", Long.toString(index))
                .put("statusListCredential", LIST);
    }

    @Test
    void revokedAndActiveEntriesOfAJwtSecuredStatusList2021() {
        BitstringStatusList list = BitstringStatusList.create(BitstringStatusList.MINIMUM_ENTRIES).withStatus(77, 1);
        String jwt = ISSUER.signJwt(listCredential(list));
        StatusChecker checker = StatusChecker.builder().fetcher(new CountingFetcher().put(LIST, jwt))
                .proofSuites(SUITES).clock(CLOCK).build();
        StatusCheck revoked = checker.check(credential(ISSUER.did, entry(77)));
        assertThat(revoked.state()).isEqualTo(StatusState.REVOKED);
        assertThat(revoked.entries().get(0).type()).isEqualTo("StatusList2021Entry");
        assertThat(revoked.message()).isEqualTo("revoked: bit 77 of " + LIST + " is 1 (statusPurpose revocation)");
        assertThat(checker.check(credential(ISSUER.did, entry(78))).state()).isEqualTo(StatusState.ACTIVE);
    }

    @Test
    void expirationDateOfAVc11ListCredentialIsHonoured() {
        ObjectNode unsigned = listCredential(BitstringStatusList.create(BitstringStatusList.MINIMUM_ENTRIES));
        unsigned.put("expirationDate", "2026-02-01T00:00:00Z");
        StatusChecker checker = StatusChecker.builder()
                .fetcher(new CountingFetcher().put(LIST, ISSUER.signJwt(unsigned))).proofSuites(SUITES).clock(CLOCK)
                .build();
        StatusCheck check = checker.check(credential(ISSUER.did, entry(1)));
        assertThat(check.state()).isEqualTo(StatusState.UNKNOWN);
        assertThat(check.entries().get(0).problem()).contains(StatusProblem.LIST_EXPIRED);
        assertThat(check.message()).contains("expirationDate");
    }
}
