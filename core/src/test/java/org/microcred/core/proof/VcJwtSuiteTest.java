package org.microcred.core.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcred.core.proof.JwtTestSupport.b64;
import static org.microcred.core.proof.JwtTestSupport.jws;
import static org.microcred.core.proof.JwtTestSupport.part;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;
import org.microcred.core.json.Json;
import org.microcred.core.keys.SignatureAlgorithm;
import org.microcred.core.keys.SigningKey;

/** VC-JWT as OB 3.0 §8.2 defines it: signing, claims, and every rejection with its reason. */
class VcJwtSuiteTest {

    static final String ISSUER = "https://example.edu/issuers/565049";
    static final Map<SignatureAlgorithm, TestKeys.TestKey> KEYS = Map.of(
            SignatureAlgorithm.EdDSA, TestKeys.ed25519(new byte[32], ISSUER + "#ed"),
            SignatureAlgorithm.ES256, TestKeys.p256(ISSUER + "#p256"),
            SignatureAlgorithm.RS256, TestKeys.rsa(ISSUER + "#rsa", SignatureAlgorithm.RS256),
            SignatureAlgorithm.PS256, TestKeys.rsa(ISSUER + "#pss", SignatureAlgorithm.PS256));
    static final KeyResolver RESOLVER = KEYS.values().stream().map(k -> k.resolver(ISSUER))
            .reduce(KeyResolver.none(), KeyResolver::orElse);
    static final ProofSuites SUITES = ProofSuites.of(ProofSuites.vcJwt());
    static final TestKeys.TestKey ED = KEYS.get(SignatureAlgorithm.EdDSA);

    private static ProofResult check(String compact) {
        ProofVerification v = SUITES.verify(compact, RESOLVER);
        assertEquals(1, v.results().size(), v::toString);
        return v.results().get(0);
    }

    private static void assertRejected(String compact, ProofProblem problem, String reason) {
        ProofResult r = check(compact);
        assertFalse(r.isValid(), r::toString);
        assertEquals(problem, r.problem().orElseThrow(), r::toString);
        assertEquals(reason, r.reason());
    }

    private static ObjectNode header(String json) {
        return (ObjectNode) Json.standard().parse(json);
    }

