package org.microcred.core.keys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.Signature;
import org.junit.jupiter.api.Test;
import org.microcred.core.internal.Base58;
import org.microcred.core.json.Json;

/** Spec vectors: W3C vc-di-eddsa TestVectors and the 1EdTech OB 3.0 implementation guide. */
class KeyVectorsTest {

    private static final String DI = "w3c-vc-di-eddsa/TestVectors/";

    /** vc-di-eddsa TestVectors/keyPair.json: both multibase forms decode and re-encode exactly. */
    @Test
    void w3cKeyPairRoundTrips() {
        JsonNode keyPair = Json.standard().parse(Vectors.text(DI + "keyPair.json"));
        String publicMb = keyPair.get("publicKeyMultibase").textValue();
        String secretMb = keyPair.get("privateKeyMultibase").textValue();

        MicrocredPublicKey pub = Multikey.decodePublicKey(publicMb);
        assertEquals(KeyType.ED25519, pub.keyType());
        assertEquals(publicMb, pub.toMultibase());

        MicrocredKeyPair pair = Multikey.decodeSecretKey(secretMb);
        assertEquals(secretMb, pair.secretKeyMultibase());
        assertEquals(pub, pair.publicKey());
        assertEquals(publicMb, pair.publicKeyMultibase());
    }

    /** vc-di-eddsa eddsa-rdfc-2022: signing the combined hash reproduces the vector's signature. */
    @Test
    void w3cSignatureOfCombinedHashIsReproduced() throws Exception {
        JsonNode keyPair = Json.standard().parse(Vectors.text(DI + "keyPair.json"));
        MicrocredKeyPair pair = Multikey.decodeSecretKey(keyPair.get("privateKeyMultibase").textValue());
        byte[] combined = Vectors.hex(Vectors.text(DI + "eddsa-rdfc-2022/combinedHashDataInt.txt"));
        byte[] expectedSig = Vectors.hex(Vectors.text(DI + "eddsa-rdfc-2022/sigHexDataInt.txt"));
        String expectedMb = Vectors.text(DI + "eddsa-rdfc-2022/sigBTC58DataInt.txt");

        DidKey did = DidKey.of(pair.publicKey());
        InMemorySigningKey signer = SigningKeys.didKey(pair);
        assertEquals(did.verificationMethodId(), signer.verificationMethod());
        byte[] sig = signer.sign(combined);
        assertArrayEquals(expectedSig, sig);
        assertEquals(expectedMb, "z" + Base58.encode(sig));
        assertTrue(pair.publicKey().verify(SignatureAlgorithm.EdDSA, combined, sig));

        // the JDK's own Ed25519 agrees
        Signature jdk = Signature.getInstance("Ed25519");
        jdk.initVerify(pair.publicKey().toPublicKey());
        jdk.update(combined);
        assertTrue(jdk.verify(sig));
    }

    /** The proof config's verification method in the W3C vector is the did:key URL of the key pair. */
    @Test
    void w3cVerificationMethodResolves() {
        JsonNode keyPair = Json.standard().parse(Vectors.text(DI + "keyPair.json"));
        JsonNode config = Json.standard().parse(Vectors.text(DI + "eddsa-rdfc-2022/proofConfigDataInt.json"));
        String vm = config.get("verificationMethod").textValue();
        DidKey did = DidKey.parse(vm);
        assertEquals(vm, did.verificationMethodId());
        assertEquals(keyPair.get("publicKeyMultibase").textValue(), did.publicKeyMultibase());
    }

    /** 1EdTech OB 3.0 implementation guide key: hex public key ↔ z6MkjZRZ…, signature reproduced. */
    @Test
    void oneEdTechKey() {
        JsonNode v = Json.standard().parse(Vectors.text("1edtech-ob-impl-guide/obv3p0/key-and-hashes.json"));
        byte[] publicKey = Vectors.hex(v.get("publicKeyHex").textValue());
        MicrocredPublicKey pub = MicrocredPublicKey.ed25519(publicKey);
        assertEquals(v.get("publicKeyMultibase").textValue(), pub.toMultibase());
        assertArrayEquals(publicKey, Multikey.decodePublicKey(v.get("publicKeyMultibase").textValue()).rawBytes());

        byte[] privateHex = Vectors.hex(v.get("privateKeyHex").textValue());
        byte[] seed = java.util.Arrays.copyOf(privateHex, 32);
        MicrocredKeyPair pair = MicrocredKeyPair.ed25519FromSeed(seed);
        assertEquals(pub, pair.publicKey());
        byte[] data = Vectors.hex(v.get("dataToSignHex").textValue());
        byte[] sig = SigningKeys.ed25519(pair, v.get("verificationMethod").textValue()).sign(data);
        assertArrayEquals(Vectors.hex(v.get("signatureHex").textValue()), sig);
        assertEquals(v.get("proofValue").textValue(), "z" + Base58.encode(sig));
    }
}
