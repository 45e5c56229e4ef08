package org.microcred.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.microcred.core.json.Json;
import org.microcred.core.keys.VerificationKey;
import org.microcred.core.model.Credential;
import org.microcred.verify.internal.HtmlReportWriter;
import org.microcred.verify.internal.JsonReportWriter;

/**
 * The outcome of verifying one input: every check with its outcome and message, what the input
 * was, the parsed credential (even when a check failed), the key that verified it, what a person
 * needs to see, and nested reports for embedded endorsements and for the credentials a CLR bundles.
 *
 * <h2>When is a report valid?</h2>
 * {@link #isValid()} holds when no check FAILed <em>and</em> the checks that must positively
 * succeed did: {@code parse}, {@code proof} and {@code issuer-binding} are PASS (never SKIP), and
 * for a CLR {@code credentials} is PASS. WARN (for example an unobtainable status list under the
 * default policy) and SKIP of checks that do not apply (no recipient asked, no trust list) keep a
 * report valid.
 *
 * <h2>Refreshed credentials</h2>
 * When the credential names a {@code 1EdTechCredentialRefresh} service and the verifier obtained
 * and accepted the refreshed credential (OB 3.0 verification step 3; see {@link CheckId#REFRESH}),
 * {@link #refreshedFrom()} is the service URL and the {@code refresh} check is PASS. The checks up
 * to {@code refresh} are then the presented credential's, and the checks after it the refreshed
 * credential's; {@link #credential()}, {@link #credentialJson()}, {@link #dataModel()},
 * {@link #display()}, {@link #verificationMethod()}, {@link #verificationKey()} and
 * {@link #proofSuite()} describe the refreshed credential, {@link #refreshedDocument()} is it as the
 * service served it (to store in place of the old one), and {@link #presentedCredentialJson()} is
 * the credential as presented. {@link #format()}, {@link #container()} and {@link #bakedImage()}
 * always describe the input as presented. Without a refresh, {@code refreshedFrom},
 * {@code refreshedDocument} and {@code presentedCredentialJson} are empty.
 *
 * <p>Immutable and thread-safe. {@link #toJson()} and {@link #toHtml()} render it; the HTML is a
 * self-contained page with every credential value escaped.
 */
public final class VerificationReport {

    private static final Set<CheckId> MUST_PASS = EnumSet.of(CheckId.PARSE, CheckId.PROOF, CheckId.ISSUER_BINDING);

    private final String inputId;
    private final CredentialFormat format;
    private final Container container;
    private final DataModel dataModel;
    private final List<CheckResult> checks;
    private final JsonNode credential;
    private final Credential typedCredential;
    private final String verificationMethod;
    private final VerificationKey verificationKey;
    private final String proofSuite;
    private final DisplayFields display;
    private final BakedImage bakedImage;
    private final List<VerificationReport> endorsements;
    private final List<VerificationReport> credentials;
    private final JsonNode presentedCredential;
    private final String refreshedFrom;
    private final String refreshedDocument;
    private final boolean valid;

    private VerificationReport(Builder b) {
        this.inputId = b.inputId;
        this.format = Objects.requireNonNull(b.format, "format");
        this.container = Objects.requireNonNull(b.container, "container");
        this.dataModel = b.dataModel;
        this.checks = List.copyOf(b.checks);
        this.credential = b.credential == null ? null : b.credential.deepCopy();
        this.typedCredential = b.typedCredential;
        this.verificationMethod = b.verificationMethod;
        this.verificationKey = b.verificationKey;
        this.proofSuite = b.proofSuite;
        this.display = b.display == null ? DisplayFields.EMPTY : b.display;
        this.bakedImage = b.bakedImage;
        this.endorsements = List.copyOf(b.endorsements);
        this.credentials = List.copyOf(b.credentials);
        this.presentedCredential = b.presentedCredential == null ? null : b.presentedCredential.deepCopy();
        this.refreshedFrom = b.refreshedFrom;
        this.refreshedDocument = b.refreshedDocument;
        this.valid = computeValid();
    }

