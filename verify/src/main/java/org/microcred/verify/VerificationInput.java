package org.microcred.verify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One input for {@link Verifier#verify(VerificationInput)} and the batch API: the bytes (read
 * lazily for files, so a batch over many files holds only the ones in flight), an optional name
 * reported as the report's {@code file}, and an optional per-call recipient that overrides the
 * verifier's. Immutable.
 */
public final class VerificationInput {

    /** Reads the content; may throw {@link IOException}, which becomes a {@code parse} FAIL. */
    @FunctionalInterface
    public interface Content {
        /**
         * @param maxBytes read at most this many bytes plus one, to detect oversize input
         * @return the bytes
         * @throws IOException when reading fails
         */
        byte[] read(long maxBytes) throws IOException;
    }

    private final String id;
    private final Content content;
    private final KnownRecipient recipient;

    private VerificationInput(String id, Content content, KnownRecipient recipient) {
        this.id = id;
        this.content = content;
        this.recipient = recipient;
    }

    /**
     * @param bytes the input (copied)
     * @return an input without a name
     */
    public static VerificationInput of(byte[] bytes) {
        byte[] copy = Objects.requireNonNull(bytes, "bytes").clone();
        return new VerificationInput(null, max -> copy, null);
    }

    /**
     * @param id the name to report (e.g. a file name)
     * @param bytes the input (copied)
     * @return a named input
     */
    public static VerificationInput of(String id, byte[] bytes) {
        Objects.requireNonNull(id, "id");
        byte[] copy = Objects.requireNonNull(bytes, "bytes").clone();
        return new VerificationInput(id, max -> copy, null);
    }

    /**
     * @param text the input text (JSON or a compact JWS), encoded as UTF-8
     * @return an input without a name
     */
    public static VerificationInput ofText(String text) {
        byte[] bytes = Objects.requireNonNull(text, "text").getBytes(StandardCharsets.UTF_8);
        return new VerificationInput(null, max -> bytes, null);
    }

    /**
     * A file, read when it is verified; the report's {@code file} is the path as given.
     *
     * @param file the file
     * @return the input
     */
    public static VerificationInput of(Path file) {
        Objects.requireNonNull(file, "file");
        return new VerificationInput(file.toString(), max -> readBounded(Files.newInputStream(file), max), null);
    }

    /**
     * A stream, read (up to the verifier's input limit) when verified and then closed.
     *
     * @param id the name to report, or null
     * @param in the stream
     * @return the input
     */
    public static VerificationInput of(String id, InputStream in) {
        Objects.requireNonNull(in, "in");
        return new VerificationInput(id, max -> readBounded(in, max), null);
    }

    /**
     * @param recipient the recipient this input must have been issued to
     * @return a copy of this input with the recipient set
     */
    public VerificationInput withRecipient(KnownRecipient recipient) {
        return new VerificationInput(id, content, Objects.requireNonNull(recipient, "recipient"));
    }

    /** @return the name to report */
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    /** @return the per-call recipient */
    public Optional<KnownRecipient> recipient() {
        return Optional.ofNullable(recipient);
    }

    Content content() {
        return content;
    }

    static byte[] readBounded(InputStream in, long maxBytes) throws IOException {
        try (InputStream s = in) {
            int cap = (int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1);
            return s.readNBytes(cap);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public String toString() {
        return "VerificationInput[" + (id == null ? "unnamed" : id) + "]";
    }
}
