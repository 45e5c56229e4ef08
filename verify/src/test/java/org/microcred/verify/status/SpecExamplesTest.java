package org.microcred.verify.status;

import static org.microcred.verify.status.Expect.assertThat;
import static org.microcred.verify.status.StatusFixtures.CLOCK;
import static org.microcred.verify.status.StatusFixtures.ISSUER;
import static org.microcred.verify.status.StatusFixtures.SUITES;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.microcred.core.json.Json;
import org.microcred.verify.status.StatusFixtures.CountingFetcher;

/**
 * The W3C Bitstring Status List examples (vectors/w3c-bitstring-status-list, extracted from BSL
 * index.html): the revocable credentials and the status-list credential with the spec's all-zero
 * 131,072-entry encodedList. The examples are unsigned and issued by did:example, so they are
 * checked as published (the list has no proof: INVALID) and re-issued by a did:key issuer with
 * their encodedList unchanged (the spec's list decodes, index 94567 reads 0).
 */
class SpecExamplesTest {

    static final String LIST_3 = "https://example.com/credentials/status/3";

    private static Path vectors() {
        String property = System.getProperty("microcred.vectors");
        Path base = property != null ? Path.of(property) : Path.of("../vectors");
        return base.resolve("w3c-bitstring-status-list");
    }

    private static ObjectNode read(String file) throws IOException {
        return (ObjectNode) Json.standard().parse(Files.readAllBytes(vectors().resolve(file)));
    }

    @Test
    void publishedExampleListHasNoProofSoItIsInvalid() throws IOException {
        ObjectNode credential = read("example-03-a-revocable-verifiable-credential.json");
        String list = StatusFixtures.text(read("example-02-example-bitstringstatuslistcredential.json"));
        StatusCheck check = StatusChecker.builder().fetcher(new CountingFetcher().put(LIST_3, list))
                .proofSuites(SUITES).clock(CLOCK).build().check(credential);
        assertThat(check.state()).isEqualTo(StatusState.INVALID);
        assertThat(check.entries().get(0).problem()).contains(StatusProblem.LIST_PROOF_INVALID);
    }

    @Test
    void reissuedExampleListReadsTheSpecEncodedList() throws IOException {
        ObjectNode credential = read("example-03-a-revocable-verifiable-credential.json");
        credential.put("issuer", ISSUER.did);
        ObjectNode list = read("example-02-example-bitstringstatuslistcredential.json");
        list.put("issuer", ISSUER.did);
        StatusCheck check = StatusChecker.builder().fetcher(new CountingFetcher().put(LIST_3, ISSUER.sign(list)))
                .proofSuites(SUITES).clock(CLOCK).build().check(credential);
        assertThat(check.state()).isEqualTo(StatusState.ACTIVE);
        assertThat(check.message()).isEqualTo("not revoked: bit 94567 of " + LIST_3 + " is 0 (statusPurpose revocation)");
    }

    @Test
    void twoListsOneUnavailable() throws IOException {
        ObjectNode credential = read("example-01-example-statuslistcredential-using-simple-entries.json");
        credential.put("issuer", ISSUER.did);
        ObjectNode list = read("example-02-example-bitstringstatuslistcredential.json");
        list.put("issuer", ISSUER.did);
        CountingFetcher fetcher = new CountingFetcher().put(LIST_3, ISSUER.sign(list));
        StatusCheck check = StatusChecker.builder().fetcher(fetcher).proofSuites(SUITES).clock(CLOCK).build()
                .check(credential);
        assertThat(check.entries()).hasSize(2);
        assertThat(check.entries().get(0).state()).isEqualTo(StatusState.ACTIVE);
        assertThat(check.entries().get(1).state()).isEqualTo(StatusState.UNKNOWN);
        assertThat(check.entries().get(1).statusPurpose()).contains("suspension");
        assertThat(check.state()).isEqualTo(StatusState.UNKNOWN);
        assertThat(check.verdict()).isEqualTo(StatusVerdict.WARN);
        assertThat(fetcher.total()).isEqualTo(2);
    }
}
