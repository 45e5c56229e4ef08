package org.microcred.core.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.microcred.core.json.Json;

class BitstringStatusListEntryTest {

    private static JsonNode parse(String json) {
        return Json.standard().parse(json.replace('\'', '"'));
    }

    private static String entryWithIndex(String indexJson) {
        return "{'type':'BitstringStatusListEntry','statusPurpose':'revocation','statusListIndex':" + indexJson
                + ",'statusListCredential':'https://example.com/status/3'}";
    }

    /** BSL example 3: a single entry object. */
    @Test
    void readsTheSpecExampleEntry() throws IOException {
        JsonNode vc = Vectors.json("example-03-a-revocable-verifiable-credential.json");
        List<BitstringStatusListEntry> entries = BitstringStatusListEntry.fromCredentialStatus(vc.get("credentialStatus"));
        assertEquals(1, entries.size());
        BitstringStatusListEntry entry = entries.get(0);
        assertEquals(Optional.of("https://example.com/credentials/status/3#94567"), entry.id());
        assertEquals(StatusEntryType.BITSTRING_STATUS_LIST_ENTRY, entry.type());
        assertEquals("revocation", entry.statusPurpose());
        assertEquals(94567, entry.statusListIndex());
        assertEquals("https://example.com/credentials/status/3", entry.statusListCredential());
        assertEquals(1, entry.statusSize());
        assertEquals(vc.get("credentialStatus"), entry.toJson());
    }

    /** BSL example 1: an array of two entries with different purposes. */
    @Test
    void readsAnArrayOfEntries() throws IOException {
        JsonNode vc = Vectors.json("example-01-example-statuslistcredential-using-simple-entries.json");
        List<BitstringStatusListEntry> entries = BitstringStatusListEntry.fromCredentialStatus(vc.get("credentialStatus"));
        assertEquals(2, entries.size());
        assertEquals("suspension", entries.get(1).statusPurpose());
        assertEquals(23452, entries.get(1).statusListIndex());
    }

