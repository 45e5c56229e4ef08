package org.microcred.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;
import org.microcred.core.model.AchievementCredential;
import org.microcred.core.model.AchievementType;
import org.microcred.core.model.ClrCredential;
import org.microcred.core.model.Credential;
import org.microcred.core.model.EndorsementCredential;
import org.microcred.core.model.VcVersion;
import org.microcred.core.model.VerifiableCredential;

/** Reading shapes, leniency, lossless forms and error pointers. */
class CredentialJsonTest {

    private static final String V2 = "https://www.w3.org/ns/credentials/v2";
    private static final String OB = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

    private static String badge(String subject) {
        return "{\"@context\":[\"" + V2 + "\",\"" + OB + "\"],\"id\":\"urn:uuid:1\","
                + "\"type\":[\"VerifiableCredential\",\"OpenBadgeCredential\"],\"issuer\":\"did:example:issuer\","
                + "\"validFrom\":\"2024-01-01T00:00:00Z\",\"credentialSubject\":" + subject + "}";
    }

    private static final String SUBJECT = "{\"id\":\"did:example:learner\",\"type\":\"AchievementSubject\","
            + "\"achievement\":{\"id\":\"urn:uuid:a\",\"type\":\"Achievement\",\"name\":\"A\",\"description\":\"d\","
            + "\"criteria\":{\"narrative\":\"n\"}}}";

    private static MicrocredException readFails(String json) {
        return assertThrows(MicrocredException.class, () -> CredentialJson.read(json));
    }

    @Test
    void aSubjectOfTheWrongShapeIsRejectedWithItsPointer() {
        MicrocredException e = readFails(badge("42"));
        assertEquals(ErrorCode.INVALID_VALUE, e.code());
        assertTrue(e.getMessage().contains("/credentialSubject"), e.getMessage());
        assertTrue(e.getMessage().contains("a number"), e.getMessage());
    }

    @Test
    void nestedWrongShapesNameTheirPointer() {
        MicrocredException name = readFails(badge(SUBJECT.replace("\"name\":\"A\"", "\"name\":7")));
        assertTrue(name.getMessage().contains("/credentialSubject/achievement/name"), name.getMessage());
        String withProof = badge(SUBJECT).replace("\"validFrom\"", "\"proof\":[{\"type\":\"DataIntegrityProof\"},3],\"validFrom\"");
        MicrocredException proof = readFails(withProof);
        assertTrue(proof.getMessage().contains("/proof/1"), proof.getMessage());
        MicrocredException tag = readFails(badge(SUBJECT.replace("\"name\":\"A\"", "\"name\":\"A\",\"tag\":[\"x\",false]")));
        assertTrue(tag.getMessage().contains("/credentialSubject/achievement/tag/1"), tag.getMessage());
        MicrocredException context = readFails(badge(SUBJECT).replace("\"" + OB + "\"", "5"));
        assertTrue(context.getMessage().contains("/@context/1"), context.getMessage());
    }

    @Test
    void aRootThatIsNotAnObjectIsMalformed() {
        assertEquals(ErrorCode.JSON_MALFORMED, readFails("[1]").code());
        assertEquals(ErrorCode.JSON_MALFORMED, readFails("{").code());
    }

    @Test
    void theKindFollowsTheType() {
        assertInstanceOf(AchievementCredential.class, CredentialJson.read(badge(SUBJECT)));
        assertInstanceOf(AchievementCredential.class, CredentialJson.read(
                badge(SUBJECT).replace("[\"VerifiableCredential\",\"OpenBadgeCredential\"]", "\"AchievementCredential\"")));
        assertInstanceOf(EndorsementCredential.class, CredentialJson.read(
                badge("{\"id\":\"urn:x\",\"type\":\"EndorsementSubject\"}").replace("OpenBadgeCredential", "EndorsementCredential")));
        assertInstanceOf(ClrCredential.class, CredentialJson.read(
                badge("{\"id\":\"urn:x\",\"type\":\"ClrSubject\",\"verifiableCredential\":[" + badge(SUBJECT) + "]}")
                        .replaceFirst("OpenBadgeCredential", "ClrCredential")));
        Credential other = CredentialJson.read(badge("[{\"id\":\"a\"},{\"id\":\"b\"}]").replace(",\"OpenBadgeCredential\"", ""));
        assertInstanceOf(VerifiableCredential.class, other);
        assertEquals(2, ((VerifiableCredential) other).credentialSubject().orElseThrow().size());
    }

