package org.microcred.core.issue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;
import org.microcred.core.json.CredentialJson;
import org.microcred.core.model.AchievementCredential;
import org.microcred.core.model.ClrCredential;
import org.microcred.core.model.Credential;
import org.microcred.core.model.EndorsementCredential;
import org.microcred.core.model.VcVersion;
import org.microcred.core.model.VerifiableCredential;

/**
 * Completes an unsigned credential before signing, on its JSON: fills what is missing and never
 * changes what the caller set (the issuer is the one exception: a different issuer is refused).
 * Stateless apart from its configuration; thread-safe.
 */
final class CredentialFiller {

    static final String VC_V2 = "https://www.w3.org/ns/credentials/v2";
    static final String VC_V1 = "https://www.w3.org/2018/credentials/v1";
    static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    static final String CLR_CONTEXT = "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json";
    static final String EXTENSIONS_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json";
    static final String SCHEMA_TYPE = "1EdTechJsonSchemaValidator2019";
    static final String OB_SCHEMA =
            "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";
    static final String ENDORSEMENT_SCHEMA =
            "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_endorsementcredential_schema.json";
    static final String CLR_SCHEMA =
            "https://purl.imsglobal.org/spec/clr/v2p0/schema/json/clr_v2p0_clrcredential_schema.json";
    /** Terms defined only by {@link #EXTENSIONS_CONTEXT}; the VC and OB contexts leave them undefined. */
    static final Set<String> EXTENSION_TERMS =
            Set.of(SCHEMA_TYPE, "1EdTechRevocationList", "1EdTechCredentialRefresh");

    private final String issuerId;
    private final ObjectNode profileJson;
    private final IdStrategy idStrategy;
    private final boolean fillCredentialSchema;

    CredentialFiller(String issuerId, ObjectNode profileJson, IdStrategy idStrategy, boolean fillCredentialSchema) {
        this.issuerId = issuerId;
        this.profileJson = profileJson;
        this.idStrategy = idStrategy;
        this.fillCredentialSchema = fillCredentialSchema;
    }

    /** What a kind gets when the caller left it out. */
    private record Defaults(String label, List<String> context, List<String> type, String schema) {
    }

    private static Defaults defaults(Credential credential) {
        if (credential instanceof AchievementCredential) {
            return new Defaults("AchievementCredential", AchievementCredential.DEFAULT_CONTEXT,
                    AchievementCredential.DEFAULT_TYPE, OB_SCHEMA);
        }
        if (credential instanceof EndorsementCredential) {
            return new Defaults("EndorsementCredential", EndorsementCredential.DEFAULT_CONTEXT,
                    EndorsementCredential.DEFAULT_TYPE, ENDORSEMENT_SCHEMA);
        }
        if (credential instanceof ClrCredential) {
            return new Defaults("ClrCredential", ClrCredential.DEFAULT_CONTEXT, ClrCredential.DEFAULT_TYPE,
                    CLR_SCHEMA);
        }
        return new Defaults("VerifiableCredential", VerifiableCredential.DEFAULT_CONTEXT,
                VerifiableCredential.DEFAULT_TYPE, null);
    }

    /**
     * Completes a credential.
     *
     * @param unsigned the caller's credential
     * @param now the issue time, whole seconds
     * @param whole whether {@code validFrom}/{@code validUntil} must be whole seconds (VC-JWT)
     * @return the completed credential, as read back from its completed JSON
     */
    Credential fill(Credential unsigned, Instant now, boolean whole) {
        Defaults defaults = defaults(unsigned);
        ObjectNode original = CredentialJson.write(unsigned);
        ObjectNode json = original.deepCopy();

        JsonNode context = json.get("@context");
        if (context == null || context.isNull() || (context.isArray() && context.isEmpty())) {
            json.set("@context", strings(defaults.context()));
        } else if (first(context).equals(VC_V1)) {
            throw invalid(defaults.label() + ".@context[0] is the VC 1.1 context (" + VC_V1 + "); the Issuer issues "
                    + "VC data model 2.0 credentials", "start @context with " + VC_V2);
        }
        JsonNode type = json.get("type");
        if (type == null || type.isNull() || (type.isArray() && type.isEmpty())) {
            json.set("type", strings(defaults.type()));
        }
        fillIssuer(json, defaults.label());
        if (!json.hasNonNull("validFrom")) {
            json.put("validFrom", now.toString());
        }
        if (defaults.schema() != null && fillCredentialSchema) {
            JsonNode schemas = json.get("credentialSchema");
            if (schemas == null || schemas.isNull() || (schemas.isArray() && schemas.isEmpty())) {
                ArrayNode list = json.putArray("credentialSchema");
                list.addObject().put("id", defaults.schema()).put("type", SCHEMA_TYPE);
            }
        }
        addExtensionsContextIfUsed(json);
        if (!json.hasNonNull("id")) {
            Credential draft = CredentialJson.read(json);
            String id = idStrategy.newId(draft);
            if (id == null || !isAbsoluteUri(id)) {
                throw invalid("The id strategy returned '" + id + "' for " + defaults.label()
                        + ".id, which is not an absolute URI", "return a URI such as urn:uuid:… or https://…");
            }
            json.put("id", id);
        }
        if (!unsigned.proof().isEmpty() && !json.equals(original)) {
            throw invalid(defaults.label() + " already has a proof, and completing it (" + changes(original, json)
                    + ") would invalidate that proof", "issue the credential before adding other proofs, or set "
                    + "every value yourself");
        }
        if (whole) {
            requireWholeSeconds(json, "validFrom", defaults.label());
            requireWholeSeconds(json, "validUntil", defaults.label());
        }

        Credential filled = CredentialJson.read(json);
        if (!filled.getClass().equals(unsigned.getClass())) {
            throw invalid(defaults.label() + ".type " + json.get("type") + " makes it a "
                    + filled.getClass().getSimpleName(), "use the types of a " + defaults.label());
        }
        if (filled.vcVersion() != VcVersion.V2) {
            throw invalid(defaults.label() + ".@context does not select VC data model 2.0", "start @context with "
                    + VC_V2);
        }
        List<String> problems = filled.problems();
        if (!problems.isEmpty()) {
            throw invalid(problems.size() == 1 ? problems.get(0)
                    : problems.get(0) + " (" + problems.size() + " problems: " + String.join("; ", problems) + ")",
                    null);
        }
        return filled;
    }

