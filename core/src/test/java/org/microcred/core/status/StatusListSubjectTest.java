package org.microcred.core.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.microcred.core.json.Json;

class StatusListSubjectTest {

    private static JsonNode parse(String json) {
        return Json.standard().parse(json.replace('\'', '"'));
    }

    /** BSL examples 3 and 4: the revocable credential's entry against its (all-zero) list. */
    @Test
    void specExampleCredentialIsNotRevoked() throws IOException {
        StatusListSubject subject = StatusListSubject.fromCredential(
                Vectors.json("example-04-a-status-list-verifiable-credential.json"));
        assertEquals(StatusListFormat.BITSTRING_STATUS_LIST, subject.format());
        assertEquals(List.of("revocation"), subject.statusPurposes());
        assertEquals(Optional.of("https://example.com/status/3#list"), subject.id());
        assertEquals(Optional.empty(), subject.ttl());
        BitstringStatusListEntry entry = BitstringStatusListEntry.fromCredentialStatus(
                Vectors.json("example-03-a-revocable-verifiable-credential.json").get("credentialStatus")).get(0);
        assertEquals(0, subject.statusOf(entry));
    }

    @Test
    void issuedListCredentialRoundTripsAndRevealsTheSetEntry() {
        BitstringStatusList list = BitstringStatusList.create(BitstringStatusList.MINIMUM_ENTRIES).withStatus(94567, 1);
        BitstringStatusListCredential credential = BitstringStatusListCredential.builder()
                .id("https://example.com/credentials/status/3").issuer("did:example:12345")
                .statusPurpose("revocation").statusPurpose("suspension").list(list)
                .validFrom(Instant.parse("2021-04-05T14:27:40.123Z")).ttl(Duration.ofMinutes(5)).build();
        ObjectNode json = credential.toJson();
        assertEquals("2021-04-05T14:27:40Z", json.get("validFrom").textValue());
        assertEquals(parse("['VerifiableCredential','BitstringStatusListCredential']"), json.get("type"));
        assertEquals(parse("['https://www.w3.org/ns/credentials/v2']"), json.get("@context"));
        assertEquals("https://example.com/credentials/status/3#list", json.get("credentialSubject").get("id").textValue());
        assertEquals(300_000, json.get("credentialSubject").get("ttl").longValue());

        StatusListSubject subject = StatusListSubject.fromCredential(json);
        assertEquals(List.of("revocation", "suspension"), subject.statusPurposes());
        assertEquals(Optional.of(Duration.ofMinutes(5)), subject.ttl());
        BitstringStatusListEntry revoked = credential.entry(94567);
        assertEquals("https://example.com/credentials/status/3#94567", revoked.id().orElseThrow());
        assertEquals(1, subject.statusOf(revoked));
        assertEquals(0, subject.statusOf(credential.entry(94566, "suspension")));
        assertEquals(StatusListError.RANGE_ERROR,
                assertThrows(StatusListException.class, () -> credential.entry(BitstringStatusList.MINIMUM_ENTRIES)).error());
    }

    @Test
    void purposeMismatchIsAVerificationError() throws IOException {
        StatusListSubject subject = StatusListSubject.fromCredential(
                Vectors.json("example-04-a-status-list-verifiable-credential.json"));
        BitstringStatusListEntry suspension = BitstringStatusListEntry.builder().statusPurpose("suspension")
                .statusListIndex(1).statusListCredential("https://example.com/credentials/status/3").build();
        StatusListException e = assertThrows(StatusListException.class, () -> subject.statusOf(suspension));
        assertEquals(StatusListError.STATUS_VERIFICATION_ERROR, e.error());
        Check.contains(e.getMessage(), "\"suspension\"", "[revocation]");
    }

    @Test
    void indexBeyondTheListIsARangeError() throws IOException {
        StatusListSubject subject = StatusListSubject.fromCredential(
                Vectors.json("example-04-a-status-list-verifiable-credential.json"));
        BitstringStatusListEntry far = BitstringStatusListEntry.builder().statusPurpose("revocation")
                .statusListIndex(131_072).statusListCredential("https://example.com/credentials/status/3").build();
        assertEquals(StatusListError.RANGE_ERROR, assertThrows(StatusListException.class, () -> subject.statusOf(far)).error());
    }

    @Test
    void legacyStatusList2021SubjectIsRead() {
        String encoded = BitstringStatusList.create(BitstringStatusList.MINIMUM_ENTRIES).withStatus(3, 1).encodeStatusList2021();
        JsonNode vc = parse("{'type':['VerifiableCredential','StatusList2021Credential'],'credentialSubject':"
                + "{'id':'https://e.x/sl#list','type':'StatusList2021','statusPurpose':'revocation','encodedList':'"
                + encoded + "'}}");
        StatusListSubject subject = StatusListSubject.fromCredential(vc);
        assertEquals(StatusListFormat.STATUS_LIST_2021, subject.format());
        assertTrue(subject.decode(1).isSet(3));
        assertFalse(subject.decode(1).isSet(4));
    }

    @Test
    void malformedSubjectsAreRejectedWithTheFieldPath() {
        String good = "'type':'BitstringStatusList','statusPurpose':'revocation','encodedList':'uH4sI'";
        assertMalformed("{'type':['VerifiableCredential'],'credentialSubject':{" + good + "}}",
                "statusListCredential.type must contain BitstringStatusListCredential");
        assertMalformed("{'type':['VerifiableCredential','BitstringStatusListCredential']}",
                "statusListCredential.credentialSubject is missing");
        assertMalformed("{'type':['VerifiableCredential','BitstringStatusListCredential'],'credentialSubject':[]}",
                "must hold exactly one subject");
        assertMalformed("{'type':['VerifiableCredential','BitstringStatusListCredential'],'credentialSubject':"
                + "{'type':'BitstringStatusList','statusPurpose':'revocation'}}",
                "statusListCredential.credentialSubject.encodedList is missing");
        assertMalformed("{'type':['VerifiableCredential','BitstringStatusListCredential'],'credentialSubject':"
                + "{'type':'Person','statusPurpose':'revocation','encodedList':'u'}}",
                "credentialSubject.type must be BitstringStatusList");
        assertMalformed("{'type':['VerifiableCredential','BitstringStatusListCredential'],'credentialSubject':"
                + "{" + good + ",'ttl':'300'}}", "credentialSubject.ttl must be a number of milliseconds");
        assertMalformed("{'type':['VerifiableCredential','BitstringStatusListCredential'],'credentialSubject':"
                + "{'type':'BitstringStatusList','statusPurpose':[],'encodedList':'u'}}",
                "credentialSubject.statusPurpose must not be an empty array");
    }

    private static void assertMalformed(String json, String messagePart) {
        StatusListException e = assertThrows(StatusListException.class, () -> StatusListSubject.fromCredential(parse(json)));
        assertEquals(StatusListError.MALFORMED_VALUE_ERROR, e.error());
        Check.contains(e.getMessage(), messagePart);
    }
}
