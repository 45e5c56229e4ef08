package org.microcred.core.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.microcred.core.json.Json;

/** Locates and reads the shared test vectors. */
final class Vectors {

    private Vectors() {
    }

    static Path root() {
        String property = System.getProperty("microcred.vectors");
        Path path = property != null ? Paths.get(property) : Paths.get("..", "vectors");
        if (!Files.isDirectory(path)) {
            throw new IllegalStateException("test vectors not found at " + path.toAbsolutePath());
        }
        return path;
    }

    static Path path(String relative) {
        return root().resolve(relative);
    }

    static String text(String relative) {
        try {
            return Files.readString(path(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String relative) {
        return Json.standard().parse(text(relative));
    }
}
