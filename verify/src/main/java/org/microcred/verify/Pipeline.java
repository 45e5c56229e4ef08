package org.microcred.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.microcred.core.MicrocredException;
import org.microcred.core.json.CredentialJson;
import org.microcred.verify.internal.CompactJws;
import org.microcred.verify.internal.ContextRules;
import org.microcred.verify.internal.CredentialKind;
import org.microcred.verify.internal.Endorsements;
import org.microcred.verify.internal.InputDetector;
import org.microcred.verify.internal.JwtClaims;
import org.microcred.verify.internal.Nodes;
import org.microcred.verify.internal.ObSchemas;
import org.microcred.verify.internal.RecipientMatcher;
import org.microcred.verify.internal.StructureChecks;
import org.microcred.verify.internal.ValidityRules;
import org.microcred.verify.spi.ImageExtractor;
import org.microcred.verify.spi.ProofOutcome;
import org.microcred.verify.spi.SecuredCredential;
import org.microcred.verify.spi.StatusOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One verification: runs the checks in order over one input (and, nested, over its embedded
 * endorsements and CLR credentials), catching every failure of the pieces into the report.
 */
final class Pipeline {

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);
    /** Suites that canonicalize the document in JSON-LD safe mode before checking the signature. */
    private static final Set<String> DATA_INTEGRITY_SUITES =
            Set.of("eddsa-rdfc-2022", "ecdsa-rdfc-2019", "Ed25519Signature2020", "eddsa-2022");
    private static final List<String> JWT_CLAIMS = List.of("iss", "sub", "aud", "exp", "nbf", "iat", "jti");
    private static final Set<String> ACCEPTED_JWS_TYP = Set.of("JWT", "vc+jwt", "vc+ld+json+jwt");

    /** Why a nested credential is verified: it changes which policy applies to it. */
    private enum Role { TOP, ENDORSEMENT, CLR_MEMBER }

    private final Verifier v;
    private final Instant now;
    private final KnownRecipient recipient;
    private final Deadline deadline;
    private final int depth;
    private final Role role;
    /** Embedded credentials this input may still verify, shared by every nesting level. */
    private final int[] embeddedBudget;
    private final VerificationReport.Builder report = new VerificationReport.Builder();
    private DisplayFields.Builder display = new DisplayFields.Builder();
    private String stoppedAt;
    private String modelError;
    private boolean proofRan;
    private ProofOutcome proofOutcome;
    private String proofError;

    Pipeline(Verifier v, Instant now, KnownRecipient recipient, Deadline deadline) {
        this(v, now, recipient, deadline, 0, Role.TOP, new int[] {v.maxEmbedded});
    }

    private Pipeline(Verifier v, Instant now, KnownRecipient recipient, Deadline deadline, int depth, Role role,
            int[] embeddedBudget) {
        this.v = v;
        this.now = now;
        this.recipient = recipient;
        this.deadline = deadline;
        this.depth = depth;
        this.role = role;
        this.embeddedBudget = embeddedBudget;
    }

    // ---------------------------------------------------------------- entry points

    VerificationReport verifyTopLevel(VerificationInput input) {
        report.inputId = input.id().orElse(null);
        try {
            byte[] bytes;
            try {
                bytes = input.content().read(v.maxInputBytes);
            } catch (IOException | RuntimeException e) {
                return parseFail("Cannot read the input: " + describe(e));
            }
            if (bytes == null) {
                return parseFail("The input has no content");
            }
            if (bytes.length > v.maxInputBytes) {
                return parseFail("The input is larger than the limit of " + v.maxInputBytes + " bytes (maxInputBytes)");
            }
            return fromBytes(bytes);
        } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError e) {
            return crashed(e);
        }
    }

    private VerificationReport nested(JsonNode value, String pointer) {
        report.inputId = pointer;
        try {
            if (value.isObject()) {
                report.container = Container.JSON;
                return fromCredential(value, v.json.write(value), null, "an embedded JSON credential");
            }
            if (value.isTextual()) {
                InputDetector.Detected d = InputDetector.detect(value.asText());
                if (d.kind() == InputDetector.Kind.JWS) {
                    report.container = Container.JWS;
                    return fromJws(d.text(), "an embedded VC-JWT");
                }
                return parseFail("The embedded value is a string but not a compact JWS (VC-JWT)");
            }
            return parseFail("The embedded value is " + Nodes.describe(value) + ", not a credential");
        } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError e) {
            return crashed(e);
        }
    }

    // ---------------------------------------------------------------- parse

    private VerificationReport fromBytes(byte[] bytes) {
        InputDetector.Detected d = InputDetector.detect(bytes);
        switch (d.kind()) {
            case PNG, SVG -> {
                boolean png = d.kind() == InputDetector.Kind.PNG;
                report.container = png ? Container.PNG : Container.SVG;
                report.format = png ? CredentialFormat.BAKED_PNG : CredentialFormat.BAKED_SVG;
                report.bakedImage = new BakedImage(png ? "image/png" : "image/svg+xml", bytes);
                return fromImage(png ? ImageExtractor.ImageType.PNG : ImageExtractor.ImageType.SVG, bytes);
            }
            case JSON -> {
                report.container = Container.JSON;
                return fromJsonText(d.text(), "JSON");
            }
            case JWS -> {
                report.container = Container.JWS;
                return fromJws(d.text(), "a compact JWS (VC-JWT)");
            }
            case URL -> {
                report.container = Container.URL;
                return ob2(d.text(), null);
            }
            default -> {
                return parseFail(d.reason());
            }
        }
    }

    private VerificationReport fromImage(ImageExtractor.ImageType type, byte[] bytes) {
        String what = type == ImageExtractor.ImageType.PNG ? "PNG image" : "SVG image";
        if (v.imageExtractor == null) {
            return parseFail("The input is a " + what + ", and reading baked credentials is not available: "
                    + "configure an ImageExtractor on the Verifier builder");
        }
        Optional<String> baked;
        try {
            baked = v.imageExtractor.extract(type, bytes);
        } catch (RuntimeException | StackOverflowError e) {
            return parseFail("The " + what + " could not be read: " + describe(e));
        }
        if (baked == null || baked.isEmpty()) {
            return parseFail("The " + what + " carries no baked credential (no Open Badges "
                    + (type == ImageExtractor.ImageType.PNG ? "iTXt chunk 'openbadgecredential' or 'openbadges'"
                    : "<openbadges:credential> or <openbadges:assertion> element") + ")");
        }
        InputDetector.Detected inner = InputDetector.detect(baked.get());
        return switch (inner.kind()) {
            case JSON -> fromJsonText(inner.text(), "the " + what);
            case JWS -> fromJws(inner.text(), "a VC-JWT baked in the " + what);
            case URL -> ob2(inner.text(), null);
            default -> parseFail("The " + what + " carries something that is not a credential: " + inner.reason());
        };
    }

    private VerificationReport fromJsonText(String text, String source) {
        JsonNode node;
        try {
            node = v.json.parse(text);
        } catch (MicrocredException e) {
            return parseFail("Not valid JSON: " + e.getMessage());
        }
        if (!node.isObject()) {
            return parseFail("The JSON is " + Nodes.describe(node) + ", not a credential object");
        }
        return fromCredential(node, text, null, source);
    }

    private VerificationReport fromJws(String text, String source) {
        CompactJws jws;
        try {
            jws = CompactJws.decode(text, v.json);
        } catch (MicrocredException e) {
            return parseFail("Not a readable JWS: " + e.getMessage());
        }
        JsonNode payload = jws.payload();
        if (!payload.isObject()) {
            return parseFail("The JWS payload is " + Nodes.describe(payload) + ", not a credential object");
        }
        JsonNode vc = payload.get("vc");
        JsonNode credential = vc != null && vc.isObject() ? vc : payload;
        String where = vc != null && vc.isObject() ? source + ", credential in the 'vc' claim"
                : source + ", credential as the payload";
        return fromCredential(credential, text, jws, where);
    }

    private VerificationReport fromCredential(JsonNode c, String text, CompactJws jws, String source) {
        CredentialKind kind = CredentialKind.of(c);
        if (kind == CredentialKind.OB2_ASSERTION) {
            return ob2(text, c);
        }
        DataModel model = ContextRules.dataModel(c);
        prepare(c, model);
        report.format = format(kind, c);
        display = DisplayReader.read(c, kind);
        add(CheckResult.pass(CheckId.PARSE, "Read " + article(kind) + " (" + label(model) + ") from " + source));
        LOG.debug("Verifying {} ({}) from {}", kind, model, source);
        runVc(c, text, jws, kind, model);
        return finish();
    }

    /** Makes {@code c} the report's credential (JSON, data model, typed model). */
    private void prepare(JsonNode c, DataModel model) {
        report.credential = c;
        report.dataModel = model;
        report.typedCredential = null;
        modelError = null;
        try {
            report.typedCredential = CredentialJson.read(c);
        } catch (RuntimeException e) {
            // The shape problems are reported by the type, schema and subject checks.
            modelError = describe(e);
            LOG.debug("The credential does not fit the typed model: {}", e.getMessage());
        }
    }

    private CredentialFormat format(CredentialKind kind, JsonNode c) {
        if (kind == CredentialKind.CLR) {
            return CredentialFormat.CLR;
        }
        if (kind == CredentialKind.ENDORSEMENT) {
            return CredentialFormat.ENDORSEMENT;
        }
        return switch (report.container) {
            case PNG -> CredentialFormat.BAKED_PNG;
            case SVG -> CredentialFormat.BAKED_SVG;
            case JWS -> CredentialFormat.VC_JWT;
            default -> kind == CredentialKind.OTHER_VC ? CredentialFormat.OTHER_JSON : CredentialFormat.OB3_JSON;
        };
    }

    // ---------------------------------------------------------------- the VC pipeline

    /**
     * The credential the checks after {@code refresh} run on: the presented one, or the refreshed
     * one the refresh service returned and that passed OB 3.0 verification steps 1 and 2.
     */
    private static final class Current {
        JsonNode c;
        DataModel model;

        Current(JsonNode c, DataModel model) {
            this.c = c;
            this.model = model;
        }
    }

    private void runVc(JsonNode c, String text, CompactJws jws, CredentialKind kind, DataModel model) {
        ProofOutcome proof = runSteps1And2(c, text, jws, kind, model);
        run(CheckId.TRUST, () -> trust(c, kind));
        Current current = new Current(c, model);
        run(CheckId.REFRESH, () -> refresh(current, kind, proof));
        run(CheckId.VALIDITY_PERIOD, () -> validity(current.c, current.model, kind != CredentialKind.OTHER_VC));
        run(CheckId.STATUS, () -> status(current.c));
        run(CheckId.RECIPIENT, () -> recipientCheck(current.c, kind));
        run(CheckId.ENDORSEMENTS, () -> endorsements(current.c, kind));
        if (kind == CredentialKind.CLR) {
            run(CheckId.CREDENTIALS, () -> clrCredentials(current.c));
        }
    }

    /**
     * OB 3.0 verification steps 1 (conformance: context, type, schema, subject) and 2 (proof, and
     * the key's binding to the issuer).
     *
     * @return the proof outcome when the proof check passed, else null
     */
    private ProofOutcome runSteps1And2(JsonNode c, String text, CompactJws jws, CredentialKind kind, DataModel model) {
        run(CheckId.CONTEXT, () -> context(c, text, kind, model, jws));
        run(CheckId.TYPE, () -> type(c, kind, model));
        run(CheckId.SCHEMA, () -> schema(c, kind, model));
        run(CheckId.SUBJECT, () -> merge(CheckId.SUBJECT, StructureChecks.subject(c, kind),
                subjectName(kind) + " well formed"));
        ProofOutcome[] proof = new ProofOutcome[1];
        run(CheckId.PROOF, () -> proof(c, text, jws, model, proof));
        run(CheckId.ISSUER_BINDING, () -> issuerBinding(c, kind, proof[0]));
        return proof[0];
    }

    /** OB 2.0 assertions are verified by {@link Ob2Reports}. */
    private VerificationReport ob2(String text, JsonNode presented) {
        int cutsBefore = deadline.cuts();
        Ob2Reports.verify(v, now, recipient, text, presented, report, display);
        if (deadline.cuts() > cutsBefore) {
            // The time limit cut an OB 2.0 fetch short: the steps that said so did not complete.
            boolean failed = false;
            for (int i = 0; i < report.checks.size(); i++) {
                CheckResult r = report.checks.get(i);
                if (r.message().contains(deadline.reached())) {
                    r = interrupted(r);
                    report.checks.set(i, r);
                }
                failed |= r.outcome() == Outcome.FAIL;
            }
            if (!failed) {
                for (int i = 0; i < report.checks.size(); i++) {
                    if (report.checks.get(i).check() == CheckId.STATUS) {
                        report.checks.set(i, CheckResult.fail(CheckId.STATUS, "Not completed: " + deadline.reached()
                                + " while the Open Badges 2.0 documents were fetched"));
                    }
                }
            }
        }
        return finish();
    }

    // ---------------------------------------------------------------- checks

    private CheckResult context(JsonNode c, String text, CredentialKind kind, DataModel model, CompactJws jws) {
        List<CheckResult> problems = new ArrayList<>(ContextRules.check(c, kind, v.canonicalizer.registry()));
        if (!problems.isEmpty()) {
            // JSON-LD processing would only repeat the context problem (and may not load the context).
            return merge(CheckId.CONTEXT, problems, "");
        }
        if (v.jsonLdCoveredByProof && jws == null && Nodes.has(c, "proof")) {
            // A Data Integrity proof that verified was checked on the safe-mode canonical form of this very
            // document, with the same canonicalizer: expanding it again would find nothing new.
            ProofOutcome outcome = checkProof(c, text, null, model);
            if (outcome != null && outcome.isVerified() && outcome.suite().filter(DATA_INTEGRITY_SUITES::contains).isPresent()) {
                return CheckResult.pass(CheckId.CONTEXT, "The contexts are known and in order, and every term is defined "
                        + "(JSON-LD safe mode, as canonicalized for the " + outcome.suite().get() + " proof)");
            }
        }
        JsonNode document = c;
        if (jws != null) {
            // VC-JWT registered claims travel beside the credential's own properties; they are not JSON-LD terms.
            com.fasterxml.jackson.databind.node.ObjectNode copy = ((com.fasterxml.jackson.databind.node.ObjectNode) c).deepCopy();
            copy.remove(JWT_CLAIMS);
            document = copy;
        }
        List<String> jsonLd = v.jsonLdInspector.problems(document);
        for (String p : jsonLd == null ? List.<String>of() : jsonLd) {
            problems.add(CheckResult.fail(CheckId.CONTEXT, "JSON-LD: " + (p.length() > 400 ? p.substring(0, 397) + "..." : p)));
        }
        return merge(CheckId.CONTEXT, problems, "The contexts are known and in order, and every term is defined "
                + "(JSON-LD safe mode)");
    }

    private CheckResult type(JsonNode c, CredentialKind kind, DataModel model) {
        List<CheckResult> problems = new ArrayList<>(StructureChecks.type(c, kind, model));
        if (role == Role.ENDORSEMENT && kind != CredentialKind.ENDORSEMENT) {
            problems.add(CheckResult.fail(CheckId.TYPE, "An endorsement must be an EndorsementCredential; this is "
                    + Nodes.clip(Nodes.types(c).toString()), "/type"));
        }
        return merge(CheckId.TYPE, problems, "The type is " + Nodes.clip(Nodes.types(c).toString())
                + " and the issuer is well formed");
    }

    private CheckResult schema(JsonNode c, CredentialKind kind, DataModel model) {
        String url = switch (kind) {
            case OPEN_BADGE -> ObSchemas.ACHIEVEMENT_CREDENTIAL;
            case ENDORSEMENT -> ObSchemas.ENDORSEMENT_CREDENTIAL;
            default -> null;
        };
        if (url == null && kind == CredentialKind.CLR) {
            String base = "The CLR 2.0 JSON Schema is not bundled (it is not obtainable offline), so the CLR was checked "
                    + "against the CLR 2.0 data model the schema encodes";
            if (report.typedCredential == null) {
                // Only reachable for values the typed reader cannot hold (e.g. VC-JWT strings among the bundled
                // credentials); every bundled credential is still verified by the credentials check.
                return CheckResult.warn(CheckId.SCHEMA, base + ", but it does not fit the typed model ("
                        + (modelError == null ? "unknown reason" : modelError) + ")");
            }
            List<String> problems = report.typedCredential.problems();
            if (problems.isEmpty()) {
                return CheckResult.pass(CheckId.SCHEMA, base + ": no problems (each bundled credential is checked "
                        + "against its own schema)");
            }
            return CheckResult.fail(CheckId.SCHEMA, base + ": " + problems.size() + " problem(s): "
                    + Nodes.clip(String.join("; ", problems.subList(0, Math.min(5, problems.size())))));
        }
        if (url == null) {
            return CheckResult.skip(CheckId.SCHEMA, "No Open Badges schema applies to this type of credential");
        }
        JsonNode instance = ObSchemas.normalise(c);
        String name = url.substring(url.lastIndexOf('/') + 1);
        List<String> notes = inlineSchemaNotes(c);
        if (model == DataModel.VC_1_1) {
            JsonNode mapped = mapVc11(instance);
            List<ObSchemas.Violation> violations = ObSchemas.get().validate(url, mapped);
            String base = "VC 1.1 credential: the VC 1.1 ('any') OB schema is not bundled and the published one requires "
                    + "the VC 2.0 context (openbadges-specification#608), so the credential was checked against " + name
                    + " after mapping issuanceDate→validFrom, expirationDate→validUntil and the base context";
            if (violations.isEmpty()) {
                return notes.isEmpty() ? CheckResult.pass(CheckId.SCHEMA, base + ": no violations")
                        : CheckResult.warn(CheckId.SCHEMA, base + ": no violations; " + String.join("; ", notes));
            }
            return CheckResult.warn(CheckId.SCHEMA, base + ": " + ObSchemas.describe(violations)
                    + " (a warning, as that schema is not normative for VC 1.1)").withPointer(violations.get(0).pointer());
        }
        List<ObSchemas.Violation> violations = ObSchemas.get().validate(url, instance);
        if (!violations.isEmpty()) {
            return CheckResult.fail(CheckId.SCHEMA, "Not valid against " + name + ": " + ObSchemas.describe(violations),
                    violations.get(0).pointer());
        }
        String ok = "Valid against the OB 3.0 schema " + name + " (JSON Schema 2019-09, single values accepted "
                + "where JSON-LD compaction allows them)";
        return notes.isEmpty() ? CheckResult.pass(CheckId.SCHEMA, ok)
                : CheckResult.warn(CheckId.SCHEMA, ok + "; " + String.join("; ", notes));
    }

    private static List<String> inlineSchemaNotes(JsonNode c) {
        List<String> notes = new ArrayList<>();
        for (JsonNode cs : Nodes.values(c.get("credentialSchema"))) {
            Optional<String> id = Nodes.text(cs, "id");
            if (id.isEmpty()) {
                continue;
            }
            String url = id.get();
            boolean bundled = url.equals(ObSchemas.ACHIEVEMENT_CREDENTIAL) || url.equals(ObSchemas.ENDORSEMENT_CREDENTIAL)
                    || url.equals(ObSchemas.PROFILE) || url.contains("ob_v3p0_achievementcredential")
                    || url.contains("ob_v3p0_endorsementcredential");
            if (!bundled) {
                notes.add("the credentialSchema " + Nodes.clip(url) + " is not bundled and was not checked "
                        + "(schemas are never fetched)");
            }
        }
        return notes;
    }

    private JsonNode mapVc11(JsonNode instance) {
        com.fasterxml.jackson.databind.node.ObjectNode o = (com.fasterxml.jackson.databind.node.ObjectNode) instance;
        JsonNode ctx = o.get("@context");
        if (ctx != null && ctx.isArray() && ctx.size() > 0) {
            ((com.fasterxml.jackson.databind.node.ArrayNode) ctx).set(0, o.textNode(ContextRules.VC_V2));
        }
        if (o.has("issuanceDate") && !o.has("validFrom")) {
            o.set("validFrom", o.remove("issuanceDate"));
        }
        if (o.has("expirationDate") && !o.has("validUntil")) {
            o.set("validUntil", o.remove("expirationDate"));
        }
        return o;
    }

    private CheckResult proof(JsonNode c, String text, CompactJws jws, DataModel model, ProofOutcome[] holder) {
        if (jws != null) {
            String alg = jws.alg();
            if (alg.isEmpty() || alg.equalsIgnoreCase("none") || alg.toUpperCase(Locale.ROOT).startsWith("HS")) {
                return CheckResult.fail(CheckId.PROOF, "The JWS algorithm " + (alg.isEmpty() ? "is missing" : "'"
                        + Nodes.clip(alg) + "' is never accepted (no 'none', no HMAC)"));
            }
            JsonNode typ = jws.header().get("typ");
            if (typ != null && !(typ.isTextual() && ACCEPTED_JWS_TYP.contains(typ.asText()))
) {
                return CheckResult.fail(CheckId.PROOF, "The JWS typ " + Nodes.describe(typ) + " is not JWT, vc+jwt or "
                        + "vc+ld+json+jwt");
            }
        } else if (!Nodes.has(c, "proof")) {
            return CheckResult.fail(CheckId.PROOF, "The credential has no proof: it is neither signed with an embedded "
                    + "proof nor delivered as a VC-JWT, so nothing shows who issued it", "/proof");
        }
        ProofOutcome outcome = checkProof(c, text, jws, model);
        if (proofError != null) {
            return CheckResult.fail(CheckId.PROOF, "The proof could not be checked: " + proofError);
        }
        if (outcome == null) {
            return CheckResult.fail(CheckId.PROOF, "The proof checker gave no result");
        }
        if (!outcome.isVerified()) {
            return CheckResult.fail(CheckId.PROOF, outcome.message(), jws == null ? "/proof" : null);
        }
        String suite = outcome.suite().orElse("?");
        if (v.acceptedProofSuites != null && !v.acceptedProofSuites.contains(suite)) {
            return CheckResult.fail(CheckId.PROOF, "The proof verified with " + suite + ", which this verifier does not "
                    + "accept (accepted: " + v.acceptedProofSuites + ")");
        }
        if (v.acceptedAlgorithms != null && outcome.algorithm().isPresent()
                && !v.acceptedAlgorithms.contains(outcome.algorithm().get())) {
            return CheckResult.fail(CheckId.PROOF, "The proof verified with " + outcome.algorithm().get()
                    + ", which this verifier does not accept (accepted: " + v.acceptedAlgorithms + ")");
        }
        if (jws != null) {
            List<CheckResult> claims = JwtClaims.check(c, jws.payload(), model);
            if (!claims.isEmpty()) {
                return merge(CheckId.PROOF, claims, "");
            }
        }
        holder[0] = outcome;
        report.verificationMethod = outcome.verificationMethod().orElse(null);
        report.verificationKey = outcome.key().orElse(null);
        report.proofSuite = suite;
        return CheckResult.pass(CheckId.PROOF, outcome.message()
                + (jws != null ? "; the JWT claims match the credential" : ""));
    }

    /** Runs the proof checker once per credential (the context check may need its answer first). */
    private ProofOutcome checkProof(JsonNode c, String text, CompactJws jws, DataModel model) {
        if (!proofRan) {
            proofRan = true;
            SecuredCredential secured = new SecuredCredential(text, Optional.ofNullable(jws).map(CompactJws::text), c,
                    Optional.ofNullable(jws).map(CompactJws::payload), model);
            try {
                proofOutcome = v.proofChecker.check(secured, now);
            } catch (RuntimeException | StackOverflowError e) {
                proofError = describe(e);
            }
        }
        return proofOutcome;
    }

    private CheckResult issuerBinding(JsonNode c, CredentialKind kind, ProofOutcome proof) {
        if (proof == null) {
            return CheckResult.skip(CheckId.ISSUER_BINDING, "Not checked: no proof verified, so there is no key to bind "
                    + "to the issuer");
        }
        if (proof.issuerBinding().isPresent()) {
            ProofOutcome.IssuerBinding b = proof.issuerBinding().get();
            return b.bound() ? CheckResult.pass(CheckId.ISSUER_BINDING, b.message())
                    : CheckResult.fail(CheckId.ISSUER_BINDING, b.message(), "/issuer");
        }
        Optional<String> issuer = issuerId(c);
        Optional<String> vm = proof.verificationMethod();
        Optional<String> controller = proof.controller().or(() -> vm.map(Pipeline::withoutFragment));
        if (issuer.isEmpty()) {
            return CheckResult.fail(CheckId.ISSUER_BINDING, "The credential names no issuer id to bind the key to",
                    "/issuer");
        }
        if (controller.isPresent() && controller.get().equals(issuer.get())) {
            return CheckResult.pass(CheckId.ISSUER_BINDING, "The key " + vm.map(Nodes::clip).orElse("(unnamed)")
                    + " is controlled by the issuer " + Nodes.clip(issuer.get()));
        }
        return CheckResult.fail(CheckId.ISSUER_BINDING, "The key that signed (" + vm.map(Nodes::clip).orElse("unnamed")
                + ") is controlled by " + controller.map(Nodes::clip).orElse("an unknown party") + ", not by the issuer "
                + Nodes.clip(issuer.get()), "/issuer");
    }

    private static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    private static Optional<String> issuerId(JsonNode c) {
        return Nodes.idOf(c.get("issuer")).filter(s -> !s.isBlank());
    }

    private CheckResult trust(JsonNode c, CredentialKind kind) {
        if (v.issuerTrust == null) {
            return CheckResult.skip(CheckId.TRUST, "No trust list is configured: any issuer is accepted");
        }
        Optional<String> issuer = issuerId(c);
        if (issuer.isEmpty()) {
            return CheckResult.fail(CheckId.TRUST, "The credential names no issuer id to check against the trust list");
        }
        if (v.issuerTrust.trusts(issuer.get())) {
            return CheckResult.pass(CheckId.TRUST, "The issuer " + Nodes.clip(issuer.get()) + " is trusted");
        }
        if (role == Role.ENDORSEMENT) {
            return CheckResult.warn(CheckId.TRUST, "The endorser " + Nodes.clip(issuer.get())
                    + " is not on the trust list (endorsers are not held to it)");
        }
        return CheckResult.fail(CheckId.TRUST, "The issuer " + Nodes.clip(issuer.get()) + " is not on the trust list",
                "/issuer");
    }

    private CheckResult validity(JsonNode c, DataModel model, boolean startRequired) {
        ValidityRules.Validity r = ValidityRules.check(c, model, startRequired, now, v.clockSkew);
        display.issuedOn = r.issuedOn();
        display.expires = r.expires();
        display.awardedOn = r.awardedOn();
        display.expired = r.expired();
        display.notYetValid = r.notYetValid();
        return r.result();
    }

    private CheckResult status(JsonNode c) {
        if (!Nodes.has(c, "credentialStatus")) {
            return CheckResult.skip(CheckId.STATUS, "The credential has no status entry, so it cannot be revoked");
        }
        StatusOutcome outcome;
        if (v.statusChecker == null) {
            outcome = new StatusOutcome(StatusOutcome.State.UNOBTAINABLE,
                    "status checking is not configured on this verifier");
        } else {
            try {
                outcome = v.statusChecker.check(c, now);
                if (outcome == null) {
                    outcome = new StatusOutcome(StatusOutcome.State.UNOBTAINABLE, "the status checker gave no result");
                }
            } catch (RuntimeException | StackOverflowError e) {
                outcome = new StatusOutcome(StatusOutcome.State.UNOBTAINABLE, describe(e));
            }
        }
        String ptr = "/credentialStatus";
        return switch (outcome.state()) {
            case NOT_APPLICABLE -> CheckResult.skip(CheckId.STATUS, outcome.message());
            case ACTIVE -> CheckResult.pass(CheckId.STATUS, outcome.message());
            case REVOKED -> {
                display.revoked = true;
                yield CheckResult.fail(CheckId.STATUS, "Revoked: " + outcome.message(), ptr);
            }
            case SUSPENDED -> {
                display.suspended = true;
                yield CheckResult.fail(CheckId.STATUS, "Suspended: " + outcome.message(), ptr);
            }
            case INVALID -> CheckResult.fail(CheckId.STATUS, "The status could not be established: " + outcome.message(), ptr);
            case UNOBTAINABLE -> v.strictStatus
                    ? CheckResult.fail(CheckId.STATUS, "The status list could not be obtained (" + outcome.message()
                    + "); the strict status policy treats that as a failure", ptr)
                    : new CheckResult(CheckId.STATUS, Outcome.WARN, "The status list could not be obtained ("
                    + outcome.message() + "), so revocation was not checked", Optional.of(ptr));
        };
    }

    /**
     * OB 3.0 verification step 3: when the credential names a {@code 1EdTechCredentialRefresh}
     * service, GET its URL through the verifier's fetcher, verify what it returns (steps 1 and 2)
     * and, when it passes and names the same issuer and recipient, let the remaining checks run on
     * it. Anything short of that is a WARN and the presented credential is kept. Only the
     * credential handed in is refreshed, once: the refreshed credential's own refresh service and
     * embedded credentials' ones are not followed.
     */
    private CheckResult refresh(Current current, CredentialKind kind, ProofOutcome proof) {
        JsonNode c = current.c;
        JsonNode rs = c.get("refreshService");
        if (rs == null || rs.isNull()) {
            return CheckResult.skip(CheckId.REFRESH, "The credential names no refresh service");
        }
        String asPresented = "; the credential was verified as presented";
        Optional<Refresh.Service> service = Refresh.select(rs);
        if (service.isEmpty()) {
            return CheckResult.warn(CheckId.REFRESH, "The credential names a refresh service (" + Refresh.describe(rs)
                    + ") that is not of type " + Refresh.SERVICE_TYPE + " with an id, so it was not used" + asPresented)
                    .withPointer("/refreshService");
        }
        String url = service.get().url();
        String ptr = service.get().pointer();
        String named = "The credential names the refresh service " + Nodes.clip(url);
        if (role != Role.TOP) {
            return CheckResult.warn(CheckId.REFRESH, named + "; embedded credentials are not refreshed (only the "
                    + "credential handed in is)" + asPresented).withPointer(ptr);
        }
        if (!v.refresh) {
            return CheckResult.warn(CheckId.REFRESH, named + "; refreshing is turned off on this verifier (refresh(false))"
                    + asPresented).withPointer(ptr);
        }
        if (proof == null || !passed(CheckId.ISSUER_BINDING)) {
            return CheckResult.warn(CheckId.REFRESH, named + "; it was not used, because the presented credential's proof "
                    + "and issuer binding did not both pass (a refresh service is followed only on the issuer's word)"
                    + asPresented).withPointer(ptr);
        }
        Optional<URI> uri = httpUri(url);
        if (uri.isEmpty()) {
            return CheckResult.warn(CheckId.REFRESH, named + ", which is not an http(s) URL" + asPresented).withPointer(ptr);
        }
        Refresh.Obtained obtained = Refresh.obtain(v.fetcher, uri.get(), v.json, v.maxInputBytes);
        if (obtained.candidate() == null) {
            return CheckResult.warn(CheckId.REFRESH, obtained.problem() + asPresented).withPointer(ptr);
        }
        Refresh.Candidate candidate = obtained.candidate();
        String from = "The refresh service " + Nodes.clip(url) + " returned ";
        String refused = from + "the credential " + Refresh.label(candidate) + ", which was not accepted: ";
        if (candidate.kind() != kind) {
            return CheckResult.warn(CheckId.REFRESH, refused + "it is " + article(candidate.kind()) + ", not "
                    + article(kind) + asPresented).withPointer(ptr);
        }
        Pipeline probe = new Pipeline(v, now, null, deadline, depth, Role.TOP, embeddedBudget);
        probe.prepare(candidate.credential(), candidate.model());
        probe.runSteps1And2(candidate.credential(), candidate.text(), candidate.jws(), candidate.kind(), candidate.model());
        for (CheckResult r : probe.report.checks) {
            if (r.outcome() == Outcome.FAIL || (r.outcome() != Outcome.PASS
                    && (r.check() == CheckId.PROOF || r.check() == CheckId.ISSUER_BINDING))) {
                return CheckResult.warn(CheckId.REFRESH, refused + "its " + r.id() + " check did not pass ("
                        + Nodes.clip(r.message()) + ")" + asPresented).withPointer(ptr);
            }
        }
        Optional<String> swapped = Refresh.issuerChange(c, candidate.credential())
                .or(() -> Refresh.recipientChange(c, candidate.credential()));
        if (swapped.isPresent()) {
            return CheckResult.warn(CheckId.REFRESH, refused + swapped.get() + asPresented).withPointer(ptr);
        }
        List<String> warnings = new ArrayList<>();
        probe.report.checks.stream().filter(r -> r.outcome() == Outcome.WARN).forEach(r -> warnings.add(r.id()));
        // Accepted: the rest of the pipeline, the report's credential and its display are the refreshed credential's.
        report.presentedCredential = c;
        report.refreshedFrom = url;
        report.refreshedDocument = candidate.text();
        report.credential = candidate.credential();
        report.dataModel = candidate.model();
        report.typedCredential = probe.report.typedCredential;
        report.verificationMethod = probe.report.verificationMethod;
        report.verificationKey = probe.report.verificationKey;
        report.proofSuite = probe.report.proofSuite;
        display = DisplayReader.read(candidate.credential(), candidate.kind());
        current.c = candidate.credential();
        current.model = candidate.model();
        LOG.debug("Refreshed the credential from {}", url);
        return CheckResult.pass(CheckId.REFRESH, "Refreshed from " + Nodes.clip(url) + ": the refreshed credential "
                + Refresh.label(candidate) + " passed the context, type, schema, subject, proof ("
                + probe.report.proofSuite + ") and issuer-binding checks"
                + (warnings.isEmpty() ? "" : " (with warnings from " + String.join(", ", warnings) + ")")
                + " and names the same issuer and recipient; the checks above are the presented credential's, the "
                + "checks below ran on the refreshed one");
    }

    private boolean passed(CheckId id) {
        return report.checks.stream().anyMatch(r -> r.check() == id && r.outcome() == Outcome.PASS);
    }

    private static Optional<URI> httpUri(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null
                    ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private CheckResult recipientCheck(JsonNode c, CredentialKind kind) {
        if (kind == CredentialKind.ENDORSEMENT) {
            return CheckResult.skip(CheckId.RECIPIENT, "Endorsements are not issued to a recipient");
        }
        if (recipient == null) {
            return CheckResult.skip(CheckId.RECIPIENT, "No recipient to match was given");
        }
        return RecipientMatcher.match(c, kind, recipient);
    }

    private CheckResult endorsements(JsonNode c, CredentialKind kind) {
        List<Map.Entry<String, JsonNode>> found = new ArrayList<>();
        Endorsements.collect(c, "", found, kind == CredentialKind.CLR, 0);
        if (found.isEmpty()) {
            return CheckResult.skip(CheckId.ENDORSEMENTS, "The credential carries no embedded endorsements");
        }
        return nestedAll(CheckId.ENDORSEMENTS, found, Role.ENDORSEMENT, "endorsement", report.endorsements);
    }

    private CheckResult clrCredentials(JsonNode c) {
        JsonNode s = c.get("credentialSubject");
        String ptr = "/credentialSubject";
        if (s != null && s.isArray() && s.size() == 1) {
            s = s.get(0);
            ptr = "/credentialSubject/0";
        }
        JsonNode vcs = s == null ? null : s.get("verifiableCredential");
        List<Map.Entry<String, JsonNode>> found = new ArrayList<>();
        if (vcs != null && vcs.isArray()) {
            for (int i = 0; i < vcs.size(); i++) {
                found.add(Map.entry(Nodes.pointer(ptr + "/verifiableCredential", i), vcs.get(i)));
            }
        } else if (vcs != null && !vcs.isNull()) {
            found.add(Map.entry(ptr + "/verifiableCredential", vcs));
        }
        if (found.isEmpty()) {
            return CheckResult.fail(CheckId.CREDENTIALS, "The CLR bundles no credentials", ptr + "/verifiableCredential");
        }
        return nestedAll(CheckId.CREDENTIALS, found, Role.CLR_MEMBER, "credential", report.credentials);
    }

    private CheckResult nestedAll(CheckId id, List<Map.Entry<String, JsonNode>> found, Role nestedRole, String noun,
            List<VerificationReport> sink) {
        if (depth >= v.maxNesting) {
            return CheckResult.fail(id, found.size() + " embedded " + noun + "(s) not verified: nesting is deeper than "
                    + v.maxNesting + " levels");
        }
        if (found.size() > embeddedBudget[0]) {
            return CheckResult.fail(id, found.size() + " embedded " + noun + "s would exceed the limit of " + v.maxEmbedded
                    + " embedded credentials verified per input (maxEmbeddedCredentials); none were verified");
        }
        embeddedBudget[0] -= found.size();
        List<String> failed = new ArrayList<>();
        String firstFailure = null;
        for (Map.Entry<String, JsonNode> e : found) {
            KnownRecipient nestedRecipient = nestedRole == Role.CLR_MEMBER ? recipient : null;
            VerificationReport r = new Pipeline(v, now, nestedRecipient, deadline, depth + 1, nestedRole, embeddedBudget)
                    .nested(e.getValue(), e.getKey());
            sink.add(r);
            if (!r.isValid()) {
                failed.add(e.getKey());
                if (firstFailure == null) {
                    firstFailure = r.failures().isEmpty() ? "it did not verify" : r.failures().get(0).toString();
                }
            }
        }
        if (failed.isEmpty()) {
            return CheckResult.pass(id, found.size() == 1 ? "The embedded " + noun + " verified"
                    : "All " + found.size() + " embedded " + noun + "s verified");
        }
        return CheckResult.fail(id, failed.size() + " of " + found.size() + " embedded " + noun + "s did not verify ("
                + Nodes.clip(String.join(", ", failed)) + "); first: " + Nodes.clip(firstFailure), failed.get(0));
    }

    // ---------------------------------------------------------------- plumbing

    private void run(CheckId id, Supplier<CheckResult> check) {
        if (stoppedAt != null) {
            add(CheckResult.skip(id, "Not run: fail-fast mode stopped at the first failure (" + stoppedAt + ")"));
            return;
        }
        if (deadline.passed()) {
            // Refresh is advisory (a failed refresh keeps the presented credential); every other check is required.
            String message = "Not run: " + deadline.reached();
            add(id == CheckId.REFRESH ? CheckResult.warn(id, message) : CheckResult.fail(id, message));
            return;
        }
        int cutsBefore = deadline.cuts();
        CheckResult r;
        try {
            r = check.get();
            if (r == null || r.check() != id) {
                r = CheckResult.fail(id, "The " + id.id() + " check produced no result");
            }
        } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError e) {
            LOG.debug("Check {} failed with an exception", id.id(), e);
            r = CheckResult.fail(id, "The " + id.id() + " check could not complete: " + describe(e));
        }
        if (deadline.cuts() > cutsBefore) {
            r = interrupted(r);
        }
        add(r);
    }

    /**
     * A check during which the time limit cut a fetch short did not complete: a WARN or SKIP it
     * reported (an unobtainable status list, say) becomes a FAIL, so the report is not valid. PASS
     * and FAIL stand; refresh, being advisory, stays a WARN.
     */
    private CheckResult interrupted(CheckResult r) {
        if (r.check() == CheckId.REFRESH || r.outcome() == Outcome.PASS || r.outcome() == Outcome.FAIL) {
            return r;
        }
        String message = r.message().contains(deadline.reached()) ? "Not completed: " + r.message()
                : r.message() + " (not completed: " + deadline.reached() + ")";
        return new CheckResult(r.check(), Outcome.FAIL, message, r.pointer());
    }

    private void add(CheckResult r) {
        report.checks.add(r);
        if (r.outcome() == Outcome.FAIL && v.mode == VerificationMode.FAIL_FAST && stoppedAt == null) {
            stoppedAt = r.id();
        }
    }

    private VerificationReport parseFail(String message) {
        report.checks.clear();
        report.checks.add(CheckResult.fail(CheckId.PARSE, message));
        for (CheckId id : CheckId.values()) {
            if (id != CheckId.PARSE && id != CheckId.CREDENTIALS) {
                report.checks.add(CheckResult.skip(id, "Not run: the input could not be read as a credential"));
            }
        }
        return finish();
    }

    private VerificationReport crashed(Throwable e) {
        LOG.debug("Verification stopped by an unexpected error", e);
        String message = "Verification stopped by an unexpected error: " + describe(e);
        if (report.checks.isEmpty()) {
            return parseFail(message);
        }
        Set<CheckId> seen = java.util.EnumSet.noneOf(CheckId.class);
        report.checks.forEach(c -> seen.add(c.check()));
        CheckId next = null;
        for (CheckId id : CheckId.values()) {
            if (!seen.contains(id)) {
                next = id;
                break;
            }
        }
        report.checks.add(CheckResult.fail(next == null ? CheckId.PARSE : next, message));
        return finish();
    }

    private VerificationReport finish() {
        report.display = display.build();
        return report.build();
    }

    private static CheckResult merge(CheckId id, List<CheckResult> problems, String passMessage) {
        if (problems.isEmpty()) {
            return CheckResult.pass(id, passMessage);
        }
        CheckResult first = problems.stream().filter(p -> p.outcome() == Outcome.FAIL).findFirst().orElse(problems.get(0));
        if (problems.size() == 1) {
            return first;
        }
        StringBuilder sb = new StringBuilder();
        for (CheckResult p : problems) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(p.message());
        }
        return new CheckResult(id, first.outcome(), sb.toString(), first.pointer());
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        if (e instanceof StackOverflowError) {
            return "the input is nested too deeply";
        }
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : Nodes.clip(m.length() > 300 ? m.substring(0, 300) : m);
    }

    private static String article(CredentialKind kind) {
        return switch (kind) {
            case OPEN_BADGE -> "an OpenBadgeCredential";
            case ENDORSEMENT -> "an EndorsementCredential";
            case CLR -> "a ClrCredential";
            case OB2_ASSERTION -> "an Open Badges 2.0 Assertion";
            case OTHER_VC -> "a JSON credential";
        };
    }

    private static String label(DataModel model) {
        return switch (model) {
            case VC_2_0 -> "VC 2.0";
            case VC_1_1 -> "VC 1.1";
            case OPEN_BADGES_2_0 -> "OB 2.0";
        };
    }

    private static String subjectName(CredentialKind kind) {
        return switch (kind) {
            case OPEN_BADGE -> "The AchievementSubject and its achievement are";
            case ENDORSEMENT -> "The EndorsementSubject is";
            case CLR -> "The ClrSubject is";
            default -> "The credential subject is";
        };
    }
}
