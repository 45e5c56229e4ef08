package org.microcred.verify.ob2;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads an OB 2.0 RevocationList (<a href="https://www.imsglobal.org/spec/ob/v2p0/#RevocationList">OB
 * 2.0 RevocationList</a>): {@code revokedAssertions} entries are an id string, or an object with
 * {@code id} or (legacy) {@code uid} and an optional {@code revocationReason}; an entry object with
 * {@code revoked: false} does not revoke.
 */
final class RevocationLists {

    /**
     * What the list says about one assertion.
     *
     * @param revoked whether the assertion is listed
     * @param reason the published reason, when listed with one
     * @param warnings oddities of the list worth telling (wrong type, another issuer, no entries)
     */
    record Finding(boolean revoked, Optional<String> reason, List<String> warnings) {
    }

    private RevocationLists() {
    }

    static Finding check(JsonNode list, String listIri, String issuerId, String assertionId, String uid) {
        List<String> warnings = new ArrayList<>();
        if (!Nodes.hasType(list, "RevocationList")) {
            warnings.add("the revocation list " + listIri + " is not of type RevocationList");
        }
        Optional<String> listIssuer = Nodes.idOf(Nodes.get(list, "issuer"));
        if (listIssuer.isPresent() && !listIssuer.get().equals(issuerId)) {
            warnings.add("the revocation list " + listIri + " names issuer " + Nodes.brief(listIssuer.get())
                    + ", not " + issuerId);
        }
        JsonNode entries = Nodes.get(list, "revokedAssertions");
        if (entries == null) {
            warnings.add("the revocation list " + listIri + " has no revokedAssertions");
        }
        for (JsonNode entry : Nodes.values(entries)) {
            if (entry.isTextual()) {
                if (entry.asText().equals(assertionId) || entry.asText().equals(uid)) {
                    return new Finding(true, Optional.empty(), warnings);
                }
            } else if (entry.isObject() && matches(entry, assertionId, uid)) {
                JsonNode flag = Nodes.get(entry, "revoked");
                if (flag == null || !flag.isBoolean() || flag.asBoolean()) {
                    return new Finding(true, Nodes.text(entry, "revocationReason"), warnings);
                }
            }
        }
        return new Finding(false, Optional.empty(), warnings);
    }

    private static boolean matches(JsonNode entry, String assertionId, String uid) {
        Optional<String> id = Nodes.text(entry, "id");
        Optional<String> entryUid = Nodes.text(entry, "uid");
        return id.isPresent() && (id.get().equals(assertionId) || id.get().equals(uid))
                || entryUid.isPresent() && entryUid.get().equals(uid);
    }
}
