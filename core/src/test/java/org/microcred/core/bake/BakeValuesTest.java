package org.microcred.core.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BakeValuesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"a\":1}|JSON",
        "{}|JSON",
        "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln|JWS",
        "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.|JWS",
        "https://example.org/assertions/1|URL",
        "HTTP://EXAMPLE.ORG/A|URL",
    })
    void classifiesPayloads(String text, PayloadKind expected) {
        assertEquals(Optional.of(expected), PayloadKind.classify(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"hello", "[1,2]", "a.b", ".b.c", "a..c", "ftp://example.org/x",
        "https://example.org/a b", "{"})
    void rejectsOtherShapes(String text) {
        assertEquals(Optional.empty(), PayloadKind.classify(text));
    }

    @Test
    void sniffsFormats() {
        assertEquals(Optional.of(ImageFormat.PNG), ImageFormat.sniff(TestImages.badgePng(8)));
        assertEquals(Optional.of(ImageFormat.SVG),
                ImageFormat.sniff("\uFEFF \n<svg/>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), ImageFormat.sniff("{\"a\":1}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), ImageFormat.sniff(new byte[] {(byte) 0x89, 'P', 'N'}));
        assertEquals(Optional.empty(), ImageFormat.sniff(new byte[0]));
    }

    @Test
    void bakedCredentialValidatesAndHidesItsTextInToString() {
        BakedCredential c = new BakedCredential("{\"secret\":\"alice@example.org\"}", BadgeSpec.OB3,
                ImageFormat.PNG, PayloadKind.JSON);
        assertFalse(c.toString().contains("alice"));
        assertThrows(IllegalArgumentException.class,
                () -> new BakedCredential(" ", BadgeSpec.OB3, ImageFormat.PNG, PayloadKind.JSON));
        assertThrows(NullPointerException.class,
                () -> new BakedCredential("{}", null, ImageFormat.PNG, PayloadKind.JSON));
    }

    @Test
    void specsCarryTheSpecKeywordsAndNamespaces() {
        assertEquals("openbadgecredential", BadgeSpec.OB3.pngKeyword());
        assertEquals("https://purl.imsglobal.org/ob/v3p0", BadgeSpec.OB3.svgNamespace());
        assertEquals("credential", BadgeSpec.OB3.svgElement());
        assertEquals("openbadges", BadgeSpec.OB2.pngKeyword());
        assertEquals("http://openbadges.org", BadgeSpec.OB2.svgNamespace());
        assertEquals("assertion", BadgeSpec.OB2.svgElement());
    }
}
