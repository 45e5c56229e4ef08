package org.microcred.core.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcred.core.proof.DataIntegrityVectorTest.ECDSA;
import static org.microcred.core.proof.DataIntegrityVectorTest.ED2020;
import static org.microcred.core.proof.DataIntegrityVectorTest.EDDSA;
import static org.microcred.core.proof.DataIntegrityVectorTest.EDDSA_2022;
import static org.microcred.core.proof.DataIntegrityVectorTest.REGISTRY;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;
import org.microcred.core.internal.Base58;
import org.microcred.core.json.Json;

/** Data Integrity suites: round trips, proof sets, and every rejection with its reason. */
class DataIntegritySuiteTest {

    static final String ISSUER = "https://example.edu/issuers/565049";
    static final TestKeys.TestKey ED = TestKeys.ed25519(new byte[32], ISSUER + "#key-ed");
    static final TestKeys.TestKey P256 = TestKeys.p256(ISSUER + "#key-p256");
    static final KeyResolver RESOLVER = ED.resolver(ISSUER).orElse(P256.resolver(ISSUER));
    static final Instant CREATED = Instant.parse("2024-03-01T10:00:00Z");
    static final ProofOptions OPTIONS = ProofOptions.builder().created(CREATED).build();

    private static ObjectNode signedEd() {
        return EDDSA.secure(JwtTestSupport.obCredential(), ED.signer(), OPTIONS).json().orElseThrow();
    }

    private static ObjectNode proof(ObjectNode doc) {
        return (ObjectNode) doc.get("proof");
    }

    private static ProofResult only(ObjectNode doc) {
        ProofVerification v = REGISTRY.verify(doc, RESOLVER);
        assertEquals(1, v.results().size(), v::toString);
        return v.results().get(0);
    }

    private static void assertRejected(ObjectNode doc, ProofProblem problem, String reason) {
        ProofResult r = only(doc);
        assertFalse(r.isValid(), r::toString);
        assertEquals(problem, r.problem().orElseThrow(), r::toString);
        assertEquals(reason, r.reason());
    }

    @Test
    void eddsaRoundTripAddsOnlyTheProof() {
        ObjectNode credential = JwtTestSupport.obCredential();
        SecuredDocument secured = EDDSA.secure(credential, ED.signer(), OPTIONS);
        ObjectNode json = secured.json().orElseThrow();
        ObjectNode withoutProof = json.deepCopy();
        withoutProof.remove("proof");
        assertEquals(credential, withoutProof);
        assertEquals(JwtTestSupport.obCredential(), credential, "input untouched");
        assertEquals(Json.standard().parse("{\"type\":\"DataIntegrityProof\",\"cryptosuite\":\"eddsa-rdfc-2022\","
                + "\"created\":\"2024-03-01T10:00:00Z\",\"verificationMethod\":\"" + ISSUER + "#key-ed\","
                + "\"proofPurpose\":\"assertionMethod\",\"proofValue\":\"" + proof(json).get("proofValue").asText()
                + "\"}"), json.get("proof"));
        assertEquals(Json.standard().write(json), secured.text());
        ProofResult r = only(json);
        assertTrue(r.isValid(), r::toString);
        assertEquals("The eddsa-rdfc-2022 proof by " + ISSUER + "#key-ed verified", r.reason());
        assertTrue(REGISTRY.verify(secured.text(), RESOLVER).isValid(), "verifies from text too");
    }

    @Test
    void ecdsaRdfc2019RoundTrip() {
        ObjectNode json = ECDSA.secure(JwtTestSupport.obCredential(), P256.signer(), OPTIONS).json().orElseThrow();
        assertEquals("ecdsa-rdfc-2019", proof(json).get("cryptosuite").asText());
        String value = proof(json).get("proofValue").asText();
        assertEquals(64, Base58.decode(value.substring(1)).length, "P1363 R || S");
        ProofResult r = only(json);
        assertTrue(r.isValid(), r::toString);
        assertEquals("ecdsa-rdfc-2019", r.suite().orElseThrow());
    }

