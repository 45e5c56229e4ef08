package org.microcred.core.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;
import org.microcred.core.keys.SignatureAlgorithm;
import org.microcred.core.model.AchievementCredential;
import org.microcred.core.model.AchievementSubject;
import org.microcred.core.model.CredentialSchema;
import org.microcred.core.model.CredentialStatus;
import org.microcred.core.model.Evidence;
import org.microcred.core.model.IdentityObject;
import org.microcred.core.model.Result;
import org.microcred.core.proof.ProofSuites;
import org.microcred.core.proof.ProofVerification;

/** What the issuer fills in, what it keeps, and what it refuses. */
class IssuerFillTest {

    private static Issuer jwt() {
        return Fixtures.issuer(Fixtures.P256, SignatureAlgorithm.ES256, ProofSuites.vcJwt(SignatureAlgorithm.ES256)).build();
    }

    private static AchievementSubject subject() {
        return AchievementSubject.builder().id("did:example:ada").achievement(Fixtures.achievement()).build();
    }

    @Test
    void theClockMakesValidFromDeterministicToTheSecond() {
        Issuer issuer = Fixtures.eddsa();
        SignedCredential first = issuer.issue(Fixtures.badge("did:example:ada"));
        SignedCredential second = issuer.issue(Fixtures.badge("did:example:ada"));
        assertEquals("2026-03-04T05:06:07Z", first.credential().validFrom().orElseThrow());
        assertEquals(first.credential().validFrom(), second.credential().validFrom());
        assertEquals("2026-03-04T05:06:07Z", first.credential().proof().get(0).created().orElseThrow());

        Issuer later = issuer.toBuilder().clock(Clock.fixed(Instant.parse("2030-01-01T00:00:00.999Z"), ZoneOffset.UTC))
                .build();
        assertEquals("2030-01-01T00:00:00Z", later.issue(Fixtures.badge("did:example:ada")).credential().validFrom()
                .orElseThrow());
    }

    @Test
    void theIdStrategyChoosesIdsAndSeesTheCompletedDraft() {
        Issuer issuer = Fixtures.eddsa().toBuilder().idStrategy(draft -> "urn:example:" + draft.subjectId().orElseThrow()
                .replace(':', '-') + ":" + draft.validFrom().orElseThrow()).build();
        assertEquals("urn:example:did-example-ada:2026-03-04T05:06:07Z",
                issuer.issue(Fixtures.badge("did:example:ada")).id());

        Issuer counted = Fixtures.eddsa().toBuilder().idStrategy(Fixtures.counter()).build();
        assertEquals("urn:example:credential:1", counted.issue(Fixtures.badge("did:example:a")).id());
        assertEquals("urn:example:credential:2", counted.issue(Fixtures.badge("did:example:b")).id());

        Issuer hosted = Fixtures.eddsa().toBuilder().idStrategy(IdStrategy.urlPrefix("https://lms.example.edu/c/")).build();
        assertTrue(hosted.issue(Fixtures.badge("did:example:a")).id().matches("https://lms\\.example\\.edu/c/[0-9a-f-]{36}"));

        MicrocredException bad = assertThrows(MicrocredException.class, () -> Fixtures.eddsa().toBuilder()
                .idStrategy(draft -> "credential 7").build().issue(Fixtures.badge("did:example:a")));
        assertEquals(ErrorCode.INVALID_VALUE, bad.code());
        assertTrue(bad.getMessage().contains("'credential 7' for AchievementCredential.id"), bad.getMessage());

        OpenBadge fixed = Fixtures.badge("did:example:a").toBuilder().id("https://lms.example.edu/c/fixed").build();
        assertEquals("https://lms.example.edu/c/fixed", counted.issue(fixed).id());
    }

