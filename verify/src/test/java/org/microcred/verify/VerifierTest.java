package org.microcred.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microcred.verify.spi.StatusOutcome;

class VerifierTest {

    private final Verifier verifier = Fixtures.verifier().build();

    static Outcome outcome(VerificationReport r, CheckId id) {
        return r.check(id).orElseThrow(() -> new AssertionError("no " + id + " in " + r.checks())).outcome();
    }

    static String message(VerificationReport r, CheckId id) {
        return r.check(id).orElseThrow().message();
    }

    @Test
    void validVc20BadgePassesEveryApplicableCheck() {
        VerificationReport r = verifier.verify(Fixtures.bytes(Fixtures.badge20()));
        assertTrue(r.isValid(), r.checks()::toString);
        assertEquals(CredentialFormat.OB3_JSON, r.format());
        assertEquals(Container.JSON, r.container());
        assertEquals(DataModel.VC_2_0, r.dataModel().orElseThrow());
        for (CheckId id : List.of(CheckId.PARSE, CheckId.CONTEXT, CheckId.TYPE, CheckId.SCHEMA, CheckId.SUBJECT,
                CheckId.PROOF, CheckId.ISSUER_BINDING, CheckId.VALIDITY_PERIOD)) {
            assertEquals(Outcome.PASS, outcome(r, id), () -> id + ": " + r.checks());
        }
        for (CheckId id : List.of(CheckId.TRUST, CheckId.STATUS, CheckId.REFRESH, CheckId.RECIPIENT, CheckId.ENDORSEMENTS)) {
            assertEquals(Outcome.SKIP, outcome(r, id), () -> id + ": " + r.checks());
        }
        assertTrue(r.check(CheckId.CREDENTIALS).isEmpty());
        assertEquals(Fixtures.VM, r.verificationMethod().orElseThrow());
        assertTrue(r.verificationKey().isPresent());
        assertEquals("eddsa-rdfc-2022", r.proofSuite().orElseThrow());
        DisplayFields d = r.display();
        assertEquals("CPR Certified", d.name().orElseThrow());
        assertEquals("Example University", d.issuerName().orElseThrow());
        assertEquals(Fixtures.ISSUER, d.issuerId().orElseThrow());
        assertEquals(Instant.parse("2024-01-01T00:00:00Z"), d.issuedOn().orElseThrow());
        assertEquals(Instant.parse("2030-01-01T00:00:00Z"), d.expires().orElseThrow());
        assertEquals("Certificate", d.achievementType().orElseThrow());
        assertTrue(d.image().orElseThrow().startsWith("data:image/png"));
        assertFalse(d.expired() || d.revoked() || d.notYetValid());
        assertEquals("CPR Certified", r.credentialJson().orElseThrow().path("name").asText());
        org.microcred.core.model.Credential typed = r.credential().orElseThrow();
        assertTrue(typed instanceof org.microcred.core.model.AchievementCredential, typed.getClass().toString());
        assertEquals(Fixtures.ISSUER, typed.issuerId().orElseThrow());
    }

    @Test
    void validVc11BadgeIsValidAndSaysHowTheSchemaApplied() {
        VerificationReport r = verifier.verify(Fixtures.bytes(Fixtures.badge11()));
        assertTrue(r.isValid(), r.checks()::toString);
        assertEquals(DataModel.VC_1_1, r.dataModel().orElseThrow());
        assertEquals(Outcome.PASS, outcome(r, CheckId.SCHEMA));
        assertTrue(message(r, CheckId.SCHEMA).contains("VC 1.1"), message(r, CheckId.SCHEMA));
        assertEquals(Instant.parse("2024-01-01T00:00:00Z"), r.display().issuedOn().orElseThrow());
        assertEquals(Instant.parse("2030-01-01T00:00:00Z"), r.display().expires().orElseThrow());
    }

    @Test
    void expiredBadgeFailsValidityAndIsFlagged() {
        ObjectNode c = Fixtures.badge20();
        c.put("validUntil", "2025-01-01T00:00:00Z");
        VerificationReport r = verifier.verify(Fixtures.bytes(c));
        assertFalse(r.isValid());
        assertEquals(Outcome.FAIL, outcome(r, CheckId.VALIDITY_PERIOD));
        assertTrue(message(r, CheckId.VALIDITY_PERIOD).startsWith("Expired on 2025-01-01T00:00:00Z"));
        assertTrue(r.display().expired());
        assertFalse(r.display().notYetValid());
        assertEquals("/validUntil", r.check(CheckId.VALIDITY_PERIOD).orElseThrow().pointer().orElseThrow());
    }

    @Test
    void expiredVc11BadgeUsesExpirationDate() {
        ObjectNode c = Fixtures.badge11();
        c.put("expirationDate", "2025-05-31T00:00:00Z");
        VerificationReport r = verifier.verify(Fixtures.bytes(c));
        assertFalse(r.isValid());
        assertTrue(r.display().expired());
    }

    @Test
    void notYetValidIsReportedDistinctly() {
        ObjectNode c = Fixtures.badge20();
        c.put("validFrom", "2025-07-01T00:00:00Z");
        VerificationReport r = verifier.verify(Fixtures.bytes(c));
        assertFalse(r.isValid());
        assertTrue(message(r, CheckId.VALIDITY_PERIOD).startsWith("Not yet valid"));
        assertTrue(r.display().notYetValid());
        assertFalse(r.display().expired());
    }

