package org.microcred.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;

/**
 * Bounded JSON parsing and deterministic writing. Every JSON document that enters Microcred
 * passes through here, so the limits of {@link JsonLimits} hold everywhere.
 *
 * <p>Parsing is strict: input must be well-formed UTF-8 JSON (RFC 8259) with exactly one
 * top-level value; duplicate property names are rejected, as they make a signed document
 * ambiguous. Thread-safe.
 */
public final class Json {

    private static final Json DEFAULT = new Json(JsonLimits.DEFAULT);

    private final JsonLimits limits;
    private final ObjectMapper mapper;

    private Json(JsonLimits limits) {
        this.limits = limits;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNameLength(Math.min(limits.maxStringLength(), 50_000))
                        .maxDocumentLength(limits.maxBytes())
                        .maxNumberLength(1000)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .build();
        this.mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                // keep 1.0 as 1.0 (credits, coordinates): the model writes numbers back exactly as read
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .build();
    }

    /** @return the parser with the default limits (10 MiB, depth 64) */
    public static Json standard() {
        return DEFAULT;
    }

    /**
     * @param limits the limits to apply
     * @return a parser with the given limits
     */
    public static Json withLimits(JsonLimits limits) {
        return new Json(Objects.requireNonNull(limits, "limits"));
    }

    /** @return the limits this parser applies */
    public JsonLimits limits() {
        return limits;
    }

    /**
     * The shared, configured Jackson mapper. Do not reconfigure it.
     *
     * @return the mapper
     */
    public ObjectMapper mapper() {
        return mapper;
    }

    /**
     * Parses UTF-8 bytes.
     *
     * @param utf8 the document
     * @return the JSON tree
     * @throws MicrocredException {@link ErrorCode#LIMIT_EXCEEDED} naming the limit, or
     *     {@link ErrorCode#JSON_MALFORMED} with the location of the error
     */
    public JsonNode parse(byte[] utf8) {
        Objects.requireNonNull(utf8, "utf8");
        if (utf8.length > limits.maxBytes()) {
            throw tooLarge(utf8.length);
        }
        checkUtf8(utf8);
        try {
            JsonNode node = mapper.readTree(utf8);
            return requireValue(node);
        } catch (StreamConstraintsException e) {
            throw limitExceeded(e);
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw new MicrocredException(ErrorCode.JSON_MALFORMED, "Cannot read JSON: " + e.getMessage(), null, e);
        }
    }

    /**
     * Parses a string.
     *
     * @param text the document
     * @return the JSON tree
     * @throws MicrocredException as {@link #parse(byte[])}
     */
    public JsonNode parse(String text) {
        Objects.requireNonNull(text, "text");
        // A UTF-8 encoding is at most 3 bytes per UTF-16 char; only encode when it may be too large.
        if ((long) text.length() * 3 > limits.maxBytes()) {
            int bytes = text.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > limits.maxBytes()) {
                throw tooLarge(bytes);
            }
        }
        try {
            return requireValue(mapper.readTree(text));
        } catch (StreamConstraintsException e) {
            throw limitExceeded(e);
        } catch (JsonProcessingException e) {
            throw malformed(e);
        }
    }

    /**
     * Writes a tree as compact JSON text, properties in the tree's order.
     *
     * @param node the tree
     * @return the JSON text
     */
    public String write(JsonNode node) {
        try {
            return mapper.writeValueAsString(Objects.requireNonNull(node, "node"));
        } catch (JsonProcessingException e) {
            throw new MicrocredException(ErrorCode.JSON_MALFORMED, "Cannot write JSON: " + e.getOriginalMessage(), null, e);
        }
    }

    /**
     * Writes a tree as indented JSON text, for people.
     *
     * @param node the tree
     * @return the JSON text
     */
    public String writePretty(JsonNode node) {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(Objects.requireNonNull(node, "node"));
        } catch (JsonProcessingException e) {
            throw new MicrocredException(ErrorCode.JSON_MALFORMED, "Cannot write JSON: " + e.getOriginalMessage(), null, e);
        }
    }

    private static JsonNode requireValue(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            throw new MicrocredException(ErrorCode.JSON_MALFORMED, "The document is empty: expected a JSON value");
        }
        return node;
    }

    private static void checkUtf8(byte[] utf8) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(utf8));
        } catch (CharacterCodingException e) {
            throw new MicrocredException(ErrorCode.JSON_MALFORMED,
                    "The document is not valid UTF-8 (" + e.getMessage() + ")",
                    "JSON credentials must be encoded in UTF-8", e);
        }
    }

    private MicrocredException tooLarge(long bytes) {
        return new MicrocredException(ErrorCode.LIMIT_EXCEEDED,
                "The document is " + bytes + " bytes, over the limit of " + limits.maxBytes() + " bytes (maxBytes)");
    }

    private MicrocredException limitExceeded(StreamConstraintsException e) {
        String msg = e.getOriginalMessage();
        String limit;
        if (msg.contains("nesting depth")) {
            limit = "nesting depth over the limit of " + limits.maxDepth() + " (maxDepth)";
        } else if (msg.contains("String value length") || msg.contains("Name length")) {
            limit = "a string over the limit of " + limits.maxStringLength() + " characters (maxStringLength)";
        } else if (msg.contains("Document length")) {
            limit = "document over the limit of " + limits.maxBytes() + " bytes (maxBytes)";
        } else {
            limit = msg;
        }
        return new MicrocredException(ErrorCode.LIMIT_EXCEEDED, "The document exceeds a limit: " + limit, null, e);
    }

    private static MicrocredException malformed(JsonProcessingException e) {
        var loc = e.getLocation();
        String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
        return new MicrocredException(ErrorCode.JSON_MALFORMED,
                "Malformed JSON" + where + ": " + e.getOriginalMessage(), null, e);
    }

}
