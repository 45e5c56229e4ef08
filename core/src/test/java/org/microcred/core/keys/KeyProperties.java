package org.microcred.core.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.Signature;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.microcred.core.MicrocredException;
import org.microcred.core.json.Json;

class KeyProperties {

    /** RSA generation is slow: one key per run, reused. */
    private static final MicrocredKeyPair RSA = MicrocredKeyPair.generate(KeyType.RSA);
    private static final Map<KeyType, MicrocredKeyPair> FIXED = Map.of(
            KeyType.ED25519, MicrocredKeyPair.generate(KeyType.ED25519),
            KeyType.P256, MicrocredKeyPair.generate(KeyType.P256),
            KeyType.RSA, RSA);

    private static MicrocredKeyPair fresh(KeyType type) {
        return type == KeyType.RSA ? RSA : MicrocredKeyPair.generate(type);
    }

    @Property(tries = 60)
    void generateExportImportSignVerify(@ForAll SignatureAlgorithm algorithm, @ForAll @Size(max = 200) byte[] data) {
        MicrocredKeyPair pair = fresh(algorithm.keyType());
        MicrocredKeyPair imported = MicrocredKeyPair.fromJwk(Json.standard().write(pair.toPrivateJwk()));
        MicrocredPublicKey publicOnly = MicrocredPublicKey.fromJwk(pair.publicKey().toJwkJson());
        byte[] sig = SigningKeys.of(imported, algorithm, "did:example:1#k").sign(data);
        assertTrue(publicOnly.verify(algorithm, data, sig));
        assertTrue(pair.publicKey().verify(algorithm, data, sig));
        assertEquals(pair.publicKey(), MicrocredPublicKey.of(pair.publicKey().toPublicKey()));
    }

    @Property(tries = 100)
    void ed25519MatchesTheJdkByteForByte(@ForAll @Size(max = 300) byte[] data) throws Exception {
        MicrocredKeyPair pair = MicrocredKeyPair.generate(KeyType.ED25519);
        Signature jdk = Signature.getInstance("Ed25519");
        jdk.initSign(pair.toJavaKeyPair().getPrivate());
        jdk.update(data);
        assertTrue(java.util.Arrays.equals(jdk.sign(), SigningKeys.ed25519(pair, "x#1").sign(data)));
    }

    @Property(tries = 300)
    void anyFlippedBitInASignatureFails(@ForAll SignatureAlgorithm algorithm, @ForAll @Size(max = 64) byte[] data,
            @ForAll @IntRange(min = 0, max = 4095) int bit) {
        MicrocredKeyPair pair = FIXED.get(algorithm.keyType());
        byte[] sig = SigningKeys.of(pair, algorithm, "x#1").sign(data);
        int index = bit % (sig.length * 8);
        sig[index / 8] ^= (byte) (1 << (index % 8));
        assertFalse(pair.publicKey().verify(algorithm, data, sig));
    }

    @Property(tries = 50)
    void didAndMultikeyRoundTrips(@ForAll KeyType type) {
        MicrocredKeyPair pair = fresh(type);
        DidJwk jwk = DidJwk.of(pair.publicKey());
        assertEquals(pair.publicKey(), DidJwk.parse(jwk.verificationMethodId()).publicKey());
        assertEquals(jwk.did(), DidJwk.parse(jwk.did()).did());
        if (type != KeyType.RSA) {
            DidKey did = DidKey.of(pair.publicKey());
            DidKey back = DidKey.parse(did.verificationMethodId());
            assertEquals(pair.publicKey(), back.publicKey());
            assertEquals(did.did(), back.did());
            assertEquals(pair.publicKey(), Multikey.decodePublicKey(pair.publicKeyMultibase()));
            assertEquals(pair.publicKey(), Multikey.decodeSecretKey(pair.secretKeyMultibase()).publicKey());
        }
    }

    @Property
    void decodingArbitraryStringsOnlyThrowsMicrocredException(@ForAll @Size(max = 100) String text) {
        String[] candidates = {text, "z" + text, "did:key:" + text, "did:key:z" + text, "did:jwk:" + text};
        for (String candidate : candidates) {
            quietly(() -> Multikey.decodePublicKey(candidate));
            quietly(() -> Multikey.decodeSecretKey(candidate));
            quietly(() -> DidKey.parse(candidate));
            quietly(() -> DidJwk.parse(candidate));
            quietly(() -> MicrocredPublicKey.fromJwk(candidate));
            quietly(() -> MicrocredKeyPair.fromJwk(candidate));
        }
    }

    @Property(tries = 300)
    void decodingArbitraryMultikeyBytesOnlyThrowsMicrocredException(@ForAll @Size(max = 40) byte[] bytes) {
        String z = "z" + org.microcred.core.internal.Base58.encode(bytes);
        quietly(() -> Multikey.decodePublicKey(z));
        quietly(() -> Multikey.decodeSecretKey(z));
        quietly(() -> DidKey.parse("did:key:" + z));
        String jwk = "did:jwk:" + org.microcred.core.internal.Base64Url.encode(bytes);
        quietly(() -> DidJwk.parse(jwk));
    }

    private static void quietly(Runnable call) {
        try {
            call.run();
        } catch (MicrocredException expected) {
            // the only exception allowed
        }
    }
}