    @Test
    void clockSkewToleratesAnIssuerClockSlightlyAhead() {
        ObjectNode c = Fixtures.badge20();
        c.put("validFrom", "2025-06-01T12:03:00Z");
        assertTrue(verifier.verify(Fixtures.bytes(c)).isValid());
        Verifier strict = Fixtures.verifier().clockSkew(java.time.Duration.ZERO).build();
        assertFalse(strict.verify(Fixtures.bytes(c)).isValid());
    }

    @Test
    void malformedDatesFail() {
        for (String bad : List.of("2024-01-01", "2024-01-01T00:00:00", "yesterday", "2024-13-01T00:00:00Z")) {
            ObjectNode c = Fixtures.badge20();
            c.put("validFrom", bad);
            VerificationReport r = verifier.verify(Fixtures.bytes(c));
            assertFalse(r.isValid(), bad);
            assertEquals(Outcome.FAIL, outcome(r, CheckId.VALIDITY_PERIOD), bad);
            assertTrue(message(r, CheckId.VALIDITY_PERIOD).contains("validFrom"), () -> message(r, CheckId.VALIDITY_PERIOD));
        }
        ObjectNode c = Fixtures.badge20();
        c.put("validFrom", "2024-01-01T00:00:00");
        assertTrue(message(verifier.verify(Fixtures.bytes(c)), CheckId.VALIDITY_PERIOD).contains("no time zone"));
    }

    @Test
    void vc20CredentialWithVc11DateNamesFails() {
        ObjectNode c = Fixtures.badge20();
        c.remove("validFrom");
        c.put("issuanceDate", "2024-01-01T00:00:00Z");
        VerificationReport r = verifier.verify(Fixtures.bytes(c));
        assertFalse(r.isValid());
        assertTrue(message(r, CheckId.VALIDITY_PERIOD).contains("validFrom is missing (issuanceDate"));
    }

    @Test
    void wrongTypeFails() {
        ObjectNode c = Fixtures.badge20();
        c.set("type", Fixtures.arr("VerifiableCredential", "UniversityDegreeCredential"));
        VerificationReport r = verifier.verify(Fixtures.bytes(c));
        assertFalse(r.isValid());
        assertEquals(Outcome.FAIL, outcome(r, CheckId.TYPE));
        assertEquals(CredentialFormat.OTHER_JSON, r.format());
        assertTrue(r.credential().isPresent(), "the parsed credential is kept even when checks fail");
    }

    @Test
    void subjectWithoutIdOrIdentifierFails() {
        ObjectNode c = Fixtures.badge20();
        ((ObjectNode) c.get("credentialSubject")).remove("id");
        VerificationReport r = verifier.verify(Fixtures.bytes(c));
        assertFalse(r.isValid());
        assertEquals(Outcome.FAIL, outcome(r, CheckId.SUBJECT));
        assertTrue(message(r, CheckId.SUBJECT).contains("neither an id nor an identifier"));
    }

    @Test
    void subjectWithOnlyAHashedIdentifierIsValid() {
        ObjectNode c = hashedRecipientBadge();
        assertTrue(verifier.verify(Fixtures.bytes(c)).isValid());
    }

    @Test
    void missingAchievementFailsSubject() {
        ObjectNode c = Fixtures.badge20();
        ((ObjectNode) c.get("credentialSubject")).remove("achievement");
        VerificationReport r = verifier.verify(Fixtures.bytes(c));
        assertEquals(Outcome.FAIL, outcome(r, CheckId.SUBJECT));
        assertEquals(Outcome.FAIL, outcome(r, CheckId.SCHEMA));
        assertFalse(r.isValid());
    }

    static ObjectNode hashedRecipientBadge() {
        ObjectNode c = Fixtures.badge20();
        ObjectNode s = (ObjectNode) c.get("credentialSubject");
        s.remove("id");
        ObjectNode io = s.putArray("identifier").addObject();
        io.put("type", "IdentityObject");
        io.put("hashed", true);
        // sha256("ada@example.org" + "Kosher"), upper-case hex to exercise case-insensitivity
        io.put("identityHash", "sha256$" + org.microcred.core.model.IdentityHash
                .sha256("ada@example.org", "Kosher").substring("sha256$".length()).toUpperCase(java.util.Locale.ROOT));
        io.put("identityType", "emailAddress");
        io.put("salt", "Kosher");
        return c;
    }

    @Test
    void hashedRecipientMatchesTheKnownEmail() {
        VerificationReport r = verifier.verify(Fixtures.bytes(hashedRecipientBadge()), KnownRecipient.email("ada@example.org"));
        assertTrue(r.isValid(), r.checks()::toString);
        assertEquals(Outcome.PASS, outcome(r, CheckId.RECIPIENT));
        assertTrue(message(r, CheckId.RECIPIENT).contains("hashed sha256 with salt"));
        assertEquals("/credentialSubject/identifier/0", r.check(CheckId.RECIPIENT).orElseThrow().pointer().orElseThrow());
    }

    @Test
    void hashedRecipientMatchesAfterLowerCasingAndSaysSo() {
        VerificationReport r = verifier.verify(Fixtures.bytes(hashedRecipientBadge()), KnownRecipient.email(" Ada@Example.org"));
        assertEquals(Outcome.PASS, outcome(r, CheckId.RECIPIENT));
        assertTrue(message(r, CheckId.RECIPIENT).contains("lower-casing"));
    }

