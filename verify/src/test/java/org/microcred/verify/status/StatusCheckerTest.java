package org.microcred.verify.status;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.microcred.verify.status.Expect.assertThat;
import static org.microcred.verify.status.StatusFixtures.CLOCK;
import static org.microcred.verify.status.StatusFixtures.ISSUER;
import static org.microcred.verify.status.StatusFixtures.NOW;
import static org.microcred.verify.status.StatusFixtures.OTHER;
import static org.microcred.verify.status.StatusFixtures.SUITES;
import static org.microcred.verify.status.StatusFixtures.credential;
import static org.microcred.verify.status.StatusFixtures.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.microcred.core.status.BitstringStatusList;
import org.microcred.core.status.BitstringStatusListCredential;
import org.microcred.core.status.BitstringStatusListEntry;
import org.microcred.core.status.StatusMessage;
import org.microcred.verify.fetch.DocumentFetcher;
import org.microcred.verify.status.StatusFixtures.CountingFetcher;

class StatusCheckerTest {

    static final String LIST = "https://example.edu/status/3";
    static final JsonNodeFactory F = JsonNodeFactory.instance;

    private static BitstringStatusListCredential.Builder listCredential(String purpose, BitstringStatusList list) {
        return BitstringStatusListCredential.builder().id(LIST).issuer(ISSUER.did).statusPurpose(purpose).list(list)
                .validFrom(Instant.parse("2026-01-01T00:00:00Z"));
    }

    private static BitstringStatusList revokedAt(long... indexes) {
        BitstringStatusList.Builder b = BitstringStatusList.builder(BitstringStatusList.MINIMUM_ENTRIES, 1);
        for (long i : indexes) {
            b.set(i, 1);
        }
        return b.build();
    }

    private static StatusChecker checker(CountingFetcher fetcher) {
        return StatusChecker.builder().fetcher(fetcher).proofSuites(SUITES).clock(CLOCK).build();
    }

    private static JsonNode entry(String purpose, long index) {
        return BitstringStatusListEntry.builder().statusPurpose(purpose).statusListIndex(index)
                .statusListCredential(LIST).build().toJson();
    }

    private static StatusCheck checkOne(String listText, JsonNode status) {
        return checker(new CountingFetcher().put(LIST, listText)).check(credential(ISSUER.did, status));
    }

    // ------------------------------------------------------------------ Bitstring Status List

    @Test
    void activeWhenTheBitIsZero() {
        String list = ISSUER.sign(listCredential("revocation", revokedAt(94567)).build().toJson());
        StatusCheck check = checkOne(list, entry("revocation", 94566));
        assertThat(check.state()).isEqualTo(StatusState.ACTIVE);
        assertThat(check.verdict()).isEqualTo(StatusVerdict.PASS);
        assertThat(check.message()).isEqualTo("not revoked: bit 94566 of " + LIST + " is 0 (statusPurpose revocation)");
        StatusEntryCheck e = check.entries().get(0);
        assertThat(e.statusList()).contains(LIST);
        assertThat(e.statusListIndex()).hasValue(94566);
        assertThat(e.statusValue()).hasValue(0);
        assertThat(e.listIssuer()).contains(ISSUER.did);
        assertThat(e.problem()).isEmpty();
        assertThat(e.type()).isEqualTo("BitstringStatusListEntry");
    }

    @Test
    void revokedWhenTheBitIsSet() {
        String list = ISSUER.sign(listCredential("revocation", revokedAt(94567)).build().toJson());
        StatusCheck check = checkOne(list, entry("revocation", 94567));
        assertThat(check.state()).isEqualTo(StatusState.REVOKED);
        assertThat(check.verdict()).isEqualTo(StatusVerdict.FAIL);
        assertThat(check.isRevoked()).isTrue();
        assertThat(check.message()).isEqualTo("revoked: bit 94567 of " + LIST + " is 1 (statusPurpose revocation)");
    }

    @Test
    void suspendedWhenTheSuspensionBitIsSet() {
        String list = ISSUER.sign(listCredential("suspension", revokedAt(7)).build().toJson());
        StatusCheck check = checkOne(list, entry("suspension", 7));
        assertThat(check.state()).isEqualTo(StatusState.SUSPENDED);
        assertThat(check.verdict()).isEqualTo(StatusVerdict.FAIL);
        assertThat(check.isSuspended()).isTrue();
        assertThat(check.message()).isEqualTo("suspended: bit 7 of " + LIST + " is 1 (statusPurpose suspension)");
    }

