package org.microcred.core.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;
import org.microcred.core.keys.DidKey;
import org.microcred.core.keys.SignatureAlgorithm;
import org.microcred.core.keys.SigningKey;
import org.microcred.core.keys.SigningKeys;
import org.microcred.core.model.Profile;
import org.microcred.core.proof.ProofOptions;
import org.microcred.core.proof.ProofSuites;

/** The builder names what is missing or conflicting; the issuer/key binding rule. */
class IssuerBuilderTest {

    private static final String DID = Fixtures.did(Fixtures.ED25519);
    private static final SigningKey KEY = SigningKeys.didKey(Fixtures.ED25519);

    @Test
    void missingProfileOrKeyIsNamed() {
        IllegalStateException noProfile = assertThrows(IllegalStateException.class,
                () -> Issuer.builder().signingKey(KEY).build());
        assertTrue(noProfile.getMessage().contains("profile is required"), noProfile.getMessage());
        IllegalStateException noKey = assertThrows(IllegalStateException.class,
                () -> Issuer.builder().profile(Fixtures.profile(DID)).build());
        assertTrue(noKey.getMessage().contains("signingKey is required"), noKey.getMessage());
    }

    @Test
    void invalidArgumentsAreRejectedAtOnceNamingTheField() {
        Issuer.Builder builder = Issuer.builder();
        IllegalArgumentException profile = assertThrows(IllegalArgumentException.class,
                () -> builder.profile(Profile.builder().name("No id").buildLenient()));
        assertTrue(profile.getMessage().startsWith("profile is incomplete: Profile.id is required"), profile.getMessage());
        IllegalArgumentException relative = assertThrows(IllegalArgumentException.class,
                () -> builder.profile(Profile.builder().id("issuers/1").buildLenient()));
        assertTrue(relative.getMessage().contains("profile"), relative.getMessage());
        assertThrows(NullPointerException.class, () -> builder.clock(null));
        IllegalArgumentException legacy = assertThrows(IllegalArgumentException.class,
                () -> builder.proofSuite(ProofSuites.ed25519Signature2020()));
        assertTrue(legacy.getMessage().contains("proofSuite Ed25519Signature2020 only verifies"), legacy.getMessage());
        IllegalArgumentException purpose = assertThrows(IllegalArgumentException.class,
                () -> builder.proofOptions(ProofOptions.builder().proofPurpose("authentication").build()));
        assertTrue(purpose.getMessage().contains("proofOptions.proofPurpose"), purpose.getMessage());
        IllegalArgumentException vm = assertThrows(IllegalArgumentException.class,
                () -> builder.signingKey(SigningKeys.ed25519(Fixtures.ED25519, "key-1")));
        assertTrue(vm.getMessage().contains("signingKey.verificationMethod() 'key-1'"), vm.getMessage());
    }

    @Test
    void anEd25519KeyCannotSignEcdsaRdfc2019() {
        MicrocredException e = assertThrows(MicrocredException.class, () -> Issuer.builder()
                .profile(Fixtures.profile(DID)).signingKey(KEY).proofSuite(ProofSuites.ecdsaRdfc2019()).build());
        assertEquals(ErrorCode.UNSUPPORTED_PROOF, e.code());
        assertTrue(e.getMessage().contains("ecdsa-rdfc-2019 signs with [ES256]"), e.getMessage());
        assertTrue(e.getMessage().contains("signs EdDSA (a ED25519 key)"), e.getMessage());
        assertTrue(e.hint().orElseThrow().contains("eddsaRdfc2022"));
    }

    @Test
    void aJwtSuiteMustMatchTheKeyAlgorithm() {
        MicrocredException e = assertThrows(MicrocredException.class, () -> Issuer.builder()
                .profile(Fixtures.profile(Fixtures.did(Fixtures.P256))).signingKey(SigningKeys.didKey(Fixtures.P256))
                .proofSuite(ProofSuites.vcJwt(SignatureAlgorithm.RS256)).build());
        assertEquals(ErrorCode.UNSUPPORTED_PROOF, e.code());
        assertTrue(e.getMessage().contains("vc-jwt signs with [RS256]"), e.getMessage());
        assertTrue(e.getMessage().contains("signs ES256"), e.getMessage());
        assertTrue(e.hint().orElseThrow().contains("vcJwt(SignatureAlgorithm.ES256)"));
    }

