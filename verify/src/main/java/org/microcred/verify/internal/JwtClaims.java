package org.microcred.verify.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.microcred.verify.CheckId;
import org.microcred.verify.CheckResult;
import org.microcred.verify.DataModel;

/**
 * The VC-JWT claim rules of OB 3.0 (<a href="https://www.imsglobal.org/spec/ob/v3p0/#jwt-verify">OB
 * 3.0 § JWT verification</a>): {@code iss}, {@code jti}, {@code sub}, {@code nbf} and
 * {@code exp} must equal {@code issuer.id}, {@code id}, {@code credentialSubject.id},
 * {@code validFrom} and {@code validUntil} (VC 1.1: {@code issuanceDate}, {@code expirationDate}).
 */
public final class JwtClaims {

    private JwtClaims() {
    }

    /**
     * @param c the credential
     * @param payload the JWT payload
     * @param model the credential's data model (names of the date properties)
     * @return the mismatches, as {@code proof} FAILs; empty when the claims agree
     */
    public static List<CheckResult> check(JsonNode c, JsonNode payload, DataModel model) {
        List<CheckResult> out = new ArrayList<>();
        Optional<String> issuer = Nodes.idOf(c.get("issuer"));
        claimEquals(payload, "iss", issuer, "issuer.id", out, true);
        claimEquals(payload, "jti", Nodes.text(c, "id"), "id", out, true);
        JsonNode subject = c.get("credentialSubject");
        Optional<String> subjectId = Nodes.text(subject != null && subject.isArray() && subject.size() > 0
                ? subject.get(0) : subject, "id");
        if (subjectId.isPresent()) {
            claimEquals(payload, "sub", subjectId, "credentialSubject.id", out, true);
        }
        String fromField = model == DataModel.VC_1_1 ? "issuanceDate" : "validFrom";
        String untilField = model == DataModel.VC_1_1 ? "expirationDate" : "validUntil";
        dateClaim(payload, "nbf", c, fromField, out, true);
        dateClaim(payload, "exp", c, untilField, out, c.has(untilField));
        return out;
    }

    private static void claimEquals(JsonNode payload, String claim, Optional<String> expected, String field,
            List<CheckResult> out, boolean required) {
        JsonNode v = payload.get(claim);
        if (v == null) {
            if (required) {
                out.add(CheckResult.fail(CheckId.PROOF, "The JWT claim " + claim + " is missing (it must equal " + field + ")"));
            }
            return;
        }
        if (!v.isTextual() || expected.isEmpty() || !v.asText().equals(expected.get())) {
            out.add(CheckResult.fail(CheckId.PROOF, "The JWT claim " + claim + " " + Nodes.describe(v) + " does not equal "
                    + field + " " + expected.map(e -> "\"" + Nodes.clip(e) + "\"").orElse("(missing)")));
        }
    }

    private static void dateClaim(JsonNode payload, String claim, JsonNode c, String field, List<CheckResult> out,
            boolean required) {
        JsonNode v = payload.get(claim);
        if (v == null) {
            if (required) {
                out.add(CheckResult.fail(CheckId.PROOF, "The JWT claim " + claim + " is missing (it must equal " + field + ")"));
            }
            return;
        }
        if (!v.isNumber()) {
            out.add(CheckResult.fail(CheckId.PROOF, "The JWT claim " + claim + " must be a NumericDate; it is "
                    + Nodes.describe(v)));
            return;
        }
        Optional<String> date = Nodes.text(c, field);
        if (date.isEmpty()) {
            out.add(CheckResult.fail(CheckId.PROOF, "The JWT claim " + claim + " is set but the credential has no " + field));
            return;
        }
        try {
            Instant expected = Dates.parse(date.get());
            if (v.asLong() != expected.getEpochSecond() || v.decimalValue().scale() > 0 && v.asDouble() != v.asLong()) {
                out.add(CheckResult.fail(CheckId.PROOF, "The JWT claim " + claim + " (" + v.asText() + " = "
                        + Dates.format(Instant.ofEpochSecond(v.asLong())) + ") does not equal " + field + " ("
                        + Nodes.clip(date.get()) + ")"));
            }
        } catch (IllegalArgumentException e) {
            // The malformed date itself is reported by the validity-period check.
            out.add(CheckResult.fail(CheckId.PROOF, "The JWT claim " + claim + " cannot be compared: " + field
                    + " is malformed"));
        }
    }

}
