package org.microcred.core.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;
import org.microcred.core.json.Json;

class LocalKeyResolverTest {

    @Test
    void resolvesDidKeyAndDidJwk() {
        MicrocredKeyPair pair = MicrocredKeyPair.generate(KeyType.P256);
        DidKey didKey = DidKey.of(pair.publicKey());
        ResolvedKey fromKey = LocalKeyResolver.resolve(didKey.did()).orElseThrow();
        assertEquals(didKey.verificationMethodId(), fromKey.verificationMethodId());
        assertEquals(didKey.did(), fromKey.controller());
        assertEquals(pair.publicKey(), fromKey.publicKey());

        DidJwk didJwk = DidJwk.of(pair.publicKey());
        ResolvedKey fromJwk = LocalKeyResolver.resolve(didJwk.verificationMethodId()).orElseThrow();
        assertEquals(didJwk.did(), fromJwk.controller());
        assertEquals(pair.publicKey(), fromJwk.publicKey());

        assertTrue(LocalKeyResolver.resolve("did:web:example.edu#key-1").isEmpty());
        assertTrue(LocalKeyResolver.resolve("https://example.edu/keys/1").isEmpty());
        MicrocredException e = assertThrows(MicrocredException.class,
                () -> LocalKeyResolver.resolve(didKey.did() + "#other"));
        assertEquals(ErrorCode.KEY_INVALID, e.code());
    }

    /** 1EdTech OB 3.0 implementation guide: verificationMethod https://example.edu/issuers/565049#z6Mk… */
    @Test
    void resolvesMultikeyFragmentOf1EdTechVector() {
        JsonNode v = Json.standard().parse(Vectors.text("1edtech-ob-impl-guide/obv3p0/key-and-hashes.json"));
        ResolvedKey key = LocalKeyResolver.fromMultikeyFragment(v.get("verificationMethod").textValue()).orElseThrow();
        assertEquals("https://example.edu/issuers/565049", key.controller());
        assertEquals(v.get("publicKeyMultibase").textValue(), key.publicKey().toMultibase());
        assertTrue(LocalKeyResolver.fromMultikeyFragment("https://example.edu/issuers/1#key-1").isEmpty());
        assertTrue(LocalKeyResolver.fromMultikeyFragment("https://example.edu/issuers/1").isEmpty());
        assertTrue(LocalKeyResolver.fromMultikeyFragment("https://example.edu/issuers/1#").isEmpty());
    }
}
