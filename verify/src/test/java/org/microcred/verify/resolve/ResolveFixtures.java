package org.microcred.verify.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.microcred.core.keys.MicrocredPublicKey;
import org.microcred.verify.fetch.DocumentFetcher;
import org.microcred.verify.fetch.PreloadedDocumentFetcher;

/** The preloaded documents of {@code src/test/resources/resolve/} and the keys they hold. */
final class ResolveFixtures {

    static final String K1 = "z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi";
    static final String K2 = "z6MktgKTsu1QhX6QPbyqG6geXdw6FQCZBPq7uQpieWbiQiG7";
    static final String K3 = "z6MkhWqdDBPojHA7cprTGTt5yHv5yUi1B8cnXn8ReLumkw6E";
    static final String K1_HEX = "4bdeafde2ea8beefadd8c699b5c7e0704cf51154d52e17b20b71337ca04cc5a5";

    private ResolveFixtures() {
    }

    static Path dir() {
        Path p = Path.of("src", "test", "resources", "resolve");
        if (!Files.isDirectory(p)) {
            p = Path.of("verify", "src", "test", "resources", "resolve");
        }
        return p;
    }

    static byte[] bytes(String file) {
        try {
            return Files.readAllBytes(dir().resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PreloadedDocumentFetcher fetcher() {
        return PreloadedDocumentFetcher.builder()
                .add("https://example.edu/.well-known/did.json", bytes("did-web-example-edu.json"))
                .add("https://example.com:3000/user/alice/did.json", bytes("did-web-alice.json"))
                .add("https://wrong.example/.well-known/did.json", bytes("did-web-wrong-id.json"))
                .add("https://evil.example/.well-known/did.json", bytes("did-web-impostor.json"))
                .add("https://ext.example/.well-known/did.json", bytes("did-web-external.json"))
                .add("https://example.edu/issuers/565049", bytes("issuer-565049.json"))
                .add("https://example.edu/issuers/key-owner", bytes("key-owner.json"))
                .add("https://example.edu/keys/1", bytes("key-document.json"))
                .add("https://evil.example/keys/1", bytes("key-document-claims-565049.json"))
                .add("https://example.edu/.well-known/jwks.json", bytes("jwks.json"))
                .add("https://example.edu/keys/jwk-1", bytes("jwk-1.json"))
                .add("https://example.edu/not-json", "<html>hello</html>".getBytes())
                .add("https://example.edu/array", "[1,2]".getBytes())
                .add("https://example.edu/profile-without-keys",
                        "{\"id\":\"https://example.edu/profile-without-keys\",\"name\":\"x\"}".getBytes())
                .build();
    }

    static KeyResolver resolver() {
        return KeyResolver.using(fetcher());
    }

    static DocumentFetcher offline() {
        return DocumentFetcher.none();
    }

    static MicrocredPublicKey key(String multibase) {
        return MicrocredPublicKey.fromMultibase(multibase);
    }

    static ResolvedVerificationMethod resolved(Resolution r) {
        assertTrue(r.isResolved(), () -> "expected a key, got " + r);
        return r.key().orElseThrow();
    }

    static ResolutionFailure failed(Resolution r, ResolutionStep step, String... parts) {
        assertTrue(!r.isResolved(), () -> "expected a failure, got " + r);
        ResolutionFailure f = r.failure().orElseThrow();
        assertEquals(step, f.step(), () -> "wrong step: " + f);
        contains(f.message(), parts);
        return f;
    }

    static void contains(String actual, String... parts) {
        for (String part : parts) {
            assertTrue(actual.contains(part), () -> "expected <" + part + "> in: " + actual);
        }
    }
}
