package org.microcred.verify.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.microcred.verify.status.StatusFixtures.CLOCK;
import static org.microcred.verify.status.StatusFixtures.ISSUER;
import static org.microcred.verify.status.StatusFixtures.SUITES;
import static org.microcred.verify.status.StatusFixtures.credential;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Provide;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.microcred.core.status.BitstringStatusList;
import org.microcred.core.status.BitstringStatusListCredential;
import org.microcred.core.status.BitstringStatusListEntry;
import org.microcred.verify.status.StatusFixtures.CountingFetcher;

/** Properties of the status checker against lists built with core.status. */
class StatusCheckerProperties {

    static final String LIST = "https://example.edu/status/property";

    /**
     * For an arbitrary set of revoked indexes, a credential is REVOKED exactly when its index is in
     * the set: every revoked index, and the neighbours of each (the MSB-first bit order and the
     * index arithmetic are where implementations slip), and a few arbitrary others. The list is a
     * VC-JWT so each try signs cheaply.
     */
    @Property(tries = 40)
    void revokedExactlyForTheRevokedIndexes(
            @ForAll @Size(max = 12) Set<@IntRange(min = 0, max = 131_071) Integer> revoked,
            @ForAll @Size(max = 6) List<@IntRange(min = 0, max = 131_071) Integer> others) {
        BitstringStatusList.Builder bits = BitstringStatusList.builder(BitstringStatusList.MINIMUM_ENTRIES, 1);
        revoked.forEach(i -> bits.set(i, 1));
        String jwt = ISSUER.signJwt(BitstringStatusListCredential.builder().id(LIST).issuer(ISSUER.did)
                .statusPurpose("revocation").list(bits.build()).validFrom(Instant.parse("2026-01-01T00:00:00Z"))
                .build().toJson());
        CountingFetcher fetcher = new CountingFetcher().put(LIST, jwt);
        StatusChecker checker = StatusChecker.builder().fetcher(fetcher).proofSuites(SUITES).clock(CLOCK)
                .maxEntries(64).build();

        List<Integer> probes = new ArrayList<>(others);
        for (int i : revoked) {
            probes.add(i);
            if (i > 0) {
                probes.add(i - 1);
            }
            if (i < 131_071) {
                probes.add(i + 1);
            }
        }
        ArrayNode entries = JsonNodeFactory.instance.arrayNode();
        for (int index : probes) {
            entries.add(BitstringStatusListEntry.builder().statusPurpose("revocation").statusListIndex(index)
                    .statusListCredential(LIST).build().toJson());
        }
        if (probes.isEmpty()) {
            return;
        }
        StatusCheck check = checker.check(credential(ISSUER.did, entries));
        for (int n = 0; n < probes.size(); n++) {
            int index = probes.get(n);
            StatusState expected = revoked.contains(index) ? StatusState.REVOKED : StatusState.ACTIVE;
            assertEquals(expected, check.entries().get(n).state(), () -> "index " + index);
        }
        assertEquals(1, fetcher.total(), "one list, fetched once per check");
        boolean anyRevoked = probes.stream().anyMatch(revoked::contains);
        assertEquals(anyRevoked ? StatusState.REVOKED : StatusState.ACTIVE, check.state());
    }

    /**
     * With no list obtainable, no credentialStatus — however it is shaped — ever passes, and the
     * check never throws.
     */
    @Property(tries = 200)
    void withoutAnyListNothingPasses(@ForAll("statuses") JsonNode status) {
        StatusChecker checker = StatusChecker.builder().clock(CLOCK).build();
        StatusCheck check = checker.check(credential(ISSUER.did, status));
        if (check.state() == StatusState.NOT_APPLICABLE) {
            assertEquals(StatusVerdict.SKIP, check.verdict());
            return;
        }
        org.junit.jupiter.api.Assertions.assertNotEquals(StatusVerdict.PASS, check.verdict(), check::toString);
        org.junit.jupiter.api.Assertions.assertFalse(check.message().isEmpty());
    }

    @Provide
    Arbitrary<JsonNode> statuses() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        Arbitrary<String> types = Arbitraries.of("BitstringStatusListEntry", "StatusList2021Entry",
                "1EdTechRevocationList", "Other", "");
        Arbitrary<JsonNode> scalars = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12).map(f::textNode),
                Arbitraries.integers().between(-5, 300_000).map(f::numberNode),
                Arbitraries.of(f.nullNode(), f.booleanNode(true)));
        Arbitrary<JsonNode> entry = net.jqwik.api.Combinators.combine(types, scalars, scalars, scalars,
                Arbitraries.of("https://example.edu/l", "relative", "")).as((type, index, purpose, size, url) -> {
                    ObjectNode o = f.objectNode();
                    if (!type.isEmpty()) {
                        o.put("type", type);
                    }
                    o.set("statusListIndex", index);
                    o.set("statusPurpose", purpose);
                    o.set("statusSize", size);
                    o.put("statusListCredential", url);
                    o.put("id", url);
                    return (JsonNode) o;
                });
        return Arbitraries.oneOf(entry, scalars,
                entry.list().ofMaxSize(3).map(l -> {
                    ArrayNode a = f.arrayNode();
                    l.forEach(a::add);
                    return (JsonNode) a;
                }));
    }
}
