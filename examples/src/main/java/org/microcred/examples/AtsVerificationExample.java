package org.microcred.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.microcred.verify.KnownRecipient;
import org.microcred.verify.VerificationInput;
import org.microcred.verify.VerificationReport;
import org.microcred.verify.Verifier;
import org.microcred.verify.fetch.DocumentFetcher;

/**
 * What an applicant-tracking system does: candidates upload badges (JSON, JWT, baked images,
 * OB 2.0 assertions); verify them all in one batch with a trust policy and the candidate's e-mail
 * as the expected recipient, and print a per-candidate summary for the recruiter.
 *
 * <p>Folder layout: {@code submissions/<candidate e-mail>/<any badge files>}.
 */
public final class AtsVerificationExample {

    /** One line per badge for the recruiter. */
    public record Finding(String candidate, String file, boolean accepted, String badge, String issuer, String why) {
    }

    private final Set<String> trustedIssuers;
    private final DocumentFetcher documents;

    /**
     * @param trustedIssuers issuer ids the employer accepts
     * @param documents preloaded status lists, DID documents and hosted assertions (or an opt-in
     *     HTTPS fetcher); verification never touches the network otherwise
     */
    public AtsVerificationExample(Set<String> trustedIssuers, DocumentFetcher documents) {
        this.trustedIssuers = Set.copyOf(trustedIssuers);
        this.documents = documents;
    }

    /**
     * Verifies every candidate's submissions.
     *
     * @param submissions the folder of candidate folders
     * @return the findings, grouped by candidate in folder order
     * @throws IOException if the folders cannot be read
     */
    public Map<String, List<Finding>> review(Path submissions) throws IOException {
        Map<String, List<Finding>> byCandidate = new LinkedHashMap<>();
        List<Path> candidates;
        try (Stream<Path> s = Files.list(submissions)) {
            candidates = s.filter(Files::isDirectory).sorted().toList();
        }
        for (Path candidateDir : candidates) {
            String email = candidateDir.getFileName().toString();
            // One verifier per candidate: the expected recipient is the candidate's own e-mail.
            Verifier verifier = Verifier.builder()
                    .trustedIssuers(trustedIssuers)
                    .documentFetcher(documents)
                    .recipient(KnownRecipient.email(email))
                    .build();
            List<VerificationInput> inputs;
            try (Stream<Path> s = Files.list(candidateDir)) {
                inputs = s.filter(Files::isRegularFile).sorted().map(VerificationInput::of).toList();
            }
            List<Finding> findings = new ArrayList<>();
            verifier.verifyAll(inputs).forEach(report -> findings.add(finding(email, report)));
            byCandidate.put(email, findings);
        }
        return byCandidate;
    }

    private static Finding finding(String candidate, VerificationReport report) {
        var d = report.display();
        String why = report.isValid() ? "genuine, current, issued to the candidate"
                : report.failures().get(0).id() + ": " + report.failures().get(0).message();
        return new Finding(candidate, Path.of(report.inputId().orElse("?")).getFileName().toString(), report.isValid(),
                d.name().orElse("(unnamed)"), d.issuerName().or(d::issuerId).orElse("(unknown issuer)"), why);
    }

    /**
     * Prints the summary.
     *
     * @param findings the findings per candidate
     */
    public static void print(Map<String, List<Finding>> findings) {
        findings.forEach((candidate, list) -> {
            long accepted = list.stream().filter(Finding::accepted).count();
            System.out.println(candidate + ": " + accepted + " of " + list.size() + " badges accepted");
            for (Finding f : list) {
                System.out.println("  " + (f.accepted() ? "[accepted] " : "[rejected] ") + f.badge() + " — " + f.issuer()
                        + " (" + f.file() + ")" + (f.accepted() ? "" : "\n      " + f.why()));
            }
        });
    }

    /**
     * Reviews {@code submissions/<candidate e-mail>/…}. With no argument, first writes a demo
     * folder: two candidates, badges from a trusted and an untrusted issuer, one badge issued to
     * someone else, one tampered.
     *
     * @param args the submissions folder (optional)
     * @throws IOException if the folders cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        Path submissions;
        Set<String> trusted;
        if (args.length > 0) {
            submissions = Path.of(args[0]);
            trusted = Set.of(args).stream().skip(1).collect(java.util.stream.Collectors.toSet());
        } else {
            submissions = Files.createTempDirectory("ats-submissions");
            trusted = DemoSubmissions.write(submissions);
            System.out.println("Demo submissions written to " + submissions + "; trusted issuers: " + trusted);
        }
        print(new AtsVerificationExample(trusted, DocumentFetcher.none()).review(submissions));
    }
}
