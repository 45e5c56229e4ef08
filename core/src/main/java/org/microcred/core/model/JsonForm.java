package org.microcred.core.model;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a JSON object was shaped where the specs allow two shapes, so that a read value writes back to an
 * equal JSON tree. Values made with builders have the {@link #EMPTY} form and are written by the OB 3.0
 * serialization rules (arrays for sets, objects for objects).
 *
 * <ul>
 *   <li><b>compacted</b>: a set-valued property was written as a single value (JSON-LD compaction);</li>
 *   <li><b>reference</b>: an object property was written as its bare id (e.g. {@code "issuer": "did:…"});</li>
 *   <li><b>wrapped</b>: a single-valued property was written as a one-element array (and, for
 *       {@code credentialStatus}, an array was used where a single object is the usual form).</li>
 * </ul>
 *
 * <p>Immutable; property names are JSON names.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0#serialization">OB 3.0 serialization</a>
 */
public final class JsonForm {

    /** The form of a value with no remembered shapes. */
    public static final JsonForm EMPTY = new JsonForm(Set.of(), Set.of(), Set.of());

    private final Set<String> compacted;
    private final Set<String> references;
    private final Set<String> wrapped;

    private JsonForm(Set<String> compacted, Set<String> references, Set<String> wrapped) {
        this.compacted = Set.copyOf(compacted);
        this.references = Set.copyOf(references);
        this.wrapped = Set.copyOf(wrapped);
    }

    /** @return a new empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param property a JSON property name
     * @return true if that set-valued property was a single value
     */
    public boolean isCompacted(String property) {
        return compacted.contains(property);
    }

    /**
     * @param property a JSON property name
     * @return true if that object property was a bare id string
     */
    public boolean isReference(String property) {
        return references.contains(property);
    }

    /**
     * @param property a JSON property name
     * @return true if that single-valued property was an array
     */
    public boolean isWrapped(String property) {
        return wrapped.contains(property);
    }

    /**
     * @param property a JSON property name, not null
     * @return this form, with the property marked as a bare-id reference
     */
    public JsonForm withReference(String property) {
        Builder b = toBuilder();
        b.reference(property);
        return b.build();
    }

    /**
     * @param property a JSON property name, not null
     * @return this form, without the bare-id reference mark for the property
     */
    public JsonForm withoutReference(String property) {
        if (!references.contains(property)) {
            return this;
        }
        Builder b = toBuilder();
        b.references.remove(property);
        return b.build();
    }

    /** @return a builder holding this form */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.compacted.addAll(compacted);
        b.references.addAll(references);
        b.wrapped.addAll(wrapped);
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonForm f && compacted.equals(f.compacted) && references.equals(f.references)
                && wrapped.equals(f.wrapped);
    }

    @Override
    public int hashCode() {
        return Objects.hash(compacted, references, wrapped);
    }

    @Override
    public String toString() {
        return "JsonForm{compacted=" + new TreeSet<>(compacted) + ", references=" + new TreeSet<>(references)
                + ", wrapped=" + new TreeSet<>(wrapped) + "}";
    }

    /** Collects a {@link JsonForm}. Not thread-safe. */
    public static final class Builder {
        private final Set<String> compacted = new TreeSet<>();
        private final Set<String> references = new TreeSet<>();
        private final Set<String> wrapped = new TreeSet<>();

        private Builder() {
        }

        /**
         * @param property the JSON name of a set-valued property written as a single value
         * @return this builder
         */
        public Builder compacted(String property) {
            compacted.add(Objects.requireNonNull(property, "property"));
            return this;
        }

        /**
         * @param property the JSON name of an object property written as its bare id
         * @return this builder
         */
        public Builder reference(String property) {
            references.add(Objects.requireNonNull(property, "property"));
            return this;
        }

        /**
         * @param property the JSON name of a single-valued property written as an array
         * @return this builder
         */
        public Builder wrapped(String property) {
            wrapped.add(Objects.requireNonNull(property, "property"));
            return this;
        }

        /** @return the form ({@link #EMPTY} when nothing was marked) */
        public JsonForm build() {
            if (compacted.isEmpty() && references.isEmpty() && wrapped.isEmpty()) {
                return EMPTY;
            }
            return new JsonForm(compacted, references, wrapped);
        }
    }
}
