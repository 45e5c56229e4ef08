package org.microcred.core.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.microcred.core.MicrocredException;

/**
 * Round trips for arbitrary credential text, and robustness: whatever bytes reach {@code unbake}
 * (or {@code bake}), the only exception is a {@link MicrocredException}.
 */
class BadgeBakerProperties {

    private static final BadgeBaker BAKER = BadgeBaker.standard();
    private static final byte[] PNG = TestImages.badgePng(16);
    private static final byte[] SVG = TestImages.SVG_BADGE.getBytes(StandardCharsets.UTF_8);

    /** A JSON string literal: escapes what JSON must and what XML cannot carry, keeps other Unicode raw. */
    static String jsonString(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean lone = Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1)));
            if (Character.isHighSurrogate(c) && !lone) {
                sb.append(c).append(s.charAt(++i));
            } else if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || lone || c == 0xFFFE || c == 0xFFFF) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<String> codePoints = Arbitraries.integers().between(0, 0x10FFFF)
                .filter(cp -> cp < 0xD800 || cp > 0xDFFF)
                .list().ofMaxSize(40)
                .map(list -> {
                    StringBuilder sb = new StringBuilder();
                    list.forEach(sb::appendCodePoint);
                    return sb.toString();
                });
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(60), codePoints,
                Arbitraries.of("]]>", "<![CDATA[", "&amp;", "\r\n", "é山❄😀", "\u0000"));
    }

    @Provide
    Arbitrary<String> credentials() {
        Arbitrary<String> json = anyText().map(s -> "{\"name\":" + jsonString(s) + ",\"n\":1}");
        Arbitrary<String> segment = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
                .withCharRange('0', '9').withChars('-', '_').ofMinLength(1).ofMaxLength(80);
        Arbitrary<String> jws = Combinators.combine(segment, segment, segment)
                .as((h, p, s) -> h + "." + p + "." + s);
        return Arbitraries.oneOf(json, jws);
    }

    @Property
    void pngRoundTripsAnyCredential(@ForAll("credentials") String credential) {
        byte[] baked = BAKER.bake(PNG, credential);
        BakedCredential result = BAKER.unbake(baked).orElseThrow();
        assertEquals(credential, result.text());
        assertEquals(ImageFormat.PNG, result.imageFormat());
        TestImages.chunks(baked).forEach(c -> assertEquals(c.storedCrc(), c.computedCrc()));
    }

    @Property(tries = 200)
    void bakedPngStillDecodes(@ForAll("credentials") String credential) {
        assertNotNull(TestImages.decode(BAKER.bake(PNG, credential)));
    }

    @Property
    void svgRoundTripsAnyCredential(@ForAll("credentials") String credential) {
        byte[] baked = BAKER.bake(SVG, credential);
        BakedCredential result = BAKER.unbake(baked).orElseThrow();
        assertEquals(credential, result.text());
        assertEquals(ImageFormat.SVG, result.imageFormat());
        assertEquals(1, BadgeBakerSvgTest.dom(baked)
                .getElementsByTagNameNS(BadgeSpec.OB3.svgNamespace(), "credential").getLength());
    }

    @Property
    void rebakingKeepsExactlyOneCredential(@ForAll("credentials") String first,
            @ForAll("credentials") String second) {
        assertEquals(second, BAKER.unbake(BAKER.bake(BAKER.bake(PNG, first), second)).orElseThrow().text());
        assertEquals(second, BAKER.unbake(BAKER.bake(BAKER.bake(SVG, first), second)).orElseThrow().text());
    }

    /** Runs unbake and, when that succeeds, bake; only MicrocredException may escape. */
    private static void onlyMicrocredExceptions(byte[] image) {
        try {
            Optional<BakedCredential> result = BAKER.unbake(image);
            result.ifPresent(c -> assertEquals(c.text().strip(), c.text()));
        } catch (MicrocredException expected) {
            return;
        }
        try {
            BAKER.bake(image, "{\"a\":1}");
        } catch (MicrocredException expected) {
            // a readable image may still be unbakeable, e.g. an SVG in another encoding
        }
    }

    @Property
    void arbitraryBytesOnlyEverFailWithMicrocredException(@ForAll @Size(max = 300) byte[] bytes,
            @ForAll("prefixes") byte[] prefix) {
        byte[] image = TestImages.concat(prefix, bytes);
        onlyMicrocredExceptions(image);
    }

    @Provide
    Arbitrary<byte[]> prefixes() {
        return Arbitraries.of(new byte[0], Arrays.copyOf(PNG, 8), Arrays.copyOf(PNG, 33),
                "<svg xmlns='http://www.w3.org/2000/svg'>".getBytes(StandardCharsets.UTF_8),
                "<?xml version='1.0' encoding='UTF-16'?>".getBytes(StandardCharsets.UTF_8));
    }

    @Property
    void mutatedBakedPngsOnlyEverFailWithMicrocredException(@ForAll("credentials") String credential,
            @ForAll("mutations") List<int[]> mutations, @ForAll("fractions") double keep) {
        byte[] baked = BAKER.bake(PNG, credential);
        for (int[] m : mutations) {
            int at = Math.floorMod(m[0], baked.length);
            baked[at] = (byte) (baked[at] ^ m[1]);
        }
        onlyMicrocredExceptions(Arrays.copyOf(baked, (int) Math.ceil(baked.length * keep)));
    }

    @Property
    void mutatedBakedSvgsOnlyEverFailWithMicrocredException(@ForAll("credentials") String credential,
            @ForAll("mutations") List<int[]> mutations, @ForAll("fractions") double keep) {
        byte[] baked = BAKER.bake(SVG, credential);
        for (int[] m : mutations) {
            int at = Math.floorMod(m[0], baked.length);
            baked[at] = (byte) (baked[at] ^ m[1]);
        }
        onlyMicrocredExceptions(Arrays.copyOf(baked, (int) Math.ceil(baked.length * keep)));
    }

    @Provide
    Arbitrary<List<int[]>> mutations() {
        return Combinators.combine(Arbitraries.integers(), Arbitraries.integers().between(1, 255))
                .as((at, mask) -> new int[] {at, mask})
                .list().ofMaxSize(4);
    }

    @Provide
    Arbitrary<Double> fractions() {
        return Arbitraries.oneOf(Arbitraries.just(1.0), Arbitraries.doubles().between(0.0, 1.0));
    }

    @Property
    void arbitraryStringsAsSvgOnlyEverFailWithMicrocredException(@ForAll("svgish") String text) {
        onlyMicrocredExceptions(text.getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<String> svgish() {
        Arbitrary<String> markup = Arbitraries.of("<", ">", "/", "svg", "<svg", "</svg>", " ", "'", "\"",
                "=", "xmlns", "xmlns:o=", "'" + BadgeSpec.OB3.svgNamespace() + "'", "o:credential",
                "<o:credential", "verify=", "<![CDATA[", "]]>", "<!--", "-->", "<?", "?>", "<!DOCTYPE",
                "[", "]", "<!ENTITY", "&", ";", "&amp;", "&#x0;", "{", "}", "a.b.c", "\u0000", "é");
        Arbitrary<String> tokens = markup.list().ofMaxSize(40).map(l -> String.join("", l));
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(200),
                tokens.map(t -> "<svg xmlns='http://www.w3.org/2000/svg'>" + t),
                tokens.map(t -> "<svg xmlns='http://www.w3.org/2000/svg' xmlns:o='"
                        + BadgeSpec.OB3.svgNamespace() + "'>" + t + "</svg>"),
                tokens);
    }
}
