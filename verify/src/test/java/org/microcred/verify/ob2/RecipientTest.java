package org.microcred.verify.ob2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Recipient matching per OB 2.0 IdentityObject / IdentityHash: {@code alg$hex(identity + salt)},
 * salt appended with no separator, hex in either case (spec example: sha256 of "mayze").
 */
class RecipientTest {

    private static final String EMAIL = "ada@example.org";

    /** The expected hash computed here from the spec rule, independently of the code under test. */
    private static String hash(String algorithm, String input) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(input.getBytes(StandardCharsets.UTF_8)));
    }

    private static ObjectNode identity(String type, boolean hashed, String identity, String salt) {
        ObjectNode r = JsonNodeFactory.instance.objectNode().put("type", type).put("hashed", hashed).put("identity", identity);
        if (salt != null) {
            r.put("salt", salt);
        }
        return r;
    }

    @Test
    void specExampleHashOfMayze() throws Exception {
        // OB 2.0 "Primitive datatypes", IdentityHash example.
        assertEquals("7a1a1b3f7d40552e4299180e346e3add12bf9a751a43d9c4ca4518febc2c60c6", hash("SHA-256", "mayze"));
        var out = Recipients.match(identity("email", true,
                "sha256$7a1a1b3f7d40552e4299180e346e3add12bf9a751a43d9c4ca4518febc2c60c6", null),
                ExpectedRecipient.email("mayze"));
        assertEquals(RecipientMatch.Method.SHA256_UNSALTED, out.match().orElseThrow().method());
    }

    @Test
    void saltedSha256() throws Exception {
        String id = "sha256$" + hash("SHA-256", EMAIL + "s@lt!");
        var out = Recipients.match(identity("email", true, id, "s@lt!"), ExpectedRecipient.email(EMAIL));
        assertEquals(Optional.of(new RecipientMatch(RecipientMatch.Method.SHA256_SALTED, false, "email")), out.match());
        // the same hash without its salt does not match
        assertTrue(Recipients.match(identity("email", true, id, null), ExpectedRecipient.email(EMAIL)).match().isEmpty());
    }

    @Test
    void unsaltedSha256() throws Exception {
        var out = Recipients.match(identity("email", true, "sha256$" + hash("SHA-256", EMAIL), null), ExpectedRecipient.email(EMAIL));
        assertEquals(RecipientMatch.Method.SHA256_UNSALTED, out.match().orElseThrow().method());
        assertTrue(out.message().contains("without salt"), out.message());
    }

    @Test
    void md5SaltedAndUnsalted() throws Exception {
        assertEquals(RecipientMatch.Method.MD5_UNSALTED, Recipients.match(
                identity("email", true, "md5$" + hash("MD5", EMAIL), null), ExpectedRecipient.email(EMAIL))
                .match().orElseThrow().method());
        assertEquals(RecipientMatch.Method.MD5_SALTED, Recipients.match(
                identity("email", true, "md5$" + hash("MD5", EMAIL + "pepper"), "pepper"), ExpectedRecipient.email(EMAIL))
                .match().orElseThrow().method());
    }

    @Test
    void upperCaseHexAndAlgorithm() throws Exception {
        String id = "SHA256$" + hash("SHA-256", EMAIL + "x").toUpperCase(Locale.ROOT);
        assertTrue(Recipients.match(identity("email", true, id, "x"), ExpectedRecipient.email(EMAIL)).match().isPresent());
    }

    @Test
    void plaintext() {
        var out = Recipients.match(identity("email", false, EMAIL, null), ExpectedRecipient.email(EMAIL));
        assertEquals(RecipientMatch.Method.PLAINTEXT, out.match().orElseThrow().method());
        var url = Recipients.match(identity("url", false, "https://ada.example.org", null), ExpectedRecipient.url("https://ada.example.org"));
        assertTrue(url.match().isPresent());
        assertTrue(Recipients.match(identity("url", false, "https://ada.example.org", null),
                ExpectedRecipient.url("https://ADA.example.org")).match().isEmpty());
    }

    @Test
    void emailCaseIsReported() throws Exception {
        var out = Recipients.match(identity("email", true, "sha256$" + hash("SHA-256", EMAIL + "s"), "s"),
                ExpectedRecipient.email("Ada@Example.org"));
        assertTrue(out.match().orElseThrow().lowerCased());
        assertTrue(out.message().contains("lower-cased"));
    }

    @Test
    void mismatch() throws Exception {
        var out = Recipients.match(identity("email", true, "sha256$" + hash("SHA-256", "eve@example.org" + "s"), "s"),
                ExpectedRecipient.email(EMAIL));
        assertTrue(out.match().isEmpty());
        assertTrue(out.message().contains("does not match"), out.message());
        assertTrue(Recipients.match(identity("email", false, "eve@example.org", null), ExpectedRecipient.email(EMAIL)).match().isEmpty());
    }

    @Test
    void typeDifferenceIsSaid() throws Exception {
        var out = Recipients.match(identity("url", true, "sha256$" + hash("SHA-256", EMAIL), null), ExpectedRecipient.email(EMAIL));
        assertTrue(out.match().isPresent());
        assertTrue(out.message().contains("identifies its recipient by 'url'"), out.message());
        var miss = Recipients.match(identity("telephone", false, "+15551234", null), ExpectedRecipient.email(EMAIL));
        assertTrue(miss.match().isEmpty());
        assertTrue(miss.message().contains("'telephone'"), miss.message());
    }

    @Test
    void malformedHash() {
        var out = Recipients.match(identity("email", true, "sha1$abcdef", null), ExpectedRecipient.email(EMAIL));
        assertTrue(out.match().isEmpty());
        assertTrue(out.message().contains("sha256$hex"));
    }

    @Test
    void throughTheVerifier() {
        Ob2Verifier base = Ob2Verifier.builder().fetcher(Fixtures.hosted()).clock(Fixtures.NOW).build();
        assertEquals(Ob2Outcome.SKIP, base.verify(Fixtures.ASSERTION).outcome(Ob2Check.RECIPIENT));
        Ob2Result match = base.toBuilder().expectedRecipient(ExpectedRecipient.email(EMAIL)).build().verify(Fixtures.ASSERTION);
        assertTrue(match.isValid(), match::toString);
        assertEquals(RecipientMatch.Method.SHA256_SALTED, match.recipientMatch().orElseThrow().method());
        Ob2Result miss = base.toBuilder().expectedRecipient(ExpectedRecipient.email("eve@example.org")).build().verify(Fixtures.ASSERTION);
        assertFalse(miss.isValid());
        assertEquals(Ob2Outcome.FAIL, miss.outcome(Ob2Check.RECIPIENT));
        assertEquals(Optional.of("/recipient/identity"), miss.steps(Ob2Check.RECIPIENT).get(0).pointer());
    }

    @Test
    void expectedRecipientRejectsBlankArguments() {
        assertThrows(IllegalArgumentException.class, () -> new ExpectedRecipient(" ", "x"));
        assertThrows(IllegalArgumentException.class, () -> ExpectedRecipient.email(""));
        assertThrows(NullPointerException.class, () -> ExpectedRecipient.email(null));
        assertFalse(ExpectedRecipient.email(EMAIL).toString().contains(EMAIL));
    }
}