    private void fillIssuer(ObjectNode json, String label) {
        JsonNode issuer = json.get("issuer");
        if (issuer == null || issuer.isNull()) {
            json.set("issuer", profileJson.deepCopy());
            return;
        }
        String id = issuer.isTextual() ? issuer.asText() : issuer.path("id").isTextual() ? issuer.get("id").asText() : null;
        if (id == null) {
            throw invalid(label + ".issuer has no id", "leave the issuer out: the Issuer sets its profile");
        }
        if (!id.equals(issuerId)) {
            throw new MicrocredException(ErrorCode.ISSUER_KEY_MISMATCH, label + ".issuer is " + id
                    + ", but this Issuer signs for " + issuerId, "leave the issuer out, or use an Issuer built "
                    + "for " + id, null);
        }
    }

    /** Appends the 1EdTech extensions context when an extension term is used and nothing defines it. */
    private static void addExtensionsContextIfUsed(ObjectNode json) {
        JsonNode context = json.get("@context");
        if (!usesExtensionTerm(json, false)) {
            return;
        }
        ArrayNode list;
        if (context.isArray()) {
            list = (ArrayNode) context;
        } else {
            list = JsonNodeFactory.instance.arrayNode().add(context);
        }
        for (JsonNode entry : list) {
            if (entry.isTextual() && entry.asText().equals(EXTENSIONS_CONTEXT)) {
                return;
            }
            if (entry.isObject() && EXTENSION_TERMS.stream().anyMatch(entry::has)) {
                return;
            }
        }
        list.add(EXTENSIONS_CONTEXT);
        json.set("@context", list);
    }

    private static boolean usesExtensionTerm(JsonNode node, boolean typeValue) {
        if (node.isTextual()) {
            return typeValue && EXTENSION_TERMS.contains(node.asText());
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                if (usesExtensionTerm(item, typeValue)) {
                    return true;
                }
            }
            return false;
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!field.getKey().equals("@context") && usesExtensionTerm(field.getValue(), field.getKey().equals("type"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void requireWholeSeconds(ObjectNode json, String member, String label) {
        JsonNode value = json.get(member);
        if (value == null || !value.isTextual()) {
            return;
        }
        try {
            if (OffsetDateTime.parse(value.asText()).getNano() != 0) {
                throw invalid(label + "." + member + " '" + value.asText() + "' has fractions of a second, which the "
                        + "JWT claim " + (member.equals("validFrom") ? "nbf" : "exp") + " cannot carry",
                        "truncate it to whole seconds (Instant.truncatedTo(ChronoUnit.SECONDS))");
            }
        } catch (DateTimeParseException e) {
            // reported by the model's problems()
        }
    }

    private static String changes(ObjectNode before, ObjectNode after) {
        StringBuilder out = new StringBuilder();
        after.fieldNames().forEachRemaining(name -> {
            if (!after.get(name).equals(before.get(name))) {
                out.append(out.length() == 0 ? "" : ", ").append(before.has(name) ? "changing " : "adding ").append(name);
            }
        });
        return out.toString();
    }

    private static String first(JsonNode context) {
        JsonNode first = context.isArray() ? context.path(0) : context;
        return first.isTextual() ? first.asText() : "";
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        values.forEach(array::add);
        return array;
    }

    static boolean isAbsoluteUri(String value) {
        try {
            return new URI(value).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static MicrocredException invalid(String message, String hint) {
        return new MicrocredException(ErrorCode.INVALID_VALUE, message, hint, null);
    }
}
