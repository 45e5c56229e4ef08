package org.microcred.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the credential documents among the test vectors ({@code microcred.vectors}, else {@code ../vectors}). */
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

    /** Every *.json file whose root is an object with @context and a type including VerifiableCredential. */
    static List<Path> credentialFiles() {
        try (Stream<Path> files = Files.walk(root())) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted()
                    .filter(Vectors::isCredential).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode parse(Path file) {
        try {
            return Json.standard().parse(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isCredential(Path file) {
        JsonNode node;
        try {
            node = parse(file);
        } catch (RuntimeException e) {
            return false;
        }
        if (!node.isObject() || !node.has("@context")) {
            return false;
        }
        JsonNode type = node.path("type");
        if (type.isTextual()) {
            return type.asText().equals("VerifiableCredential");
        }
        for (JsonNode t : type) {
            if (t.asText().equals("VerifiableCredential")) {
                return true;
            }
        }
        return false;
    }
}
