package org.microcred.verify.ob2;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.microcred.core.bake.PayloadKind;
import org.microcred.core.keys.VerificationKey;

/**
 * The result of verifying one Open Badges 2.0 input: every step in check order, the display
 * fields, and the documents that were resolved (also when verification failed, as far as they
 * could be read). Immutable and thread-safe; the JSON documents are copied on the way out.
 */
public final class Ob2Result {

    private final List<Ob2Step> steps;
    private final Optional<PayloadKind> inputForm;
    private final Optional<Ob2VerificationType> verificationType;
    private final Ob2Display display;
    private final JsonNode assertion;
    private final JsonNode badgeClass;
    private final JsonNode issuer;
    private final Optional<RecipientMatch> recipientMatch;
    private final Optional<String> verificationKey;
    private final Optional<VerificationKey> publicKey;

    Ob2Result(List<Ob2Step> steps, Optional<PayloadKind> inputForm, Optional<Ob2VerificationType> verificationType,
            Ob2Display display, JsonNode assertion, JsonNode badgeClass, JsonNode issuer,
            Optional<RecipientMatch> recipientMatch, Optional<String> verificationKey,
            Optional<? extends VerificationKey> publicKey) {
        this.steps = List.copyOf(steps);
        this.inputForm = Objects.requireNonNull(inputForm, "inputForm");
        this.verificationType = Objects.requireNonNull(verificationType, "verificationType");
        this.display = Objects.requireNonNull(display, "display");
        this.assertion = assertion == null ? null : assertion.deepCopy();
        this.badgeClass = badgeClass == null ? null : badgeClass.deepCopy();
        this.issuer = issuer == null ? null : issuer.deepCopy();
        this.recipientMatch = Objects.requireNonNull(recipientMatch, "recipientMatch");
        this.verificationKey = Objects.requireNonNull(verificationKey, "verificationKey");
        this.publicKey = Objects.requireNonNull(publicKey, "publicKey").map(VerificationKey.class::cast);
    }

    /**
     * Whether the badge verified: no step failed and the proof (hosted fetch or signature)
     * passed (a proof step may also warn, e.g. when the presented copy differs from the hosted one). Warnings and skipped steps do not invalidate it.
     *
     * @return true if the badge is valid
     */
    public boolean isValid() {
        return steps.stream().noneMatch(s -> s.outcome() == Ob2Outcome.FAIL)
                && steps(Ob2Check.PROOF).stream().anyMatch(s -> s.outcome() == Ob2Outcome.PASS);
    }

    /** @return every step, grouped by check in {@link Ob2Check} order; each check appears at least once */
    public List<Ob2Step> steps() {
        return steps;
    }

    /**
     * @param check a check
     * @return the steps of that check, in the order they were taken
     */
    public List<Ob2Step> steps(Ob2Check check) {
        Objects.requireNonNull(check, "check");
        return steps.stream().filter(s -> s.check() == check).toList();
    }

    /**
     * The overall outcome of one check: FAIL if any of its steps failed, else WARN if any warned,
     * else PASS if any passed, else SKIP.
     *
     * @param check a check
     * @return its outcome
     */
    public Ob2Outcome outcome(Ob2Check check) {
        List<Ob2Step> of = steps(check);
        for (Ob2Outcome o : List.of(Ob2Outcome.FAIL, Ob2Outcome.WARN, Ob2Outcome.PASS)) {
            if (of.stream().anyMatch(s -> s.outcome() == o)) {
                return o;
            }
        }
        return Ob2Outcome.SKIP;
    }

    /** @return the failed steps, in check order */
    public List<Ob2Step> failures() {
        return steps.stream().filter(s -> s.outcome() == Ob2Outcome.FAIL).toList();
    }

    /** @return how the input was presented (JSON, compact JWS or URL); empty if it was none of these */
    public Optional<PayloadKind> inputForm() {
        return inputForm;
    }

    /** @return hosted or signed, when it could be determined */
    public Optional<Ob2VerificationType> verificationType() {
        return verificationType;
    }

    /** @return the fields a person needs to see; never null */
    public Ob2Display display() {
        return display;
    }

    /**
     * @return the assertion that was checked: the hosted copy for a hosted badge that could be
     *     fetched (else the presented copy), the JWS payload for a signed badge; a copy
     */
    public Optional<JsonNode> assertion() {
        return Optional.ofNullable(assertion).map(JsonNode::deepCopy);
    }

    /** @return the BadgeClass (embedded or fetched); a copy */
    public Optional<JsonNode> badgeClass() {
        return Optional.ofNullable(badgeClass).map(JsonNode::deepCopy);
    }

    /** @return the issuer Profile (fetched from its id when it could be, else embedded); a copy */
    public Optional<JsonNode> issuer() {
        return Optional.ofNullable(issuer).map(JsonNode::deepCopy);
    }

    /** @return how the expected recipient matched, when one was given and matched */
    public Optional<RecipientMatch> recipientMatch() {
        return recipientMatch;
    }

    /** @return the id of the CryptographicKey whose signature verified (signed badges) */
    public Optional<String> verificationKey() {
        return verificationKey;
    }

    /** @return the public key whose signature verified (signed badges), e.g. to show its type or JWK */
    public Optional<VerificationKey> publicKey() {
        return publicKey;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Ob2Result[").append(isValid() ? "valid" : "invalid");
        for (Ob2Step s : steps) {
            sb.append("\n  ").append(s);
        }
        return sb.append("\n]").toString();
    }
}
