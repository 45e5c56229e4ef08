package org.microcred.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.microcred.verify.CheckResult;
import org.microcred.verify.KnownRecipient;
import org.microcred.verify.Outcome;
import org.microcred.verify.VerificationInput;
import org.microcred.verify.VerificationReport;
import org.microcred.verify.Verifier;
import org.microcred.verify.fetch.DocumentFetcher;
import org.microcred.verify.fetch.HttpsDocumentFetcher;
import org.microcred.verify.fetch.PreloadedDocumentFetcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code microcred verify}: verifies badges in any form (JSON, VC-JWT, baked PNG/SVG, CLR, OB 2.0)
 * and reports every check. Exit 0 when every input is valid, 1 when any is not, 2 on usage or
 * I/O errors.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Verify badges: JSON, VC-JWT, baked PNG/SVG, CLR 2.0, OB 2.0. A folder means every file in it.",
            "Exit 0 when every input is valid, 1 when any is not, 2 on usage or I/O errors."})
final class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "credential files or folders")
    List<Path> files;

    @Option(names = "--json", description = "one JSON object per input per line")
    boolean json;

    @Option(names = "--document", paramLabel = "URL=FILE",
            description = "preload a document (status list, DID document, JWKS, issuer profile, hosted assertion)")
    List<String> documents = new ArrayList<>();

    @Option(names = "--now", paramLabel = "INSTANT", description = "verify as of this instant (ISO 8601, e.g. 2026-01-01T00:00:00Z)")
    String now;

    @Option(names = "--trust", paramLabel = "ISSUER", description = "trusted issuer id (repeat); when given, other issuers fail")
    List<String> trusted = new ArrayList<>();

    @Option(names = "--recipient", paramLabel = "TYPE:VALUE", description = "the expected recipient, e.g. email:ada@example.org")
    String recipient;

    @Option(names = "--allow-network", description = "fetch what is not preloaded over HTTPS (public addresses only)")
    boolean allowNetwork;

    @Option(names = "--strict-status", description = "a status list that cannot be obtained fails instead of warns")
    boolean strictStatus;

    @Option(names = "--html", paramLabel = "OUT.html", description = "write a self-contained report page for people")
    Path html;

    @Option(names = "--time-limit", paramLabel = "DURATION",
            description = "wall-clock limit per input, e.g. 30s, 500ms, 2m or PT30S (default 30s); checks that"
                    + " could not run in time fail")
    String timeLimit;

    @Option(names = "--no-refresh", description = "never ask a credential's refresh service for a newer version")
    boolean noRefresh;

    @Override
    public Integer call() throws IOException {
        List<Path> inputs = expand(files);
        Verifier verifier = verifier();
        PrintWriter out = spec.commandLine().getOut();
        List<VerificationReport> reports = new ArrayList<>();
        boolean allValid = true;
        for (Path file : inputs) {
            VerificationReport report = verifier.verify(VerificationInput.of(file));
            reports.add(report);
            allValid &= report.isValid();
            if (json) {
                out.println(report.toJsonLine());
            } else {
                printSummary(out, file, report);
            }
        }
        if (html != null) {
            Files.writeString(html, VerificationReport.toHtmlPage(reports));
            spec.commandLine().getErr().println("Report written to " + html);
        }
        return allValid ? Main.OK : Main.INVALID;
    }

    private Verifier verifier() throws IOException {
        Verifier.Builder b = Verifier.builder().documentFetcher(fetcher()).strictStatus(strictStatus);
        if (now != null) {
            try {
                b.clock(Clock.fixed(Instant.parse(now), ZoneOffset.UTC));
            } catch (DateTimeParseException e) {
                throw new ParameterException(spec.commandLine(), "--now must be an ISO 8601 instant such as 2026-01-01T00:00:00Z, not '" + now + "'");
            }
        }
        if (!trusted.isEmpty()) {
            b.trustedIssuers(trusted);
        }
        if (timeLimit != null) {
            try {
                b.timeLimit(duration(timeLimit));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new ParameterException(spec.commandLine(), "--time-limit must be a duration between 1ms and 1 day"
                        + " such as 30s, 500ms, 2m or PT30S, not '" + timeLimit + "'");
            }
        }
        b.refresh(!noRefresh);
        if (recipient != null) {
            try {
                b.recipient(KnownRecipient.parse(recipient));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--recipient: " + e.getMessage());
            }
        }
        return b.build();
    }

    /** {@code 500ms}, {@code 30s}, {@code 2m}, or an ISO 8601 duration such as {@code PT30S}. */
    static Duration duration(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,9})(ms|s|m)").matcher(text);
        if (m.matches()) {
            long amount = Long.parseLong(m.group(1));
            switch (m.group(2)) {
                case "ms":
                    return Duration.ofMillis(amount);
                case "s":
                    return Duration.ofSeconds(amount);
                default:
                    return Duration.ofMinutes(amount);
            }
        }
        return Duration.parse(text);
    }

    private DocumentFetcher fetcher() throws IOException {
        PreloadedDocumentFetcher.Builder preloaded = PreloadedDocumentFetcher.builder();
        for (String doc : documents) {
            int eq = doc.indexOf('=');
            if (eq <= 0 || eq == doc.length() - 1) {
                throw new ParameterException(spec.commandLine(), "--document must be URL=FILE, not '" + doc + "'");
            }
            Path file = Path.of(doc.substring(eq + 1));
            if (!Files.isRegularFile(file)) {
                throw new ParameterException(spec.commandLine(), "--document " + doc + ": no such file " + file);
            }
            preloaded.addFile(doc.substring(0, eq), file, null);
        }
        DocumentFetcher fetcher = preloaded.build();
        return allowNetwork ? fetcher.orElse(HttpsDocumentFetcher.builder().allowAnyHost().build()) : fetcher;
    }

    private List<Path> expand(List<Path> given) throws IOException {
        List<Path> all = new ArrayList<>();
        for (Path p : given) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    all.addAll(s.filter(Files::isRegularFile).sorted().collect(Collectors.toList()));
                }
            } else if (Files.isRegularFile(p)) {
                all.add(p);
            } else {
                throw new ParameterException(spec.commandLine(), "no such file: " + p);
            }
        }
        return all;
    }

    static void printSummary(PrintWriter out, Path file, VerificationReport report) {
        var d = report.display();
        out.println((report.isValid() ? "VALID    " : "INVALID  ") + file + "  [" + report.format() + "]");
        d.name().ifPresent(n -> out.println("  badge:   " + n));
        d.issuerName().or(d::issuerId).ifPresent(i -> out.println("  issuer:  " + i));
        d.issuedOn().ifPresent(i -> out.println("  issued:  " + i));
        d.expires().ifPresent(i -> out.println("  expires: " + i + (d.expired() ? " (expired)" : "")));
        if (d.revoked()) {
            out.println("  REVOKED");
        }
        for (CheckResult c : report.checks()) {
            out.println("  " + mark(c.outcome()) + " " + pad(c.id()) + c.message());
        }
        out.println();
    }

    private static String mark(Outcome o) {
        switch (o) {
            case PASS:
                return "ok  ";
            case FAIL:
                return "FAIL";
            case WARN:
                return "warn";
            default:
                return "skip";
        }
    }

    private static String pad(String id) {
        return String.format("%-16s", id);
    }
}
