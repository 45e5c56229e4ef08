package org.microcred.benchmarks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.microcred.core.issue.IdStrategy;
import org.microcred.core.issue.Issuer;
import org.microcred.core.issue.OpenBadge;
import org.microcred.core.issue.Recipient;
import org.microcred.core.json.CredentialJson;
import org.microcred.core.keys.DidJwk;
import org.microcred.core.keys.DidKey;
import org.microcred.core.keys.KeyType;
import org.microcred.core.keys.MicrocredKeyPair;
import org.microcred.core.keys.SignatureAlgorithm;
import org.microcred.core.keys.SigningKey;
import org.microcred.core.keys.SigningKeys;
import org.microcred.core.model.Achievement;
import org.microcred.core.model.AchievementType;
import org.microcred.core.model.Alignment;
import org.microcred.core.model.AlignmentTargetType;
import org.microcred.core.model.Criteria;
import org.microcred.core.model.Image;
import org.microcred.core.model.Profile;
import org.microcred.core.proof.KeyResolver;
import org.microcred.core.proof.ProofSuite;

/**
 * The shared fixture: a typical Open Badges 3.0 credential (about 3 KB of JSON: an issuer profile
 * with image, an achievement with criteria, image and a skill alignment, a hashed e-mail
 * recipient, the OB 3.0 credential schema), built once through our {@link Issuer#prepare} and then
 * handed as the same JSON to every contender.
 *
 * <p>{@link #VARIANTS} copies differ in their credential id and recipient salt; benchmarks cycle
 * through them so no contender can profit from having seen the exact document before (only the
 * contexts and the proof configuration shape repeat, as they do in real issuance).
 */
final class Fixtures {

    /** How many distinct credentials a benchmark cycles through. */
    static final int VARIANTS = 16;

    /** The issuance time written into every credential and proof (whole seconds). */
    static final Instant NOW = Instant.parse("2026-11-02T09:30:00Z");

    /** A fixed clock at {@link #NOW}. */
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    /** Resolves did:key and did:jwk verification methods offline (both contenders decode the DID each time). */
    static final KeyResolver RESOLVER = KeyResolver.local();

    private Fixtures() {
    }

    /** @return a fresh Ed25519 key pair from a random seed, with the seed kept (Iron needs the raw seed) */
    static Ed25519Keys ed25519() {
        byte[] seed = new byte[32];
        new SecureRandom().nextBytes(seed);
        return new Ed25519Keys(seed, MicrocredKeyPair.ed25519FromSeed(seed));
    }

    /** An Ed25519 key pair with its 32-byte seed. */
    record Ed25519Keys(byte[] seed, MicrocredKeyPair pair) {
        /** @return the did:key verification method of the key */
        String verificationMethod() {
            return DidKey.of(pair.publicKey()).verificationMethodId();
        }

        /** @return the did:key DID of the key */
        String did() {
            return DidKey.of(pair.publicKey()).did();
        }

        /** @return a signing key bound to the did:key verification method */
        SigningKey signingKey() {
            return SigningKeys.ed25519(pair, verificationMethod());
        }
    }

    /**
     * @param algorithm a JOSE algorithm
     * @return a fresh key pair of the type the algorithm needs (RSA 2048 for RS256 / PS256)
     */
    static MicrocredKeyPair keyPairFor(SignatureAlgorithm algorithm) {
        switch (algorithm) {
            case EdDSA:
                return ed25519().pair();
            case ES256:
                return MicrocredKeyPair.generate(KeyType.P256);
            default:
                return MicrocredKeyPair.generateRsa(2048);
        }
    }

    /**
     * @param pair a key pair
     * @param algorithm the algorithm to sign with
     * @return a signing key bound to a did:key (Ed25519, P-256) or did:jwk (RSA) verification method
     */
    static SigningKey signingKey(MicrocredKeyPair pair, SignatureAlgorithm algorithm) {
        return pair.keyType() == KeyType.RSA ? SigningKeys.didJwk(pair, algorithm)
                : SigningKeys.of(pair, algorithm, DidKey.of(pair.publicKey()).verificationMethodId());
    }