    @Test
    void aHashedRecipientMatchesTheAddressOnlyAsGiven() {
        for (Issuer issuer : List.of(Fixtures.eddsa(), jwt())) {
            SignedCredential signed = issuer.issue(OpenBadge.builder().achievement(Fixtures.achievement())
                    .recipient(Recipient.email("ada@example.org").hashed()).build());
            assertTrue(Fixtures.verify(signed.text()).isValid());
            AchievementSubject subject = signed.credential(AchievementCredential.class).credentialSubject().orElseThrow();
            assertTrue(subject.id().isEmpty());
            IdentityObject identity = subject.identifier().get(0);
            assertEquals(Boolean.TRUE, identity.hashed().orElseThrow());
            assertTrue(identity.identityHash().orElseThrow().startsWith("sha256$"));
            assertTrue(identity.matches("ada@example.org"));
            assertFalse(identity.matches("bob@example.org"));
            assertFalse(signed.text().contains("ada@example.org"));
        }
        IdentityObject salted = Fixtures.eddsa().issue(OpenBadge.builder().achievement(Fixtures.achievement())
                .recipient(Recipient.email("ada@example.org").hashed("pepper")).build())
                .credential(AchievementCredential.class).credentialSubject().orElseThrow().identifier().get(0);
        assertEquals("pepper", salted.salt().orElseThrow());
        assertEquals(IdentityObject.hashed(org.microcred.core.model.IdentifierType.EMAIL_ADDRESS, "ada@example.org",
                "pepper"), salted);
    }

    @Test
    void badgeValuesLandInTheCredential() {
        Instant awarded = Instant.parse("2025-01-01T00:00:00Z");
        CredentialStatus status = CredentialStatus.builder().id("https://example.edu/status/1#5")
                .type("BitstringStatusListEntry").statusPurpose("revocation").statusListIndex("5")
                .statusListCredential("https://example.edu/status/1").build();
        OpenBadge badge = OpenBadge.builder().achievement(Fixtures.achievement())
                .recipient(Recipient.id("did:example:ada")).name("Ada's CPR badge").description("Issued after the course.")
                .validFor(Duration.ofDays(30)).awardedDate(awarded)
                .addEvidence(Evidence.builder().narrative("Practical exam, 2025-12-01.").build())
                .addResult(Result.builder().value("A").build())
                .credentialStatus(status).narrative("Did well.").creditsEarned(new java.math.BigDecimal("1.5"))
                .build();
        AchievementCredential credential = Fixtures.eddsa().issue(badge).credential(AchievementCredential.class);
        assertEquals("Ada's CPR badge", credential.name().orElseThrow());
        assertEquals("Issued after the course.", credential.description().orElseThrow());
        assertEquals("2026-04-03T05:06:07Z", credential.validUntil().orElseThrow());
        assertEquals("2025-01-01T00:00:00Z", credential.awardedDate().orElseThrow());
        assertEquals("Practical exam, 2025-12-01.", credential.evidence().get(0).narrative().orElseThrow());
        assertEquals(List.of(status), credential.credentialStatus());
        AchievementSubject subject = credential.credentialSubject().orElseThrow();
        assertEquals("A", subject.result().get(0).value().orElseThrow());
        assertEquals("Did well.", subject.narrative().orElseThrow());
        assertEquals(0, new java.math.BigDecimal("1.5").compareTo(subject.creditsEarned().orElseThrow()));
    }