    private static ObjectNode payload() {
        return JwtTestSupport.obCredential().deepCopy()
                .put("iss", ISSUER).put("sub", "did:example:ebfeb1f712ebc6f1c276e12ec21")
                .put("nbf", 1262304000L).put("jti", "urn:uuid:91537dba-56cb-11ec-bf63-0242ac130002")
                .put("exp", 1893456000L);
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void signsAndVerifiesWithEachAlgorithm(SignatureAlgorithm alg) {
        SigningKey key = KEYS.get(alg).signer();
        ObjectNode credential = JwtTestSupport.obCredential();
        SecuredDocument secured = ProofSuites.vcJwt(alg).secure(credential, key, ProofOptions.defaults());

        assertEquals(ProofFormat.ENVELOPED, secured.format());
        assertEquals(credential, secured.credential());
        ObjectNode header = part(secured.text(), 0);
        assertEquals(header("{\"alg\":\"" + alg + "\",\"kid\":\"" + key.verificationMethod() + "\",\"typ\":\"JWT\"}"),
                header);
        assertEquals(List.of("alg", "kid", "typ"), List.copyOf(iterable(header)));
        assertEquals(Json.standard().write(payload()), Json.standard().write(part(secured.text(), 1)));

        ProofVerification v = SUITES.verify(secured.text(), RESOLVER);
        assertTrue(v.isValid(), v::toString);
        assertEquals(ProofFormat.ENVELOPED, v.format());
        assertEquals(credential, v.credential().orElseThrow(), "the credential is the payload minus JWT claims");
        ProofResult r = v.results().get(0);
        assertEquals(alg, r.algorithm().orElseThrow());
        assertEquals(key.verificationMethod(), r.verificationMethod().orElseThrow());
        assertEquals(ISSUER, r.key().orElseThrow().controller());
        assertEquals("The " + alg + " VC-JWT signed by " + key.verificationMethod() + " verified", r.reason());
    }

    private static List<String> iterable(ObjectNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void vc11CredentialsTravelInTheVcClaim() {
        ObjectNode credential = JwtTestSupport.v11Credential();
        SecuredDocument secured = ProofSuites.vcJwt().secure(credential, ED.signer(), ProofOptions.defaults());
        ObjectNode payload = part(secured.text(), 1);
        assertEquals(credential, payload.get("vc"));
        assertEquals(ISSUER, payload.get("iss").asText());
        assertEquals("did:example:ebfeb1f712ebc6f1c276e12ec21", payload.get("sub").asText());
        assertEquals(1262304000L, payload.get("nbf").asLong());
        assertEquals(1893456000L, payload.get("exp").asLong());
        assertEquals("urn:uuid:a63a60be-f4af-491c-87fc-2c8fd3007a58", payload.get("jti").asText());
        ProofVerification v = SUITES.verify(secured.text(), RESOLVER);
        assertTrue(v.isValid(), v::toString);
        assertEquals(credential, v.credential().orElseThrow());
    }

    @Test
    void vc11ClaimMayOmitWhatTheClaimsCarry() {
        ObjectNode vc = JwtTestSupport.v11Credential();
        vc.remove("issuer");
        vc.remove("id");
        ((ObjectNode) vc.get("credentialSubject")).remove("id");
        ObjectNode payload = Json.standard().mapper().createObjectNode();
        payload.set("vc", vc);
        payload.put("iss", ISSUER).put("sub", "did:example:x").put("nbf", 1262304000L).put("jti", "urn:x:1")
                .put("exp", 1893456000L);
        String token = jws(header("{\"alg\":\"EdDSA\",\"kid\":\"" + ED.signer().verificationMethod() + "\"}"), payload,
                ED.signer());
        ProofResult r = check(token);
        assertTrue(r.isValid(), r::toString);
        ObjectNode decoded = r.credential().orElseThrow();
        assertEquals(ISSUER, decoded.get("issuer").asText(), "issuer from iss");
        assertEquals("urn:x:1", decoded.get("id").asText(), "id from jti");
        assertEquals("did:example:x", decoded.get("credentialSubject").get("id").asText(), "subject id from sub");
        assertEquals("2010-01-01T00:00:00Z", decoded.get("issuanceDate").asText(), "kept");
        assertEquals("2030-01-01T00:00:00Z", decoded.get("expirationDate").asText(), "kept");
        ObjectNode noDates = vc.deepCopy();
        noDates.remove(List.of("issuanceDate", "expirationDate"));
        payload.set("vc", noDates);
        ProofResult filled = check(jws(header("{\"alg\":\"EdDSA\",\"kid\":\"" + ED.signer().verificationMethod()
                + "\"}"), payload, ED.signer()));
        assertTrue(filled.isValid(), filled::toString);
        assertEquals("2010-01-01T00:00:00Z", filled.credential().orElseThrow().get("issuanceDate").asText());
        assertEquals("2030-01-01T00:00:00Z", filled.credential().orElseThrow().get("expirationDate").asText());
    }

    @Test
    void embedsAPublicJwkWhenAsked() {
        ObjectNode jwk = header("{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"O2onvM62pC1io6jQKm8Nc2UyFXcd4kOmOsBIoYtZ2ik\"}");
        SecuredDocument secured = ProofSuites.vcJwt().secure(JwtTestSupport.obCredential(), ED.signer(),
                ProofOptions.builder().jwk(jwk).jwtType(null).build());
        ObjectNode h = part(secured.text(), 0);
        assertEquals(header("{\"alg\":\"EdDSA\",\"jwk\":" + jwk + "}"), h);
        assertTrue(SUITES.verify(secured.text(), JwtTestSupport.anyJwk(ED.publicKey())).isValid());
        assertThrows(IllegalArgumentException.class,
                () -> ProofOptions.builder().jwk(jwk.deepCopy().put("d", "secret")));
    }

    @Test
    void theLocalResolverReadsAHeaderJwkAsItsDidJwk() {
        ObjectNode jwk = ED.publicKey().toJwk();
        String token = ProofSuites.vcJwt().secure(JwtTestSupport.obCredential(), ED.signer(),
                ProofOptions.builder().jwk(jwk).build()).text();
        ProofVerification v = SUITES.verify(token, KeyResolver.local());
        assertTrue(v.isValid(), v::toString);
        org.microcred.core.keys.ResolvedKey key = v.results().get(0).key().orElseThrow();
        assertEquals(org.microcred.core.keys.DidJwk.of(ED.publicKey()).did(), key.controller());
        assertEquals(ED.publicKey(), key.publicKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"JWT", "vc+jwt", "vc+ld+json+jwt", "application/vc+jwt"})
    void acceptsTheKnownTypes(String typ) {
        String token = jws(header("{\"alg\":\"EdDSA\",\"kid\":\"" + ED.signer().verificationMethod() + "\",\"typ\":\""
                + typ + "\"}"), payload(), ED.signer());
        assertTrue(check(token).isValid());
    }

    @Test
    void rejectsOtherTypes() {
        String token = jws(header("{\"alg\":\"EdDSA\",\"kid\":\"" + ED.signer().verificationMethod()
                + "\",\"typ\":\"JOSE\"}"), payload(), ED.signer());
        assertRejected(token, ProofProblem.HEADER_REJECTED,
                "The JOSE header typ is 'JOSE'; accepted: JWT, vc+jwt, vc+ld+json+jwt");
    }

    @Test
    void rejectsAlgNone() {
        String token = b64("{\"alg\":\"none\",\"kid\":\"" + ISSUER + "#ed\"}") + "." + b64(payload().toString()) + ".AA";
        assertRejected(token, ProofProblem.ALGORITHM_REJECTED, "alg 'none' (an unsigned JWT) is not allowed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"HS256", "HS384", "HS512"})
    void rejectsHmac(String alg) {
        String token = b64("{\"alg\":\"" + alg + "\",\"kid\":\"" + ISSUER + "#ed\"}") + "." + b64(payload().toString())
                + ".c2lnbmF0dXJl";
        assertRejected(token, ProofProblem.ALGORITHM_REJECTED,
                "alg '" + alg + "' is HMAC (a shared secret), which cannot prove who issued a credential");
    }

    @Test
    void rejectsUnknownAlgorithms() {
        String token = jws("{\"alg\":\"RS512\",\"kid\":\"" + ISSUER + "#rsa\"}", payload().toString(), ED.signer());
        assertRejected(token, ProofProblem.ALGORITHM_REJECTED,
                "alg 'RS512' is not supported (supported: RS256, ES256, PS256, EdDSA)");
    }

    @Test
    void rejectsAlgorithmsTheSuiteDoesNotAccept() {
        String token = ProofSuites.vcJwt().secure(JwtTestSupport.obCredential(), ED.signer(), ProofOptions.defaults())
                .text();
        ProofVerification v = ProofSuites.of(ProofSuites.vcJwt(SignatureAlgorithm.RS256, SignatureAlgorithm.ES256))
                .verify(token, RESOLVER);
        assertFalse(v.isValid());
        assertEquals("alg 'EdDSA' is not accepted here (accepted: [ES256, RS256])", v.results().get(0).reason());
    }

    @Test
    void rejectsAnAlgorithmThatDoesNotFitTheKey() {
        // ES256 claimed, but the kid names the Ed25519 key.
        String token = jws("{\"alg\":\"ES256\",\"kid\":\"" + ED.signer().verificationMethod() + "\"}",
                payload().toString(), KEYS.get(SignatureAlgorithm.ES256).signer());
        assertRejected(token, ProofProblem.KEY_MISMATCH,
                "alg ES256 needs a P256 key, but the key of " + ISSUER + "#ed is ED25519");
    }

    @ParameterizedTest
    @ValueSource(strings = {"crit", "jku", "x5u", "x5c", "cty", "b64", "zip"})
    void rejectsExtraHeaderMembers(String member) {
        String token = jws("{\"alg\":\"EdDSA\",\"kid\":\"" + ED.signer().verificationMethod() + "\",\"" + member
                + "\":\"x\"}", payload().toString(), ED.signer());
        assertRejected(token, ProofProblem.HEADER_REJECTED,
                "The JOSE header has members OB 3.0 does not allow: [" + member + "] (allowed: alg, kid, jwk, typ)");
    }

    @Test
    void rejectsAPrivateJwk() {
        String token = jws("{\"alg\":\"EdDSA\",\"jwk\":{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"AA\",\"d\":\"AA\"}}",
                payload().toString(), ED.signer());
        assertRejected(token, ProofProblem.HEADER_REJECTED,
                "The JOSE header jwk contains the private key member 'd'");
    }

    @Test
    void rejectsAHeaderWithoutKidOrJwk() {
        String token = jws("{\"alg\":\"EdDSA\"}", payload().toString(), ED.signer());
        assertRejected(token, ProofProblem.HEADER_REJECTED,
                "The JOSE header has neither kid nor jwk; OB 3.0 requires one to find the key");
    }

    @Test
    void rejectsKidAndJwkThatDisagree() {
        String token = jws("{\"alg\":\"EdDSA\",\"kid\":\"" + ED.signer().verificationMethod()
                + "\",\"jwk\":{\"kty\":\"OKP\"}}", payload().toString(), ED.signer());
        TestKeys.TestKey other = TestKeys.ed25519(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17,
            18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32}, "x");
        ProofVerification v = SUITES.verify(token, RESOLVER.orElse(JwtTestSupport.anyJwk(other.publicKey())));
        assertEquals("The header jwk is not the key the kid " + ED.signer().verificationMethod() + " resolves to",
                v.results().get(0).reason());
        assertTrue(SUITES.verify(token, RESOLVER.orElse(JwtTestSupport.anyJwk(ED.publicKey()))).isValid());
    }

    @Test
    void rejectsAnUnknownKid() {
        String token = jws("{\"alg\":\"EdDSA\",\"kid\":\"https://elsewhere.example/key\"}", payload().toString(),
                ED.signer());
        assertRejected(token, ProofProblem.KEY_UNRESOLVED,
                "The kid https://elsewhere.example/key could not be resolved to a public key");
    }

    @Test
    void reportsAFailingResolver() {
        String token = jws("{\"alg\":\"EdDSA\",\"kid\":\"did:web:down.example#k\"}", payload().toString(), ED.signer());
        ProofVerification v = SUITES.verify(token, r -> {
            throw new MicrocredException(ErrorCode.FETCH_FAILED, "did:web:down.example is not reachable");
        });
        assertEquals(ProofProblem.KEY_UNRESOLVED, v.results().get(0).problem().orElseThrow());
        assertEquals("Resolving the JWT key did:web:down.example#k failed: did:web:down.example is not reachable",
                v.results().get(0).reason());
    }

    @Test
    void rejectsAWrongSignature() {
        String good = ProofSuites.vcJwt().secure(JwtTestSupport.obCredential(), ED.signer(), ProofOptions.defaults()).text();
        String[] parts = good.split("\\.");
        ObjectNode changed = part(good, 1).put("name", "Forged Badge");
        String forged = parts[0] + "." + b64(changed.toString()) + "." + parts[2];
        assertRejected(forged, ProofProblem.SIGNATURE_INVALID,
                "The EdDSA JWS signature does not verify with the key of " + ISSUER + "#ed");
    }

    @Test
    void namesEachClaimThatDisagrees() {
        ObjectNode p = payload().put("iss", "https://other.example").put("sub", "did:example:other")
                .put("nbf", 1262304001L).put("jti", "urn:uuid:other").put("exp", 1893456001L);
        String token = jws(header("{\"alg\":\"EdDSA\",\"kid\":\"" + ED.signer().verificationMethod() + "\"}"), p,
                ED.signer());
        assertRejected(token, ProofProblem.CLAIMS_MISMATCH, "JWT claims disagree with the credential: "
                + "iss 'https://other.example' differs from issuer.id '" + ISSUER + "'; "
                + "sub 'did:example:other' differs from credentialSubject.id 'did:example:ebfeb1f712ebc6f1c276e12ec21'; "
                + "jti 'urn:uuid:other' differs from id 'urn:uuid:91537dba-56cb-11ec-bf63-0242ac130002'; "
                + "nbf 1262304001 (2010-01-01T00:00:01Z) differs from validFrom '2010-01-01T00:00:00Z'; "
                + "exp 1893456001 (2030-01-01T00:00:01Z) differs from validUntil '2030-01-01T00:00:00Z'");
    }

    @Test
    void namesMissingClaims() {
        ObjectNode p = payload();
        p.remove(List.of("iss", "sub", "nbf", "jti", "exp"));
        String token = jws(header("{\"alg\":\"EdDSA\",\"kid\":\"" + ED.signer().verificationMethod() + "\"}"), p,
                ED.signer());
        assertRejected(token, ProofProblem.CLAIMS_MISMATCH, "JWT claims disagree with the credential: "
                + "iss is missing (issuer.id is '" + ISSUER + "'); "
                + "sub is missing (credentialSubject.id is 'did:example:ebfeb1f712ebc6f1c276e12ec21'); "
                + "jti is missing (id is 'urn:uuid:91537dba-56cb-11ec-bf63-0242ac130002'); "
                + "nbf is missing (validFrom is '2010-01-01T00:00:00Z'); "
                + "exp is missing (validUntil is '2030-01-01T00:00:00Z')");
    }

    @Test
    void rejectsAnExpWithoutValidUntil() {
        ObjectNode p = payload();
        p.remove("validUntil");
        String token = jws(header("{\"alg\":\"EdDSA\",\"kid\":\"" + ED.signer().verificationMethod() + "\"}"), p,
                ED.signer());
        assertRejected(token, ProofProblem.CLAIMS_MISMATCH, "JWT claims disagree with the credential: "
                + "exp 1893456000 is present but the credential has no validUntil");
    }

    @Test
    void acceptsNbfToTheSecond() {
        ObjectNode p = payload().put("validFrom", "2010-01-01T00:00:00.750Z");
        String token = jws(header("{\"alg\":\"EdDSA\",\"kid\":\"" + ED.signer().verificationMethod() + "\"}"), p,
                ED.signer());
        assertTrue(check(token).isValid());
        ObjectNode offset = payload().put("validFrom", "2010-01-01T01:00:00+01:00");
        assertTrue(check(jws(header("{\"alg\":\"EdDSA\",\"kid\":\"" + ED.signer().verificationMethod() + "\"}"), offset,
                ED.signer())).isValid());
    }

    @Test
    void rejectsMalformedCompactSerializations() {
        String good = ProofSuites.vcJwt().secure(JwtTestSupport.obCredential(), ED.signer(), ProofOptions.defaults()).text();
        String[] p = good.split("\\.");
        assertRejected(p[0] + "." + p[1], ProofProblem.MALFORMED, "A compact JWS has 3 dot-separated parts; this one has 2");
        assertRejected(good + ".x", ProofProblem.MALFORMED, "A compact JWS has 3 dot-separated parts; this one has 4");
        assertRejected(p[0] + "." + p[1] + "=." + p[2], ProofProblem.MALFORMED,
                "The JWS payload is not valid: base64url text has padding '=' at index " + p[1].length()
                        + " — JOSE and multibase 'u' use base64url without padding");
        assertRejected(p[0] + "." + p[1] + "*." + p[2], ProofProblem.MALFORMED,
                "The JWS payload is not valid: invalid base64url character '*' at index " + p[1].length()
                        + " — base64url uses A-Z, a-z, 0-9, '-' and '_'");
        assertRejected(p[0] + ".." + p[2], ProofProblem.MALFORMED,
                "A compact JWS part is empty or has characters outside base64url (no padding allowed)");
        assertRejected(b64("[1]") + "." + p[1] + "." + p[2], ProofProblem.MALFORMED,
                "The JWS header is not a JSON object (or has duplicate members)");
        assertRejected(b64("{\"alg\":\"EdDSA\",\"alg\":\"none\"}") + "." + p[1] + "." + p[2], ProofProblem.MALFORMED,
                "The JWS header is not a JSON object (or has duplicate members)");
        assertRejected(p[0] + "." + b64("not json") + "." + p[2], ProofProblem.MALFORMED,
                "The JWT payload is not a JSON object (or has duplicate members)");
        // A 64-byte signature is 86 characters; the last one carries 2 bits and 4 zero bits.
        char last = p[2].charAt(p[2].length() - 1);
        String sloppy = p[2].substring(0, p[2].length() - 1) + (char) (last + 1);
        assertRejected(p[0] + "." + p[1] + "." + sloppy, ProofProblem.MALFORMED,
                "The JWS signature is not valid: base64url text is not canonical: the last character '"
                        + sloppy.charAt(sloppy.length() - 1) + "' has non-zero unused bits");
    }

    @Test
    void signingNeedsWhatTheClaimsMirror() {
        ObjectNode noIssuer = JwtTestSupport.obCredential();
        noIssuer.remove("issuer");
        MicrocredException e = assertThrows(MicrocredException.class,
                () -> ProofSuites.vcJwt().secure(noIssuer, ED.signer(), ProofOptions.defaults()));
        assertEquals(ErrorCode.INVALID_VALUE, e.code());
        assertEquals("The credential has no issuer id (issuer or issuer.id), which the JWT claim iss must mirror",
                e.getMessage());

        ObjectNode withIss = JwtTestSupport.obCredential().put("iss", "x");
        e = assertThrows(MicrocredException.class,
                () -> ProofSuites.vcJwt().secure(withIss, ED.signer(), ProofOptions.defaults()));
        assertEquals("The credential has a property 'iss', which is a JWT claim name; a VC-JWT payload cannot carry both",
                e.getMessage());
    }

    @Test
    void signingRefusesAKeyOutsideTheSuite() {
        MicrocredException e = assertThrows(MicrocredException.class, () -> ProofSuites.vcJwt(SignatureAlgorithm.RS256)
                .secure(JwtTestSupport.obCredential(), ED.signer(), ProofOptions.defaults()));
        assertEquals(ErrorCode.UNSUPPORTED_PROOF, e.code());
    }

    @Test
    void signingRejectsADerEcdsaSignature() {
        SigningKey der = new SigningKey() {
            @Override
            public SignatureAlgorithm algorithm() {
                return SignatureAlgorithm.ES256;
            }

            @Override
            public String verificationMethod() {
                return ISSUER + "#kms";
            }

            @Override
            public byte[] sign(byte[] data) {
                return new byte[71];
            }
        };
        MicrocredException e = assertThrows(MicrocredException.class,
                () -> ProofSuites.vcJwt().secure(JwtTestSupport.obCredential(), der, ProofOptions.defaults()));
        assertEquals(ErrorCode.SIGNING_FAILED, e.code());
        assertEquals("The signer for " + ISSUER + "#kms returned 71 bytes, not a ES256 JWS signature "
                + "(64 bytes R || S, not DER)", e.getMessage());
    }
}