    @Test
    void statusSizeTwoReportsTheMessageOfTheValue() {
        BitstringStatusList list = BitstringStatusList.builder(BitstringStatusList.MINIMUM_ENTRIES, 2)
                .set(10, 2).set(11, 3).build();
        String signed = ISSUER.sign(listCredential("message", list).build().toJson());
        BitstringStatusListEntry.Builder entry = BitstringStatusListEntry.builder().statusPurpose("message")
                .statusListCredential(LIST).statusSize(2)
                .addStatusMessage(new StatusMessage(0, "pending"))
                .addStatusMessage(new StatusMessage(1, "accepted"))
                .addStatusMessage(new StatusMessage(2, "rejected"))
                .addStatusMessage(new StatusMessage(3, "withdrawn"));
        CountingFetcher fetcher = new CountingFetcher().put(LIST, signed);
        StatusCheck ten = checker(fetcher).check(credential(ISSUER.did, entry.statusListIndex(10).build().toJson()));
        assertThat(ten.state()).isEqualTo(StatusState.ACTIVE);
        assertThat(ten.entries().get(0).statusValue()).hasValue(2);
        assertThat(ten.entries().get(0).statusMessage()).contains("rejected");
        assertThat(ten.message()).isEqualTo("status message: entry 10 of " + LIST
                + " (statusSize 2) is 0x2 (statusPurpose message): \"rejected\"");
        StatusCheck zero = checker(fetcher).check(credential(ISSUER.did, entry.statusListIndex(12).build().toJson()));
        assertThat(zero.entries().get(0).statusMessage()).contains("pending");
        assertThat(zero.state()).isEqualTo(StatusState.ACTIVE);
    }

    @Test
    void statusSizeTwoRevocationIsRevokedForAnyNonZeroValue() {
        BitstringStatusList list = BitstringStatusList.builder(BitstringStatusList.MINIMUM_ENTRIES, 2)
                .set(5, 3).build();
        String signed = ISSUER.sign(listCredential("revocation", list).build().toJson());
        JsonNode entry = BitstringStatusListEntry.builder().statusPurpose("revocation").statusListCredential(LIST)
                .statusSize(2).statusListIndex(5).addStatusMessage(new StatusMessage(3, "revoked for fraud"))
                .build().toJson();
        StatusCheck check = checkOne(signed, entry);
        assertThat(check.state()).isEqualTo(StatusState.REVOKED);
        assertThat(check.entries().get(0).statusMessage()).contains("revoked for fraud");
    }

    @Test
    void bitOrderIsMostSignificantFirst() {
        // Hand-built bitstring, independent of core's encoder: index 0 is the MSB of byte 0.
        byte[] bits = new byte[BitstringStatusList.MINIMUM_ENTRIES / 8];
        bits[0] = (byte) 0x80;
        bits[1] = (byte) 0x01;
        ObjectNode unsigned = listCredential("revocation", revokedAt()).build().toJson();
        ((ObjectNode) unsigned.get("credentialSubject")).put("encodedList", StatusFixtures.encode(bits));
        CountingFetcher fetcher = new CountingFetcher().put(LIST, ISSUER.sign(unsigned));
        StatusChecker checker = checker(fetcher);
        long[] revoked = {0, 15};
        long[] active = {1, 7, 8, 14, 16};
        for (long i : revoked) {
            assertThat(checker.check(credential(ISSUER.did, entry("revocation", i))).state())
                    .isEqualTo(StatusState.REVOKED);
        }
        for (long i : active) {
            assertThat(checker.check(credential(ISSUER.did, entry("revocation", i))).state())
                    .isEqualTo(StatusState.ACTIVE);
        }
    }

    @Test
    void indexGivenAsJsonNumber() {
        String list = ISSUER.sign(listCredential("revocation", revokedAt(94567)).build().toJson());
        ObjectNode status = (ObjectNode) entry("revocation", 0);
        status.put("statusListIndex", 94567);
        StatusCheck check = checkOne(list, status);
        assertThat(check.state()).isEqualTo(StatusState.REVOKED);
        assertThat(check.entries().get(0).statusListIndex()).hasValue(94567);
    }