    @Test
    void wrongRecipientFails() {
        VerificationReport r = verifier.verify(Fixtures.bytes(hashedRecipientBadge()), KnownRecipient.email("eve@example.org"));
        assertFalse(r.isValid());
        assertEquals(Outcome.FAIL, outcome(r, CheckId.RECIPIENT));
    }

    @Test
    void md5AndUnsaltedHashesMatch() {
        ObjectNode c = hashedRecipientBadge();
        ObjectNode io = (ObjectNode) c.get("credentialSubject").get("identifier").get(0);
        io.remove("salt");
        io.put("identityHash", org.microcred.core.model.IdentityHash.md5("ada@example.org", ""));
        VerificationReport r = verifier.verify(Fixtures.bytes(c), KnownRecipient.email("ada@example.org"));
        assertEquals(Outcome.PASS, outcome(r, CheckId.RECIPIENT), r.checks()::toString);
        assertTrue(message(r, CheckId.RECIPIENT).contains("md5 without salt"));
    }

    @Test
    void recipientByIdAndBuilderDefault() {
        Verifier v = Fixtures.verifier().recipient(KnownRecipient.id(Fixtures.SUBJECT)).build();
        assertEquals(Outcome.PASS, outcome(v.verify(Fixtures.bytes(Fixtures.badge20())), CheckId.RECIPIENT));
        VerificationReport other = v.verify(Fixtures.bytes(Fixtures.badge20()), KnownRecipient.id("did:example:eve"));
        assertEquals(Outcome.FAIL, outcome(other, CheckId.RECIPIENT));
    }

    @Test
    void missingProofIsNeverValid() {
        ObjectNode c = Fixtures.badge20();
        c.remove("proof");
        VerificationReport r = verifier.verify(Fixtures.bytes(c));
        assertFalse(r.isValid());
        assertEquals(Outcome.FAIL, outcome(r, CheckId.PROOF));
        assertEquals(Outcome.SKIP, outcome(r, CheckId.ISSUER_BINDING));
    }

    @Test
    void badSignatureFails() {
        ObjectNode c = Fixtures.badge20();
        ((ObjectNode) c.get("proof")).put("proofValue", "zForged");
        VerificationReport r = verifier.verify(Fixtures.bytes(c));
        assertFalse(r.isValid());
        assertEquals(Outcome.FAIL, outcome(r, CheckId.PROOF));
        assertTrue(r.verificationMethod().isEmpty());
    }

    @Test
    void theDefaultProofSuitesRejectAMadeUpSignature() {
        VerificationReport r = Verifier.builder().clock(Fixtures.CLOCK).build().verify(Fixtures.bytes(Fixtures.badge20()));
        assertFalse(r.isValid());
        assertEquals(Outcome.FAIL, outcome(r, CheckId.PROOF));
    }

    @Test
    void proofCheckerExceptionsBecomeFailures() {
        Verifier v = Fixtures.verifier().proofChecker((cred, now) -> {
            throw new IllegalStateException("resolver exploded");
        }).build();
        VerificationReport r = v.verify(Fixtures.bytes(Fixtures.badge20()));
        assertFalse(r.isValid());
        assertTrue(message(r, CheckId.PROOF).contains("resolver exploded"));
    }

    @Test
    void keyNotControlledByTheIssuerFailsBinding() {
        ObjectNode c = Fixtures.badge20();
        c.set("proof", Fixtures.proof("did:key:z6MkSomeoneElse#z6MkSomeoneElse"));
        VerificationReport r = verifier.verify(Fixtures.bytes(c));
        assertFalse(r.isValid());
        assertEquals(Outcome.PASS, outcome(r, CheckId.PROOF));
        assertEquals(Outcome.FAIL, outcome(r, CheckId.ISSUER_BINDING));
    }

    @Test
    void aCheckersOwnBindingDecisionIsReported() {
        Fixtures.FakeProofChecker fake = new Fixtures.FakeProofChecker();
        Verifier v = Fixtures.verifier().proofChecker((cred, now) -> fake.check(cred, now)
                .withIssuerBinding(false, "the key is in a JWKS of another origin")).build();
        VerificationReport r = v.verify(Fixtures.bytes(Fixtures.badge20()));
        assertEquals(Outcome.FAIL, outcome(r, CheckId.ISSUER_BINDING));
        assertEquals("the key is in a JWKS of another origin", message(r, CheckId.ISSUER_BINDING));
        assertFalse(r.isValid());
    }

    @Test
    void trustListAcceptsAndRejects() {
        Verifier trusting = Fixtures.verifier().trustedIssuers(List.of(Fixtures.ISSUER)).build();
        assertEquals(Outcome.PASS, outcome(trusting.verify(Fixtures.bytes(Fixtures.badge20())), CheckId.TRUST));
        Verifier other = Fixtures.verifier().trustedIssuers(List.of("did:web:other.example")).build();
        VerificationReport r = other.verify(Fixtures.bytes(Fixtures.badge20()));
        assertFalse(r.isValid());
        assertEquals(Outcome.FAIL, outcome(r, CheckId.TRUST));
        assertTrue(message(r, CheckId.TRUST).contains(Fixtures.ISSUER));
    }

