package org.microcred.verify.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcred.verify.resolve.ResolveFixtures.K1;
import static org.microcred.verify.resolve.ResolveFixtures.K2;
import static org.microcred.verify.resolve.ResolveFixtures.K3;
import static org.microcred.verify.resolve.ResolveFixtures.contains;
import static org.microcred.verify.resolve.ResolveFixtures.failed;
import static org.microcred.verify.resolve.ResolveFixtures.key;
import static org.microcred.verify.resolve.ResolveFixtures.resolved;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.microcred.core.keys.DidJwk;
import org.microcred.core.keys.KeyType;
import org.microcred.core.keys.MicrocredKeyPair;
import org.microcred.core.keys.MicrocredPublicKey;
import org.microcred.verify.fetch.DocumentFetcher;
import org.microcred.verify.fetch.FetchedDocument;
import org.microcred.verify.fetch.PreloadedDocumentFetcher;
import org.microcred.verify.resolve.DefaultKeyResolver.ControllerConfirmation;

class DefaultKeyResolverTest {

    private final KeyResolver resolver = ResolveFixtures.resolver();

    // ------------------------------------------------------------------ did:key, did:jwk

    @Test
    void didKeyResolvesOfflineWithItsController() {
        String did = "did:key:" + K2;
        ResolvedVerificationMethod vm = resolved(KeyResolver.offline().resolve(did + "#" + K2));
        assertEquals(did + "#" + K2, vm.id());
        assertEquals(Optional.of(did), vm.controller());
        assertEquals(key(K2), vm.publicKey());
        assertEquals(KeyForm.DID_KEY, vm.form());
        assertTrue(vm.isAuthorisedFor("assertionMethod"));
        assertTrue(vm.isAuthorisedFor("authentication"));
        assertEquals(Optional.empty(), vm.document());
        assertEquals(did, vm.toResolvedKey().orElseThrow().controller());
    }

    @Test
    void bareDidKeyResolvesToItsOnlyAssertionMethod() {
        String did = "did:key:" + K1;
        assertEquals(did + "#" + K1, resolved(KeyResolver.offline().resolve(did)).id());
    }

    @Test
    void didKeyWithAnotherFragmentHasNoSuchMethod() {
        failed(KeyResolver.offline().resolve("did:key:" + K1 + "#key-2"), ResolutionStep.FIND_METHOD,
                "has no verification method", "#key-2", "#" + K1);
    }

    @Test
    void didKeyThatDoesNotDecodeFailsAtReadKey() {
        failed(KeyResolver.offline().resolve("did:key:z6MkNOTAKEY#z6MkNOTAKEY"), ResolutionStep.READ_KEY,
                "did:key:z6MkNOTAKEY");
    }

    @Test
    void didJwkResolvesP256AndRsaOffline() {
        for (MicrocredKeyPair pair : new MicrocredKeyPair[] {MicrocredKeyPair.generate(KeyType.P256),
                MicrocredKeyPair.generateRsa(2048)}) {
            DidJwk did = DidJwk.of(pair.publicKey());
            ResolvedVerificationMethod vm = resolved(KeyResolver.offline().resolve(did.verificationMethodId()));
            assertEquals(did.verificationMethodId(), vm.id());
            assertEquals(Optional.of(did.did()), vm.controller());
            assertEquals(pair.publicKey(), vm.publicKey());
            assertEquals(KeyForm.DID_JWK, vm.form());
            assertTrue(vm.isAuthorisedFor("assertionMethod"));
        }
    }

    @Test
    void unsupportedDidMethodIsNamed() {
        failed(resolver.resolve("did:ion:EiAbc#key-1"), ResolutionStep.DID_METHOD, "did:ion", "did:web");
    }

    @Test
    void didUrlWithPathIsRefused() {
        failed(resolver.resolve("did:web:example.edu/path#key-1"), ResolutionStep.REFERENCE, "path or query");
    }

    // ------------------------------------------------------------------ did:web

    @Test
    void didWebMultikeyResolvesWithRelativeIdAndPurposes() {
        ResolvedVerificationMethod vm = resolved(resolver.resolve("did:web:example.edu#key-1"));
        assertEquals("did:web:example.edu#key-1", vm.id());
        assertEquals(Optional.of("did:web:example.edu"), vm.controller());
        assertEquals(key(K1), vm.publicKey());
        assertEquals(Optional.of("https://example.edu/.well-known/did.json"), vm.document());
        assertEquals(Set.of("assertionMethod", "authentication"), vm.purposes());
        assertEquals(KeyForm.DID_WEB, vm.form());
    }

