package org.microcred.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;

/** Every required property: a credential missing exactly that one fails to build, naming its path. */
class RequiredFieldsTest {

    static final String C = "AchievementCredential";
    static final String S = C + ".credentialSubject";
    static final String A = S + ".achievement";

    static final List<String> REQUIRED = List.of(
            C + ".id", C + ".issuer", C + ".validFrom", C + ".credentialSubject", C + ".issuer.id",
            C + ".issuer.address.geo.latitude", C + ".issuer.address.geo.longitude",
            S + ".achievement", A + ".id", A + ".name", A + ".description", A + ".criteria", A + ".image.id",
            A + ".alignment[0].targetName", A + ".alignment[0].targetUrl",
            A + ".resultDescription[0].id", A + ".resultDescription[0].name", A + ".resultDescription[0].resultType",
            A + ".resultDescription[0].rubricCriterionLevel[0].id", A + ".resultDescription[0].rubricCriterionLevel[0].name",
            A + ".otherIdentifier[0].identifier", A + ".otherIdentifier[0].identifierType", A + ".related[0].id",
            S + ".identifier[0].hashed", S + ".identifier[0].identityHash", S + ".identifier[0].identityType",
            C + ".endorsement[0].id", C + ".endorsement[0].name", C + ".endorsement[0].issuer",
            C + ".endorsement[0].credentialSubject", C + ".endorsement[0].credentialSubject.id",
            C + ".credentialSchema[0].id", C + ".credentialSchema[0].type", C + ".credentialStatus[0].type",
            C + ".refreshService.id", C + ".refreshService.type", C + ".termsOfUse[0].type", C + ".proof[0].type");

    /** A credential using every class with required properties, leaving out the one named path. */
    static AchievementCredential.Builder complete(Set<String> omit) {
        Checker has = p -> !omit.contains(p);
        GeoCoordinates.Builder geo = GeoCoordinates.builder().type("GeoCoordinates");
        if (has.test(C + ".issuer.address.geo.latitude")) {
            geo.latitude(new BigDecimal("52.5"));
        }
        if (has.test(C + ".issuer.address.geo.longitude")) {
            geo.longitude(new BigDecimal("13.4"));
        }
        Profile.Builder issuer = Profile.builder().addType("Profile").name("Example University")
                .address(Address.builder().addType("Address").geo(geo.buildLenient()).buildLenient());
        if (has.test(C + ".issuer.id")) {
            issuer.id("https://example.edu");
        }
        Image.Builder image = Image.builder().type("Image");
        if (has.test(A + ".image.id")) {
            image.id("https://example.edu/badge.png");
        }
        Alignment.Builder alignment = Alignment.builder().addType("Alignment");
        if (has.test(A + ".alignment[0].targetName")) {
            alignment.targetName("Teamwork");
        }
        if (has.test(A + ".alignment[0].targetUrl")) {
            alignment.targetUrl("https://example.org/case/1");
        }
        RubricCriterionLevel.Builder level = RubricCriterionLevel.builder().addType("RubricCriterionLevel");
        if (has.test(A + ".resultDescription[0].rubricCriterionLevel[0].id")) {
            level.id("urn:level:1");
        }
        if (has.test(A + ".resultDescription[0].rubricCriterionLevel[0].name")) {
            level.name("Proficient");
        }
        ResultDescription.Builder rd = ResultDescription.builder().addType("ResultDescription")
                .addRubricCriterionLevel(level.buildLenient());
        if (has.test(A + ".resultDescription[0].id")) {
            rd.id("urn:rd:1");
        }
        if (has.test(A + ".resultDescription[0].name")) {
            rd.name("Final grade");
        }
        if (has.test(A + ".resultDescription[0].resultType")) {
            rd.resultType(ResultType.LETTER_GRADE);
        }
        IdentifierEntry.Builder other = IdentifierEntry.builder().type("IdentifierEntry");
        if (has.test(A + ".otherIdentifier[0].identifier")) {
            other.identifier("CS-101");
        }
        if (has.test(A + ".otherIdentifier[0].identifierType")) {
            other.identifierType(IdentifierType.SYSTEM_ID);
        }
        Related.Builder related = Related.builder().addType("Related");
        if (has.test(A + ".related[0].id")) {
            related.id("urn:related:1");
        }
        Achievement.Builder achievement = Achievement.builder().addType("Achievement").image(image.buildLenient())
                .addAlignment(alignment.buildLenient()).addResultDescription(rd.buildLenient())
                .addOtherIdentifier(other.buildLenient()).addRelated(related.buildLenient());
        if (has.test(A + ".id")) {
            achievement.id("urn:uuid:achievement");
        }
        if (has.test(A + ".name")) {
            achievement.name("Teamwork");
        }
        if (has.test(A + ".description")) {
            achievement.description("Works well in teams.");
        }
        if (has.test(A + ".criteria")) {
            achievement.criteria(Criteria.builder().narrative("Nominated by peers.").buildLenient());
        }
        IdentityObject.Builder identity = IdentityObject.builder().type("IdentityObject").salt("Kosher");
        if (has.test(S + ".identifier[0].hashed")) {
            identity.hashed(true);
        }
        if (has.test(S + ".identifier[0].identityHash")) {
            identity.identityHash(IdentityHash.sha256("a@example.com", "Kosher"));
        }
        if (has.test(S + ".identifier[0].identityType")) {
            identity.identityType(IdentifierType.EMAIL_ADDRESS);
        }
        AchievementSubject.Builder subject = AchievementSubject.builder().addType("AchievementSubject")
                .addIdentifier(identity.buildLenient());
        if (has.test(S + ".achievement")) {
            subject.achievement(achievement.buildLenient());
        }
        EndorsementSubject.Builder endorsed = EndorsementSubject.builder().addType("EndorsementSubject")
                .endorsementComment("Good badge");
        if (has.test(C + ".endorsement[0].credentialSubject.id")) {
            endorsed.id("urn:uuid:credential");
        }
        EndorsementCredential.Builder endorsement = EndorsementCredential.builder()
                .addType("VerifiableCredential").addType("EndorsementCredential")
                .context(EndorsementCredential.DEFAULT_CONTEXT.stream().map(ContextEntry::of).toList())
                .validFrom("2024-01-01T00:00:00Z");
        if (has.test(C + ".endorsement[0].id")) {
            endorsement.id("urn:uuid:endorsement");
        }
        if (has.test(C + ".endorsement[0].name")) {
            endorsement.name("Endorsement");
        }
        if (has.test(C + ".endorsement[0].issuer")) {
            endorsement.issuer("did:example:endorser");
        }
        if (has.test(C + ".endorsement[0].credentialSubject")) {
            endorsement.credentialSubject(endorsed.buildLenient());
        }
        CredentialSchema.Builder schema = CredentialSchema.builder();
        if (has.test(C + ".credentialSchema[0].id")) {
            schema.id("https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json");
        }
        if (has.test(C + ".credentialSchema[0].type")) {
            schema.type("1EdTechJsonSchemaValidator2019");
        }
        CredentialStatus.Builder status = CredentialStatus.builder().id("https://example.edu/status/1#5")
                .statusPurpose("revocation").statusListIndex("5").statusListCredential("https://example.edu/status/1");
        if (has.test(C + ".credentialStatus[0].type")) {
            status.type("BitstringStatusListEntry");
        }
        RefreshService.Builder refresh = RefreshService.builder();
        if (has.test(C + ".refreshService.id")) {
            refresh.id("https://example.edu/refresh");
        }
        if (has.test(C + ".refreshService.type")) {
            refresh.type("1EdTechCredentialRefresh");
        }
        TermsOfUse.Builder terms = TermsOfUse.builder().id("https://example.edu/terms");
        if (has.test(C + ".termsOfUse[0].type")) {
            terms.type("TrustFrameworkPolicy");
        }
        Proof.Builder proof = Proof.builder().cryptosuite("eddsa-rdfc-2022").proofPurpose("assertionMethod")
                .verificationMethod("https://example.edu#key-1").created("2024-01-01T00:00:00Z").proofValue("z3");
        if (has.test(C + ".proof[0].type")) {
            proof.type("DataIntegrityProof");
        }
        AchievementCredential.Builder credential = AchievementCredential.builder()
                .addEndorsement(endorsement.buildLenient()).addCredentialSchema(schema.buildLenient())
                .addCredentialStatus(status.buildLenient()).refreshService(refresh.buildLenient())
                .addTermsOfUse(terms.buildLenient()).addProof(proof.buildLenient());
        if (has.test(C + ".id")) {
            credential.id("urn:uuid:credential");
        }
        if (has.test(C + ".issuer")) {
            credential.issuer(issuer.buildLenient());
        }
        if (has.test(C + ".validFrom")) {
            credential.validFrom("2024-01-01T00:00:00Z");
        }
        if (has.test(C + ".credentialSubject")) {
            credential.credentialSubject(subject.buildLenient());
        }
        return credential;
    }

