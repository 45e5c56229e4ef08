package org.microcred.core.bake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcred.core.bake.TestImages.chunk;
import static org.microcred.core.bake.TestImages.iTextData;
import static org.microcred.core.bake.TestImages.insertAfterIhdr;
import static org.microcred.core.bake.TestImages.textData;
import static org.microcred.core.bake.TestImages.utf8;
import static org.microcred.core.bake.TestImages.zTextData;
import static org.microcred.core.bake.TestImages.zlib;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;
import org.microcred.core.bake.TestImages.RawChunk;

class BadgeBakerPngTest {

    static final String JSON = """
            {"@context":["https://www.w3.org/ns/credentials/v2","https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],\
            "id":"urn:uuid:7d2b4ad0-1f52-4b4d-9b8b-3c4d5e6f7a8b","type":["VerifiableCredential","OpenBadgeCredential"],\
            "issuer":{"id":"did:example:issuer","type":["Profile"],"name":"Écrins Université — 山"},\
            "validFrom":"2026-01-01T00:00:00Z","credentialSubject":{"type":["AchievementSubject"],\
            "achievement":{"id":"urn:example:a","type":["Achievement"],"name":"Glacier safety ❄"}}}""";
    static final String JWS = "eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCJ9"
            + ".eyJpc3MiOiJkaWQ6ZXhhbXBsZTppc3N1ZXIiLCJqdGkiOiJ1cm46dXVpZDoxIn0"
            + ".MEUCIQDx3n2Uq9Zb5m4l0tQ8yXb2Hc3Q1J7p1oZt9Vd8Kk3pSAIgRm6p3o1Q2r4s5t6u7v8w9x0y1z2A3B4C5D6E7F8G9H0";

    private final BadgeBaker baker = BadgeBaker.standard();
    private final byte[] png = TestImages.badgePng(64);

    @Test
    void bakesJsonIntoAnItxtChunkRightAfterIhdrAndUnbakesIt() {
        byte[] baked = baker.bake(png, JSON);

        List<RawChunk> chunks = TestImages.chunks(baked);
        assertEquals("IHDR", chunks.get(0).type());
        RawChunk itxt = chunks.get(1);
        assertEquals("iTXt", itxt.type());
        assertEquals("openbadgecredential", itxt.keyword());
        byte[] data = itxt.data();
        int k = "openbadgecredential".length();
        assertArrayEquals(new byte[] {0, 0, 0, 0, 0}, Arrays.copyOfRange(data, k, k + 5),
                "NUL, compression flag 0, method 0, empty language tag, empty translated keyword");
        assertEquals(JSON, new String(data, k + 5, data.length - k - 5, StandardCharsets.UTF_8));
        for (RawChunk c : chunks) {
            assertEquals(c.storedCrc(), c.computedCrc(), "CRC of " + c.type() + " at " + c.offset());
        }
        assertEquals("IEND", chunks.get(chunks.size() - 1).type());
        assertEquals(baked.length, png.length + 12 + data.length, "nothing else changed in size");

        BakedCredential credential = baker.unbake(baked).orElseThrow();
        assertEquals(JSON, credential.text());
        assertEquals(BadgeSpec.OB3, credential.spec());
        assertEquals(ImageFormat.PNG, credential.imageFormat());
        assertEquals(PayloadKind.JSON, credential.payloadKind());
    }

