package org.microcred.verify.ob2;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.microcred.core.MicrocredException;
import org.microcred.core.bake.PayloadKind;
import org.microcred.core.json.Json;
import org.microcred.core.keys.MicrocredPublicKey;
import org.microcred.verify.fetch.DocumentFetcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One verification of one input: the hosted or signed procedure of OB 2.0 ("Hosted Verification",
 * "Signed Verification"), then validity period, revocation and recipient. Not thread-safe; a new
 * run per call.
 */
final class Ob2Run {

    private static final Logger LOG = LoggerFactory.getLogger(Ob2Run.class);

    private final Clock clock;
    private final Duration skew;
    private final Optional<ExpectedRecipient> expected;
    private final boolean strictRevocationList;
    private final Remote remote;
    private final StepLog log = new StepLog();
    private final Structure structure = new Structure(log);

    private PayloadKind form;
    private Ob2VerificationType type;
    private JsonNode presented;
    private CompactJws jws;
    private JsonNode assertion;
    private JsonNode badge;
    private String badgeBase = "/badge";
    private JsonNode issuer;
    private boolean issuerTrusted;
    private String issuerProblem;
    private boolean hostedFetched;
    private boolean revoked;
    private String revocationReason;
    private RecipientMatch recipientMatch;
    private String verifiedKey;
    private MicrocredPublicKey verifiedPublicKey;

    Ob2Run(DocumentFetcher fetcher, Clock clock, Duration skew, Optional<ExpectedRecipient> expected,
            boolean strictRevocationList) {
        this.remote = new Remote(fetcher);
        this.clock = clock;
        this.skew = skew;
        this.expected = expected;
        this.strictRevocationList = strictRevocationList;
    }

    Ob2Result run(String input) {
        try {
            verify(input);
        } catch (RuntimeException e) {
            // A defect must not turn bad input into an exception: report it as a failed step.
            LOG.debug("OB 2.0 verification stopped by an unexpected error", e);
            log.fail(firstUnreported(), "verification stopped by an unexpected error: " + e, null);
        }
        log.skipUnreported("not checked: an earlier step failed or did not apply");
        LOG.debug("OB 2.0 verification done: form={}, type={}, revoked={}, failed checks={}", form, type, revoked,
                java.util.Arrays.stream(Ob2Check.values()).filter(log::failed).map(Ob2Check::id).toList());
        return new Ob2Result(log.ordered(), Optional.ofNullable(form), Optional.ofNullable(type), display(),
                assertion, badge, issuer, Optional.ofNullable(recipientMatch), Optional.ofNullable(verifiedKey),
                Optional.ofNullable(verifiedPublicKey));
    }

    private Ob2Check firstUnreported() {
        for (Ob2Check c : Ob2Check.values()) {
            if (!log.has(c)) {
                return c;
            }
        }
        return Ob2Check.RECIPIENT;
    }

    // ------------------------------------------------------------------ parse