    private boolean computeValid() {
        if (checks.isEmpty()) {
            return false;
        }
        Set<CheckId> passed = EnumSet.noneOf(CheckId.class);
        for (CheckResult c : checks) {
            if (c.outcome() == Outcome.FAIL) {
                return false;
            }
            if (c.outcome() == Outcome.PASS) {
                passed.add(c.check());
            }
        }
        if (!passed.containsAll(MUST_PASS)) {
            return false;
        }
        return format != CredentialFormat.CLR || passed.contains(CheckId.CREDENTIALS);
    }

    /**
     * @return whether the credential is genuine, current, unrevoked, trusted (if a trust list was
     *     given) and issued to the expected recipient (if one was given): no FAIL, and parse,
     *     proof and issuer-binding PASS
     */
    public boolean isValid() {
        return valid;
    }

    /** @return the caller's name for the input (a file name), when given */
    public Optional<String> inputId() {
        return Optional.ofNullable(inputId);
    }

    /** @return what the input was */
    public CredentialFormat format() {
        return format;
    }

    /** @return how the input was delivered */
    public Container container() {
        return container;
    }

    /** @return the data model generation, when the credential parsed far enough to tell */
    public Optional<DataModel> dataModel() {
        return Optional.ofNullable(dataModel);
    }

    /** @return every check, in pipeline order; never empty */
    public List<CheckResult> checks() {
        return checks;
    }

    /**
     * @param check a check
     * @return its result, when the pipeline reported it (CLR-only checks are absent otherwise)
     */
    public Optional<CheckResult> check(CheckId check) {
        Objects.requireNonNull(check, "check");
        return checks.stream().filter(c -> c.check() == check).findFirst();
    }

