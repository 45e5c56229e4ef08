package org.microcred.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;
import org.microcred.core.model.AchievementCredential;
import org.microcred.core.model.ClrCredential;
import org.microcred.core.model.Credential;
import org.microcred.core.model.EndorsementCredential;
import org.microcred.core.model.VerifiableCredential;

/**
 * Reads credentials from JSON into the typed model and writes them back.
 *
 * <p><b>Reading</b> is lenient about content and strict about shape: missing required properties, unknown
 * vocabulary values and bad dates are accepted (see {@link Credential#problems()}), single values are
 * accepted where the spec allows sets (JSON-LD compaction), bare ids where an object with an id is expected,
 * and unknown properties are kept as extensions. A value of the wrong JSON shape (e.g. a number for
 * {@code credentialSubject}) fails with {@link ErrorCode#INVALID_VALUE} naming its JSON pointer.
 *
 * <p><b>Writing</b> is deterministic: {@code @context}, {@code id}, {@code type}, then the spec's property
 * order, then extensions in their original order. A read credential writes back to a JSON tree equal to the
 * one read ({@link JsonNode#equals}); a built one follows the OB 3.0 serialization rules (no nulls, no empty
 * arrays, arrays for sets).
 *
 * <p>Stateless and thread-safe. Never sign a re-serialised credential in place of the received bytes when
 * verifying: proofs are checked on the received document.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0#serialization">OB 3.0 serialization</a>
 */
public final class CredentialJson {

    private CredentialJson() {
    }

    /**
     * Reads a credential, choosing the kind from {@code type}: {@code AchievementCredential} or
     * {@code OpenBadgeCredential} → {@link AchievementCredential}; {@code EndorsementCredential} →
     * {@link EndorsementCredential}; {@code ClrCredential} → {@link ClrCredential}; else
     * {@link VerifiableCredential}.
     *
     * @param node the JSON document, not null
     * @return the credential
     * @throws MicrocredException {@link ErrorCode#JSON_MALFORMED} if the root is not an object,
     *     {@link ErrorCode#INVALID_VALUE} if a value has the wrong shape (the message names its JSON pointer)
     */
    public static Credential read(JsonNode node) {
        Objects.requireNonNull(node, "node");
        if (!node.isObject()) {
            throw new MicrocredException(ErrorCode.JSON_MALFORMED,
                    "A credential must be a JSON object, found " + node.getNodeType());
        }
        return readAt(node, "");
    }

    /**
     * Parses (with {@link Json#standard()} limits) and reads a credential.
     *
     * @param text the JSON text, not null
     * @return the credential
     * @throws MicrocredException as {@link Json#parse(String)} and {@link #read(JsonNode)}
     */
    public static Credential read(String text) {
        return read(Json.standard().parse(text));
    }

    /**
     * Parses with the given parser's limits and reads a credential.
     *
     * @param text the JSON text, not null
     * @param json the bounded parser to use, not null
     * @return the credential
     * @throws MicrocredException as {@link Json#parse(String)} and {@link #read(JsonNode)}
     */
    public static Credential read(String text, Json json) {
        return read(Objects.requireNonNull(json, "json").parse(text));
    }

    /**
     * Parses (with {@link Json#standard()} limits, UTF-8 checked) and reads a credential.
     *
     * @param utf8 the JSON bytes, not null
     * @return the credential
     * @throws MicrocredException as {@link Json#parse(byte[])} and {@link #read(JsonNode)}
     */
    public static Credential read(byte[] utf8) {
        return read(Json.standard().parse(utf8));
    }

    /**
     * Reads a credential and requires a kind.
     *
     * @param node the JSON document, not null
     * @param kind the expected kind, e.g. {@code AchievementCredential.class}, not null
     * @param <T> the kind
     * @return the credential
     * @throws MicrocredException {@link ErrorCode#INVALID_VALUE} if the document is of another kind, or as
     *     {@link #read(JsonNode)}
     */
    public static <T extends Credential> T read(JsonNode node, Class<T> kind) {
        Objects.requireNonNull(kind, "kind");
        Credential c = read(node);
        if (!kind.isInstance(c)) {
            throw new MicrocredException(ErrorCode.INVALID_VALUE, "Expected a " + kind.getSimpleName()
                    + " but the type " + c.type() + " makes it a " + c.getClass().getSimpleName());
        }
        return kind.cast(c);
    }

    /**
     * Reads any model value that is not a credential (e.g. a {@code Profile} document, an
     * {@code Achievement}) with the same rules as credentials.
     *
     * @param node the JSON value, not null
     * @param type a class of {@code org.microcred.core.model}, not null
     * @param <T> the class
     * @return the value
     * @throws MicrocredException {@link ErrorCode#INVALID_VALUE} on a wrong shape
     * @throws IllegalArgumentException if {@code type} is not a model class
     */
    public static <T> T readValue(JsonNode node, Class<T> type) {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(type, "type");
        return type.cast(ModelCodec.readAny(type, node, ""));
    }

    /**
     * Writes a credential as a JSON tree.
     *
     * @param credential the credential, not null
     * @return a new JSON object (the caller may modify it)
     */
    public static ObjectNode write(Credential credential) {
        Objects.requireNonNull(credential, "credential");
        if (credential instanceof AchievementCredential c) {
            return ModelCodec.write(c);
        }
        if (credential instanceof EndorsementCredential c) {
            return ModelCodec.write(c);
        }
        if (credential instanceof ClrCredential c) {
            return ModelCodec.write(c);
        }
        return ModelCodec.write((VerifiableCredential) credential);
    }

    /**
     * Writes any model value (credential or not) as a JSON tree.
     *
     * @param value a value of a class of {@code org.microcred.core.model}, not null
     * @return a new JSON object
     * @throws IllegalArgumentException if the value is not a model value
     */
    public static ObjectNode writeValue(Object value) {
        Objects.requireNonNull(value, "value");
        return ModelCodec.writeAny(value);
    }

    /**
     * @param credential the credential, not null
     * @return compact JSON text (deterministic)
     */
    public static String writeString(Credential credential) {
        return Json.standard().write(write(credential));
    }

    /**
     * @param credential the credential, not null
     * @return compact JSON as UTF-8 bytes (deterministic)
     */
    public static byte[] writeBytes(Credential credential) {
        return writeString(credential).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @param credential the credential, not null
     * @return indented JSON text (deterministic)
     */
    public static String writePretty(Credential credential) {
        return Json.standard().writePretty(write(credential));
    }

    static Credential readAt(JsonNode node, String pointer) {
        Reading.object(node, pointer, "VerifiableCredential");
        JsonNode type = node.path("type");
        if (hasType(type, "AchievementCredential") || hasType(type, "OpenBadgeCredential")) {
            return ModelCodec.readAchievementCredential(node, pointer);
        }
        if (hasType(type, "EndorsementCredential")) {
            return ModelCodec.readEndorsementCredential(node, pointer);
        }
        if (hasType(type, "ClrCredential")) {
            return ModelCodec.readClrCredential(node, pointer);
        }
        return ModelCodec.readVerifiableCredential(node, pointer);
    }

    static EndorsementCredential readEndorsementAt(JsonNode node, String pointer) {
        return ModelCodec.readEndorsementCredential(node, pointer);
    }

    private static boolean hasType(JsonNode type, String name) {
        if (type.isTextual()) {
            return type.asText().equals(name);
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (t.isTextual() && t.asText().equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }
}