    @Test
    void didWebJsonWebKey2020AndEmbeddedLegacyMethodResolve() {
        ResolvedVerificationMethod jwk = resolved(resolver.resolve("did:web:example.edu#key-jwk"));
        assertEquals(key(K3), jwk.publicKey());
        assertEquals(Set.of("assertionMethod"), jwk.purposes());
        ResolvedVerificationMethod embedded = resolved(resolver.resolve("did:web:example.edu#key-embedded"));
        assertEquals(key(K3), embedded.publicKey());
        assertEquals(Set.of("assertionMethod"), embedded.purposes());
    }

    @Test
    void legacyEd25519VerificationKey2018Resolves() {
        ResolvedVerificationMethod vm = resolved(resolver.resolve("did:web:example.edu#key-2018"));
        assertEquals(key(K1), vm.publicKey());
        assertEquals(Set.of("capabilityInvocation"), vm.purposes());
    }

    @Test
    void didWebWithPortAndPathResolves() {
        ResolvedVerificationMethod vm = resolved(resolver.resolve("did:web:example.com%3A3000:user:alice#key-0"));
        assertEquals(key(K2), vm.publicKey());
        assertEquals(Optional.of("https://example.com:3000/user/alice/did.json"), vm.document());
    }

    @Test
    void bareDidWebWithSeveralAssertionMethodsAsksToNameOne() {
        failed(resolver.resolve("did:web:example.edu"), ResolutionStep.FIND_METHOD, "names no verification method",
                "lists 4 assertion methods", "#key-1");
    }

    @Test
    void didWebMethodNotInDocumentIsNamed() {
        failed(resolver.resolve("did:web:example.edu#key-2"), ResolutionStep.FIND_METHOD,
                "the DID document of did:web:example.edu (https://example.edu/.well-known/did.json)",
                "has no verification method #key-2", "it has: #key-1");
    }

    @Test
    void listedButUndefinedMethodIsNamed() {
        failed(resolver.resolve("did:web:example.edu#key-missing"), ResolutionStep.FIND_METHOD, "#key-missing",
                "listed in a verification relationship but not defined");
    }

    @Test
    void unsupportedMethodTypeFailsAtReadKey() {
        failed(resolver.resolve("did:web:example.edu#key-rsa"), ResolutionStep.READ_KEY, "RsaVerificationKey2018",
                "supported: Multikey");
    }

    @Test
    void authenticationOnlyKeyIsNotAnAssertionMethod() {
        Resolution r = resolver.resolve("did:web:example.edu#key-auth");
        assertEquals(Set.of("authentication"), resolved(r).purposes());
        failed(r.requirePurpose("assertionMethod"), ResolutionStep.PURPOSE,
                "did:web:example.edu#key-auth is not authorised for assertionMethod", "only authentication");
        assertTrue(resolver.resolve("did:web:example.edu#key-1").requirePurpose("assertionMethod").isResolved());
    }

    @Test
    void didWebNotPreloadedWithNetworkOffSaysSo() {
        Resolution r = KeyResolver.offline().resolve("did:web:example.edu#key-1");
        failed(r, ResolutionStep.FETCH, "did:web:example.edu resolved to https://example.edu/.well-known/did.json",
                "could not be fetched (NETWORK_DISABLED)", "network access is off", "PreloadedDocumentFetcher");
        String message = r.failure().orElseThrow().message();
        assertEquals(message.indexOf("PreloadedDocumentFetcher"), message.lastIndexOf("PreloadedDocumentFetcher"),
                "the fetcher's hint appears once: " + message);
        Resolution notPreloaded = resolver.resolve("did:web:unknown.example#key-1");
        failed(notPreloaded, ResolutionStep.FETCH, "https://unknown.example/.well-known/did.json", "NOT_PRELOADED");
    }

    @Test
    void didWebDocumentWithAnotherIdIsRefused() {
        failed(resolver.resolve("did:web:wrong.example#key-1"), ResolutionStep.DOCUMENT_ID,
                "the DID document of did:web:wrong.example at https://wrong.example/.well-known/did.json",
                "has id did:web:example.edu, not did:web:wrong.example");
    }