    @Test
    void aCallersCredentialKeepsEverythingItSet() {
        AchievementCredential mine = AchievementCredential.builder()
                .context(List.of(org.microcred.core.model.ContextEntry.of("https://www.w3.org/ns/credentials/v2"),
                        org.microcred.core.model.ContextEntry.of("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json")))
                .id("https://example.edu/credentials/7").name("Mine").issuer(Fixtures.did(Fixtures.ED25519))
                .validFrom("2020-01-01T00:00:00.5Z")
                .addCredentialSchema(CredentialSchema.builder().id("https://example.edu/schema.json").type("JsonSchema").build())
                .addCredentialStatus(CredentialStatus.builder().id("https://example.edu/revocations")
                        .type("1EdTechRevocationList").build())
                .credentialSubject(subject()).buildLenient();
        SignedCredential signed = Fixtures.eddsa().issue(mine);
        AchievementCredential out = signed.credential(AchievementCredential.class);
        assertEquals("https://example.edu/credentials/7", out.id().orElseThrow());
        assertEquals("Mine", out.name().orElseThrow());
        assertEquals("2020-01-01T00:00:00.5Z", out.validFrom().orElseThrow());
        assertEquals(mine.credentialSchema(), out.credentialSchema());
        assertEquals(TextNode.valueOf(Fixtures.did(Fixtures.ED25519)), signed.json().orElseThrow().get("issuer"),
                "a bare-URI issuer stays a bare URI");
        assertEquals("https://purl.imsglobal.org/spec/ob/v3p0/extensions.json",
                out.context().get(2).uri().orElseThrow(), "1EdTechRevocationList needs the extensions context");
        assertTrue(Fixtures.verify(signed.text()).isValid());
    }

    @Test
    void anotherIssuerIsRefused() {
        AchievementCredential theirs = AchievementCredential.builder().issuer("did:web:other.example")
                .credentialSubject(subject()).buildLenient();
        MicrocredException e = assertThrows(MicrocredException.class, () -> Fixtures.eddsa().issue(theirs));
        assertEquals(ErrorCode.ISSUER_KEY_MISMATCH, e.code());
        assertTrue(e.getMessage().contains("AchievementCredential.issuer is did:web:other.example"), e.getMessage());
    }

    @Test
    void incompleteCredentialsAreRefusedNamingTheField() {
        MicrocredException e = assertThrows(MicrocredException.class, () -> Fixtures.eddsa()
                .issue(AchievementCredential.builder().name("no subject").buildLenient()));
        assertEquals(ErrorCode.INVALID_VALUE, e.code());
        assertTrue(e.getMessage().startsWith("AchievementCredential.credentialSubject is required"), e.getMessage());

        MicrocredException v1 = assertThrows(MicrocredException.class, () -> Fixtures.eddsa().issue(
                AchievementCredential.builder().addContext("https://www.w3.org/2018/credentials/v1")
                        .addContext("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json")
                        .credentialSubject(subject()).buildLenient()));
        assertTrue(v1.getMessage().contains("VC 1.1 context"), v1.getMessage());

        MicrocredException kind = assertThrows(MicrocredException.class, () -> Fixtures.eddsa().issue(
                AchievementCredential.builder().type(List.of("VerifiableCredential", "EndorsementCredential"))
                        .credentialSubject(subject()).buildLenient()));
        assertEquals(ErrorCode.INVALID_VALUE, kind.code());
    }

    @Test
    void aJwtCannotCarryFractionalSeconds() {
        AchievementCredential precise = AchievementCredential.builder().validFrom("2026-01-01T00:00:00.250Z")
                .credentialSubject(subject()).buildLenient();
        MicrocredException e = assertThrows(MicrocredException.class, () -> jwt().issue(precise));
        assertEquals(ErrorCode.INVALID_VALUE, e.code());
        assertTrue(e.getMessage().contains("AchievementCredential.validFrom '2026-01-01T00:00:00.250Z' has fractions"),
                e.getMessage());
        MicrocredException until = assertThrows(MicrocredException.class, () -> jwt().issue(OpenBadge.builder()
                .achievement(Fixtures.achievement()).recipient(Recipient.id("did:example:a"))
                .validFor(Duration.ofMillis(1500)).build()));
        assertTrue(until.getMessage().contains("validUntil"), until.getMessage());
        assertTrue(Fixtures.verify(Fixtures.eddsa().issue(precise).text()).isValid(), "Data Integrity keeps fractions");
    }

