package org.microcred.verify.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.microcred.core.json.Json;
import org.microcred.core.keys.KeyType;
import org.microcred.core.keys.MicrocredKeyPair;
import org.microcred.core.keys.MicrocredPublicKey;
import org.microcred.verify.fetch.PreloadedDocumentFetcher;

/**
 * Publish a key in a did:web document, resolve it back: the same key, controller and purpose,
 * bound to that DID and to no other; a document served under another DID is refused.
 */
class DidWebRoundTripPropertiesTest {

    private static final MicrocredPublicKey[] KEYS = {
        MicrocredKeyPair.generate(KeyType.ED25519).publicKey(),
        MicrocredKeyPair.generate(KeyType.P256).publicKey(),
        MicrocredKeyPair.generate(KeyType.ED25519).publicKey(),
    };

    @Property(tries = 150)
    void publishedKeyResolvesBack(@ForAll("dids") String did, @ForAll("fragments") String fragment,
            @ForAll("keyIndexes") int keyIndex, @ForAll boolean asJwk, @ForAll boolean relativeId,
            @ForAll boolean embedded) {
        MicrocredPublicKey key = KEYS[keyIndex];
        String vmId = did + "#" + fragment;
        ObjectNode doc = JsonNodeFactory.instance.objectNode();
        doc.put("id", did);
        ObjectNode vm = JsonNodeFactory.instance.objectNode();
        vm.put("id", relativeId ? "#" + fragment : vmId);
        vm.put("controller", did);
        if (asJwk) {
            vm.put("type", "JsonWebKey2020");
            vm.set("publicKeyJwk", key.toJwk());
        } else {
            vm.put("type", "Multikey");
            vm.put("publicKeyMultibase", key.toMultibase());
        }
        if (embedded) {
            doc.putArray("assertionMethod").add(vm);
        } else {
            doc.putArray("verificationMethod").add(vm);
            doc.putArray("assertionMethod").add(relativeId ? "#" + fragment : vmId);
        }
        byte[] bytes = Json.standard().write(doc).getBytes(StandardCharsets.UTF_8);
        String url = DidWeb.documentUrl(did).toString();
        KeyResolver resolver = KeyResolver.using(PreloadedDocumentFetcher.builder().add(url, bytes).build());

        Resolution r = resolver.resolve(vmId).requirePurpose("assertionMethod");
        ResolvedVerificationMethod found = ResolveFixtures.resolved(r);
        assertEquals(vmId, found.id());
        assertEquals(key, found.publicKey());
        assertEquals(Optional.of(did), found.controller());
        assertEquals(Optional.of(url), found.document());
        assertEquals(java.util.List.of(url), r.documentsRead());
        IssuerBinding binding = IssuerBinding.using(resolver);
        assertTrue(binding.check(did, found).bound());
        assertFalse(binding.check(did + "x", found).bound());
        assertTrue(binding.isIssuerKey(did, key).bound());
        assertFalse(binding.isIssuerKey(did, KEYS[(keyIndex + 1) % KEYS.length]).bound());

        // the same bytes served for another DID are refused at the document-id step
        String other = did.replace("did:web:", "did:web:other.");
        KeyResolver misplaced = KeyResolver.using(PreloadedDocumentFetcher.builder()
                .add(DidWeb.documentUrl(other).toString(), bytes).build());
        assertEquals(ResolutionStep.DOCUMENT_ID,
                misplaced.resolve(other + "#" + fragment).failure().orElseThrow().step());
    }

    @Provide
    Arbitrary<String> dids() {
        Arbitrary<String> label = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
        Arbitrary<String> host = label.list().ofMinSize(2).ofMaxSize(3).map(l -> String.join(".", l));
        Arbitrary<String> port = Arbitraries.integers().between(1, 65535).map(p -> "%3A" + p).injectNull(0.6);
        Arbitrary<String> path = label.list().ofMaxSize(3).map(l -> l.isEmpty() ? "" : ":" + String.join(":", l));
        return net.jqwik.api.Combinators.combine(host, port, path)
                .as((h, p, pa) -> "did:web:" + h + (p == null ? "" : p) + pa);
    }

    @Provide
    Arbitrary<String> fragments() {
        return Arbitraries.strings().withCharRange('a', 'z').withChars('-', '0', '1').ofMinLength(1).ofMaxLength(10);
    }

    @Provide
    Arbitrary<Integer> keyIndexes() {
        return Arbitraries.integers().between(0, KEYS.length - 1);
    }
}
