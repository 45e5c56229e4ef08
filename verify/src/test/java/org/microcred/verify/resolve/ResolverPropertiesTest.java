package org.microcred.verify.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.microcred.core.keys.KeyType;
import org.microcred.core.keys.MicrocredKeyPair;
import org.microcred.core.keys.MicrocredPublicKey;
import org.microcred.verify.fetch.PreloadedDocumentFetcher;

class ResolverPropertiesTest {

    private static final KeyResolver RESOLVER = ResolveFixtures.resolver();
    private static final IssuerBinding BINDING = IssuerBinding.using(RESOLVER);
    private static final MicrocredPublicKey P256_KEY = MicrocredKeyPair.generate(KeyType.P256).publicKey();

    @Property(tries = 400)
    void arbitraryStringsNeverThrow(@ForAll String reference) {
        check(RESOLVER.resolve(reference));
        check(RESOLVER.resolve(reference, "did:web:example.edu"));
        assertNotNull(RESOLVER.keysOf(reference));
    }

    @Property(tries = 400)
    void referenceShapedStringsNeverThrow(@ForAll("references") String reference) {
        check(RESOLVER.resolve(reference));
        KeySet keys = RESOLVER.keysOf(reference);
        assertTrue(keys.failure().isPresent() || keys.keys().size() >= 0);
    }

    @Property(tries = 300)
    void proofAdapterThrowsOnlyMicrocredExceptions(@ForAll("references") String reference, @ForAll String issuer) {
        org.microcred.core.proof.KeyResolver proofs = ProofKeyResolvers.forProofs(RESOLVER);
        for (org.microcred.core.proof.KeyReference ref : java.util.List.of(
                org.microcred.core.proof.KeyReference.verificationMethod(reference),
                org.microcred.core.proof.KeyReference.kid(reference).withIssuer(issuer))) {
            try {
                proofs.resolve(ref).ifPresent(k -> assertTrue(!k.controller().isEmpty()));
            } catch (org.microcred.core.MicrocredException expected) {
                assertTrue(!expected.getMessage().isBlank());
            }
        }
    }

    @Property(tries = 200)
    void arbitraryDocumentsNeverThrow(@ForAll("documents") String document, @ForAll("fragments") String fragment) {
        PreloadedDocumentFetcher f = PreloadedDocumentFetcher.builder()
                .add("https://fuzz.example/.well-known/did.json", document.getBytes(StandardCharsets.UTF_8))
                .add("https://fuzz.example/doc", document.getBytes(StandardCharsets.UTF_8)).build();
        KeyResolver r = KeyResolver.using(f);
        check(r.resolve("did:web:fuzz.example" + fragment));
        check(r.resolve("https://fuzz.example/doc" + fragment));
        assertNotNull(r.keysOf("did:web:fuzz.example"));
    }

    @Property(tries = 50)
    void resolvedKeyBindsToItsOwnDidAndNoOther(@ForAll("didKeys") String did, @ForAll("didKeys") String other) {
        Resolution r = RESOLVER.resolve(did);
        ResolvedVerificationMethod vm = ResolveFixtures.resolved(r);
        assertTrue(BINDING.check(did, vm).bound());
        assertEquals(did.equals(other), BINDING.check(other, vm).bound());
    }

    private static void check(Resolution r) {
        assertNotNull(r);
        assertTrue(r.isResolved() != r.failure().isPresent());
        r.failure().ifPresent(f -> assertTrue(!f.message().isBlank()));
    }

    @Provide
    Arbitrary<String> references() {
        Arbitrary<String> prefix = Arbitraries.of("did:", "did:key:", "did:jwk:", "did:web:", "did:web:example.edu",
                "https://", "https://example.edu/", "https://example.edu/issuers/565049#", "http://", "#",
                "did:key:z6Mk", "did:jwk:eyJ", "https://example.edu/.well-known/jwks.json#", "did:web:example.edu#");
        Arbitrary<String> tail = Arbitraries.strings().withChars("abcxyzZ6Mk019:#/%?.-_ @\u00e9\u0000").ofMaxLength(40);
        return Combinators.combine(prefix, tail).as(String::concat);
    }

    @Provide
    Arbitrary<String> fragments() {
        return Arbitraries.of("", "#key-1", "#k", "#" + ResolveFixtures.K1, "#");
    }

    @Provide
    Arbitrary<String> documents() {
        String vm = "{\"id\":\"#k\",\"type\":\"Multikey\",\"controller\":\"did:web:fuzz.example\","
                + "\"publicKeyMultibase\":\""
                + ResolveFixtures.K1 + "\"}";
        Arbitrary<String> pieces = Arbitraries.of("{", "}", "[", "]", ",", ":", "\"id\"", "\"did:web:fuzz.example\"",
                "\"https://fuzz.example/doc\"", "\"verificationMethod\"", "\"assertionMethod\"", "\"#k\"", vm,
                "\"keys\"", "\"kty\"", "\"OKP\"", "\"type\"", "\"Multikey\"", "\"controller\"", "\"publicKeyJwk\"",
                "\"publicKeyMultibase\"", "null", "1", "true", "\"" + ResolveFixtures.K1 + "\"");
        return pieces.list().ofMaxSize(30).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> didKeys() {
        return Arbitraries.of(ResolveFixtures.K1, ResolveFixtures.K2, ResolveFixtures.K3, P256_KEY.toMultibase())
                .map(m -> "did:key:" + m);
    }
}