    private void verify(String input) {
        String text = (input.startsWith("\uFEFF") ? input.substring(1) : input).strip();
        Optional<PayloadKind> kind = text.isEmpty() ? Optional.empty() : PayloadKind.classify(text);
        if (kind.isEmpty()) {
            log.fail(Ob2Check.PARSE, text.isEmpty() ? "the input is empty"
                    : "the input is not an Open Badges 2.0 assertion: expected a JSON object, a compact JWS or an http(s) URL", null);
            log.skipUnreported("not checked: the input could not be read");
            return;
        }
        form = kind.get();
        switch (form) {
            case JSON -> {
                try {
                    JsonNode node = Json.standard().parse(text);
                    if (!node.isObject()) {
                        log.fail(Ob2Check.PARSE, "the JSON input is not an object", null);
                        return;
                    }
                    presented = node;
                } catch (MicrocredException e) {
                    log.fail(Ob2Check.PARSE, "the input is not readable JSON: " + e.getMessage(), null);
                    return;
                }
                log.pass(Ob2Check.PARSE, "read an assertion presented as JSON");
                type = declaredType(presented);
            }
            case JWS -> {
                try {
                    jws = CompactJws.parse(text);
                } catch (IllegalArgumentException e) {
                    log.fail(Ob2Check.PARSE, "the compact JWS cannot be read: " + e.getMessage(), null);
                    return;
                }
                presented = jws.payload();
                log.pass(Ob2Check.PARSE, "read a signed assertion presented as a compact JWS");
                type = Ob2VerificationType.SIGNED;
            }
            case URL -> {
                if (Nodes.httpUri(text).isEmpty()) {
                    log.fail(Ob2Check.PARSE, "'" + Nodes.brief(text) + "' is not a valid http(s) URL", null);
                    return;
                }
                log.pass(Ob2Check.PARSE, "read the URL of a hosted assertion");
                type = Ob2VerificationType.HOSTED;
            }
            default -> throw new IllegalStateException(form.toString());
        }
        if (type == Ob2VerificationType.HOSTED) {
            hosted(form == PayloadKind.URL ? text : null);
        } else if (type == Ob2VerificationType.SIGNED) {
            assertion = presented;
            if (jws == null) {
                log.fail(Ob2Check.PROOF, "the assertion declares SignedBadge verification but was presented as plain JSON,"
                        + " which carries no signature; present the compact JWS", "/verification/type");
            } else {
                Optional<Ob2VerificationType> declared = Optional.ofNullable(declaredType(presented));
                if (declared.isPresent() && declared.get() != Ob2VerificationType.SIGNED) {
                    log.warn(Ob2Check.PROOF, "the JWS payload declares verification type " + declared.get()
                            + "; it is verified as a signed badge because it was presented as a JWS", "/verification/type");
                }
            }
        } else {
            assertion = presented;
            log.fail(Ob2Check.PROOF, "the assertion declares no known verification type (HostedBadge/hosted or"
                    + " SignedBadge/signed), so it cannot be verified", "/verification/type");
        }
        if (assertion == null) {
            if (revoked) {
                status();
            }
            return;
        }
        checkDocuments();
        if (type == Ob2VerificationType.SIGNED && jws != null) {
            signed();
        } else if (type == Ob2VerificationType.HOSTED && hostedFetched) {
            hostedScope();
        }
        validityPeriod();
        status();
        recipient();
    }

