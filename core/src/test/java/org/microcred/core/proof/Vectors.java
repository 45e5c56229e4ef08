package org.microcred.core.proof;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.microcred.core.json.Json;

/** The shared test vectors folder ({@code microcred.vectors}, else {@code ../vectors}). */
final class Vectors {

    private Vectors() {
    }

    static Path root() {
        String property = System.getProperty("microcred.vectors");
        Path root = property != null ? Path.of(property) : Path.of("..", "vectors");
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("Test vectors not found at " + root.toAbsolutePath());
        }
        return root;
    }

    static Path path(String relative) {
        return root().resolve(relative);
    }

    static String text(String relative) {
        try {
            return Files.readString(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode json(String relative) {
        JsonNode node = Json.standard().parse(text(relative));
        return (ObjectNode) node;
    }
}
