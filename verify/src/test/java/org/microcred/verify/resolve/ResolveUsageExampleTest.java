package org.microcred.verify.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.microcred.verify.fetch.PreloadedDocumentFetcher;

/** The example of the package documentation, run. */
class ResolveUsageExampleTest {

    private static String check(KeyResolver keys, String proofVerificationMethod, String issuerId) {
        Resolution resolution = keys.resolve(proofVerificationMethod).requirePurpose("assertionMethod");
        if (!resolution.isResolved()) {
            return "FAIL proof: " + resolution.failure().get().message();
        }
        ResolvedVerificationMethod key = resolution.key().get();
        Binding binding = IssuerBinding.using(keys).check(issuerId, key);
        if (!binding.bound()) {
            return "FAIL issuer-binding: " + binding.message();
        }
        return "PASS " + key.id();
    }

    @Test
    void packageExample() {
        byte[] didDocumentBytes = ResolveFixtures.bytes("did-web-example-edu.json");
        KeyResolver keys = KeyResolver.using(PreloadedDocumentFetcher.builder()
                .add("https://example.edu/.well-known/did.json", didDocumentBytes)
                .build());
        assertEquals("PASS did:web:example.edu#key-1", check(keys, "did:web:example.edu#key-1", "did:web:example.edu"));
        assertEquals("FAIL issuer-binding: verification method did:web:example.edu#key-1 is controlled by"
                + " did:web:example.edu, but the credential's issuer is did:web:evil.example",
                check(keys, "did:web:example.edu#key-1", "did:web:evil.example"));
        assertEquals("FAIL proof: verification method did:web:example.edu#key-auth is not authorised for"
                + " assertionMethod: its controller lists it under only authentication",
                check(keys, "did:web:example.edu#key-auth", "did:web:example.edu"));
    }
}