    @Test
    void badDidWebFailsAtUrlStep() {
        failed(resolver.resolve("did:web:exa_mple.edu#key-1"), ResolutionStep.DID_WEB_URL, "not a valid host name");
    }

    @Test
    void methodControlledBySomeoneElseMustBeConfirmedByThatController() {
        // did:web:evil.example lists a key "controlled by" did:web:example.edu, which does not list it.
        failed(resolver.resolve("did:web:evil.example#key-1"), ResolutionStep.CONTROLLER,
                "names controller did:web:example.edu", "does not list that key");
    }

    @Test
    void externalKeyDocumentMustBeControlledByTheDidThatListsIt() {
        failed(resolver.resolve("did:web:ext.example#key-x"), ResolutionStep.FIND_METHOD, "#key-x");
        Resolution r = KeyResolver.using(ResolveFixtures.fetcher()).resolve("did:web:ext.example");
        failed(r, ResolutionStep.CONTROLLER, "the key document https://example.edu/keys/1 names controller"
                + " https://example.edu/issuers/key-owner, not did:web:ext.example, under which it was found");
    }

    @Test
    void didKeyListedByADidWebDocumentIsNotThatDidsKey() {
        String vm = "did:key:" + K1 + "#" + K1;
        PreloadedDocumentFetcher f = PreloadedDocumentFetcher.builder()
                .add("https://listing.example/.well-known/did.json",
                ("{\"id\":\"did:web:listing.example\",\"assertionMethod\":[\"" + vm + "\"]}")
                        .getBytes(StandardCharsets.UTF_8)).build();
        failed(KeyResolver.using(f).resolve("did:web:listing.example"), ResolutionStep.CONTROLLER,
                "the verification method " + vm + " names controller did:key:" + K1
                        + ", not did:web:listing.example, under which it was found");
    }

    // ------------------------------------------------------------------ https documents

    @Test
    void controllerDocumentMethodResolves() {
        ResolvedVerificationMethod vm = resolved(resolver.resolve("https://example.edu/issuers/565049#key-1"));
        assertEquals(Optional.of("https://example.edu/issuers/565049"), vm.controller());
        assertEquals(key(K1), vm.publicKey());
        assertEquals(KeyForm.CONTROLLER_DOCUMENT, vm.form());
        assertEquals(Set.of("assertionMethod"), vm.purposes());
    }

    @Test
    void controllerDocumentWithoutThatMethodNamesIt() {
        failed(resolver.resolve("https://example.edu/issuers/565049#key-9"), ResolutionStep.FIND_METHOD,
                "the controller document https://example.edu/issuers/565049 has no verification method #key-9");
    }

    @Test
    void keyDocumentResolvesWhenItsControllerListsIt() {
        ResolvedVerificationMethod vm = resolved(resolver.resolve("https://example.edu/keys/1"));
        assertEquals("https://example.edu/keys/1", vm.id());
        assertEquals(Optional.of("https://example.edu/issuers/key-owner"), vm.controller());
        assertEquals(key(K2), vm.publicKey());
        assertEquals(KeyForm.KEY_DOCUMENT, vm.form());
        assertEquals(Set.of("assertionMethod"), vm.purposes());
    }

    @Test
    void keyDocumentWhoseControllerDoesNotListItFails() {
        failed(resolver.resolve("https://evil.example/keys/1"), ResolutionStep.CONTROLLER,
                "the key document https://evil.example/keys/1 names controller https://example.edu/issuers/565049",
                "does not list that key");
    }

    @Test
    void keyDocumentControllerCheckCanBeRelaxedWithANote() {
        KeyResolver skip = DefaultKeyResolver.builder().fetcher(ResolveFixtures.fetcher())
                .controllerConfirmation(ControllerConfirmation.SKIP).build();
        Resolution r = skip.resolve("https://evil.example/keys/1");
        assertEquals(Optional.of("https://example.edu/issuers/565049"), resolved(r).controller());
        assertEquals(1, r.notes().size());
        contains(r.notes().get(0), "not confirmed");
    }

