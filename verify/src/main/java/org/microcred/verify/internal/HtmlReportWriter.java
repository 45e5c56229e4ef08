package org.microcred.verify.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.microcred.verify.CheckResult;
import org.microcred.verify.DisplayFields;
import org.microcred.verify.Outcome;
import org.microcred.verify.VerificationReport;

/**
 * Renders a {@link VerificationReport} as a self-contained HTML page for a recruiter. Everything
 * taken from the credential is attacker-controlled: it is HTML-escaped, images are shown only
 * when they are {@code data:} URIs of raster/SVG types (so no request leaves the page), and the
 * page carries a Content-Security-Policy that forbids scripts and external loads.
 */
public final class HtmlReportWriter {

    private static final Pattern SAFE_DATA_IMAGE = Pattern.compile(
            "^data:image/(png|jpeg|gif|webp|svg\\+xml);base64,[A-Za-z0-9+/=\\s]+$");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final int MAX_NESTING = 4;

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:52rem;\
            color:#1d2433;padding:0 1rem;line-height:1.45}
            .verdict{padding:.8rem 1rem;border-radius:.4rem;font-weight:600;font-size:1.2rem}
            .valid{background:#e3f4e8;color:#14532d;border:1px solid #86c79a}
            .invalid{background:#fde8e8;color:#7f1d1d;border:1px solid #f19999}
            .badge{display:flex;gap:1.2rem;align-items:flex-start;margin:1.2rem 0}
            .badge img{width:120px;height:120px;object-fit:contain;border:1px solid #dde;border-radius:.4rem}
            dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0}
            dt{font-weight:600;color:#4b5563}dd{margin:0;overflow-wrap:anywhere}
            table{border-collapse:collapse;width:100%;margin-top:1rem}
            th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #e5e7eb;vertical-align:top;\
            overflow-wrap:anywhere}
            .mark{font-weight:700;white-space:nowrap}
            .PASS .mark{color:#15803d}.FAIL .mark{color:#b91c1c}.WARN .mark{color:#b45309}.SKIP .mark{color:#6b7280}
            .ptr{font-family:ui-monospace,monospace;font-size:.85em;color:#6b7280}
            section.nested{margin-left:1rem;padding-left:1rem;border-left:3px solid #e5e7eb}
            .flag{display:inline-block;padding:.05rem .45rem;border-radius:.3rem;background:#fde8e8;color:#7f1d1d;\
            font-size:.85em;margin-right:.3rem}
            """;

    private HtmlReportWriter() {
    }

    /**
     * @param report the report
     * @return the HTML document
     */
    public static String write(VerificationReport report) {
        StringBuilder sb = new StringBuilder(4096);
        head(sb, title(report));
        body(sb, report, 0);
        foot(sb);
        return sb.toString();
    }

    /**
     * One page for several inputs: a summary table (one row per input, linking to its section),
     * then each report as {@link #write(VerificationReport)} shows it.
     *
     * @param reports the reports, in the order to show
     * @return the HTML document
     */
    public static String write(java.util.List<VerificationReport> reports) {
        StringBuilder sb = new StringBuilder(4096 * (reports.size() + 1));
        long valid = reports.stream().filter(VerificationReport::isValid).count();
        head(sb, valid + " of " + reports.size() + " credentials valid");
        sb.append("<h1>").append(valid).append(" of ").append(reports.size()).append(" credentials valid</h1>\n");
        sb.append("<table><thead><tr><th>Input</th><th>Result</th><th style=\"min-width:10em\">Badge</th>"
                + "<th style=\"min-width:8em\">Issuer</th><th>Why not valid</th></tr></thead><tbody>\n");
        for (int i = 0; i < reports.size(); i++) {
            VerificationReport r = reports.get(i);
            DisplayFields d = r.display();
            String why = r.isValid() ? "" : r.failures().isEmpty() ? "" : r.failures().get(0).id() + ": " + r.failures().get(0).message();
            sb.append("<tr class=\"").append(r.isValid() ? "PASS" : "FAIL").append("\"><td style=\"white-space:nowrap\"><a href=\"#r").append(i).append("\">")
                    .append(escape(r.inputId().map(HtmlReportWriter::fileName).orElse("input " + (i + 1))))
                    .append("</a></td><td class=\"mark\">")
                    .append(r.isValid() ? mark(Outcome.PASS) : mark(Outcome.FAIL)).append("</td><td>")
                    .append(escape(d.name().orElse(""))).append("</td><td>")
                    .append(escape(d.issuerName().or(d::issuerId).orElse(""))).append("</td><td>")
                    .append(escape(why)).append("</td></tr>\n");
        }
        sb.append("</tbody></table>\n");
        for (int i = 0; i < reports.size(); i++) {
            sb.append("<section id=\"r").append(i).append("\" class=\"nested\">\n");
            body(sb, reports.get(i), 0);
            sb.append("</section>\n");
        }
        foot(sb);
        return sb.toString();
    }

    /** The last segment of a path or URL: the summary names files; each section shows the whole id. */
    private static String fileName(String id) {
        int slash = Math.max(id.lastIndexOf('/'), id.lastIndexOf('\\'));
        return slash >= 0 && slash < id.length() - 1 ? id.substring(slash + 1) : id;
    }

    private static void head(StringBuilder sb, String title) {
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        + "img-src data:; style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>")
                .append(CSS).append("</style>\n</head>\n<body>\n");
    }

    private static void foot(StringBuilder sb) {
        sb.append("<footer><p class=\"ptr\">Verified by Microcred. Values shown are those in the credential.</p></footer>\n");
        sb.append("</body>\n</html>\n");
    }

    private static String title(VerificationReport report) {
        return (report.isValid() ? "Valid: " : "Not valid: ") + report.display().name().orElse("credential");
    }

    private static void body(StringBuilder sb, VerificationReport report, int depth) {
        DisplayFields d = report.display();
        String h = depth == 0 ? "h1" : "h3";
        sb.append("<div class=\"verdict ").append(report.isValid() ? "valid" : "invalid").append("\">")
                .append(report.isValid() ? "&#10004; Valid" : "&#10008; Not valid")
                .append(" &mdash; ").append(escape(label(report))).append("</div>\n");
        sb.append("<div class=\"badge\">");
        imageSource(report).ifPresent(src -> sb.append("<img alt=\"Badge image\" src=\"").append(escape(src)).append("\">"));
        sb.append("<div><").append(h).append('>').append(escape(d.name().orElse("(no name)"))).append("</").append(h).append(">\n");
        if (d.expired() || d.revoked() || d.suspended() || d.notYetValid()) {
            sb.append("<p>");
            if (d.revoked()) {
                sb.append("<span class=\"flag\">Revoked</span>");
            }
            if (d.suspended()) {
                sb.append("<span class=\"flag\">Suspended</span>");
            }
            if (d.expired()) {
                sb.append("<span class=\"flag\">Expired</span>");
            }
            if (d.notYetValid()) {
                sb.append("<span class=\"flag\">Not yet valid</span>");
            }
            sb.append("</p>\n");
        }
        d.description().ifPresent(desc -> sb.append("<p>").append(escape(desc)).append("</p>\n"));
        sb.append("<dl>\n");
        row(sb, "Issuer", d.issuerName().or(d::issuerId));
        if (d.issuerName().isPresent()) {
            row(sb, "Issuer id", d.issuerId());
        }
        row(sb, "Type", d.achievementType());
        row(sb, "Recipient", d.subjectId());
        row(sb, "Issued on", d.issuedOn().map(HtmlReportWriter::date));
        row(sb, "Awarded on", d.awardedOn().map(HtmlReportWriter::date));
        row(sb, "Expires", d.expires().map(HtmlReportWriter::date));
        row(sb, "Verified with", report.verificationMethod());
        row(sb, "Refreshed from", report.refreshedFrom());
        report.inputId().ifPresent(f -> row(sb, "File", Optional.of(f)));
        sb.append("</dl></div></div>\n");
        sb.append("<table><thead><tr><th>Check</th><th>Result</th><th>Details</th></tr></thead><tbody>\n");
        for (CheckResult c : report.checks()) {
            sb.append("<tr class=\"").append(c.outcome().name()).append("\"><td>").append(escape(c.id()))
                    .append("</td><td class=\"mark\">").append(mark(c.outcome())).append("</td><td>")
                    .append(escape(c.message()));
            c.pointer().ifPresent(p -> sb.append(" <span class=\"ptr\">at ").append(escape(p)).append("</span>"));
            sb.append("</td></tr>\n");
        }
        sb.append("</tbody></table>\n");
        if (depth < MAX_NESTING) {
            nested(sb, "Endorsements", report.endorsements(), depth);
            nested(sb, "Credentials in this record", report.credentials(), depth);
        }
    }

    private static void nested(StringBuilder sb, String heading, java.util.List<VerificationReport> reports, int depth) {
        if (reports.isEmpty()) {
            return;
        }
        sb.append("<h2>").append(escape(heading)).append(" (").append(reports.size()).append(")</h2>\n");
        for (VerificationReport r : reports) {
            sb.append("<section class=\"nested\">\n");
            body(sb, r, depth + 1);
            sb.append("</section>\n");
        }
    }

    private static String label(VerificationReport report) {
        return switch (report.format()) {
            case OB3_JSON -> "Open Badge 3.0 (JSON)";
            case VC_JWT -> "Open Badge 3.0 (VC-JWT)";
            case BAKED_PNG -> "Open Badge baked in a PNG image";
            case BAKED_SVG -> "Open Badge baked in an SVG image";
            case CLR -> "Comprehensive Learner Record 2.0";
            case ENDORSEMENT -> "Endorsement";
            case OB2_HOSTED -> "Open Badge 2.0 (hosted)";
            case OB2_SIGNED -> "Open Badge 2.0 (signed)";
            case OTHER_JSON -> "Verifiable Credential";
            case UNKNOWN -> "unrecognised input";
        };
    }

    private static Optional<String> imageSource(VerificationReport report) {
        if (report.bakedImage().isPresent() && report.bakedImage().get().size() <= 5 * 1024 * 1024) {
            return Optional.of(report.bakedImage().get().dataUri());
        }
        return report.display().image().filter(i -> SAFE_DATA_IMAGE.matcher(i).matches());
    }

    private static String mark(Outcome o) {
        return switch (o) {
            case PASS -> "&#10004; pass";
            case FAIL -> "&#10008; fail";
            case WARN -> "&#9888; warning";
            case SKIP -> "&#8211; skipped";
        };
    }

    private static void row(StringBuilder sb, String label, Optional<String> value) {
        value.ifPresent(v -> sb.append("<dt>").append(escape(label)).append("</dt><dd>").append(escape(v)).append("</dd>\n"));
    }

    private static String date(Instant i) {
        return DATE.format(i);
    }

    /**
     * Escapes text for HTML element content and double-quoted attribute values.
     *
     * @param s the text
     * @return the escaped text
     */
    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '`' -> out.append("&#96;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        out.append("&#xFFFD;");
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
