package org.microcred.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.microcred.core.MicrocredException;

/** Builders, defaults, vocabularies, immutability. */
class ModelBuilderTest {

    static Achievement achievement() {
        return Achievement.builder().id("urn:uuid:a").name("Teamwork").description("Works in teams")
                .criteria(Criteria.builder().narrative("Peer nominated").build())
                .achievementType(AchievementType.BADGE).build();
    }

    static AchievementCredential.Builder badge() {
        return AchievementCredential.builder().id("urn:uuid:c").issuer("did:example:issuer")
                .validFrom("2024-01-01T00:00:00Z")
                .credentialSubject(AchievementSubject.builder().id("did:example:learner").achievement(achievement()).build());
    }

    @Test
    void buildFillsTheDefaultTypesAndContexts() {
        AchievementCredential c = badge().build();
        assertEquals(List.of("VerifiableCredential", "OpenBadgeCredential"), c.type());
        assertEquals(List.of(ContextEntry.of("https://www.w3.org/ns/credentials/v2"),
                ContextEntry.of("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json")), c.context());
        assertEquals(VcVersion.V2, c.vcVersion());
        assertEquals(List.of("Achievement"), c.credentialSubject().orElseThrow().achievement().orElseThrow().type());
        assertEquals(Instant.parse("2024-01-01T00:00:00Z"), c.issuedAt().orElseThrow());
        assertTrue(c.expiresAt().isEmpty());
        AchievementCredential timed = c.toBuilder().validUntil(Instant.parse("2026-06-30T12:00:00Z")).build();
        assertEquals("2026-06-30T12:00:00Z", timed.validUntil().orElseThrow());
        assertEquals(Instant.parse("2026-06-30T12:00:00Z"), timed.expiresAt().orElseThrow());
        assertEquals("did:example:issuer", c.issuerId().orElseThrow());
        assertTrue(c.jsonForm().isReference("issuer"));
        ClrCredential clr = ClrCredential.builder().id("urn:clr").name("Transcript").issuer("did:example:issuer")
                .validFrom("2024-01-01T00:00:00Z").credentialSubject(ClrSubject.builder().id("did:example:learner")
                        .addVerifiableCredential(c).addAchievement(achievement())
                        .addAssociation(Association.builder().associationType("isParentOf").sourceId("urn:uuid:a")
                                .targetId("urn:uuid:b").build()).build()).build();
        assertEquals("https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json", clr.context().get(1).uri().orElseThrow());
        assertEquals(List.of(), clr.problems());
    }

    @Test
    void vc11CredentialsBuildWithIssuanceDate() {
        AchievementCredential c = AchievementCredential.builder().id("urn:c").name("Badge")
                .addContext(VcVersion.V1_1.contextUri()).addContext("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json")
                .issuer(Profile.builder().id("did:example:i").build()).issuanceDate("2020-01-01T00:00:00Z")
                .expirationDate("2021-01-01T00:00:00Z")
                .credentialSubject(AchievementSubject.builder().id("did:example:l").achievement(achievement()).build())
                .build();
        assertEquals(VcVersion.V1_1, c.vcVersion());
        assertEquals(Instant.parse("2021-01-01T00:00:00Z"), c.expiresAt().orElseThrow());
        MicrocredException e = assertThrows(MicrocredException.class, () -> c.toBuilder().name(null).build());
        assertEquals("AchievementCredential.name is required (VC 1.1)", e.getMessage());
    }

    @Test
    void crossFieldRulesAreCheckedAtBuild() {
        MicrocredException e = assertThrows(MicrocredException.class,
                () -> badge().validUntil("2023-01-01T00:00:00Z").build());
        assertEquals("AchievementCredential.validUntil must not be before validFrom", e.getMessage());
        MicrocredException date = assertThrows(MicrocredException.class, () -> badge().validFrom("yesterday").build());
        assertTrue(date.getMessage().startsWith("AchievementCredential.validFrom 'yesterday' is not a date-time"));
    }

    @Test
    void vocabulariesAcceptSpecTermsAndExtensionsOnly() {
        assertSame(AchievementType.MICRO_CREDENTIAL, AchievementType.of("MicroCredential"));
        assertSame(AlignmentTargetType.CEASN_COMPETENCY, AlignmentTargetType.of("ceasn:Competency"));
        assertSame(IdentifierType.EMAIL_ADDRESS, IdentifierType.of("emailAddress"));
        assertSame(AssociationType.IS_PARENT_OF, AssociationType.of("isParentOf"));
        assertSame(ResultStatusType.IN_PROGRESS, ResultStatusType.of("InProgress"));
        assertSame(ResultType.GRADE_POINT_AVERAGE, ResultType.of("GradePointAverage"));
        AchievementType ext = AchievementType.of("ext:Nanodegree");
        assertTrue(ext.isExtension());
        assertFalse(ext.isKnown());
        assertEquals("ext:Nanodegree", ext.value());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AchievementType.of("Nanodegree"));
        assertTrue(e.getMessage().startsWith("'Nanodegree' is not a valid AchievementType: expected one of Achievement,"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AchievementType.of("ext:"));
        assertThrows(IllegalArgumentException.class, () -> AchievementType.of("badge"));
        assertThrows(IllegalArgumentException.class, () -> Achievement.builder().achievementType("Nanodegree"));
        AchievementType lenient = AchievementType.lenient("Nanodegree");
        assertFalse(lenient.isValid());
        MicrocredException build = assertThrows(MicrocredException.class,
                () -> achievement().toBuilder().achievementType(lenient).build());
        assertTrue(build.getMessage().startsWith("Achievement.achievementType has the value 'Nanodegree', which is not a valid"));
    }