    @Test
    void keyDocumentWithUnavailableControllerFailsUnlessWhenAvailable() {
        PreloadedDocumentFetcher onlyKey = PreloadedDocumentFetcher.builder()
                .add("https://example.edu/keys/1", ResolveFixtures.bytes("key-document.json")).build();
        failed(KeyResolver.using(onlyKey).resolve("https://example.edu/keys/1"), ResolutionStep.FETCH,
                "could not confirm that https://example.edu/issuers/key-owner controls",
                "https://example.edu/issuers/key-owner", "NOT_PRELOADED");
        Resolution relaxed = DefaultKeyResolver.builder().fetcher(onlyKey)
                .controllerConfirmation(ControllerConfirmation.WHEN_AVAILABLE).build()
                .resolve("https://example.edu/keys/1");
        assertTrue(resolved(relaxed).isAuthorisedFor("assertionMethod"));
        contains(relaxed.notes().get(0), "not available", "not confirmed");
        // WHEN_AVAILABLE still fails when the controller's document is there and does not list the key
        failed(DefaultKeyResolver.builder().fetcher(ResolveFixtures.fetcher())
                .controllerConfirmation(ControllerConfirmation.WHEN_AVAILABLE).build()
                .resolve("https://evil.example/keys/1"), ResolutionStep.CONTROLLER, "does not list that key");
    }

    @Test
    void fragmentFormIsConfirmedAgainstTheControllerDocument() {
        String vmUrl = "https://example.edu/issuers/565049#" + K1;
        ResolvedVerificationMethod vm = resolved(resolver.resolve(vmUrl));
        assertEquals(vmUrl, vm.id());
        assertEquals(Optional.of("https://example.edu/issuers/565049"), vm.controller());
        assertEquals(MicrocredPublicKey.ed25519(HexFormat.of().parseHex(ResolveFixtures.K1_HEX)), vm.publicKey());
        assertEquals(KeyForm.MULTIKEY_FRAGMENT, vm.form());
        assertEquals(Set.of("assertionMethod"), vm.purposes());
        // someone else's key in the fragment is not confirmed by the issuer's document
        failed(resolver.resolve("https://example.edu/issuers/565049#" + K2), ResolutionStep.CONTROLLER,
                "the key in the URL fragment", "does not list that key");
    }

    @Test
    void fragmentFormOfflineAsThe1EdTechValidatorDoes() {
        KeyResolver skip = DefaultKeyResolver.builder().controllerConfirmation(ControllerConfirmation.SKIP).build();
        String vmUrl = "https://example.edu/issuers/565049#" + K1;
        Resolution r = skip.resolve(vmUrl);
        assertEquals(key(K1), resolved(r).publicKey());
        assertEquals(Optional.of("https://example.edu/issuers/565049"), resolved(r).controller());
        contains(r.notes().get(0), "not confirmed");
        failed(KeyResolver.offline().resolve(vmUrl), ResolutionStep.FETCH, "could not confirm", "NETWORK_DISABLED");
    }

    @Test
    void documentProblemsNameTheDocument() {
        failed(resolver.resolve("https://example.edu/not-json#key-1"), ResolutionStep.DOCUMENT,
                "https://example.edu/not-json", "not usable JSON");
        failed(resolver.resolve("https://example.edu/array#key-1"), ResolutionStep.DOCUMENT, "not a JSON object");
        failed(resolver.resolve("https://example.edu/profile-without-keys#key-1"), ResolutionStep.DOCUMENT,
                "neither a controller document");
    }

    // ------------------------------------------------------------------ JWKS / kid

    @Test
    void kidUrlOfJwksResolvesByFragment() {
        ResolvedVerificationMethod vm = resolved(resolver.resolve("https://example.edu/.well-known/jwks.json#key-1"));
        assertEquals(key(K1), vm.publicKey());
        assertEquals(Optional.empty(), vm.controller());
        assertEquals(KeyForm.JWKS, vm.form());
        assertEquals(Optional.of("https://example.edu/.well-known/jwks.json"), vm.document());
        assertEquals(key(K2),
                resolved(resolver.resolve("https://example.edu/.well-known/jwks.json#key-2")).publicKey());
    }

    @Test
    void jwksFailuresNameTheKid() {
        failed(resolver.resolve("https://example.edu/.well-known/jwks.json#key-9"), ResolutionStep.FIND_METHOD,
                "no key with kid key-9", "kids: key-1, enc-1, key-2");
        failed(resolver.resolve("https://example.edu/.well-known/jwks.json"), ResolutionStep.FIND_METHOD,
                "has no #fragment", "5 keys");
        failed(resolver.resolve("https://example.edu/.well-known/jwks.json#enc-1"), ResolutionStep.READ_KEY,
                "\"use\": enc");
        failed(resolver.resolve("https://example.edu/.well-known/jwks.json#dup"), ResolutionStep.FIND_METHOD,
                "2 keys with kid dup");
    }

