package org.microcred.verify.ob2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcred.verify.ob2.Fixtures.ASSERTION;
import static org.microcred.verify.ob2.Fixtures.BADGE;
import static org.microcred.verify.ob2.Fixtures.ISSUER;
import static org.microcred.verify.ob2.Fixtures.json;
import static org.microcred.verify.ob2.Fixtures.text;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.microcred.core.bake.PayloadKind;
import org.microcred.verify.fetch.DocumentFetcher;

class HostedBadgeTest {

    private static Ob2Verifier verifier(DocumentFetcher docs) {
        return Ob2Verifier.builder().fetcher(docs).clock(Fixtures.NOW).build();
    }

    private static void assertOutcome(Ob2Result r, Ob2Check check, Ob2Outcome expected) {
        assertEquals(expected, r.outcome(check), () -> check + " in\n" + r);
    }

    private static boolean mentions(Ob2Result r, Ob2Check check, String fragment) {
        return r.steps(check).stream().anyMatch(s -> s.message().contains(fragment));
    }

    @Test
    void happyPathFromPresentedJson() {
        Ob2Result r = verifier(Fixtures.hosted()).verify(text(json("hosted/assertion.json")));
        assertTrue(r.isValid(), r::toString);
        for (Ob2Check c : List.of(Ob2Check.PARSE, Ob2Check.CONTEXT, Ob2Check.TYPE, Ob2Check.SCHEMA, Ob2Check.PROOF,
                Ob2Check.ISSUER_BINDING, Ob2Check.VALIDITY_PERIOD, Ob2Check.STATUS)) {
            assertOutcome(r, c, Ob2Outcome.PASS);
        }
        assertOutcome(r, Ob2Check.RECIPIENT, Ob2Outcome.SKIP);
        assertEquals(Optional.of(PayloadKind.JSON), r.inputForm());
        assertEquals(Optional.of(Ob2VerificationType.HOSTED), r.verificationType());
        Ob2Display d = r.display();
        assertEquals(Optional.of("3-D Printmaster"), d.badgeName());
        assertEquals(Optional.of("Example Maker Society"), d.issuerName());
        assertEquals(Optional.of("https://issuer.example.org"), d.issuerUrl());
        assertEquals(Optional.of(ISSUER), d.issuerId());
        assertEquals(Optional.of("https://issuer.example.org/badges/3d-printing/image.png"), d.image());
        assertEquals(Optional.of("https://issuer.example.org/badges/3d-printing/criteria"), d.criteriaUrl());
        assertTrue(d.criteriaNarrative().orElseThrow().startsWith("Pass a paper test"));
        assertEquals(Optional.of(Instant.parse("2024-01-15T10:00:00Z")), d.issuedOn());
        assertEquals(Optional.of(Instant.parse("2030-01-01T00:00:00Z")), d.expires());
        assertFalse(d.revoked());
        assertEquals(BADGE, r.badgeClass().orElseThrow().get("id").asText());
        assertEquals(ISSUER, r.issuer().orElseThrow().get("id").asText());
        // steps come grouped in check order
        List<Ob2Step> steps = r.steps();
        for (int i = 1; i < steps.size(); i++) {
            assertTrue(steps.get(i - 1).check().ordinal() <= steps.get(i).check().ordinal());
        }
        assertEquals("issuer-binding", r.steps(Ob2Check.ISSUER_BINDING).get(0).id());
    }

    @Test
    void happyPathFromBakedUrl() {
        Ob2Result r = verifier(Fixtures.hosted()).verify("  " + ASSERTION + "\n");
        assertTrue(r.isValid(), r::toString);
        assertEquals(Optional.of(PayloadKind.URL), r.inputForm());
        assertEquals(ASSERTION, r.assertion().orElseThrow().get("id").asText());
    }