    @Test
    void acceptedSuitesAndAlgorithmsArePolicy() {
        Verifier jwtOnly = Fixtures.verifier().acceptedProofSuites(List.of("vc-jwt")).build();
        assertEquals(Outcome.FAIL, outcome(jwtOnly.verify(Fixtures.bytes(Fixtures.badge20())), CheckId.PROOF));
        Verifier rsaOnly = Fixtures.verifier()
                .acceptedAlgorithms(List.of(org.microcred.core.keys.SignatureAlgorithm.RS256)).build();
        assertFalse(rsaOnly.verify(Fixtures.bytes(Fixtures.badge20())).isValid());
    }

    @Test
    void failFastStopsAfterTheFirstFailure() {
        Fixtures.FakeProofChecker checker = new Fixtures.FakeProofChecker();
        Verifier v = Fixtures.verifier().proofChecker(checker).mode(VerificationMode.FAIL_FAST).build();
        ObjectNode c = Fixtures.badge20();
        c.set("@context", Fixtures.arr("https://www.w3.org/ns/credentials/v2"));
        VerificationReport r = v.verify(Fixtures.bytes(c));
        assertFalse(r.isValid());
        assertEquals(Outcome.FAIL, outcome(r, CheckId.CONTEXT));
        List<CheckResult> after = r.checks().subList(2, r.checks().size());
        assertFalse(after.isEmpty());
        for (CheckResult later : after) {
            assertEquals(Outcome.SKIP, later.outcome(), later::toString);
            assertTrue(later.message().startsWith("Not run: fail-fast"), later::toString);
        }
        assertEquals(0, checker.calls.get(), "the proof must not be checked after a fail-fast stop");
        assertEquals(1, r.failures().size());

        Fixtures.FakeProofChecker exhaustiveChecker = new Fixtures.FakeProofChecker();
        VerificationReport all = Fixtures.verifier().proofChecker(exhaustiveChecker).build().verify(Fixtures.bytes(c));
        assertEquals(1, exhaustiveChecker.calls.get());
        assertTrue(all.failures().size() >= 2, all.checks()::toString); // context and schema
    }

    @Test
    void statusUnobtainableWarnsByDefaultAndFailsWhenStrict() {
        ObjectNode c = Fixtures.badge20();
        ObjectNode st = c.putObject("credentialStatus");
        st.put("id", "https://example.edu/status/1#42");
        st.put("type", "BitstringStatusListEntry");
        st.put("statusPurpose", "revocation");
        st.put("statusListIndex", "42");
        st.put("statusListCredential", "https://example.edu/status/1");
        VerificationReport r = verifier.verify(Fixtures.bytes(c));
        assertEquals(Outcome.WARN, outcome(r, CheckId.STATUS));
        assertTrue(r.isValid());
        VerificationReport strict = Fixtures.verifier().strictStatus(true).build().verify(Fixtures.bytes(c));
        assertEquals(Outcome.FAIL, outcome(strict, CheckId.STATUS));
        assertFalse(strict.isValid());
        Verifier revoking = Fixtures.verifier()
                .statusChecker((cred, now) -> new StatusOutcome(StatusOutcome.State.REVOKED, "bit 42 is set")).build();
        VerificationReport revoked = revoking.verify(Fixtures.bytes(c));
        assertFalse(revoked.isValid());
        assertTrue(revoked.display().revoked());
        assertTrue(message(revoked, CheckId.STATUS).startsWith("Revoked"));
        Verifier active = Fixtures.verifier()
                .statusChecker((cred, now) -> new StatusOutcome(StatusOutcome.State.ACTIVE, "bit 42 is clear")).build();
        assertEquals(Outcome.PASS, outcome(active.verify(Fixtures.bytes(c)), CheckId.STATUS));
    }

    @Test
    void refreshServiceIsAWarning() {
        ObjectNode c = Fixtures.badge20();
        ObjectNode rs = c.putObject("refreshService");
        rs.put("id", "https://example.edu/refresh/1");
        rs.put("type", "1EdTechCredentialRefresh");
        VerificationReport r = verifier.verify(Fixtures.bytes(c));
        assertEquals(Outcome.WARN, outcome(r, CheckId.REFRESH));
    }

    @Test
    void vcJwtVerifiesAndChecksItsClaims() {
        String jwt = Fixtures.vcJwt(Fixtures.badge20(), true);
        VerificationReport r = verifier.verify(jwt);
        assertTrue(r.isValid(), r.checks()::toString);
        assertEquals(CredentialFormat.VC_JWT, r.format());
        assertEquals(Container.JWS, r.container());
        assertTrue(message(r, CheckId.PROOF).contains("JWT claims match"));

        assertFalse(verifier.verify(Fixtures.vcJwt(Fixtures.badge20(), false)).isValid());

        ObjectNode c = Fixtures.badge20();
        String tampered = Fixtures.vcJwt(c, true);
        // Re-sign a payload whose nbf disagrees with validFrom.
        ObjectNode payload = (ObjectNode) org.microcred.core.json.Json.standard().parse(java.util.Base64.getUrlDecoder()
                .decode(tampered.split("\\.")[1]));
        payload.put("nbf", payload.get("nbf").asLong() + 1);
        ObjectNode header = Fixtures.obj().put("alg", "ES256").put("kid", Fixtures.VM);
        VerificationReport mismatch = verifier.verify(Fixtures.jws(header, payload, true));
        assertEquals(Outcome.FAIL, outcome(mismatch, CheckId.PROOF));
        assertTrue(message(mismatch, CheckId.PROOF).contains("nbf"));
    }

