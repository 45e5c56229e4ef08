package org.microcred.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microcred.core.issue.Issuer;
import org.microcred.core.json.CredentialJson;
import org.microcred.core.json.Json;
import org.microcred.core.keys.InMemorySigningKey;
import org.microcred.core.keys.MicrocredKeyPair;
import org.microcred.core.keys.SignatureAlgorithm;
import org.microcred.core.keys.SigningKeys;
import org.microcred.core.model.Profile;
import org.microcred.core.proof.ProofSuites;
import org.microcred.verify.fetch.DocumentFetcher;
import org.microcred.verify.fetch.FetchException;
import org.microcred.verify.fetch.FetchFailure;
import org.microcred.verify.fetch.FetchedDocument;
import org.microcred.verify.fetch.PreloadedDocumentFetcher;

/**
 * OB 3.0 verification step 3 with real signatures: credentials issued with core's {@link Issuer}
 * (did:key, eddsa-rdfc-2022 or VC-JWT), refreshed through preloaded documents.
 */
class RefreshTest {

    private static final String SERVICE = "https://example.edu/credentials/3732/refresh";
    private static final String SECOND_SERVICE = "https://example.edu/credentials/3732/refresh-again";
    private static final InMemorySigningKey KEY = SigningKeys.didKey(MicrocredKeyPair.ed25519FromSeed(new byte[32]));
    private static final InMemorySigningKey OTHER_KEY = SigningKeys.didKey(MicrocredKeyPair.ed25519FromSeed(filled(7)));
    private static final String ISSUER = did(KEY);

    private static byte[] filled(int b) {
        byte[] seed = new byte[32];
        java.util.Arrays.fill(seed, (byte) b);
        return seed;
    }

    private static String did(InMemorySigningKey key) {
        return key.verificationMethod().substring(0, key.verificationMethod().indexOf('#'));
    }

    private static Issuer issuer(InMemorySigningKey key, org.microcred.core.proof.ProofSuite suite) {
        return Issuer.builder().profile(Profile.builder().id(did(key)).name("Example University").build())
                .signingKey(key).proofSuite(suite).clock(Fixtures.CLOCK).build();
    }

    /** The test badge, issued by the key's did:key, valid until the given date, naming a refresh service. */
    private static ObjectNode draft(InMemorySigningKey key, String validUntil, String refreshService) {
        ObjectNode c = Fixtures.badge20();
        c.remove("proof");
        ((ObjectNode) c.get("issuer")).put("id", did(key));
        c.put("validUntil", validUntil);
        if (refreshService != null) {
            ObjectNode rs = c.putObject("refreshService");
            rs.put("id", refreshService);
            rs.put("type", "1EdTechCredentialRefresh");
        }
        return c;
    }

