package org.microcred.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.microcred.core.MicrocredException;

class EncodingProperties {

    @Provide
    Arbitrary<byte[]> bytesWithLeadingZeros() {
        Arbitrary<byte[]> any = Arbitraries.bytes().array(byte[].class).ofMaxSize(80);
        return Arbitraries.integers().between(0, 5).flatMap(zeros -> any.map(tail -> {
            byte[] out = new byte[zeros + tail.length];
            System.arraycopy(tail, 0, out, zeros, tail.length);
            return out;
        }));
    }

    @Property
    void base58RoundTrips(@ForAll("bytesWithLeadingZeros") byte[] bytes) {
        String encoded = Base58.encode(bytes);
        assertArrayEquals(bytes, Base58.decode(encoded));
        int zeros = 0;
        while (zeros < bytes.length && bytes[zeros] == 0) {
            zeros++;
        }
        int ones = 0;
        while (ones < encoded.length() && encoded.charAt(ones) == '1') {
            ones++;
        }
        assertEquals(zeros, ones);
    }

    @Property
    void base64UrlRoundTrips(@ForAll @Size(max = 80) byte[] bytes) {
        assertArrayEquals(bytes, Base64Url.decode(Base64Url.encode(bytes)));
    }

    @Property
    void multibaseRoundTrips(@ForAll("bytesWithLeadingZeros") byte[] bytes, @ForAll Multibase.Base base) {
        assertArrayEquals(bytes, Multibase.decode(Multibase.encode(base, bytes)));
        assertArrayEquals(bytes, Multibase.decode(base, Multibase.encode(base, bytes)));
    }

    @Property
    void multicodecRoundTrips(@ForAll("codes") long code, @ForAll @Size(max = 40) byte[] payload) {
        Multicodec.Decoded d = Multicodec.decode(Multicodec.prefix(code, payload));
        assertEquals(code, d.code());
        assertArrayEquals(payload, d.payload());
    }

    @Provide
    Arbitrary<Long> codes() {
        return Arbitraries.longs().between(0, (1L << 62));
    }

    @Property
    void decodingArbitraryTextOnlyThrowsMicrocredException(@ForAll @Size(max = 120) String text) {
        decodeQuietly(() -> Base58.decode(text));
        decodeQuietly(() -> Base64Url.decode(text));
        decodeQuietly(() -> Multibase.decode(text));
        decodeQuietly(() -> Multibase.decode(Multibase.Base.BASE58BTC, text));
    }

    @Property
    void decodingArbitraryBytesOnlyThrowsMicrocredException(@ForAll @Size(max = 12) byte[] bytes) {
        decodeQuietly(() -> Multicodec.decode(bytes));
        decodeQuietly(() -> Multicodec.expect(bytes, Multicodec.ED25519_PUB, "ed25519-pub", 32));
    }

    static void decodeQuietly(Runnable call) {
        try {
            call.run();
        } catch (MicrocredException expected) {
            // the only exception allowed
        }
    }
}