    @Test
    void skipsOtherStatusTypesAndAcceptsMissingStatus() {
        JsonNode status = parse("[{'id':'https://example.com/revocations','type':'1EdTechRevocationList'},"
                + entryWithIndex("'5'") + "]");
        List<BitstringStatusListEntry> entries = BitstringStatusListEntry.fromCredentialStatus(status);
        assertEquals(1, entries.size());
        assertEquals(5, entries.get(0).statusListIndex());
        assertTrue(entries.get(0).id().isEmpty(), "an entry without id stays without id");
        assertEquals(List.of(), BitstringStatusListEntry.fromCredentialStatus(null));
        assertFalse(BitstringStatusListEntry.isStatusListEntry(parse("{'type':'1EdTechRevocationList'}")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "'94567'|94567",
        "94567|94567",
        "'0'|0",
        "0|0",
        "'007'|7",
        "'2147483647'|2147483647",
        "2147483647|2147483647"})
    void indexIsReadFromStringOrNumber(String indexJson, long expected) {
        assertEquals(expected, BitstringStatusListEntry.fromJson(parse(entryWithIndex(indexJson))).statusListIndex());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "'-1'|must be a base-10 string of digits",
        "'+5'|must be a base-10 string of digits",
        "' 5'|must be a base-10 string of digits",
        "'12a'|character 'a' at position 2",
        "'0x10'|must be a base-10 string of digits",
        "'1e3'|must be a base-10 string of digits",
        "''|empty string",
        "'2147483648'|is too large",
        "'99999999999999999999999'|is too large",
        "-3|must not be negative",
        "1.5|must be an integer",
        "2.0|without a fraction part",
        "99999999999999999999999|is too large",
        "true|found the boolean true",
        "null|statusListIndex is missing",
        "[1]|found an array"})
    void malformedIndexesAreRejected(String indexJson, String messagePart) {
        StatusListException e = assertThrows(StatusListException.class,
                () -> BitstringStatusListEntry.fromJson(parse(entryWithIndex(indexJson))));
        assertEquals(StatusListError.MALFORMED_VALUE_ERROR, e.error());
        Check.contains(e.getMessage(), "credentialStatus.statusListIndex", messagePart);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "{'type':'BitstringStatusListEntry','statusListIndex':'1','statusListCredential':'https://e.x/s'}|credentialStatus.statusPurpose is missing",
        "{'type':'BitstringStatusListEntry','statusPurpose':'revocation','statusListIndex':'1'}|credentialStatus.statusListCredential is missing",
        "{'type':'BitstringStatusListEntry','statusPurpose':'revocation','statusListIndex':'1','statusListCredential':'status/3'}|must be an absolute URL",
        "{'type':'Other','statusPurpose':'revocation','statusListIndex':'1','statusListCredential':'https://e.x/s'}|credentialStatus.type must be BitstringStatusListEntry",
        "{'type':'BitstringStatusListEntry','statusPurpose':7,'statusListIndex':'1','statusListCredential':'https://e.x/s'}|credentialStatus.statusPurpose must be a string",
        "{'type':'BitstringStatusListEntry','statusPurpose':'message','statusListIndex':'1','statusListCredential':'https://e.x/s','statusSize':0}|statusSize must be between 1 and 16",
        "{'type':'BitstringStatusListEntry','statusPurpose':'message','statusListIndex':'1','statusListCredential':'https://e.x/s','statusSize':2,'statusMessage':[{'status':'1','message':'x'}]}|statusMessage[0].status must be a hexadecimal string",
        "{'type':'BitstringStatusListEntry','statusPurpose':'message','statusListIndex':'1','statusListCredential':'https://e.x/s','statusMessage':{}}|statusMessage must be an array"})
    void malformedEntriesAreRejectedWithTheFieldPath(String json, String messagePart) {
        StatusListException e = assertThrows(StatusListException.class, () -> BitstringStatusListEntry.fromJson(parse(json)));
        assertEquals(StatusListError.MALFORMED_VALUE_ERROR, e.error());
        Check.contains(e.getMessage(), messagePart);
    }

    @Test
    void arrayPathsNameTheItem() {
        JsonNode status = parse("[" + entryWithIndex("'1'") + "," + entryWithIndex("'x'") + "]");
        StatusListException e = assertThrows(StatusListException.class,
                () -> BitstringStatusListEntry.fromCredentialStatus(status));
        Check.contains(e.getMessage(), "credentialStatus[1].statusListIndex");
        StatusListException notObject = assertThrows(StatusListException.class,
                () -> BitstringStatusListEntry.fromCredentialStatus(parse("'text'")));
        Check.contains(notObject.getMessage(), "credentialStatus must be an object or an array");
    }

    @Test
    void readsLegacyAndMultiBitEntries() {
        JsonNode node = parse("{'type':'StatusList2021Entry','statusPurpose':'message','statusListIndex':'3',"
                + "'statusListCredential':'https://e.x/s','statusSize':2,'statusMessage':["
                + "{'status':'0x0','message':'pending'},{'status':'0x1','message':'accepted'},"
                + "{'status':'0x2','message':'rejected'},{'status':'0x3','message':'undefined'}],"
                + "'statusReference':'https://e.x/messages'}");
        BitstringStatusListEntry entry = BitstringStatusListEntry.fromJson(node);
        assertEquals(StatusEntryType.STATUS_LIST_2021_ENTRY, entry.type());
        assertEquals(2, entry.statusSize());
        assertEquals(Optional.of("rejected"), entry.messageFor(2));
        assertEquals(Optional.empty(), entry.messageFor(9));
        assertEquals(List.of("https://e.x/messages"), entry.statusReferences());
        assertEquals(node, entry.toJson());
        assertEquals(entry, BitstringStatusListEntry.fromJson(entry.toJson()));
    }

    @Test
    void builderWritesTheIndexAsAStringAndADefaultId() {
        ObjectNode json = BitstringStatusListEntry.builder().statusPurpose("revocation").statusListIndex(94567)
                .statusListCredential("https://example.com/credentials/status/3").build().toJson();
        assertEquals(parse("{'id':'https://example.com/credentials/status/3#94567','type':'BitstringStatusListEntry',"
                + "'statusPurpose':'revocation','statusListIndex':'94567',"
                + "'statusListCredential':'https://example.com/credentials/status/3'}"), json);
        assertThrows(IllegalStateException.class, () -> BitstringStatusListEntry.builder().statusPurpose("revocation")
                .statusListCredential("https://e.x/s").build());
        assertThrows(IllegalArgumentException.class, () -> BitstringStatusListEntry.builder().statusListIndex(-1));
        assertThrows(IllegalStateException.class, () -> BitstringStatusListEntry.builder().statusPurpose("message")
                .statusListIndex(1).statusListCredential("https://e.x/s").addStatusMessage(new StatusMessage(2, "x")).build());
    }
}
