package org.microcred.verify.ob2;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * OB 2.0 "Data Validation" of the three core objects: {@code @context}, {@code type}, required
 * properties and their data types
 * (<a href="https://www.imsglobal.org/spec/ob/v2p0/#data-validation">OB 2.0 Data Validation</a>).
 * Findings go to the {@code context}, {@code type} and {@code schema} checks.
 */
final class Structure {

    /** The OB 2.0 context URL and its legacy alias, normalised (no trailing slash, lower case). */
    private static final Set<String> V2_CONTEXTS = Set.of(
            "https://w3id.org/openbadges/v2", "http://w3id.org/openbadges/v2",
            "https://openbadgespec.org/v2/context.json", "http://openbadgespec.org/v2/context.json");
    private static final Set<String> V1_CONTEXTS = Set.of(
            "https://w3id.org/openbadges/v1", "http://w3id.org/openbadges/v1",
            "https://openbadgespec.org/v1/context.json", "http://openbadgespec.org/v1/context.json");
    private static final Set<String> IDENTIFIER_TYPES = Set.of("email", "url", "telephone", "id");

    /**
     * One document to check.
     *
     * @param node the JSON object
     * @param label how messages name it, e.g. {@code BadgeClass https://…/badge} or {@code Assertion}
     * @param base the JSON pointer of the object inside the assertion ({@code ""} for a fetched document)
     * @param fetched whether it is a document of its own (fetched), rather than embedded
     */
    record Doc(JsonNode node, String label, String base, boolean fetched) {
    }

    private final StepLog log;

    Structure(StepLog log) {
        this.log = log;
    }

    // ---------------------------------------------------------------- context

    /** The assertion must name the OB 2.0 context; other documents inherit it when embedded. */
    void context(Doc doc, boolean required) {
        JsonNode ctx = Nodes.get(doc.node(), "@context");
        String at = Nodes.pointer(doc.base(), "@context");
        if (ctx == null) {
            if (required) {
                log.fail(Ob2Check.CONTEXT, doc.label() + " has no @context; an Open Badges 2.0 document names"
                        + " https://w3id.org/openbadges/v2", at);
            } else if (doc.fetched()) {
                log.warn(Ob2Check.CONTEXT, doc.label() + " has no @context (https://w3id.org/openbadges/v2 expected)", at);
            }
            return;
        }
        boolean v2 = false;
        boolean v1 = false;
        boolean legacyAlias = false;
        for (JsonNode entry : Nodes.values(ctx)) {
            if (entry.isTextual()) {
                String url = normalise(entry.asText());
                if (V2_CONTEXTS.contains(url)) {
                    v2 = true;
                    legacyAlias |= url.contains("openbadgespec.org");
                } else if (V1_CONTEXTS.contains(url)) {
                    v1 = true;
                }
            } else if (!entry.isObject()) {
                log.fail(Ob2Check.CONTEXT, doc.label() + " @context has an entry that is neither a URL nor an object", at);
                return;
            }
        }
        if (v2) {
            log.pass(Ob2Check.CONTEXT, doc.label() + " uses the Open Badges 2.0 context"
                    + (legacyAlias ? " (legacy URL https://openbadgespec.org/v2/context.json)" : ""));
        } else if (v1) {
            String msg = doc.label() + " uses the Open Badges 1.x context; only Open Badges 2.0 is verified here";
            if (required) {
                log.fail(Ob2Check.CONTEXT, msg, at);
            } else {
                log.warn(Ob2Check.CONTEXT, msg, at);
            }
        } else if (required) {
            log.fail(Ob2Check.CONTEXT, doc.label() + " @context does not name https://w3id.org/openbadges/v2", at);
        } else {
            log.warn(Ob2Check.CONTEXT, doc.label() + " @context does not name https://w3id.org/openbadges/v2", at);
        }
    }