    /** @return the DID that controls the key: did:key for Ed25519 / P-256, did:jwk for RSA */
    static String did(MicrocredKeyPair pair) {
        return pair.keyType() == KeyType.RSA ? DidJwk.of(pair.publicKey()).did() : DidKey.of(pair.publicKey()).did();
    }

    /**
     * @param did the issuer's DID (the profile id)
     * @return a typical issuer profile
     */
    static Profile profile(String did) {
        return Profile.builder()
                .id(did)
                .name("Example Institute of Technology")
                .url("https://www.example.edu")
                .email("registrar@example.edu")
                .description("A public research university issuing micro-credentials for its continuing education programmes.")
                .image(Image.builder().id("https://www.example.edu/logo.png").type("Image")
                        .caption("Example Institute of Technology logo").build())
                .build();
    }

    /** @return a typical achievement: criteria, image, one skill alignment, tags */
    static Achievement achievement() {
        return Achievement.builder()
                .id("https://www.example.edu/achievements/data-analysis-with-python")
                .achievementType(AchievementType.CERTIFICATE)
                .name("Data Analysis with Python")
                .description("Awarded for completing the 40-hour Data Analysis with Python course: data cleaning, "
                        + "exploratory analysis, visualisation and basic statistical modelling with pandas and matplotlib.")
                .criteria(Criteria.builder().id("https://www.example.edu/achievements/data-analysis-with-python/criteria")
                        .narrative("The learner completed all eight course modules, passed each module quiz with at "
                                + "least 80 %, and submitted a capstone analysis of a public data set that was "
                                + "reviewed and accepted by two instructors.")
                        .build())
                .image(Image.builder().id("https://www.example.edu/achievements/data-analysis-with-python/badge.png")
                        .type("Image").caption("Data Analysis with Python badge").build())
                .addAlignment(Alignment.builder()
                        .targetName("Analyse data with programming tools")
                        .targetUrl("https://esco.example.org/skill/analyse-data-with-programming-tools")
                        .targetDescription("Use a programming language and its libraries to clean, explore, "
                                + "model and visualise data sets.")
                        .targetFramework("ESCO")
                        .targetCode("S5.6.1")
                        .targetType(AlignmentTargetType.CF_ITEM)
                        .build())
                .addTag("data analysis")
                .addTag("python")
                .fieldOfStudy("Data Science")
                .inLanguage("en")
                .humanCode("DAP-101")
                .build();
    }

    /**
     * @param index which learner
     * @return a badge for learner {@code index}: hashed e-mail recipient, two years' validity
     */
    static OpenBadge badge(int index) {
        return OpenBadge.builder()
                .achievement(achievement())
                .recipient(Recipient.email("learner" + index + "@example.org").hashed("salt-" + index))
                .validFor(Period.ofYears(2))
                .build();
    }

    /** A deterministic id strategy: {@code urn:uuid:…} ids from a counter. */
    static IdStrategy ids() {
        AtomicLong next = new AtomicLong();
        return draft -> String.format("urn:uuid:6f1c9a2e-0b7d-4c11-9d52-%012d", next.incrementAndGet());
    }

    /**
     * @param issuerDid the issuer's DID
     * @param key the key (bound to that DID)
     * @param suite the suite
     * @return an issuer for the fixture profile with the fixed clock and counter ids
     */
    static Issuer issuer(String issuerDid, SigningKey key, ProofSuite suite) {
        return Issuer.builder().profile(profile(issuerDid)).signingKey(key).proofSuite(suite).clock(CLOCK)
                .idStrategy(ids()).build();
    }

    /**
     * The unsigned credentials every contender signs: {@link #VARIANTS} completed, unsigned
     * {@code OpenBadgeCredential}s as JSON.
     *
     * @param issuer an issuer (only its completion of the draft is used, nothing is signed)
     * @return the credentials
     */
    static List<ObjectNode> unsignedCredentials(Issuer issuer) {
        List<ObjectNode> out = new ArrayList<>();
        for (int i = 0; i < VARIANTS; i++) {
            out.add(CredentialJson.write(issuer.prepare(badge(i))));
        }
        return out;
    }
}