    @Test
    void purposeMismatchIsInvalid() {
        String list = ISSUER.sign(listCredential("revocation", revokedAt(1)).build().toJson());
        StatusCheck check = checkOne(list, entry("suspension", 1));
        assertThat(check.state()).isEqualTo(StatusState.INVALID);
        assertThat(check.verdict()).isEqualTo(StatusVerdict.FAIL);
        assertThat(check.entries().get(0).problem()).contains(StatusProblem.PURPOSE_MISMATCH);
        assertThat(check.message()).startsWith("statusPurpose mismatch: entry says suspension, list says revocation");
    }

    @Test
    void tamperedEncodedListFailsTheListProof() {
        ObjectNode signed = (ObjectNode) org.microcred.core.json.Json.standard()
                .parse(ISSUER.sign(listCredential("revocation", revokedAt(94567)).build().toJson()));
        ((ObjectNode) signed.get("credentialSubject")).put("encodedList", revokedAt().encode());
        StatusCheck check = checkOne(text(signed), entry("revocation", 94567));
        assertThat(check.state()).isEqualTo(StatusState.INVALID);
        assertThat(check.verdict()).isEqualTo(StatusVerdict.FAIL);
        assertThat(check.entries().get(0).problem()).contains(StatusProblem.LIST_PROOF_INVALID);
        assertThat(check.message()).startsWith("the status list credential's proof does not verify: ");
    }

    @Test
    void unsignedListIsInvalid() {
        String unsigned = text(listCredential("revocation", revokedAt()).build().toJson());
        StatusCheck check = checkOne(unsigned, entry("revocation", 3));
        assertThat(check.state()).isEqualTo(StatusState.INVALID);
        assertThat(check.entries().get(0).problem()).contains(StatusProblem.LIST_PROOF_INVALID);
        assertThat(check.message()).contains("no proof");
    }

    @Test
    void listIssuedBySomeoneElseIsInvalid() {
        ObjectNode unsigned = listCredential("revocation", revokedAt()).issuer(OTHER.did).build().toJson();
        StatusCheck check = checkOne(OTHER.sign(unsigned), entry("revocation", 3));
        assertThat(check.state()).isEqualTo(StatusState.INVALID);
        assertThat(check.entries().get(0).problem()).contains(StatusProblem.LIST_ISSUER_MISMATCH);
        assertThat(check.message()).startsWith("the status list credential was issued by " + OTHER.did
                + ", not by the credential's issuer " + ISSUER.did);
    }

    @Test
    void aTrustedStatusServiceMaySpeakForTheIssuer() {
        ObjectNode unsigned = listCredential("revocation", revokedAt(3)).issuer(OTHER.did).build().toJson();
        StatusChecker trusting = checker(new CountingFetcher().put(LIST, OTHER.sign(unsigned))).toBuilder()
                .listIssuerPolicy(ListIssuerPolicy.trusting(java.util.Set.of(OTHER.did))).build();
        StatusCheck check = trusting.check(credential(ISSUER.did, entry("revocation", 3)));
        assertThat(check.state()).isEqualTo(StatusState.REVOKED);
        assertThat(check.entries().get(0).listIssuer()).contains(OTHER.did);
        org.junit.jupiter.api.Assertions.assertFalse(ListIssuerPolicy.sameIssuer().accepts(ISSUER.did, OTHER.did));
        org.junit.jupiter.api.Assertions.assertTrue(ListIssuerPolicy.sameIssuer().accepts(ISSUER.did, ISSUER.did));
    }

    @Test
    void unresolvableListKeyIsUnknownAndTheGivenResolverIsUsed() {
        String web = "did:web:example.edu";
        org.microcred.core.keys.SigningKey key = org.microcred.core.keys.SigningKeys.ed25519(ISSUER.pair, web + "#key-1");
        ObjectNode unsigned = listCredential("revocation", revokedAt(3)).issuer(web).build().toJson();
        String signed = StatusFixtures.EDDSA.secure(unsigned, key, StatusFixtures.options()).text();
        JsonNode vc = credential(web, entry("revocation", 3));

        StatusCheck offline = checker(new CountingFetcher().put(LIST, signed)).check(vc);
        assertThat(offline.state()).isEqualTo(StatusState.UNKNOWN);
        assertThat(offline.verdict()).isEqualTo(StatusVerdict.WARN);
        assertThat(offline.entries().get(0).problem()).contains(StatusProblem.LIST_KEY_UNRESOLVED);

        StatusChecker resolving = checker(new CountingFetcher().put(LIST, signed)).toBuilder()
                .keyResolver(org.microcred.core.proof.KeyResolver.fixed(web + "#key-1", ISSUER.pair.publicKey(), web))
                .build();
        assertThat(resolving.check(vc).state()).isEqualTo(StatusState.REVOKED);
    }

