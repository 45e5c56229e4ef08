package org.microcred.core.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

class BitstringStatusListProperties {

    /** decode(encode(list)) holds exactly the statuses that were set, for every statusSize. */
    @Property(tries = 60)
    void encodeDecodeRoundTripKeepsExactlyTheSetStatuses(@ForAll("statuses") Tuple2<Integer, Map<Integer, Integer>> input) {
        int statusSize = input.get1();
        Map<Integer, Integer> statuses = input.get2();
        BitstringStatusList.Builder builder = BitstringStatusList.builder(BitstringStatusList.MINIMUM_ENTRIES, statusSize);
        statuses.forEach(builder::set);
        BitstringStatusList list = builder.build();

        BitstringStatusList decoded = BitstringStatusList.decode(list.encode(), statusSize);

        assertEquals(list, decoded);
        assertEquals(BitstringStatusList.MINIMUM_ENTRIES, decoded.size());
        long nonZero = statuses.values().stream().filter(v -> v != 0).count();
        assertEquals(nonZero, decoded.countSet());
        statuses.forEach((index, value) -> assertEquals((int) value, decoded.status(index), "index " + index));
    }

    @Provide
    Arbitrary<Tuple2<Integer, Map<Integer, Integer>>> statuses() {
        return Arbitraries.of(1, 2, 4, 8).flatMap(size -> {
            Arbitrary<Integer> index = Arbitraries.oneOf(
                    Arbitraries.integers().between(0, 31),
                    Arbitraries.integers().between(0, BitstringStatusList.MINIMUM_ENTRIES - 1),
                    Arbitraries.integers().between(BitstringStatusList.MINIMUM_ENTRIES - 32,
                            BitstringStatusList.MINIMUM_ENTRIES - 1));
            Arbitrary<Integer> value = Arbitraries.integers().between(0, (1 << size) - 1);
            return Combinators.combine(Arbitraries.just(size), Arbitraries.maps(index, value).ofMaxSize(200))
                    .as(Tuple::of);
        });
    }

    /** Setting one entry never changes any other entry. */
    @Property(tries = 200)
    void settingOneEntryLeavesTheOthers(@ForAll("sizes") int statusSize,
            @ForAll("indexes") int a, @ForAll("indexes") int b) {
        BitstringStatusList list = BitstringStatusList.create(BitstringStatusList.MINIMUM_ENTRIES, statusSize)
                .withStatus(a, (1 << statusSize) - 1);
        if (a != b) {
            assertEquals(0, list.status(b));
        }
        assertEquals(1, list.countSet());
    }

    @Provide
    Arbitrary<Integer> sizes() {
        return Arbitraries.of(1, 2, 3, 4, 8, 16);
    }

    @Provide
    Arbitrary<Integer> indexes() {
        return Arbitraries.integers().between(0, BitstringStatusList.MINIMUM_ENTRIES - 1);
    }
}