    // ------------------------------------------------------------------------- key binding

    private static MicrocredException mismatch(String issuerId, SigningKey key) {
        MicrocredException e = assertThrows(MicrocredException.class,
                () -> Issuer.builder().profile(Fixtures.profile(issuerId)).signingKey(key)
                        .proofSuite(ProofSuites.vcJwt()).build());
        assertEquals(ErrorCode.ISSUER_KEY_MISMATCH, e.code(), e.getMessage());
        return e;
    }

    @Test
    void aDidKeyIssuerRefusesAnotherKeysVerificationMethod() {
        MicrocredException e = mismatch(DID, SigningKeys.didKey(Fixtures.ED25519_OTHER));
        assertTrue(e.getMessage().contains("not to the issuer " + DID), e.getMessage());
    }

    @Test
    void aDidKeyIssuerRefusesItsOwnVerificationMethodOnAnotherKey() {
        String vm = DidKey.of(Fixtures.ED25519.publicKey()).verificationMethodId();
        MicrocredException inMemory = mismatch(DID, SigningKeys.ed25519(Fixtures.ED25519_OTHER, vm));
        assertTrue(inMemory.getMessage().contains("the public keys differ"), inMemory.getMessage());

        SigningKey other = SigningKeys.ed25519(Fixtures.ED25519_OTHER, vm);
        SigningKey external = new SigningKey() {
            @Override
            public SignatureAlgorithm algorithm() {
                return SignatureAlgorithm.EdDSA;
            }

            @Override
            public String verificationMethod() {
                return vm;
            }

            @Override
            public byte[] sign(byte[] data) {
                return other.sign(data);
            }
        };
        MicrocredException probe = mismatch(DID, external);
        assertTrue(probe.getMessage().contains("a probe signature did not verify"), probe.getMessage());
    }

    @Test
    void aDidKeyVerificationMethodMustNameAKeyOfTheSigningType() {
        String p256Did = Fixtures.did(Fixtures.P256);
        String vm = DidKey.of(Fixtures.P256.publicKey()).verificationMethodId();
        MicrocredException e = mismatch(p256Did, SigningKeys.ed25519(Fixtures.ED25519, vm));
        assertTrue(e.getMessage().contains("names a P256 key"), e.getMessage());
    }

    @Test
    void theControllerPartMustBeTheIssuer() {
        MicrocredException e = mismatch("did:web:a.example", SigningKeys.ed25519(Fixtures.ED25519, "did:web:b.example#k"));
        assertTrue(e.getMessage().contains("belongs to did:web:b.example, not to the issuer did:web:a.example"),
                e.getMessage());
        mismatch("https://example.edu/issuers/1", SigningKeys.ed25519(Fixtures.ED25519, "https://example.edu/issuers/2#k"));
        mismatch("https://example.edu/issuers/1", SigningKeys.ed25519(Fixtures.ED25519, "https://example.edu/issuers/1/k"));
        MicrocredException noFragment = mismatch("https://example.edu/issuers/1",
                SigningKeys.ed25519(Fixtures.ED25519, "https://example.edu/issuers/1"));
        assertTrue(noFragment.getMessage().contains("has no #fragment"), noFragment.getMessage());
    }

    @Test
    void aMultikeyFragmentMustBeTheSigningKey() {
        String vm = "https://example.edu/issuers/1#" + Fixtures.ED25519_OTHER.publicKeyMultibase();
        MicrocredException e = mismatch("https://example.edu/issuers/1", SigningKeys.ed25519(Fixtures.ED25519, vm));
        assertTrue(e.getMessage().contains("the public keys differ"), e.getMessage());
    }

