package org.microcred.examples;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.microcred.core.issue.Issuer;
import org.microcred.core.issue.OpenBadge;
import org.microcred.core.issue.Recipient;
import org.microcred.core.json.Json;
import org.microcred.core.keys.DidKey;
import org.microcred.core.keys.KeyType;
import org.microcred.core.keys.MicrocredKeyPair;
import org.microcred.core.keys.SignatureAlgorithm;
import org.microcred.core.keys.SigningKeys;
import org.microcred.core.model.Achievement;
import org.microcred.core.model.Criteria;
import org.microcred.core.model.Profile;
import org.microcred.core.proof.ProofSuites;

/** Writes a demo submissions folder for {@link AtsVerificationExample}. */
final class DemoSubmissions {

    private DemoSubmissions() {
    }

    /**
     * Writes {@code ada@example.org/} and {@code bob@example.org/} with a mix of badges.
     *
     * @param root the submissions folder
     * @return the issuer ids an employer would trust (the university, not the diploma mill)
     * @throws IOException if the files cannot be written
     */
    static Set<String> write(Path root) throws IOException {
        Issuer university = issuer("Example University");
        Issuer mill = issuer("Instant Diplomas Ltd");
        Issuer universityJwt = university.toBuilder().proofSuite(ProofSuites.vcJwt(SignatureAlgorithm.EdDSA)).build();

        Path ada = Files.createDirectories(root.resolve("ada@example.org"));
        Files.writeString(ada.resolve("data-literacy.json"), university.issue(badge("Data Literacy 101", "ada@example.org")).text());
        Files.writeString(ada.resolve("statistics.jwt"), universityJwt.issue(badge("Statistics I", "ada@example.org")).text());
        Files.writeString(ada.resolve("phd.json"), mill.issue(badge("PhD in Everything", "ada@example.org")).text());

        Path bob = Files.createDirectories(root.resolve("bob@example.org"));
        Files.writeString(bob.resolve("borrowed.json"), university.issue(badge("Data Literacy 101", "ada@example.org")).text());
        ObjectNode tampered = (ObjectNode) Json.standard().parse(
                university.issue(badge("Statistics I", "bob@example.org")).text());
        ((ObjectNode) tampered.get("credentialSubject").get("achievement")).put("name", "Statistics III");
        Files.writeString(bob.resolve("statistics.json"), Json.standard().write(tampered));
        return Set.of(university.profile().id().orElseThrow());
    }

    private static Issuer issuer(String name) {
        MicrocredKeyPair key = MicrocredKeyPair.generate(KeyType.ED25519);
        return Issuer.builder()
                .profile(Profile.builder().id(DidKey.of(key.publicKey()).did()).name(name).build())
                .signingKey(SigningKeys.didKey(key))
                .build();
    }

    private static OpenBadge badge(String name, String email) {
        return OpenBadge.builder()
                .achievement(Achievement.builder()
                        .id("https://lms.example.edu/courses/" + name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'))
                        .name(name)
                        .description(name + ", passed with distinction.")
                        .criteria(Criteria.builder().narrative("Complete the course.").build())
                        .build())
                .recipient(Recipient.email(email).hashed())
                .build();
    }
}
