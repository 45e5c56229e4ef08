package org.microcred.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.microcred.verify.internal.Nodes;
import org.microcred.verify.ob2.ExpectedRecipient;
import org.microcred.verify.ob2.Ob2Check;
import org.microcred.verify.ob2.Ob2Display;
import org.microcred.verify.ob2.Ob2Outcome;
import org.microcred.verify.ob2.Ob2Result;
import org.microcred.verify.ob2.Ob2Step;
import org.microcred.verify.ob2.Ob2VerificationType;
import org.microcred.verify.ob2.Ob2Verifier;

/** Runs the OB 2.0 verifier and writes its result into a report under the pipeline's check ids. */
final class Ob2Reports {

    private Ob2Reports() {
    }

    /**
     * OB 2.0 assertions (JSON, signed JWS, hosted URL) are verified by the OB 2.0 verifier: hosted
     * badges are fetched through the document fetcher, signed ones checked against the issuer's
     * published keys. Its steps use the same check ids; the checks it has no step for are SKIPped
     * with the reason, except {@code trust}, which applies the trust policy to the fetched issuer.
     */
    static void verify(Verifier v, Instant now, KnownRecipient recipient, String text, JsonNode presented,
            VerificationReport.Builder report, DisplayFields.Builder display) {
        report.dataModel = DataModel.OPEN_BADGES_2_0;
        report.format = CredentialFormat.OB2_HOSTED;
        Ob2Verifier ob2 = v.ob2Verifier;
        if (recipient != null) {
            ob2 = ob2.toBuilder().expectedRecipient(ob2Recipient(recipient)).build();
        }
        Ob2Result result = ob2.verify(text);
        if (result.verificationType().orElse(null) == Ob2VerificationType.SIGNED || report.container == Container.JWS) {
            report.format = CredentialFormat.OB2_SIGNED;
        }
        report.credential = result.assertion().orElse(presented);
        report.verificationMethod = result.verificationKey().orElse(null);
        report.verificationKey = result.publicKey().orElse(null);
        if (result.outcome(Ob2Check.PROOF) == Ob2Outcome.PASS) {
            report.proofSuite = report.format == CredentialFormat.OB2_SIGNED ? "OB 2.0 signed" : "OB 2.0 hosted";
        }
        Ob2Display d = result.display();
        display.name = d.badgeName().orElse(null);
        display.description = d.badgeDescription().orElse(null);
        display.image = d.image().orElse(null);
        display.issuerName = d.issuerName().orElse(null);
        display.issuerId = d.issuerId().orElse(null);
        display.issuedOn = d.issuedOn().orElse(null);
        display.expires = d.expires().orElse(null);
        display.revoked = d.revoked();
        display.expired = d.expires().map(e -> now.minus(v.clockSkew).isAfter(e)).orElse(false);
        display.notYetValid = d.issuedOn().map(i -> now.plus(v.clockSkew).isBefore(i)).orElse(false);
        for (CheckId id : CheckId.values()) {
            if (id == CheckId.CREDENTIALS) {
                continue;
            }
            List<CheckResult> steps = new ArrayList<>();
            for (Ob2Step step : result.steps()) {
                if (step.id().equals(id.id())) {
                    steps.add(new CheckResult(id, switch (step.outcome()) {
                        case PASS -> Outcome.PASS;
                        case WARN -> Outcome.WARN;
                        case SKIP -> Outcome.SKIP;
                        case FAIL -> Outcome.FAIL;
                    }, step.message(), step.pointer()));
                }
            }
            if (!steps.isEmpty()) {
                report.checks.add(mergeSteps(id, steps));
                continue;
            }
            report.checks.add(switch (id) {
                case TRUST -> trust(v, d, result);
                case SUBJECT -> CheckResult.skip(id, "Open Badges 2.0: the recipient IdentityObject is checked by the "
                        + "schema and recipient checks");
                case REFRESH -> CheckResult.skip(id, "Open Badges 2.0 has no refresh service");
                case ENDORSEMENTS -> CheckResult.skip(id, "Open Badges 2.0 endorsements are separate documents; none are "
                        + "verified here");
                case PARSE -> CheckResult.fail(id, "The Open Badges 2.0 verifier did not read the input");
                default -> CheckResult.skip(id, "Not checked by the Open Badges 2.0 verifier");
            });
        }
    }

    private static CheckResult trust(Verifier v, Ob2Display d, Ob2Result result) {
        if (v.issuerTrust == null) {
            return CheckResult.skip(CheckId.TRUST, "No trust list is configured: any issuer is accepted");
        }
        if (d.issuerId().isEmpty() || result.outcome(Ob2Check.ISSUER_BINDING) != Ob2Outcome.PASS) {
            return CheckResult.fail(CheckId.TRUST, "The issuer could not be established, so it cannot be trusted");
        }
        String issuer = d.issuerId().get();
        return v.issuerTrust.trusts(issuer)
                ? CheckResult.pass(CheckId.TRUST, "The issuer " + Nodes.clip(issuer) + " is trusted")
                : CheckResult.fail(CheckId.TRUST, "The issuer " + Nodes.clip(issuer) + " is not on the trust list");
    }

    private static ExpectedRecipient ob2Recipient(KnownRecipient known) {
        if (known.isEmail()) {
            return ExpectedRecipient.email(known.value());
        }
        return new ExpectedRecipient(known.identityType(), known.value());
    }

    /** Several OB 2.0 steps of one check: the worst outcome, every message. */
    private static CheckResult mergeSteps(CheckId id, List<CheckResult> steps) {
        if (steps.size() == 1) {
            return steps.get(0);
        }
        List<Outcome> severity = List.of(Outcome.FAIL, Outcome.WARN, Outcome.PASS, Outcome.SKIP);
        CheckResult worst = steps.get(0);
        StringBuilder sb = new StringBuilder();
        for (CheckResult s : steps) {
            if (severity.indexOf(s.outcome()) < severity.indexOf(worst.outcome())) {
                worst = s;
            }
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(s.message());
        }
        return new CheckResult(id, worst.outcome(), sb.toString(), worst.pointer());
    }

}