    @Test
    void withThePreloadedDocumentFetcher() {
        DocumentFetcher preloaded = DocumentFetcher.preloaded(Map.of(
                ASSERTION, text(json("hosted/assertion.json")).getBytes(StandardCharsets.UTF_8),
                BADGE, text(json("hosted/badgeclass.json")).getBytes(StandardCharsets.UTF_8),
                ISSUER + "#ignored-fragment", text(json("hosted/issuer.json")).getBytes(StandardCharsets.UTF_8)));
        Ob2Result r = verifier(preloaded).verify(ASSERTION);
        assertTrue(r.isValid(), r::toString);
        // offline by default: the message says what to preload
        Ob2Result offline = Ob2Verifier.builder().clock(Fixtures.NOW).build().verify(ASSERTION);
        assertTrue(mentions(offline, Ob2Check.PROOF, ASSERTION), offline::toString);
    }

    @Test
    void credlyStyleEmbeddedObjectsWithRepeatedContexts() {
        ObjectNode a = json("hosted/credly-style.json");
        Fixtures.Documents docs = new Fixtures.Documents().put(a.get("id").asText(), a).put(ISSUER, json("hosted/issuer.json"));
        Ob2Result r = Ob2Verifier.builder().fetcher(docs).clock(Fixtures.NOW)
                .expectedRecipient(ExpectedRecipient.email("ada@example.org")).build().verify(text(a));
        assertTrue(r.isValid(), r::toString);
        assertEquals(RecipientMatch.Method.SHA256_UNSALTED, r.recipientMatch().orElseThrow().method());
        assertEquals(Optional.of("https://issuer.example.org/badges/3d-printing/image.png"), r.display().image());
        assertEquals(Optional.empty(), r.display().expires());
    }

    @Test
    void embeddedIssuerIsNotTrustedWithoutItsHostedProfile() {
        ObjectNode a = json("hosted/credly-style.json");
        Fixtures.Documents docs = new Fixtures.Documents().put(a.get("id").asText(), a);
        Ob2Result r = verifier(docs).verify(text(a));
        assertFalse(r.isValid());
        assertOutcome(r, Ob2Check.ISSUER_BINDING, Ob2Outcome.FAIL);
        assertTrue(mentions(r, Ob2Check.ISSUER_BINDING, "embedded copy cannot vouch"), r::toString);
        assertEquals(Optional.of("Example Maker Society"), r.display().issuerName());
    }

    @Test
    void gone410IsRevokedWithReason() {
        Fixtures.Documents docs = Fixtures.hosted()
                .putReturned(ASSERTION, 410, "{\"id\":\"" + ASSERTION + "\",\"revoked\":true,\"revocationReason\":\"Awarded in error\"}");
        Ob2Result r = verifier(docs).verify(text(json("hosted/assertion.json")));
        assertFalse(r.isValid());
        assertOutcome(r, Ob2Check.STATUS, Ob2Outcome.FAIL);
        assertTrue(mentions(r, Ob2Check.STATUS, "Awarded in error"), r::toString);
        assertTrue(r.display().revoked());
        assertEquals(Optional.of("Awarded in error"), r.display().revocationReason());
        // the presented copy still gives a person something to look at
        assertEquals(Optional.of("3-D Printmaster"), r.display().badgeName());
    }

    @Test
    void gone410ThrownWithItsBodyKeepsTheReason() {
        // As HttpsDocumentFetcher answers a 410: a FetchException carrying the body.
        DocumentFetcher docs = org.microcred.verify.fetch.PreloadedDocumentFetcher.builder()
                .addStatus(ASSERTION, 410, ("{\"id\":\"" + ASSERTION + "\",\"revoked\":true,"
                        + "\"revocationReason\":\"Awarded in error\"}").getBytes(StandardCharsets.UTF_8))
                .add(BADGE, text(json("hosted/badgeclass.json")).getBytes(StandardCharsets.UTF_8))
                .add(ISSUER, text(json("hosted/issuer.json")).getBytes(StandardCharsets.UTF_8))
                .build();
        for (String input : List.of(ASSERTION, text(json("hosted/assertion.json")))) {
            Ob2Result r = verifier(docs).verify(input);
            assertFalse(r.isValid());
            assertOutcome(r, Ob2Check.STATUS, Ob2Outcome.FAIL);
            assertTrue(mentions(r, Ob2Check.STATUS, "revoked: Awarded in error"), r::toString);
            assertTrue(r.display().revoked());
            assertEquals(Optional.of("Awarded in error"), r.display().revocationReason());
        }
        // a 410 whose body is not JSON is still a revocation, without a reason
        DocumentFetcher plain = org.microcred.verify.fetch.PreloadedDocumentFetcher.builder()
                .addStatus(ASSERTION, 410, "Gone".getBytes(StandardCharsets.UTF_8)).build();
        Ob2Result r = verifier(plain).verify(ASSERTION);
        assertOutcome(r, Ob2Check.STATUS, Ob2Outcome.FAIL);
        assertTrue(r.display().revoked());
        assertEquals(Optional.empty(), r.display().revocationReason());
    }

