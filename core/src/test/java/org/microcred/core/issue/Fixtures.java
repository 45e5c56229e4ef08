package org.microcred.core.issue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.microcred.core.json.Json;
import org.microcred.core.keys.DidJwk;
import org.microcred.core.keys.DidKey;
import org.microcred.core.keys.KeyType;
import org.microcred.core.keys.MicrocredKeyPair;
import org.microcred.core.keys.SignatureAlgorithm;
import org.microcred.core.keys.SigningKey;
import org.microcred.core.keys.SigningKeys;
import org.microcred.core.model.Achievement;
import org.microcred.core.model.Criteria;
import org.microcred.core.model.Profile;
import org.microcred.core.proof.KeyResolver;
import org.microcred.core.proof.ProofSuite;
import org.microcred.core.proof.ProofSuites;
import org.microcred.core.proof.ProofVerification;

/** Keys, profiles, achievements and verification shared by the issue tests. */
final class Fixtures {

    static final Instant NOW = Instant.parse("2026-03-04T05:06:07.890Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    static final MicrocredKeyPair ED25519 = MicrocredKeyPair.ed25519FromSeed(new byte[32]);
    static final MicrocredKeyPair ED25519_OTHER = MicrocredKeyPair.generate(KeyType.ED25519);
    static final MicrocredKeyPair P256 = MicrocredKeyPair.generate(KeyType.P256);
    private static MicrocredKeyPair rsa;

    /** Resolves did:key and did:jwk verification methods, offline. */
    static final KeyResolver RESOLVER = KeyResolver.local();
    private static final ProofSuites VERIFIERS = ProofSuites.defaults();

    private Fixtures() {
    }

    static synchronized MicrocredKeyPair rsa() {
        if (rsa == null) {
            rsa = MicrocredKeyPair.generate(KeyType.RSA);
        }
        return rsa;
    }

    /** The DID that controls a key: did:key for Ed25519 / P-256, did:jwk for RSA. */
    static String did(MicrocredKeyPair pair) {
        return pair.keyType() == KeyType.RSA ? DidJwk.of(pair.publicKey()).did() : DidKey.of(pair.publicKey()).did();
    }

    static SigningKey key(MicrocredKeyPair pair, SignatureAlgorithm alg) {
        return pair.keyType() == KeyType.RSA ? SigningKeys.didJwk(pair, alg) : SigningKeys.of(pair, alg,
                DidKey.of(pair.publicKey()).verificationMethodId());
    }

    static Profile profile(String id) {
        return Profile.builder().id(id).name("Example University").url("https://example.edu").build();
    }

    static Issuer.Builder issuer(MicrocredKeyPair pair, SignatureAlgorithm alg, ProofSuite suite) {
        return Issuer.builder().profile(profile(did(pair))).signingKey(key(pair, alg)).proofSuite(suite).clock(CLOCK);
    }

    static Issuer eddsa() {
        return issuer(ED25519, SignatureAlgorithm.EdDSA, ProofSuites.eddsaRdfc2022()).build();
    }

    static Achievement achievement() {
        return achievement("https://example.edu/achievements/cpr", "CPR Certified");
    }

    static Achievement achievement(String id, String name) {
        return Achievement.builder().id(id).name(name)
                .description("Can perform cardiopulmonary resuscitation.")
                .criteria(Criteria.builder().narrative("Passed the practical and written exams.").build())
                .build();
    }

    static OpenBadge badge(String subjectId) {
        return OpenBadge.builder().achievement(achievement()).recipient(Recipient.id(subjectId)).build();
    }

    /** A deterministic id strategy: urn:example:credential:1, 2, … */
    static IdStrategy counter() {
        AtomicLong next = new AtomicLong();
        return draft -> "urn:example:credential:" + next.incrementAndGet();
    }

    static ProofVerification verify(String text) {
        return VERIFIERS.verify(text, RESOLVER);
    }

    static ProofSuites verifiers() {
        return VERIFIERS;
    }

    static ObjectNode jwtPayload(String compact) {
        return (ObjectNode) Json.standard().parse(Base64.getUrlDecoder().decode(compact.split("\\.")[1]));
    }

    static ObjectNode jwtHeader(String compact) {
        return (ObjectNode) Json.standard().parse(Base64.getUrlDecoder().decode(compact.split("\\.")[0]));
    }

    static Path vectors() {
        String configured = System.getProperty("microcred.vectors");
        Path path = configured != null ? Paths.get(configured) : Paths.get("..", "vectors");
        return path.toAbsolutePath().normalize();
    }

    static JsonNode vector(String relative) {
        try {
            return Json.standard().parse(Files.readString(vectors().resolve(relative)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
    }
}
