package org.microcred.verify.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.microcred.core.model.IdentityHash;
import org.microcred.verify.CheckId;
import org.microcred.verify.CheckResult;
import org.microcred.verify.KnownRecipient;

/**
 * The {@code recipient} check (OB 3.0 verification step 5): compares a known recipient with the
 * subject's {@code id} and {@code identifier}s (OB 3.0, CLR). Hashes are {@code alg$hex(value + salt)}; the value is tried as given and, for e-mail
 * addresses, trimmed and lower-cased; the message says which matched.
 */
public final class RecipientMatcher {

    private RecipientMatcher() {
    }

    /**
     * @param credential the credential
     * @param kind its kind
     * @param known the expected recipient
     * @return PASS naming what matched, or FAIL saying what the credential holds
     */
    public static CheckResult match(JsonNode credential, CredentialKind kind, KnownRecipient known) {
        JsonNode s = credential.get("credentialSubject");
        String ptr = "/credentialSubject";
        if (s != null && s.isArray() && s.size() == 1) {
            s = s.get(0);
            ptr = "/credentialSubject/0";
        }
        if (s == null || !s.isObject()) {
            return CheckResult.fail(CheckId.RECIPIENT, "The credential has no subject to compare with", ptr);
        }
        Optional<String> subjectId = Nodes.text(s, "id");
        if (known.isId()) {
            if (subjectId.isPresent() && subjectId.get().equals(known.value())) {
                return CheckResult.pass(CheckId.RECIPIENT, "The subject id is the expected recipient").withPointer(ptr + "/id");
            }
            return CheckResult.fail(CheckId.RECIPIENT, subjectId.map(id -> "The subject id " + Nodes.clip(id)
                    + " is not the expected recipient").orElse("The subject has no id to compare with the expected one"),
                    ptr + "/id");
        }
        if (known.isEmail() && subjectId.isPresent()
                && subjectId.get().toLowerCase(Locale.ROOT).startsWith("mailto:")
                && emailEquals(subjectId.get().substring("mailto:".length()), known.value())) {
            return CheckResult.pass(CheckId.RECIPIENT, "The subject id is the expected e-mail address (mailto: URI)")
                    .withPointer(ptr + "/id");
        }
        JsonNode idNode = s.get("identifier");
        List<JsonNode> identifiers = Nodes.values(idNode);
        List<String> typesSeen = new ArrayList<>();
        for (int i = 0; i < identifiers.size(); i++) {
            JsonNode io = identifiers.get(i);
            String type = io.path("identityType").asText("?");
            typesSeen.add(type);
            Optional<String> how = matchIdentity(io, "identityHash", "identityType", known);
            if (how.isPresent()) {
                String ip = idNode.isArray() ? Nodes.pointer(ptr + "/identifier", i) : ptr + "/identifier";
                return CheckResult.pass(CheckId.RECIPIENT, "identifier " + i + " (" + Nodes.clip(type)
                        + ") matches the expected recipient (" + how.get() + ")").withPointer(ip);
            }
        }
        String held = identifiers.isEmpty() ? "it has no identifiers" : "its identifiers are of type "
                + Nodes.clip(typesSeen.toString()) + " and none matches";
        return CheckResult.fail(CheckId.RECIPIENT, "The credential was not issued to the expected "
                + known.identityType() + ": " + held + subjectId.map(id -> "; its subject id is " + Nodes.clip(id)).orElse(""),
                ptr);
    }

    /** @return how it matched ("hashed sha256 with salt", "plain, after lower-casing"), or empty */
    private static Optional<String> matchIdentity(JsonNode io, String valueField, String typeField, KnownRecipient known) {
        if (!io.isObject() || !known.matchesType(io.path(typeField).asText(null))) {
            return Optional.empty();
        }
        String value = io.path(valueField).asText(null);
        if (value == null) {
            return Optional.empty();
        }
        boolean hashed = io.path("hashed").asBoolean(false);
        String salt = io.path("salt").isTextual() ? io.path("salt").asText() : null;
        List<String> candidates = new ArrayList<>();
        candidates.add(known.value());
        if (known.isEmail()) {
            String normal = known.value().strip().toLowerCase(Locale.ROOT);
            if (!normal.equals(known.value())) {
                candidates.add(normal);
            }
        }
        for (int i = 0; i < candidates.size(); i++) {
            String candidate = candidates.get(i);
            String variant = i == 0 ? "" : ", after trimming and lower-casing the expected address";
            if (hashed) {
                Optional<String> algorithm = IdentityHash.algorithm(value);
                if (algorithm.isPresent() && IdentityHash.matches(value, salt == null ? "" : salt, candidate)) {
                    return Optional.of("hashed " + algorithm.get() + (salt != null ? " with salt" : " without salt")
                            + variant);
                }
            } else if (value.equals(candidate)) {
                return Optional.of("plain text" + variant);
            }
        }
        if (!hashed && known.isEmail() && emailEquals(value, known.value())) {
            return Optional.of("plain text, ignoring case");
        }
        return Optional.empty();
    }

    private static boolean emailEquals(String a, String b) {
        return a.strip().equalsIgnoreCase(b.strip());
    }
}