    @Test
    void bakedImageStillDecodesToTheSamePixels() {
        byte[] baked = baker.bake(png, JSON);
        BufferedImage before = TestImages.decode(png);
        BufferedImage after = TestImages.decode(baked);
        assertNotNull(after, "ImageIO must still read the baked PNG");
        assertEquals(64, after.getWidth());
        assertEquals(64, after.getHeight());
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                assertEquals(before.getRGB(x, y), after.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void roundTripsACompactJws() {
        BakedCredential credential = baker.unbake(baker.bake(png, JWS)).orElseThrow();
        assertEquals(JWS, credential.text());
        assertEquals(PayloadKind.JWS, credential.payloadKind());
    }

    @Test
    void rebakingReplacesTheCredentialInsteadOfAddingASecond() {
        byte[] once = baker.bake(png, JSON);
        byte[] twice = baker.bake(once, JWS);
        long carriers = TestImages.chunks(twice).stream()
                .filter(c -> c.type().equals("iTXt") && c.keyword().equals("openbadgecredential"))
                .count();
        assertEquals(1, carriers);
        assertEquals(JWS, baker.unbake(twice).orElseThrow().text());
        assertEquals(png.length, baker.bake(twice, JSON).length - (once.length - png.length));
        assertArrayEquals(once, baker.bake(twice, JSON), "baking is deterministic and idempotent");
    }

    @Test
    void ob2BakingUsesTheOpenbadgesKeyword() {
        byte[] baked = baker.bake(png, JSON, BadgeSpec.OB2);
        assertEquals("openbadges", TestImages.chunks(baked).get(1).keyword());
        BakedCredential credential = baker.unbake(baked).orElseThrow();
        assertEquals(BadgeSpec.OB2, credential.spec());
        assertEquals(JSON, credential.text());
        String url = "https://example.org/assertions/123";
        assertEquals(PayloadKind.URL,
                baker.unbake(baker.bake(baked, url, BadgeSpec.OB2)).orElseThrow().payloadKind());
    }

    @Test
    void anImageWithBothGenerationsYieldsTheOb3Credential() {
        byte[] both = baker.bake(baker.bake(png, "https://example.org/a/1", BadgeSpec.OB2), JWS);
        BakedCredential credential = baker.unbake(both).orElseThrow();
        assertEquals(BadgeSpec.OB3, credential.spec());
        assertEquals(JWS, credential.text());
    }

    @Test
    void readsALegacyTextChunkWithAHostedAssertionUrl() {
        String url = "https://badges.example.org/assertions/42.json";
        byte[] legacy = insertAfterIhdr(png, chunk("tEXt", textData("openbadges", url)));
        assertNotNull(TestImages.decode(legacy));
        BakedCredential credential = baker.unbake(legacy).orElseThrow();
        assertEquals(url, credential.text());
        assertEquals(BadgeSpec.OB2, credential.spec());
        assertEquals(PayloadKind.URL, credential.payloadKind());
    }

    @Test
    void readsALegacyCompressedTextChunk() {
        String json = "{\"type\":\"Assertion\",\"id\":\"https://example.org/a/1\"}";
        byte[] legacy = insertAfterIhdr(png, chunk("zTXt", zTextData("openbadges", utf8(json))));
        assertEquals(json, baker.unbake(legacy).orElseThrow().text());
    }

    @Test
    void acceptsACompressedItxtCarrierWhenReading() {
        byte[] data = iTextData("openbadgecredential", 1, "en", "Credential", zlib(utf8(JSON)));
        byte[] image = insertAfterIhdr(png, chunk("iTXt", data));
        assertEquals(JSON, baker.unbake(image).orElseThrow().text());
    }

    @Test
    void ignoresOtherTextChunks() {
        byte[] image = insertAfterIhdr(png, chunk("tEXt", textData("Software", "Microcred tests")),
                chunk("iTXt", iTextData("openbadgecredentialx", 0, "", "", utf8(JSON))));
        assertEquals(Optional.empty(), baker.unbake(image));
        assertEquals(Optional.empty(), baker.unbake(png));
    }

    @Test
    void keepsBytesAfterIend() {
        byte[] trailer = utf8("trailing");
        byte[] withTrailer = TestImages.concat(png, trailer);
        byte[] baked = baker.bake(withTrailer, JSON);
        assertArrayEquals(trailer, Arrays.copyOfRange(baked, baked.length - trailer.length, baked.length));
        assertEquals(JSON, baker.unbake(baked).orElseThrow().text());
    }

    @Test
    void sampleBadgeResourceIsARealPngWithoutCredential() {
        byte[] sample = TestImages.resource("sample-badge.png");
        assertEquals(128, TestImages.decode(sample).getWidth());
        assertEquals(Optional.empty(), baker.unbake(sample));
        assertEquals(JSON, baker.unbake(baker.bake(sample, JSON)).orElseThrow().text());
    }

    // ---- negative cases ----

    private static MicrocredException invalid(ErrorCode code, Runnable action) {
        MicrocredException e = assertThrows(MicrocredException.class, action::run);
        assertEquals(code, e.code(), e.getMessage());
        return e;
    }

    private void assertImageInvalid(byte[] image, String expectedMessagePart) {
        MicrocredException e = invalid(ErrorCode.IMAGE_INVALID, () -> baker.unbake(image));
        assertTrue(e.getMessage().contains(expectedMessagePart),
                "message '" + e.getMessage() + "' should contain '" + expectedMessagePart + "'");
    }

    @Test
    void rejectsBytesThatAreNeitherPngNorSvg() {
        assertImageInvalid(utf8("GIF89a\u0001\u0000"), "not a PNG or SVG image");
        assertImageInvalid(new byte[0], "not a PNG or SVG image");
        invalid(ErrorCode.IMAGE_INVALID, () -> baker.bake(utf8("{\"not\":\"an image\"}"), JSON));
    }

    @Test
    void rejectsATruncatedChunk() {
        byte[] baked = baker.bake(png, JSON);
        assertImageInvalid(Arrays.copyOf(baked, baked.length - 100), "truncated chunk 'IDAT'");
        assertImageInvalid(Arrays.copyOf(baked, 33 + 40), "chunk 'iTXt' at offset 33 declares length");
        assertImageInvalid(Arrays.copyOf(baked, 37), "truncated chunk at offset 33");
        assertImageInvalid(Arrays.copyOf(baked, baked.length - 12), "without an IEND chunk");
    }

    @Test
    void rejectsACrcMismatch() {
        byte[] baked = baker.bake(png, JSON);
        baked[33 + 8 + 30] ^= 0x01;
        assertImageInvalid(baked, "CRC mismatch in chunk 'iTXt' at offset 33");
    }

    @Test
    void rejectsAChunkLengthOverTheFileSize() {
        byte[] baked = baker.bake(png, JSON);
        baked[33] = 0x10;
        assertImageInvalid(baked, "declares length 268435");
        assertImageInvalid(baked, "over the file size");
    }

    @Test
    void rejectsAFirstChunkOtherThanIhdr() {
        byte[] image = TestImages.concat(Arrays.copyOf(png, 8), chunk("tEXt", textData("a", "b")),
                Arrays.copyOfRange(png, 8, png.length));
        assertImageInvalid(image, "the first chunk is 'tEXt', expected a 13-byte IHDR");
    }

    @Test
    void rejectsTwoCredentialChunks() {
        byte[] image = insertAfterIhdr(png,
                chunk("iTXt", iTextData("openbadgecredential", 0, "", "", utf8(JSON))),
                chunk("iTXt", iTextData("openbadgecredential", 0, "", "", utf8(JWS))));
        assertImageInvalid(image, "image carries 2 credentials; a baked badge must carry exactly one");
        byte[] ob2 = insertAfterIhdr(png, chunk("tEXt", textData("openbadges", "https://e.org/1")),
                chunk("iTXt", iTextData("openbadges", 0, "", "", utf8(JSON))));
        assertImageInvalid(ob2, "image carries 2 credentials");
    }

    @Test
    void rejectsInvalidUtf8InTheText() {
        byte[] text = TestImages.concat(utf8("{\"name\":\""), new byte[] {(byte) 0xC3, 0x28}, utf8("\"}"));
        byte[] image = insertAfterIhdr(png, chunk("iTXt", iTextData("openbadgecredential", 0, "", "", text)));
        assertImageInvalid(image, "iTXt chunk 'openbadgecredential' at offset 33: text is not valid UTF-8");
    }

    @Test
    void rejectsZipBombs() {
        byte[] zeros = new byte[11 * 1024 * 1024];
        byte[] bomb = insertAfterIhdr(png, chunk("zTXt", zTextData("openbadges", zeros)));
        assertTrue(bomb.length < 100_000, "the bomb is small: " + bomb.length);
        assertImageInvalid(bomb, "inflates to more than 10485760 bytes");
        byte[] itxtBomb = insertAfterIhdr(png,
                chunk("iTXt", iTextData("openbadgecredential", 1, "", "", zlib(zeros))));
        assertImageInvalid(itxtBomb, "inflates to more than 10485760 bytes");
        BadgeBaker small = BadgeBaker.builder().maxInflatedBytes(1000).build();
        byte[] modest = insertAfterIhdr(png, chunk("zTXt", zTextData("openbadges", new byte[1001])));
        MicrocredException e = invalid(ErrorCode.IMAGE_INVALID, () -> small.unbake(modest));
        assertTrue(e.getMessage().contains("more than 1000 bytes"), e.getMessage());
    }

    @Test
    void rejectsCorruptCompressedText() {
        byte[] image = insertAfterIhdr(png,
                chunk("iTXt", iTextData("openbadgecredential", 1, "", "", utf8("not zlib at all"))));
        assertImageInvalid(image, "compressed text is not valid zlib data");
        byte[] truncated = zlib(utf8(JSON));
        byte[] image2 = insertAfterIhdr(png, chunk("iTXt", iTextData("openbadgecredential", 1, "", "",
                Arrays.copyOf(truncated, truncated.length / 2))));
        assertImageInvalid(image2, "compressed text is truncated");
        byte[] image3 = insertAfterIhdr(png,
                chunk("iTXt", iTextData("openbadgecredential", 2, "", "", utf8(JSON))));
        assertImageInvalid(image3, "unknown compression flag 2");
    }

    @Test
    void rejectsImagesOverTheSizeCap() {
        BadgeBaker tiny = BadgeBaker.builder().maxImageBytes(1024).build();
        assertTrue(png.length > 1024);
        MicrocredException e = invalid(ErrorCode.IMAGE_INVALID, () -> tiny.unbake(png));
        assertTrue(e.getMessage().contains("over the limit of 1024 bytes"), e.getMessage());
        invalid(ErrorCode.IMAGE_INVALID, () -> tiny.bake(png, JSON));
    }

    @Test
    void rejectsCarrierTextThatIsNotACredential() {
        byte[] empty = insertAfterIhdr(png, chunk("iTXt", iTextData("openbadgecredential", 0, "", "", utf8("  "))));
        assertImageInvalid(empty, "is empty");
        byte[] prose = insertAfterIhdr(png,
                chunk("iTXt", iTextData("openbadgecredential", 0, "", "", utf8("hello world"))));
        assertImageInvalid(prose, "is neither a JSON object, a compact JWS nor an http(s) URL");
        byte[] unterminated = insertAfterIhdr(png, chunk("iTXt", utf8("openbadgecredential\0\0\0en")));
        assertImageInvalid(unterminated, "language tag or translated keyword is not terminated");
    }

    @Test
    void refusesToBakeTextThatIsNotACredential() {
        invalid(ErrorCode.INVALID_VALUE, () -> baker.bake(png, "hello"));
        invalid(ErrorCode.INVALID_VALUE, () -> baker.bake(png, "https://example.org/a/1"));
        invalid(ErrorCode.JSON_MALFORMED, () -> baker.bake(png, "{\"a\":}"));
        invalid(ErrorCode.INVALID_VALUE, () -> baker.bake(png, "{\"a\":\"\uD800\"}"));
        invalid(ErrorCode.INVALID_VALUE, () -> baker.bake(png, "{\"a\":\"\u0000\"}"));
    }

    @Test
    void builderRejectsNonPositiveLimits() {
        assertThrows(IllegalArgumentException.class, () -> BadgeBaker.builder().maxImageBytes(0));
        assertThrows(IllegalArgumentException.class, () -> BadgeBaker.builder().maxInflatedBytes(-1));
    }
}
