package org.microcred.verify.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcred.verify.resolve.ResolveFixtures.K1;
import static org.microcred.verify.resolve.ResolveFixtures.K2;
import static org.microcred.verify.resolve.ResolveFixtures.contains;
import static org.microcred.verify.resolve.ResolveFixtures.key;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;
import org.microcred.core.keys.DidJwk;
import org.microcred.core.keys.KeyType;
import org.microcred.core.keys.MicrocredKeyPair;
import org.microcred.core.keys.MicrocredPublicKey;
import org.microcred.core.keys.ResolvedKey;
import org.microcred.core.proof.KeyReference;
import org.microcred.core.proof.ProofProblem;
import org.microcred.core.proof.ProofSuites;
import org.microcred.core.proof.ProofVerification;
import org.microcred.verify.resolve.DefaultKeyResolver.ControllerConfirmation;

class ProofKeyResolversTest {

    private final org.microcred.core.proof.KeyResolver proofs =
            ProofKeyResolvers.forProofs(ResolveFixtures.resolver());

    private static String vector(String path) throws IOException {
        String prop = System.getProperty("microcred.vectors");
        return Files.readString((prop != null ? Path.of(prop) : Path.of("..", "vectors")).resolve(path));
    }

    @Test
    void verificationMethodResolvesWithController() {
        ResolvedKey k = proofs.resolve(KeyReference.verificationMethod("did:web:example.edu#key-1")).orElseThrow();
        assertEquals("did:web:example.edu#key-1", k.verificationMethodId());
        assertEquals("did:web:example.edu", k.controller());
        assertEquals(key(K1), k.publicKey());
    }

    @Test
    void relativeKidResolvesAgainstTheIssuer() {
        ResolvedKey k = proofs.resolve(KeyReference.kid("key-1").withIssuer("did:web:example.edu")).orElseThrow();
        assertEquals("did:web:example.edu#key-1", k.verificationMethodId());
    }

    @Test
    void keyNotAuthorisedForThePurposeIsAnError() {
        MicrocredException e = assertThrows(MicrocredException.class,
                () -> proofs.resolve(KeyReference.verificationMethod("did:web:example.edu#key-auth")));
        assertEquals(ErrorCode.KEY_INVALID, e.code());
        contains(e.getMessage(), "PURPOSE", "not authorised for assertionMethod");
        assertTrue(proofs.resolve(KeyReference.verificationMethod("did:web:example.edu#key-auth")
                .withProofPurpose("authentication")).isPresent());
    }

    @Test
    void fetchFailuresAreFetchFailed() {
        MicrocredException e = assertThrows(MicrocredException.class,
                () -> proofs.resolve(KeyReference.verificationMethod("did:web:absent.example#key-1")));
        assertEquals(ErrorCode.FETCH_FAILED, e.code());
        contains(e.getMessage(), "FETCH", "https://absent.example/.well-known/did.json");
    }

    @Test
    void unknownKindsAreEmptySoAnotherResolverCanBeChained() {
        assertEquals(Optional.empty(), proofs.resolve(KeyReference.verificationMethod("did:ion:abc#k")));
        assertEquals(Optional.empty(), proofs.resolve(KeyReference.kid("urn:uuid:1")));
        MicrocredPublicKey k = key(K2);
        org.microcred.core.proof.KeyResolver chained =
                proofs.orElse(org.microcred.core.proof.KeyResolver.fixed("did:ion:abc#k", k, "did:ion:abc"));
        assertEquals("did:ion:abc", chained.resolve(KeyReference.verificationMethod("did:ion:abc#k"))
                .orElseThrow().controller());
    }

    @Test
    void jwkHeaderIsControlledByTheIssuerOnlyWhenTheIssuerPublishesIt() {
        ResolvedKey listed = proofs.resolve(KeyReference.jwk(key(K1).toJwk()).withIssuer("did:web:example.edu"))
                .orElseThrow();
        assertEquals("did:web:example.edu", listed.controller());
        MicrocredPublicKey stranger = MicrocredKeyPair.generate(KeyType.P256).publicKey();
        ResolvedKey unlisted = proofs.resolve(KeyReference.jwk(stranger.toJwk()).withIssuer("did:web:example.edu"))
                .orElseThrow();
        assertEquals(DidJwk.of(stranger).did(), unlisted.controller(), "binds to no issuer but its own did:jwk");
        ResolvedKey noIssuer = proofs.resolve(KeyReference.jwk(stranger.toJwk())).orElseThrow();
        assertEquals(DidJwk.of(stranger).did(), noIssuer.controller());
    }

    /** W3C vc-di-eddsa: the eddsa-rdfc-2022 vector verifies through the adapter, offline (did:key). */
    @Test
    void w3cVectorVerifiesOffline() throws IOException {
        ProofVerification v = ProofSuites.defaults().verify(
                vector("w3c-vc-di-eddsa/TestVectors/eddsa-rdfc-2022/signedDataInt.json"),
                ProofKeyResolvers.forProofs(KeyResolver.offline()));
        assertTrue(v.isValid(), v::toString);
        assertEquals("did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2",
                v.validProof().orElseThrow().key().orElseThrow().controller());
    }

    /** 1EdTech OB 3.0 implementation guide: the fragment form, confirmed or trusted by text. */
    @Test
    void oneEdTechVectorNeedsTheIssuerDocumentOrARelaxedPolicy() throws IOException {
        String signed = vector("1edtech-ob-impl-guide/obv3p0/signed.json");
        ProofVerification offline = ProofSuites.defaults().verify(signed,
                ProofKeyResolvers.forProofs(KeyResolver.offline()));
        assertFalse(offline.isValid());
        assertEquals(ProofProblem.KEY_UNRESOLVED, offline.results().get(0).problem().orElseThrow());
        contains(offline.results().get(0).reason(), "could not confirm", "https://example.edu/issuers/565049");

        ProofVerification lenient = ProofSuites.defaults().verify(signed, ProofKeyResolvers.forProofs(
                DefaultKeyResolver.builder().controllerConfirmation(ControllerConfirmation.SKIP).build()));
        assertTrue(lenient.isValid(), lenient::toString);

        ProofVerification confirmed = ProofSuites.defaults().verify(signed, ProofKeyResolvers.forProofs(
                KeyResolver.using(ResolveFixtures.fetcher())));
        assertTrue(confirmed.isValid(), confirmed::toString);
        assertEquals("https://example.edu/issuers/565049",
                confirmed.validProof().orElseThrow().key().orElseThrow().controller());
    }
}
