package org.microcred.verify.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.microcred.verify.CheckId;
import org.microcred.verify.CheckResult;
import org.microcred.verify.DataModel;

/**
 * The {@code validity-period} check: VC 2.0 {@code validFrom}/{@code validUntil}, VC 1.1
 * {@code issuanceDate}/{@code expirationDate}, and {@code awardedDate}; malformed dates fail; not-yet-valid and expired are reported distinctly.
 */
public final class ValidityRules {

    private ValidityRules() {
    }

    /**
     * What the check found.
     *
     * @param result the check result
     * @param issuedOn the start of validity, when readable
     * @param expires the end of validity, when readable
     * @param awardedOn the award date, when readable
     * @param expired whether now is past the end (beyond the skew)
     * @param notYetValid whether now is before the start (beyond the skew)
     */
    public record Validity(CheckResult result, Instant issuedOn, Instant expires, Instant awardedOn,
            boolean expired, boolean notYetValid) {
    }

    /**
     * @param c the credential
     * @param model its data model
     * @param startRequired whether the start date is required (OB, CLR, endorsements)
     * @param now the clock reading
     * @param skew the tolerated clock difference
     * @return the finding
     */
    public static Validity check(JsonNode c, DataModel model, boolean startRequired, Instant now, Duration skew) {
        String fromField;
        String untilField;
        String otherFrom;
        String otherUntil;
        switch (model) {
            case VC_1_1 -> {
                fromField = "issuanceDate";
                untilField = "expirationDate";
                otherFrom = "validFrom";
                otherUntil = "validUntil";
            }
            default -> {
                fromField = "validFrom";
                untilField = "validUntil";
                otherFrom = "issuanceDate";
                otherUntil = "expirationDate";
            }
        }
        List<CheckResult> problems = new ArrayList<>();
        Instant from = read(c, fromField, model, problems);
        Instant until = read(c, untilField, model, problems);
        Instant awarded = c.has("awardedDate") ? read(c, "awardedDate", DataModel.VC_2_0, problems) : null;
        if (from == null && !c.has(fromField) && startRequired) {
            String hint = otherFrom != null && c.has(otherFrom)
                    ? " (" + otherFrom + " is the " + (model == DataModel.VC_1_1 ? "VC 2.0" : "VC 1.1")
                    + " name; this credential uses the " + (model == DataModel.VC_1_1 ? "VC 1.1" : "VC 2.0") + " context)"
                    : "";
            problems.add(CheckResult.fail(CheckId.VALIDITY_PERIOD, fromField + " is missing" + hint, "/" + fromField));
        }
        if (otherUntil != null && !c.has(untilField) && c.has(otherUntil)) {
            problems.add(CheckResult.fail(CheckId.VALIDITY_PERIOD, otherUntil + " is not a "
                    + (model == DataModel.VC_1_1 ? "VC 1.1" : "VC 2.0") + " property; the expiry must be in "
                    + untilField + " (an expiry under the wrong name would be ignored)", "/" + otherUntil));
        }
        boolean expired = false;
        boolean notYet = false;
        if (from != null && until != null && from.isAfter(until)) {
            problems.add(CheckResult.fail(CheckId.VALIDITY_PERIOD, fromField + " (" + Dates.format(from)
                    + ") is after " + untilField + " (" + Dates.format(until) + ")", "/" + untilField));
        }
        if (from != null && now.plus(skew).isBefore(from)) {
            notYet = true;
            problems.add(CheckResult.fail(CheckId.VALIDITY_PERIOD, "Not yet valid: valid from " + Dates.format(from)
                    + ", and it is now " + Dates.format(now), "/" + fromField));
        }
        if (until != null && now.minus(skew).isAfter(until)) {
            expired = true;
            problems.add(CheckResult.fail(CheckId.VALIDITY_PERIOD, "Expired on " + Dates.format(until)
                    + " (it is now " + Dates.format(now) + ")", "/" + untilField));
        }
        CheckResult result;
        if (!problems.isEmpty()) {
            result = merge(problems);
        } else if (from == null && until == null) {
            result = CheckResult.pass(CheckId.VALIDITY_PERIOD, "No validity period is stated; the credential does not expire");
        } else {
            result = CheckResult.pass(CheckId.VALIDITY_PERIOD,
                    (from != null ? "Valid from " + Dates.format(from) : "No start date")
                            + (until != null ? " until " + Dates.format(until) : "; no expiry date"));
        }
        return new Validity(result, from, until, awarded, expired, notYet);
    }

    private static CheckResult merge(List<CheckResult> problems) {
        if (problems.size() == 1) {
            return problems.get(0);
        }
        StringBuilder sb = new StringBuilder();
        for (CheckResult p : problems) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(p.message());
        }
        return new CheckResult(CheckId.VALIDITY_PERIOD, problems.get(0).outcome(), sb.toString(), problems.get(0).pointer());
    }

    private static Instant read(JsonNode c, String field, DataModel model, List<CheckResult> problems) {
        JsonNode v = c.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            problems.add(CheckResult.fail(CheckId.VALIDITY_PERIOD, field + " must be a date-time string; it is "
                    + Nodes.describe(v), "/" + field));
            return null;
        }
        try {
            return Dates.parse(v.asText());
        } catch (IllegalArgumentException e) {
            problems.add(CheckResult.fail(CheckId.VALIDITY_PERIOD, field + " is malformed: " + e.getMessage(), "/" + field));
            return null;
        }
    }
}
