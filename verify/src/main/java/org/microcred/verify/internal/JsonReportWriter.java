package org.microcred.verify.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;
import org.microcred.core.json.Json;
import org.microcred.verify.CheckResult;
import org.microcred.verify.DisplayFields;
import org.microcred.verify.VerificationReport;

/** Renders a {@link VerificationReport} as a JSON object (the CLI's {@code --json} line). */
public final class JsonReportWriter {

    private JsonReportWriter() {
    }

    /**
     * @param report the report
     * @return a new JSON object
     */
    public static ObjectNode write(VerificationReport report) {
        ObjectNode o = Json.standard().mapper().createObjectNode();
        report.inputId().ifPresent(id -> o.put("file", id));
        o.put("valid", report.isValid());
        o.put("format", report.format().name());
        o.put("container", report.container().name());
        report.dataModel().ifPresent(d -> o.put("dataModel", d.name()));
        DisplayFields d = report.display();
        putText(o, "name", d.name());
        putText(o, "description", d.description());
        putText(o, "achievementType", d.achievementType());
        putText(o, "issuer", d.issuerName());
        putText(o, "issuerId", d.issuerId());
        putText(o, "subjectId", d.subjectId());
        putInstant(o, "issuedOn", d.issuedOn());
        putInstant(o, "awardedOn", d.awardedOn());
        putInstant(o, "expires", d.expires());
        o.put("expired", d.expired());
        o.put("notYetValid", d.notYetValid());
        o.put("revoked", d.revoked());
        o.put("suspended", d.suspended());
        // Data URIs can be megabytes: keep them out of the one-line summary, say what they are.
        d.image().ifPresent(img -> o.put("image", img.startsWith("data:") ? "data:(embedded image, "
                + img.length() + " characters)" : img));
        report.proofSuite().ifPresent(s -> o.put("proofSuite", s));
        report.verificationMethod().ifPresent(vm -> o.put("verificationMethod", vm));
        report.refreshedFrom().ifPresent(url -> o.put("refreshedFrom", url));
        ArrayNode checks = o.putArray("checks");
        for (CheckResult c : report.checks()) {
            ObjectNode co = checks.addObject();
            co.put("id", c.id());
            co.put("outcome", c.outcome().jsonName());
            co.put("message", c.message());
            c.pointer().ifPresent(p -> co.put("pointer", p));
        }
        if (!report.endorsements().isEmpty()) {
            ArrayNode a = o.putArray("endorsements");
            report.endorsements().forEach(r -> a.add(write(r)));
        }
        if (!report.credentials().isEmpty()) {
            ArrayNode a = o.putArray("credentials");
            report.credentials().forEach(r -> a.add(write(r)));
        }
        return o;
    }

    private static void putText(ObjectNode o, String name, Optional<String> value) {
        value.ifPresent(v -> o.put(name, v));
    }

    private static void putInstant(ObjectNode o, String name, Optional<Instant> value) {
        value.ifPresent(v -> o.put(name, Dates.format(v)));
    }
}