    @Test
    void kidUrlOfASingleJwkResolves() {
        ResolvedVerificationMethod vm = resolved(resolver.resolve("https://example.edu/keys/jwk-1"));
        assertEquals(key(K3), vm.publicKey());
        assertEquals(KeyForm.JWK_URL, vm.form());
    }

    @Test
    void relativeKidResolvesAgainstTheIssuer() {
        assertEquals(key(K1), resolved(resolver.resolve("key-1", "did:web:example.edu")).publicKey());
        assertEquals(key(K1), resolved(resolver.resolve("#key-1", "did:web:example.edu")).publicKey());
        assertEquals("did:web:example.edu#key-jwk",
                resolved(resolver.resolve("did:web:example.edu#key-jwk", "https://ignored.example")).id());
        failed(resolver.resolve("#key-1"), ResolutionStep.REFERENCE, "relative", "resolve(reference, baseId)");
        assertEquals(key(K2), resolved(resolver.resolve("/keys/1", "https://example.edu/issuers/565049")).publicKey());
        assertEquals(key(K3), resolved(resolver.resolve("../keys/jwk-1", "https://example.edu/issuers/565049"))
                .publicKey());
        assertEquals("https://example.edu/issuers/565049#key-1",
                resolved(resolver.resolve("key-1", "https://example.edu/issuers/565049#ignored")).id());
        failed(resolver.resolve("/keys/1", "did:web:example.edu"), ResolutionStep.FIND_METHOD, "/keys/1");
        failed(resolver.resolve("a b/c", "https://example.edu/x"), ResolutionStep.REFERENCE, "a b/c");
    }

    @Test
    void jwkHeaderIsReadPurely() {
        MicrocredPublicKey k = MicrocredKeyPair.generate(KeyType.P256).publicKey();
        Resolution r = KeyResolver.fromJwkHeader(k.toJwk());
        ResolvedVerificationMethod vm = resolved(r);
        assertEquals(k, vm.publicKey());
        assertEquals(Optional.empty(), vm.controller());
        assertEquals(KeyForm.JWK_HEADER, vm.form());
        assertEquals("urn:ietf:params:oauth:jwk-thumbprint:sha-256:" + k.jwkThumbprint(), vm.id());
        com.fasterxml.jackson.databind.node.ObjectNode withPrivate = MicrocredKeyPair.generate(KeyType.ED25519)
                .publicKey().toJwk();
        withPrivate.put("d", "AAAA");
        failed(KeyResolver.fromJwkHeader(withPrivate), ResolutionStep.READ_KEY, "jwk header");
    }

    // ------------------------------------------------------------------ schemes and limits

    @Test
    void plainHttpIsRefusedUnlessAllowed() {
        failed(resolver.resolve("http://example.edu/issuers/565049#key-1"), ResolutionStep.SCHEME, "not https",
                "allowHttp(true)");
        failed(resolver.resolve("ftp://example.edu/key"), ResolutionStep.REFERENCE, "neither a DID URL nor");
        PreloadedDocumentFetcher http = PreloadedDocumentFetcher.builder()
                .add("http://example.edu/keys/jwk-1", ResolveFixtures.bytes("jwk-1.json")).build();
        KeyResolver allowing = DefaultKeyResolver.builder().fetcher(http).allowHttp(true).build();
        assertEquals(key(K3), resolved(allowing.resolve("http://example.edu/keys/jwk-1")).publicKey());
    }

    @Test
    void referencesThatAreNotUrlsFailAtTheReferenceStep() {
        failed(resolver.resolve(""), ResolutionStep.REFERENCE, "empty");
        failed(resolver.resolve("key-1"), ResolutionStep.REFERENCE, "neither a DID URL nor an https URL");
        failed(resolver.resolve("https://exa mple.edu/k"), ResolutionStep.REFERENCE, "not a valid URL");
        failed(resolver.resolve("did:web"), ResolutionStep.REFERENCE, "not a DID");
        failed(resolver.resolve("did:key:" + "z".repeat(9000)), ResolutionStep.REFERENCE, "the limit is 8192");
    }

