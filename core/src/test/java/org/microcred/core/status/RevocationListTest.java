package org.microcred.core.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.microcred.core.json.Json;

class RevocationListTest {

    private static JsonNode parse(String json) {
        return Json.standard().parse(json.replace('\'', '"'));
    }

    @Test
    void revokedWhenListedWithRevokedTrueOrOmitted() {
        RevocationList list = RevocationList.fromJson(parse("{'id':'https://example.edu/revocations',"
                + "'issuer':'https://example.edu/issuers/1','revokedCredential':["
                + "{'id':'urn:uuid:a','revoked':true,'revocationReason':'Issued in error'},"
                + "{'id':'urn:uuid:b'},"
                + "{'id':'urn:uuid:c','revoked':false,'revocationReason':'reinstated'}]}"));
        assertEquals(Optional.of("https://example.edu/revocations"), list.id());
        assertEquals(Optional.of("https://example.edu/issuers/1"), list.issuer());
        assertTrue(list.isRevoked("urn:uuid:a"));
        assertEquals(Optional.of("Issued in error"), list.revocationReason("urn:uuid:a"));
        assertTrue(list.isRevoked("urn:uuid:b"));
        assertEquals(Optional.empty(), list.revocationReason("urn:uuid:b"));
        assertFalse(list.isRevoked("urn:uuid:c"));
        assertEquals(Optional.empty(), list.revocationReason("urn:uuid:c"));
        assertFalse(list.isRevoked("urn:uuid:unknown"));
        assertEquals(3, list.revokedCredentials().size());
    }

    @Test
    void issuerObjectAndEmptyListAreAccepted() {
        RevocationList list = RevocationList.fromJson(parse("{'issuer':{'id':'did:example:1','type':'Profile'},'revokedCredential':[]}"));
        assertEquals(Optional.of("did:example:1"), list.issuer());
        assertFalse(list.isRevoked("urn:uuid:a"));
    }

    @Test
    void aRevokingDuplicateWins() {
        RevocationList list = RevocationList.fromJson(parse("{'revokedCredential':["
                + "{'id':'urn:uuid:a','revoked':false},{'id':'urn:uuid:a','revoked':true}]}"));
        assertTrue(list.isRevoked("urn:uuid:a"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "{'id':'https://e.x/r'}|revocationList.revokedCredential is missing",
        "{'revokedCredential':{}}|revocationList.revokedCredential must be an array",
        "{'revokedCredential':[{'revoked':true}]}|revocationList.revokedCredential[0].id is missing",
        "{'revokedCredential':[{'id':'a'},{'id':'b','revoked':'yes'}]}|revocationList.revokedCredential[1].revoked must be true or false",
        "{'revokedCredential':['a']}|revocationList.revokedCredential[0] must be a JSON object",
        "[]|revocationList must be a JSON object"})
    void malformedListsAreRejected(String json, String messagePart) {
        StatusListException e = assertThrows(StatusListException.class, () -> RevocationList.fromJson(parse(json)));
        assertEquals(StatusListError.MALFORMED_VALUE_ERROR, e.error());
        Check.contains(e.getMessage(), messagePart);
    }
}
