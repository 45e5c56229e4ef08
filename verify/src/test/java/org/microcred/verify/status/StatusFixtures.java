package org.microcred.verify.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.microcred.core.json.Json;
import org.microcred.core.keys.DidKey;
import org.microcred.core.keys.MicrocredKeyPair;
import org.microcred.core.keys.SigningKey;
import org.microcred.core.keys.SigningKeys;
import org.microcred.core.proof.ProofOptions;
import org.microcred.core.proof.ProofSuite;
import org.microcred.core.proof.ProofSuites;
import org.microcred.verify.fetch.DocumentFetcher;
import org.microcred.verify.fetch.FetchedDocument;

/** Keys, signed status-list credentials and a counting preloaded fetcher for the status tests. */
final class StatusFixtures {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final Instant SIGNED = Instant.parse("2026-01-01T00:00:00Z");

    static final Signer ISSUER = new Signer(seed(1));
    static final Signer OTHER = new Signer(seed(2));

    static final ProofSuite EDDSA = ProofSuites.eddsaRdfc2022();
    static final ProofSuite JWT = ProofSuites.vcJwt();
    static final ProofSuites SUITES = ProofSuites.of(EDDSA, JWT);

    private StatusFixtures() {
    }

    private static byte[] seed(int n) {
        byte[] seed = new byte[32];
        seed[0] = (byte) n;
        seed[31] = (byte) (n * 7);
        return seed;
    }

    /** An Ed25519 did:key identity. */
    static final class Signer {
        final MicrocredKeyPair pair;
        final String did;
        final SigningKey key;

        Signer(byte[] seed) {
            this.pair = MicrocredKeyPair.ed25519FromSeed(seed);
            this.did = DidKey.of(pair.publicKey()).did();
            this.key = SigningKeys.didKey(pair);
        }

        /** Signs with eddsa-rdfc-2022; returns the secured JSON text. */
        String sign(ObjectNode unsigned) {
            return EDDSA.secure(unsigned, key, options()).text();
        }

        /** Secures as a VC-JWT; returns the compact JWS. */
        String signJwt(ObjectNode unsigned) {
            return JWT.secure(unsigned, key, options()).text();
        }
    }

    static ProofOptions options() {
        return ProofOptions.builder().created(SIGNED).build();
    }

    /** A credential with the given credentialStatus (not signed: the checker reads the JSON only). */
    static ObjectNode credential(String issuer, JsonNode credentialStatus) {
        ObjectNode vc = JsonNodeFactory.instance.objectNode();
        vc.putArray("@context").add("https://www.w3.org/ns/credentials/v2");
        vc.put("id", "urn:uuid:2f0c6b1e-8d4a-4a3e-9a5c-1b7e4d2c9f10");
        vc.putArray("type").add("VerifiableCredential").add("OpenBadgeCredential");
        vc.put("issuer", issuer);
        vc.put("validFrom", "2026-01-02T00:00:00Z");
        vc.putObject("credentialSubject").put("id", "did:example:learner");
        if (credentialStatus != null) {
            vc.set("credentialStatus", credentialStatus);
        }
        return vc;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** "u" + base64url(GZIP(bytes)), the BSL encodedList form, for lists core refuses to build. */
    static String encode(byte[] bitstring) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bitstring);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    static String text(JsonNode node) {
        return Json.standard().write(node);
    }

    /** Preloaded documents that counts fetches per URL. Thread-safe. */
    static final class CountingFetcher implements DocumentFetcher {
        private final Map<String, byte[]> documents = new LinkedHashMap<>();
        private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
        private DocumentFetcher delegate = DocumentFetcher.preloaded(Map.of());

        CountingFetcher put(String url, String body) {
            documents.put(url, utf8(body));
            delegate = DocumentFetcher.preloaded(documents);
            return this;
        }

        @Override
        public FetchedDocument fetch(URI uri) {
            counts.computeIfAbsent(uri.toString(), k -> new AtomicInteger()).incrementAndGet();
            return delegate.fetch(uri);
        }

        int count(String url) {
            AtomicInteger n = counts.get(url);
            return n == null ? 0 : n.get();
        }

        int total() {
            return counts.values().stream().mapToInt(AtomicInteger::get).sum();
        }
    }
}
