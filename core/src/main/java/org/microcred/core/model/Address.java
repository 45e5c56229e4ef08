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
 * A postal address (CDM Address).
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()} (strict: {@link Builder#build()} checks the
 * required properties and vocabulary values and names the failing property path) or read it with
 * {@code org.microcred.core.json.CredentialJson} (lenient: {@link #problems()} lists what is missing).
 * Optional values are {@link Optional}, lists are never null. Properties this class does not model are
 * kept in {@link #extensions()} and written back unchanged; {@link #jsonForm()} remembers how the JSON
 * was shaped so a read value writes back to an equal JSON tree.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0#address">https://www.imsglobal.org/spec/ob/v3p0#address</a>
 */
public final class Address {

    /** The types a built Address gets when none are set. */
    public static final List<String> DEFAULT_TYPE = List.of("Address");

    private final List<String> type;
    private final String addressCountry;
    private final String addressCountryCode;
    private final String addressRegion;
    private final String addressLocality;
    private final String streetAddress;
    private final String postOfficeBoxNumber;
    private final String postalCode;
    private final GeoCoordinates geo;
    private final Map<String, JsonNode> extensions;
    private final JsonForm jsonForm;

    private Address(Builder b) {
        this.type = List.copyOf(b.type);
        this.addressCountry = b.addressCountry;
        this.addressCountryCode = b.addressCountryCode;
        this.addressRegion = b.addressRegion;
        this.addressLocality = b.addressLocality;
        this.streetAddress = b.streetAddress;
        this.postOfficeBoxNumber = b.postOfficeBoxNumber;
        this.postalCode = b.postalCode;
        this.geo = b.geo;
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
        b.type.addAll(type);
        b.addressCountry = addressCountry;
        b.addressCountryCode = addressCountryCode;
        b.addressRegion = addressRegion;
        b.addressLocality = addressLocality;
        b.streetAddress = streetAddress;
        b.postOfficeBoxNumber = postOfficeBoxNumber;
        b.postalCode = postalCode;
        b.geo = geo;
        b.extensions.putAll(extensions);
        b.jsonForm = jsonForm;
        return b;
    }

    /** @return the types, containing "Address" (required); never null, possibly empty */
    public List<String> type() {
        return type;
    }

    /** @return the country */
    public Optional<String> addressCountry() {
        return Optional.ofNullable(addressCountry);
    }

    /** @return the ISO 3166-1 alpha-2 country code */
    public Optional<String> addressCountryCode() {
        return Optional.ofNullable(addressCountryCode);
    }

    /** @return the region */
    public Optional<String> addressRegion() {
        return Optional.ofNullable(addressRegion);
    }

    /** @return the city or locality */
    public Optional<String> addressLocality() {
        return Optional.ofNullable(addressLocality);
    }

    /** @return the street address */
    public Optional<String> streetAddress() {
        return Optional.ofNullable(streetAddress);
    }

    /** @return the post office box number */
    public Optional<String> postOfficeBoxNumber() {
        return Optional.ofNullable(postOfficeBoxNumber);
    }

    /** @return the postal code */
    public Optional<String> postalCode() {
        return Optional.ofNullable(postalCode);
    }

    /** @return the geographic coordinates */
    public Optional<GeoCoordinates> geo() {
        return Optional.ofNullable(geo);
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
     * spec rules, each message naming the property path (e.g. {@code Address.type must contain ...}).
     *
     * @return the problems found, empty when the value is complete
     */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        collectProblems("Address", out);
        return List.copyOf(out);
    }

    void collectProblems(String path, List<String> out) {
        if (!type.contains("Address")) {
            out.add(path + ".type must contain \"Address\"");
        }
        if (geo != null) {
            geo.collectProblems(path + ".geo", out);
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Address)) {
            return false;
        }
        Address that = (Address) o;
        return Objects.equals(type, that.type)
                && Objects.equals(addressCountry, that.addressCountry)
                && Objects.equals(addressCountryCode, that.addressCountryCode)
                && Objects.equals(addressRegion, that.addressRegion)
                && Objects.equals(addressLocality, that.addressLocality)
                && Objects.equals(streetAddress, that.streetAddress)
                && Objects.equals(postOfficeBoxNumber, that.postOfficeBoxNumber)
                && Objects.equals(postalCode, that.postalCode)
                && Objects.equals(geo, that.geo)
                && Objects.equals(extensions, that.extensions)
                && Objects.equals(jsonForm, that.jsonForm);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, addressCountry, addressCountryCode, addressRegion, addressLocality, streetAddress, postOfficeBoxNumber, postalCode, geo, extensions, jsonForm);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Address{");
        ToStrings.append(sb, "type", type);
        ToStrings.append(sb, "addressCountry", addressCountry);
        ToStrings.append(sb, "addressCountryCode", addressCountryCode);
        ToStrings.append(sb, "addressRegion", addressRegion);
        ToStrings.append(sb, "addressLocality", addressLocality);
        ToStrings.append(sb, "streetAddress", streetAddress);
        ToStrings.append(sb, "postOfficeBoxNumber", postOfficeBoxNumber);
        ToStrings.append(sb, "postalCode", postalCode);
        ToStrings.append(sb, "geo", geo);
        ToStrings.append(sb, "extensions", extensions);
        return ToStrings.close(sb);
    }

    /**
     * Collects the values of a {@link Address}. Not thread-safe; each setter returns this builder.
     * {@code null} clears an optional value.
     */
    public static final class Builder {

        private final List<String> type = new ArrayList<>();
        private String addressCountry;
        private String addressCountryCode;
        private String addressRegion;
        private String addressLocality;
        private String streetAddress;
        private String postOfficeBoxNumber;
        private String postalCode;
        private GeoCoordinates geo;
        private final Map<String, JsonNode> extensions = new LinkedHashMap<>();
        private JsonForm jsonForm = JsonForm.EMPTY;

        private Builder() {
        }

        /**
         * Replaces the types, containing "Address".
         *
         * @param values the values, not null, without null elements
         * @return this builder
         */
        public Builder type(List<? extends String> values) {
            Objects.requireNonNull(values, "type");
            List<String> copy = new ArrayList<>(values.size());
            for (String value : values) {
                copy.add(Objects.requireNonNull(value, "type element"));
            }
            this.type.clear();
            this.type.addAll(copy);
            return this;
        }

        /**
         * Adds one of the types, containing "Address".
         *
         * @param value the value, not null
         * @return this builder
         */
        public Builder addType(String value) {
            this.type.add(Objects.requireNonNull(value, "type"));
            return this;
        }

        /**
         * Sets the country.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder addressCountry(String value) {
            this.addressCountry = value;
            return this;
        }

        /**
         * Sets the ISO 3166-1 alpha-2 country code.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder addressCountryCode(String value) {
            this.addressCountryCode = value;
            return this;
        }

        /**
         * Sets the region.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder addressRegion(String value) {
            this.addressRegion = value;
            return this;
        }

        /**
         * Sets the city or locality.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder addressLocality(String value) {
            this.addressLocality = value;
            return this;
        }

        /**
         * Sets the street address.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder streetAddress(String value) {
            this.streetAddress = value;
            return this;
        }

        /**
         * Sets the post office box number.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder postOfficeBoxNumber(String value) {
            this.postOfficeBoxNumber = value;
            return this;
        }

        /**
         * Sets the postal code.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder postalCode(String value) {
            this.postalCode = value;
            return this;
        }

        /**
         * Sets the geographic coordinates.
         *
         * @param value the value, or null to clear
         * @return this builder
         */
        public Builder geo(GeoCoordinates value) {
            this.geo = value;
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
         *     path (e.g. {@code Address.id is required}); the message lists every problem found
         */
        public Address build() {
            if (type.isEmpty()) {
                type.addAll(DEFAULT_TYPE);
            }
            Address value = new Address(this);
            Checks.throwIfProblems(value.problems());
            return value;
        }

        /**
         * Builds the value without defaults or checks, as a reader does; {@link Address#problems()} lists what is
         * missing.
         *
         * @return the value
         */
        public Address buildLenient() {
            return new Address(this);
        }
    }
}