    @Test
    void jwtAlgNoneAndHmacAreRejectedBeforeAnyKeyLookup() {
        Fixtures.FakeProofChecker checker = new Fixtures.FakeProofChecker();
        Verifier v = Fixtures.verifier().proofChecker(checker).build();
        for (String alg : List.of("none", "HS256")) {
            ObjectNode header = Fixtures.obj().put("alg", alg);
            VerificationReport r = v.verify(Fixtures.jws(header, Fixtures.badge20(), true));
            assertEquals(Outcome.FAIL, outcome(r, CheckId.PROOF), alg);
            assertFalse(r.isValid());
        }
        assertEquals(0, checker.calls.get());
    }

    @Test
    void vc11JwtWithVcClaim() {
        ObjectNode c = Fixtures.badge11();
        c.remove("proof");
        ObjectNode payload = Fixtures.obj();
        payload.set("vc", c);
        payload.put("iss", Fixtures.ISSUER);
        payload.put("sub", Fixtures.SUBJECT);
        payload.put("jti", c.get("id").asText());
        payload.put("nbf", Instant.parse("2024-01-01T00:00:00Z").getEpochSecond());
        payload.put("exp", Instant.parse("2030-01-01T00:00:00Z").getEpochSecond());
        ObjectNode header = Fixtures.obj().put("alg", "RS256").put("typ", "JWT").put("kid", Fixtures.VM);
        VerificationReport r = verifier.verify(Fixtures.jws(header, payload, true));
        assertTrue(r.isValid(), r.checks()::toString);
        assertEquals(DataModel.VC_1_1, r.dataModel().orElseThrow());
        assertTrue(message(r, CheckId.PARSE).contains("'vc' claim"));
    }

    @Test
    void embeddedEndorsementsAreVerifiedAndNested() {
        ObjectNode c = Fixtures.badge20();
        ((ObjectNode) c.get("credentialSubject").get("achievement")).putArray("endorsement")
                .add(Fixtures.endorsement("did:web:redcross.example"));
        VerificationReport r = verifier.verify(Fixtures.bytes(c));
        assertTrue(r.isValid(), r.checks()::toString);
        assertEquals(Outcome.PASS, outcome(r, CheckId.ENDORSEMENTS));
        assertEquals(1, r.endorsements().size());
        VerificationReport e = r.endorsements().get(0);
        assertTrue(e.isValid(), e.checks()::toString);
        assertEquals(CredentialFormat.ENDORSEMENT, e.format());
        assertEquals("/credentialSubject/achievement/endorsement/0", e.inputId().orElseThrow());
        assertEquals(Outcome.SKIP, outcome(e, CheckId.RECIPIENT));

        // An endorser off the trust list is a warning in the nested report, not a failure.
        Verifier trusting = Fixtures.verifier().trustedIssuers(List.of(Fixtures.ISSUER)).build();
        VerificationReport t = trusting.verify(Fixtures.bytes(c));
        assertTrue(t.isValid(), t.checks()::toString);
        assertEquals(Outcome.WARN, outcome(t.endorsements().get(0), CheckId.TRUST));

        // A forged endorsement fails the parent.
        ObjectNode forged = Fixtures.endorsement("did:web:redcross.example");
        ((ObjectNode) forged.get("proof")).put("proofValue", "zForged");
        ObjectNode c2 = Fixtures.badge20();
        c2.putArray("endorsement").add(forged);
        VerificationReport bad = verifier.verify(Fixtures.bytes(c2));
        assertFalse(bad.isValid());
        assertEquals(Outcome.FAIL, outcome(bad, CheckId.ENDORSEMENTS));
        assertTrue(message(bad, CheckId.ENDORSEMENTS).contains("/endorsement/0"));
    }

    @Test
    void anEndorsementMustBeAnEndorsementCredential() {
        ObjectNode c = Fixtures.badge20();
        c.putArray("endorsement").add(Fixtures.badge20());
        VerificationReport r = verifier.verify(Fixtures.bytes(c));
        assertFalse(r.isValid());
        assertEquals(Outcome.FAIL, outcome(r.endorsements().get(0), CheckId.TYPE));
    }

    @Test
    void clrVerifiesEveryBundledCredential() {
        ObjectNode second = Fixtures.badge20();
        second.put("id", "urn:uuid:0b7e0a52-0000-4a4a-9b9b-123456789abc");
        ObjectNode clr = Fixtures.clr(Fixtures.badge20(), second);
        VerificationReport r = verifier.verify(Fixtures.bytes(clr));
        assertTrue(r.isValid(), r.checks()::toString);
        assertEquals(CredentialFormat.CLR, r.format());
        assertTrue(r.credential().orElseThrow() instanceof org.microcred.core.model.ClrCredential);
        assertEquals(Outcome.PASS, outcome(r, CheckId.CREDENTIALS));
        assertEquals(Outcome.PASS, outcome(r, CheckId.SCHEMA), r.checks()::toString);
        assertTrue(message(r, CheckId.SCHEMA).contains("CLR 2.0 data model"));
        assertEquals(2, r.credentials().size());
        assertEquals("Transcript of Ada", r.display().name().orElseThrow());

        ObjectNode expired = Fixtures.badge20();
        expired.put("validUntil", "2025-01-01T00:00:00Z");
        VerificationReport bad = verifier.verify(Fixtures.bytes(Fixtures.clr(Fixtures.badge20(), expired)));
        assertFalse(bad.isValid());
        assertEquals(Outcome.FAIL, outcome(bad, CheckId.CREDENTIALS));
        assertTrue(bad.credentials().get(1).display().expired());
        assertTrue(bad.credentials().get(0).isValid());
    }

