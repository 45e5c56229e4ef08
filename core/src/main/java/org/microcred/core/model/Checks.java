package org.microcred.core.model;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;

/** The rules behind {@code problems()} that are not simply "required". */
final class Checks {

    private static final Pattern OB_CONTEXT =
            Pattern.compile("https://purl\\.imsglobal\\.org/spec/ob/v3p0/context(-3\\.\\d\\.\\d)*\\.json");
    private static final Pattern CLR_CONTEXT =
            Pattern.compile("https://purl\\.imsglobal\\.org/spec/clr/v2p0/context(-2\\.\\d\\.\\d)*\\.json");
    private static final Pattern IDENTITY_HASH = Pattern.compile("(sha256\\$[0-9a-fA-F]{64}|md5\\$[0-9a-fA-F]{32})");

    private Checks() {
    }

    static Optional<Instant> instant(String dateTime) {
        try {
            return Optional.of(OffsetDateTime.parse(dateTime).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static void throwIfProblems(List<String> problems) {
        if (!problems.isEmpty()) {
            String message = problems.size() == 1 ? problems.get(0)
                    : problems.get(0) + " (" + problems.size() + " problems: " + String.join("; ", problems) + ")";
            throw new MicrocredException(ErrorCode.INVALID_VALUE, message);
        }
    }

    static void requireReferenceId(Optional<String> id, String path, List<String> out) {
        if (id.isEmpty()) {
            out.add(path + ".id is required");
        }
    }

    static void collect(Credential credential, String path, List<String> out) {
        if (credential instanceof AchievementCredential c) {
            c.collectProblems(path, out);
        } else if (credential instanceof EndorsementCredential c) {
            c.collectProblems(path, out);
        } else if (credential instanceof ClrCredential c) {
            c.collectProblems(path, out);
        } else if (credential instanceof VerifiableCredential c) {
            c.collectProblems(path, out);
        }
    }

    static void identity(IdentityObject identity, String path, List<String> out) {
        if (identity.hashed().orElse(false)) {
            identity.identityHash().filter(h -> !IDENTITY_HASH.matcher(h).matches()).ifPresent(h -> out.add(
                    path + ".identityHash must be sha256$<64 hex digits> or md5$<32 hex digits> when hashed is true"));
        }
    }

    static void envelope(Credential c, String path, List<String> out) {
        List<ContextEntry> context = c.context();
        VcVersion version = c.vcVersion();
        if (!context.isEmpty()) {
            boolean base = context.get(0).uri()
                    .filter(u -> u.equals(VcVersion.V2.contextUri()) || u.equals(VcVersion.V1_1.contextUri()))
                    .isPresent();
            if (!base) {
                out.add(path + ".@context[0] must be " + VcVersion.V2.contextUri() + " (VC 2.0) or "
                        + VcVersion.V1_1.contextUri() + " (VC 1.1)");
            }
            Pattern second = c instanceof ClrCredential ? CLR_CONTEXT
                    : c instanceof VerifiableCredential ? null : OB_CONTEXT;
            if (second != null && (context.size() < 2
                    || context.get(1).uri().filter(u -> second.matcher(u).matches()).isEmpty())) {
                out.add(path + ".@context[1] must be the " + (c instanceof ClrCredential
                        ? "CLR 2.0 context URI (https://purl.imsglobal.org/spec/clr/v2p0/context-2.x.y.json)"
                        : "OB 3.0 context URI (https://purl.imsglobal.org/spec/ob/v3p0/context-3.x.y.json)"));
            }
        }
        if (version == VcVersion.V2) {
            // VC 2.0 makes validFrom optional; OB 3.0 and CLR 2.0 require it
            if (c.validFrom().isEmpty() && !(c instanceof VerifiableCredential)) {
                out.add(path + ".validFrom is required");
            }
        } else {
            if (c.issuanceDate().isEmpty()) {
                out.add(path + ".issuanceDate is required (VC 1.1)");
            }
            if (!(c instanceof VerifiableCredential) && c.jsonForm().isReference("issuer")) {
                out.add(path + ".issuer must be a Profile object, not a bare URI (VC 1.1)");
            }
            if (c instanceof AchievementCredential && c.name().isEmpty()) {
                out.add(path + ".name is required (VC 1.1)");
            }
        }
        dateTime(c.validFrom(), path + ".validFrom", out);
        dateTime(c.validUntil(), path + ".validUntil", out);
        dateTime(c.issuanceDate(), path + ".issuanceDate", out);
        dateTime(c.expirationDate(), path + ".expirationDate", out);
        dateTime(c.awardedDate(), path + ".awardedDate", out);
        Optional<Instant> from = c.validFrom().flatMap(Checks::instant);
        Optional<Instant> until = c.validUntil().flatMap(Checks::instant);
        if (from.isPresent() && until.isPresent() && until.get().isBefore(from.get())) {
            out.add(path + ".validUntil must not be before validFrom");
        }
    }

    private static void dateTime(Optional<String> value, String path, List<String> out) {
        value.filter(v -> instant(v).isEmpty()).ifPresent(v ->
                out.add(path + " '" + v + "' is not a date-time with a time zone (e.g. 2024-01-01T00:00:00Z)"));
    }
}