    @Test
    void issuerGivenAsAnObject() {
        ObjectNode unsigned = listCredential("revocation", revokedAt(3)).build().toJson();
        unsigned.putObject("issuer").put("id", ISSUER.did).put("type", "Profile");
        ObjectNode vc = credential(ISSUER.did, entry("revocation", 3));
        vc.putObject("issuer").put("id", ISSUER.did);
        String list = ISSUER.signJwt(unsigned);
        StatusCheck check = checker(new CountingFetcher().put(LIST, list)).check(vc);
        assertThat(check.state()).isEqualTo(StatusState.REVOKED);
    }

    @Test
    void listSignedWithAKeyThatIsNotTheListIssuersIsInvalid() {
        // Claims the credential's issuer, but is signed with another did:key.
        StatusCheck check = checkOne(OTHER.sign(listCredential("revocation", revokedAt()).build().toJson()),
                entry("revocation", 3));
        assertThat(check.state()).isEqualTo(StatusState.INVALID);
        assertThat(check.entries().get(0).problem()).contains(StatusProblem.LIST_KEY_NOT_ISSUERS);
        assertThat(check.message()).contains("signed with a key of " + OTHER.did + ", not of its issuer " + ISSUER.did);
    }

    @Test
    void expiredListCredentialIsUnknownAndFailsUnderStrict() {
        ObjectNode unsigned = listCredential("revocation", revokedAt())
                .validUntil(Instant.parse("2026-02-01T00:00:00Z")).build().toJson();
        String signed = ISSUER.sign(unsigned);
        StatusCheck check = checkOne(signed, entry("revocation", 3));
        assertThat(check.state()).isEqualTo(StatusState.UNKNOWN);
        assertThat(check.verdict()).isEqualTo(StatusVerdict.WARN);
        assertThat(check.entries().get(0).problem()).contains(StatusProblem.LIST_EXPIRED);
        assertThat(check.message()).contains("expired at 2026-02-01T00:00:00Z");

        StatusChecker strict = checker(new CountingFetcher().put(LIST, signed)).toBuilder().strict(true).build();
        StatusCheck strictCheck = strict.check(credential(ISSUER.did, entry("revocation", 3)));
        assertThat(strictCheck.verdict()).isEqualTo(StatusVerdict.FAIL);
        assertThat(strictCheck.state()).isEqualTo(StatusState.UNKNOWN);

        StatusChecker skewed = checker(new CountingFetcher().put(LIST, signed)).toBuilder()
                .clockSkew(Duration.ofDays(30)).build();
        assertThat(skewed.check(credential(ISSUER.did, entry("revocation", 3))).state()).isEqualTo(StatusState.ACTIVE);
    }

    @Test
    void listCredentialNotYetValidIsUnknown() {
        ObjectNode unsigned = listCredential("revocation", revokedAt())
                .validFrom(Instant.parse("2026-04-01T00:00:00Z")).build().toJson();
        StatusCheck check = checkOne(ISSUER.sign(unsigned), entry("revocation", 3));
        assertThat(check.state()).isEqualTo(StatusState.UNKNOWN);
        assertThat(check.entries().get(0).problem()).contains(StatusProblem.LIST_NOT_YET_VALID);
    }

    @Test
    void tooShortListIsInvalid() {
        ObjectNode unsigned = listCredential("revocation", revokedAt()).build().toJson();
        ((ObjectNode) unsigned.get("credentialSubject")).put("encodedList", StatusFixtures.encode(new byte[125]));
        StatusCheck check = checkOne(ISSUER.sign(unsigned), entry("revocation", 3));
        assertThat(check.state()).isEqualTo(StatusState.INVALID);
        assertThat(check.entries().get(0).problem()).contains(StatusProblem.LIST_TOO_SHORT);
        assertThat(check.message()).contains("1000 entries").contains("131072");
    }

