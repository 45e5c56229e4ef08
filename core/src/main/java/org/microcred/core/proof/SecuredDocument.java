package org.microcred.core.proof;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;
import org.microcred.core.json.Json;

/**
 * A credential after a {@link ProofSuite} secured it: for an embedded proof, the caller's JSON
 * with the {@code proof} member added and nothing else changed; for VC-JWT, the compact JWS.
 *
 * <p>Immutable and thread-safe; accessors return copies of JSON trees.
 */
public final class SecuredDocument {

    private final ProofFormat format;
    private final String suite;
    private final String text;
    private final ObjectNode securedJson;
    private final ObjectNode credential;

    private SecuredDocument(ProofFormat format, String suite, String text, ObjectNode securedJson, ObjectNode credential) {
        this.format = format;
        this.suite = Objects.requireNonNull(suite, "suite");
        this.text = Objects.requireNonNull(text, "text");
        this.securedJson = securedJson;
        this.credential = Objects.requireNonNull(credential, "credential");
    }

    /**
     * @param suite the suite's name
     * @param securedJson the credential with its {@code proof} (taken over, not copied)
     * @return an embedded-proof document; its text is the compact JSON
     */
    public static SecuredDocument embedded(String suite, ObjectNode securedJson) {
        Objects.requireNonNull(securedJson, "securedJson");
        return new SecuredDocument(ProofFormat.EMBEDDED, suite, Json.standard().write(securedJson), securedJson,
                securedJson);
    }

    /**
     * @param suite the suite's name
     * @param compact the envelope's compact serialization
     * @param credential the credential it carries (taken over, not copied)
     * @return an enveloped document
     */
    public static SecuredDocument enveloped(String suite, String compact, ObjectNode credential) {
        return new SecuredDocument(ProofFormat.ENVELOPED, suite, compact, null, credential);
    }

    /** @return how the proof travels */
    public ProofFormat format() {
        return format;
    }

    /** @return the name of the suite that secured it */
    public String suite() {
        return suite;
    }

    /** @return the secured form as text: compact JSON, or the compact JWS */
    public String text() {
        return text;
    }

    /** @return for an embedded proof, a copy of the JSON with its proof; empty for an envelope */
    public Optional<ObjectNode> json() {
        return securedJson == null ? Optional.empty() : Optional.of(securedJson.deepCopy());
    }

    /** @return a copy of the credential: the secured JSON (embedded) or the enveloped credential */
    public ObjectNode credential() {
        return credential.deepCopy();
    }

    @Override
    public String toString() {
        return format + " " + suite + " " + (text.length() > 80 ? text.substring(0, 80) + "…" : text);
    }
}
