package org.microcred.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code @context} entry: a context URI or an embedded context definition (a JSON object), kept
 * exactly as written. Immutable: embedded definitions are copied in and out.
 *
 * @see <a href="https://www.w3.org/TR/vc-data-model-2.0/#contexts">VC 2.0 §4.3 Contexts</a>
 */
public final class ContextEntry {

    private final String uri;
    private final ObjectNode definition;

    private ContextEntry(String uri, ObjectNode definition) {
        this.uri = uri;
        this.definition = definition;
    }

    /**
     * @param uri the context URI, not null
     * @return an entry for a context URI
     */
    public static ContextEntry of(String uri) {
        return new ContextEntry(Objects.requireNonNull(uri, "uri"), null);
    }

    /**
     * @param definition an embedded context definition, not null (copied)
     * @return an entry for an embedded context
     */
    public static ContextEntry of(ObjectNode definition) {
        return new ContextEntry(null, Objects.requireNonNull(definition, "definition").deepCopy());
    }

    /** @return true when this entry is a URI */
    public boolean isUri() {
        return uri != null;
    }

    /** @return the URI, when this entry is one */
    public Optional<String> uri() {
        return Optional.ofNullable(uri);
    }

    /** @return a copy of the embedded definition, when this entry is one */
    public Optional<ObjectNode> definition() {
        return Optional.ofNullable(definition).map(ObjectNode::deepCopy);
    }

    /** @return the entry as JSON: a string or a (copied) object */
    public JsonNode toJson() {
        return uri != null ? TextNode.valueOf(uri) : definition.deepCopy();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContextEntry that && Objects.equals(uri, that.uri)
                && Objects.equals(definition, that.definition);
    }

    @Override
    public int hashCode() {
        return Objects.hash(uri, definition);
    }

    @Override
    public String toString() {
        return uri != null ? uri : definition.toString();
    }
}