    @Test
    void listOverTheSizeCapIsInvalid() {
        BitstringStatusList big = BitstringStatusList.create(BitstringStatusList.MINIMUM_ENTRIES * 2);
        String signed = ISSUER.sign(listCredential("revocation", big).build().toJson());
        StatusChecker capped = checker(new CountingFetcher().put(LIST, signed)).toBuilder()
                .maxListBytes(BitstringStatusList.MINIMUM_ENTRIES / 8).build();
        StatusCheck check = capped.check(credential(ISSUER.did, entry("revocation", 3)));
        assertThat(check.state()).isEqualTo(StatusState.INVALID);
        assertThat(check.entries().get(0).problem()).contains(StatusProblem.LIST_TOO_LARGE);
    }

    @Test
    void indexOutsideTheListIsInvalid() {
        String list = ISSUER.sign(listCredential("revocation", revokedAt()).build().toJson());
        StatusCheck check = checkOne(list, entry("revocation", 200000));
        assertThat(check.state()).isEqualTo(StatusState.INVALID);
        assertThat(check.entries().get(0).problem()).contains(StatusProblem.INDEX_OUT_OF_RANGE);
        assertThat(check.message()).startsWith("index 200000 is outside the list");
    }

    @Test
    void listNotPreloadedIsAWarningWithTheReasonAndAFailureUnderStrict() {
        CountingFetcher empty = new CountingFetcher();
        StatusCheck check = checker(empty).check(credential(ISSUER.did, entry("revocation", 3)));
        assertThat(check.state()).isEqualTo(StatusState.UNKNOWN);
        assertThat(check.verdict()).isEqualTo(StatusVerdict.WARN);
        assertThat(check.entries().get(0).problem()).contains(StatusProblem.LIST_UNREACHABLE);
        assertThat(check.message()).startsWith("status list " + LIST + " could not be fetched (NOT_PRELOADED)")
                .contains("treat the status as unknown");

        StatusChecker offline = StatusChecker.builder().clock(CLOCK).strict(true).build();
        StatusCheck strict = offline.check(credential(ISSUER.did, entry("revocation", 3)));
        assertThat(strict.verdict()).isEqualTo(StatusVerdict.FAIL);
        assertThat(strict.message()).contains("(NETWORK_DISABLED)").contains("strict status policy");
    }

    @Test
    void httpErrorsAndBrokenFetchersAreUnknownNotExceptions() {
        DocumentFetcher notFound = uri -> {
            throw new org.microcred.verify.fetch.FetchException(org.microcred.verify.fetch.FetchFailure.HTTP_STATUS,
                    uri, 404, "GET " + uri + " answered 404", null, null);
        };
        StatusCheck missing = StatusChecker.builder().fetcher(notFound).clock(CLOCK).build()
                .check(credential(ISSUER.did, entry("revocation", 3)));
        assertThat(missing.state()).isEqualTo(StatusState.UNKNOWN);
        assertThat(missing.message()).contains("(HTTP_STATUS)").contains("404");

        DocumentFetcher broken = uri -> {
            throw new IllegalStateException("connection pool closed");
        };
        StatusCheck failed = StatusChecker.builder().fetcher(broken).clock(CLOCK).build()
                .check(credential(ISSUER.did, entry("revocation", 3)));
        assertThat(failed.state()).isEqualTo(StatusState.UNKNOWN);
        assertThat(failed.message()).contains("connection pool closed");
    }

    @Test
    void refreshAndUninterpretedPurposes() {
        ObjectNode unsigned = BitstringStatusListCredential.builder().id(LIST).issuer(ISSUER.did)
                .statusPurpose("refresh").statusPurpose("archival").list(revokedAt(9)).build().toJson();
        StatusChecker checker = checker(new CountingFetcher().put(LIST, ISSUER.sign(unsigned)));
        StatusCheck refresh = checker.check(credential(ISSUER.did, entry("refresh", 9)));
        assertThat(refresh.state()).isEqualTo(StatusState.ACTIVE);
        assertThat(refresh.message()).startsWith("refresh advised: bit 9 of " + LIST + " is 1");
        StatusCheck archival = checker.check(credential(ISSUER.did, entry("archival", 9)));
        assertThat(archival.state()).isEqualTo(StatusState.UNKNOWN);
        assertThat(archival.entries().get(0).problem()).contains(StatusProblem.UNINTERPRETED_PURPOSE);
        assertThat(checker.check(credential(ISSUER.did, entry("archival", 8))).state()).isEqualTo(StatusState.ACTIVE);
    }

