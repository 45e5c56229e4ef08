package org.microcred.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.microcred.core.model.Achievement;
import org.microcred.core.model.AchievementCredential;
import org.microcred.core.model.AchievementSubject;
import org.microcred.core.model.AchievementType;
import org.microcred.core.model.Alignment;
import org.microcred.core.model.AlignmentTargetType;
import org.microcred.core.model.Credential;
import org.microcred.core.model.Criteria;
import org.microcred.core.model.IdentifierType;
import org.microcred.core.model.IdentityObject;
import org.microcred.core.model.Profile;
import org.microcred.core.model.Result;
import org.microcred.core.model.ResultDescription;
import org.microcred.core.model.ResultStatusType;
import org.microcred.core.model.ResultType;

/** Arbitrary built credentials round-trip through JSON trees and text. */
class CredentialRoundTripProperties {

    private static Arbitrary<String> text() {
        return Arbitraries.strings().ofMinLength(1).ofMaxLength(12);
    }

    private static Arbitrary<String> uri() {
        return Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(10).map(s -> "urn:example:" + s);
    }

    private static Arbitrary<String> extTerm() {
        return Arbitraries.strings().withChars("abcXYZ019._-").ofMinLength(1).ofMaxLength(8).map(s -> "ext:" + s);
    }

    private static Arbitrary<JsonNode> extensionValue() {
        Arbitrary<JsonNode> scalar = Arbitraries.oneOf(
                text().map(TextNode::valueOf),
                Arbitraries.integers().map(IntNode::valueOf),
                Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("1000")).ofScale(2)
                        .map(DecimalNode::valueOf),
                Arbitraries.of(true, false).map(BooleanNode::valueOf));
        return Arbitraries.oneOf(scalar, scalar.list().ofMaxSize(3).map(list -> {
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            for (int i = 0; i < list.size(); i++) {
                o.set("k" + i, list.get(i));
            }
            return o;
        }));
    }

    private static Arbitrary<Map<String, JsonNode>> extensions() {
        return Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6).map(s -> "x-" + s),
                extensionValue()).ofMaxSize(2);
    }

    private static Arbitrary<Alignment> alignments() {
        Arbitrary<AlignmentTargetType> targetType = Arbitraries.oneOf(Arbitraries.of(AlignmentTargetType.VALUES),
                extTerm().map(AlignmentTargetType::of));
        return Combinators.combine(text(), uri(), targetType.optional(), text().optional())
                .as((name, url, type, code) -> {
                    Alignment.Builder b = Alignment.builder().targetName(name).targetUrl(url);
                    type.ifPresent(b::targetType);
                    code.ifPresent(b::targetCode);
                    return b.build();
                });
    }

    private static Arbitrary<ResultDescription> resultDescriptions() {
        Arbitrary<ResultType> resultType = Arbitraries.oneOf(Arbitraries.of(ResultType.VALUES),
                extTerm().map(ResultType::of));
        return Combinators.combine(uri(), text(), resultType, text().list().ofMaxSize(3))
                .as((id, name, type, allowed) -> ResultDescription.builder().id(id).name(name).resultType(type)
                        .allowedValue(allowed).build());
    }

    private static Arbitrary<Achievement> achievements() {
        Arbitrary<AchievementType> achievementType = Arbitraries.oneOf(Arbitraries.of(AchievementType.VALUES),
                extTerm().map(AchievementType::of));
        Arbitrary<BigDecimal> credits = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("500"))
                .ofScale(1);
        return Combinators.combine(uri(), text(), text(), achievementType.optional(), text().list().ofMaxSize(3),
                        alignments().list().ofMaxSize(2), resultDescriptions().list().ofMaxSize(2),
                        Combinators.combine(credits.optional(), extensions()).as(Map::entry))
                .as((id, name, description, type, tags, alignment, results, more) -> {
                    Achievement.Builder b = Achievement.builder().id(id).name(name).description(description)
                            .criteria(Criteria.builder().narrative(description).build()).tag(tags)
                            .alignment(alignment).resultDescription(results).extensions(more.getValue());
                    type.ifPresent(b::achievementType);
                    more.getKey().ifPresent(b::creditsAvailable);
                    return b.build();
                });
    }

    private static Arbitrary<IdentityObject> identities() {
        return Combinators.combine(text(), Arbitraries.of(true, false), Arbitraries.of(IdentifierType.VALUES))
                .as((identifier, hashed, type) -> hashed ? IdentityObject.hashed(type, identifier)
                        : IdentityObject.plain(type, identifier));
    }

    private static Arbitrary<Result> results() {
        Arbitrary<ResultStatusType> status = Arbitraries.oneOf(Arbitraries.of(ResultStatusType.VALUES),
                extTerm().map(ResultStatusType::of));
        return Combinators.combine(status.optional(), text().optional()).as((s, v) -> {
            Result.Builder b = Result.builder();
            s.ifPresent(b::status);
            v.ifPresent(b::value);
            return b.build();
        });
    }

    private static Arbitrary<AchievementSubject> subjects() {
        Arbitrary<Optional<String>> id = uri().optional();
        return Combinators.combine(achievements(), id, identities().list().ofMaxSize(2),
                        results().list().ofMaxSize(2), Arbitraries.bigDecimals().between(BigDecimal.ZERO,
                                new BigDecimal("99")).ofScale(2).optional())
                .as((achievement, subjectId, identifiers, results, credits) -> {
                    AchievementSubject.Builder b = AchievementSubject.builder().achievement(achievement)
                            .identifier(identifiers).result(results);
                    if (subjectId.isPresent() || identifiers.isEmpty()) {
                        b.id(subjectId.orElse("did:example:learner"));
                    }
                    credits.ifPresent(b::creditsEarned);
                    return b.build();
                });
    }

    @Provide
    Arbitrary<AchievementCredential> credentials() {
        Arbitrary<Object> issuer = Arbitraries.oneOf(uri().map(u -> (Object) u),
                Combinators.combine(uri(), text().optional()).as((id, name) -> {
                    Profile.Builder b = Profile.builder().id(id);
                    name.ifPresent(b::name);
                    return (Object) b.build();
                }));
        Arbitrary<Instant> from = Arbitraries.longs().between(0, 4_000_000_000L).map(Instant::ofEpochSecond);
        return Combinators.combine(uri(), issuer, from, Arbitraries.longs().between(1, 1_000_000_000L).optional(),
                        subjects(), text().optional(), extensions())
                .as((id, iss, validFrom, duration, subject, name, ext) -> {
                    AchievementCredential.Builder b = AchievementCredential.builder().id(id)
                            .validFrom(validFrom.toString()).credentialSubject(subject).extensions(ext);
                    if (iss instanceof String s) {
                        b.issuer(s);
                    } else {
                        b.issuer((Profile) iss);
                    }
                    duration.ifPresent(d -> b.validUntil(validFrom.plusSeconds(d).toString()));
                    name.ifPresent(b::name);
                    return b.build();
                });
    }

    @Property(tries = 300)
    void builtCredentialsRoundTripThroughTrees(@ForAll("credentials") AchievementCredential credential) {
        ObjectNode json = CredentialJson.write(credential);
        Credential read = CredentialJson.read(json);
        assertEquals(credential, read);
        assertEquals(json, CredentialJson.write(read));
    }

    @Property(tries = 300)
    void builtCredentialsRoundTripThroughText(@ForAll("credentials") AchievementCredential credential) {
        String text = CredentialJson.writeString(credential);
        assertEquals(credential, CredentialJson.read(text));
        assertEquals(text, CredentialJson.writeString(CredentialJson.read(text)), "deterministic text");
    }

    @Property(tries = 200)
    void builtCredentialsFollowTheSerializationRules(@ForAll("credentials") AchievementCredential credential) {
        ObjectNode json = CredentialJson.write(credential);
        assertTrue(json.get("type").isArray());
        assertTrue(json.get("@context").isArray());
        assertNoNullsOrEmptyArrays(json);
        JsonNode subject = json.get("credentialSubject");
        assertTrue(subject.get("type").isArray());
        assertTrue(subject.get("achievement").get("type").isArray());
        assertEquals(List.of(), credential.problems());
    }

    @Property(tries = 200)
    void readValuesWriteBackEvenAfterEditing(@ForAll("credentials") AchievementCredential credential,
            @ForAll("credentials") AchievementCredential other) {
        AchievementCredential read = (AchievementCredential) CredentialJson.read(CredentialJson.write(credential));
        AchievementCredential edited = read.toBuilder()
                .credentialSubject(other.credentialSubject().orElseThrow()).build();
        assertEquals(edited, CredentialJson.read(CredentialJson.write(edited)));
        assertEquals(other.credentialSubject(), edited.credentialSubject());
    }

    private static void assertNoNullsOrEmptyArrays(JsonNode node) {
        assertFalse(node.isNull());
        if (node.isArray()) {
            assertFalse(node.isEmpty());
        }
        if (node.isContainerNode()) {
            node.forEach(CredentialRoundTripProperties::assertNoNullsOrEmptyArrays);
        }
    }
}