    private static String sign(InMemorySigningKey key, ObjectNode draft) {
        return issuer(key, ProofSuites.eddsaRdfc2022()).issue(CredentialJson.read(draft)).text();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The presented badge: expired on 2025-01-01 (the test clock is 2025-06-01), with a refresh service. */
    private static final String PRESENTED = sign(KEY, draft(KEY, "2025-01-01T00:00:00Z", SERVICE));
    /** What the refresh service serves: the same badge valid until 2030, naming a refresh service of its own. */
    private static final String REFRESHED = sign(KEY, named(draft(KEY, "2030-01-01T00:00:00Z", SECOND_SERVICE), "CPR Certified (renewed)"));

    /** Names the credential and its achievement (what a person sees). */
    private static ObjectNode named(ObjectNode c, String name) {
        c.put("name", name);
        ((ObjectNode) c.get("credentialSubject").get("achievement")).put("name", name);
        return c;
    }

    /** Records the URLs asked for. */
    private static final class Recording implements DocumentFetcher {
        final List<String> asked = Collections.synchronizedList(new ArrayList<>());
        final DocumentFetcher inner;

        Recording(DocumentFetcher inner) {
            this.inner = inner;
        }

        @Override
        public FetchedDocument fetch(URI uri) {
            asked.add(uri.toString());
            return inner.fetch(uri);
        }
    }

    private static Verifier verifier(DocumentFetcher fetcher) {
        return Verifier.builder().clock(Fixtures.CLOCK).documentFetcher(fetcher).build();
    }

    private static CheckResult refresh(VerificationReport r) {
        return r.check(CheckId.REFRESH).orElseThrow();
    }

    private static void assertKeptTheOriginal(VerificationReport r, String... messageParts) {
        CheckResult refresh = refresh(r);
        assertEquals(Outcome.WARN, refresh.outcome(), r.checks()::toString);
        for (String part : messageParts) {
            assertTrue(refresh.message().contains(part), () -> "expected <" + part + "> in " + refresh.message());
        }
        assertTrue(refresh.message().endsWith("the credential was verified as presented"), refresh.message());
        assertTrue(r.refreshedFrom().isEmpty());
        assertTrue(r.refreshedDocument().isEmpty());
        assertTrue(r.presentedCredentialJson().isEmpty());
        assertEquals("2025-01-01T00:00:00Z", r.credentialJson().orElseThrow().path("validUntil").asText());
        // the presented badge is expired, so kept it does not verify
        assertEquals(Outcome.FAIL, r.check(CheckId.VALIDITY_PERIOD).orElseThrow().outcome());
        assertTrue(r.display().expired());
        assertFalse(r.isValid());
    }

    @Test
    void aRefreshedCredentialThatVerifiesReplacesThePresentedOneForTheRemainingChecks() {
        Recording fetcher = new Recording(PreloadedDocumentFetcher.builder()
                .add(SERVICE, utf8(REFRESHED), "application/vc+ld+json")
                .add(SECOND_SERVICE, utf8(sign(KEY, named(draft(KEY, "2031-01-01T00:00:00Z", null), "Never fetched"))))
                .build());
        VerificationReport r = verifier(fetcher).verify(PRESENTED);

        assertTrue(r.isValid(), r.checks()::toString);
        CheckResult refresh = refresh(r);
        assertEquals(Outcome.PASS, refresh.outcome());
        assertTrue(refresh.message().startsWith("Refreshed from " + SERVICE), refresh.message());
        assertTrue(refresh.message().contains("same issuer and recipient"), refresh.message());
        assertEquals(SERVICE, r.refreshedFrom().orElseThrow());
        assertEquals(REFRESHED, r.refreshedDocument().orElseThrow());
        // The report's credential, display and validity are the refreshed credential's ...
        assertEquals("CPR Certified (renewed)", r.credentialJson().orElseThrow().path("name").asText());
        assertEquals("CPR Certified (renewed)", r.credential().orElseThrow().name().orElseThrow());
        assertEquals(Instant.parse("2030-01-01T00:00:00Z"), r.display().expires().orElseThrow());
        assertFalse(r.display().expired());
        assertEquals(Outcome.PASS, r.check(CheckId.VALIDITY_PERIOD).orElseThrow().outcome());
        assertEquals(KEY.verificationMethod(), r.verificationMethod().orElseThrow());
        assertEquals("eddsa-rdfc-2022", r.proofSuite().orElseThrow());
        // ... the presented one stays available, and the format is the input's.
        assertEquals("2025-01-01T00:00:00Z", r.presentedCredentialJson().orElseThrow().path("validUntil").asText());
        assertEquals(CredentialFormat.OB3_JSON, r.format());
        // Refreshed once: the refreshed credential's own refresh service was not followed.
        assertEquals(List.of(SERVICE), fetcher.asked);
        // The refresh check comes right after the proof, binding and trust checks, before validity and status.
        List<CheckId> order = r.checks().stream().map(CheckResult::check).toList();
        assertEquals(order.indexOf(CheckId.TRUST) + 1, order.indexOf(CheckId.REFRESH));
        assertTrue(order.indexOf(CheckId.REFRESH) < order.indexOf(CheckId.VALIDITY_PERIOD));
        assertTrue(order.indexOf(CheckId.REFRESH) < order.indexOf(CheckId.STATUS));
    }

    @Test
    void aRefreshedVcJwtIsReadAndVerifiedLikeAnInput() {
        String jwt = issuer(KEY, ProofSuites.vcJwt(SignatureAlgorithm.EdDSA))
                .issue(CredentialJson.read(named(draft(KEY, "2030-01-01T00:00:00Z", null), "CPR Certified (JWT)"))).text();
        VerificationReport r = verifier(PreloadedDocumentFetcher.builder().add(SERVICE, utf8(jwt), "application/vc+jwt").build())
                .verify(PRESENTED);
        assertTrue(r.isValid(), r.checks()::toString);
        assertEquals(Outcome.PASS, refresh(r).outcome());
        assertEquals("vc-jwt", r.proofSuite().orElseThrow());
        assertEquals(jwt, r.refreshedDocument().orElseThrow());
        assertEquals("CPR Certified (JWT)", r.credentialJson().orElseThrow().path("name").asText());
    }

    @Test
    void aRefreshMustNotChangeTheIssuer() {
        // Signed correctly, bound to its own issuer — but another issuer.
        String other = sign(OTHER_KEY, draft(OTHER_KEY, "2030-01-01T00:00:00Z", null));
        VerificationReport r = verifier(DocumentFetcher.preloaded(java.util.Map.of(SERVICE, utf8(other)))).verify(PRESENTED);
        assertKeptTheOriginal(r, SERVICE, "names the issuer " + did(OTHER_KEY), "must not change the issuer");
    }

    @Test
    void aRefreshMustNotChangeTheRecipient() {
        ObjectNode otherSubject = draft(KEY, "2030-01-01T00:00:00Z", null);
        ((ObjectNode) otherSubject.get("credentialSubject")).put("id", "did:example:mallory");
        VerificationReport r = verifier(DocumentFetcher.preloaded(java.util.Map.of(SERVICE, utf8(sign(KEY, otherSubject)))))
                .verify(PRESENTED);
        assertKeptTheOriginal(r, "credentialSubject id is did:example:mallory, not " + Fixtures.SUBJECT,
                "must not change the recipient");

        ObjectNode identified = draft(KEY, "2030-01-01T00:00:00Z", null);
        ObjectNode identity = ((ObjectNode) identified.get("credentialSubject")).putArray("identifier").addObject();
        identity.put("type", "IdentityObject");
        identity.put("hashed", false);
        identity.put("identityHash", "mallory@example.org");
        identity.put("identityType", "emailAddress");
        VerificationReport added = verifier(DocumentFetcher.preloaded(java.util.Map.of(SERVICE, utf8(sign(KEY, identified)))))
                .verify(PRESENTED);
        assertKeptTheOriginal(added, "identifiers differ", "must not change the recipient");
    }

    @Test
    void aRefreshedCredentialWhoseSignatureDoesNotVerifyIsNotAccepted() {
        ObjectNode tampered = (ObjectNode) Json.standard().parse(REFRESHED);
        tampered.put("validUntil", "2040-01-01T00:00:00Z");
        VerificationReport r = verifier(DocumentFetcher.preloaded(java.util.Map.of(SERVICE, Fixtures.bytes(tampered))))
                .verify(PRESENTED);
        assertKeptTheOriginal(r, "which was not accepted: its proof check did not pass");
    }

    @Test
    void anUnobtainableRefreshedCredentialKeepsTheOriginal() {
        // The default: nothing is fetched.
        assertKeptTheOriginal(verifier(DocumentFetcher.none()).verify(PRESENTED), "was not contacted",
                "network access is off", "preload the refreshed credential under that URL or opt in to HTTPS");
        // Preloaded documents without this one.
        assertKeptTheOriginal(verifier(DocumentFetcher.preloaded(java.util.Map.of("https://example.edu/other", utf8("{}"))))
                .verify(PRESENTED), "was not contacted", "it is not among the preloaded documents");
        // A server error.
        assertKeptTheOriginal(verifier(PreloadedDocumentFetcher.builder().addStatus(SERVICE, 503, new byte[0]).build())
                .verify(PRESENTED), "could not be read", "HTTP 503");
        // A fetcher that fails in its own way.
        assertKeptTheOriginal(verifier(uri -> {
            throw new IllegalStateException("connection pool closed");
        }).verify(PRESENTED), "could not be read", "connection pool closed");
        assertKeptTheOriginal(verifier(uri -> {
            throw new FetchException(FetchFailure.IO_ERROR, uri, "connection reset by " + uri.getHost(), null, null);
        }).verify(PRESENTED), "could not be read", "connection reset by example.edu");
    }

    @Test
    void aMalformedAnswerKeepsTheOriginal() {
        for (String body : List.of("{\"not\": \"closed\"", "[1, 2]", "<html><body>Sign in</body></html>", "",
                "eyJhbGciOiJFZERTQSJ9.bm90IGpzb24.c2ln")) {
            VerificationReport r = verifier(PreloadedDocumentFetcher.builder().add(SERVICE, utf8(body)).build()).verify(PRESENTED);
            assertKeptTheOriginal(r, "returned something that is not a credential");
        }
        String ob2 = "{\"@context\":\"https://w3id.org/openbadges/v2\",\"type\":\"Assertion\",\"id\":\"https://example.edu/a/1\"}";
        assertKeptTheOriginal(verifier(PreloadedDocumentFetcher.builder().add(SERVICE, utf8(ob2)).build()).verify(PRESENTED),
                "Open Badges 2.0 assertion");
        ObjectNode endorsement = Fixtures.endorsement(ISSUER);
        endorsement.remove("proof");
        assertKeptTheOriginal(verifier(PreloadedDocumentFetcher.builder().add(SERVICE, utf8(sign(KEY, endorsement))).build())
                .verify(PRESENTED), "it is an EndorsementCredential, not an OpenBadgeCredential");
    }

    @Test
    void refreshCanBeTurnedOffAndIsOnlyFollowedOnTheIssuersWord() {
        Recording fetcher = new Recording(PreloadedDocumentFetcher.builder().add(SERVICE, utf8(REFRESHED)).build());
        Verifier off = verifier(fetcher).toBuilder().refresh(false).build();
        assertFalse(off.refresh());
        assertTrue(verifier(fetcher).refresh());
        assertKeptTheOriginal(off.verify(PRESENTED), "refreshing is turned off on this verifier (refresh(false))");
        assertEquals(List.of(), fetcher.asked);

        // A presented credential whose proof does not verify: its refresh service is not followed.
        ObjectNode forged = (ObjectNode) Json.standard().parse(PRESENTED);
        forged.put("name", "Brain Surgeon");
        VerificationReport r = verifier(fetcher).verify(Fixtures.bytes(forged));
        assertKeptTheOriginal(r, "proof and issuer binding did not both pass");
        assertEquals(List.of(), fetcher.asked);

        // A refresh service of another type is not used.
        ObjectNode otherType = draft(KEY, "2025-01-01T00:00:00Z", null);
        ObjectNode rs = otherType.putObject("refreshService");
        rs.put("id", SERVICE);
        rs.put("type", "VerifiableCredentialRefreshService2021");
        otherType.withArray("@context").addObject().put("VerifiableCredentialRefreshService2021", "https://example.org/vocab#rs");
        assertKeptTheOriginal(verifier(fetcher).verify(sign(KEY, otherType)), "not of type 1EdTechCredentialRefresh");
        assertEquals(List.of(), fetcher.asked);
    }

    @Test
    void embeddedCredentialsAreVerifiedAsPresented() {
        ObjectNode endorsement = Fixtures.endorsement(ISSUER);
        endorsement.remove("proof");
        ObjectNode rs = endorsement.putObject("refreshService");
        rs.put("id", SECOND_SERVICE);
        rs.put("type", "1EdTechCredentialRefresh");
        ObjectNode badge = draft(KEY, "2030-01-01T00:00:00Z", null);
        badge.putArray("endorsement").add(Json.standard().parse(sign(KEY, endorsement)));
        Recording fetcher = new Recording(PreloadedDocumentFetcher.builder().add(SECOND_SERVICE, utf8(REFRESHED)).build());
        VerificationReport r = verifier(fetcher).verify(sign(KEY, badge));
        assertTrue(r.isValid(), r.checks()::toString);
        CheckResult nested = r.endorsements().get(0).check(CheckId.REFRESH).orElseThrow();
        assertEquals(Outcome.WARN, nested.outcome());
        assertTrue(nested.message().contains("embedded credentials are not refreshed"), nested.message());
        assertEquals(Outcome.SKIP, refresh(r).outcome());
        assertEquals(List.of(), fetcher.asked);
    }

    @Test
    void theFirstOneEdTechServiceOfAnArrayIsUsed() {
        ObjectNode c = draft(KEY, "2025-01-01T00:00:00Z", null);
        com.fasterxml.jackson.databind.node.ArrayNode services = c.putArray("refreshService");
        services.addObject().put("type", "1EdTechCredentialRefresh");   // no id: skipped
        ObjectNode good = services.addObject();
        good.put("id", SERVICE);
        good.put("type", "1EdTechCredentialRefresh");
        // The typed model (and so the Issuer) holds one refresh service: sign the JSON with the suite directly.
        c.withArray("@context").add("https://purl.imsglobal.org/spec/ob/v3p0/extensions.json");
        String presented = ProofSuites.eddsaRdfc2022().secure(c, KEY,
                org.microcred.core.proof.ProofOptions.builder().created(Instant.parse("2024-01-01T00:00:00Z")).build()).text();
        Recording fetcher = new Recording(PreloadedDocumentFetcher.builder().add(SERVICE, utf8(REFRESHED)).build());
        VerificationReport r = verifier(fetcher).verify(presented);
        assertEquals(Outcome.PASS, refresh(r).outcome(), r.checks()::toString);
        assertEquals(List.of(SERVICE), fetcher.asked);
    }

    @Test
    void theJsonAndHtmlReportsSayWhereTheCredentialWasRefreshedFrom() {
        VerificationReport r = verifier(PreloadedDocumentFetcher.builder().add(SERVICE, utf8(REFRESHED)).build()).verify(PRESENTED);
        String line = r.toJsonLine();
        assertFalse(line.contains("\n"));
        JsonNode json = Json.standard().parse(line);
        assertTrue(json.path("valid").asBoolean());
        assertEquals(SERVICE, json.path("refreshedFrom").asText());
        assertEquals("CPR Certified (renewed)", json.path("name").asText());
        JsonNode refreshCheck = null;
        for (JsonNode check : json.path("checks")) {
            if (check.path("id").asText().equals("refresh")) {
                refreshCheck = check;
            }
        }
        assertEquals("PASS", refreshCheck.path("outcome").asText());
        assertTrue(r.toHtml().contains("Refreshed from"));

        VerificationReport kept = verifier(DocumentFetcher.none()).verify(PRESENTED);
        JsonNode keptJson = Json.standard().parse(kept.toJsonLine());
        assertTrue(keptJson.path("refreshedFrom").isMissingNode());
        assertFalse(kept.toHtml().contains("Refreshed from"));
    }
}
