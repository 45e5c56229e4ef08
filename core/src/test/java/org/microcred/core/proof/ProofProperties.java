package org.microcred.core.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.microcred.core.keys.SignatureAlgorithm;

/**
 * For arbitrary credentials: what is signed verifies, and any change to signed content — any
 * JSON leaf of the document or of the proof options, any character of each JWT part — makes
 * verification fail.
 */
class ProofProperties {

    static final String ISSUER = "https://issuer.example/keys";
    static final TestKeys.TestKey ED = TestKeys.ed25519(new byte[32], ISSUER + "#ed");
    static final TestKeys.TestKey P256 = TestKeys.p256(ISSUER + "#p256");
    static final TestKeys.TestKey RS = TestKeys.rsa(ISSUER + "#rs", SignatureAlgorithm.RS256);
    static final TestKeys.TestKey PS = TestKeys.rsa(ISSUER + "#ps", SignatureAlgorithm.PS256);
    static final KeyResolver RESOLVER = List.of(ED, P256, RS, PS).stream().map(k -> k.resolver(ISSUER))
            .reduce(KeyResolver.none(), KeyResolver::orElse);
    static final ProofSuites SUITES = DataIntegrityVectorTest.REGISTRY;

    @Provide
    Arbitrary<ObjectNode> credentials() {
        return CredentialArbitraries.credentials();
    }

    @Property(tries = 25)
    void dataIntegritySignedCredentialsVerifyAndEveryLeafChangeFails(@ForAll("credentials") ObjectNode credential,
            @ForAll boolean ecdsa) {
        ProofSuite suite = ecdsa ? DataIntegrityVectorTest.ECDSA : DataIntegrityVectorTest.EDDSA;
        TestKeys.TestKey key = ecdsa ? P256 : ED;
        ObjectNode signed = suite.secure(credential, key.signer(),
                ProofOptions.builder().created(Instant.parse("2024-01-02T03:04:05Z")).build()).json().orElseThrow();
        ProofVerification v = SUITES.verify(signed, RESOLVER);
        assertTrue(v.isValid(), v::toString);

        for (ObjectNode mutated : CredentialArbitraries.leafMutations(signed)) {
            ProofVerification m = SUITES.verify(mutated, RESOLVER);
            assertFalse(m.isValid(), () -> "still valid after a change: " + mutated);
        }
        ObjectNode otherCreated = signed.deepCopy();
        ((ObjectNode) otherCreated.get("proof")).put("created", "2024-01-02T03:04:06Z");
        assertEquals(ProofProblem.SIGNATURE_INVALID,
                SUITES.verify(otherCreated, RESOLVER).results().get(0).problem().orElseThrow());
    }

    @Property(tries = 40)
    void jwtsVerifyAndAnyChangedCharacterFailsForEachAlgorithm(@ForAll("credentials") ObjectNode credential,
            @ForAll @IntRange(min = 0, max = 100_000) int position, @ForAll @IntRange(min = 1, max = 63) int delta) {
        for (SignatureAlgorithm alg : SignatureAlgorithm.values()) {
            TestKeys.TestKey key = alg == SignatureAlgorithm.EdDSA ? ED : alg == SignatureAlgorithm.ES256 ? P256
                    : alg == SignatureAlgorithm.RS256 ? RS : PS;
            String token = ProofSuites.vcJwt(alg).secure(credential, key.signer(), ProofOptions.defaults()).text();
            ProofVerification v = SUITES.verify(token, RESOLVER);
            assertTrue(v.isValid(), v::toString);
            assertEquals(alg, v.results().get(0).algorithm().orElseThrow());
            assertEquals(credential, v.credential().orElseThrow());

            String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
            String[] parts = token.split("\\.");
            for (int p = 0; p < 3; p++) {
                int at = position % parts[p].length();
                char original = parts[p].charAt(at);
                char replacement = alphabet.charAt((alphabet.indexOf(original) + delta) % 64);
                String[] changed = parts.clone();
                changed[p] = parts[p].substring(0, at) + replacement + parts[p].substring(at + 1);
                String forged = String.join(".", changed);
                ProofVerification f = SUITES.verify(forged, RESOLVER);
                assertFalse(f.isValid(), () -> "still valid after changing a character: " + forged);
            }
        }
    }

    @Property(tries = 30)
    void jwtPayloadLeafChangesFail(@ForAll("credentials") ObjectNode credential) {
        String token = ProofSuites.vcJwt().secure(credential, ED.signer(), ProofOptions.defaults()).text();
        String[] parts = token.split("\\.");
        ObjectNode payload = JwtTestSupport.part(token, 1);
        for (ObjectNode mutated : CredentialArbitraries.leafMutations(payload)) {
            String forged = parts[0] + "." + JwtTestSupport.b64(mutated.toString()) + "." + parts[2];
            assertFalse(SUITES.verify(forged, RESOLVER).isValid());
        }
    }
}