    @Test
    void aVc11CredentialInsideAVc20ClrIsAJsonLdError() {
        VerificationReport r = verifier.verify(Fixtures.bytes(Fixtures.clr(Fixtures.badge20(), Fixtures.badge11())));
        assertEquals(Outcome.FAIL, outcome(r, CheckId.CONTEXT));
        assertTrue(message(r, CheckId.CONTEXT).contains("PROTECTED_TERM_REDEFINITION"), message(r, CheckId.CONTEXT));
        assertFalse(r.isValid());
    }

    @Test
    void clrBundlingVcJwts() {
        String jwt = Fixtures.vcJwt(Fixtures.badge20(), true);
        ObjectNode clr = Fixtures.clr(Fixtures.obj().textNode(jwt));
        VerificationReport r = verifier.verify(Fixtures.bytes(clr));
        assertTrue(r.isValid(), r.checks()::toString);
        assertEquals(CredentialFormat.VC_JWT, r.credentials().get(0).format());
        assertEquals(Outcome.WARN, outcome(r, CheckId.SCHEMA));
    }

    @Test
    void embeddedCredentialsAreBoundedPerInputAcrossNestingLevels() {
        ObjectNode inner = Fixtures.badge20();
        com.fasterxml.jackson.databind.node.ArrayNode innerEndorsements = inner.putArray("endorsement");
        for (int i = 0; i < 3; i++) {
            innerEndorsements.add(Fixtures.endorsement("did:web:e" + i + ".example"));
        }
        ObjectNode clr = Fixtures.clr(inner, inner.deepCopy());
        Verifier roomy = Fixtures.verifier().maxEmbeddedCredentials(8).build();
        assertTrue(roomy.verify(Fixtures.bytes(clr)).isValid(), "2 members + 6 endorsements = 8");
        Verifier tight = Fixtures.verifier().maxEmbeddedCredentials(7).build();
        VerificationReport r = tight.verify(Fixtures.bytes(clr));
        assertFalse(r.isValid());
        assertEquals(Outcome.FAIL, outcome(r, CheckId.CREDENTIALS));
        assertTrue(r.credentials().get(1).check(CheckId.ENDORSEMENTS).orElseThrow().message().contains("maxEmbeddedCredentials"),
                () -> r.credentials().get(1).checks().toString());
    }

    @Test
    void clrWithoutCredentialsIsNeverValid() {
        ObjectNode clr = Fixtures.clr();
        VerificationReport r = verifier.verify(Fixtures.bytes(clr));
        assertFalse(r.isValid());
        assertEquals(Outcome.FAIL, outcome(r, CheckId.CREDENTIALS));
    }

    @Test
    void unknownRemoteContextFails() {
        ObjectNode c = Fixtures.badge20();
        ((com.fasterxml.jackson.databind.node.ArrayNode) c.get("@context")).add("https://evil.example/context.json");
        VerificationReport r = verifier.verify(Fixtures.bytes(c));
        assertEquals(Outcome.FAIL, outcome(r, CheckId.CONTEXT));
        assertTrue(message(r, CheckId.CONTEXT).contains("https://evil.example/context.json"));
        assertFalse(r.isValid());
    }

    @Test
    void jsonLdInspectorProblemsAreSurfacedInTheContextCheck() {
        Verifier v = Fixtures.verifier().jsonLdInspector(cred -> List.of("undefined term 'foo' at /credentialSubject/foo"))
                .build();
        VerificationReport r = v.verify(Fixtures.bytes(Fixtures.badge20()));
        assertEquals(Outcome.FAIL, outcome(r, CheckId.CONTEXT));
        assertTrue(message(r, CheckId.CONTEXT).contains("undefined term 'foo'"));
    }

    @Test
    void compactedSingleValuesPassTheSchema() {
        ObjectNode c = Fixtures.badge20();
        c.put("type", "OpenBadgeCredential");
        c.set("type", Fixtures.arr("VerifiableCredential", "OpenBadgeCredential"));
        ((ObjectNode) c.get("credentialSubject")).put("type", "AchievementSubject");
        ((ObjectNode) c.get("credentialSubject").get("achievement")).put("type", "Achievement");
        ((ObjectNode) c.get("issuer")).put("type", "Profile");
        VerificationReport r = verifier.verify(Fixtures.bytes(c));
        assertEquals(Outcome.PASS, outcome(r, CheckId.SCHEMA), r.checks()::toString);
        assertTrue(r.isValid());
    }

    @Test
    void schemaViolationsFailWithAPointer() {
        ObjectNode c = Fixtures.badge20();
        ((ObjectNode) c.get("credentialSubject").get("achievement").get("image")).put("caption2", "closed object");
        VerificationReport r = verifier.verify(Fixtures.bytes(c));
        assertEquals(Outcome.FAIL, outcome(r, CheckId.SCHEMA), r.checks()::toString);
        assertTrue(r.check(CheckId.SCHEMA).orElseThrow().pointer().orElseThrow().startsWith("/credentialSubject/achievement/image"),
                r.check(CheckId.SCHEMA).orElseThrow()::toString);
        assertFalse(r.isValid());
    }