    @Test
    void askingForTheWrongKindFails() {
        MicrocredException e = assertThrows(MicrocredException.class,
                () -> CredentialJson.read(Json.standard().parse(badge(SUBJECT)), ClrCredential.class));
        assertEquals(ErrorCode.INVALID_VALUE, e.code());
        assertTrue(e.getMessage().contains("ClrCredential"), e.getMessage());
    }

    @Test
    void oddButLegalShapesWriteBackExactly() {
        String json = "{\"@context\":[\"" + V2 + "\",{\"@vocab\":\"https://example.org/#\"},\"" + OB + "\"],"
                + "\"id\":\"urn:uuid:1\",\"type\":\"OpenBadgeCredential\",\"issuer\":\"did:example:issuer\","
                + "\"validFrom\":\"2024-01-01T00:00:00Z\",\"validUntil\":null,\"evidence\":[],"
                + "\"credentialStatus\":[{\"id\":\"s\",\"type\":\"BitstringStatusListEntry\",\"statusListIndex\":42}],"
                + "\"credentialSchema\":{\"id\":\"https://x\",\"type\":\"1EdTechJsonSchemaValidator2019\"},"
                + "\"credentialSubject\":[{\"id\":\"did:example:l\",\"type\":[\"AchievementSubject\"],\"creditsEarned\":1.0,"
                + "\"x-unknown\":{\"deep\":[1,2.50,null]},"
                + "\"achievement\":{\"id\":\"urn:a\",\"type\":\"Achievement\",\"creditsAvailable\":3,\"name\":\"A\","
                + "\"description\":\"d\",\"criteria\":{\"narrative\":\"n\",\"extra\":true},\"achievementType\":\"ext:Nano\","
                + "\"image\":\"https://example.org/a.png\",\"tag\":\"one\"}}],"
                + "\"proof\":[{\"type\":\"DataIntegrityProof\",\"previousProof\":\"urn:p1\",\"@context\":[\"" + V2 + "\"]}]}";
        JsonNode original = Json.standard().parse(json);
        AchievementCredential c = CredentialJson.read(original, AchievementCredential.class);
        assertEquals(original, CredentialJson.write(c));
        assertEquals(original, Json.standard().parse(CredentialJson.writeString(c)));
        var subject = c.credentialSubject().orElseThrow();
        assertEquals(new BigDecimal("1.0"), subject.creditsEarned().orElseThrow());
        assertEquals("42", c.credentialStatus().get(0).statusListIndex().orElseThrow());
        assertEquals(AchievementType.lenient("ext:Nano"), subject.achievement().orElseThrow().achievementType().orElseThrow());
        assertEquals("did:example:issuer", c.issuerId().orElseThrow());
        assertTrue(c.jsonForm().isReference("issuer"));
        assertTrue(c.jsonForm().isWrapped("credentialSubject"));
        assertTrue(c.jsonForm().isWrapped("credentialStatus"));
        assertTrue(c.extensions().containsKey("validUntil"), "null kept verbatim");
        assertTrue(c.validUntil().isEmpty());
        assertTrue(subject.extensions().containsKey("x-unknown"));
        assertEquals(List.of("AchievementCredential.type must contain \"VerifiableCredential\"",
                "AchievementCredential.@context[1] must be the OB 3.0 context URI"
                        + " (https://purl.imsglobal.org/spec/ob/v3p0/context-3.x.y.json)"), c.problems());
    }

