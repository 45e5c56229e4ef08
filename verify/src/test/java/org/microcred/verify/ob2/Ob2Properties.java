package org.microcred.verify.ob2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Arrays;
import java.util.Base64;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.BeforeContainer;

class Ob2Properties {

    private static final String[] KEYS = {
        "@context", "type", "id", "recipient", "badge", "verification", "verify", "issuedOn", "expires", "revoked",
        "revocationReason", "image", "evidence", "issuer", "name", "description", "criteria", "identity", "hashed",
        "salt", "startsWith", "allowedOrigins", "publicKey", "creator", "uid", "url", "email", "revocationList"};
    private static final String[] VALUES = {
        "https://w3id.org/openbadges/v2", "https://w3id.org/openbadges/v1", "Assertion", "BadgeClass", "Issuer",
        "Profile", "hosted", "signed", "HostedBadge", "SignedBadge", Fixtures.ASSERTION, Fixtures.BADGE,
        Fixtures.ISSUER, Fixtures.KEY, Fixtures.REVOCATIONS, "2024-01-01T00:00:00Z", "2999-01-01T00:00:00Z",
        "sha256$abc", "md5$00", "ada@example.org", "email", "urn:uuid:1", ""};

    private static final Ob2Verifier OFFLINE = Ob2Verifier.builder().clock(Fixtures.NOW)
            .expectedRecipient(ExpectedRecipient.email("ada@example.org")).build();
    private static final Ob2Verifier PRELOADED = OFFLINE.toBuilder().fetcher(Fixtures.hosted()).build();

    private static KeyPair issuerKey;
    private static String validJws;

    @BeforeContainer
    static void signOnce() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        issuerKey = rsa.generateKeyPair();
        validJws = SignedBadgeTest.signRs256(Fixtures.json("signed/assertion.json"), issuerKey);
    }

    private static void assertNeverAllPassAndComplete(Ob2Result r) {
        assertTrue(r.steps().stream().anyMatch(s -> s.outcome() != Ob2Outcome.PASS), r::toString);
        assertEquals(Ob2Check.values().length, r.steps().stream().map(Ob2Step::check).distinct().count(), r::toString);
    }

    @Property(tries = 300)
    void arbitraryStringsNeverThrowNorVerify(@ForAll String input) {
        Ob2Result offline = OFFLINE.verify(input);
        assertFalse(offline.isValid(), offline::toString);
        assertNeverAllPassAndComplete(offline);
        assertNeverAllPassAndComplete(PRELOADED.verify(input));
    }

    @Property(tries = 300)
    void arbitraryJsonNeverThrowsNorVerifiesOffline(@ForAll("objects") JsonNode json) {
        String text = Fixtures.text(json);
        Ob2Result offline = OFFLINE.verify(text);
        assertFalse(offline.isValid(), offline::toString);
        assertNeverAllPassAndComplete(offline);
        // With documents to fetch, a random object may point at the real hosted badge; it is then
        // verified from the hosted copy, but never as an all-PASS result (the presented copy differs).
        assertNeverAllPassAndComplete(PRELOADED.verify(text));
    }

    @Property(tries = 200)
    void arbitraryJwsShapedInputNeverVerifies(@ForAll("objects") JsonNode header, @ForAll("objects") JsonNode payload,
            @ForAll("base64url") String signature) {
        String jws = b64(Fixtures.text(header)) + "." + b64(Fixtures.text(payload)) + "." + signature;
        Ob2Verifier signed = OFFLINE.toBuilder().fetcher(SignedBadgeTest.documentsFor(issuerKey)).build();
        Ob2Result r = signed.verify(jws);
        assertFalse(r.isValid(), r::toString);
        assertNeverAllPassAndComplete(r);
    }

    @Property(tries = 100)
    void anyChangeToTheSignedBadgeFailsIt(@ForAll @IntRange(min = 0, max = 10_000) int position, @ForAll("base64url") String replacement) {
        String[] parts = validJws.split("\\.");
        int part = position % 3;
        String target = parts[part];
        int at = position % target.length();
        char c = replacement.isEmpty() ? 'A' : replacement.charAt(0);
        if (target.charAt(at) == c) {
            c = c == 'A' ? 'B' : 'A';
        }
        parts[part] = target.substring(0, at) + c + target.substring(at + 1);
        String changed = String.join(".", parts);
        Ob2Verifier signed = Ob2Verifier.builder().clock(Fixtures.NOW).fetcher(SignedBadgeTest.documentsFor(issuerKey)).build();
        Ob2Result r = signed.verify(changed);
        // The last base64url character may carry only padding bits: the decoded bytes are then unchanged.
        boolean sameBytes = Arrays.equals(Base64.getUrlDecoder().decode(validJws.split("\\.")[part]),
                decodeOrNull(parts[part]));
        assertEquals(sameBytes && part == 2, r.isValid(), r::toString);
    }

    @Property(tries = 50)
    void removingARequiredAssertionPropertyFails(@ForAll("requiredAssertionProperties") String property) {
        ObjectNode a = Fixtures.json("hosted/assertion.json");
        a.remove(property);
        Ob2Verifier v = Ob2Verifier.builder().clock(Fixtures.NOW).fetcher(Fixtures.hosted().put(Fixtures.ASSERTION, a)).build();
        Ob2Result r = v.verify(Fixtures.ASSERTION);
        assertFalse(r.isValid(), r::toString);
    }

    @Provide
    Arbitrary<String> requiredAssertionProperties() {
        return Arbitraries.of("@context", "type", "id", "recipient", "badge", "verification", "issuedOn");
    }

    @Provide
    Arbitrary<String> base64url() {
        return Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
                .ofMaxLength(40);
    }

    @Provide
    Arbitrary<JsonNode> objects() {
        return objectOf(2);
    }

    private Arbitrary<JsonNode> objectOf(int depth) {
        return Arbitraries.maps(Arbitraries.of(KEYS), value(depth - 1)).ofMaxSize(8).map(m -> {
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            m.forEach(o::set);
            return o;
        });
    }

    private Arbitrary<JsonNode> value(int depth) {
        Arbitrary<JsonNode> leaf = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(16).map(s -> (JsonNode) TextNode.valueOf(s)),
                Arbitraries.of(VALUES).map(s -> (JsonNode) TextNode.valueOf(s)),
                Arbitraries.integers().map(i -> (JsonNode) IntNode.valueOf(i)),
                Arbitraries.of(true, false).map(b -> (JsonNode) BooleanNode.valueOf(b)),
                Arbitraries.just((JsonNode) NullNode.instance));
        if (depth <= 0) {
            return leaf;
        }
        Arbitrary<JsonNode> array = value(depth - 1).list().ofMaxSize(3).map(l -> {
            var arr = JsonNodeFactory.instance.arrayNode();
            l.forEach(arr::add);
            return (JsonNode) arr;
        });
        return Arbitraries.frequencyOf(Tuple.of(4, leaf), Tuple.of(2, objectOf(depth)), Tuple.of(1, array));
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] decodeOrNull(String b64url) {
        try {
            return Base64.getUrlDecoder().decode(b64url);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @SuppressWarnings("unused")
    private static String keysForDebug() {
        return Arrays.stream(KEYS).collect(Collectors.joining(","));
    }
}
