package org.microcred.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.microcred.core.json.Json;
import org.microcred.core.keys.InMemorySigningKey;
import org.microcred.core.keys.KeyType;
import org.microcred.core.keys.MicrocredKeyPair;
import org.microcred.core.keys.SignatureAlgorithm;
import org.microcred.core.keys.SigningKeys;
import org.microcred.core.proof.KeyResolver;
import org.microcred.core.proof.ProofOptions;
import org.microcred.core.proof.ProofSuites;
import org.microcred.core.status.BitstringStatusList;
import org.microcred.core.status.BitstringStatusListCredential;
import org.microcred.verify.fetch.DocumentFetcher;

/** Real signatures: core's proof suites sign, the default verifier (real suites, did:key/did:jwk) checks. */
class EndToEndTest {

    private static final MicrocredKeyPair ED25519 = MicrocredKeyPair.ed25519FromSeed(new byte[32]);
    private static final InMemorySigningKey KEY = SigningKeys.didKey(ED25519);
    private static final String ISSUER = KEY.verificationMethod().substring(0, KEY.verificationMethod().indexOf('#'));
    private static final ProofOptions OPTIONS = ProofOptions.builder().created(Instant.parse("2024-01-01T00:00:00Z")).build();

    private final Verifier verifier = Verifier.builder().clock(Fixtures.CLOCK).build();

    private static ObjectNode unsigned(String issuer) {
        ObjectNode c = Fixtures.badge20();
        c.remove("proof");
        ((ObjectNode) c.get("issuer")).put("id", issuer);
        return c;
    }

    private static String signDi(ObjectNode unsigned) {
        return ProofSuites.eddsaRdfc2022().secure(unsigned, KEY, OPTIONS).text();
    }

    @Test
    void eddsaRdfc2022BadgeSignedByItsIssuerIsValid() {
        VerificationReport r = verifier.verify(signDi(unsigned(ISSUER)));
        assertTrue(r.isValid(), r.checks()::toString);
        assertEquals("eddsa-rdfc-2022", r.proofSuite().orElseThrow());
        assertEquals(KEY.verificationMethod(), r.verificationMethod().orElseThrow());
        assertEquals(KeyType.ED25519, r.verificationKey().orElseThrow().keyType());
        assertEquals(Outcome.PASS, r.check(CheckId.CONTEXT).orElseThrow().outcome());
    }

    @Test
    void jsonLdProblemsOfASignedCredentialAreReportedInTheContextCheck() {
        VerificationReport ok = verifier.verify(signDi(unsigned(ISSUER)));
        assertTrue(ok.check(CheckId.CONTEXT).orElseThrow().message().contains("canonicalized for the eddsa-rdfc-2022 proof"));
        ObjectNode signed = (ObjectNode) Json.standard().parse(signDi(unsigned(ISSUER)));
        ((ObjectNode) signed.get("credentialSubject")).put("favouriteColour", "blue");
        VerificationReport r = verifier.verify(Fixtures.bytes(signed));
        CheckResult context = r.check(CheckId.CONTEXT).orElseThrow();
        assertEquals(Outcome.FAIL, context.outcome());
        assertTrue(context.message().contains("favouriteColour"), context.message());
        assertEquals(Outcome.FAIL, r.check(CheckId.PROOF).orElseThrow().outcome());
        assertFalse(r.isValid());
    }

    @Test
    void anyChangeToTheSignedContentFailsTheProof() {
        ObjectNode signed = (ObjectNode) Json.standard().parse(signDi(unsigned(ISSUER)));
        for (String field : List.of("name", "validFrom")) {
            ObjectNode tampered = signed.deepCopy();
            tampered.put(field, field.equals("validFrom") ? "2024-01-02T00:00:00Z" : "Brain Surgeon");
            VerificationReport r = verifier.verify(Fixtures.bytes(tampered));
            assertFalse(r.isValid(), field);
            assertEquals(Outcome.FAIL, r.check(CheckId.PROOF).orElseThrow().outcome(), field);
        }
        ObjectNode renamed = signed.deepCopy();
        ((ObjectNode) renamed.get("credentialSubject").get("achievement")).put("name", "Brain Surgeon");
        assertFalse(verifier.verify(Fixtures.bytes(renamed)).isValid());
    }

    @Test
    void aBadgeSignedWithSomeoneElsesKeyFailsTheBinding() {
        VerificationReport r = verifier.verify(signDi(unsigned("did:web:university.example")));
        assertEquals(Outcome.PASS, r.check(CheckId.PROOF).orElseThrow().outcome(), r.checks()::toString);
        assertEquals(Outcome.FAIL, r.check(CheckId.ISSUER_BINDING).orElseThrow().outcome());
        assertFalse(r.isValid());
    }

    @Test
    void vcJwtSignedWithDidJwkIsValid() {
        MicrocredKeyPair p256 = MicrocredKeyPair.generate(KeyType.P256);
        InMemorySigningKey key = SigningKeys.didJwk(p256, SignatureAlgorithm.ES256);
        String issuer = key.verificationMethod().substring(0, key.verificationMethod().indexOf('#'));
        ObjectNode c = unsigned(issuer);
        String jwt = ProofSuites.vcJwt().secure(c, key, ProofOptions.defaults()).text();
        VerificationReport r = verifier.verify(jwt);
        assertTrue(r.isValid(), r.checks()::toString);
        assertEquals(CredentialFormat.VC_JWT, r.format());
        assertEquals("vc-jwt", r.proofSuite().orElseThrow());
        Verifier noEs256 = Verifier.builder().clock(Fixtures.CLOCK).acceptedAlgorithms(List.of(SignatureAlgorithm.RS256)).build();
        assertFalse(noEs256.verify(jwt).isValid());
    }