    @Test
    void writingIsOrderedContextIdTypeThenSpecOrderThenExtensions() {
        String json = "{\"zzz\":1,\"proof\":{\"type\":\"DataIntegrityProof\"},\"credentialSubject\":" + SUBJECT + ","
                + "\"validFrom\":\"2024-01-01T00:00:00Z\",\"issuer\":\"did:example:i\",\"name\":\"N\",\"aaa\":2,"
                + "\"type\":[\"VerifiableCredential\",\"OpenBadgeCredential\"],\"id\":\"urn:1\",\"@context\":[\"" + V2 + "\"]}";
        ObjectNode written = CredentialJson.write(CredentialJson.read(json));
        List<String> names = new ArrayList<>();
        written.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("@context", "id", "type", "name", "issuer", "validFrom", "credentialSubject", "proof",
                "zzz", "aaa"), names);
    }

    @Test
    void readingIsLenientAndProblemsNameThePaths() {
        String json = badge(SUBJECT.replace(",\"criteria\":{\"narrative\":\"n\"}", "")
                .replace("\"Achievement\",", "\"Achievement\",\"achievementType\":\"Nanodegree\",")
                .replace("\"id\":\"did:example:learner\",", "")).replace("\"validFrom\":\"2024-01-01T00:00:00Z\",", "");
        AchievementCredential c = (AchievementCredential) CredentialJson.read(json);
        List<String> problems = c.problems();
        assertTrue(problems.contains("AchievementCredential.credentialSubject.achievement.criteria is required"), problems.toString());
        assertTrue(problems.contains("AchievementCredential.validFrom is required"), problems.toString());
        assertTrue(problems.contains("AchievementCredential.credentialSubject must have an id or at least one identifier"),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(
                "AchievementCredential.credentialSubject.achievement.achievementType has the value 'Nanodegree'")), problems.toString());
        MicrocredException e = assertThrows(MicrocredException.class, () -> c.toBuilder().build());
        assertEquals(ErrorCode.INVALID_VALUE, e.code());
        assertTrue(e.getMessage().startsWith("AchievementCredential."), e.getMessage());
        assertTrue(e.getMessage().contains("AchievementCredential.credentialSubject.achievement.criteria is required"));
    }

    @Test
    void vc11CredentialsUseIssuanceAndExpirationDates() {
        String json = "{\"@context\":[\"https://www.w3.org/2018/credentials/v1\",\"" + OB + "\"],\"id\":\"urn:1\","
                + "\"type\":[\"VerifiableCredential\",\"OpenBadgeCredential\"],\"name\":\"B\","
                + "\"issuer\":{\"id\":\"did:example:i\",\"type\":\"Profile\"},\"issuanceDate\":\"2022-05-01T10:00:00Z\","
                + "\"expirationDate\":\"2030-01-01T00:00:00+01:00\",\"credentialSubject\":" + SUBJECT + "}";
        Credential c = CredentialJson.read(json);
        assertEquals(VcVersion.V1_1, c.vcVersion());
        assertEquals(Instant.parse("2022-05-01T10:00:00Z"), c.issuedAt().orElseThrow());
        assertEquals(Instant.parse("2029-12-31T23:00:00Z"), c.expiresAt().orElseThrow());
        assertEquals(List.of(), c.problems());
        Credential bareIssuer = CredentialJson.read(json.replace("{\"id\":\"did:example:i\",\"type\":\"Profile\"}", "\"did:example:i\""));
        assertTrue(bareIssuer.problems().contains(
                "AchievementCredential.issuer must be a Profile object, not a bare URI (VC 1.1)"), bareIssuer.problems().toString());
        Credential noDate = CredentialJson.read(json.replace("issuanceDate", "validFrom"));
        assertTrue(noDate.problems().contains("AchievementCredential.issuanceDate is required (VC 1.1)"));
        assertEquals(Instant.parse("2022-05-01T10:00:00Z"), noDate.issuedAt().orElseThrow(), "falls back to validFrom");
    }

    @Test
    void vc2CredentialsUseValidFromAndValidUntil() {
        Credential c = CredentialJson.read(badge(SUBJECT).replace("\"validFrom\"",
                "\"validUntil\":\"2025-01-01T00:00:00Z\",\"validFrom\""));
        assertEquals(VcVersion.V2, c.vcVersion());
        assertEquals(Instant.parse("2024-01-01T00:00:00Z"), c.issuedAt().orElseThrow());
        assertEquals(Instant.parse("2025-01-01T00:00:00Z"), c.expiresAt().orElseThrow());
        Credential reversed = CredentialJson.read(badge(SUBJECT).replace("\"validFrom\"",
                "\"validUntil\":\"2023-01-01T00:00:00Z\",\"validFrom\""));
        assertTrue(reversed.problems().contains("AchievementCredential.validUntil must not be before validFrom"));
        Credential badDate = CredentialJson.read(badge(SUBJECT).replace("2024-01-01T00:00:00Z", "2024-01-01"));
        assertTrue(badDate.issuedAt().isEmpty());
        assertTrue(badDate.problems().get(0).startsWith("AchievementCredential.validFrom '2024-01-01' is not a date-time"),
                badDate.problems().toString());
    }

    @Test
    void modelValuesOtherThanCredentialsReadAndWrite() {
        JsonNode profile = Json.standard().parse("{\"id\":\"https://example.edu\",\"type\":\"Profile\",\"name\":\"U\","
                + "\"address\":{\"type\":[\"Address\"],\"geo\":{\"type\":\"GeoCoordinates\",\"latitude\":52.50,\"longitude\":13}}}");
        var p = CredentialJson.readValue(profile, org.microcred.core.model.Profile.class);
        assertEquals(new BigDecimal("52.50"), p.address().orElseThrow().geo().orElseThrow().latitude().orElseThrow());
        assertEquals(profile, CredentialJson.writeValue(p));
        assertEquals(List.of(), p.problems());
    }
}
