package org.microcred.core.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.Period;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.microcred.core.json.CredentialJson;
import org.microcred.core.json.Json;
import org.microcred.core.keys.KeyType;
import org.microcred.core.keys.MicrocredKeyPair;
import org.microcred.core.keys.SignatureAlgorithm;
import org.microcred.core.keys.SigningKeys;
import org.microcred.core.model.AchievementCredential;
import org.microcred.core.model.Credential;
import org.microcred.core.model.Profile;
import org.microcred.core.proof.ProofFormat;
import org.microcred.core.proof.ProofSuite;
import org.microcred.core.proof.ProofSuites;
import org.microcred.core.proof.ProofVerification;

/** Issuing with every signing suite, and checking the result with the proof suites. */
class IssuerSuitesTest {

    static Stream<Arguments> suites() {
        return Stream.of(
                Arguments.of("eddsa-rdfc-2022", Fixtures.ED25519, SignatureAlgorithm.EdDSA, ProofSuites.eddsaRdfc2022()),
                Arguments.of("ecdsa-rdfc-2019", Fixtures.P256, SignatureAlgorithm.ES256, ProofSuites.ecdsaRdfc2019()),
                Arguments.of("vc-jwt RS256", Fixtures.rsa(), SignatureAlgorithm.RS256, ProofSuites.vcJwt(SignatureAlgorithm.RS256)),
                Arguments.of("vc-jwt PS256", Fixtures.rsa(), SignatureAlgorithm.PS256, ProofSuites.vcJwt(SignatureAlgorithm.PS256)),
                Arguments.of("vc-jwt ES256", Fixtures.P256, SignatureAlgorithm.ES256, ProofSuites.vcJwt(SignatureAlgorithm.ES256)),
                Arguments.of("vc-jwt EdDSA", Fixtures.ED25519, SignatureAlgorithm.EdDSA, ProofSuites.vcJwt(SignatureAlgorithm.EdDSA)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("suites")
    void issuesAVerifiableBadgeWithEachSuite(String label, MicrocredKeyPair pair, SignatureAlgorithm alg, ProofSuite suite) {
        Issuer issuer = Fixtures.issuer(pair, alg, suite).idStrategy(draft -> "urn:example:fixed").build();
        OpenBadge badge = OpenBadge.builder().achievement(Fixtures.achievement())
                .recipient(Recipient.id("did:example:ada")).validFor(Period.ofYears(2)).build();

        SignedCredential signed = issuer.issue(badge);
        ProofVerification verification = Fixtures.verify(signed.text());

        assertTrue(verification.isValid(), verification::toString);
        assertEquals(suite.name(), signed.suite());
        assertEquals(suite.format(), signed.format());
        assertEquals(Fixtures.key(pair, alg).verificationMethod(), signed.verificationMethod());
        assertEquals(verification.validProof().orElseThrow().verificationMethod().orElseThrow(), signed.verificationMethod());

        // the signed document is exactly the completed credential (+ proof, or + JWT claims)
        ObjectNode unsigned = CredentialJson.write(issuer.prepare(badge));
        AchievementCredential model = signed.credential(AchievementCredential.class);
        assertEquals("urn:example:fixed", signed.id());
        assertEquals("2026-03-04T05:06:07Z", model.validFrom().orElseThrow());
        assertEquals("2028-03-04T05:06:07Z", model.validUntil().orElseThrow());
        if (suite.format() == ProofFormat.EMBEDDED) {
            ObjectNode json = signed.json().orElseThrow();
            assertEquals(Json.standard().parse(signed.text()), json);
            JsonNode proof = json.remove("proof");
            assertEquals(unsigned, json, "signed JSON = unsigned JSON + proof");
            assertEquals(suite.name(), proof.get("cryptosuite").asText());
            assertEquals("2026-03-04T05:06:07Z", proof.get("created").asText());
            assertEquals(1, model.proof().size());
        } else {
            assertTrue(signed.json().isEmpty());
            ObjectNode payload = Fixtures.jwtPayload(signed.text());
            assertEquals(issuer.profile().id().orElseThrow(), payload.get("iss").asText());
            assertEquals("did:example:ada", payload.get("sub").asText());
            assertEquals("urn:example:fixed", payload.get("jti").asText());
            assertEquals(Instant.parse("2026-03-04T05:06:07Z").getEpochSecond(), payload.get("nbf").asLong());
            assertEquals(Instant.parse("2028-03-04T05:06:07Z").getEpochSecond(), payload.get("exp").asLong());
            for (String claim : List.of("iss", "sub", "nbf", "jti", "exp")) {
                payload.remove(claim);
            }
            assertEquals(unsigned, payload, "JWT payload = unsigned JSON + claims");
            ObjectNode header = Fixtures.jwtHeader(signed.text());
            assertEquals(alg.joseName(), header.get("alg").asText());
            assertEquals(signed.verificationMethod(), header.get("kid").asText());
            assertEquals("JWT", header.get("typ").asText());
            assertTrue(model.proof().isEmpty());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("suites")
    void everyFilledValueIsThereWithEachSuite(String label, MicrocredKeyPair pair, SignatureAlgorithm alg, ProofSuite suite) {
        Issuer issuer = Fixtures.issuer(pair, alg, suite).build();
        Credential credential = issuer.issue(Fixtures.badge("did:example:bob")).credential();
        List<String> context = credential.context().stream().map(c -> c.uri().orElseThrow()).toList();
        assertEquals(List.of("https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
                "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json"), context);
        assertEquals(List.of("VerifiableCredential", "OpenBadgeCredential"), credential.type());
        assertTrue(credential.id().orElseThrow().matches("urn:uuid:[0-9a-f-]{36}"), credential.id()::toString);
        assertEquals(issuer.profile(), credential.issuer().orElseThrow());
        assertEquals(1, credential.credentialSchema().size());
        assertEquals("https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json",
                credential.credentialSchema().get(0).id().orElseThrow());
        assertEquals("1EdTechJsonSchemaValidator2019", credential.credentialSchema().get(0).type().orElseThrow());
        assertEquals("CPR Certified", credential.name().orElseThrow(), "name defaults to the achievement's");
        assertTrue(credential.problems().isEmpty(), credential.problems()::toString);
    }

    /**
     * The 1EdTech OB 3.0 implementation-guide vector (vectors/1edtech-ob-impl-guide/obv3p0): the
     * issuer signs unsigned.json with the guide's key and proof time and produces signed.json
     * byte for byte (Ed25519 signatures are deterministic).
     */
    @Test
    void reproducesTheOneEdTechImplementationGuideVector() {
        JsonNode keys = Fixtures.vector("1edtech-ob-impl-guide/obv3p0/key-and-hashes.json");
        byte[] seed = HexFormat.of().parseHex(keys.get("privateKeyHex").asText().substring(0, 64));
        MicrocredKeyPair pair = MicrocredKeyPair.ed25519FromSeed(seed);
        AchievementCredential unsigned = (AchievementCredential) CredentialJson.read(
                Fixtures.vector("1edtech-ob-impl-guide/obv3p0/unsigned.json"));
        JsonNode expected = Fixtures.vector("1edtech-ob-impl-guide/obv3p0/signed.json");
        Instant created = Instant.parse(expected.get("proof").get("created").asText());

        Issuer issuer = Issuer.builder()
                .profile(unsigned.issuer().orElseThrow())
                .signingKey(SigningKeys.ed25519(pair, keys.get("verificationMethod").asText()))
                .proofSuite(ProofSuites.eddsaRdfc2022())
                .clock(java.time.Clock.fixed(created, java.time.ZoneOffset.UTC))
                .fillCredentialSchema(false)
                .build();
        SignedCredential signed = issuer.issue(unsigned);

        assertEquals(expected, Json.standard().parse(signed.text()));
        assertEquals(keys.get("proofValue").asText(),
                signed.json().orElseThrow().get("proof").get("proofValue").asText());
    }

    @Test
    void endorsementAndClrCredentialsIssueAndVerify() {
        Issuer issuer = Fixtures.eddsa();
        SignedCredential badge = issuer.issue(Fixtures.badge("did:example:ada"));

        org.microcred.core.model.EndorsementCredential endorsement = org.microcred.core.model.EndorsementCredential
                .builder().name("Endorsement of CPR Certified")
                .credentialSubject(org.microcred.core.model.EndorsementSubject.builder()
                        .id("https://example.edu/achievements/cpr").endorsementComment("Rigorous.").build())
                .buildLenient();
        SignedCredential endorsed = issuer.issue(endorsement);
        assertTrue(Fixtures.verify(endorsed.text()).isValid());
        assertEquals("https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_endorsementcredential_schema.json",
                endorsed.credential().credentialSchema().get(0).id().orElseThrow());
        assertEquals(List.of("VerifiableCredential", "EndorsementCredential"), endorsed.credential().type());

        org.microcred.core.model.ClrCredential clr = org.microcred.core.model.ClrCredential.builder()
                .name("Transcript of Ada")
                .credentialSubject(org.microcred.core.model.ClrSubject.builder().id("did:example:ada")
                        .addVerifiableCredential(badge.credential())
                        .addAchievement(Fixtures.achievement()).build())
                .buildLenient();
        SignedCredential record = issuer.issue(clr);
        ProofVerification verification = Fixtures.verify(record.text());
        assertTrue(verification.isValid(), verification::toString);
        assertEquals(List.of("https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
                "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json"),
                record.credential().context().stream().map(c -> c.uri().orElseThrow()).toList());
        assertEquals("https://purl.imsglobal.org/spec/clr/v2p0/schema/json/clr_v2p0_clrcredential_schema.json",
                record.credential().credentialSchema().get(0).id().orElseThrow());
        // the embedded badge keeps its own proof, which still verifies
        JsonNode embedded = record.json().orElseThrow().get("credentialSubject").get("verifiableCredential").get(0);
        assertTrue(Fixtures.verify(Json.standard().write(embedded)).isValid());
    }

    @Test
    void theEndorsementInputIssuesAnEndorsementCredential() {
        Issuer issuer = Fixtures.issuer(Fixtures.P256, SignatureAlgorithm.ES256, ProofSuites.vcJwt(SignatureAlgorithm.ES256))
                .build();
        SignedCredential signed = issuer.issue(Endorsement.builder().subject("https://example.edu/achievements/cpr")
                .name("Accreditation of CPR Certified").comment("Meets the *2025* guidelines.")
                .validFor(Period.ofYears(1)).build());
        assertTrue(Fixtures.verify(signed.text()).isValid());
        org.microcred.core.model.EndorsementCredential endorsement =
                signed.credential(org.microcred.core.model.EndorsementCredential.class);
        assertEquals("https://example.edu/achievements/cpr", endorsement.subjectId().orElseThrow());
        assertEquals("Meets the *2025* guidelines.",
                endorsement.credentialSubject().orElseThrow().endorsementComment().orElseThrow());
        assertEquals("2027-03-04T05:06:07Z", endorsement.validUntil().orElseThrow());
        assertEquals("https://example.edu/achievements/cpr", Fixtures.jwtPayload(signed.text()).get("sub").asText());
        org.microcred.core.MicrocredException noName = org.junit.jupiter.api.Assertions.assertThrows(
                org.microcred.core.MicrocredException.class,
                () -> Endorsement.builder().subject("https://example.edu/achievements/cpr").build());
        assertTrue(noName.getMessage().startsWith("Endorsement.name is required"));
        assertEquals(signed.id(), issuer.issueAll(Stream.of(Endorsement.builder().subject("urn:x:1").name("n")
                .id(signed.id()).build())).findFirst().orElseThrow().orElseThrow().id());
    }

    @Test
    void anExternalSignerThatNeverRevealsItsKeyIssuesVerifiableCredentials() {
        MicrocredKeyPair secret = MicrocredKeyPair.generate(KeyType.P256);
        String vm = org.microcred.core.keys.DidKey.of(secret.publicKey()).verificationMethodId();
        int[] calls = {0};
        org.microcred.core.keys.SigningKey kms = new org.microcred.core.keys.SigningKey() {
            private final org.microcred.core.keys.SigningKey hsm = SigningKeys.didKey(secret);

            @Override
            public SignatureAlgorithm algorithm() {
                return SignatureAlgorithm.ES256;
            }

            @Override
            public String verificationMethod() {
                return vm;
            }

            @Override
            public synchronized byte[] sign(byte[] data) {
                calls[0]++;
                return hsm.sign(data);
            }
        };
        String did = org.microcred.core.keys.DidKey.of(secret.publicKey()).did();
        for (ProofSuite suite : List.of(ProofSuites.ecdsaRdfc2019(), ProofSuites.vcJwt(SignatureAlgorithm.ES256))) {
            Issuer issuer = Issuer.builder().profile(Fixtures.profile(did)).signingKey(kms).proofSuite(suite).build();
            SignedCredential signed = issuer.issue(Fixtures.badge("did:example:ada"));
            ProofVerification verification = Fixtures.verify(signed.text());
            assertTrue(verification.isValid(), verification::toString);
        }
        assertEquals(4, calls[0], "one binding probe per issuer, one signature per credential");
        assertFalse(kms.toString().contains(secret.secretKeyMultibase()));
    }

    @Test
    void theDefaultSuiteFollowsTheKeyAlgorithm() {
        assertEquals("eddsa-rdfc-2022", Issuer.builder().profile(Fixtures.profile(Fixtures.did(Fixtures.ED25519)))
                .signingKey(SigningKeys.didKey(Fixtures.ED25519)).build().proofSuite().name());
        assertEquals("ecdsa-rdfc-2019", Issuer.builder().profile(Fixtures.profile(Fixtures.did(Fixtures.P256)))
                .signingKey(SigningKeys.didKey(Fixtures.P256)).build().proofSuite().name());
        Issuer rsa = Issuer.builder().profile(Fixtures.profile(Fixtures.did(Fixtures.rsa())))
                .signingKey(SigningKeys.didJwk(Fixtures.rsa(), SignatureAlgorithm.RS256)).build();
        assertEquals("vc-jwt", rsa.proofSuite().name());
        assertEquals(ProofFormat.ENVELOPED, rsa.proofSuite().format());
        Profile profile = rsa.profile();
        assertEquals(profile, rsa.toBuilder().build().profile());
    }
}