    @Test
    void addingAProofMakesAProofSet() {
        ObjectNode once = signedEd();
        ObjectNode twice = ECDSA.secure(once, P256.signer(), OPTIONS).json().orElseThrow();
        assertTrue(twice.get("proof").isArray());
        assertEquals(2, twice.get("proof").size());
        assertEquals(proof(once), twice.get("proof").get(0));
        ProofVerification v = REGISTRY.verify(twice, RESOLVER);
        assertTrue(v.results().stream().allMatch(ProofResult::isValid), v::toString);
    }

    @Test
    void aProofSetCanonicalizesItsDocumentOnce() {
        ObjectNode twice = ECDSA.secure(signedEd(), P256.signer(), OPTIONS).json().orElseThrow();
        assertTrue(REGISTRY.verify(twice, RESOLVER).isValid());
        long before = CountingCanonicalization.INSTANCE.calls.get();
        ProofVerification v = REGISTRY.verify(twice, RESOLVER);
        assertEquals(2, v.results().stream().filter(ProofResult::isValid).count());
        assertEquals(1, CountingCanonicalization.INSTANCE.calls.get() - before,
                "one document canonicalization; both proof configurations come from templates");
    }

    @Test
    void anyOneValidProofOfASetSuffices() {
        ObjectNode twice = ECDSA.secure(signedEd(), P256.signer(), OPTIONS).json().orElseThrow();
        ((ObjectNode) twice.get("proof").get(0)).put("proofValue", "z" + Base58.encode(new byte[64]));
        ProofVerification v = REGISTRY.verify(twice, RESOLVER);
        assertTrue(v.isValid(), v::toString);
        assertFalse(v.results().get(0).isValid());
        assertEquals("The eddsa-rdfc-2022 signature in proof[0] does not verify with the key of " + ISSUER
                + "#key-ed (the document or proof options were changed, or another key signed it)",
                v.results().get(0).reason());
        assertTrue(v.results().get(1).isValid());
        assertEquals(1, v.validProof().orElseThrow().index());
    }

    @Test
    void rejectsAChangedDocument() {
        ObjectNode doc = signedEd().put("name", "Forged");
        assertRejected(doc, ProofProblem.SIGNATURE_INVALID, "The eddsa-rdfc-2022 signature in proof does not verify "
                + "with the key of " + ISSUER + "#key-ed (the document or proof options were changed, or another key signed it)");
    }

    @Test
    void rejectsAnotherProofPurpose() {
        ObjectNode doc = signedEd();
        proof(doc).put("proofPurpose", "authentication");
        assertRejected(doc, ProofProblem.OPTIONS_INVALID,
                "proof.proofPurpose is 'authentication'; expected 'assertionMethod'");
    }

    @Test
    void rejectsAnInvalidCreated() {
        ObjectNode doc = signedEd();
        proof(doc).put("created", "2024-02-30T10:00:00Z");
        assertRejected(doc, ProofProblem.OPTIONS_INVALID, "proof.created is not an XSD dateTime: '2024-02-30T10:00:00Z'");
        proof(doc).put("created", 1709287200);
        assertRejected(doc, ProofProblem.OPTIONS_INVALID, "proof.created is not an XSD dateTime: 1709287200");
    }

    @Test
    void rejectsASwappedCryptosuite() {
        ObjectNode doc = signedEd();
        proof(doc).put("cryptosuite", "ecdsa-rdfc-2019");
        assertRejected(doc, ProofProblem.KEY_MISMATCH,
                "The verification method " + ISSUER + "#key-ed is a ED25519 key; ecdsa-rdfc-2019 needs a P256 key");
        proof(doc).put("cryptosuite", "eddsa-2022");
        ProofResult r = only(doc);
        assertEquals("eddsa-2022", r.suite().orElseThrow());
        assertEquals(ProofProblem.SIGNATURE_INVALID, r.problem().orElseThrow());
        proof(doc).put("cryptosuite", "eddsa-jcs-2022");
        assertRejected(doc, ProofProblem.UNSUPPORTED, "No accepted suite for proof of type 'DataIntegrityProof' with "
                + "cryptosuite 'eddsa-jcs-2022' (accepted: eddsa-rdfc-2022, ecdsa-rdfc-2019, Ed25519Signature2020, "
                + "eddsa-2022, vc-jwt)");
    }