    private static Ob2VerificationType declaredType(JsonNode assertion) {
        JsonNode verification = Structure.verification(assertion);
        for (String t : Nodes.types(verification)) {
            switch (t.toLowerCase(Locale.ROOT)) {
                case "hosted", "hostedbadge" -> {
                    return Ob2VerificationType.HOSTED;
                }
                case "signed", "signedbadge" -> {
                    return Ob2VerificationType.SIGNED;
                }
                default -> {
                    // keep looking
                }
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ hosted

    private void hosted(String url) {
        String id = url != null ? url : Nodes.text(presented, "id").orElse(null);
        if (id == null || Nodes.httpUri(id).isEmpty()) {
            assertion = presented;
            log.fail(Ob2Check.PROOF, "a hosted assertion needs an http(s) id to be fetched from; this one has "
                    + (id == null ? "none" : "'" + Nodes.brief(id) + "'"), "/id");
            return;
        }
        Remote.Fetched fetched = remote.get(id);
        if (fetched.gone()) {
            hostedFetched = true;
            revoked = true;
            revocationReason = fetched.json().flatMap(j -> Nodes.text(j, "revocationReason")).orElse(null);
            JsonNode body = fetched.json().orElse(null);
            assertion = body != null && Nodes.get(body, "badge") != null ? body : (presented != null ? presented : body);
            log.pass(Ob2Check.PROOF, "the issuer's server answered for the hosted assertion " + id + " (410 Gone)");
            return;
        }
        if (!fetched.ok()) {
            assertion = presented;
            log.fail(Ob2Check.PROOF, "the hosted assertion " + id + " cannot be fetched: " + fetched.problem()
                    + (presented != null ? "; the presented copy is shown but not verified" : ""), presented != null ? "/id" : null);
            return;
        }
        JsonNode copy = fetched.json().orElseThrow();
        String copyId = Nodes.text(copy, "id").orElse(null);
        if (!id.equals(copyId)) {
            assertion = presented != null ? presented : copy;
            log.fail(Ob2Check.PROOF, "the document at " + id + " declares id "
                    + (copyId == null ? "(none)" : "'" + Nodes.brief(copyId) + "'") + ", not its own URL", "/id");
            return;
        }
        hostedFetched = true;
        assertion = copy;
        if (Nodes.get(copy, "revoked") != null && copy.get("revoked").asBoolean(false)) {
            revoked = true;
            revocationReason = Nodes.text(copy, "revocationReason").orElse(null);
            if (presented != null && Nodes.get(copy, "badge") == null) {
                assertion = presented;
            }
        }
        Ob2VerificationType hostedType = declaredType(copy);
        if (!revoked && hostedType != Ob2VerificationType.HOSTED) {
            log.fail(Ob2Check.PROOF, "the hosted copy at " + id + " does not declare HostedBadge verification", "/verification/type");
            return;
        }
        if (presented != null && !presented.equals(copy)) {
            log.warn(Ob2Check.PROOF, "the presented assertion differs from the hosted copy at " + id + " in "
                    + differences(presented, copy) + "; the hosted copy is used", null);
        }
        log.pass(Ob2Check.PROOF, "fetched the hosted assertion from " + id);
    }

    private static String differences(JsonNode a, JsonNode b) {
        TreeSet<String> names = new TreeSet<>();
        for (Iterator<String> it = a.fieldNames(); it.hasNext();) {
            String n = it.next();
            if (!a.get(n).equals(b.get(n))) {
                names.add(n);
            }
        }
        for (Iterator<String> it = b.fieldNames(); it.hasNext();) {
            String n = it.next();
            if (!a.has(n)) {
                names.add(n);
            }
        }
        return names.isEmpty() ? "property order" : String.join(", ", names);
    }

    /** The assertion (and a separately fetched BadgeClass) must be in the issuer's verification scope. */
    private void hostedScope() {
        if (!issuerTrusted) {
            if (issuerProblem == null) {
                log.skip(Ob2Check.ISSUER_BINDING, "not checked: the assertion names no issuer that could be resolved");
            } else {
                log.fail(Ob2Check.ISSUER_BINDING, issuerProblem, "/badge");
            }
            return;
        }
        String assertionId = Nodes.text(assertion, "id").orElse("");
        String issuerId = Nodes.text(issuer, "id").orElse("");
        VerificationPolicy policy = VerificationPolicy.of(issuer);
        Optional<String> problem = policy.outOfScope(assertionId);
        if (problem.isPresent()) {
            log.fail(Ob2Check.ISSUER_BINDING, "the assertion " + assertionId + " " + problem.get(), "/id");
            return;
        }
        if (badgeBase.isEmpty()) {
            String badgeId = Nodes.text(badge, "id").orElse("");
            policy.outOfScope(badgeId).ifPresent(p -> log.warn(Ob2Check.ISSUER_BINDING,
                    "the BadgeClass " + badgeId + " " + p, "/badge"));
        }
        log.pass(Ob2Check.ISSUER_BINDING, "the hosted assertion is in the verification scope of issuer " + issuerId
                + (policy.isDefault() ? " (default policy: same origin as the issuer id)" : ""));
    }

    // ------------------------------------------------------------------ documents

    /** Context, type and schema of the assertion, BadgeClass and issuer Profile (resolving the latter two). */
    private void checkDocuments() {
        boolean stub = revoked && Nodes.get(assertion, "badge") == null;
        Structure.Doc a = new Structure.Doc(assertion, "Assertion", "", true);
        structure.context(a, true);
        if (stub) {
            if (Nodes.get(assertion, "type") != null) {
                structure.type(a, "Assertion");
            }
            structure.assertion(a, true);
            log.pass(Ob2Check.SCHEMA, "the revoked hosted assertion has id and revoked");
            return;
        }
        structure.type(a, "Assertion");
        structure.assertion(a, false);
        resolveBadge();
        if (badge != null) {
            Structure.Doc b = badgeBase.isEmpty()
                    ? new Structure.Doc(badge, "BadgeClass " + Nodes.text(badge, "id").orElse(""), "", true)
                    : new Structure.Doc(badge, "BadgeClass", badgeBase, false);
            structure.context(b, false);
            structure.type(b, "BadgeClass");
            structure.badgeClass(b);
            resolveIssuer();
        }
        if (issuer != null) {
            Structure.Doc i = issuerTrusted
                    ? new Structure.Doc(issuer, "Issuer " + Nodes.text(issuer, "id").orElse(""), "", true)
                    : new Structure.Doc(issuer, "Issuer", badgeBase + "/issuer", false);
            structure.context(i, false);
            structure.type(i, "Issuer", "Profile");
            structure.issuer(i);
        }
        if (!log.has(Ob2Check.SCHEMA)) {
            log.pass(Ob2Check.SCHEMA, "the Assertion, BadgeClass and issuer Profile have their required properties");
        }
    }

    private void resolveBadge() {
        JsonNode ref = Nodes.get(assertion, "badge");
        if (ref == null) {
            return;
        }
        if (ref.isObject()) {
            badge = ref;
            badgeBase = "/badge";
            return;
        }
        if (!ref.isTextual()) {
            return;
        }
        String iri = ref.asText();
        Remote.Fetched fetched = remote.get(iri);
        if (!fetched.ok()) {
            log.fail(Ob2Check.SCHEMA, "the BadgeClass " + Nodes.brief(iri) + " cannot be fetched: " + fetched.problem(), "/badge");
            return;
        }
        JsonNode doc = fetched.json().orElseThrow();
        if (!iri.equals(Nodes.text(doc, "id").orElse(null))) {
            log.fail(Ob2Check.SCHEMA, "the document at " + iri + " declares a different id ("
                    + Nodes.text(doc, "id").map(Nodes::brief).orElse("none") + ")", "/badge");
            return;
        }
        badge = doc;
        badgeBase = "";
    }

    /**
     * The issuer Profile is trusted only as fetched from its own http(s) id: an embedded copy
     * cannot vouch for the verification policy or keys it declares.
     */
    private void resolveIssuer() {
        JsonNode ref = Nodes.get(badge, "issuer");
        String at = badgeBase + "/issuer";
        Optional<String> iri = Nodes.idOf(ref);
        if (ref != null && ref.isObject()) {
            issuer = ref;
        }
        if (iri.isEmpty()) {
            issuerProblem = "the issuer has no id, so it cannot be bound to the assertion";
            return;
        }
        Remote.Fetched fetched = remote.get(iri.get());
        if (!fetched.ok()) {
            issuerProblem = "the issuer profile " + Nodes.brief(iri.get()) + " cannot be fetched: " + fetched.problem()
                    + (issuer != null ? " (an embedded copy cannot vouch for itself)" : "");
            if (issuer == null) {
                log.fail(Ob2Check.SCHEMA, issuerProblem, at);
            }
            return;
        }
        JsonNode doc = fetched.json().orElseThrow();
        if (!iri.get().equals(Nodes.text(doc, "id").orElse(null))) {
            issuerProblem = "the document at " + iri.get() + " declares a different id ("
                    + Nodes.text(doc, "id").map(Nodes::brief).orElse("none") + ")";
            if (issuer == null) {
                log.fail(Ob2Check.SCHEMA, issuerProblem, at);
            }
            return;
        }
        issuer = doc;
        issuerTrusted = true;
    }

    // ------------------------------------------------------------------ signed

    private void signed() {
        Optional<String> headerProblem = jws.headerProblem();
        if (headerProblem.isPresent()) {
            log.fail(Ob2Check.PROOF, headerProblem.get(), null);
        }
        if (!issuerTrusted) {
            String why = issuerProblem != null ? issuerProblem : "the issuer profile could not be resolved";
            log.fail(Ob2Check.ISSUER_BINDING, why, badgeBase + "/issuer");
            untrustedProof(headerProblem, why);
            return;
        }
        String issuerId = Nodes.text(issuer, "id").orElse("");
        Map<String, IssuerKeys.Listed> listed = IssuerKeys.listed(issuer);
        if (listed.isEmpty()) {
            log.fail(Ob2Check.ISSUER_BINDING, "the issuer profile " + issuerId + " lists no publicKey, so no key is"
                    + " authorised to sign its badges", null);
            untrustedProof(headerProblem, "no key is authorised by the issuer");
            return;
        }
        Optional<String> creator = Nodes.idOf(Nodes.get(Structure.verification(assertion), "creator"));
        String creatorPointer = creator.isPresent() ? "/verification/creator" : null;
        if (creator.isPresent() && !listed.containsKey(creator.get())) {
            log.fail(Ob2Check.ISSUER_BINDING, "the signing key " + Nodes.brief(creator.get()) + " named by"
                    + " verification.creator is not listed in the publicKey of issuer " + issuerId, creatorPointer);
            untrustedProof(headerProblem, "the signing key is not authorised by the issuer");
            return;
        }
        IssuerKeys.Loaded keys = IssuerKeys.load(creator.isPresent() ? List.of(listed.get(creator.get())) : listed.values(),
                issuerId, remote);
        if (keys.usable().isEmpty()) {
            log.fail(Ob2Check.ISSUER_BINDING, "no usable key of issuer " + issuerId + ": " + String.join("; ", keys.refused()),
                    creatorPointer);
            untrustedProof(headerProblem, "no usable issuer key");
            return;
        }
        if (headerProblem.isEmpty()) {
            List<String> failures = new ArrayList<>();
            for (Map.Entry<String, MicrocredPublicKey> key : keys.usable().entrySet()) {
                Optional<String> problem = jws.verify(key.getValue());
                if (problem.isEmpty()) {
                    verifiedKey = key.getKey();
                    verifiedPublicKey = key.getValue();
                    log.pass(Ob2Check.PROOF, "the JWS signature (" + jws.alg().orElse("") + ") verifies with key " + key.getKey());
                    log.pass(Ob2Check.ISSUER_BINDING, "the key " + key.getKey() + " is listed in the publicKey of issuer "
                            + issuerId + " and names it as owner");
                    keys.refused().forEach(r -> log.warn(Ob2Check.ISSUER_BINDING, "another listed key was not usable: " + r, null));
                    return;
                }
                failures.add(key.getKey() + ": " + problem.get());
            }
            log.fail(Ob2Check.PROOF, "the JWS signature does not verify with the issuer's key(s): " + String.join("; ", failures), null);
        }
        log.pass(Ob2Check.ISSUER_BINDING, "key(s) " + keys.usable().keySet() + " are listed in the publicKey of issuer "
                + issuerId + " and owned by it");
    }

    /** The proof fails for want of a trusted key (unless the header was already refused). */
    private void untrustedProof(Optional<String> headerProblem, String why) {
        if (headerProblem.isEmpty()) {
            log.fail(Ob2Check.PROOF, "no trusted key to check the signature with: " + why, null);
        }
    }

    // ------------------------------------------------------------------ validity period

    private void validityPeriod() {
        if (revoked && Nodes.get(assertion, "issuedOn") == null) {
            log.skip(Ob2Check.VALIDITY_PERIOD, "not checked: the revoked assertion carries no dates");
            return;
        }
        Optional<Dates.Read> issuedOn = Dates.read(Nodes.get(assertion, "issuedOn"));
        JsonNode expiresNode = Nodes.get(assertion, "expires");
        Optional<Dates.Read> expires = Dates.read(expiresNode);
        Instant now = clock.instant();
        boolean failed = false;
        if (issuedOn.isEmpty()) {
            log.fail(Ob2Check.VALIDITY_PERIOD, "issuedOn is missing or not a DateTime", "/issuedOn");
            failed = true;
        } else if (issuedOn.get().instant().isAfter(now.plus(skew))) {
            log.fail(Ob2Check.VALIDITY_PERIOD, "issuedOn " + issuedOn.get().instant() + " is in the future (now " + now + ")",
                    "/issuedOn");
            failed = true;
        }
        if (expiresNode != null && expires.isEmpty()) {
            log.fail(Ob2Check.VALIDITY_PERIOD, "expires is not a DateTime", "/expires");
            failed = true;
        } else if (expires.isPresent()) {
            Instant exp = expires.get().instant();
            if (!exp.isAfter(now.minus(skew))) {
                log.fail(Ob2Check.VALIDITY_PERIOD, "the badge expired on " + exp + " (now " + now + ")", "/expires");
                failed = true;
            } else if (issuedOn.isPresent() && exp.isBefore(issuedOn.get().instant())) {
                log.fail(Ob2Check.VALIDITY_PERIOD, "expires " + exp + " is before issuedOn " + issuedOn.get().instant(), "/expires");
                failed = true;
            }
        }
        if (!failed) {
            log.pass(Ob2Check.VALIDITY_PERIOD, "issued on " + issuedOn.get().instant()
                    + expires.map(e -> ", expires on " + e.instant()).orElse(", does not expire"));
        }
    }

    // ------------------------------------------------------------------ status

    private void status() {
        if (!revoked && Nodes.get(assertion, "revoked") != null && assertion.get("revoked").asBoolean(false)) {
            revoked = true;
            revocationReason = Nodes.text(assertion, "revocationReason").orElse(null);
        }
        if (revoked) {
            log.fail(Ob2Check.STATUS, "the assertion is revoked" + (revocationReason != null
                    ? ": " + Nodes.brief(revocationReason) : " (no reason given)"), null);
            return;
        }
        Optional<String> listIri = issuerTrusted ? Nodes.text(issuer, "revocationList") : Optional.empty();
        if (listIri.isPresent()) {
            revocationList(listIri.get());
            return;
        }
        if (type == Ob2VerificationType.HOSTED) {
            if (hostedFetched) {
                log.pass(Ob2Check.STATUS, "the hosted assertion is not revoked");
            } else {
                log.skip(Ob2Check.STATUS, "not known: the hosted assertion could not be fetched");
            }
        } else if (issuerTrusted) {
            log.pass(Ob2Check.STATUS, "not revoked: the issuer publishes no revocation list");
        } else {
            log.skip(Ob2Check.STATUS, "not known: the issuer profile could not be fetched");
        }
    }

    private void revocationList(String iri) {
        Remote.Fetched fetched = remote.get(iri);
        if (!fetched.ok()) {
            String message = "the revocation list " + Nodes.brief(iri) + " cannot be fetched: " + fetched.problem();
            if (strictRevocationList) {
                log.fail(Ob2Check.STATUS, message + " (strict revocation policy)", null);
            } else {
                log.warn(Ob2Check.STATUS, message + "; revocation is unknown", null);
            }
            return;
        }
        RevocationLists.Finding finding = RevocationLists.check(fetched.json().orElseThrow(), iri,
                Nodes.text(issuer, "id").orElse(""), Nodes.text(assertion, "id").orElse(null),
                Nodes.text(assertion, "uid").orElse(null));
        finding.warnings().forEach(w -> log.warn(Ob2Check.STATUS, w, null));
        if (finding.revoked()) {
            revoked = true;
            revocationReason = finding.reason().orElse(null);
            log.fail(Ob2Check.STATUS, "the assertion is revoked in the issuer's revocation list " + iri
                    + finding.reason().map(r -> ": " + Nodes.brief(r)).orElse(" (no reason given)"), null);
        } else {
            log.pass(Ob2Check.STATUS, "the assertion is not in the issuer's revocation list " + iri);
        }
    }

    // ------------------------------------------------------------------ recipient

    private void recipient() {
        if (expected.isEmpty()) {
            log.skip(Ob2Check.RECIPIENT, "not checked: no expected recipient was given");
            return;
        }
        JsonNode r = Nodes.get(assertion, "recipient");
        if (r == null || !r.isObject()) {
            log.fail(Ob2Check.RECIPIENT, "the assertion has no recipient IdentityObject to match", "/recipient");
            return;
        }
        Recipients.Outcome outcome = Recipients.match(r, expected.get());
        if (outcome.match().isPresent()) {
            recipientMatch = outcome.match().get();
            log.pass(Ob2Check.RECIPIENT, outcome.message());
        } else {
            log.fail(Ob2Check.RECIPIENT, outcome.message(), "/recipient/identity");
        }
    }

    // ------------------------------------------------------------------ display

    private Ob2Display display() {
        if (assertion == null) {
            return revoked ? new Ob2Display(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), true, Optional.ofNullable(revocationReason)) : Ob2Display.EMPTY;
        }
        Optional<String> image = Nodes.idOf(Nodes.get(assertion, "image"))
                .or(() -> Nodes.idOf(Nodes.get(badge, "image")));
        JsonNode criteria = Nodes.get(badge, "criteria");
        Optional<String> criteriaUrl = criteria != null && criteria.isTextual() ? Optional.of(criteria.asText())
                : Nodes.text(criteria, "id");
        Optional<String> narrative = criteria != null && criteria.isObject() ? Nodes.text(criteria, "narrative") : Optional.empty();
        return new Ob2Display(Nodes.text(badge, "name"), Nodes.text(badge, "description"), image, criteriaUrl, narrative,
                Nodes.text(issuer, "name"), Nodes.text(issuer, "url"), Nodes.text(issuer, "id"),
                Dates.read(Nodes.get(assertion, "issuedOn")).map(Dates.Read::instant),
                Dates.read(Nodes.get(assertion, "expires")).map(Dates.Read::instant),
                revoked, Optional.ofNullable(revocationReason));
    }
}