    @Test
    void oneEdTechImplementationGuideVectorsVerifyEndToEnd() throws Exception {
        // The guide's verification method is https://example.edu/issuers/565049#z6Mk…: a key in the fragment.
        Verifier v = Verifier.builder().clock(Fixtures.CLOCK)
                .keyResolver(KeyResolver.local().orElse(KeyResolver.multikeyFragment())).build();
        VerificationReport ob = v.verify(Fixtures.bytes(Fixtures.readVector("1edtech-ob-impl-guide/obv3p0/signed.json")));
        assertTrue(ob.isValid(), ob.checks()::toString);
        assertEquals("https://example.edu/issuers/565049", ob.display().issuerId().orElseThrow());
        VerificationReport clr = v.verify(Fixtures.bytes(Fixtures.readVector("1edtech-ob-impl-guide/clrv2p0/signed.json")));
        assertEquals(Outcome.PASS, clr.check(CheckId.PROOF).orElseThrow().outcome(), clr.checks()::toString);
        assertEquals(Outcome.PASS, clr.check(CheckId.ISSUER_BINDING).orElseThrow().outcome(), clr.checks()::toString);
        // Without the fragment resolver the key is not found: never valid.
        assertFalse(verifier.verify(Fixtures.bytes(Fixtures.readVector("1edtech-ob-impl-guide/obv3p0/signed.json"))).isValid());
    }

    @Test
    void didWebIssuersResolveThroughTheDocumentFetcher() {
        String did = "did:web:university.example";
        InMemorySigningKey webKey = SigningKeys.ed25519(ED25519, did + "#key-1");
        String multibase = KEY.verificationMethod().substring(KEY.verificationMethod().indexOf('#') + 1);
        String didDocument = "{\"@context\":[\"https://www.w3.org/ns/did/v1\",\"https://w3id.org/security/multikey/v1\"],"
                + "\"id\":\"" + did + "\",\"verificationMethod\":[{\"id\":\"" + did + "#key-1\",\"type\":\"Multikey\","
                + "\"controller\":\"" + did + "\",\"publicKeyMultibase\":\"" + multibase + "\"}],"
                + "\"assertionMethod\":[\"" + did + "#key-1\"]}";
        String signed = ProofSuites.eddsaRdfc2022().secure(unsigned(did), webKey, OPTIONS).text();
        VerificationReport offline = verifier.verify(signed);
        assertFalse(offline.isValid());
        assertEquals(Outcome.FAIL, offline.check(CheckId.PROOF).orElseThrow().outcome());
        Verifier preloaded = Verifier.builder().clock(Fixtures.CLOCK).documentFetcher(DocumentFetcher.preloaded(
                Map.of("https://university.example/.well-known/did.json",
                        didDocument.getBytes(java.nio.charset.StandardCharsets.UTF_8)))).build();
        VerificationReport r = preloaded.verify(signed);
        assertTrue(r.isValid(), r.checks()::toString);
        assertEquals(did + "#key-1", r.verificationMethod().orElseThrow());
        // A derived verifier with another fetcher resolves keys through that fetcher, not the old one.
        assertFalse(preloaded.toBuilder().documentFetcher(DocumentFetcher.none()).build().verify(signed).isValid());
        assertTrue(verifier.toBuilder().documentFetcher(preloaded.documentFetcher()).build().verify(signed).isValid());
    }

    @Test
    void w3cEddsaVectorVerifiesButIsNotAnOpenBadge() throws Exception {
        ObjectNode signed = Fixtures.readVector("w3c-vc-di-eddsa/TestVectors/eddsa-rdfc-2022/signedDataInt.json");
        VerificationReport r = verifier.verify(Fixtures.bytes(signed));
        assertEquals(Outcome.PASS, r.check(CheckId.PROOF).orElseThrow().outcome(), r.checks()::toString);
        assertEquals(Outcome.FAIL, r.check(CheckId.TYPE).orElseThrow().outcome());
        assertFalse(r.isValid());
    }

    @Test
    void revocationThroughASignedStatusList() {
        String listUrl = "https://example.edu/status/3";
        ObjectNode listVc = BitstringStatusListCredential.builder().id(listUrl).issuer(ISSUER).statusPurpose("revocation")
                .list(BitstringStatusList.create(131_072).withStatus(5, 1)).subjectId(listUrl + "#list").build().toJson();
        String signedList = signDi(listVc);
        Verifier v = Verifier.builder().clock(Fixtures.CLOCK)
                .documentFetcher(DocumentFetcher.preloaded(Map.of(listUrl, signedList.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .build();
        for (int index : new int[] {4, 5}) {
            ObjectNode c = unsigned(ISSUER);
            ObjectNode st = c.putObject("credentialStatus");
            st.put("id", listUrl + "#" + index);
            st.put("type", "BitstringStatusListEntry");
            st.put("statusPurpose", "revocation");
            st.put("statusListIndex", String.valueOf(index));
            st.put("statusListCredential", listUrl);
            VerificationReport r = v.verify(signDi(c));
            assertEquals(index == 4, r.isValid(), r.checks()::toString);
            assertEquals(index == 5, r.display().revoked());
        }
    }
}
