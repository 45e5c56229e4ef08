package org.microcred.core.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The OB 3.0 IdentityHash: {@code <alg>$<hex>} where the hash is over the UTF-8 identifier with the salt
 * appended (no separator), {@code alg} is {@code sha256} or {@code md5}, hex in either case.
 *
 * <p>Spec example: {@code sha256("a@example.com" + "Kosher")} =
 * {@code sha256$b5809d8a92f8858436d7e6b87c12ebc0ae1eac4baecc2c0b913aee2c922ef399}. Nothing is normalised:
 * the identifier is hashed exactly as given. Stateless and thread-safe.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0#identityhash">OB 3.0 IdentityHash</a>
 */
public final class IdentityHash {

    private static final SecureRandom RANDOM = new SecureRandom();

    private IdentityHash() {
    }

    /** @return a new random salt: 16 bytes from {@link SecureRandom}, as 32 lower-case hex characters */
    public static String newSalt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return HexFormat.of().formatHex(salt);
    }

    /**
     * @param identifier the identifier, not null
     * @param salt the salt, not null (may be empty for an unsalted hash)
     * @return {@code sha256$} + lower-case hex of SHA-256(identifier + salt)
     */
    public static String sha256(String identifier, String salt) {
        return "sha256$" + hex("SHA-256", identifier, salt);
    }

    /**
     * @param identifier the identifier, not null
     * @param salt the salt, not null (may be empty)
     * @return {@code md5$} + lower-case hex of MD5(identifier + salt) (legacy; only for matching old data)
     */
    public static String md5(String identifier, String salt) {
        return "md5$" + hex("MD5", identifier, salt);
    }

    /**
     * The algorithm of a well-formed identity hash: {@code sha256$} with 64 hex digits or
     * {@code md5$} with 32, the algorithm name and the hex in any case.
     *
     * @param identityHash the text to examine, not null
     * @return {@code "sha256"} or {@code "md5"}, or empty when the text is not a well-formed hash
     */
    public static Optional<String> algorithm(String identityHash) {
        Objects.requireNonNull(identityHash, "identityHash");
        int dollar = identityHash.indexOf('$');
        if (dollar < 0) {
            return Optional.empty();
        }
        String alg = identityHash.substring(0, dollar).toLowerCase(Locale.ROOT);
        int hexLength = alg.equals("sha256") ? 64 : alg.equals("md5") ? 32 : -1;
        String hex = identityHash.substring(dollar + 1);
        if (hex.length() != hexLength) {
            return Optional.empty();
        }
        for (int i = 0; i < hex.length(); i++) {
            if (Character.digit(hex.charAt(i), 16) < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(alg);
    }

    /**
     * Checks a known identifier against an identity hash.
     *
     * @param identityHash {@code sha256$<hex>} or {@code md5$<hex>}, not null
     * @param salt the salt, not null (empty when the hash is unsalted)
     * @param knownIdentifier the identifier to test, exactly as given, not null
     * @return true if the hash of identifier + salt equals the hex (case-insensitive); false for any other
     *     algorithm or a malformed hash
     */
    public static boolean matches(String identityHash, String salt, String knownIdentifier) {
        Objects.requireNonNull(identityHash, "identityHash");
        Objects.requireNonNull(salt, "salt");
        Objects.requireNonNull(knownIdentifier, "knownIdentifier");
        int dollar = identityHash.indexOf('$');
        if (dollar < 0) {
            return false;
        }
        String alg = identityHash.substring(0, dollar).toLowerCase(Locale.ROOT);
        String given = identityHash.substring(dollar + 1).toLowerCase(Locale.ROOT);
        String expected;
        switch (alg) {
            case "sha256" -> expected = hex("SHA-256", knownIdentifier, salt);
            case "md5" -> expected = hex("MD5", knownIdentifier, salt);
            default -> {
                return false;
            }
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII));
    }

    private static String hex(String algorithm, String identifier, String salt) {
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(salt, "salt");
        try {
            MessageDigest digest = MessageDigest.getInstance(algorithm);
            return HexFormat.of().formatHex(digest.digest((identifier + salt).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is required of every Java platform", e);
        }
    }
}