    @Test
    void oneEdTechImplementationGuideVectorsPassTheStructuralChecks() throws Exception {
        Verifier acceptAll = Verifier.builder().clock(Fixtures.CLOCK).proofChecker((cred, now) ->
                org.microcred.verify.spi.ProofOutcome.verified("eddsa-rdfc-2022",
                        org.microcred.core.keys.SignatureAlgorithm.EdDSA,
                        "https://example.edu/issuers/565049#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi",
                        new Fixtures.FakeKey(), null, "accepted by the test")).build();
        VerificationReport ob = acceptAll.verify(Fixtures.bytes(Fixtures.readVector("1edtech-ob-impl-guide/obv3p0/signed.json")));
        assertTrue(ob.isValid(), ob.checks()::toString);
        assertEquals(Outcome.PASS, outcome(ob, CheckId.SCHEMA));
        assertEquals("Teamwork", ob.display().name().orElseThrow());
        VerificationReport clr = acceptAll.verify(Fixtures.bytes(Fixtures.readVector("1edtech-ob-impl-guide/clrv2p0/signed.json")));
        assertEquals(CredentialFormat.CLR, clr.format());
        assertEquals(Outcome.PASS, outcome(clr, CheckId.CONTEXT), clr.checks()::toString);
        assertEquals(Outcome.PASS, outcome(clr, CheckId.SUBJECT), clr.checks()::toString);
        assertEquals(Outcome.PASS, outcome(clr, CheckId.SCHEMA), clr.checks()::toString);
        for (VerificationReport member : clr.credentials()) {
            assertEquals(Outcome.PASS, outcome(member, CheckId.SCHEMA), member.checks()::toString);
        }
        assertFalse(clr.credentials().isEmpty());
    }

    @Test
    void unparseableInputsFailParseAndSkipTheRest() {
        for (String bad : List.of("", "   ", "hello", "[1,2]", "{\"a\":", "<html></html>", "a.b", "{} {}")) {
            VerificationReport r = verifier.verify(bad);
            assertFalse(r.isValid(), bad);
            assertEquals(Outcome.FAIL, outcome(r, CheckId.PARSE), bad);
            assertTrue(r.credentialJson().isEmpty());
            for (CheckResult c : r.checks().subList(1, r.checks().size())) {
                assertEquals(Outcome.SKIP, c.outcome(), bad);
            }
        }
        VerificationReport binary = verifier.verify(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        assertTrue(message(binary, CheckId.PARSE).contains("neither a PNG"));
    }

    @Test
    void oversizedInputFailsParse() {
        Verifier small = Fixtures.verifier().maxInputBytes(100).build();
        VerificationReport r = small.verify(Fixtures.bytes(Fixtures.badge20()));
        assertEquals(Outcome.FAIL, outcome(r, CheckId.PARSE));
        assertTrue(message(r, CheckId.PARSE).contains("maxInputBytes"));
        Verifier shallow = Fixtures.verifier().jsonLimits(new org.microcred.core.json.JsonLimits(1 << 20, 3, 1000)).build();
        assertTrue(message(shallow.verify(Fixtures.bytes(Fixtures.badge20())), CheckId.PARSE).contains("maxDepth"));
    }

    @Test
    void bakedImagesGoThroughTheExtractor() {
        byte[] png = new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0};
        VerificationReport noExtractor = verifier.verify(png);
        assertEquals(CredentialFormat.BAKED_PNG, noExtractor.format());
        assertEquals(Outcome.FAIL, outcome(noExtractor, CheckId.PARSE));
        assertTrue(noExtractor.bakedImage().isPresent());

        String json = org.microcred.core.json.Json.standard().write(Fixtures.badge20());
        Verifier withExtractor = Fixtures.verifier().imageExtractor((type, image) -> java.util.Optional.of(json)).build();
        VerificationReport r = withExtractor.verify(png);
        assertTrue(r.isValid(), r.checks()::toString);
        assertEquals(CredentialFormat.BAKED_PNG, r.format());
        assertEquals(Container.PNG, r.container());
        assertEquals("image/png", r.bakedImage().orElseThrow().mediaType());

        byte[] svg = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"></svg>".getBytes();
        VerificationReport s = withExtractor.verify(svg);
        assertEquals(CredentialFormat.BAKED_SVG, s.format());
        assertTrue(s.isValid());

        Verifier empty = Fixtures.verifier().imageExtractor((type, image) -> java.util.Optional.empty()).build();
        assertTrue(message(empty.verify(png), CheckId.PARSE).contains("carries no baked credential"));
        Verifier broken = Fixtures.verifier().imageExtractor((type, image) -> {
            throw new IllegalArgumentException("CRC mismatch in chunk IHDR");
        }).build();
        assertTrue(message(broken.verify(png), CheckId.PARSE).contains("CRC mismatch"));
    }

    private static byte[] ob2Resource(String name) throws java.io.IOException {
        try (java.io.InputStream in = VerifierTest.class.getResourceAsStream("/ob2/spec-examples/" + name)) {
            return in.readAllBytes();
        }
    }

