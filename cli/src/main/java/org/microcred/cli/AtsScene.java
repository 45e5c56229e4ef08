package org.microcred.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import org.microcred.core.bake.BadgeBaker;
import org.microcred.core.issue.Issuer;
import org.microcred.core.issue.OpenBadge;
import org.microcred.core.issue.SignedCredential;
import org.microcred.core.json.CredentialJson;
import org.microcred.core.json.Json;
import org.microcred.core.model.CredentialStatus;
import org.microcred.core.model.IdentityHash;
import org.microcred.core.status.BitstringStatusList;
import org.microcred.core.status.BitstringStatusListCredential;
import org.microcred.verify.KnownRecipient;
import org.microcred.verify.VerificationInput;
import org.microcred.verify.VerificationReport;
import org.microcred.verify.Verifier;
import org.microcred.verify.fetch.PreloadedDocumentFetcher;

/**
 * The tour's applicant-tracking scene: a candidate hands in a folder of badges in every form —
 * valid, expired, revoked, tampered, legacy OB 2.0 — and the verifier says which are genuine,
 * offline, with the documents it needs preloaded, and writes the report a recruiter reads.
 */
final class AtsScene {

    static final String STATUS_LIST_URL = "https://lms.example.edu/status/1";
    static final String LEGACY = "https://legacy.example.org";

    private final Path dir;
    private final PrintWriter out;
    private final PreloadedDocumentFetcher.Builder documents = PreloadedDocumentFetcher.builder();

    AtsScene(Path dir, PrintWriter out) {
        this.dir = dir;
        this.out = out;
    }

    /** Makes the candidate's folder, verifies it and writes the HTML report; returns the reports. */
    List<VerificationReport> run(Issuer issuer, Issuer jwtIssuer, String learnerEmail, byte[] badgeImage)
            throws IOException {
        Path folder = Files.createDirectories(dir.resolve("3-candidate-badges"));
        String issuerId = issuer.profile().id().orElseThrow();

        // The LMS keeps a status list; badge 7 on it gets revoked.
        BitstringStatusListCredential list = BitstringStatusListCredential.builder()
                .id(STATUS_LIST_URL).issuer(issuerId).statusPurpose("revocation")
                .list(BitstringStatusList.create(BitstringStatusList.MINIMUM_ENTRIES).withStatus(7, 1)).build();
        SignedCredential signedList = issuer.issue(CredentialJson.read(list.toJson()));
        Path listFile = write(dir.resolve("3-status-list.json"), signedList.text());
        documents.add(STATUS_LIST_URL, signedList.bytes());

        OpenBadge badge = TourCommand.courseBadge(learnerEmail);
        SignedCredential valid = issuer.issue(badge);
        write(folder.resolve("a-valid-badge.json"), valid.text());
        write(folder.resolve("b-valid-badge.jwt"), jwtIssuer.issue(badge).text());
        Files.write(folder.resolve("c-valid-badge-baked.png"), BadgeBaker.standard().bake(badgeImage, valid.text()));

        Issuer threeYearsAgo = issuer.toBuilder()
                .clock(Clock.offset(Clock.systemUTC(), java.time.Duration.ofDays(-3 * 365))).build();
        write(folder.resolve("d-expired-badge.json"),
                threeYearsAgo.issue(badge.toBuilder().validFor(Period.ofYears(1)).build()).text());

        CredentialStatus entry = CredentialJson.readValue(list.entry(7).toJson(), CredentialStatus.class);
        write(folder.resolve("e-revoked-badge.json"), issuer.issue(badge.toBuilder().credentialStatus(entry).build()).text());

        ObjectNode tampered = (ObjectNode) Json.standard().parse(valid.text());
        ((ObjectNode) tampered.get("credentialSubject").get("achievement")).put("name", "Advanced Cardiac Life Support");
        write(folder.resolve("f-tampered-badge.json"), Json.standard().write(tampered));

        write(folder.resolve("g-legacy-ob2-badge.json"), legacyHostedBadge(learnerEmail));

        Verifier verifier = Verifier.builder()
                .documentFetcher(documents.build())
                .recipient(KnownRecipient.email(learnerEmail))
                .build();
        List<VerificationReport> reports;
        try (var files = Files.list(folder)) {
            reports = verifier.verifyAll(files.sorted().map(VerificationInput::of).toList()).toList();
        }
        for (VerificationReport report : reports) {
            out.printf("  %-8s %-28s %-12s %s%n", report.isValid() ? "VALID" : "INVALID",
                    Path.of(report.inputId().orElse("?")).getFileName(), report.format(), reason(report));
        }
        Path html = write(dir.resolve("3-report.html"), VerificationReport.toHtmlPage(reports));
        out.println("  (status list " + STATUS_LIST_URL + " preloaded from " + listFile + ", OB 2.0 documents preloaded too;"
                + " expected recipient " + learnerEmail + ")");
        out.println("  -> " + html);
        return reports;
    }

    private static String reason(VerificationReport report) {
        if (report.isValid()) {
            return report.display().name().orElse("");
        }
        return report.failures().get(0).id() + ": " + report.failures().get(0).message();
    }

    /** An Open Badges 2.0 hosted assertion, with its badge class and issuer preloaded. */
    private String legacyHostedBadge(String learnerEmail) {
        Json json = Json.standard();
        String salt = "deadsea";
        ObjectNode issuerProfile = json.mapper().createObjectNode()
                .put("@context", "https://w3id.org/openbadges/v2").put("type", "Issuer").put("id", LEGACY + "/issuer")
                .put("name", "Legacy Academy").put("url", LEGACY).put("email", "badges@legacy.example.org");
        ObjectNode badgeClass = json.mapper().createObjectNode()
                .put("@context", "https://w3id.org/openbadges/v2").put("type", "BadgeClass").put("id", LEGACY + "/badges/first-aid")
                .put("name", "First Aid at Work").put("description", "Gives first aid in the workplace.")
                .put("image", LEGACY + "/badges/first-aid.png").put("issuer", LEGACY + "/issuer");
        badgeClass.putObject("criteria").put("narrative", "Attend the two-day course and pass the assessment.");
        ObjectNode assertion = json.mapper().createObjectNode()
                .put("@context", "https://w3id.org/openbadges/v2").put("type", "Assertion").put("id", LEGACY + "/assertions/1234")
                .put("badge", LEGACY + "/badges/first-aid").put("issuedOn", "2019-05-01T09:00:00Z");
        assertion.putObject("recipient").put("type", "email").put("hashed", true).put("salt", salt)
                .put("identity", IdentityHash.sha256(learnerEmail, salt));
        assertion.putObject("verification").put("type", "hosted");
        documents.add(LEGACY + "/issuer", json.write(issuerProfile).getBytes(StandardCharsets.UTF_8));
        documents.add(LEGACY + "/badges/first-aid", json.write(badgeClass).getBytes(StandardCharsets.UTF_8));
        documents.add(LEGACY + "/assertions/1234", json.write(assertion).getBytes(StandardCharsets.UTF_8));
        return json.writePretty(assertion);
    }

    private static Path write(Path file, String text) throws IOException {
        Files.writeString(file, text.endsWith("\n") ? text : text + "\n", StandardCharsets.UTF_8);
        return file;
    }
}
