package org.microcred.verify.spi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Processes a credential as JSON-LD with the bundled contexts and reports what a signature would
 * silently not cover: unknown remote contexts, undefined terms, relative IRIs, dropped values.
 *
 * <p>Thread-safe. May throw; the pipeline reports an exception as a {@code context} FAIL.
 */
@FunctionalInterface
public interface JsonLdInspector {

    /**
     * @param credential the credential JSON object
     * @return the problems found, each a message naming the term or URL; empty when clean
     */
    List<String> problems(JsonNode credential);
}