    @Test
    void rejectsAnUnknownType() {
        ObjectNode doc = signedEd();
        proof(doc).put("type", "RsaSignature2018");
        proof(doc).remove("cryptosuite");
        assertRejected(doc, ProofProblem.UNSUPPORTED, "No accepted suite for proof of type 'RsaSignature2018' "
                + "(accepted: eddsa-rdfc-2022, ecdsa-rdfc-2019, Ed25519Signature2020, eddsa-2022, vc-jwt)");
    }

    @Test
    void rejectsBadProofValues() {
        ObjectNode doc = signedEd();
        proof(doc).put("proofValue", "u" + proof(doc).get("proofValue").asText().substring(1));
        assertTrue(only(doc).reason().startsWith("proof.proofValue is not a base58btc multibase value (it must start "
                + "with 'z' and hold a 64-byte signature): u"));
        proof(doc).put("proofValue", "z0OIl");
        assertRejected(doc, ProofProblem.MALFORMED, "proof.proofValue is not base58btc (invalid base58btc "
                + "character '0' at index 0 — base58btc uses 1-9, A-Z and a-z without 0, O, I and l): z0OIl");
        proof(doc).put("proofValue", "z" + Base58.encode(new byte[63]));
        assertRejected(doc, ProofProblem.MALFORMED, "proof.proofValue decodes to 63 bytes; a EdDSA signature has 64");
        proof(doc).remove("proofValue");
        assertRejected(doc, ProofProblem.MALFORMED, "proof.proofValue is missing");
    }

    @Test
    void rejectsMissingMembers() {
        ObjectNode doc = signedEd();
        proof(doc).remove("verificationMethod");
        assertRejected(doc, ProofProblem.MALFORMED, "proof.verificationMethod is missing");
        doc = signedEd();
        proof(doc).put("verificationMethod", 5);
        assertRejected(doc, ProofProblem.MALFORMED, "proof.verificationMethod is not a string");
        doc = signedEd();
        proof(doc).remove("proofPurpose");
        assertRejected(doc, ProofProblem.MALFORMED, "proof.proofPurpose is missing");
        doc = signedEd();
        doc.remove("@context");
        assertRejected(doc, ProofProblem.OPTIONS_INVALID,
                "The document has no @context, so its eddsa-rdfc-2022 proof cannot be checked");
    }

    @Test
    void rejectsAnUnresolvableKey() {
        ProofVerification v = REGISTRY.verify(signedEd(), KeyResolver.none());
        assertEquals(ProofProblem.KEY_UNRESOLVED, v.results().get(0).problem().orElseThrow());
        assertEquals("The verification method " + ISSUER + "#key-ed could not be resolved to a public key",
                v.results().get(0).reason());
        v = REGISTRY.verify(signedEd(), r -> {
            throw new MicrocredException(ErrorCode.FETCH_FAILED, "network is off");
        });
        assertEquals("Resolving the verification method " + ISSUER + "#key-ed failed: network is off",
                v.results().get(0).reason());
    }

