package org.microcred.core.jsonld;

import com.apicatalog.rdf.api.RdfQuadConsumer;
import com.apicatalog.rdf.nquads.NQuadsWriter;

/**
 * Collects the canonical N-Quads RDFC-1.0 emits into a string. Quads made only of characters
 * that N-Quads writes verbatim are appended directly; any other quad is written by Titanium's
 * {@link NQuadsWriter}, so the escaping rules stay Titanium's. Confined to one call.
 */
final class NQuadsBuilder implements RdfQuadConsumer {

    private static final String XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";
    private static final String RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";

    private final StringBuilder out = new StringBuilder(2048);

    @Override
    public RdfQuadConsumer quad(String subject, String predicate, String object, String datatype,
            String language, String direction, String graph) {
        append(out, subject, predicate, object, datatype, language, direction, graph);
        return this;
    }

    /** Appends one quad as Titanium's {@link NQuadsWriter#nquad} writes it (line feed included). */
    static void append(StringBuilder out, String subject, String predicate, String object, String datatype,
            String language, String direction, String graph) {
        if (direction == null && plainTerm(subject) && plainTerm(predicate) && (graph == null || plainTerm(graph))
                && (datatype == null ? plainTerm(object) : plainLiteral(object, datatype, language))) {
            term(out, subject);
            out.append(' ');
            term(out, predicate);
            out.append(' ');
            if (datatype == null) {
                term(out, object);
            } else {
                out.append('"').append(object).append('"');
                if (language != null) {
                    out.append('@').append(language);
                } else if (!XSD_STRING.equals(datatype)) {
                    out.append("^^<").append(datatype).append('>');
                }
            }
            if (graph != null) {
                out.append(' ');
                term(out, graph);
            }
            out.append(" .\n");
        } else {
            out.append(NQuadsWriter.nquad(subject, predicate, object, datatype, language, direction, graph));
        }
    }

    private static void term(StringBuilder out, String value) {
        if (value.startsWith("_:")) {
            out.append(value);
        } else {
            out.append('<').append(value).append('>');
        }
    }

    /** An IRI or blank node label with nothing N-Quads would escape. */
    private static boolean plainTerm(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= 0x20 || c >= 0x7f || c == '<' || c == '>' || c == '"' || c == '{' || c == '}'
                    || c == '|' || c == '^' || c == '`' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    private static boolean plainLiteral(String value, String datatype, String language) {
        if (!plainTerm(datatype)) {
            return false;
        }
        if (language != null && (!RDF_LANG_STRING.equals(datatype) || !plainTerm(language))) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || c >= 0x7f) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