    @Test
    void notFoundIsAFailedProofNotARevocation() {
        Ob2Result r = verifier(Fixtures.hosted().put(ASSERTION, 404, "")).verify(ASSERTION);
        assertFalse(r.isValid());
        assertOutcome(r, Ob2Check.PROOF, Ob2Outcome.FAIL);
        assertTrue(mentions(r, Ob2Check.PROOF, "404"), r::toString);
        assertFalse(r.display().revoked());
    }

    @Test
    void gone410WithoutBodyFromUrl() {
        Fixtures.Documents docs = Fixtures.hosted().put(ASSERTION, 410, "");
        Ob2Result r = verifier(docs).verify(ASSERTION);
        assertFalse(r.isValid());
        assertOutcome(r, Ob2Check.STATUS, Ob2Outcome.FAIL);
        assertTrue(r.display().revoked());
        assertEquals(Optional.empty(), r.display().revocationReason());
    }

    @Test
    void revokedTrueWithReason() {
        ObjectNode hosted = json("hosted/assertion.json");
        hosted.put("revoked", true).put("revocationReason", "Academic misconduct");
        Ob2Result r = verifier(Fixtures.hosted().put(ASSERTION, hosted)).verify(text(json("hosted/assertion.json")));
        assertFalse(r.isValid());
        assertOutcome(r, Ob2Check.STATUS, Ob2Outcome.FAIL);
        assertTrue(mentions(r, Ob2Check.STATUS, "Academic misconduct"), r::toString);
        assertEquals(Optional.of("Academic misconduct"), r.display().revocationReason());
    }

    @Test
    void strippedRevokedHostedCopy() {
        Fixtures.Documents docs = Fixtures.hosted()
                .put(ASSERTION, 200, "{\"@context\":\"https://w3id.org/openbadges/v2\",\"id\":\"" + ASSERTION + "\",\"revoked\":true}");
        Ob2Result r = verifier(docs).verify(ASSERTION);
        assertFalse(r.isValid());
        assertOutcome(r, Ob2Check.STATUS, Ob2Outcome.FAIL);
        assertOutcome(r, Ob2Check.SCHEMA, Ob2Outcome.PASS);
    }

    @Test
    void presentedCopyDiffersFromHostedCopy() {
        ObjectNode presented = json("hosted/assertion.json");
        presented.put("issuedOn", "2023-01-01T00:00:00Z");
        presented.put("narrative", "self-written");
        Ob2Result r = verifier(Fixtures.hosted()).verify(text(presented));
        assertTrue(r.isValid(), r::toString);
        assertOutcome(r, Ob2Check.PROOF, Ob2Outcome.WARN);
        assertTrue(mentions(r, Ob2Check.PROOF, "issuedOn, narrative"), r::toString);
        assertEquals(Optional.of(Instant.parse("2024-01-15T10:00:00Z")), r.display().issuedOn());
        assertFalse(r.assertion().orElseThrow().has("narrative"));
    }

    @Test
    void outOfScopeAssertionId() {
        String evil = "https://badges.evil.example.com/assertions/123";
        ObjectNode a = json("hosted/assertion.json");
        a.put("id", evil);
        Ob2Result r = verifier(Fixtures.hosted().put(evil, a)).verify(text(a));
        assertFalse(r.isValid());
        assertOutcome(r, Ob2Check.PROOF, Ob2Outcome.PASS);
        assertOutcome(r, Ob2Check.ISSUER_BINDING, Ob2Outcome.FAIL);
        assertTrue(mentions(r, Ob2Check.ISSUER_BINDING, "badges.evil.example.com"), r::toString);
        assertEquals(Optional.of("/id"), r.steps(Ob2Check.ISSUER_BINDING).get(0).pointer());
    }

