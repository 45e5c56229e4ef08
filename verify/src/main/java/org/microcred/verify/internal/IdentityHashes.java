package org.microcred.verify.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * The OB {@code IdentityHash}: {@code <alg>$<hex>} where hex = alg(UTF-8(identifier + salt)),
 * alg {@code sha256} or {@code md5}, hex in either case (OB 3.0 data model {@code IdentityHash};
 * the same rule as OB 2.0).
 */
public final class IdentityHashes {

    private IdentityHashes() {
    }

    /** A parsed identity hash. @param algorithm {@code sha256} or {@code md5} @param hex lower-case hex */
    public record IdentityHash(String algorithm, String hex) {
    }

    /**
     * @param text the {@code identityHash} value
     * @return the parsed hash, when the text is {@code sha256$<64 hex>} or {@code md5$<32 hex>}
     */
    public static Optional<IdentityHash> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int dollar = text.indexOf('$');
        if (dollar < 0) {
            return Optional.empty();
        }
        String alg = text.substring(0, dollar).toLowerCase(Locale.ROOT);
        String hex = text.substring(dollar + 1).toLowerCase(Locale.ROOT);
        int expected = switch (alg) {
            case "sha256" -> 64;
            case "md5" -> 32;
            default -> -1;
        };
        if (expected < 0 || hex.length() != expected || !hex.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return Optional.empty();
        }
        return Optional.of(new IdentityHash(alg, hex));
    }

    /**
     * @param hash the expected hash
     * @param identifier the known identifier
     * @param salt the salt, or null for none
     * @return whether alg(identifier + salt) equals the hash
     */
    public static boolean matches(IdentityHash hash, String identifier, String salt) {
        String computed = compute(hash.algorithm(), identifier, salt);
        return MessageDigest.isEqual(computed.getBytes(StandardCharsets.US_ASCII), hash.hex().getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * @param algorithm {@code sha256} or {@code md5}
     * @param identifier the identifier
     * @param salt the salt, or null
     * @return the lower-case hex digest of UTF-8(identifier + salt)
     */
    public static String compute(String algorithm, String identifier, String salt) {
        String jca = algorithm.equals("md5") ? "MD5" : "SHA-256";
        try {
            MessageDigest md = MessageDigest.getInstance(jca);
            md.update(identifier.getBytes(StandardCharsets.UTF_8));
            if (salt != null) {
                md.update(salt.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK lacks " + jca, e);
        }
    }
}
