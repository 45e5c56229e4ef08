package org.microcred.core.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.microcred.core.ErrorCode;

class BitstringStatusListTest {

    static Stream<Path> listCredentialVectors() throws IOException {
        try (Stream<Path> files = Files.list(Vectors.dir())) {
            List<Path> found = files.filter(p -> p.toString().endsWith(".json")).filter(p -> {
                try {
                    return Files.readString(p).contains("encodedList");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).sorted().toList();
            assertTrue(found.size() >= 2, "spec examples with an encodedList: " + found);
            return found.stream();
        }
    }

    /** BSL examples 2 and 4: the all-zero 16 KB list. */
    @ParameterizedTest
    @MethodSource("listCredentialVectors")
    void specExampleDecodesTo131072ZeroBits(Path file) throws IOException {
        JsonNode credential = Vectors.json(file.getFileName().toString());
        BitstringStatusList list = StatusListSubject.fromCredential(credential).decode(1);
        assertEquals(131_072, list.size());
        assertEquals(16_384, list.toByteArray().length);
        assertEquals(0, list.countSet());
        assertEquals(0, list.status(94567));
        assertEquals(0, list.status(131_071));
    }

    @Test
    void bitOrderIsMostSignificantBitFirst() {
        BitstringStatusList list = BitstringStatusList.create(BitstringStatusList.MINIMUM_ENTRIES)
                .withStatus(0, 1).withStatus(9, 1).withStatus(23, 1);
        byte[] bytes = list.toByteArray();
        assertEquals((byte) 0x80, bytes[0]);
        assertEquals((byte) 0x40, bytes[1]);
        assertEquals((byte) 0x01, bytes[2]);

        byte[] hand = new byte[16_384];
        hand[0] = (byte) 0b1010_0000;
        hand[16_383] = 0x01;
        BitstringStatusList decoded = BitstringStatusList.fromBitstring(hand, 1);
        assertEquals(1, decoded.status(0));
        assertEquals(0, decoded.status(1));
        assertEquals(1, decoded.status(2));
        assertEquals(1, decoded.status(131_071));
        assertEquals(3, decoded.countSet());
    }

    @Test
    void multiBitEntriesAreReadMostSignificantBitFirst() {
        byte[] hand = new byte[2 * 16_384];
        hand[0] = (byte) 0b0110_0011; // entries 0..3 of 2 bits: 01 10 00 11
        BitstringStatusList list = BitstringStatusList.fromBitstring(hand, 2);
        assertEquals(131_072, list.size());
        assertEquals(1, list.status(0));
        assertEquals(2, list.status(1));
        assertEquals(0, list.status(2));
        assertEquals(3, list.status(3));

        BitstringStatusList eight = BitstringStatusList.create(BitstringStatusList.MINIMUM_ENTRIES, 8).withStatus(1, 0xA5);
        assertEquals((byte) 0xA5, eight.toByteArray()[1]);
        BitstringStatusList four = BitstringStatusList.create(BitstringStatusList.MINIMUM_ENTRIES, 4).withStatus(1, 0xC);
        assertEquals((byte) 0x0C, four.toByteArray()[0]);
    }

    @Test
    void withStatusReturnsACopyAndLeavesTheOriginalUnchanged() {
        BitstringStatusList empty = BitstringStatusList.create(BitstringStatusList.MINIMUM_ENTRIES);
        BitstringStatusList one = empty.withStatus(42, 1);
        assertNotSame(empty, one);
        assertEquals(0, empty.status(42));
        assertEquals(1, one.status(42));
        assertSame(one, one.withStatus(42, 1));
        assertEquals(empty, one.withStatus(42, 0));
    }

    @Test
    void builderSnapshotsAreIndependent() {
        BitstringStatusList.Builder builder = BitstringStatusList.builder(BitstringStatusList.MINIMUM_ENTRIES, 1);
        builder.set(5, 1);
        BitstringStatusList first = builder.build();
        builder.set(6, 1);
        assertEquals(1, first.countSet());
        assertEquals(2, builder.build().countSet());
    }

    @Test
    void creatingATooShortListIsRefused() {
        StatusListException e = assertThrows(StatusListException.class, () -> BitstringStatusList.create(1000));
        assertEquals(StatusListError.STATUS_LIST_LENGTH_ERROR, e.error());
        Check.contains(e.getMessage(), "STATUS_LIST_LENGTH_ERROR: ", "131072", "1000");
    }

    @Test
    void decodingATooShortListIsRejected() {
        String shortList = EncodedLists.encode(new byte[1024]);
        StatusListException e = assertThrows(StatusListException.class, () -> BitstringStatusList.decode(shortList));
        assertEquals(StatusListError.STATUS_LIST_LENGTH_ERROR, e.error());
        assertEquals(ErrorCode.INVALID_VALUE, e.code());
        Check.contains(e.getMessage(), "8192 entries");
        // 16 KB is enough for one-bit entries but not for 2-bit entries.
        String sixteenKb = EncodedLists.encode(new byte[16_384]);
        assertEquals(131_072, BitstringStatusList.decode(sixteenKb).size());
        StatusListException two = assertThrows(StatusListException.class, () -> BitstringStatusList.decode(sixteenKb, 2));
        assertEquals(StatusListError.STATUS_LIST_LENGTH_ERROR, two.error());
    }

    @Test
    void decompressionBombIsRejected() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 17; i++) {
                gzip.write(zeros);
            }
        }
        String bomb = "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
        assertTrue(bomb.length() < 40_000, "bomb size " + bomb.length());
        StatusListException e = assertThrows(StatusListException.class, () -> BitstringStatusList.decode(bomb));
        assertEquals(StatusListError.TOO_LARGE, e.error());
        assertEquals(ErrorCode.LIMIT_EXCEEDED, e.code());
        Check.contains(e.getMessage(), "more than 16777216 bytes", "decompression bomb");
        // A smaller cap applies too.
        String ok = BitstringStatusList.create(BitstringStatusList.MINIMUM_ENTRIES).encode();
        assertEquals(StatusListError.TOO_LARGE, assertThrows(StatusListException.class,
                () -> BitstringStatusList.decode(ok, 1, 16_383)).error());
        assertEquals(131_072, BitstringStatusList.decode(ok, 1, 16_384).size());
    }

    @Test
    void legacyStatusList2021FormIsAccepted() {
        BitstringStatusList list = BitstringStatusList.create(BitstringStatusList.MINIMUM_ENTRIES).withStatus(7, 1);
        String legacy = list.encodeStatusList2021();
        assertTrue(legacy.startsWith("H4sI"), legacy);
        assertEquals(list, BitstringStatusList.decode(legacy));
        String padded = legacy + "=".repeat((4 - legacy.length() % 4) % 4);
        assertEquals(list, BitstringStatusList.decode(padded));
        assertEquals("u" + legacy, list.encode());
    }

    @Test
    void malformedEncodingsAreRejectedWithReasons() {
        assertMalformed("zH4sIAAAA", StatusListError.ENCODING_ERROR, "neither multibase base64url");
        assertMalformed("", StatusListError.MALFORMED_VALUE_ERROR, "missing or empty");
        assertMalformed(null, StatusListError.MALFORMED_VALUE_ERROR, "missing or empty");
        assertMalformed("uH4sI+AAA", StatusListError.ENCODING_ERROR, "standard base64");
        assertMalformed("uH4sIAA==", StatusListError.ENCODING_ERROR, "padding");
        assertMalformed("uH4sIA", StatusListError.ENCODING_ERROR, "impossible base64url length");
        String notGzip = "u" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString("hello, not gzip".getBytes(StandardCharsets.UTF_8));
        assertMalformed(notGzip, StatusListError.ENCODING_ERROR, "not a valid GZIP stream");
        String full = BitstringStatusList.create(BitstringStatusList.MINIMUM_ENTRIES).encode();
        assertMalformed(full.substring(0, full.length() - 6), StatusListError.ENCODING_ERROR, "GZIP");
    }

    private static void assertMalformed(String encoded, StatusListError error, String messagePart) {
        StatusListException e = assertThrows(StatusListException.class, () -> BitstringStatusList.decode(encoded));
        assertEquals(error, e.error(), e.getMessage());
        Check.contains(e.getMessage(), messagePart);
    }

    @Test
    void outOfRangeIndexesAndValuesAreRangeErrors() {
        BitstringStatusList list = BitstringStatusList.create(BitstringStatusList.MINIMUM_ENTRIES, 2);
        for (long index : new long[] {-1, 131_072, Long.MAX_VALUE}) {
            StatusListException e = assertThrows(StatusListException.class, () -> list.status(index));
            assertEquals(StatusListError.RANGE_ERROR, e.error());
            Check.contains(e.getMessage(), "RANGE_ERROR: ", Long.toString(index));
        }
        StatusListException tooBig = assertThrows(StatusListException.class, () -> list.withStatus(3, 4));
        assertEquals(StatusListError.RANGE_ERROR, tooBig.error());
        Check.contains(tooBig.getMessage(), "does not fit in statusSize 2");
        assertEquals(StatusListError.RANGE_ERROR,
                assertThrows(StatusListException.class, () -> list.withStatus(3, -1)).error());
        assertThrows(IllegalArgumentException.class, () -> BitstringStatusList.create(BitstringStatusList.MINIMUM_ENTRIES, 0));
        assertThrows(IllegalArgumentException.class, () -> BitstringStatusList.create(BitstringStatusList.MINIMUM_ENTRIES, 17));
    }

    @Test
    void oversizedCreationIsRefused() {
        StatusListException e = assertThrows(StatusListException.class,
                () -> BitstringStatusList.create(Integer.MAX_VALUE, 8));
        assertEquals(StatusListError.TOO_LARGE, e.error());
        assertTrue(e.getMessage().contains("16777216"));
    }
}
