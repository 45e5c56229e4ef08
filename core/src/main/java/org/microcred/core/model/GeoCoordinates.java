package org.microcred.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;

/**
 * A geographic position (CDM GeoCoordinates).
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()} (strict: {@link Builder#build()} checks the
 * required properties and vocabulary values and names the failing property path) or read it with
 * {@code org.microcred.core.json.CredentialJson} (lenient: {@link #problems()} lists what is missing).
 * Optional values are {@link Optional}, lists are never null. Properties this class does not model are
 * kept in {@link #extensions()} and written back unchanged; {@link #jsonForm()} remembers how the JSON
 * was shaped so a read value writes back to an equal JSON tree.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0#geocoordinates">https://www.imsglobal.org/spec/ob/v3p0#geocoordinates</a>
 */
public final class GeoCoordinates {

    /** The types a built GeoCoordinates gets when none are set. */
    public static final List<String> DEFAULT_TYPE = List.of("GeoCoordinates");

    private final String type;
    private final JsonNode latitude;
    private final JsonNode longitude;
    private final Map<String, JsonNode> extensions;
    private final JsonForm jsonForm;

    private GeoCoordinates(Builder b) {
        this.type = b.type;
        this.latitude = b.latitude;
        this.longitude = b.longitude;
        this.extensions = Extensions.freeze(b.extensions);
        this.jsonForm = b.jsonForm;
    }

    /** @return a new, empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding every value of this object (including extensions and JSON form) */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.type = type;
        b.latitude = latitude;
        b.longitude = longitude;
        b.extensions.putAll(extensions);
        b.jsonForm = jsonForm;
        return b;
    }

    /** @return always "GeoCoordinates" (required) */
    public Optional<String> type() {
        return Optional.ofNullable(type);
    }

    /** @return the latitude (required), as a decimal */
    public Optional<BigDecimal> latitude() {
        return Optional.ofNullable(latitude).map(JsonNode::decimalValue);
    }

    /** @return the latitude, as the exact JSON number node read or set */
    public Optional<JsonNode> latitudeNode() {
        return Optional.ofNullable(latitude);
    }

    /** @return the longitude (required), as a decimal */
    public Optional<BigDecimal> longitude() {
        return Optional.ofNullable(longitude).map(JsonNode::decimalValue);
    }

    /** @return the longitude, as the exact JSON number node read or set */
    public Optional<JsonNode> longitudeNode() {
        return Optional.ofNullable(longitude);
    }

    /** @return the properties not mapped to a typed value, in document order (copies; never null) */
    public Map<String, JsonNode> extensions() {
        return Extensions.copy(extensions);
    }

    /** @return how the JSON this value was read from was shaped (empty for built values) */
    public JsonForm jsonForm() {
        return jsonForm;
    }

    /**
     * Lists what is missing or invalid: required properties, required types, vocabulary values and
     * spec rules, each message naming the property path (e.g. {@code GeoCoordinates.type must contain ...}).
     *
     * @return the problems found, empty when the value is complete
     */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        collectProblems("GeoCoordinates", out);
        return List.copyOf(out);
    }

    void collectProblems(String path, List<String> out) {
        if (!"GeoCoordinates".equals(type)) {
            out.add(path + ".type must contain \"GeoCoordinates\"");
        }
        if (latitude == null) {
            out.add(path + ".latitude is required");
        }
        if (longitude == null) {
            out.add(path + ".longitude is required");
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof GeoCoordinates)) {
            return false;
        }
        GeoCoordinates that = (GeoCoordinates) o;
        return Objects.equals(type, that.type)
                && Objects.equals(latitude, that.latitude)
                && Objects.equals(longitude, that.longitude)
                && Objects.equals(extensions, that.extensions)
                && Objects.equals(jsonForm, that.jsonForm);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, latitude, longitude, extensions, jsonForm);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("GeoCoordinates{");
        ToStrings.append(sb, "type", type);
        ToStrings.append(sb, "latitude", latitude);
        ToStrings.append(sb, "longitude", longitude);
        ToStrings.append(sb, "extensions", extensions);
        return ToStrings.close(sb);
    }

    /**
     * Collects the values of a {@link GeoCoordinates}. Not thread-safe; each setter returns this builder.
     * {@code null} clears an optional value.
     */
    public static final class Builder {

        private String type;
        private JsonNode latitude;
        private JsonNode longitude;
        private final Map<String, JsonNode> extensions = new LinkedHashMap<>();
        private JsonForm jsonForm = JsonForm.EMPTY;

        private Builder() {
        }

        /**
         * Sets always "GeoCoordinates".
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder type(String value) {
            this.type = value;
            return this;
        }

        /**
         * Sets the latitude.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder latitude(BigDecimal value) {
            this.latitude = value == null ? null : Numbers.node(value);
            return this;
        }

        /**
         * Sets the latitude as an exact JSON number node (kept as is when written).
         *
         * @param value a numeric node, or null to clear
         * @return this builder
         * @throws IllegalArgumentException if the node is not a number
         */
        public Builder latitude(JsonNode value) {
            this.latitude = Numbers.requireNumber(value, "latitude");
            return this;
        }

        /**
         * Sets the longitude.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder longitude(BigDecimal value) {
            this.longitude = value == null ? null : Numbers.node(value);
            return this;
        }

        /**
         * Sets the longitude as an exact JSON number node (kept as is when written).
         *
         * @param value a numeric node, or null to clear
         * @return this builder
         * @throws IllegalArgumentException if the node is not a number
         */
        public Builder longitude(JsonNode value) {
            this.longitude = Numbers.requireNumber(value, "longitude");
            return this;
        }

        /**
         * Sets a property this class does not model (or keeps a raw value of one it does, as readers do for
         * {@code null} and empty-array values); a typed value of the same name is written instead when set.
         *
         * @param name the property name, not null
         * @param value the JSON value (copied), not null
         * @return this builder
         */
        public Builder extension(String name, JsonNode value) {
            extensions.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value").deepCopy());
            return this;
        }

        /**
         * Replaces all extension properties.
         *
         * @param values the properties, not null
         * @return this builder
         */
        public Builder extensions(Map<String, ? extends JsonNode> values) {
            Objects.requireNonNull(values, "values");
            extensions.clear();
            values.forEach(this::extension);
            return this;
        }

        /**
         * Sets the JSON form (how a reader found the document shaped); writers honour it.
         *
         * @param form the form, not null
         * @return this builder
         */
        public Builder jsonForm(JsonForm form) {
            this.jsonForm = Objects.requireNonNull(form, "form");
            return this;
        }

        /**
         * Builds the value, filling defaults (type) when unset, and checks it.
         *
         * @return the value
         * @throws MicrocredException with {@link ErrorCode#INVALID_VALUE} naming the first missing or invalid property
         *     path (e.g. {@code GeoCoordinates.latitude is required}); the message lists every problem found
         */
        public GeoCoordinates build() {
            if (type == null) {
                type = DEFAULT_TYPE.get(0);
            }
            GeoCoordinates value = new GeoCoordinates(this);
            Checks.throwIfProblems(value.problems());
            return value;
        }

        /**
         * Builds the value without defaults or checks, as a reader does; {@link GeoCoordinates#problems()} lists what is
         * missing.
         *
         * @return the value
         */
        public GeoCoordinates buildLenient() {
            return new GeoCoordinates(this);
        }
    }
}
