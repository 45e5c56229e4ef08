package org.microcred.verify.ob2;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Lenient reading of OB 2.0 JSON-LD as it occurs in the wild (single values or arrays, IRIs or objects). */
final class Nodes {

    private static final List<String> TYPE_PREFIXES = List.of(
            "https://w3id.org/openbadges#", "http://w3id.org/openbadges#", "obi:");

    private Nodes() {
    }

    /** The string value of a property, if it is a string. */
    static Optional<String> text(JsonNode object, String field) {
        if (object == null) {
            return Optional.empty();
        }
        JsonNode v = object.get(field);
        return v != null && v.isTextual() ? Optional.of(v.asText()) : Optional.empty();
    }

    /** A property value, or null when absent or JSON null. */
    static JsonNode get(JsonNode object, String field) {
        if (object == null || !object.isObject()) {
            return null;
        }
        JsonNode v = object.get(field);
        return v == null || v.isNull() ? null : v;
    }

    /** A value as a list: array elements, a single value, or nothing. */
    static List<JsonNode> values(JsonNode value) {
        List<JsonNode> out = new ArrayList<>();
        if (value == null || value.isNull() || value.isMissingNode()) {
            return out;
        }
        if (value.isArray()) {
            value.forEach(out::add);
        } else {
            out.add(value);
        }
        return out;
    }

    /** The IRI of a reference: the string itself, or an object's {@code id}. */
    static Optional<String> idOf(JsonNode value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.isTextual()) {
            return Optional.of(value.asText());
        }
        if (value.isObject()) {
            return text(value, "id").or(() -> text(value, "@id"));
        }
        return Optional.empty();
    }

    /** The {@code type} (or {@code @type}) values that are strings, with OB namespace prefixes removed. */
    static List<String> types(JsonNode object) {
        JsonNode t = get(object, "type");
        if (t == null) {
            t = get(object, "@type");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode v : values(t)) {
            if (v.isTextual()) {
                out.add(stripPrefix(v.asText()));
            }
        }
        return out;
    }

    private static String stripPrefix(String type) {
        for (String p : TYPE_PREFIXES) {
            if (type.startsWith(p)) {
                return type.substring(p.length());
            }
        }
        return type;
    }

    /** Whether the object has one of the given types. */
    static boolean hasType(JsonNode object, String... accepted) {
        List<String> types = types(object);
        for (String a : accepted) {
            if (types.contains(a)) {
                return true;
            }
        }
        return false;
    }

    /** An absolute {@code http(s)} URI, or empty. */
    static Optional<URI> httpUri(String iri) {
        if (iri == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(iri);
            String scheme = uri.getScheme();
            if (scheme == null || uri.getHost() == null) {
                return Optional.empty();
            }
            scheme = scheme.toLowerCase(Locale.ROOT);
            return scheme.equals("https") || scheme.equals("http") ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Whether a string is an absolute IRI (has a scheme), such as {@code https://…} or {@code urn:uuid:…}. */
    static boolean isAbsoluteIri(String iri) {
        if (iri == null || iri.isEmpty() || iri.chars().anyMatch(c -> c <= ' ')) {
            return false;
        }
        try {
            return new URI(iri).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * The origin names of an {@code http(s)} IRI, lower-cased: its host, and {@code host:port} when
     * a port is given. Empty for other IRIs and for URLs with user info (never a badge host).
     */
    static java.util.Set<String> hostNames(String iri) {
        Optional<URI> uri = httpUri(iri);
        if (uri.isEmpty() || uri.get().getRawUserInfo() != null) {
            return java.util.Set.of();
        }
        String host = uri.get().getHost().toLowerCase(Locale.ROOT);
        int port = uri.get().getPort();
        return port < 0 ? java.util.Set.of(host) : java.util.Set.of(host, host + ":" + port);
    }

    /** A JSON pointer under {@code base} (RFC 6901 escaping). */
    static String pointer(String base, String field) {
        return base + "/" + field.replace("~", "~0").replace("/", "~1");
    }

    /** A short, single-line rendering of a value for messages. */
    static String brief(String value) {
        String s = value.replaceAll("\\s+", " ");
        return s.length() <= 120 ? s : s.substring(0, 117) + "…";
    }
}