    @Test
    void checksExpiresDomainAndChallenge() {
        ObjectNode doc = EDDSA.secure(JwtTestSupport.obCredential(), ED.signer(), ProofOptions.builder().created(CREATED)
                .expires(Instant.parse("2025-01-01T00:00:00Z")).domain("example.org").challenge("abc").build())
                .json().orElseThrow();
        VerificationOptions before = VerificationOptions.builder()
                .clock(Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC))
                .domain("example.org").challenge("abc").build();
        assertTrue(REGISTRY.verify(doc, RESOLVER, before).isValid());
        ProofVerification after = REGISTRY.verify(doc, RESOLVER, VerificationOptions.builder()
                .clock(Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC)).build());
        assertEquals("proof.expires 2025-01-01T00:00:00Z has passed", after.results().get(0).reason());
        ProofVerification wrongDomain = REGISTRY.verify(doc, RESOLVER, VerificationOptions.builder()
                .clock(before.clock()).domain("evil.example").build());
        assertEquals("proof.domain is 'example.org'; expected 'evil.example'", wrongDomain.results().get(0).reason());
        ProofVerification wrongChallenge = REGISTRY.verify(doc, RESOLVER, VerificationOptions.builder()
                .clock(before.clock()).challenge("xyz").build());
        assertEquals("proof.challenge is 'abc'; expected 'xyz'", wrongChallenge.results().get(0).reason());
    }

    @Test
    void rejectsAChainWithAMissingPreviousProof() {
        ObjectNode doc = signedEd();
        proof(doc).put("previousProof", "urn:uuid:nowhere");
        assertRejected(doc, ProofProblem.MALFORMED,
                "proof.previousProof names 'urn:uuid:nowhere', which is not in the proof set");
    }

    @Test
    void reportsNonObjectProofsAndNoProof() {
        ObjectNode doc = JwtTestSupport.obCredential();
        ProofVerification none = REGISTRY.verify(doc, RESOLVER);
        assertFalse(none.isValid());
        assertEquals("the document has no proof", none.reason());
        ArrayNode proofs = doc.putArray("proof");
        proofs.add("x");
        ProofVerification bad = REGISTRY.verify(doc, RESOLVER);
        assertEquals("proof[0] is not a JSON object", bad.results().get(0).reason());
    }

    @Test
    void reportsCanonicalizationFailures() {
        ObjectNode doc = signedEd();
        doc.put("undefinedTerm", "x");
        assertRejected(doc, ProofProblem.CANONICALIZATION_FAILED, only(doc).reason());
        assertTrue(only(doc).reason().startsWith("The document could not be canonicalized: "));
    }

    @Test
    void signingRefusals() {
        ObjectNode credential = JwtTestSupport.obCredential();
        MicrocredException e = assertThrows(MicrocredException.class, () -> ED2020.secure(credential, ED.signer(), OPTIONS));
        assertEquals(ErrorCode.UNSUPPORTED_PROOF, e.code());
        assertEquals("The Ed25519Signature2020 suite only verifies proofs — sign with eddsa-rdfc-2022 "
                + "(ProofSuites.eddsaRdfc2022())", e.getMessage());
        assertThrows(MicrocredException.class, () -> EDDSA_2022.secure(credential, ED.signer(), OPTIONS));
        e = assertThrows(MicrocredException.class, () -> EDDSA.secure(credential, P256.signer(), OPTIONS));
        assertEquals("The eddsa-rdfc-2022 suite signs with EdDSA, but the signing key for " + ISSUER
                + "#key-p256 uses ES256 — use a ED25519 key or a suite for ES256", e.getMessage());
        ObjectNode noContext = credential.deepCopy();
        noContext.remove("@context");
        e = assertThrows(MicrocredException.class, () -> EDDSA.secure(noContext, ED.signer(), OPTIONS));
        assertEquals(ErrorCode.INVALID_VALUE, e.code());
    }

    @Test
    void legacyEddsa2022VerifiesAsEddsaRdfc2022WithItsOwnName() {
        // A VC 1.1 credential with the data-integrity/v1 context, signed the way 2022-era issuers did.
        ObjectNode credential = (ObjectNode) Json.standard().parse("{\"@context\":[\"https://www.w3.org/2018/credentials/v1\","
                + "\"https://w3id.org/security/data-integrity/v1\",\"https://www.w3.org/ns/credentials/examples/v2\"],"
                + "\"id\":\"urn:uuid:1\",\"type\":[\"VerifiableCredential\"],\"issuer\":\"" + ISSUER + "\","
                + "\"issuanceDate\":\"2022-01-01T00:00:00Z\",\"credentialSubject\":{\"id\":\"did:example:1\"}}");
        ObjectNode proof = Json.standard().mapper().createObjectNode().put("type", "DataIntegrityProof")
                .put("cryptosuite", "eddsa-2022").put("created", "2022-06-01T00:00:00Z")
                .put("verificationMethod", ED.signer().verificationMethod()).put("proofPurpose", "assertionMethod");
        byte[] hash = ((DataIntegritySuite) EDDSA_2022).hashData(proof, credential.get("@context"), credential);
        proof.put("proofValue", "z" + Base58.encode(ED.signer().sign(hash)));
        credential.set("proof", proof);
        ProofResult r = only(credential);
        assertTrue(r.isValid(), r::toString);
        assertEquals("eddsa-2022", r.suite().orElseThrow());
    }
}
