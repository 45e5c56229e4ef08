package org.microcred.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Assertions;
import org.microcred.core.json.Json;
import org.microcred.core.keys.SignatureAlgorithm;
import org.microcred.verify.spi.ProofOutcome;

/**
 * Whatever the input, the verifier returns a report (never throws) and never calls garbage valid —
 * even with a proof checker that accepts every proof, so the structural checks alone must catch it.
 */
class VerifierProperties {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final List<String> KEYS = List.of("@context", "id", "type", "issuer", "validFrom", "validUntil",
            "issuanceDate", "expirationDate", "credentialSubject", "achievement", "identifier", "identityHash",
            "identityType", "hashed", "salt", "proof", "endorsement", "endorsementJwt", "verifiableCredential",
            "credentialStatus", "refreshService", "credentialSchema", "name", "description", "criteria", "image",
            "recipient", "badge", "vc", "iss", "nbf", "x");
    private static final List<String> WORDS = List.of("https://www.w3.org/ns/credentials/v2",
            "https://www.w3.org/2018/credentials/v1", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
            "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json", "https://w3id.org/openbadges/v2",
            "VerifiableCredential", "OpenBadgeCredential", "AchievementCredential", "EndorsementCredential",
            "ClrCredential", "AchievementSubject", "Achievement", "Profile", "Assertion", "IdentityObject",
            "emailAddress", "sha256$00", "2024-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "did:key:z6Mk", "");

    /** A proof checker that accepts everything, bound to whatever issuer the credential names. */
    private static final Verifier ACCEPT_ALL = Verifier.builder().clock(Fixtures.CLOCK)
            .proofChecker((cred, now) -> ProofOutcome.verified("eddsa-rdfc-2022", SignatureAlgorithm.EdDSA,
                    cred.credential().path("issuer").path("id").asText(cred.credential().path("issuer").asText("x"))
                            + "#key", new Fixtures.FakeKey(), null, "accepted"))
            .build();

    private static VerificationReport verifyNoThrow(byte[] input) {
        VerificationReport[] r = new VerificationReport[1];
        Assertions.assertDoesNotThrow(() -> r[0] = ACCEPT_ALL.verify(input));
        Assertions.assertFalse(r[0].checks().isEmpty());
        Assertions.assertDoesNotThrow(r[0]::toJsonLine);
        Assertions.assertDoesNotThrow(r[0]::toHtml);
        for (CheckResult c : r[0].checks()) {
            // Internal errors are caught too, but they mean a check crashed: that is a bug, not a verdict.
            Assertions.assertFalse(c.message().contains("could not complete")
                    || c.message().contains("unexpected error"), c::toString);
        }
        return r[0];
    }

    @Property(tries = 300)
    void arbitraryBytesNeverThrowAndAreNeverValid(@ForAll byte[] input) {
        Assertions.assertFalse(verifyNoThrow(input).isValid());
    }

    @Property(tries = 300)
    void arbitraryJsonNeverThrowsAndIsNeverValid(@ForAll("json") JsonNode json) {
        VerificationReport r = verifyNoThrow(Json.standard().write(json).getBytes(StandardCharsets.UTF_8));
        Assertions.assertFalse(r.isValid(), r::toString);
    }

    private static final Verifier DEFAULTS = Verifier.builder().clock(Fixtures.CLOCK).build();

    @Property(tries = 200)
    void theDefaultPiecesNeverThrowOrCrashOnArbitraryJson(@ForAll("json") JsonNode json, @ForAll boolean asJws) {
        String text = Json.standard().write(json);
        if (asJws) {
            Base64.Encoder b = Base64.getUrlEncoder().withoutPadding();
            text = b.encodeToString("{\"alg\":\"ES256\",\"kid\":\"did:key:z6Mk\"}".getBytes(StandardCharsets.UTF_8)) + "."
                    + b.encodeToString(text.getBytes(StandardCharsets.UTF_8)) + ".c2ln";
        }
        VerificationReport[] r = new VerificationReport[1];
        String input = text;
        Assertions.assertDoesNotThrow(() -> r[0] = DEFAULTS.verify(input));
        Assertions.assertFalse(r[0].isValid());
        for (CheckResult c : r[0].checks()) {
            Assertions.assertFalse(c.message().contains("could not complete")
                    || c.message().contains("unexpected error"), c::toString);
        }
    }

    @Property(tries = 200)
    void arbitraryJwsNeverThrowsAndIsNeverValid(@ForAll("json") JsonNode header, @ForAll("json") JsonNode payload) {
        Base64.Encoder b = Base64.getUrlEncoder().withoutPadding();
        String jws = b.encodeToString(Json.standard().write(header).getBytes(StandardCharsets.UTF_8)) + "."
                + b.encodeToString(Json.standard().write(payload).getBytes(StandardCharsets.UTF_8)) + ".c2ln";
        Assertions.assertFalse(verifyNoThrow(jws.getBytes(StandardCharsets.UTF_8)).isValid());
    }

    @Property(tries = 100)
    void removingARequiredPropertyMakesAValidBadgeInvalid(
            @ForAll("required") String property, @ForAll boolean vc11) {
        ObjectNode c = vc11 ? Fixtures.badge11() : Fixtures.badge20();
        Assertions.assertTrue(ACCEPT_ALL.verify(Fixtures.bytes(c)).isValid());
        String p = vc11 && property.equals("validFrom") ? "issuanceDate" : property;
        c.remove(p);
        VerificationReport r = verifyNoThrow(Fixtures.bytes(c));
        Assertions.assertFalse(r.isValid(), () -> "still valid without " + p + ": " + r.checks());
    }

    @Provide
    Arbitrary<String> required() {
        return Arbitraries.of("@context", "id", "type", "issuer", "validFrom", "credentialSubject", "proof");
    }

    @Property(tries = 200)
    void replacingAnyValueOfAValidBadgeNeverThrows(@ForAll("json") JsonNode replacement, @ForAll("paths") int which) {
        ObjectNode c = Fixtures.badge20();
        List<ObjectNode> parents = new java.util.ArrayList<>();
        List<String> names = new java.util.ArrayList<>();
        collect(c, parents, names);
        int i = Math.floorMod(which, parents.size());
        parents.get(i).set(names.get(i), replacement);
        verifyNoThrow(Fixtures.bytes(c));
    }

    private static final org.microcred.core.keys.InMemorySigningKey KEY = org.microcred.core.keys.SigningKeys.didKey(
            org.microcred.core.keys.MicrocredKeyPair.ed25519FromSeed(new byte[32]));
    private static final String SIGNED = signedBadge();

    private static String signedBadge() {
        ObjectNode c = Fixtures.badge20();
        c.remove("proof");
        ((ObjectNode) c.get("issuer")).put("id", KEY.verificationMethod().substring(0, KEY.verificationMethod().indexOf('#')));
        return org.microcred.core.proof.ProofSuites.eddsaRdfc2022().secure(c, KEY,
                org.microcred.core.proof.ProofOptions.builder().created(java.time.Instant.parse("2024-01-01T00:00:00Z"))
                        .build()).text();
    }

    @Property(tries = 120)
    void anyChangeToAStringOfARealSignedBadgeMakesItInvalid(@ForAll("paths") int which,
            @ForAll("replacements") String replacement) {
        Assertions.assertTrue(DEFAULTS.verify(SIGNED).isValid());
        ObjectNode c = (ObjectNode) Json.standard().parse(SIGNED);
        List<ObjectNode> parents = new java.util.ArrayList<>();
        List<String> names = new java.util.ArrayList<>();
        collect(c, parents, names);
        List<Integer> strings = new java.util.ArrayList<>();
        for (int i = 0; i < parents.size(); i++) {
            if (parents.get(i).get(names.get(i)).isTextual()) {
                strings.add(i);
            }
        }
        int i = strings.get(Math.floorMod(which, strings.size()));
        String old = parents.get(i).get(names.get(i)).asText();
        net.jqwik.api.Assume.that(!old.equals(replacement));
        parents.get(i).put(names.get(i), replacement);
        VerificationReport r = DEFAULTS.verify(Fixtures.bytes(c));
        Assertions.assertFalse(r.isValid(), () -> names.get(i) + " = " + replacement + " still valid: " + r.checks());
    }

    @Provide
    Arbitrary<String> replacements() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMinLength(1).ofMaxLength(12), Arbitraries.of(WORDS));
    }

    @Provide
    Arbitrary<Integer> paths() {
        return Arbitraries.integers();
    }

    private static void collect(JsonNode node, List<ObjectNode> parents, List<String> names) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(n -> {
                parents.add((ObjectNode) node);
                names.add(n);
                collect(node.get(n), parents, names);
            });
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, parents, names));
        }
    }

    @Provide
    Arbitrary<JsonNode> json() {
        return value(4);
    }

    private Arbitrary<JsonNode> value(int depth) {
        Arbitrary<JsonNode> leaf = Arbitraries.oneOf(
                Arbitraries.of(WORDS).map(F::textNode),
                Arbitraries.strings().ofMaxLength(20).map(F::textNode),
                Arbitraries.integers().map(F::numberNode),
                Arbitraries.of(true, false).map(F::booleanNode),
                Arbitraries.just(F.nullNode()));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<JsonNode> array = value(depth - 1).list().ofMaxSize(4).map(list -> {
            ArrayNode a = F.arrayNode();
            list.forEach(a::add);
            return a;
        });
        Arbitrary<JsonNode> object = Combinators.combine(Arbitraries.of(KEYS), value(depth - 1)).as(Tuple::of)
                .list().ofMaxSize(6).map(entries -> {
                    ObjectNode o = F.objectNode();
                    entries.forEach(e -> o.set(e.get1(), e.get2()));
                    return o;
                });
        return Arbitraries.frequencyOf(Tuple.of(3, leaf), Tuple.of(1, array), Tuple.of(3, object));
    }
}