    @Property
    void everyExtensionTermIsValid(@ForAll @AlphaChars @NumericChars @StringLength(min = 1, max = 20) String term) {
        assertTrue(ResultType.of("ext:" + term).isValid());
        assertFalse(ResultType.lenient(term).isExtension());
    }

    @Test
    void valuesAreImmutable() {
        ObjectNode extra = JsonNodeFactory.instance.objectNode().put("a", 1);
        Achievement.Builder builder = achievement().toBuilder().addTag("x").extension("x-extra", extra);
        Achievement a = builder.build();
        builder.addTag("y");
        extra.put("a", 2);
        assertEquals(List.of("x"), a.tag());
        assertEquals(1, a.extensions().get("x-extra").get("a").asInt());
        ((ObjectNode) a.extensions().get("x-extra")).put("a", 3);
        assertEquals(1, a.extensions().get("x-extra").get("a").asInt());
        assertThrows(UnsupportedOperationException.class, () -> a.tag().add("z"));
        assertThrows(NullPointerException.class, () -> Achievement.builder().addTag(null));
        assertEquals(a, a.toBuilder().build());
        assertEquals(a.hashCode(), a.toBuilder().build().hashCode());
        assertNotEquals(a, a.toBuilder().tag(List.of()).build());
    }

    @Test
    void numbersKeepTheirExactForm() {
        AchievementSubject s = AchievementSubject.builder().id("did:example:l").achievement(achievement())
                .creditsEarned(new BigDecimal("1.0")).build();
        assertEquals(new BigDecimal("1.0"), s.creditsEarned().orElseThrow());
        assertEquals("1.0", s.creditsEarnedNode().orElseThrow().toString());
        assertEquals("3", s.toBuilder().creditsEarned(new BigDecimal("3")).build().creditsEarnedNode().orElseThrow().toString());
        assertThrows(IllegalArgumentException.class, () -> s.toBuilder().creditsEarned(TextNode.valueOf("1")));
    }

    @Test
    void settingAProfileIssuerAfterABareOneWritesAnObject() {
        AchievementCredential c = badge().issuer(Profile.builder().id("did:example:issuer").name("U").build()).build();
        assertFalse(c.jsonForm().isReference("issuer"));
        assertEquals("U", c.issuer().orElseThrow().name().orElseThrow());
    }

    @Test
    void genericCredentialsFollowTheVcRulesOnly() {
        VerifiableCredential vc = VerifiableCredential.builder().issuer("did:example:issuer")
                .credentialSubject(JsonNodeFactory.instance.objectNode().put("id", "did:example:s")).build();
        assertEquals(List.of("VerifiableCredential"), vc.type());
        assertTrue(vc.id().isEmpty());
        assertEquals(List.of(), vc.problems(), "VC 2.0 makes validFrom optional");
        VerifiableCredential v11 = vc.toBuilder().context(List.of(ContextEntry.of(VcVersion.V1_1.contextUri()))).buildLenient();
        assertEquals(List.of("VerifiableCredential.issuanceDate is required (VC 1.1)"), v11.problems());
    }

    @Test
    void proofsCanBeReplacedAndSubjectsFound() {
        AchievementCredential c = badge().build();
        Proof proof = Proof.builder().type("DataIntegrityProof").cryptosuite("eddsa-rdfc-2022").build();
        Credential signed = c.withProof(List.of(proof));
        assertEquals(List.of(proof), signed.proof());
        assertEquals(c, signed.withProof(List.of()));
        assertEquals("did:example:learner", c.subjectId().orElseThrow());
        VerifiableCredential vc = VerifiableCredential.builder().issuer("did:example:i")
                .credentialSubject(JsonNodeFactory.instance.arrayNode().add(JsonNodeFactory.instance.objectNode().put("id", "s1")))
                .build();
        assertEquals("s1", vc.subjectId().orElseThrow());
    }

    @Test
    void toStringShowsOnlyWhatIsSet() {
        assertEquals("Criteria{narrative=Peer nominated}", Criteria.builder().narrative("Peer nominated").build().toString());
    }
}
