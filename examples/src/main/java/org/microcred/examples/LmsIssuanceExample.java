package org.microcred.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import org.microcred.core.bake.BadgeBaker;
import org.microcred.core.issue.Issuer;
import org.microcred.core.issue.OpenBadge;
import org.microcred.core.issue.Recipient;
import org.microcred.core.issue.SignedCredential;
import org.microcred.core.keys.DidKey;
import org.microcred.core.keys.KeyType;
import org.microcred.core.keys.MicrocredKeyPair;
import org.microcred.core.keys.SigningKeys;
import org.microcred.core.model.Achievement;
import org.microcred.core.model.AchievementType;
import org.microcred.core.model.Criteria;
import org.microcred.core.model.Image;
import org.microcred.core.model.Profile;
import org.microcred.core.proof.ProofSuites;

/**
 * What an LMS does: configure an {@link Issuer} once, then issue an Open Badges 3.0 credential
 * every time a learner completes a course, bake it into the badge image and store both.
 *
 * <p>Run it with a folder: {@code LmsIssuanceExample /tmp/lms}. The first run creates the
 * issuer's Ed25519 key ({@code issuer-key.jwk}); later runs reuse it, as a real LMS would keep
 * its key in a vault or KMS (any {@link org.microcred.core.keys.SigningKey} works).
 */
public final class LmsIssuanceExample {

    private final Issuer issuer;
    private final Achievement course;
    private final Path store;

    /**
     * Configures the issuer once: profile, key, proof suite.
     *
     * @param store the folder for the key and the issued badges
     * @throws IOException if the folder cannot be used
     */
    public LmsIssuanceExample(Path store) throws IOException {
        this.store = Files.createDirectories(store);
        MicrocredKeyPair key = loadOrCreateKey(store.resolve("issuer-key.jwk"));
        // A did:key issuer binds the key to the issuer with no hosting; a did:web or https
        // issuer id works the same way with SigningKeys.ed25519(key, "<issuer id>#key-1").
        String issuerId = DidKey.of(key.publicKey()).did();
        this.issuer = Issuer.builder()
                .profile(Profile.builder().id(issuerId).name("Example University").url("https://lms.example.edu").build())
                .signingKey(SigningKeys.didKey(key))
                .proofSuite(ProofSuites.eddsaRdfc2022())
                .build();
        this.course = Achievement.builder()
                .id("https://lms.example.edu/courses/data-literacy-101")
                .achievementType(AchievementType.BADGE)
                .name("Data Literacy 101")
                .description("Reads, questions and presents data responsibly.")
                .criteria(Criteria.builder().narrative("Complete all six modules and pass the final quiz.").build())
                .image(Image.builder().id("https://lms.example.edu/badges/data-literacy-101.png").build())
                .build();
    }

    /**
     * Called by the LMS when a learner completes the course: issues, bakes and stores the badge.
     *
     * @param learnerEmail the learner's e-mail (stored only as a salted hash in the badge)
     * @param learnerId a stable id for file names
     * @return the signed badge
     * @throws IOException if the badge cannot be stored
     */
    public SignedCredential onCourseCompleted(String learnerEmail, String learnerId) throws IOException {
        SignedCredential badge = issuer.issue(OpenBadge.builder()
                .achievement(course)
                .recipient(Recipient.email(learnerEmail).hashed())
                .validFor(Period.ofYears(3))
                .build());
        Files.writeString(store.resolve(learnerId + ".json"), badge.text());
        Files.write(store.resolve(learnerId + ".png"), BadgeBaker.standard().bake(badgeImage(), badge.text()));
        return badge;
    }

    private static MicrocredKeyPair loadOrCreateKey(Path file) throws IOException {
        if (Files.exists(file)) {
            return MicrocredKeyPair.fromJwk(Files.readString(file));
        }
        MicrocredKeyPair key = MicrocredKeyPair.generate(KeyType.ED25519);
        Files.writeString(file, key.toPrivateJwk().toString());
        return key;
    }

    private static byte[] badgeImage() throws IOException {
        try (InputStream in = LmsIssuanceExample.class.getResourceAsStream("badge.png")) {
            if (in == null) {
                throw new IOException("badge.png is missing from the examples' resources");
            }
            return in.readAllBytes();
        }
    }

    /**
     * Issues badges for two learners into the folder given as the first argument.
     *
     * @param args the output folder (default {@code lms-badges})
     * @throws IOException if the folder cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path store = Path.of(args.length > 0 ? args[0] : "lms-badges");
        LmsIssuanceExample lms = new LmsIssuanceExample(store);
        for (String[] learner : new String[][] {{"ada@example.org", "ada"}, {"grace@example.org", "grace"}}) {
            SignedCredential badge = lms.onCourseCompleted(learner[0], learner[1]);
            System.out.println("Issued " + badge.id() + " to " + learner[1] + " -> "
                    + store.resolve(learner[1] + ".json") + ", " + store.resolve(learner[1] + ".png"));
        }
    }
}