    @Test
    void entriesSharingAListFetchAndVerifyItOnce() {
        ObjectNode unsigned = BitstringStatusListCredential.builder().id(LIST).issuer(ISSUER.did)
                .statusPurpose("revocation").statusPurpose("suspension").list(revokedAt(40))
                .validFrom(Instant.parse("2026-01-01T00:00:00Z")).build().toJson();
        CountingFetcher fetcher = new CountingFetcher().put(LIST, ISSUER.sign(unsigned));
        ArrayNode statuses = F.arrayNode().add(entry("revocation", 41)).add(entry("suspension", 40));
        StatusCheck check = checker(fetcher).check(credential(ISSUER.did, statuses));
        assertThat(fetcher.count(LIST)).isEqualTo(1);
        assertThat(check.entries()).hasSize(2);
        assertThat(check.entries().get(0).state()).isEqualTo(StatusState.ACTIVE);
        assertThat(check.entries().get(1).state()).isEqualTo(StatusState.SUSPENDED);
        assertThat(check.state()).isEqualTo(StatusState.SUSPENDED);
        assertThat(check.message()).startsWith("credentialStatus[0]: not revoked").contains("; credentialStatus[1]: suspended");
    }

    @Test
    void jwtSecuredListCredential() {
        String jwt = ISSUER.signJwt(listCredential("revocation", revokedAt(94567)).build().toJson());
        assertThat(jwt).doesNotStartWith("{");
        StatusCheck revoked = checkOne(jwt, entry("revocation", 94567));
        assertThat(revoked.state()).isEqualTo(StatusState.REVOKED);
        StatusCheck active = checkOne(jwt, entry("revocation", 1));
        assertThat(active.state()).isEqualTo(StatusState.ACTIVE);
    }

    @Test
    void listServedUnderAnotherUrlThanItsIdIsInvalid() {
        String other = "https://example.edu/status/4";
        String list = ISSUER.sign(BitstringStatusListCredential.builder().id(other).issuer(ISSUER.did)
                .statusPurpose("revocation").list(revokedAt()).build().toJson());
        StatusCheck check = checkOne(list, entry("revocation", 3));
        assertThat(check.entries().get(0).problem()).contains(StatusProblem.LIST_ID_MISMATCH);
        assertThat(check.state()).isEqualTo(StatusState.INVALID);
    }

    @Test
    void malformedEntryIsInvalidAndNamesTheField() {
        ObjectNode status = (ObjectNode) entry("revocation", 0);
        status.put("statusListIndex", "-1");
        StatusCheck check = checkOne("{}", status);
        assertThat(check.state()).isEqualTo(StatusState.INVALID);
        assertThat(check.entries().get(0).problem()).contains(StatusProblem.MALFORMED_ENTRY);
        assertThat(check.message()).contains("credentialStatus.statusListIndex");
    }

    @Test
    void listThatIsNotAStatusListCredentialIsInvalid() {
        ObjectNode notAList = credential(ISSUER.did, null);
        notAList.put("id", LIST);
        notAList.putArray("type").add("VerifiableCredential");
        StatusCheck check = checkOne(ISSUER.sign(notAList), entry("revocation", 0));
        assertThat(check.state()).isEqualTo(StatusState.INVALID);
        assertThat(check.entries().get(0).problem()).contains(StatusProblem.MALFORMED_LIST);
        assertThat(checkOne("not json at all", entry("revocation", 0)).state()).isEqualTo(StatusState.INVALID);
    }

    // ------------------------------------------------------------------ other status types

    @Test
    void noCredentialStatusIsNotApplicable() {
        StatusCheck check = checker(new CountingFetcher()).check(credential(ISSUER.did, null));
        assertThat(check.state()).isEqualTo(StatusState.NOT_APPLICABLE);
        assertThat(check.verdict()).isEqualTo(StatusVerdict.SKIP);
        assertThat(check.entries()).isEmpty();
    }