    /** @return the checks that failed, in order */
    public List<CheckResult> failures() {
        List<CheckResult> out = new ArrayList<>();
        for (CheckResult c : checks) {
            if (c.outcome() == Outcome.FAIL) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The credential read into the typed model ({@code AchievementCredential}, {@code
     * EndorsementCredential}, {@code ClrCredential} or a generic {@code VerifiableCredential}),
     * present whenever the JSON had the model's shape — also when checks failed, so a caller can
     * see what a rejected credential claimed. Check {@link #isValid()} before relying on it.
     * Empty for unparseable input and for OB 2.0 assertions (see {@link #credentialJson()}).
     *
     * @return the typed credential
     */
    public Optional<Credential> credential() {
        return Optional.ofNullable(typedCredential);
    }

    /**
     * The parsed credential JSON — for a VC-JWT its {@code vc} claim or payload, for a baked
     * image the baked credential — present whenever it parsed, also when later checks failed.
     *
     * @return a copy of the credential JSON object
     */
    public Optional<JsonNode> credentialJson() {
        return Optional.ofNullable(credential).map(JsonNode::deepCopy);
    }

    /**
     * The URL of the refresh service the credential was replaced from: present only when the
     * verifier refreshed the credential and accepted the result (the {@code refresh} check PASSed);
     * see the class documentation for what then describes which credential.
     *
     * @return the refresh service URL
     */
    public Optional<String> refreshedFrom() {
        return Optional.ofNullable(refreshedFrom);
    }

    /**
     * The refreshed credential as the refresh service served it (JSON text or a compact JWS), for
     * a wallet or an applicant-tracking system to keep in place of the presented one. Present
     * exactly when {@link #refreshedFrom()} is.
     *
     * @return the refreshed document
     */
    public Optional<String> refreshedDocument() {
        return Optional.ofNullable(refreshedDocument);
    }

    /**
     * The credential as presented, when it was refreshed (then {@link #credentialJson()} is the
     * refreshed one). Present exactly when {@link #refreshedFrom()} is.
     *
     * @return a copy of the presented credential JSON
     */
    public Optional<JsonNode> presentedCredentialJson() {
        return Optional.ofNullable(presentedCredential).map(JsonNode::deepCopy);
    }

    /** @return the verification method (or JWS {@code kid}) whose key verified the proof */
    public Optional<String> verificationMethod() {
        return Optional.ofNullable(verificationMethod);
    }

    /** @return the public key that verified the proof */
    public Optional<VerificationKey> verificationKey() {
        return Optional.ofNullable(verificationKey);
    }

    /** @return the proof suite that verified the proof ({@code eddsa-rdfc-2022}, {@code VC-JWT}, …) */
    public Optional<String> proofSuite() {
        return Optional.ofNullable(proofSuite);
    }

    /** @return the fields a person needs to see; empty values when the input did not parse */
    public DisplayFields display() {
        return display;
    }

    /** @return the image the credential was baked into, for PNG / SVG input */
    public Optional<BakedImage> bakedImage() {
        return Optional.ofNullable(bakedImage);
    }

    /** @return one report per embedded endorsement, in document order */
    public List<VerificationReport> endorsements() {
        return endorsements;
    }

    /** @return for a CLR, one report per bundled credential, in document order; else empty */
    public List<VerificationReport> credentials() {
        return credentials;
    }

    /**
     * The report as a JSON object: {@code file} (when an input id was given), {@code valid},
     * {@code format}, {@code container}, {@code dataModel}, the display fields, {@code
     * verificationMethod}, {@code refreshedFrom} (when the credential was refreshed), {@code checks}
     * (each {@code id}, {@code outcome}, {@code message}, {@code pointer} when present) and nested
     * {@code endorsements} / {@code credentials}.
     *
     * @return a new JSON object
     */
    public ObjectNode toJson() {
        return JsonReportWriter.write(this);
    }

    /** @return {@link #toJson()} as one line of compact JSON (the CLI's {@code --json} output) */
    public String toJsonLine() {
        return Json.standard().write(toJson());
    }

    /**
     * A self-contained HTML page for a person: the badge image (when it is a {@code data:} URI
     * or a baked image), name, issuer, dates, status, and every check with a clear mark. Inline
     * CSS only, no scripts, no external resources; every value from the credential is escaped.
     *
     * @return the HTML document
     */
    public String toHtml() {
        return HtmlReportWriter.write(this);
    }

    /**
     * One self-contained HTML page for several reports (a candidate's whole submission): a
     * summary table with one row per input, then every report in full, as {@link #toHtml()}
     * renders it. Same guarantees: inline CSS only, no scripts, everything escaped.
     *
     * @param reports the reports, in the order to show; not null
     * @return the HTML document
     */
    public static String toHtmlPage(List<VerificationReport> reports) {
        return HtmlReportWriter.write(List.copyOf(reports));
    }

    /** @return a one-line summary: valid or not, format, name and the first failure */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(valid ? "VALID " : "INVALID ").append(format);
        display.name().ifPresent(n -> sb.append(" \"").append(n).append('"'));
        List<CheckResult> f = failures();
        if (!f.isEmpty()) {
            sb.append(": ").append(f.get(0));
        }
        return sb.toString();
    }

    /** Package-private: the pipeline assembles reports. */
    static final class Builder {
        String inputId;
        CredentialFormat format = CredentialFormat.UNKNOWN;
        Container container = Container.UNKNOWN;
        DataModel dataModel;
        final List<CheckResult> checks = new ArrayList<>();
        JsonNode credential;
        Credential typedCredential;
        String verificationMethod;
        VerificationKey verificationKey;
        String proofSuite;
        DisplayFields display;
        BakedImage bakedImage;
        final List<VerificationReport> endorsements = new ArrayList<>();
        final List<VerificationReport> credentials = new ArrayList<>();
        JsonNode presentedCredential;
        String refreshedFrom;
        String refreshedDocument;

        VerificationReport build() {
            return new VerificationReport(this);
        }
    }
}
