package org.microcred.verify.ob2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcred.verify.ob2.Fixtures.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.microcred.verify.fetch.DocumentFetcher;

/** The examples of the OB 2.0 examples page (see resources ob2/spec-examples/SOURCES.md). */
class SpecExamplesTest {

    private static final String ASSERTION = "https://example.org/beths-robotics-badge.json";
    private static final String BADGE = "https://example.org/robotics-badge.json";
    private static final String ISSUER = "https://example.org/organization.json";
    private static final String KEY = "https://example.org/publicKey.json";
    private static final String LIST = "https://example.org/revocationList.json";
    private static final Clock SPRING_2017 = Clock.fixed(Instant.parse("2017-03-01T00:00:00Z"), ZoneOffset.UTC);

    private static Fixtures.Documents documents() {
        return new Fixtures.Documents()
                .put(ASSERTION, json("spec-examples/assertion.json"))
                .put(BADGE, json("spec-examples/badgeclass.json"))
                .put(ISSUER, json("spec-examples/issuer.json"))
                .put(LIST, json("spec-examples/revocation-list.json"));
    }

    private static Ob2Verifier verifier(DocumentFetcher docs) {
        return Ob2Verifier.builder().fetcher(docs).clock(SPRING_2017).build();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SpecExamplesTest.class.getResourceAsStream("/ob2/spec-examples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void hostedExampleVerifies() {
        Ob2Result r = verifier(documents()).verify(Fixtures.text(json("spec-examples/assertion.json")));
        assertTrue(r.isValid(), r::toString);
        assertEquals(Optional.of("Awesome Robotics Badge"), r.display().badgeName());
        assertEquals(Optional.of("https://example.org/beths-robot-badge.png"), r.display().image());
        assertEquals(Optional.of("https://example.org/robotics-badge.html"), r.display().criteriaUrl());
        // the issuer publishes a revocation list; it names another issuer id than the profile's
        assertEquals(Ob2Outcome.WARN, r.outcome(Ob2Check.STATUS), r::toString);
    }

    @Test
    void hostedExampleExpiresMidway2017() {
        Ob2Result r = Ob2Verifier.builder().fetcher(documents())
                .clock(Clock.fixed(Instant.parse("2017-07-02T00:00:00Z"), ZoneOffset.UTC)).build().verify(ASSERTION);
        assertEquals(Ob2Outcome.FAIL, r.outcome(Ob2Check.VALIDITY_PERIOD));
    }

    @Test
    void revokedHostedExample() throws IOException {
        Fixtures.Documents docs = documents().putReturned(ASSERTION, 410, resource("revoked-hosted.json"));
        Ob2Result r = verifier(docs).verify(ASSERTION);
        assertFalse(r.isValid());
        assertEquals(Ob2Outcome.FAIL, r.outcome(Ob2Check.STATUS));
        assertTrue(r.display().revocationReason().orElseThrow().contains("trenchcoat"));
    }

    @Test
    void signedExampleFailsAsThePageSays() throws IOException {
        Ob2Result r = verifier(documents()).verify(resource("signed.jws"));
        assertFalse(r.isValid());
        assertEquals(Ob2Outcome.PASS, r.outcome(Ob2Check.PARSE));
        assertEquals(Optional.of(Ob2VerificationType.SIGNED), r.verificationType());
        // the example's "verify" (alias) creator is https://example.org/publicKey, not the listed publicKey.json
        assertEquals(Ob2Outcome.FAIL, r.outcome(Ob2Check.ISSUER_BINDING), r::toString);
        assertEquals(Optional.of("Awesome Robotics Badge"), r.display().badgeName());
    }

    @Test
    void signedClaimsWithALegacyUidInTheExampleRevocationList() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        KeyPair key = rsa.generateKeyPair();
        Fixtures.Documents docs = documents().put(KEY, SignedBadgeTest.keyDocument(KEY, ISSUER, key.getPublic()));
        ObjectNode claims = json("spec-examples/signed-claims.json");
        Ob2Result ok = verifier(docs).verify(SignedBadgeTest.signRs256(claims, key));
        assertTrue(ok.isValid(), ok::toString);

        claims.put("uid", "abc123");
        Ob2Result revoked = verifier(docs).verify(SignedBadgeTest.signRs256(claims, key));
        assertFalse(revoked.isValid());
        assertEquals(Optional.of("Issued in error."), revoked.display().revocationReason());

        claims.remove("uid");
        claims.put("id", "urn:uuid:e79a6c18-787e-4868-8e65-e6a4530fb418");
        Ob2Result byId = verifier(docs).verify(SignedBadgeTest.signRs256(claims, key));
        assertEquals(Optional.of("Honor code violation"), byId.display().revocationReason());
    }
}