    @Test
    void validBindingsAreAccepted() {
        Issuer.builder().profile(Fixtures.profile("did:web:lms.example.edu"))
                .signingKey(SigningKeys.ed25519(Fixtures.ED25519, "did:web:lms.example.edu#key-1")).build();
        Issuer.builder().profile(Fixtures.profile(DID)).signingKey(SigningKeys.ed25519(Fixtures.ED25519, DID)).build();
        Issuer.builder().profile(Fixtures.profile("https://example.edu/issuers/1"))
                .signingKey(SigningKeys.ed25519(Fixtures.ED25519,
                        "https://example.edu/issuers/1#" + Fixtures.ED25519.publicKeyMultibase())).build();
        String jwk = Fixtures.did(Fixtures.rsa());
        Issuer.builder().profile(Fixtures.profile(jwk))
                .signingKey(SigningKeys.didJwk(Fixtures.rsa(), SignatureAlgorithm.PS256)).build();
    }

    @Test
    void aHeaderJwkMustBeTheSignersKeyAndItsDidJwkTheIssuer() {
        String jwkDid = Fixtures.did(Fixtures.rsa());
        SigningKey rsa = SigningKeys.didJwk(Fixtures.rsa(), SignatureAlgorithm.RS256);
        ProofOptions withJwk = ProofOptions.builder().jwk(Fixtures.rsa().publicKey().toJwk()).build();
        Issuer issuer = Issuer.builder().profile(Fixtures.profile(jwkDid)).signingKey(rsa)
                .proofSuite(ProofSuites.vcJwt(SignatureAlgorithm.RS256)).proofOptions(withJwk).build();
        SignedCredential signed = issuer.issue(Fixtures.badge("did:example:ada"));
        assertTrue(Fixtures.jwtHeader(signed.text()).has("jwk"));
        assertTrue(Fixtures.verify(signed.text()).isValid(), () -> Fixtures.verify(signed.text()).toString());

        MicrocredException dataIntegrity = assertThrows(MicrocredException.class, () -> Issuer.builder()
                .profile(Fixtures.profile(DID)).signingKey(KEY).proofOptions(
                        ProofOptions.builder().jwk(Fixtures.ED25519.publicKey().toJwk()).build()).build());
        assertEquals(ErrorCode.UNSUPPORTED_PROOF, dataIntegrity.code());
        assertTrue(dataIntegrity.getMessage().contains("proofOptions.jwk"), dataIntegrity.getMessage());

        MicrocredException notDidJwk = assertThrows(MicrocredException.class, () -> Issuer.builder()
                .profile(Fixtures.profile(DID)).signingKey(KEY).proofSuite(ProofSuites.vcJwt(SignatureAlgorithm.EdDSA))
                .proofOptions(ProofOptions.builder().jwk(Fixtures.ED25519.publicKey().toJwk()).build()).build());
        assertEquals(ErrorCode.ISSUER_KEY_MISMATCH, notDidJwk.code());
        assertTrue(notDidJwk.getMessage().contains("binds its key only to its own did:jwk"), notDidJwk.getMessage());

        String edJwkDid = org.microcred.core.keys.DidJwk.of(Fixtures.ED25519.publicKey()).did();
        MicrocredException otherKey = assertThrows(MicrocredException.class, () -> Issuer.builder()
                .profile(Fixtures.profile(edJwkDid))
                .signingKey(SigningKeys.didJwk(Fixtures.ED25519, SignatureAlgorithm.EdDSA))
                .proofSuite(ProofSuites.vcJwt(SignatureAlgorithm.EdDSA))
                .proofOptions(ProofOptions.builder().jwk(Fixtures.ED25519_OTHER.publicKey().toJwk()).build()).build());
        assertEquals(ErrorCode.ISSUER_KEY_MISMATCH, otherKey.code());
    }

    @Test
    void aMalformedDidKeyFragmentIsAMismatch() {
        mismatch(DID, SigningKeys.ed25519(Fixtures.ED25519, DID + "#key-1"));
    }
}
