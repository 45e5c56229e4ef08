package org.microcred.core.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class BitstringStatusListEntryProperties {

    private static ObjectNode entry() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("type", "BitstringStatusListEntry");
        node.put("statusPurpose", "revocation");
        node.put("statusListCredential", "https://example.com/status/3");
        return node;
    }

    @Property
    void indexReadsTheSameAsStringAndAsNumber(@ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int index) {
        ObjectNode asString = entry().put("statusListIndex", Integer.toString(index));
        ObjectNode asNumber = entry().put("statusListIndex", index);
        BitstringStatusListEntry fromString = BitstringStatusListEntry.fromJson(asString);
        assertEquals(index, fromString.statusListIndex());
        assertEquals(fromString, BitstringStatusListEntry.fromJson(asNumber));
        assertEquals(asString, fromString.toJson());
    }

    @Property
    void indexesOutsideZeroToIntMaxAreRejected(@ForAll @LongRange(min = Long.MIN_VALUE, max = Long.MAX_VALUE) long index) {
        Assume.that(index < 0 || index > Integer.MAX_VALUE);
        assertEquals(StatusListError.MALFORMED_VALUE_ERROR, assertThrows(StatusListException.class,
                () -> BitstringStatusListEntry.fromJson(entry().put("statusListIndex", index))).error());
        assertEquals(StatusListError.MALFORMED_VALUE_ERROR, assertThrows(StatusListException.class,
                () -> BitstringStatusListEntry.fromJson(entry().put("statusListIndex", Long.toString(index)))).error());
    }

    @Property
    void stringsWithAnyNonDigitAreRejected(@ForAll @IntRange(min = 0, max = 1_000_000) int index,
            @ForAll char junk, @ForAll @IntRange(min = 0, max = 7) int position) {
        Assume.that(junk < '0' || junk > '9');
        String digits = Integer.toString(index);
        int at = Math.min(position, digits.length());
        String text = digits.substring(0, at) + junk + digits.substring(at);
        StatusListException e = assertThrows(StatusListException.class,
                () -> BitstringStatusListEntry.fromJson(entry().put("statusListIndex", text)));
        assertEquals(StatusListError.MALFORMED_VALUE_ERROR, e.error());
    }
}