    @Test
    void unsupportedStatusTypeIsAWarning() {
        ObjectNode status = F.objectNode().put("id", "https://example.edu/crl").put("type", "CredentialStatusList2017");
        StatusCheck check = checker(new CountingFetcher()).check(credential(ISSUER.did, status));
        assertThat(check.state()).isEqualTo(StatusState.UNKNOWN);
        assertThat(check.verdict()).isEqualTo(StatusVerdict.WARN);
        assertThat(check.message()).isEqualTo(
                "status type CredentialStatusList2017 is not supported; revocation could not be checked");
        StatusChecker strict = checker(new CountingFetcher()).toBuilder().strict(true).build();
        assertThat(strict.check(credential(ISSUER.did, status)).verdict()).isEqualTo(StatusVerdict.FAIL);
    }

    @Test
    void badInputNeverThrows() {
        StatusChecker checker = checker(new CountingFetcher());
        assertThat(checker.check(F.textNode("hello")).state()).isEqualTo(StatusState.INVALID);
        assertThat(checker.check(credential(ISSUER.did, F.textNode("x"))).state()).isEqualTo(StatusState.INVALID);
        assertThat(checker.check(credential(ISSUER.did, F.arrayNode().add(3))).state()).isEqualTo(StatusState.INVALID);
        assertThat(checker.check(credential(ISSUER.did, F.objectNode())).state()).isEqualTo(StatusState.INVALID);
        assertThat(checker.check(credential(ISSUER.did, F.arrayNode())).state())
                .isEqualTo(StatusState.NOT_APPLICABLE);
    }

    @Test
    void tooManyEntriesAreRefusedWithoutFetching() {
        ArrayNode statuses = F.arrayNode();
        for (int i = 0; i < StatusChecker.DEFAULT_MAX_ENTRIES + 1; i++) {
            statuses.add(BitstringStatusListEntry.builder().statusPurpose("revocation").statusListIndex(1)
                    .statusListCredential(LIST + "/" + i).build().toJson());
        }
        CountingFetcher fetcher = new CountingFetcher();
        StatusCheck check = checker(fetcher).check(credential(ISSUER.did, statuses));
        assertThat(check.state()).isEqualTo(StatusState.INVALID);
        assertThat(check.message()).contains("more than the 16");
        assertThat(fetcher.total()).isEqualTo(0);
        assertThat(checker(fetcher).toBuilder().maxEntries(17).build().check(credential(ISSUER.did, statuses))
                .entries()).hasSize(17);
    }

    @Test
    void concurrentChecksShareNothing() throws Exception {
        String list = ISSUER.sign(listCredential("revocation", revokedAt(5)).build().toJson());
        StatusChecker checker = checker(new CountingFetcher().put(LIST, list));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<StatusState>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                int index = 4 + i % 3;
                futures.add(pool.submit(() -> checker.check(credential(ISSUER.did, entry("revocation", index))).state()));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(4 + i % 3 == 5 ? StatusState.REVOKED : StatusState.ACTIVE);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void checkAtAnExplicitInstantUsesThatInstant() {
        ObjectNode unsigned = listCredential("revocation", revokedAt())
                .validUntil(Instant.parse("2026-02-01T00:00:00Z")).build().toJson();
        StatusChecker checker = checker(new CountingFetcher().put(LIST, ISSUER.sign(unsigned)));
        JsonNode vc = credential(ISSUER.did, entry("revocation", 3));
        assertThat(checker.check(vc, Instant.parse("2026-01-15T00:00:00Z")).state()).isEqualTo(StatusState.ACTIVE);
        assertThat(checker.check(vc, NOW).state()).isEqualTo(StatusState.UNKNOWN);
    }

    @Test
    void builderRejectsBadArguments() {
        assertThat(assertThrows(IllegalArgumentException.class, () -> StatusChecker.builder().maxListBytes(10))
                .getMessage()).contains("maxListBytes");
        assertThat(assertThrows(IllegalArgumentException.class,
                () -> StatusChecker.builder().clockSkew(Duration.ofSeconds(-1))).getMessage()).contains("clockSkew");
        assertThrows(NullPointerException.class, () -> StatusChecker.builder().fetcher(null));
        assertThrows(NullPointerException.class, () -> StatusChecker.builder().build().check(null));
        assertThat(StatusChecker.builder().fetcher(DocumentFetcher.none()).build().toString()).contains("strict=false");
    }
}