    @Test
    void userInfoAndPortTricksAreOutOfScope() {
        for (String trick : List.of("https://issuer.example.org@evil.example.com/assertions/123",
                "https://issuer.example.org:8443/assertions/123", "https://issuer.example.org.evil.example.com/a/1")) {
            ObjectNode a = json("hosted/assertion.json");
            a.put("id", trick);
            Ob2Result r = verifier(Fixtures.hosted().put(trick, a)).verify(trick);
            assertOutcome(r, Ob2Check.ISSUER_BINDING, Ob2Outcome.FAIL);
        }
    }

    @Test
    void startsWithPolicy() {
        ObjectNode issuer = json("hosted/issuer.json");
        issuer.putObject("verification").put("type", "VerificationObject")
                .put("startsWith", "https://issuer.example.org/assertions/");
        assertTrue(verifier(Fixtures.hosted().put(ISSUER, issuer)).verify(ASSERTION).isValid());

        String other = "https://issuer.example.org/other/1";
        ObjectNode a = json("hosted/assertion.json");
        a.put("id", other);
        Ob2Result r = verifier(Fixtures.hosted().put(ISSUER, issuer).put(other, a)).verify(other);
        assertOutcome(r, Ob2Check.ISSUER_BINDING, Ob2Outcome.FAIL);
        assertTrue(mentions(r, Ob2Check.ISSUER_BINDING, "startsWith"), r::toString);
    }

    @Test
    void allowedOriginsPolicyAcceptsAnotherHost() {
        String hostedAt = "https://badges.example.com/a/123";
        ObjectNode issuer = json("hosted/issuer.json");
        issuer.putObject("verification").putArray("allowedOrigins").add("badges.example.com");
        ObjectNode a = json("hosted/assertion.json");
        a.put("id", hostedAt);
        Ob2Result r = verifier(Fixtures.hosted().put(ISSUER, issuer).put(hostedAt, a)).verify(hostedAt);
        assertTrue(r.isValid(), r::toString);
    }

    @Test
    void badgeClassMissingRequiredField() {
        ObjectNode badge = json("hosted/badgeclass.json");
        badge.remove("description");
        Ob2Result r = verifier(Fixtures.hosted().put(BADGE, badge)).verify(ASSERTION);
        assertFalse(r.isValid());
        assertOutcome(r, Ob2Check.SCHEMA, Ob2Outcome.FAIL);
        Ob2Step step = r.steps(Ob2Check.SCHEMA).stream().filter(s -> s.outcome() == Ob2Outcome.FAIL).findFirst().orElseThrow();
        assertTrue(step.message().contains("BadgeClass " + BADGE) && step.message().contains("description"), step::toString);
        assertEquals(Optional.of("/description"), step.pointer());
    }

    @Test
    void issuerMissingEmailAndWrongType() {
        ObjectNode issuer = json("hosted/issuer.json");
        issuer.remove("email");
        issuer.put("type", "Organization");
        Ob2Result r = verifier(Fixtures.hosted().put(ISSUER, issuer)).verify(ASSERTION);
        assertOutcome(r, Ob2Check.SCHEMA, Ob2Outcome.FAIL);
        assertOutcome(r, Ob2Check.TYPE, Ob2Outcome.FAIL);
        assertTrue(mentions(r, Ob2Check.SCHEMA, "email"));
    }

    @Test
    void issuerFetchFailure() {
        Ob2Result r = verifier(Fixtures.hosted().remove(ISSUER)).verify(ASSERTION);
        assertFalse(r.isValid());
        assertOutcome(r, Ob2Check.ISSUER_BINDING, Ob2Outcome.FAIL);
        assertTrue(mentions(r, Ob2Check.ISSUER_BINDING, ISSUER), r::toString);
    }

