package org.microcred.core.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.microcred.core.json.CredentialJson;
import org.microcred.core.model.AchievementCredential;
import org.microcred.core.model.CredentialStatus;
import org.microcred.core.model.VerifiableCredential;
import org.microcred.core.proof.ProofVerification;
import org.microcred.core.status.BitstringStatusList;
import org.microcred.core.status.BitstringStatusListCredential;

/** Status lists through the issuer: the list credential itself, and a badge pointing into it. */
class IssuerStatusTest {

    @Test
    void aStatusListCredentialAndABadgeWithItsEntryIssueAndVerify() {
        Issuer issuer = Fixtures.eddsa();
        String did = issuer.profile().id().orElseThrow();
        BitstringStatusListCredential list = BitstringStatusListCredential.builder()
                .id("https://example.edu/status/1").issuer(did).statusPurpose("revocation")
                .list(BitstringStatusList.create(131_072)).build();

        SignedCredential signedList = issuer.issue(CredentialJson.read(list.toJson()));
        ProofVerification listVerification = Fixtures.verify(signedList.text());
        assertTrue(listVerification.isValid(), listVerification::toString);
        VerifiableCredential listModel = signedList.credential(VerifiableCredential.class);
        assertEquals("https://example.edu/status/1", signedList.id(), "the list keeps its own id");
        assertEquals(List.of("https://www.w3.org/ns/credentials/v2"),
                listModel.context().stream().map(c -> c.uri().orElseThrow()).toList());
        assertTrue(listModel.credentialSchema().isEmpty(), "generic credentials get no OB schema");
        assertEquals("2026-03-04T05:06:07Z", listModel.validFrom().orElseThrow());

        CredentialStatus entry = CredentialJson.readValue(list.entry(42).toJson(), CredentialStatus.class);
        SignedCredential badge = issuer.issue(Fixtures.badge("did:example:ada").toBuilder().credentialStatus(entry).build());
        assertTrue(Fixtures.verify(badge.text()).isValid());
        assertEquals(List.of(entry), badge.credential(AchievementCredential.class).credentialStatus());
    }
}
