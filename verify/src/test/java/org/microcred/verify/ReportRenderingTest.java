package org.microcred.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.microcred.core.json.Json;

class ReportRenderingTest {

    private final Verifier verifier = Fixtures.verifier().build();

    @Test
    void jsonLineCarriesVerdictFormatChecksAndDisplayFields() {
        VerificationReport r = verifier.verify(VerificationInput.of("badge.json", Fixtures.bytes(Fixtures.badge20())));
        String line = r.toJsonLine();
        assertFalse(line.contains("\n"));
        JsonNode j = Json.standard().parse(line);
        assertEquals("badge.json", j.get("file").asText());
        assertTrue(j.get("valid").asBoolean());
        assertEquals("OB3_JSON", j.get("format").asText());
        assertEquals("CPR Certified", j.get("name").asText());
        assertEquals("Example University", j.get("issuer").asText());
        assertEquals("2024-01-01T00:00:00Z", j.get("issuedOn").asText());
        assertEquals("2030-01-01T00:00:00Z", j.get("expires").asText());
        assertFalse(j.get("expired").asBoolean());
        assertFalse(j.get("revoked").asBoolean());
        assertEquals(Fixtures.VM, j.get("verificationMethod").asText());
        assertEquals(r.checks().size(), j.get("checks").size());
        JsonNode first = j.get("checks").get(0);
        assertEquals("parse", first.get("id").asText());
        assertEquals("PASS", first.get("outcome").asText());
        assertTrue(first.get("message").asText().length() > 10);
        assertTrue(j.get("image").asText().startsWith("data:(embedded image"));
    }

    @Test
    void jsonCarriesPointersAndNestedReports() {
        ObjectNode c = Fixtures.badge20();
        c.put("validUntil", "2025-01-01T00:00:00Z");
        c.putArray("endorsement").add(Fixtures.endorsement("did:web:redcross.example"));
        JsonNode j = verifier.verify(Fixtures.bytes(c)).toJson();
        assertFalse(j.get("valid").asBoolean());
        assertTrue(j.get("expired").asBoolean());
        JsonNode validity = null;
        for (JsonNode check : j.get("checks")) {
            if (check.get("id").asText().equals("validity-period")) {
                validity = check;
            }
        }
        assertEquals("FAIL", validity.get("outcome").asText());
        assertEquals("/validUntil", validity.get("pointer").asText());
        assertEquals(1, j.get("endorsements").size());
        assertEquals("ENDORSEMENT", j.get("endorsements").get(0).get("format").asText());
        assertFalse(j.has("credentials"));
    }

    @Test
    void unparseableInputStillRendersJson() {
        JsonNode j = verifier.verify("not a badge").toJson();
        assertFalse(j.get("valid").asBoolean());
        assertEquals("UNKNOWN", j.get("format").asText());
        assertEquals("FAIL", j.get("checks").get(0).get("outcome").asText());
    }

    @Test
    void htmlEscapesAttackerControlledValues() {
        ObjectNode c = Fixtures.badge20();
        ObjectNode a = (ObjectNode) c.get("credentialSubject").get("achievement");
        a.put("name", "<script>alert('x')</script>");
        a.put("description", "\"><img src=x onerror=alert(1)>");
        ((ObjectNode) c.get("issuer")).put("name", "Evil & Co <b>");
        ((ObjectNode) a.get("image")).put("id", "javascript:alert(1)");
        String html = verifier.verify(Fixtures.bytes(c)).toHtml();
        assertFalse(html.contains("<script"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assertFalse(html.contains("<img src=x"));
        assertFalse(html.contains("javascript:"));
        assertTrue(html.contains("Evil &amp; Co &lt;b&gt;"));
        assertTrue(html.contains("Content-Security-Policy"));
        assertFalse(html.contains("http://") || html.contains("https://"), "no external resources");
    }

    @Test
    void htmlShowsTheImageVerdictDatesAndEveryCheck() {
        VerificationReport r = verifier.verify(Fixtures.bytes(Fixtures.badge20()));
        String html = r.toHtml();
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("&#10004; Valid"));
        assertTrue(html.contains("src=\"" + Fixtures.PNG_DATA_URI + "\""));
        assertTrue(html.contains("1 January 2024"));
        assertTrue(html.contains("1 January 2030"));
        for (CheckResult c : r.checks()) {
            assertTrue(html.contains(">" + c.id() + "</td>"), c.id());
        }
        ObjectNode expired = Fixtures.badge20();
        expired.put("validUntil", "2025-01-01T00:00:00Z");
        String bad = verifier.verify(Fixtures.bytes(expired)).toHtml();
        assertTrue(bad.contains("Not valid"));
        assertTrue(bad.contains(">Expired</span>"));
    }

    @Test
    void htmlOfABakedImageEmbedsTheImage() {
        byte[] png = new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1, 2, 3};
        String json = Json.standard().write(Fixtures.badge20());
        Verifier v = Fixtures.verifier().imageExtractor((t, i) -> java.util.Optional.of(json)).build();
        String html = v.verify(png).toHtml();
        assertTrue(html.contains("src=\"data:image/png;base64,iVBORw0KGgoBAgM=\""), html);
    }

    @Test
    void toStringSummarises() {
        ObjectNode c = Fixtures.badge20();
        c.put("validUntil", "2025-01-01T00:00:00Z");
        String s = verifier.verify(Fixtures.bytes(c)).toString();
        assertTrue(s.startsWith("INVALID OB3_JSON \"CPR Certified\": validity-period FAIL: Expired"), s);
    }
}
