package org.microcred.core.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.microcred.core.keys.DidKey;
import org.microcred.core.keys.ResolvedKey;

/** The built-in resolvers and the resolver combinators. */
class KeyResolverTest {

    static final TestKeys.TestKey ED = TestKeys.ed25519(new byte[32], "https://example.edu/keys#1");
    static final String DID_KEY_VM = DidKey.of(ED.publicKey()).verificationMethodId();

    @Test
    void localResolvesDidKeyAndNothingElse() {
        ResolvedKey key = KeyResolver.local().resolve(KeyReference.verificationMethod(DID_KEY_VM)).orElseThrow();
        assertEquals(ED.publicKey(), key.publicKey());
        assertEquals(DidKey.of(ED.publicKey()).did(), key.controller());
        assertTrue(KeyResolver.local().resolve(KeyReference.verificationMethod("https://example.edu/keys#1")).isEmpty());
    }

    @Test
    void multikeyFragmentTrustsTheUrlText() {
        String vm = "https://example.edu/issuers/1#" + ED.publicKey().toMultibase();
        ResolvedKey key = KeyResolver.multikeyFragment().resolve(KeyReference.verificationMethod(vm)).orElseThrow();
        assertEquals("https://example.edu/issuers/1", key.controller());
        assertTrue(KeyResolver.multikeyFragment().resolve(KeyReference.verificationMethod("https://x.example/#key-1"))
                .isEmpty());
    }

    @Test
    void cachedRemembersFoundKeysOnly() {
        AtomicInteger calls = new AtomicInteger();
        KeyResolver counting = reference -> {
            calls.incrementAndGet();
            return reference.id().filter(DID_KEY_VM::equals).flatMap(id -> KeyResolver.local().resolve(reference));
        };
        KeyResolver cached = counting.cached(2);
        for (int i = 0; i < 3; i++) {
            assertTrue(cached.resolve(KeyReference.verificationMethod(DID_KEY_VM)).isPresent());
        }
        assertEquals(1, calls.get());
        cached.resolve(KeyReference.verificationMethod("did:example:unknown#1"));
        cached.resolve(KeyReference.verificationMethod("did:example:unknown#1"));
        assertEquals(3, calls.get(), "empty answers are asked again");
        assertThrows(IllegalArgumentException.class, () -> counting.cached(0));
    }

    @Test
    void orElseAsksInTurn() {
        KeyResolver chain = KeyResolver.none().orElse(reference -> Optional.empty()).orElse(KeyResolver.local());
        assertTrue(chain.resolve(KeyReference.verificationMethod(DID_KEY_VM)).isPresent());
        assertTrue(KeyResolver.fixed("a#1", ED.publicKey(), "a").resolve(KeyReference.kid("a#1")).isPresent());
        assertTrue(KeyResolver.fixed("a#1", ED.publicKey(), "a").resolve(KeyReference.kid("a#2")).isEmpty());
    }
}
