package org.microcred.verify.ob2;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matches an expected identifier against an OB 2.0 IdentityObject
 * (<a href="https://www.imsglobal.org/spec/ob/v2p0/#IdentityObject">OB 2.0 IdentityObject</a>,
 * <a href="https://www.imsglobal.org/spec/ob/v2p0/#identityHash">IdentityHash</a>):
 * {@code alg$hex(identity + salt)} with {@code sha256} or {@code md5}, hex in either case; no salt
 * means unsalted. The expected value is compared as given first, then (e-mail only) lower-cased.
 */
final class Recipients {

    private static final Pattern HASH = Pattern.compile("(?i)(sha256|md5)\\$([0-9a-f]+)");

    /** The outcome: a match, or why there was none. */
    record Outcome(Optional<RecipientMatch> match, String message) {
    }

    private Recipients() {
    }

    /** Whether an identity string is an IdentityHash. */
    static boolean isIdentityHash(String identity) {
        Matcher m = HASH.matcher(identity);
        if (!m.matches()) {
            return false;
        }
        int hexLength = m.group(1).equalsIgnoreCase("sha256") ? 64 : 32;
        return m.group(2).length() == hexLength;
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
            if (hashedNode == null && HASH.matcher(identity).matches()) {
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
        Matcher m = HASH.matcher(identity);
        if (!m.matches()) {
            return new Outcome(Optional.empty(), "recipient.identity is hashed but not of the form sha256$hex or md5$hex" + typeNote);
        }
        boolean sha = m.group(1).equalsIgnoreCase("sha256");
        String hex = m.group(2).toLowerCase(Locale.ROOT);
        String suffix = salt.orElse("");
        for (int i = 0; i < candidates.size(); i++) {
            if (digestHex(sha ? "SHA-256" : "MD5", candidates.get(i) + suffix).equals(hex)) {
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

    static String digestHex(String algorithm, String input) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(input.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is not available in this JDK", e);
        }
    }
}
