package org.microcred.core.proof;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 with one reusable {@link MessageDigest} per thread. Package-private. */
final class Sha256 {

    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    });

    private Sha256() {
    }

    /**
     * Hashes the UTF-8 bytes of the text into {@code out[offset..offset+32)}.
     *
     * @throws org.microcred.core.MicrocredException on an unpaired surrogate (see {@link Utf8})
     */
    static void hashUtf8(String text, byte[] out, int offset) {
        MessageDigest digest = DIGEST.get();
        digest.reset();
        byte[] hash = digest.digest(Utf8.encode(text, "canonical N-Quads"));
        System.arraycopy(hash, 0, out, offset, hash.length);
    }
}
