package org.microcred.core.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * The {@code encodedList} text form: GZIP, then base64url without padding, with the multibase
 * {@code u} prefix (Bitstring Status List v1.0) or without it (the legacy StatusList2021 form).
 * Decompression is bounded. Stateless and thread-safe.
 */
final class EncodedLists {

    /** Every GZIP stream starts with 1f 8b 08, which is "H4sI" in base64. */
    private static final String GZIP_BASE64_START = "H4sI";
    private static final char MULTIBASE_BASE64URL = 'u';

    private EncodedLists() {
    }

    /** @return {@code "u" + base64url-no-pad(gzip(bitstring))} */
    static String encode(byte[] bitstring) {
        return MULTIBASE_BASE64URL + encodeLegacy(bitstring);
    }

    /** @return {@code base64url-no-pad(gzip(bitstring))}, the StatusList2021 form */
    static String encodeLegacy(byte[] bitstring) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, bitstring.length / 64));
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bitstring);
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory GZIP failed", e);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    /**
     * Decodes either form to the uncompressed bitstring.
     *
     * @param encodedList the text
     * @param maxDecodedBytes the most uncompressed bytes accepted
     * @throws StatusListException ENCODING_ERROR for bad text or GZIP, TOO_LARGE past the cap
     */
    static byte[] decode(String encodedList, int maxDecodedBytes) {
        if (encodedList == null || encodedList.isEmpty()) {
            throw new StatusListException(StatusListError.MALFORMED_VALUE_ERROR,
                    "encodedList is missing or empty");
        }
        String base64;
        boolean legacy;
        if (encodedList.charAt(0) == MULTIBASE_BASE64URL) {
            base64 = encodedList.substring(1);
            legacy = false;
        } else if (encodedList.startsWith(GZIP_BASE64_START)) {
            base64 = stripPadding(encodedList);
            legacy = true;
        } else {
            throw new StatusListException(StatusListError.ENCODING_ERROR,
                    "encodedList starts with '" + preview(encodedList)
                            + "', which is neither multibase base64url (prefix 'u') nor a base64url GZIP"
                            + " stream (StatusList2021, starting 'H4sI')",
                    "encode the GZIP-compressed bitstring as 'u' + base64url without padding", null);
        }
        checkAlphabet(base64, legacy);
        byte[] compressed;
        try {
            compressed = Base64.getUrlDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new StatusListException(StatusListError.ENCODING_ERROR,
                    "encodedList is not valid base64url: " + e.getMessage(), null, e);
        }
        return gunzip(compressed, maxDecodedBytes);
    }

    private static String stripPadding(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '=') {
            end--;
        }
        return text.substring(0, end);
    }

    private static void checkAlphabet(String base64, boolean legacy) {
        for (int i = 0; i < base64.length(); i++) {
            char c = base64.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_';
            if (!ok) {
                int position = legacy ? i : i + 1;
                String what = c == '=' ? "padding '=' (base64url here has no padding)"
                        : c == '+' || c == '/' ? "'" + c + "' (standard base64; base64url uses '-' and '_')"
                        : "character U+" + String.format("%04X", (int) c);
                throw new StatusListException(StatusListError.ENCODING_ERROR,
                        "encodedList has " + what + " at position " + position);
            }
        }
        if (base64.length() % 4 == 1) {
            throw new StatusListException(StatusListError.ENCODING_ERROR,
                    "encodedList has an impossible base64url length (" + base64.length()
                            + " characters after the prefix)");
        }
    }

    private static byte[] gunzip(byte[] compressed, int maxDecodedBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(maxDecodedBytes, 64 * 1024));
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed), 8192)) {
            byte[] buffer = new byte[8192];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) != -1) {
                total += n;
                if (total > maxDecodedBytes) {
                    throw new StatusListException(StatusListError.TOO_LARGE,
                            "encodedList decompresses to more than " + maxDecodedBytes
                                    + " bytes (" + compressed.length + " compressed bytes); refusing a"
                                    + " possible decompression bomb",
                            "raise the cap with BitstringStatusList.decode(encodedList, statusSize,"
                                    + " maxDecodedBytes) if the list is genuinely this large", null);
                }
                out.write(buffer, 0, n);
            }
        } catch (ZipException | EOFException e) {
            throw new StatusListException(StatusListError.ENCODING_ERROR,
                    "encodedList is not a valid GZIP stream: " + e.getMessage(), null, e);
        } catch (IOException e) {
            throw new StatusListException(StatusListError.ENCODING_ERROR,
                    "encodedList could not be decompressed: " + e.getMessage(), null, e);
        }
        return out.toByteArray();
    }

    private static String preview(String text) {
        return text.length() <= 8 ? text : text.substring(0, 8) + "…";
    }
}