    @Test
    void safeModeRefusesUndefinedTermsForJwtAndDataIntegrity() {
        AchievementCredential undefinedProperty = AchievementCredential.builder().credentialSubject(subject())
                .extension("favouriteColour", TextNode.valueOf("blue")).buildLenient();
        AchievementCredential undefinedType = AchievementCredential.builder().credentialSubject(subject())
                .addEvidence(Evidence.builder().type(List.of("Evidence", "Portfolio")).narrative("x").build())
                .buildLenient();
        for (AchievementCredential credential : List.of(undefinedProperty, undefinedType)) {
            for (Issuer issuer : List.of(jwt(), Fixtures.eddsa())) {
                MicrocredException e = assertThrows(MicrocredException.class, () -> issuer.issue(credential));
                assertEquals(ErrorCode.JSON_LD_FAILED, e.code(), e.getMessage());
            }
        }
        MicrocredException named = assertThrows(MicrocredException.class, () -> jwt().issue(undefinedProperty));
        assertTrue(named.getMessage().contains("favouriteColour"), named.getMessage());
    }

    @Test
    void aCanonicalizerWithMoreContextsDefinesMoreTerms() {
        String url = "https://example.edu/contexts/colours/v1";
        byte[] context = ("{\"@context\":{\"favouriteColour\":\"https://example.edu/vocab#favouriteColour\"}}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        org.microcred.core.jsonld.Canonicalizer canonicalizer = org.microcred.core.jsonld.Canonicalizer.builder()
                .registry(org.microcred.core.jsonld.ContextRegistry.builder()
                        .registerAll(org.microcred.core.jsonld.ContextRegistry.bundled()).register(url, context).build())
                .build();
        AchievementCredential coloured = AchievementCredential.builder()
                .context(List.of(org.microcred.core.model.ContextEntry.of("https://www.w3.org/ns/credentials/v2"),
                        org.microcred.core.model.ContextEntry.of("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"),
                        org.microcred.core.model.ContextEntry.of(url)))
                .credentialSubject(subject()).extension("favouriteColour", TextNode.valueOf("blue")).buildLenient();

        MicrocredException bundledOnly = assertThrows(MicrocredException.class, () -> jwt().issue(coloured));
        assertEquals(ErrorCode.CONTEXT_LOAD_FAILED, bundledOnly.code(), bundledOnly.getMessage());
        SignedCredential signed = jwt().toBuilder().canonicalizer(canonicalizer).build().issue(coloured);
        assertEquals("blue", Fixtures.jwtPayload(signed.text()).get("favouriteColour").asText());

        Issuer dataIntegrity = Issuer.builder().profile(Fixtures.profile(Fixtures.did(Fixtures.ED25519)))
                .signingKey(org.microcred.core.keys.SigningKeys.didKey(Fixtures.ED25519)).canonicalizer(canonicalizer)
                .build();
        String text = dataIntegrity.issue(coloured).text();
        assertTrue(ProofSuites.of(ProofSuites.eddsaRdfc2022(canonicalizer)).verify(text, Fixtures.RESOLVER).isValid());
    }

    @Test
    void aCredentialWithAProofIsSignedOnlyIfNothingNeedsFilling() {
        SignedCredential dataIntegrity = Fixtures.eddsa().issue(Fixtures.badge("did:example:ada"));
        AchievementCredential proven = dataIntegrity.credential(AchievementCredential.class);
        Issuer jwt = Fixtures.issuer(Fixtures.ED25519, SignatureAlgorithm.EdDSA, ProofSuites.vcJwt(SignatureAlgorithm.EdDSA))
                .build();
        SignedCredential enveloped = jwt.issue(proven);
        ProofVerification both = Fixtures.verify(enveloped.text());
        assertTrue(both.isValid(), both::toString);
        assertEquals(2, both.results().size(), "the JWT and the embedded proof");
        assertTrue(both.results().stream().allMatch(r -> r.isValid()), both::toString);

        AchievementCredential stripped = proven.toBuilder().credentialSchema(List.of()).buildLenient();
        MicrocredException e = assertThrows(MicrocredException.class, () -> jwt.issue(stripped));
        assertTrue(e.getMessage().contains("already has a proof, and completing it (adding credentialSchema)"),
                e.getMessage());


        // a second Data Integrity proof by the same issuer (another key) makes a proof set
        String web = "did:web:lms.example.edu";
        Issuer first = Issuer.builder().profile(Fixtures.profile(web)).clock(Fixtures.CLOCK)
                .signingKey(org.microcred.core.keys.SigningKeys.ed25519(Fixtures.ED25519, web + "#ed"))
                .proofSuite(ProofSuites.eddsaRdfc2022()).build();
        Issuer second = Issuer.builder().profile(Fixtures.profile(web)).clock(Fixtures.CLOCK)
                .signingKey(org.microcred.core.keys.SigningKeys.of(Fixtures.P256, SignatureAlgorithm.ES256, web + "#p256"))
                .proofSuite(ProofSuites.ecdsaRdfc2019()).build();
        SignedCredential once = first.issue(Fixtures.badge("did:example:ada"));
        SignedCredential twice = second.issue(once.credential());
        assertEquals(2, twice.credential().proof().size());
        org.microcred.core.proof.KeyResolver resolver = org.microcred.core.proof.KeyResolver
                .fixed(web + "#ed", Fixtures.ED25519.publicKey(), web)
                .orElse(org.microcred.core.proof.KeyResolver.fixed(web + "#p256", Fixtures.P256.publicKey(), web));
        ProofVerification set = Fixtures.verifiers().verify(twice.text(), resolver);
        assertEquals(2, set.results().size());
        assertTrue(set.results().stream().allMatch(r -> r.isValid()), set::toString);
    }

    @Test
    void openBadgeBuilderNamesMissingAndConflictingFields() {
        MicrocredException noAchievement = assertThrows(MicrocredException.class,
                () -> OpenBadge.builder().recipient(Recipient.id("did:example:a")).build());
        assertEquals("OpenBadge.achievement is required", noAchievement.getMessage().split(" — ")[0]);
        MicrocredException noRecipient = assertThrows(MicrocredException.class,
                () -> OpenBadge.builder().achievement(Fixtures.achievement()).build());
        assertTrue(noRecipient.getMessage().startsWith("OpenBadge.recipient is required"));
        MicrocredException both = assertThrows(MicrocredException.class, () -> OpenBadge.builder()
                .achievement(Fixtures.achievement()).recipient(Recipient.id("did:example:a"))
                .validUntil(Instant.parse("2030-01-01T00:00:00Z")).validFor(java.time.Period.ofDays(1)).build());
        assertTrue(both.getMessage().startsWith("OpenBadge.validUntil and OpenBadge.validFor are both set"));
        MicrocredException backwards = assertThrows(MicrocredException.class, () -> OpenBadge.builder()
                .achievement(Fixtures.achievement()).recipient(Recipient.id("did:example:a"))
                .validFrom(Instant.parse("2030-01-01T00:00:00Z")).validUntil(Instant.parse("2029-01-01T00:00:00Z")).build());
        assertTrue(backwards.getMessage().contains("is before validFrom"));
        IllegalArgumentException incomplete = assertThrows(IllegalArgumentException.class, () -> OpenBadge.builder()
                .achievement(org.microcred.core.model.Achievement.builder().id("urn:x:1").buildLenient()));
        assertTrue(incomplete.getMessage().startsWith("achievement is incomplete: Achievement."), incomplete.getMessage());
        assertThrows(IllegalArgumentException.class, () -> OpenBadge.builder().validFor(java.time.Period.ZERO));
        assertThrows(IllegalArgumentException.class, () -> Recipient.id("ada"));
        assertThrows(IllegalStateException.class, () -> Recipient.id("did:example:a").hashed());
    }
}
