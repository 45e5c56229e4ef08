package org.microcred.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;

class EncodingTest {

    // draft-msporny-base58-03 §5 examples
    @ParameterizedTest
    @CsvSource({
        "Hello World!, 2NEpo7TZRRrLZSi2U",
        "The quick brown fox jumps over the lazy dog., USm3fpXnKG5EUBx2ndxBDMPVciP5hGey2Jh4NDv6gmeo1LkMeiKrLJUUBk6Z",
    })
    void base58KnownVectors(String text, String encoded) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        assertEquals(encoded, Base58.encode(bytes));
        assertArrayEquals(bytes, Base58.decode(encoded));
    }

    @Test
    void base58LeadingZeros() {
        assertEquals("1112", Base58.encode(new byte[] {0, 0, 0, 1}));
        assertArrayEquals(new byte[] {0, 0, 0x28, 0x7f, (byte) 0xb4, (byte) 0xcd}, Base58.decode("11233QC4"));
        assertEquals("11", Base58.encode(new byte[2]));
        assertArrayEquals(new byte[2], Base58.decode("11"));
        assertArrayEquals(new byte[0], Base58.decode(""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "0|'0' at index 0", "abcO|'O' at index 3", "I1|'I' at index 0", "zzl|'l' at index 2",
        "\"a b\"|U+0020 at index 1", "é|U+00E9 at index 0"})
    void base58RejectsCharactersOutsideTheAlphabet(String input, String shown) {
        MicrocredException e = assertThrows(MicrocredException.class, () -> Base58.decode(input));
        assertEquals(ErrorCode.INVALID_VALUE, e.code());
        assertTrue(e.getMessage().contains("invalid base58btc character " + shown), e.getMessage());
    }

    @Test
    void base58RejectsOverlongInput() {
        MicrocredException e = assertThrows(MicrocredException.class,
                () -> Base58.decode("2".repeat(Base58.MAX_ENCODED_LENGTH + 1)));
        assertEquals(ErrorCode.LIMIT_EXCEEDED, e.code());
    }

    @Test
    void base64UrlStrictness() {
        assertArrayEquals(new byte[] {(byte) 0xfb, (byte) 0xff}, Base64Url.decode("-_8"));
        assertEquals("-_8", Base64Url.encode(new byte[] {(byte) 0xfb, (byte) 0xff}));
        assertMessage(() -> Base64Url.decode("QQ=="), "padding '='");
        assertMessage(() -> Base64Url.decode("a+b/"), "invalid base64url character '+' at index 1");
        assertMessage(() -> Base64Url.decode("abcde"), "impossible length 5");
        assertMessage(() -> Base64Url.decode("QR"), "not canonical");
        assertArrayEquals(new byte[] {0x41}, Base64Url.decode("QQ"));
    }

    @Test
    void multibasePrefixes() {
        byte[] data = {0, 1, 2, (byte) 255};
        assertEquals("z" + Base58.encode(data), Multibase.encode(Multibase.Base.BASE58BTC, data));
        assertEquals("u" + Base64Url.encode(data), Multibase.encode(Multibase.Base.BASE64URL, data));
        assertArrayEquals(data, Multibase.decode("u" + Base64Url.encode(data)));
        assertMessage(() -> Multibase.decode("f00ff"), "unsupported multibase prefix 'f'; expected 'z' (base58btc) or 'u'");
        assertMessage(() -> Multibase.decode(""), "empty multibase value");
        assertMessage(() -> Multibase.decode(Multibase.Base.BASE58BTC, "uAAA"),
                "expected multibase prefix 'z' (base58btc) but the value starts with 'u'");
    }

    @Test
    void multicodecVarints() {
        assertArrayEquals(new byte[] {(byte) 0xed, 0x01}, Multicodec.varint(Multicodec.ED25519_PUB));
        assertArrayEquals(new byte[] {(byte) 0x80, 0x24}, Multicodec.varint(Multicodec.P256_PUB));
        assertArrayEquals(new byte[] {(byte) 0x80, 0x26}, Multicodec.varint(Multicodec.ED25519_PRIV));
        assertArrayEquals(new byte[] {(byte) 0x86, 0x26}, Multicodec.varint(Multicodec.P256_PRIV));
        Multicodec.Decoded d = Multicodec.decode(new byte[] {(byte) 0xed, 0x01, 7});
        assertEquals(0xed, d.code());
        assertArrayEquals(new byte[] {7}, d.payload());
        assertMessage(() -> Multicodec.decode(new byte[] {(byte) 0x81, 0x00}), "not minimally encoded");
        assertMessage(() -> Multicodec.decode(new byte[] {(byte) 0xed}), "truncated");
        assertMessage(() -> Multicodec.decode(new byte[0]), "empty");
        assertMessage(() -> Multicodec.expect(new byte[] {(byte) 0x80, 0x24, 1}, 0xed, "ed25519-pub", 32),
                "wrong multicodec header 0x8024 (code 0x1200); expected ed25519-pub 0xed01");
        assertMessage(() -> Multicodec.expect(new byte[] {(byte) 0xed, 0x01, 1}, 0xed, "ed25519-pub", 32),
                "ed25519-pub payload is 1 bytes; expected 32");
    }

    private static void assertMessage(org.junit.jupiter.api.function.Executable call, String expected) {
        MicrocredException e = assertThrows(MicrocredException.class, call);
        assertTrue(e.getMessage().contains(expected), () -> "message was: " + e.getMessage());
    }
}
