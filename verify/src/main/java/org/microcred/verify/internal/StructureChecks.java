package org.microcred.verify.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.microcred.core.model.IdentityHash;
import org.microcred.verify.CheckId;
import org.microcred.verify.CheckResult;
import org.microcred.verify.DataModel;

/**
 * The {@code type} and {@code subject} checks on a credential's JSON (OB 3.0 data model, CLR 2.0). Each method returns the problems found as FAIL / WARN results; an empty list
 * means the rules hold.
 */
public final class StructureChecks {

    private StructureChecks() {
    }

    /**
     * {@code type}: VerifiableCredential plus the kind's type, and the issuer's shape.
     *
     * @param c the credential
     * @param kind its kind
     * @param model its data model
     * @return the problems
     */
    public static List<CheckResult> type(JsonNode c, CredentialKind kind, DataModel model) {
        List<CheckResult> out = new ArrayList<>();
        List<String> types = Nodes.types(c);
        if (!c.has("type")) {
            out.add(CheckResult.fail(CheckId.TYPE, "type is missing: expected [\"VerifiableCredential\", "
                    + "\"OpenBadgeCredential\"]", "/type"));
            return out;
        }
        if (!types.contains("VerifiableCredential")) {
            out.add(CheckResult.fail(CheckId.TYPE, "type must include VerifiableCredential; it is "
                    + clipList(types), "/type"));
        }
        if (kind == CredentialKind.OTHER_VC) {
            out.add(CheckResult.fail(CheckId.TYPE, "Not an Open Badges 3.0 or CLR 2.0 credential: type must include "
                    + "OpenBadgeCredential (or AchievementCredential), EndorsementCredential or ClrCredential; it is "
                    + clipList(types), "/type"));
        }
        JsonNode issuer = c.get("issuer");
        if (issuer == null || issuer.isNull()) {
            out.add(CheckResult.fail(CheckId.TYPE, "issuer is missing", "/issuer"));
        } else if (issuer.isTextual()) {
            if (issuer.asText().isBlank()) {
                out.add(CheckResult.fail(CheckId.TYPE, "issuer is an empty string", "/issuer"));
            } else if (model == DataModel.VC_1_1 && kind != CredentialKind.OTHER_VC) {
                out.add(CheckResult.warn(CheckId.TYPE, "issuer is a bare URI; the VC 1.1 binding of OB 3.0 "
                        + "requires a Profile object").withPointer("/issuer"));
            }
        } else if (issuer.isObject()) {
            if (Nodes.text(issuer, "id").filter(s -> !s.isBlank()).isEmpty()) {
                out.add(CheckResult.fail(CheckId.TYPE, "issuer.id is missing: the issuer profile must have an id",
                        "/issuer/id"));
            }
            if (kind != CredentialKind.OTHER_VC && !Nodes.types(issuer).contains("Profile")) {
                out.add(CheckResult.fail(CheckId.TYPE, "issuer.type must include Profile; it is "
                        + clipList(Nodes.types(issuer)), "/issuer/type"));
            }
        } else {
            out.add(CheckResult.fail(CheckId.TYPE, "issuer must be a URI or a Profile object; it is "
                    + Nodes.describe(issuer), "/issuer"));
        }
        if (kind != CredentialKind.OTHER_VC && Nodes.text(c, "id").filter(s -> !s.isBlank()).isEmpty()) {
            out.add(CheckResult.fail(CheckId.TYPE, "The credential id is missing (required for "
                    + kind.label() + ")", "/id"));
        }
        return out;
    }

    /**
     * {@code subject}: the credential subject's required shape for the kind.
     *
     * @param c the credential
     * @param kind its kind
     * @return the problems
     */
    public static List<CheckResult> subject(JsonNode c, CredentialKind kind) {
        List<CheckResult> out = new ArrayList<>();
        JsonNode subjectNode = c.get("credentialSubject");
        String ptr = "/credentialSubject";
        if (subjectNode != null && subjectNode.isArray() && subjectNode.size() == 1) {
            subjectNode = subjectNode.get(0);
            ptr = "/credentialSubject/0";
        }
        if (subjectNode == null || !subjectNode.isObject()) {
            out.add(CheckResult.fail(CheckId.SUBJECT, "credentialSubject must be one object; it is "
                    + Nodes.describe(subjectNode), "/credentialSubject"));
            return out;
        }
        JsonNode s = subjectNode;
        switch (kind) {
            case OPEN_BADGE -> {
                requireType(s, "AchievementSubject", ptr, out);
                requireIdOrIdentifier(s, ptr, out);
                achievement(s.get("achievement"), ptr + "/achievement", out);
            }
            case ENDORSEMENT -> {
                requireType(s, "EndorsementSubject", ptr, out);
                if (Nodes.text(s, "id").filter(v -> !v.isBlank()).isEmpty()) {
                    out.add(CheckResult.fail(CheckId.SUBJECT, "The endorsement subject must have an id (the endorsed "
                            + "credential, achievement or profile)", ptr + "/id"));
                }
            }
            case CLR -> {
                requireType(s, "ClrSubject", ptr, out);
                requireIdOrIdentifier(s, ptr, out);
                JsonNode vcs = s.get("verifiableCredential");
                if (Nodes.values(vcs).isEmpty()) {
                    out.add(CheckResult.fail(CheckId.SUBJECT, "The CLR subject must bundle at least one credential "
                            + "in verifiableCredential", ptr + "/verifiableCredential"));
                }
                int i = 0;
                for (JsonNode a : Nodes.values(s.get("achievement"))) {
                    achievement(a, s.path("achievement").isArray() ? Nodes.pointer(ptr + "/achievement", i) : ptr + "/achievement", out);
                    i++;
                }
            }
            default -> {
            }
        }
        return out;
    }

