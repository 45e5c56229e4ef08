package org.microcred.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.microcred.verify.internal.CredentialKind;
import org.microcred.verify.internal.Nodes;

/** Reads the display fields of a credential of either VC generation. */
final class DisplayReader {

    private DisplayReader() {
    }

    static DisplayFields.Builder read(JsonNode c, CredentialKind kind) {
        DisplayFields.Builder b = new DisplayFields.Builder();
        JsonNode issuer = c.get("issuer");
        b.issuerId = Nodes.idOf(issuer).orElse(null);
        b.issuerName = issuer != null && issuer.isObject() ? Nodes.text(issuer, "name").orElse(null) : null;
        JsonNode subject = c.get("credentialSubject");
        if (subject != null && subject.isArray() && subject.size() > 0) {
            subject = subject.get(0);
        }
        b.subjectId = Nodes.text(subject, "id").orElse(null);
        if (kind == CredentialKind.OPEN_BADGE && subject != null) {
            JsonNode a = subject.get("achievement");
            if (a != null && a.isObject()) {
                b.name = Nodes.text(a, "name").orElse(null);
                b.description = Nodes.text(a, "description").orElse(null);
                b.image = image(a.get("image")).orElse(null);
                b.achievementType = Nodes.text(a, "achievementType").orElse(null);
            }
        }
        if (kind == CredentialKind.ENDORSEMENT && subject != null) {
            b.description = Nodes.text(subject, "endorsementComment").orElse(null);
        }
        if (b.name == null) {
            b.name = Nodes.text(c, "name").orElse(null);
        }
        if (b.description == null) {
            b.description = Nodes.text(c, "description").orElse(null);
        }
        if (b.image == null) {
            b.image = image(c.get("image")).orElse(null);
        }
        return b;
    }

    private static Optional<String> image(JsonNode image) {
        return Nodes.idOf(image).filter(s -> !s.isBlank());
    }
}
