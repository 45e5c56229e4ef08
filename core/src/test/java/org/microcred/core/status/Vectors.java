package org.microcred.core.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.microcred.core.json.Json;

final class Vectors {

    private Vectors() {
    }

    static Path dir() {
        String property = System.getProperty("microcred.vectors");
        Path base = property != null ? Path.of(property) : Path.of("..", "vectors");
        return base.resolve("w3c-bitstring-status-list");
    }

    static JsonNode json(String file) throws IOException {
        return Json.standard().parse(Files.readAllBytes(dir().resolve(file)));
    }
}
