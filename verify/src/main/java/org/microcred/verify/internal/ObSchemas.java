package org.microcred.verify.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.microcred.core.json.Json;

/**
 * The bundled OB 3.0 JSON Schemas (draft 2019-09), registered under their published purl URLs
 * (and their internal {@code $id}s), validated with networknt json-schema-validator (its 2.0 line,
 * which runs on the same Jackson 2 trees as the rest of the SDK). Nothing is fetched: the registry
 * only knows the bundled files, and the draft 2019-09 meta-schemas come from the validator's jar.
 *
 * <p>Before validating, {@link #normalise(JsonNode)} rewrites single values as one-element arrays
 * where OB 3.0's serialization rules allow JSON-LD compaction ({@code type} of every class whose
 * {@code type} is a set; {@code proof}, {@code credentialSchema}, {@code termsOfUse} on
 * credentials), because the canonical schemas require arrays there (openbadges-specification
 * issues #473, #506, #563). Thread-safe.
 */
public final class ObSchemas {

    /** The published URL of the AchievementCredential (OpenBadgeCredential) schema. */
    public static final String ACHIEVEMENT_CREDENTIAL =
            "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";
    /** The published URL of the EndorsementCredential schema. */
    public static final String ENDORSEMENT_CREDENTIAL =
            "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_endorsementcredential_schema.json";
    /** The published URL of the Profile schema. */
    public static final String PROFILE =
            "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_profile_schema.json";

    private static final String RESOURCES = "/org/microcred/verify/schemas/ob_v3p0/";
    private static final int MAX_REPORTED_ERRORS = 5;

    /** Properties whose object values have a single-IRI {@code type} (not a set): leave their type alone. */
    private static final Set<String> SINGLE_TYPE_PARENTS = Set.of("proof", "credentialSchema", "credentialStatus",
            "refreshService", "termsOfUse", "identifier", "otherIdentifier", "image", "geo", "criteria");
    private static final Set<String> COMPACTABLE_CREDENTIAL_SETS = Set.of("proof", "credentialSchema", "termsOfUse");

    private static final class Holder {
        static final ObSchemas INSTANCE = new ObSchemas();
    }

    private final Map<String, Schema> schemas = new HashMap<>();

    private ObSchemas() {
        Map<String, String> texts = new HashMap<>();
        Map<String, String> published = Map.of(
                ACHIEVEMENT_CREDENTIAL, "achievementcredential.json",
                ENDORSEMENT_CREDENTIAL, "endorsementcredential.json",
                PROFILE, "profile.json");
        Map<String, String> ids = new HashMap<>();
        for (Map.Entry<String, String> e : published.entrySet()) {
            String text = resource(e.getValue());
            texts.put(e.getKey(), text);
            String id = Json.standard().parse(text).path("$id").asText("");
            if (!id.isEmpty()) {
                texts.put(id, text);
                ids.put(e.getKey(), id);
            }
        }
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09,
                b -> b.schemaRegistryConfig(config).schemas(texts::get));
        for (String url : published.keySet()) {
            Schema schema = registry.getSchema(SchemaLocation.of(url));
            schema.initializeValidators();
            schemas.put(url, schema);
        }
    }

    /** @return the shared instance (schemas are parsed once, on first use) */
    public static ObSchemas get() {
        return Holder.INSTANCE;
    }

    /**
     * @param schemaUrl one of the published URLs of this class
     * @return whether that schema is bundled
     */
    public boolean has(String schemaUrl) {
        return schemas.containsKey(schemaUrl);
    }

    /**
     * One schema violation.
     *
     * @param pointer JSON pointer into the instance
     * @param message the validator's message
     */
    public record Violation(String pointer, String message) {
    }

    /**
     * Validates an already-normalised instance.
     *
     * @param schemaUrl a bundled schema's published URL
     * @param instance the instance (see {@link #normalise(JsonNode)})
     * @return the violations; empty when valid
     */
    public List<Violation> validate(String schemaUrl, JsonNode instance) {
        Schema schema = schemas.get(schemaUrl);
        if (schema == null) {
            throw new IllegalArgumentException("No bundled schema " + schemaUrl);
        }
        // The validator walks the SDK's own Jackson 2 tree: no copy, no re-parse.
        List<Error> errors = schema.validate(instance);
        List<Violation> out = new ArrayList<>();
        for (Error e : errors) {
            String pointer = e.getInstanceLocation() == null ? "" : e.getInstanceLocation().toString();
            out.add(new Violation(pointer, e.getMessage()));
        }
        return out;
    }

    /**
     * Summarises violations for a person.
     *
     * @param violations the violations (not empty)
     * @return "N schema violation(s): first; second; …"
     */
    public static String describe(List<Violation> violations) {
        StringBuilder sb = new StringBuilder();
        sb.append(violations.size()).append(violations.size() == 1 ? " schema violation: " : " schema violations: ");
        for (int i = 0; i < Math.min(MAX_REPORTED_ERRORS, violations.size()); i++) {
            if (i > 0) {
                sb.append("; ");
            }
            Violation v = violations.get(i);
            String msg = v.message();
            sb.append(Nodes.clip(msg.startsWith(v.pointer()) || v.pointer().isEmpty() ? msg : v.pointer() + ": " + msg));
        }
        if (violations.size() > MAX_REPORTED_ERRORS) {
            sb.append("; and ").append(violations.size() - MAX_REPORTED_ERRORS).append(" more");
        }
        return sb.toString();
    }

    /**
     * A copy of a credential with single values rewritten as arrays where the OB 3.0 serialization
     * rules allow JSON-LD compaction. {@code @context} values are left untouched.
     *
     * @param credential the credential
     * @return the normalised copy
     */
    public static JsonNode normalise(JsonNode credential) {
        JsonNode copy = credential.deepCopy();
        normalise(copy, null);
        return copy;
    }

    private static void normalise(JsonNode node, String parentProperty) {
        if (node.isArray()) {
            for (JsonNode child : node) {
                normalise(child, parentProperty);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        ObjectNode obj = (ObjectNode) node;
        JsonNode type = obj.get("type");
        if (type != null && type.isTextual() && (parentProperty == null || !SINGLE_TYPE_PARENTS.contains(parentProperty))) {
            obj.set("type", wrap(type));
        }
        if (obj.has("credentialSubject")) {
            for (String p : COMPACTABLE_CREDENTIAL_SETS) {
                JsonNode v = obj.get(p);
                if (v != null && v.isObject()) {
                    obj.set(p, wrap(v));
                }
            }
        }
        Iterator<Map.Entry<String, JsonNode>> fields = obj.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (!f.getKey().equals("@context")) {
                normalise(f.getValue(), f.getKey());
            }
        }
    }

    private static ArrayNode wrap(JsonNode value) {
        ArrayNode a = Json.standard().mapper().createArrayNode();
        a.add(value);
        return a;
    }

    private static String resource(String name) {
        try (InputStream in = ObSchemas.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("Bundled schema missing from the jar: " + RESOURCES + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bundled schema " + name, e);
        }
    }
}
