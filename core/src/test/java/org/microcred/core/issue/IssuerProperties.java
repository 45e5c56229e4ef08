package org.microcred.core.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.microcred.core.keys.SignatureAlgorithm;
import org.microcred.core.model.AchievementCredential;
import org.microcred.core.model.AchievementSubject;
import org.microcred.core.model.Evidence;
import org.microcred.core.model.Result;
import org.microcred.core.proof.ProofFormat;
import org.microcred.core.proof.ProofSuites;
import org.microcred.core.proof.ProofVerification;

/** Arbitrary badge inputs issue, verify, and read back as given. */
class IssuerProperties {

    private static final IdStrategy FIXED_ID = draft -> "urn:example:property";
    private static final List<Issuer> ISSUERS = List.of(
            Fixtures.eddsa().toBuilder().idStrategy(FIXED_ID).build(),
            Fixtures.issuer(Fixtures.P256, SignatureAlgorithm.ES256, ProofSuites.ecdsaRdfc2019()).idStrategy(FIXED_ID).build(),
            Fixtures.issuer(Fixtures.P256, SignatureAlgorithm.ES256, ProofSuites.vcJwt(SignatureAlgorithm.ES256))
                    .idStrategy(FIXED_ID).build(),
            Fixtures.issuer(Fixtures.ED25519, SignatureAlgorithm.EdDSA, ProofSuites.vcJwt(SignatureAlgorithm.EdDSA))
                    .idStrategy(FIXED_ID).build());

    /** A plain description of the generated input, kept to compare with the output. */
    record Input(String achievementName, String description, Optional<String> subjectId, Optional<String> email,
            Optional<Integer> validDays, List<String> results, Optional<String> evidence, int issuer) {
    }

    private static Arbitrary<String> text() {
        return Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u00c0', '\u017f')
                .withCharRange('\u0531', '\u0586').withCharRange('\u4e00', '\u4e80').ofMinLength(1).ofMaxLength(30);
    }

    @Provide
    Arbitrary<Input> inputs() {
        Arbitrary<String> token = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12);
        return Builders.withBuilder(() -> new Object[8])
                .use(text()).in((a, v) -> set(a, 0, v))
                .use(text()).in((a, v) -> set(a, 1, v))
                .use(token.optional()).in((a, v) -> set(a, 2, v))
                .use(token.map(t -> t + "@example.org").optional()).in((a, v) -> set(a, 3, v))
                .use(Arbitraries.integers().between(1, 3650).optional()).in((a, v) -> set(a, 4, v))
                .use(text().list().ofMaxSize(3)).in((a, v) -> set(a, 5, v))
                .use(text().optional()).in((a, v) -> set(a, 6, v))
                .use(Arbitraries.integers().between(0, ISSUERS.size() - 1)).in((a, v) -> set(a, 7, v))
                .build(IssuerProperties::toInput)
                .filter(i -> i.subjectId().isPresent() || i.email().isPresent());
    }

    private static Object[] set(Object[] values, int index, Object value) {
        values[index] = value;
        return values;
    }

    @SuppressWarnings("unchecked")
    private static Input toInput(Object[] v) {
        return new Input((String) v[0], (String) v[1], (Optional<String>) v[2], (Optional<String>) v[3],
                (Optional<Integer>) v[4], (List<String>) v[5], (Optional<String>) v[6], (Integer) v[7]);
    }

    @Property(tries = 60)
    void arbitraryBadgesIssueAndVerify(@ForAll("inputs") Input input) {
        Recipient recipient = input.subjectId().map(id -> Recipient.id("did:example:" + id)).orElse(null);
        if (input.email().isPresent()) {
            org.microcred.core.model.IdentityObject hashed = org.microcred.core.model.IdentityObject
                    .hashed(org.microcred.core.model.IdentifierType.EMAIL_ADDRESS, input.email().get());
            recipient = recipient == null ? Recipient.identity(hashed) : recipient.withIdentifier(hashed);
        }
        OpenBadge.Builder badge = OpenBadge.builder()
                .achievement(org.microcred.core.model.Achievement.builder().id("https://example.edu/a/1")
                        .name(input.achievementName()).description(input.description())
                        .criteria(org.microcred.core.model.Criteria.builder().narrative(input.description()).build())
                        .build())
                .recipient(recipient);
        input.validDays().ifPresent(days -> badge.validFor(Duration.ofDays(days)));
        input.results().forEach(value -> badge.addResult(Result.builder().value(value).build()));
        input.evidence().ifPresent(n -> badge.addEvidence(Evidence.builder().narrative(n).build()));
        Issuer issuer = ISSUERS.get(input.issuer());

        OpenBadge built = badge.build();
        SignedCredential signed = issuer.issue(built);

        ProofVerification verification = Fixtures.verify(signed.text());
        assertTrue(verification.isValid(), verification::toString);
        AchievementCredential credential = signed.credential(AchievementCredential.class);
        assertTrue(credential.problems().isEmpty(), credential.problems()::toString);
        AchievementSubject subject = credential.credentialSubject().orElseThrow();
        assertEquals(input.achievementName(), subject.achievement().orElseThrow().name().orElseThrow());
        assertEquals(input.achievementName(), credential.name().orElseThrow());
        assertEquals(input.subjectId().map(id -> "did:example:" + id), subject.id());
        input.email().ifPresent(email -> assertTrue(subject.identifier().get(subject.identifier().size() - 1)
                .matches(email)));
        assertEquals(input.results(), subject.result().stream().map(r -> r.value().orElseThrow()).toList());
        Instant from = credential.issuedAt().orElseThrow();
        assertEquals(input.validDays().map(d -> from.plus(Duration.ofDays(d))), credential.expiresAt());
        ObjectNode unsigned = org.microcred.core.json.CredentialJson.write(issuer.prepare(built));
        if (signed.format() == ProofFormat.ENVELOPED) {
            ObjectNode payload = Fixtures.jwtPayload(signed.text());
            assertEquals(from.getEpochSecond(), payload.get("nbf").asLong());
            assertEquals(credential.id().orElseThrow(), payload.get("jti").asText());
            payload.remove(List.of("iss", "sub", "nbf", "jti", "exp"));
            assertEquals(unsigned, payload, "the JWT payload is the unsigned credential plus claims");
        } else {
            ObjectNode json = signed.json().orElseThrow();
            json.remove("proof");
            assertEquals(unsigned, json, "the signed JSON is the unsigned credential plus proof");
        }
    }
}
