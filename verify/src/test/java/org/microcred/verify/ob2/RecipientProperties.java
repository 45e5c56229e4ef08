package org.microcred.verify.ob2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/** Recipient matching against an oracle computed here from the IdentityHash rule. */
class RecipientProperties {

    private static String identityHash(String algorithm, String prefix, String input, boolean upper) throws Exception {
        String hex = HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(input.getBytes(StandardCharsets.UTF_8)));
        return prefix + "$" + (upper ? hex.toUpperCase(Locale.ROOT) : hex);
    }

    private static ObjectNode recipient(String identity, String salt) {
        ObjectNode r = JsonNodeFactory.instance.objectNode().put("type", "email").put("hashed", true).put("identity", identity);
        if (salt != null) {
            r.put("salt", salt);
        }
        return r;
    }

    @Property(tries = 200)
    void theHashOfTheIdentifierAlwaysMatches(@ForAll @StringLength(min = 1, max = 40) String identifier,
            @ForAll @StringLength(max = 12) String salt, @ForAll boolean salted, @ForAll boolean sha, @ForAll boolean upper)
            throws Exception {
        String input = identifier + (salted ? salt : "");
        String hash = identityHash(sha ? "SHA-256" : "MD5", sha ? "sha256" : "md5", input, upper);
        var out = Recipients.match(recipient(hash, salted ? salt : null), new ExpectedRecipient("email", identifier));
        RecipientMatch.Method expected = sha
                ? (salted ? RecipientMatch.Method.SHA256_SALTED : RecipientMatch.Method.SHA256_UNSALTED)
                : (salted ? RecipientMatch.Method.MD5_SALTED : RecipientMatch.Method.MD5_UNSALTED);
        assertEquals(expected, out.match().orElseThrow(() -> new AssertionError(out.message())).method());
    }

    @Property(tries = 200)
    void anotherIdentifierNeverMatches(@ForAll @StringLength(min = 1, max = 40) String identifier,
            @ForAll @StringLength(min = 1, max = 40) String other, @ForAll @StringLength(max = 12) String salt) throws Exception {
        Assume.that(!other.equals(identifier) && !other.toLowerCase(Locale.ROOT).equals(identifier));
        String hash = identityHash("SHA-256", "sha256", identifier + salt, false);
        var out = Recipients.match(recipient(hash, salt), new ExpectedRecipient("email", other));
        assertTrue(out.match().isEmpty(), out.message());
    }
}