    @Test
    void issuerDocumentDeclaringAnotherIdIsRefused() {
        ObjectNode issuer = json("hosted/issuer.json");
        issuer.put("id", "https://elsewhere.example.org/profile");
        Ob2Result r = verifier(Fixtures.hosted().put(ISSUER, issuer)).verify(ASSERTION);
        assertFalse(r.isValid());
    }

    @Test
    void expired() {
        Clock later = Clock.fixed(Instant.parse("2031-01-01T00:00:00Z"), ZoneOffset.UTC);
        Ob2Result r = Ob2Verifier.builder().fetcher(Fixtures.hosted()).clock(later).build().verify(ASSERTION);
        assertFalse(r.isValid());
        assertOutcome(r, Ob2Check.VALIDITY_PERIOD, Ob2Outcome.FAIL);
        assertTrue(mentions(r, Ob2Check.VALIDITY_PERIOD, "expired"), r::toString);
    }

    @Test
    void issuedOnInTheFuture() {
        ObjectNode a = json("hosted/assertion.json");
        a.put("issuedOn", "2025-07-01T00:00:00Z");
        Ob2Result r = verifier(Fixtures.hosted().put(ASSERTION, a)).verify(ASSERTION);
        assertFalse(r.isValid());
        assertOutcome(r, Ob2Check.VALIDITY_PERIOD, Ob2Outcome.FAIL);
        assertEquals(Optional.of("/issuedOn"), r.steps(Ob2Check.VALIDITY_PERIOD).get(0).pointer());
    }

    @Test
    void issuedOnWithinClockSkewPasses() {
        ObjectNode a = json("hosted/assertion.json");
        a.put("issuedOn", "2025-06-01T12:03:00+0000");
        assertTrue(verifier(Fixtures.hosted().put(ASSERTION, a)).verify(ASSERTION).isValid());
        Ob2Result strict = Ob2Verifier.builder().fetcher(Fixtures.hosted().put(ASSERTION, a)).clock(Fixtures.NOW)
                .clockSkew(java.time.Duration.ZERO).build().verify(ASSERTION);
        assertOutcome(strict, Ob2Check.VALIDITY_PERIOD, Ob2Outcome.FAIL);
    }

    @Test
    void offlineByDefault() {
        Ob2Result r = Ob2Verifier.builder().clock(Fixtures.NOW).build().verify(text(json("hosted/assertion.json")));
        assertFalse(r.isValid());
        assertOutcome(r, Ob2Check.PROOF, Ob2Outcome.FAIL);
        assertTrue(mentions(r, Ob2Check.PROOF, ASSERTION), r::toString);
        // the BadgeClass is only an IRI and nothing may be fetched: nothing to display
        assertEquals(Optional.empty(), r.display().badgeName());
        assertOutcome(r, Ob2Check.SCHEMA, Ob2Outcome.FAIL);
    }

    @Test
    void hostedCopyDeclaringAnotherIdIsRefused() {
        ObjectNode a = json("hosted/assertion.json");
        a.put("id", "https://issuer.example.org/assertions/999");
        Ob2Result r = verifier(Fixtures.hosted().put(ASSERTION, a)).verify(ASSERTION);
        assertOutcome(r, Ob2Check.PROOF, Ob2Outcome.FAIL);
    }

    @Test
    void signedBadgePresentedAsPlainJsonHasNoSignature() {
        ObjectNode a = json("signed/assertion.json");
        Ob2Result r = verifier(Fixtures.hosted()).verify(text(a));
        assertFalse(r.isValid());
        assertOutcome(r, Ob2Check.PROOF, Ob2Outcome.FAIL);
        assertEquals(Optional.of(Ob2VerificationType.SIGNED), r.verificationType());
    }