    private static Verifier ob2Verifier(java.time.Instant now, List<String> trusted) throws java.io.IOException {
        java.util.Map<String, byte[]> docs = java.util.Map.of(
                "https://example.org/beths-robotics-badge.json", ob2Resource("assertion.json"),
                "https://example.org/robotics-badge.json", ob2Resource("badgeclass.json"),
                "https://example.org/organization.json", ob2Resource("issuer.json"),
                "https://example.org/revocationList.json", ob2Resource("revocation-list.json"));
        Verifier.Builder b = Verifier.builder().clock(java.time.Clock.fixed(now, java.time.ZoneOffset.UTC))
                .documentFetcher(org.microcred.verify.fetch.DocumentFetcher.preloaded(docs));
        if (!trusted.isEmpty()) {
            b.trustedIssuers(trusted);
        }
        return b.build();
    }

    @Test
    void ob2HostedAssertionsAreVerifiedThroughTheOb2Verifier() throws Exception {
        Verifier v = ob2Verifier(java.time.Instant.parse("2017-03-01T00:00:00Z"), List.of());
        VerificationReport r = v.verify(ob2Resource("assertion.json"));
        assertTrue(r.isValid(), r.checks()::toString);
        assertEquals(CredentialFormat.OB2_HOSTED, r.format());
        assertEquals(DataModel.OPEN_BADGES_2_0, r.dataModel().orElseThrow());
        assertEquals("Awesome Robotics Badge", r.display().name().orElseThrow());
        assertEquals(Outcome.PASS, outcome(r, CheckId.PROOF));
        assertEquals(Outcome.SKIP, outcome(r, CheckId.ENDORSEMENTS));
        assertEquals(CheckId.values().length - 1, r.checks().size(), "every check but the CLR one is reported");
        assertTrue(r.credentialJson().isPresent());

        VerificationReport byUrl = v.verify("https://example.org/beths-robotics-badge.json");
        assertTrue(byUrl.isValid(), byUrl.checks()::toString);
        assertEquals(Container.URL, byUrl.container());

        Verifier trusting = ob2Verifier(java.time.Instant.parse("2017-03-01T00:00:00Z"), List.of("https://example.org/other"));
        VerificationReport untrusted = trusting.verify(ob2Resource("assertion.json"));
        assertEquals(Outcome.FAIL, outcome(untrusted, CheckId.TRUST));
        assertFalse(untrusted.isValid());

        VerificationReport expired = ob2Verifier(java.time.Instant.parse("2017-07-02T00:00:00Z"), List.of())
                .verify(ob2Resource("assertion.json"));
        assertFalse(expired.isValid());
        assertTrue(expired.display().expired());
    }

    @Test
    void ob2WithoutNetworkIsNeverValid() throws Exception {
        VerificationReport r = verifier.verify(ob2Resource("assertion.json"));
        assertFalse(r.isValid());
        assertEquals(CredentialFormat.OB2_HOSTED, r.format());
        assertEquals(Outcome.FAIL, outcome(r, CheckId.PROOF));
        assertTrue(message(r, CheckId.PROOF).contains("network access is off"), message(r, CheckId.PROOF));
    }

    @Test
    void urlInputIsAHostedAssertionByReference() {
        VerificationReport r = verifier.verify("https://example.org/assertions/1");
        assertEquals(Container.URL, r.container());
        assertFalse(r.isValid());
        assertEquals(Outcome.FAIL, outcome(r, CheckId.PROOF));
    }

    @Test
    void filesAndStreams(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path f = dir.resolve("badge.json");
        java.nio.file.Files.write(f, Fixtures.bytes(Fixtures.badge20()));
        VerificationReport r = verifier.verify(f);
        assertTrue(r.isValid());
        assertEquals(f.toString(), r.inputId().orElseThrow());
        VerificationReport missing = verifier.verify(dir.resolve("nope.json"));
        assertEquals(Outcome.FAIL, outcome(missing, CheckId.PARSE));
        assertTrue(message(missing, CheckId.PARSE).startsWith("Cannot read the input"));
        assertTrue(verifier.verify(new java.io.ByteArrayInputStream(Fixtures.bytes(Fixtures.badge20()))).isValid());
    }

    @Test
    void nullArgumentsThrow() {
        assertThrows(NullPointerException.class, () -> verifier.verify((byte[]) null));
        assertThrows(NullPointerException.class, () -> verifier.verify((String) null));
        assertThrows(NullPointerException.class, () -> verifier.verify((java.nio.file.Path) null));
        assertThrows(NullPointerException.class, () -> verifier.verify((VerificationInput) null));
        assertThrows(NullPointerException.class, () -> verifier.verify(new byte[0], null));
        assertThrows(IllegalArgumentException.class, () -> Verifier.builder().trustedIssuers(List.of()));
        assertThrows(IllegalArgumentException.class, () -> Verifier.builder().clockSkew(java.time.Duration.ofDays(2)));
        assertThrows(IllegalArgumentException.class, () -> KnownRecipient.parse("no-colon"));
    }

    @Test
    void knownRecipientParsesTheCliForm() {
        assertTrue(KnownRecipient.parse("email:ada@example.org").isEmail());
        KnownRecipient id = KnownRecipient.parse("id:did:key:z6Mk");
        assertTrue(id.isId());
        assertEquals("did:key:z6Mk", id.value());
        assertEquals("sourcedId", KnownRecipient.parse("sourcedId:123").identityType());
    }
}
