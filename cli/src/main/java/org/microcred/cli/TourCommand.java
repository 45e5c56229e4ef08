package org.microcred.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import org.microcred.core.json.CredentialJson;
import org.microcred.core.jsonld.Canonicalizer;
import org.microcred.core.model.Achievement;
import org.microcred.core.model.AchievementCredential;
import org.microcred.core.model.AchievementSubject;
import org.microcred.core.model.AchievementType;
import org.microcred.core.model.Alignment;
import org.microcred.core.model.AlignmentTargetType;
import org.microcred.core.model.Criteria;
import org.microcred.core.model.IdentifierType;
import org.microcred.core.model.IdentityObject;
import org.microcred.core.model.Image;
import org.microcred.core.model.Profile;
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

        AchievementCredential badge = buildBadge();
        sceneBuild(badge);

        stdout.println();
        stdout.println("Done. Everything the tour made is in " + out.toAbsolutePath());
        return Main.OK;
    }

    /** The badge an LMS issues when a learner completes a course. */
    static AchievementCredential buildBadge() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Profile issuer = Profile.builder()
                .id("https://lms.example.edu/issuers/1")
                .name("Example University")
                .url("https://lms.example.edu")
                .build();
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
        return AchievementCredential.builder()
                .id("urn:uuid:" + java.util.UUID.randomUUID())
                .name("CPR Basic Life Support")
                .issuer(issuer)
                .validFrom(now)
                .credentialSubject(AchievementSubject.builder()
                        .addIdentifier(IdentityObject.hashed(IdentifierType.EMAIL_ADDRESS, "ada@example.org"))
                        .achievement(achievement)
                        .build())
                .build();
    }

    private void sceneBuild(AchievementCredential badge) throws IOException {
        heading("1. Build an Open Badges 3.0 credential (fluent, immutable model)");
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
