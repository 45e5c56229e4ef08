package org.microcred.verify.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcred.verify.resolve.ResolveFixtures.contains;
import static org.microcred.verify.resolve.ResolveFixtures.resolved;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.microcred.core.json.Json;
import org.microcred.core.keys.SignatureAlgorithm;
import org.microcred.verify.fetch.PreloadedDocumentFetcher;
import org.microcred.verify.resolve.DefaultKeyResolver.ControllerConfirmation;

/**
 * The keys of published test vectors resolve from the vectors' own verification methods and
 * verify the vectors' signatures; issuer binding gives the answer the vectors imply.
 */
class VectorKeysTest {

    private static Path vectors() {
        String prop = System.getProperty("microcred.vectors");
        return prop != null ? Path.of(prop) : Path.of("..", "vectors");
    }

    private static JsonNode json(String path) throws IOException {
        return Json.standard().parse(Files.readAllBytes(vectors().resolve(path)));
    }

    private static byte[] hexFile(String path) throws IOException {
        return HexFormat.of().parseHex(Files.readString(vectors().resolve(path)).trim());
    }

    /** W3C vc-di-eddsa TestVectors/eddsa-rdfc-2022: a did:key verification method. */
    @Test
    void w3cEddsaRdfc2022DidKeyResolvesOfflineAndVerifiesTheVectorSignature() throws IOException {
        JsonNode signed = json("w3c-vc-di-eddsa/TestVectors/eddsa-rdfc-2022/signedDataInt.json");
        String vm = signed.get("proof").get("verificationMethod").textValue();
        ResolvedVerificationMethod key = resolved(KeyResolver.offline().resolve(vm).requirePurpose("assertionMethod"));
        assertEquals(json("w3c-vc-di-eddsa/TestVectors/keyPair.json").get("publicKeyMultibase").textValue(),
                key.publicKey().toMultibase());
        byte[] data = hexFile("w3c-vc-di-eddsa/TestVectors/eddsa-rdfc-2022/combinedHashDataInt.txt");
        byte[] signature = hexFile("w3c-vc-di-eddsa/TestVectors/eddsa-rdfc-2022/sigHexDataInt.txt");
        assertTrue(key.publicKey().verify(SignatureAlgorithm.EdDSA, data, signature));
        // The vector's issuer is https://vc.example/issuers/5678, not the did:key: a genuine signature,
        // but not the issuer's key (standards.md §8 item 6).
        Binding binding = IssuerBinding.using(KeyResolver.offline()).check(signed.get("issuer").textValue(), key);
        assertFalse(binding.bound());
        contains(binding.message(), "is controlled by did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2",
                "but the credential's issuer is https://vc.example/issuers/5678");
    }

    /** 1EdTech OB 3.0 implementation guide: the {@code controller#z6Mk…} form. */
    @Test
    void oneEdTechFragmentFormResolvesAndVerifiesTheVectorSignature() throws IOException {
        JsonNode keys = json("1edtech-ob-impl-guide/obv3p0/key-and-hashes.json");
        JsonNode signed = json("1edtech-ob-impl-guide/obv3p0/signed.json");
        JsonNode proof = signed.get("proof").isArray() ? signed.get("proof").get(0) : signed.get("proof");
        String vm = proof.get("verificationMethod").textValue();
        String issuer = signed.get("issuer").get("id").textValue();

        // As the 1EdTech validator does: trust the fragment without the issuer's document (a WARN note).
        KeyResolver lenient = DefaultKeyResolver.builder().controllerConfirmation(ControllerConfirmation.SKIP).build();
        Resolution r = lenient.resolve(vm);
        ResolvedVerificationMethod key = resolved(r);
        assertEquals(1, r.notes().size());
        assertEquals(keys.get("publicKeyMultibase").textValue(), key.publicKey().toMultibase());
        assertEquals(keys.get("publicKeyHex").textValue(), HexFormat.of().formatHex(key.publicKey().rawBytes()));
        assertTrue(key.publicKey().verify(SignatureAlgorithm.EdDSA,
                HexFormat.of().parseHex(keys.get("dataToSignHex").textValue()),
                HexFormat.of().parseHex(keys.get("signatureHex").textValue())));
        assertTrue(IssuerBinding.using(lenient).check(issuer, key).bound());

        // With the issuer profile preloaded, the default (REQUIRE) confirms the key there.
        PreloadedDocumentFetcher withProfile = PreloadedDocumentFetcher.builder()
                .add(issuer, ResolveFixtures.bytes("issuer-565049.json")).build();
        Resolution confirmed = KeyResolver.using(withProfile).resolve(vm);
        assertTrue(resolved(confirmed).isAuthorisedFor("assertionMethod"));
        assertTrue(confirmed.notes().isEmpty());
        assertEquals(Optional.of(issuer), resolved(confirmed).controller());
    }
}
