package org.microcred.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InputStream;
import java.time.Period;
import java.util.concurrent.Callable;
import org.microcred.core.bake.BadgeBaker;
import org.microcred.core.issue.Issuer;
import org.microcred.core.issue.OpenBadge;
import org.microcred.core.issue.Recipient;
import org.microcred.core.issue.SignedCredential;
import org.microcred.core.json.CredentialJson;
import org.microcred.core.json.Json;
import org.microcred.core.keys.DidKey;
import org.microcred.core.keys.KeyType;
import org.microcred.core.keys.MicrocredKeyPair;
import org.microcred.core.keys.SignatureAlgorithm;
import org.microcred.core.keys.SigningKeys;
import org.microcred.core.jsonld.Canonicalizer;
import org.microcred.core.model.Achievement;
import org.microcred.core.model.Credential;
import org.microcred.core.model.AchievementType;
import org.microcred.core.model.Alignment;
import org.microcred.core.model.AlignmentTargetType;
import org.microcred.core.model.Criteria;
import org.microcred.core.model.Image;
import org.microcred.core.model.Profile;
import org.microcred.core.proof.ProofSuites;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code microcred tour}: an end-to-end walk through what the SDK does, on embedded defaults and
 * with no network. Everything it makes is written into one folder, which it names.
 */
@Command(name = "tour", mixinStandardHelpOptions = true,
        description = {"Walk through the SDK end to end (offline). Writes what it makes into --out."})
final class TourCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", defaultValue = "microcred-tour",
            description = "folder for the files the tour makes (default: ${DEFAULT-VALUE})")
    Path out;

    private PrintWriter stdout;

    @Override
    public Integer call() throws IOException {
        stdout = spec.commandLine().getOut();
        Files.createDirectories(out);
        stdout.println("Microcred tour — files go to " + out.toAbsolutePath());
        stdout.println();

        MicrocredKeyPair key = MicrocredKeyPair.generate(KeyType.ED25519);
        String issuerId = DidKey.of(key.publicKey()).did();
        write("issuer-key.jwk", Json.standard().writePretty(key.toPrivateJwk()));
        Profile profile = Profile.builder().id(issuerId).name("Example University").url("https://lms.example.edu").build();
        Issuer dataIntegrity = Issuer.builder().profile(profile).signingKey(SigningKeys.didKey(key))
                .proofSuite(ProofSuites.eddsaRdfc2022()).build();
        Issuer jwt = dataIntegrity.toBuilder().proofSuite(ProofSuites.vcJwt(SignatureAlgorithm.EdDSA)).build();

        Credential badge = dataIntegrity.prepare(courseBadge("ada@example.org"));
        sceneBuild(badge, issuerId);
        sceneIssue(dataIntegrity, jwt, badge);

        heading("4. An applicant-tracking system verifies what a candidate hands in (offline)");
        new AtsScene(out, stdout).run(dataIntegrity, jwt, "ada@example.org", resource("sample-badge.png"));

        stdout.println();
        stdout.println("Done. Everything the tour made is in " + out.toAbsolutePath());
        return Main.OK;
    }

    /** The badge an LMS issues when a learner completes a course. */
    static OpenBadge courseBadge(String learnerEmail) {
        Achievement achievement = Achievement.builder()
                .id("https://lms.example.edu/achievements/cpr-basic")
                .achievementType(AchievementType.BADGE)
                .name("CPR Basic Life Support")
                .description("Performs adult, child and infant CPR and uses an AED.")
                .criteria(Criteria.builder()
                        .narrative("Pass the practical assessment and the written test (80% or more).")
                        .build())
                .image(Image.builder().id("https://lms.example.edu/badges/cpr-basic.png").caption("CPR badge").build())
                .addAlignment(Alignment.builder()
                        .targetName("Basic Life Support")
                        .targetUrl("https://credentialengineregistry.org/resources/ce-bls")
                        .targetType(AlignmentTargetType.CTDL)
                        .build())
                .addTag("first-aid")
                .build();
        return OpenBadge.builder()
                .achievement(achievement)
                .recipient(Recipient.email(learnerEmail).hashed())
                .validFor(Period.ofYears(2))
                .build();
    }

    private void sceneBuild(Credential badge, String issuerId) throws IOException {
        heading("1. Build an Open Badges 3.0 credential (fluent, immutable model)");
        stdout.println("Issuer: " + issuerId + " (a did:key made from a fresh Ed25519 key, saved as issuer-key.jwk)");
        String json = CredentialJson.writePretty(badge);
        Path jsonFile = write("1-badge-unsigned.json", json);
        stdout.println(json);
        stdout.println("-> " + jsonFile);
        stdout.println();

        heading("2. Its canonical form (JSON-LD -> RDF -> RDFC-1.0 N-Quads, offline contexts)");
        String nquads = Canonicalizer.standard().canonicalize(CredentialJson.write(badge));
        Path nqFile = write("1-badge-unsigned.nq", nquads);
        stdout.print(nquads);
        stdout.println("-> " + nqFile);
        stdout.println();
    }

    private void sceneIssue(Issuer dataIntegrity, Issuer jwt, Credential badge) throws IOException {
        heading("3. Issue it, signed two ways (the JSON above plus a proof, or as a VC-JWT), and bake it");
        SignedCredential di = dataIntegrity.issue(badge);
        Path diFile = write("2-badge-data-integrity.json", di.text());
        stdout.println("Data Integrity (" + di.suite() + "): " + di.id());
        stdout.println("  proof: " + di.json().orElseThrow().get("proof").toString());
        stdout.println("  -> " + diFile);

        SignedCredential token = jwt.issue(badge);
        Path jwtFile = write("2-badge.jwt", token.text());
        stdout.println("VC-JWT (EdDSA): " + token.text().substring(0, 60) + "…");
        stdout.println("  -> " + jwtFile);

        BadgeBaker baker = BadgeBaker.standard();
        Path png = out.resolve("2-badge-baked.png");
        Files.write(png, baker.bake(resource("sample-badge.png"), di.text()));
        Path svg = out.resolve("2-badge-baked.svg");
        Files.write(svg, baker.bake(resource("sample-badge.svg"), token.text()));
        stdout.println("Baked: " + png + " (iTXt openbadgecredential, the JSON), " + svg + " (the JWT)");
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = TourCommand.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is missing from the command line's resources");
            }
            return in.readAllBytes();
        }
    }

    private void heading(String title) {
        stdout.println("== " + title);
    }

    private Path write(String name, String text) throws IOException {
        Path file = out.resolve(name);
        Files.writeString(file, text.endsWith("\n") ? text : text + "\n", StandardCharsets.UTF_8);
        return file;
    }
}