    private static String normalise(String url) {
        String s = url.strip().toLowerCase(Locale.ROOT);
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    // ---------------------------------------------------------------- type

    void type(Doc doc, String... accepted) {
        String at = Nodes.pointer(doc.base(), "type");
        if (Nodes.get(doc.node(), "type") == null && Nodes.get(doc.node(), "@type") == null) {
            log.fail(Ob2Check.TYPE, doc.label() + " has no type (expected " + String.join(" or ", accepted) + ")", at);
        } else if (Nodes.hasType(doc.node(), accepted)) {
            log.pass(Ob2Check.TYPE, doc.label() + " is of type " + String.join("/", accepted));
        } else {
            log.fail(Ob2Check.TYPE, doc.label() + " type " + Nodes.types(doc.node()) + " does not include "
                    + String.join(" or ", accepted), at);
        }
    }

    // ---------------------------------------------------------------- schema

    /**
     * Checks an assertion. For a revoked hosted assertion only {@code id} and {@code revoked} are
     * required (the spec lets issuers strip the rest).
     */
    void assertion(Doc doc, boolean revokedStub) {
        JsonNode a = doc.node();
        iri(doc, "id", true);
        if (revokedStub) {
            bool(doc, "revoked");
            text(doc, "revocationReason", false);
            return;
        }
        recipient(doc);
        JsonNode badge = Nodes.get(a, "badge");
        if (badge == null) {
            missing(doc, "badge");
        } else if (!badge.isTextual() && !badge.isObject()) {
            log.fail(Ob2Check.SCHEMA, doc.label() + " badge must be a BadgeClass IRI or object", Nodes.pointer(doc.base(), "badge"));
        } else if (badge.isTextual() && !Nodes.isAbsoluteIri(badge.asText())) {
            log.fail(Ob2Check.SCHEMA, doc.label() + " badge '" + Nodes.brief(badge.asText()) + "' is not an IRI",
                    Nodes.pointer(doc.base(), "badge"));
        }
        JsonNode verification = verification(a);
        if (verification == null) {
            missing(doc, "verification");
        } else if (!verification.isObject()) {
            log.fail(Ob2Check.SCHEMA, doc.label() + " verification must be a VerificationObject",
                    Nodes.pointer(doc.base(), "verification"));
        } else if (Nodes.types(verification).isEmpty()) {
            log.fail(Ob2Check.SCHEMA, doc.label() + " verification has no type (HostedBadge or SignedBadge)",
                    Nodes.pointer(doc.base(), "verification") + "/type");
        }
        dateTime(doc, "issuedOn", true);
        dateTime(doc, "expires", false);
        imageRef(doc, "image", false);
        JsonNode evidence = Nodes.get(a, "evidence");
        for (JsonNode e : Nodes.values(evidence)) {
            if (!e.isTextual() && !e.isObject()) {
                log.fail(Ob2Check.SCHEMA, doc.label() + " evidence entries must be IRIs or Evidence objects",
                        Nodes.pointer(doc.base(), "evidence"));
                break;
            }
        }
        text(doc, "narrative", false);
        bool(doc, "revoked");
        text(doc, "revocationReason", false);
    }

    static JsonNode verification(JsonNode assertion) {
        JsonNode v = Nodes.get(assertion, "verification");
        return v != null ? v : Nodes.get(assertion, "verify");
    }

    private void recipient(Doc doc) {
        JsonNode r = Nodes.get(doc.node(), "recipient");
        String at = Nodes.pointer(doc.base(), "recipient");
        if (r == null) {
            missing(doc, "recipient");
            return;
        }
        if (!r.isObject()) {
            log.fail(Ob2Check.SCHEMA, doc.label() + " recipient must be an IdentityObject", at);
            return;
        }
        Doc rd = new Doc(r, doc.label() + " recipient", at, false);
        if (text(rd, "type", true) && !IDENTIFIER_TYPES.contains(Nodes.text(r, "type").orElse(""))) {
            log.warn(Ob2Check.SCHEMA, doc.label() + " recipient.type '" + Nodes.brief(Nodes.text(r, "type").orElse(""))
                    + "' is not one of email, url, telephone, id", at + "/type");
        }
        boolean hasIdentity = text(rd, "identity", true);
        JsonNode hashed = Nodes.get(r, "hashed");
        if (hashed == null) {
            log.warn(Ob2Check.SCHEMA, doc.label() + " recipient.hashed is missing (required; read as false)", at + "/hashed");
        } else if (!hashed.isBoolean()) {
            log.fail(Ob2Check.SCHEMA, doc.label() + " recipient.hashed must be a boolean", at + "/hashed");
        } else if (hashed.asBoolean() && hasIdentity && !Recipients.isIdentityHash(Nodes.text(r, "identity").orElse(""))) {
            log.fail(Ob2Check.SCHEMA, doc.label() + " recipient.identity is hashed but not an IdentityHash"
                    + " (sha256$ + 64 hex digits or md5$ + 32 hex digits)", at + "/identity");
        }
        text(rd, "salt", false);
    }

    /** Checks a BadgeClass (required: id, type, name, description, image, criteria, issuer). */
    void badgeClass(Doc doc) {
        JsonNode b = doc.node();
        iri(doc, "id", true);
        text(doc, "name", true);
        text(doc, "description", true);
        imageRef(doc, "image", true);
        JsonNode criteria = Nodes.get(b, "criteria");
        String at = Nodes.pointer(doc.base(), "criteria");
        if (criteria == null) {
            missing(doc, "criteria");
        } else if (criteria.isTextual()) {
            if (!Nodes.isAbsoluteIri(criteria.asText())) {
                log.fail(Ob2Check.SCHEMA, doc.label() + " criteria '" + Nodes.brief(criteria.asText()) + "' is not an IRI", at);
            }
        } else if (criteria.isObject()) {
            if (Nodes.text(criteria, "id").isEmpty() && Nodes.text(criteria, "narrative").isEmpty()) {
                log.fail(Ob2Check.SCHEMA, doc.label() + " criteria has neither an id nor a narrative", at);
            }
        } else {
            log.fail(Ob2Check.SCHEMA, doc.label() + " criteria must be an IRI or a Criteria object", at);
        }
        JsonNode issuer = Nodes.get(b, "issuer");
        if (issuer == null) {
            missing(doc, "issuer");
        } else if (!(issuer.isTextual() && Nodes.isAbsoluteIri(issuer.asText())) && !issuer.isObject()) {
            log.fail(Ob2Check.SCHEMA, doc.label() + " issuer must be a Profile IRI or object", Nodes.pointer(doc.base(), "issuer"));
        }
        List<JsonNode> alignments = Nodes.values(Nodes.get(b, "alignment"));
        for (int i = 0; i < alignments.size(); i++) {
            JsonNode al = alignments.get(i);
            String ap = Nodes.pointer(doc.base(), "alignment") + (Nodes.get(b, "alignment").isArray() ? "/" + i : "");
            if (!al.isObject() || Nodes.text(al, "targetName").isEmpty() || Nodes.text(al, "targetUrl").isEmpty()) {
                log.fail(Ob2Check.SCHEMA, doc.label() + " alignment needs targetName and targetUrl", ap);
            }
        }
        for (JsonNode tag : Nodes.values(Nodes.get(b, "tags"))) {
            if (!tag.isTextual()) {
                log.fail(Ob2Check.SCHEMA, doc.label() + " tags must be strings", Nodes.pointer(doc.base(), "tags"));
                break;
            }
        }
    }

    /** Checks an issuer Profile (required as issuer: id, type, name, url, email). */
    void issuer(Doc doc) {
        JsonNode p = doc.node();
        iri(doc, "id", true);
        text(doc, "name", true);
        if (text(doc, "url", true) && Nodes.httpUri(Nodes.text(p, "url").orElse("")).isEmpty()) {
            log.warn(Ob2Check.SCHEMA, doc.label() + " url is not an http(s) URL", Nodes.pointer(doc.base(), "url"));
        }
        if (text(doc, "email", true) && !Nodes.text(p, "email").orElse("").matches("[^@\\s]+@[^@\\s]+")) {
            log.fail(Ob2Check.SCHEMA, doc.label() + " email is not an e-mail address", Nodes.pointer(doc.base(), "email"));
        }
        text(doc, "telephone", false);
        for (JsonNode k : Nodes.values(Nodes.get(p, "publicKey"))) {
            if (Nodes.idOf(k).isEmpty()) {
                log.fail(Ob2Check.SCHEMA, doc.label() + " publicKey entries must be key IRIs or CryptographicKey objects with an id",
                        Nodes.pointer(doc.base(), "publicKey"));
                break;
            }
        }
        JsonNode verification = Nodes.get(p, "verification");
        if (verification != null && !verification.isObject()) {
            log.warn(Ob2Check.SCHEMA, doc.label() + " verification is not an embedded VerificationObject; the default"
                    + " policy (same origin as the issuer id) applies", Nodes.pointer(doc.base(), "verification"));
        }
        JsonNode list = Nodes.get(p, "revocationList");
        if (list != null && !(list.isTextual() && Nodes.isAbsoluteIri(list.asText()))) {
            log.fail(Ob2Check.SCHEMA, doc.label() + " revocationList must be an IRI", Nodes.pointer(doc.base(), "revocationList"));
        }
    }

    // ---------------------------------------------------------------- primitives

    private void missing(Doc doc, String field) {
        log.fail(Ob2Check.SCHEMA, doc.label() + " is missing the required property " + field, Nodes.pointer(doc.base(), field));
    }

    private boolean text(Doc doc, String field, boolean required) {
        JsonNode v = Nodes.get(doc.node(), field);
        if (v == null) {
            if (required) {
                missing(doc, field);
            }
            return false;
        }
        if (!v.isTextual()) {
            log.fail(Ob2Check.SCHEMA, doc.label() + " " + field + " must be a string", Nodes.pointer(doc.base(), field));
            return false;
        }
        if (required && v.asText().isBlank()) {
            log.fail(Ob2Check.SCHEMA, doc.label() + " " + field + " is empty", Nodes.pointer(doc.base(), field));
            return false;
        }
        return true;
    }

    private void iri(Doc doc, String field, boolean required) {
        if (text(doc, field, required) && !Nodes.isAbsoluteIri(Nodes.text(doc.node(), field).orElse(""))) {
            log.fail(Ob2Check.SCHEMA, doc.label() + " " + field + " '" + Nodes.brief(Nodes.text(doc.node(), field).orElse(""))
                    + "' is not an IRI", Nodes.pointer(doc.base(), field));
        }
    }

    private void bool(Doc doc, String field) {
        JsonNode v = Nodes.get(doc.node(), field);
        if (v != null && !v.isBoolean()) {
            log.fail(Ob2Check.SCHEMA, doc.label() + " " + field + " must be a boolean", Nodes.pointer(doc.base(), field));
        }
    }

    private void dateTime(Doc doc, String field, boolean required) {
        JsonNode v = Nodes.get(doc.node(), field);
        String at = Nodes.pointer(doc.base(), field);
        if (v == null) {
            if (required) {
                missing(doc, field);
            }
            return;
        }
        var read = Dates.read(v);
        if (read.isEmpty()) {
            log.fail(Ob2Check.SCHEMA, doc.label() + " " + field + " is not an ISO 8601 DateTime with time zone", at);
        } else if (read.get().warning().isPresent()) {
            log.warn(Ob2Check.SCHEMA, doc.label() + " " + field + " is " + read.get().warning().get(), at);
        }
    }

    private void imageRef(Doc doc, String field, boolean required) {
        JsonNode v = Nodes.get(doc.node(), field);
        if (v == null) {
            if (required) {
                missing(doc, field);
            }
            return;
        }
        String at = Nodes.pointer(doc.base(), field);
        if (v.isTextual()) {
            if (!Nodes.isAbsoluteIri(v.asText())) {
                log.fail(Ob2Check.SCHEMA, doc.label() + " " + field + " is not an IRI or data URI", at);
            }
        } else if (v.isObject()) {
            if (Nodes.text(v, "id").filter(Nodes::isAbsoluteIri).isEmpty()) {
                log.fail(Ob2Check.SCHEMA, doc.label() + " " + field + " object has no id IRI", at + "/id");
            }
        } else {
            log.fail(Ob2Check.SCHEMA, doc.label() + " " + field + " must be an IRI or an Image object", at);
        }
    }
}
