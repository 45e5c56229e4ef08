package org.microcred.core.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcred.core.bake.BadgeBakerPngTest.JSON;
import static org.microcred.core.bake.BadgeBakerPngTest.JWS;
import static org.microcred.core.bake.TestImages.utf8;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class BadgeBakerSvgTest {

    private static final String OB3 = "https://purl.imsglobal.org/ob/v3p0";
    private static final String OB2 = "http://openbadges.org";
    private static final String SVG = "http://www.w3.org/2000/svg";

    private final BadgeBaker baker = BadgeBaker.standard();
    private final byte[] svg = utf8(TestImages.SVG_BADGE);

    /** Parses with a namespace-aware DOM parser (independent of the production StAX reader). */
    static Document dom(byte[] bytes) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            throw new AssertionError("baked SVG is not well-formed XML: " + e.getMessage(), e);
        }
    }

    static Element firstElementChild(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        throw new AssertionError("no element child");
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void bakesJsonAsTheFirstChildInTheOb3NamespaceAndUnbakesIt() {
        byte[] baked = baker.bake(svg, JSON);

        Document doc = dom(baked);
        Element root = doc.getDocumentElement();
        assertEquals(SVG, root.getNamespaceURI());
        assertEquals(OB3, root.getAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "openbadges"));
        Element credential = firstElementChild(root);
        assertEquals(OB3, credential.getNamespaceURI());
        assertEquals("credential", credential.getLocalName());
        assertEquals(Node.CDATA_SECTION_NODE, credential.getFirstChild().getNodeType());
        assertEquals(JSON, credential.getTextContent());
        assertFalse(credential.hasAttribute("verify"));
        assertEquals(1, doc.getElementsByTagNameNS(SVG, "polygon").getLength(), "drawing kept");

        BakedCredential result = baker.unbake(baked).orElseThrow();
        assertEquals(JSON, result.text());
        assertEquals(BadgeSpec.OB3, result.spec());
        assertEquals(ImageFormat.SVG, result.imageFormat());
        assertEquals(PayloadKind.JSON, result.payloadKind());
    }

    @Test
    void keepsEveryByteOutsideTheInsertedElement() {
        String original = TestImages.SVG_BADGE;
        String baked = text(baker.bake(svg, JSON));
        int rootEnd = original.indexOf("viewBox=\"0 0 128 128\"") + "viewBox=\"0 0 128 128\"".length();
        assertTrue(baked.startsWith(original.substring(0, rootEnd)
                + " xmlns:openbadges=\"" + OB3 + "\">\n  <openbadges:credential><![CDATA["), baked);
        assertTrue(baked.endsWith("]]></openbadges:credential>" + original.substring(rootEnd + 1)), baked);
    }

    @Test
    void bakesAJwsInTheVerifyAttribute() {
        byte[] baked = baker.bake(svg, JWS);
        Element credential = firstElementChild(dom(baked).getDocumentElement());
        assertEquals(JWS, credential.getAttribute("verify"));
        assertEquals("", credential.getTextContent());
        BakedCredential result = baker.unbake(baked).orElseThrow();
        assertEquals(JWS, result.text());
        assertEquals(PayloadKind.JWS, result.payloadKind());
    }

    @Test
    void rebakingReplacesTheElement() {
        byte[] once = baker.bake(svg, JSON);
        byte[] twice = baker.bake(once, JWS);
        Document doc = dom(twice);
        assertEquals(1, doc.getElementsByTagNameNS(OB3, "credential").getLength());
        assertEquals(JWS, baker.unbake(twice).orElseThrow().text());
        assertEquals(text(once), text(baker.bake(twice, JSON)), "re-baking returns to the same text");
        assertEquals(1, text(twice).split("xmlns:openbadges=", -1).length - 1, "one declaration");
    }

    @Test
    void replacesAnElementWithAnotherPrefixDeclaredOnItself() {
        String existing = TestImages.SVG_BADGE.replace("<title>",
                "<metadata><ob:credential xmlns:ob=\"" + OB3 + "\" verify=\"" + JWS
                        + "\"/></metadata>\n  <title>");
        assertEquals(JWS, baker.unbake(utf8(existing)).orElseThrow().text(), "matched by namespace");
        byte[] baked = baker.bake(utf8(existing), JSON);
        Document doc = dom(baked);
        assertEquals(1, doc.getElementsByTagNameNS(OB3, "credential").getLength());
        assertTrue(text(baked).contains("<metadata></metadata>"), text(baked));
        assertEquals(JSON, baker.unbake(baked).orElseThrow().text());
    }

    @Test
    void reusesAPrefixAlreadyBoundToTheNamespace() {
        String declared = TestImages.SVG_BADGE.replace("xmlns:xlink", "xmlns:badge=\"" + OB3 + "\" xmlns:xlink");
        String baked = text(baker.bake(utf8(declared), JWS));
        assertTrue(baked.contains("<badge:credential verify="), baked);
        assertFalse(baked.contains("xmlns:openbadges"), baked);
    }

    @Test
    void jsonContainingCdataTerminatorRoundTrips() {
        String json = "{\"narrative\":\"a]]>b ]]]> <![CDATA[ & <tag>\"}";
        byte[] baked = baker.bake(svg, json);
        assertEquals(json, firstElementChild(dom(baked).getDocumentElement()).getTextContent());
        assertEquals(json, baker.unbake(baked).orElseThrow().text());
    }

    @Test
    void bakesIntoASelfClosingRoot() {
        byte[] empty = utf8("<svg xmlns='http://www.w3.org/2000/svg' width='1' height='1'/>");
        byte[] baked = baker.bake(empty, JWS);
        assertEquals("credential", firstElementChild(dom(baked).getDocumentElement()).getLocalName());
        assertEquals(JWS, baker.unbake(baked).orElseThrow().text());
        assertTrue(text(baked).endsWith("</svg>"), text(baked));
    }

    @Test
    void ob3BakingBesideAnOb2ElementPicksAFreePrefix() {
        byte[] ob2 = baker.bake(svg, "https://example.org/assertions/1", BadgeSpec.OB2);
        Element assertion = firstElementChild(dom(ob2).getDocumentElement());
        assertEquals(OB2, assertion.getNamespaceURI());
        assertEquals("assertion", assertion.getLocalName());
        assertEquals("https://example.org/assertions/1", assertion.getAttribute("verify"));

        byte[] both = baker.bake(ob2, JSON);
        assertTrue(text(both).contains("xmlns:openbadges2=\"" + OB3 + "\""), text(both));
        Document doc = dom(both);
        assertEquals(1, doc.getElementsByTagNameNS(OB3, "credential").getLength());
        assertEquals(1, doc.getElementsByTagNameNS(OB2, "assertion").getLength());
        assertEquals(BadgeSpec.OB3, baker.unbake(both).orElseThrow().spec());
    }

    @Test
    void readsTheOb2SpecExampleWithBodyAndVerifyUrl() {
        String example = """
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg"
                     xmlns:openbadges="http://openbadges.org"
                     viewBox="0 0 512 512">
                  <openbadges:assertion verify="https://example.org/assertions/123">
                    <![CDATA[
                       {
                         "@context": "https://w3id.org/openbadges/v2",
                         "id": "https://example.org/assertions/123",
                         "type": "Assertion"
                       }
                    ]]>
                  </openbadges:assertion>
                  <circle r="4"/>
                </svg>
                """;
        BakedCredential result = baker.unbake(utf8(example)).orElseThrow();
        assertEquals(BadgeSpec.OB2, result.spec());
        assertEquals(PayloadKind.JSON, result.payloadKind());
        assertTrue(result.text().startsWith("{") && result.text().contains("\"Assertion\""));
        String urlOnly = "<svg xmlns='http://www.w3.org/2000/svg' xmlns:x='http://openbadges.org'>"
                + "<x:assertion verify='https://example.org/a/9'/></svg>";
        BakedCredential url = baker.unbake(utf8(urlOnly)).orElseThrow();
        assertEquals("https://example.org/a/9", url.text());
        assertEquals(PayloadKind.URL, url.payloadKind());
    }

    @Test
    void ignoresElementsWithTheRightPrefixButAnotherNamespace() {
        String other = "<svg xmlns='http://www.w3.org/2000/svg' xmlns:openbadges='urn:other'>"
                + "<openbadges:credential verify='" + JWS + "'/></svg>";
        assertEquals(Optional.empty(), baker.unbake(utf8(other)));
        assertEquals(Optional.empty(), baker.unbake(svg));
        assertEquals(Optional.empty(), baker.unbake(TestImages.resource("sample-badge.svg")));
    }

    @Test
    void acceptsAnExternalDoctypeWithoutLoadingIt() {
        String withDoctype = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\""
                + " \"http://127.0.0.1:9/never-fetched.dtd\">\n" + TestImages.SVG_BADGE.substring(
                        TestImages.SVG_BADGE.indexOf("<svg"));
        byte[] baked = baker.bake(utf8(withDoctype), JWS);
        assertTrue(text(baked).contains("<!DOCTYPE svg PUBLIC"));
        assertEquals(JWS, baker.unbake(baked).orElseThrow().text());
    }

    @Test
    void scannerIsNotFooledByMarkupInsideAttributesCommentsAndCdata() {
        String tricky = "<?xml version='1.0'?>\n<!-- <svg> <openbadges:credential verify='x.y.z'/> -->\n"
                + "<svg xmlns='http://www.w3.org/2000/svg' data-a='a>b' data-b=\"/>\">"
                + "<style><![CDATA[ <ob:credential xmlns:ob='" + OB3 + "'/> ]]></style>"
                + "<g xmlns:ob='" + OB3 + "'><ob:credential><![CDATA[" + JSON + "]]></ob:credential></g></svg>";
        assertEquals(JSON, baker.unbake(utf8(tricky)).orElseThrow().text());
        String baked = text(baker.bake(utf8(tricky), JWS));
        assertEquals("<?xml version='1.0'?>\n<!-- <svg> <openbadges:credential verify='x.y.z'/> -->\n"
                + "<svg xmlns='http://www.w3.org/2000/svg' data-a='a>b' data-b=\"/>\" xmlns:openbadges=\""
                + OB3 + "\">\n  <openbadges:credential verify=\"" + JWS + "\"></openbadges:credential>"
                + "<style><![CDATA[ <ob:credential xmlns:ob='" + OB3 + "'/> ]]></style>"
                + "<g xmlns:ob='" + OB3 + "'></g></svg>", baked);
        assertEquals(JWS, baker.unbake(utf8(baked)).orElseThrow().text());
    }

    @Test
    void readsAUtf16SvgButBakesOnlyUtf8() {
        String doc = "<?xml version='1.0' encoding='UTF-16'?><svg xmlns='http://www.w3.org/2000/svg'"
                + " xmlns:o='" + OB3 + "'><o:credential verify='" + JWS + "'/></svg>";
        byte[] utf16 = doc.getBytes(StandardCharsets.UTF_16);
        assertEquals(Optional.of(ImageFormat.SVG), ImageFormat.sniff(utf16));
        assertEquals(JWS, baker.unbake(utf16).orElseThrow().text());
        MicrocredException e = assertThrows(MicrocredException.class, () -> baker.bake(utf16, JWS));
        assertTrue(e.getMessage().contains("UTF-8 documents only"), e.getMessage());
    }

    // ---- negative cases ----

    private void assertImageInvalid(String document, String expectedMessagePart) {
        MicrocredException e = assertThrows(MicrocredException.class, () -> baker.unbake(utf8(document)));
        assertEquals(ErrorCode.IMAGE_INVALID, e.code());
        assertTrue(e.getMessage().contains(expectedMessagePart),
                "message '" + e.getMessage() + "' should contain '" + expectedMessagePart + "'");
    }

    @Test
    void refusesInternalDtdSubsetsXxeAndEntityBombs() {
        assertImageInvalid("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<svg xmlns='http://www.w3.org/2000/svg'><text>&xxe;</text></svg>",
                "internal DTD subset is refused");
        assertImageInvalid("<!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>"
                + "<svg xmlns='http://www.w3.org/2000/svg'>&b;</svg>", "internal DTD subset is refused");
        assertImageInvalid("<svg xmlns='http://www.w3.org/2000/svg'>&undeclared;</svg>", "not well-formed");
    }

    @Test
    void refusesXmlThatIsNotSvg() {
        assertImageInvalid("<html><body/></html>", "the XML root element is {}html, expected svg");
        assertImageInvalid("<svg xmlns='urn:not-svg'/>", "expected svg");
        assertImageInvalid("<svg><g></svg>", "not well-formed");
        assertImageInvalid("<!-- only a comment -->", "");
    }

    @Test
    void refusesTwoCredentialElements() {
        String two = "<svg xmlns='http://www.w3.org/2000/svg' xmlns:a='" + OB3 + "' xmlns:b='" + OB3 + "'>"
                + "<a:credential verify='" + JWS + "'/><g><b:credential><![CDATA[" + JSON
                + "]]></b:credential></g></svg>";
        assertImageInvalid(two, "image carries 2 credentials; a baked badge must carry exactly one");
        byte[] repaired = baker.bake(utf8(two), JWS);
        assertEquals(1, dom(repaired).getElementsByTagNameNS(OB3, "credential").getLength(),
                "baking removes every old element, like it removes every old PNG chunk");
        assertEquals(JWS, baker.unbake(repaired).orElseThrow().text());
    }

    @Test
    void refusesMalformedCredentialElements() {
        assertImageInvalid("<svg xmlns='http://www.w3.org/2000/svg' xmlns:o='" + OB3 + "'><o:credential/></svg>",
                "has neither a body nor a verify attribute");
        assertImageInvalid("<svg xmlns='http://www.w3.org/2000/svg' xmlns:o='" + OB3 + "'>"
                + "<o:credential><g/></o:credential></svg>", "has a child element <g>");
        assertImageInvalid("<svg xmlns='http://www.w3.org/2000/svg' xmlns:o='" + OB3 + "'>"
                + "<o:credential>just words</o:credential></svg>", "neither a JSON object");
    }

    @Test
    void bakingRequiresUtf8AndXmlCharacters() {
        byte[] latin1 = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>"
                + "<svg xmlns='http://www.w3.org/2000/svg'><title>caf\u00e9</title></svg>")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(Optional.empty(), baker.unbake(latin1), "reading any encoding is fine");
        MicrocredException e = assertThrows(MicrocredException.class, () -> baker.bake(latin1, JWS));
        assertEquals(ErrorCode.IMAGE_INVALID, e.code());
        MicrocredException control = assertThrows(MicrocredException.class,
                () -> baker.bake(svg, "{\"a\":\"\uFFFE\"}"));
        assertEquals(ErrorCode.INVALID_VALUE, control.code());
        assertTrue(control.getMessage().contains("U+FFFE"), control.getMessage());
    }
}
