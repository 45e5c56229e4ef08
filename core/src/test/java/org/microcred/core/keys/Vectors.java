package org.microcred.core.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

/** Finds the shared test vectors (system property {@code microcred.vectors}, else {@code ../vectors}). */
final class Vectors {

    private Vectors() {
    }

    static Path root() {
        String configured = System.getProperty("microcred.vectors");
        return configured != null ? Path.of(configured) : Path.of("..", "vectors");
    }

    static String text(String relative) {
        try {
            return Files.readString(root().resolve(relative), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex.trim());
    }
}