    private static void requireType(JsonNode s, String type, String ptr, List<CheckResult> out) {
        List<String> types = Nodes.types(s);
        if (!types.contains(type)) {
            out.add(CheckResult.fail(CheckId.SUBJECT, "credentialSubject.type must include " + type + "; it is "
                    + clipList(types), ptr + "/type"));
        }
    }

    private static void requireIdOrIdentifier(JsonNode s, String ptr, List<CheckResult> out) {
        boolean hasId = Nodes.text(s, "id").filter(v -> !v.isBlank()).isPresent();
        List<JsonNode> identifiers = Nodes.values(s.get("identifier"));
        if (!hasId && identifiers.isEmpty()) {
            out.add(CheckResult.fail(CheckId.SUBJECT, "The subject has neither an id nor an identifier: "
                    + "one of them is required to know who the credential was issued to", ptr));
        }
        JsonNode idNode = s.get("identifier");
        for (int i = 0; i < identifiers.size(); i++) {
            String ip = idNode != null && idNode.isArray() ? Nodes.pointer(ptr + "/identifier", i) : ptr + "/identifier";
            identityObject(identifiers.get(i), ip, out);
        }
    }

    private static void identityObject(JsonNode io, String ptr, List<CheckResult> out) {
        if (!io.isObject()) {
            out.add(CheckResult.fail(CheckId.SUBJECT, "identifier must be an IdentityObject; it is "
                    + Nodes.describe(io), ptr));
            return;
        }
        Optional<String> hash = Nodes.text(io, "identityHash");
        if (hash.isEmpty()) {
            out.add(CheckResult.fail(CheckId.SUBJECT, "identityHash is missing", ptr + "/identityHash"));
        }
        if (Nodes.text(io, "identityType").isEmpty()) {
            out.add(CheckResult.fail(CheckId.SUBJECT, "identityType is missing (e.g. emailAddress)", ptr + "/identityType"));
        }
        JsonNode hashed = io.get("hashed");
        if (hashed == null || !hashed.isBoolean()) {
            out.add(CheckResult.fail(CheckId.SUBJECT, "hashed must be true or false; it is " + Nodes.describe(hashed),
                    ptr + "/hashed"));
        } else if (hashed.asBoolean() && hash.isPresent() && IdentityHash.algorithm(hash.get()).isEmpty()) {
            out.add(CheckResult.fail(CheckId.SUBJECT, "identityHash is not sha256$<64 hex> or md5$<32 hex> although "
                    + "hashed is true: " + Nodes.clip(hash.get()), ptr + "/identityHash"));
        }
    }

    private static void achievement(JsonNode a, String ptr, List<CheckResult> out) {
        if (a == null || !a.isObject()) {
            out.add(CheckResult.fail(CheckId.SUBJECT, "The achievement is missing: credentialSubject.achievement "
                    + "must be an Achievement object; it is " + Nodes.describe(a), ptr));
            return;
        }
        if (Nodes.text(a, "id").filter(v -> !v.isBlank()).isEmpty()) {
            out.add(CheckResult.fail(CheckId.SUBJECT, "achievement.id is missing", ptr + "/id"));
        }
        if (!Nodes.types(a).contains("Achievement")) {
            out.add(CheckResult.fail(CheckId.SUBJECT, "achievement.type must include Achievement; it is "
                    + clipList(Nodes.types(a)), ptr + "/type"));
        }
        if (Nodes.text(a, "name").filter(v -> !v.isBlank()).isEmpty()) {
            out.add(CheckResult.fail(CheckId.SUBJECT, "achievement.name is missing", ptr + "/name"));
        }
        if (Nodes.text(a, "description").isEmpty()) {
            out.add(CheckResult.fail(CheckId.SUBJECT, "achievement.description is missing", ptr + "/description"));
        }
        JsonNode criteria = a.get("criteria");
        if (criteria == null || !criteria.isObject()) {
            out.add(CheckResult.fail(CheckId.SUBJECT, "achievement.criteria is missing: it must be an object with "
                    + "a narrative and/or an id", ptr + "/criteria"));
        }
    }

    private static String clipList(List<String> types) {
        return Nodes.clip(types.toString());
    }
}