    @Test
    void documentsFetchedPerResolutionAreCapped() {
        AtomicInteger fetches = new AtomicInteger();
        DocumentFetcher counting = uri -> {
            fetches.incrementAndGet();
            return ResolveFixtures.fetcher().fetch(uri);
        };
        KeyResolver one = DefaultKeyResolver.builder().fetcher(counting).maxDocuments(1).build();
        failed(one.resolve("https://example.edu/keys/1"), ResolutionStep.LIMIT, "already needed 1 documents",
                "https://example.edu/keys/1", "the limit is 1");
        assertEquals(1, fetches.get());
        assertThrows(IllegalArgumentException.class, () -> DefaultKeyResolver.builder().maxDocuments(0));
    }

    @Test
    void methodsPerDocumentAreCapped() {
        StringBuilder doc = new StringBuilder("{\"id\":\"did:web:big.example\",\"verificationMethod\":[");
        for (int i = 0; i < 70; i++) {
            doc.append(i == 0 ? "" : ",").append("{\"id\":\"#k").append(i).append("\",\"type\":\"Multikey\",")
                    .append("\"controller\":\"did:web:big.example\",\"publicKeyMultibase\":\"").append(K1)
                    .append("\"}");
        }
        doc.append("]}");
        PreloadedDocumentFetcher big = PreloadedDocumentFetcher.builder()
                .add("https://big.example/.well-known/did.json", doc.toString().getBytes(StandardCharsets.UTF_8))
                .build();
        failed(KeyResolver.using(big).resolve("did:web:big.example#k1"), ResolutionStep.LIMIT,
                "more than 64 verification method entries");
    }

    @Test
    void aThrowingFetcherIsAFetchFailure() {
        DocumentFetcher broken = uri -> {
            throw new IllegalStateException("boom");
        };
        failed(KeyResolver.using(broken).resolve("did:web:example.edu#key-1"), ResolutionStep.FETCH, "boom");
    }

    @Test
    void sameDocumentIsFetchedOncePerResolution() {
        AtomicInteger fetches = new AtomicInteger();
        DocumentFetcher counting = uri -> {
            fetches.incrementAndGet();
            FetchedDocument d = ResolveFixtures.fetcher().fetch(uri);
            return d;
        };
        resolved(KeyResolver.using(counting).resolve("https://example.edu/issuers/565049#" + K1));
        assertEquals(1, fetches.get());
        fetches.set(0);
        Resolution keyDocument = KeyResolver.using(counting).resolve("https://example.edu/keys/1");
        assertTrue(keyDocument.notes().isEmpty());
        assertEquals(2, fetches.get(), "the key document and its controller's document");
        assertEquals(java.util.List.of("https://example.edu/keys/1", "https://example.edu/issuers/key-owner"),
                keyDocument.documentsRead());
        assertTrue(KeyResolver.offline().resolve("did:key:" + K1).documentsRead().isEmpty());
        assertEquals(java.util.List.of("https://evil.example/keys/1", "https://example.edu/issuers/565049"),
                resolver.resolve("https://evil.example/keys/1").documentsRead(), "failures list what was read too");
    }

    @Test
    void orElseAsksTheNextResolverOnlyForUnknownKindsOfReference() {
        ResolvedVerificationMethod ion = new ResolvedVerificationMethod("did:ion:abc#k", Optional.of("did:ion:abc"),
                key(K1), Optional.empty(), Set.of("assertionMethod"), KeyForm.DID_KEY);
        KeyResolver fallback = new KeyResolver() {
            @Override
            public Resolution resolve(String reference) {
                return Resolution.resolved(reference, ion, java.util.List.of());
            }

            @Override
            public KeySet keysOf(String controller) {
                return new KeySet(controller, java.util.List.of(ion), Optional.empty(), java.util.List.of());
            }
        };
        KeyResolver chained = resolver.orElse(fallback);
        assertEquals("did:ion:abc#k", resolved(chained.resolve("did:ion:abc#k")).id());
        assertEquals(1, chained.keysOf("did:ion:abc").keys().size());
        // a failure of a known kind is final
        failed(chained.resolve("did:web:example.edu#key-2"), ResolutionStep.FIND_METHOD, "#key-2");
        assertEquals(key(K1), resolved(chained.resolve("did:web:example.edu#key-1")).publicKey());
    }
}