    @Test
    void verificationTypeVariantsAndAliases() {
        for (String t : List.of("hosted", "HostedBadge", "HOSTED", "https://w3id.org/openbadges#HostedBadge")) {
            ObjectNode a = json("hosted/assertion.json");
            a.putObject("verification").put("type", t);
            Ob2Result r = verifier(Fixtures.hosted().put(ASSERTION, a)).verify(text(a));
            assertTrue(r.isValid(), () -> t + "\n" + r);
        }
        ObjectNode alias = json("hosted/assertion.json");
        alias.remove("verification");
        alias.putObject("verify").put("type", "hosted");
        assertTrue(verifier(Fixtures.hosted().put(ASSERTION, alias)).verify(ASSERTION).isValid());
    }

    @Test
    void contextForms() {
        ObjectNode legacy = json("hosted/assertion.json");
        legacy.putArray("@context").add("https://openbadgespec.org/v2/context.json").addObject().put("ex", "https://example.org/");
        Ob2Result ok = verifier(Fixtures.hosted().put(ASSERTION, legacy)).verify(ASSERTION);
        assertTrue(ok.isValid(), ok::toString);
        assertTrue(mentions(ok, Ob2Check.CONTEXT, "legacy URL"));

        ObjectNode v1 = json("hosted/assertion.json");
        v1.put("@context", "https://w3id.org/openbadges/v1");
        Ob2Result r = verifier(Fixtures.hosted().put(ASSERTION, v1)).verify(ASSERTION);
        assertOutcome(r, Ob2Check.CONTEXT, Ob2Outcome.FAIL);

        ObjectNode none = json("hosted/assertion.json");
        none.remove("@context");
        assertOutcome(verifier(Fixtures.hosted().put(ASSERTION, none)).verify(ASSERTION), Ob2Check.CONTEXT, Ob2Outcome.FAIL);
    }

    @Test
    void imageObjectAndEvidenceForms() {
        ObjectNode a = json("hosted/assertion.json");
        a.putObject("image").put("id", "data:image/png;base64,iVBORw0KGgo=");
        a.putArray("evidence").add("https://portfolio.example.net/1").addObject().put("narrative", "Built a printer");
        Ob2Result r = verifier(Fixtures.hosted().put(ASSERTION, a)).verify(ASSERTION);
        assertTrue(r.isValid(), r::toString);
        assertEquals(Optional.of("data:image/png;base64,iVBORw0KGgo="), r.display().image());
        a.put("evidence", 42);
        assertOutcome(verifier(Fixtures.hosted().put(ASSERTION, a)).verify(ASSERTION), Ob2Check.SCHEMA, Ob2Outcome.FAIL);
    }

    @Test
    void byteInputWithByteOrderMark() {
        byte[] json = ("\uFEFF" + text(json("hosted/assertion.json"))).getBytes(StandardCharsets.UTF_8);
        assertTrue(verifier(Fixtures.hosted()).verify(json).isValid());
    }

    @Test
    void oversizedAndDeeplyNestedInputFailToParse() {
        Ob2Verifier v = verifier(Fixtures.hosted());
        Ob2Result big = v.verify("{\"id\":\"" + "x".repeat(11 * 1024 * 1024) + "\"}");
        assertOutcome(big, Ob2Check.PARSE, Ob2Outcome.FAIL);
        assertTrue(mentions(big, Ob2Check.PARSE, "limit"), () -> big.steps(Ob2Check.PARSE).toString());
        Ob2Result deep = v.verify("{\"a\":".repeat(200) + "1" + "}".repeat(200));
        assertOutcome(deep, Ob2Check.PARSE, Ob2Outcome.FAIL);
        assertTrue(mentions(deep, Ob2Check.PARSE, "depth"), () -> deep.steps(Ob2Check.PARSE).toString());
    }

    @Test
    void badInputIsAFailedParseStep() {
        Ob2Verifier v = verifier(Fixtures.hosted());
        for (String input : List.of("", "   ", "not a badge", "[1,2]", "{\"a\":", "ftp://example.org/x", "{}")) {
            Ob2Result r = v.verify(input);
            assertFalse(r.isValid(), input);
            assertEquals(Ob2Check.values().length, r.steps().stream().map(Ob2Step::check).distinct().count(), input);
        }
        assertOutcome(v.verify("not a badge"), Ob2Check.PARSE, Ob2Outcome.FAIL);
    }
}