    @FunctionalInterface
    interface Checker {
        boolean test(String path);
    }

    @Provide
    Arbitrary<String> requiredPaths() {
        return Arbitraries.of(REQUIRED);
    }

    @Test
    void theCompleteCredentialBuilds() {
        AchievementCredential credential = complete(Set.of()).build();
        assertEquals(List.of(), credential.problems());
        assertEquals(List.of("VerifiableCredential", "OpenBadgeCredential"), credential.type());
    }

    @Property
    void missingOneRequiredPropertyFailsNamingItsPath(@ForAll("requiredPaths") String path) {
        AchievementCredential.Builder builder = complete(Set.of(path));
        MicrocredException e = assertThrows(MicrocredException.class, builder::build);
        assertEquals(ErrorCode.INVALID_VALUE, e.code());
        assertTrue(e.getMessage().startsWith(path + " is required"), e.getMessage());
        assertTrue(builder.buildLenient().problems().contains(path + " is required"));
    }

    @Test
    void nestedBuildersNameTheirOwnClass() {
        MicrocredException e = assertThrows(MicrocredException.class,
                () -> Achievement.builder().id("urn:a").name("A").description("d").build());
        assertEquals("Achievement.criteria is required", e.getMessage());
        MicrocredException alignment = assertThrows(MicrocredException.class,
                () -> Alignment.builder().targetName("T").build());
        assertEquals("Alignment.targetUrl is required", alignment.getMessage());
        MicrocredException association = assertThrows(MicrocredException.class,
                () -> Association.builder().associationType(AssociationType.IS_PARENT_OF).sourceId("urn:a").build());
        assertEquals("Association.targetId is required", association.getMessage());
    }

    @Test
    void aSubjectNeedsAnIdOrAnIdentifier() {
        AchievementSubject.Builder subject = AchievementSubject.builder()
                .achievement(complete(Set.of()).build().credentialSubject().orElseThrow().achievement().orElseThrow());
        MicrocredException e = assertThrows(MicrocredException.class, subject::build);
        assertEquals("AchievementSubject must have an id or at least one identifier", e.getMessage());
        subject.id("did:example:learner").build();
    }

    @Test
    void aClrSubjectNeedsCredentials() {
        MicrocredException e = assertThrows(MicrocredException.class,
                () -> ClrSubject.builder().id("did:example:learner").build());
        assertEquals("ClrSubject.verifiableCredential is required", e.getMessage());
    }
}
