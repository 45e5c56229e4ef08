package org.microcred.verify.resolve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcred.verify.resolve.ResolveFixtures.K1;
import static org.microcred.verify.resolve.ResolveFixtures.K2;
import static org.microcred.verify.resolve.ResolveFixtures.K3;
import static org.microcred.verify.resolve.ResolveFixtures.contains;
import static org.microcred.verify.resolve.ResolveFixtures.key;
import static org.microcred.verify.resolve.ResolveFixtures.resolved;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.microcred.core.keys.DidJwk;
import org.microcred.core.keys.DidKey;
import org.microcred.core.keys.KeyType;
import org.microcred.core.keys.MicrocredKeyPair;
import org.microcred.core.keys.MicrocredPublicKey;

class IssuerBindingTest {

    private final KeyResolver resolver = ResolveFixtures.resolver();
    private final IssuerBinding binding = IssuerBinding.using(resolver);

    @Test
    void verificationMethodControlledByTheIssuerIsBound() {
        ResolvedVerificationMethod vm = resolved(resolver.resolve("did:web:example.edu#key-1"));
        Binding b = binding.check("did:web:example.edu", vm);
        assertTrue(b.bound(), b.message());
        contains(b.message(), "controlled by the issuer did:web:example.edu");
    }

    @Test
    void validKeyOfSomeoneElseIsNotBound() {
        String did = "did:key:" + K1;
        ResolvedVerificationMethod vm = resolved(resolver.resolve(did + "#" + K1));
        Binding b = binding.check("did:web:evil.example", vm);
        assertFalse(b.bound());
        contains(b.message(), "verification method " + did + "#" + K1 + " is controlled by " + did
                + ", but the credential's issuer is did:web:evil.example");
        assertFalse(IssuerBinding.byController("did:web:evil.example", vm).bound());
        assertTrue(IssuerBinding.byController(did, vm).bound());
    }

    @Test
    void fragmentFormIsBoundToTheUrlBeforeTheFragment() {
        ResolvedVerificationMethod vm = resolved(resolver.resolve("https://example.edu/issuers/565049#" + K1));
        assertTrue(binding.check("https://example.edu/issuers/565049", vm).bound());
        assertFalse(binding.check("https://example.edu/issuers/other", vm).bound());
    }

    @Test
    void jwkHeaderKeyIsBoundToTheDidJwkOfThatKey() {
        MicrocredPublicKey k = MicrocredKeyPair.generate(KeyType.P256).publicKey();
        ResolvedVerificationMethod header = resolved(KeyResolver.fromJwkHeader(k.toJwk()));
        Binding b = binding.check(DidJwk.of(k).did(), header);
        assertTrue(b.bound(), b.message());
        contains(b.message(), "is the issuer's", "for assertionMethod");
        MicrocredPublicKey other = MicrocredKeyPair.generate(KeyType.P256).publicKey();
        Binding wrong = binding.check(DidJwk.of(other).did(), header);
        assertFalse(wrong.bound());
        contains(wrong.message(), k.jwkThumbprint(), "is not among the 1 key(s)");
    }

    @Test
    void jwkHeaderKeyIsBoundToADidKeyOfThatKey() {
        ResolvedVerificationMethod header = resolved(KeyResolver.fromJwkHeader(key(K2).toJwk()));
        assertTrue(binding.check(DidKey.of(key(K2)).did(), header).bound());
        assertFalse(binding.check(DidKey.of(key(K1)).did(), header).bound());
    }

    @Test
    void jwkHeaderKeyIsBoundToADidWebIssuerListingIt() {
        ResolvedVerificationMethod k1 = resolved(KeyResolver.fromJwkHeader(key(K1).toJwk()));
        Binding b = binding.check("did:web:example.edu", k1);
        assertTrue(b.bound(), b.message());
        contains(b.message(), "did:web:example.edu lists it as did:web:example.edu#key-1");
        // K3 is listed twice (JsonWebKey2020 and an embedded Ed25519VerificationKey2020)
        assertTrue(binding.check("did:web:example.edu", resolved(KeyResolver.fromJwkHeader(key(K3).toJwk()))).bound());
    }

    @Test
    void jwkHeaderKeyListedOnlyForAuthenticationIsNotBound() {
        Binding b = binding.check("did:web:example.edu", resolved(KeyResolver.fromJwkHeader(key(K2).toJwk())));
        assertFalse(b.bound());
        contains(b.message(), "lists the key", "did:web:example.edu#key-auth", "not for assertionMethod");
    }

    @Test
    void jwkHeaderKeyOfAnUnknownIssuerIsNotBound() {
        MicrocredPublicKey stranger = MicrocredKeyPair.generate(KeyType.ED25519).publicKey();
        ResolvedVerificationMethod header = resolved(KeyResolver.fromJwkHeader(stranger.toJwk()));
        Binding listed = binding.check("did:web:example.edu", header);
        assertFalse(listed.bound());
        contains(listed.message(), "is not among the", "did:web:example.edu");
        Binding unreadable = binding.check("did:web:nowhere.example", header);
        assertFalse(unreadable.bound());
        contains(unreadable.message(), "could not be read", "https://nowhere.example/.well-known/did.json");
        assertFalse(binding.check("not a url", header).bound());
    }

    @Test
    void jwksKeyIsBoundWhenTheIssuersJwksOrDocumentListsIt() {
        ResolvedVerificationMethod jwksKey =
                resolved(resolver.resolve("https://example.edu/.well-known/jwks.json#key-1"));
        assertTrue(binding.check("https://example.edu/.well-known/jwks.json", jwksKey).bound());
        assertTrue(binding.check("https://example.edu/issuers/565049", jwksKey).bound(), "the profile lists K1");
        Binding notListed = binding.check("https://example.edu/issuers/565049",
                resolved(resolver.resolve("https://example.edu/.well-known/jwks.json#key-2")));
        assertFalse(notListed.bound());
    }

    @Test
    void sameOriginKeySetsAreOptIn() {
        ResolvedVerificationMethod jwk = resolved(resolver.resolve("https://example.edu/keys/jwk-1"));
        assertFalse(binding.check("https://example.edu/issuers/key-owner", jwk).bound());
        Binding b = binding.allowingSameOriginKeySets().check("https://example.edu/issuers/key-owner", jwk);
        assertTrue(b.bound(), b.message());
        contains(b.message(), "same-origin");
        assertFalse(binding.allowingSameOriginKeySets().check("https://evil.example/issuers/1", jwk).bound());
        assertFalse(binding.allowingSameOriginKeySets().check("did:web:example.com%3A3000:user:alice", jwk).bound());
    }

    @Test
    void keysOfListsPurposesAndSkipsUnreadableMethodsWithANote() {
        KeySet keys = resolver.keysOf("did:web:example.edu");
        assertTrue(keys.failure().isEmpty());
        assertTrue(keys.keys().stream().anyMatch(k -> k.id().equals("did:web:example.edu#key-auth")
                && k.purposes().equals(Set.of("authentication"))));
        assertTrue(keys.keys().stream().anyMatch(k -> k.id().equals("did:web:example.edu#key-1")
                && k.controller().equals(Optional.of("did:web:example.edu"))));
        contains(String.join("\n", keys.notes()), "skipped verification method did:web:example.edu#key-rsa");
        KeySet jwks = resolver.keysOf("https://example.edu/.well-known/jwks.json");
        assertTrue(jwks.keys().stream()
                .anyMatch(k -> k.id().equals("https://example.edu/.well-known/jwks.json#key-1")));
        contains(String.join("\n", jwks.notes()), "\"use\": enc");
    }
}
