package org.microcred.verify.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.microcred.core.jsonld.ContextRegistry;
import org.microcred.verify.CheckId;
import org.microcred.verify.CheckResult;
import org.microcred.verify.DataModel;

/**
 * The {@code context} check's static rules: VC base context first, the OB / CLR context present
 * and in order, every remote context one the verifier's context registry holds (remote contexts are
 * never fetched).
 */
public final class ContextRules {

    /** VC Data Model 2.0 base context. */
    public static final String VC_V2 = "https://www.w3.org/ns/credentials/v2";
    /** VC Data Model 1.1 base context. */
    public static final String VC_V1 = "https://www.w3.org/2018/credentials/v1";
    /** The versioned OB 3.0 context pattern (OB 3.0 JSON Schema, {@code @context} items[1]). */
    public static final Pattern OB_CONTEXT =
            Pattern.compile("^https://purl\\.imsglobal\\.org/spec/ob/v3p0/context(-3\\.\\d\\.\\d)*\\.json$");
    /** The CLR 2.0 context pattern. */
    public static final Pattern CLR_CONTEXT =
            Pattern.compile("^https://purl\\.imsglobal\\.org/spec/clr/v2p0/context(-2\\.\\d\\.\\d)*\\.json$");

    private ContextRules() {
    }

    /**
     * @param credential a VC JSON object
     * @return the data model: VC 1.1 when the first context is the 1.1 one, otherwise VC 2.0 when
     *     any entry is the 2.0 context (the 1EdTech validator's rule), else VC 1.1
     */
    public static DataModel dataModel(JsonNode credential) {
        List<JsonNode> contexts = Nodes.values(credential.get("@context"));
        if (!contexts.isEmpty() && contexts.get(0).isTextual()) {
            String first = contexts.get(0).asText();
            if (first.equals(VC_V1)) {
                return DataModel.VC_1_1;
            }
            if (first.equals(VC_V2)) {
                return DataModel.VC_2_0;
            }
        }
        return CredentialKind.contextContains(credential, VC_V2) ? DataModel.VC_2_0 : DataModel.VC_1_1;
    }

    /**
     * Checks {@code @context} of a VC.
     *
     * @param credential the credential
     * @param kind its kind
     * @param registry the contexts JSON-LD processing can use (the only ones that are acceptable)
     * @return the problems (each a FAIL result), empty when the rules hold
     */
    public static List<CheckResult> check(JsonNode credential, CredentialKind kind, ContextRegistry registry) {
        List<CheckResult> problems = new ArrayList<>();
        JsonNode ctx = credential.get("@context");
        if (ctx == null) {
            problems.add(CheckResult.fail(CheckId.CONTEXT, "@context is missing", "/@context"));
            return problems;
        }
        if (!ctx.isArray()) {
            problems.add(CheckResult.fail(CheckId.CONTEXT, "@context must be an array starting with "
                    + VC_V2 + " (or " + VC_V1 + "); it is " + Nodes.describe(ctx), "/@context"));
            return problems;
        }
        List<JsonNode> entries = Nodes.values(ctx);
        String first = entries.isEmpty() || !entries.get(0).isTextual() ? null : entries.get(0).asText();
        if (!VC_V2.equals(first) && !VC_V1.equals(first)) {
            problems.add(CheckResult.fail(CheckId.CONTEXT, "The first @context entry must be " + VC_V2
                    + " (VC 2.0) or " + VC_V1 + " (VC 1.1); it is "
                    + (entries.isEmpty() ? "missing" : Nodes.describe(entries.get(0))), "/@context/0"));
        }
        int ob = indexOf(entries, OB_CONTEXT);
        int clr = indexOf(entries, CLR_CONTEXT);
        switch (kind) {
            case OPEN_BADGE, ENDORSEMENT -> {
                if (ob < 0) {
                    problems.add(CheckResult.fail(CheckId.CONTEXT, "No Open Badges 3.0 context: expected "
                            + "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json (or another 3.0.x version) "
                            + "after the VC context", "/@context"));
                } else if (ob != 1 && VC_V2.equals(first)) {
                    problems.add(CheckResult.fail(CheckId.CONTEXT, "The Open Badges context must be the second "
                            + "@context entry; it is entry " + ob, Nodes.pointer("/@context", ob)));
                }
            }
            case CLR -> {
                if (clr < 0) {
                    problems.add(CheckResult.fail(CheckId.CONTEXT, "No CLR 2.0 context: expected "
                            + "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json after the VC context",
                            "/@context"));
                } else if (clr != 1) {
                    problems.add(CheckResult.fail(CheckId.CONTEXT, "The CLR context must be the second @context "
                            + "entry; it is entry " + clr, Nodes.pointer("/@context", clr)));
                }
                if (ob < 0) {
                    problems.add(CheckResult.fail(CheckId.CONTEXT, "No Open Badges 3.0 context: a CLR needs "
                            + "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json after the CLR context",
                            "/@context"));
                } else if (clr >= 0 && ob < clr) {
                    problems.add(CheckResult.fail(CheckId.CONTEXT, "The Open Badges context must come after the "
                            + "CLR context (order matters for protected terms)", Nodes.pointer("/@context", ob)));
                }
            }
            default -> {
            }
        }
        for (int i = 0; i < entries.size(); i++) {
            JsonNode e = entries.get(i);
            if (e.isTextual()) {
                if (!registry.contains(e.asText())) {
                    problems.add(CheckResult.fail(CheckId.CONTEXT, "Unknown remote context " + Nodes.clip(e.asText())
                            + ": it is not bundled and remote contexts are never fetched, so its terms cannot "
                            + "be checked (register it in the ContextRegistry of the Verifier's Canonicalizer)",
                            Nodes.pointer("/@context", i)));
                }
            } else if (!e.isObject()) {
                problems.add(CheckResult.fail(CheckId.CONTEXT, "@context entry " + i + " must be a URL or an "
                        + "object; it is " + Nodes.describe(e), Nodes.pointer("/@context", i)));
            }
        }
        return problems;
    }

    private static int indexOf(List<JsonNode> entries, Pattern p) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).isTextual() && p.matcher(entries.get(i).asText()).matches()) {
                return i;
            }
        }
        return -1;
    }
}
