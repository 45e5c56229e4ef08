package org.microcred.verify.ob2;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.microcred.core.model.IdentityHash;

/**
 * Matches an expected identifier against an OB 2.0 IdentityObject
 * (<a href="https://www.imsglobal.org/spec/ob/v2p0/#IdentityObject">OB 2.0 IdentityObject</a>,
 * <a href="https://www.imsglobal.org/spec/ob/v2p0/#identityHash">IdentityHash</a>):
 * {@code alg$hex(identity + salt)} with {@code sha256} or {@code md5}, hex in either case; no salt
 * means unsalted. The expected value is compared as given first, then (e-mail only) lower-cased.
 */
final class Recipients {


    /** The outcome: a match, or why there was none. */
    record Outcome(Optional<RecipientMatch> match, String message) {
    }

    private Recipients() {
    }

    /** Whether an identity string is an IdentityHash. */
    static boolean isIdentityHash(String identity) {
        return IdentityHash.algorithm(identity).isPresent();
    }

    static Outcome match(JsonNode recipient, ExpectedRecipient expected) {
        String type = Nodes.text(recipient, "type").orElse("");
        String identity = Nodes.text(recipient, "identity").orElse(null);
        if (identity == null) {
            return new Outcome(Optional.empty(), "the assertion's recipient has no identity string");
        }
        String typeNote = type.equals(expected.type()) ? ""
                : " (note: the assertion identifies its recipient by '" + type + "', you gave a '"
                        + expected.type() + "' identifier)";
        JsonNode hashedNode = Nodes.get(recipient, "hashed");
        boolean hashed = hashedNode != null && (hashedNode.asBoolean(false) || "true".equals(hashedNode.asText()));
        Optional<String> salt = Nodes.text(recipient, "salt");
        List<String> candidates = new ArrayList<>();
        candidates.add(expected.value());
        String lower = expected.value().toLowerCase(Locale.ROOT);
        boolean mayLowerCase = expected.type().equals("email") && !lower.equals(expected.value());
        if (mayLowerCase) {
            candidates.add(lower);
        }
        if (!hashed) {
            if (hashedNode == null && isIdentityHash(identity)) {
                return new Outcome(Optional.empty(), "recipient.hashed is missing although the identity looks"
                        + " like a hash; not compared" + typeNote);
            }
            for (int i = 0; i < candidates.size(); i++) {
                if (candidates.get(i).equals(identity)) {
                    return matched(RecipientMatch.Method.PLAINTEXT, i > 0, type,
                            "the plaintext identity equals the expected " + expected.type() + (i > 0 ? " (lower-cased)" : "") + typeNote);
                }
            }
            if (expected.type().equals("email") && identity.equalsIgnoreCase(expected.value())) {
                return matched(RecipientMatch.Method.PLAINTEXT, true, type,
                        "the plaintext identity equals the expected email ignoring case" + typeNote);
            }
            return new Outcome(Optional.empty(), "the plaintext identity does not equal the expected " + expected.type() + typeNote);
        }
        Optional<String> algorithm = IdentityHash.algorithm(identity);
        if (algorithm.isEmpty()) {
            return new Outcome(Optional.empty(), "recipient.identity is hashed but not of the form sha256$hex or md5$hex" + typeNote);
        }
        boolean sha = algorithm.get().equals("sha256");
        String suffix = salt.orElse("");
        for (int i = 0; i < candidates.size(); i++) {
            if (IdentityHash.matches(identity, suffix, candidates.get(i))) {
                RecipientMatch.Method method = sha
                        ? (salt.isPresent() ? RecipientMatch.Method.SHA256_SALTED : RecipientMatch.Method.SHA256_UNSALTED)
                        : (salt.isPresent() ? RecipientMatch.Method.MD5_SALTED : RecipientMatch.Method.MD5_UNSALTED);
                String how = (sha ? "sha256" : "md5") + (salt.isPresent() ? " with the assertion's salt" : " without salt");
                return matched(method, i > 0, type, "the " + how + " hash of the expected " + expected.type()
                        + (i > 0 ? " (lower-cased)" : "") + " matches" + typeNote);
            }
        }
        return new Outcome(Optional.empty(), "the " + (sha ? "sha256" : "md5") + (salt.isPresent() ? " salted" : " unsalted")
                + " hash of the expected " + expected.type() + " does not match the recipient identity" + typeNote);
    }

    private static Outcome matched(RecipientMatch.Method method, boolean lowerCased, String type, String message) {
        return new Outcome(Optional.of(new RecipientMatch(method, lowerCased, type)), message);
    }
}
