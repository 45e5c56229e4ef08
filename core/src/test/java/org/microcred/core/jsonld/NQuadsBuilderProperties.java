package org.microcred.core.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.apicatalog.rdf.nquads.NQuadsWriter;
import java.io.StringWriter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The fast N-Quads builder writes exactly what Titanium's N-Quads writer writes. */
class NQuadsBuilderProperties {

    private static final String[] DATATYPES = {
        "http://www.w3.org/2001/XMLSchema#string", "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString",
        "http://www.w3.org/2001/XMLSchema#dateTime", "https://www.w3.org/2001/XMLSchema#anyURI",
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON", "http://example.org/dt with space",
    };

    @Provide
    Arbitrary<String> iri() {
        Arbitrary<String> tail = Arbitraries.strings().withCharRange('!', '~').withChars(' ', '\\', 'é', '\u0001')
                .ofMaxLength(12);
        return Arbitraries.oneOf(
                tail.map(t -> "https://example.org/" + t),
                tail.map(t -> "urn:x:" + t),
                Arbitraries.integers().between(0, 20).map(i -> "_:c14n" + i));
    }

    @Provide
    Arbitrary<String> lexical() {
        return Arbitraries.strings().withCharRange('\u0000', '\u00ff').withChars('"', '\\', '\n', '\r', '\t', '€', '😀')
                .ofMaxLength(20);
    }

    @Provide
    Arbitrary<String[]> literalTail() {
        Arbitrary<String> datatype = Arbitraries.of(DATATYPES);
        Arbitrary<String> language = Arbitraries.of("en", "de-ch", "EN-us", "x y");
        return Combinators.combine(datatype, language, Arbitraries.of(true, false), Arbitraries.of("ltr", "rtl"),
                Arbitraries.of(true, false))
                .as((dt, lang, useLang, dir, useDir) -> useLang
                        ? new String[] {"http://www.w3.org/1999/02/22-rdf-syntax-ns#langString", lang, useDir ? dir : null}
                        : new String[] {dt, null, null});
    }

    @Property(tries = 400)
    void iriObjectsMatchTitanium(@ForAll("iri") String s, @ForAll("iri") String p, @ForAll("iri") String o,
            @ForAll boolean withGraph, @ForAll("iri") String g) throws Exception {
        check(s, p, o, null, null, null, withGraph ? g : null);
    }

    @Property(tries = 400)
    void literalObjectsMatchTitanium(@ForAll("iri") String s, @ForAll("iri") String p, @ForAll("lexical") String o,
            @ForAll("literalTail") String[] tail, @ForAll boolean withGraph, @ForAll("iri") String g) throws Exception {
        check(s, p, o, tail[0], tail[1], tail[2], withGraph ? g : null);
    }

    private static void check(String s, String p, String o, String dt, String lang, String dir, String g) throws Exception {
        StringWriter titanium = new StringWriter();
        new NQuadsWriter(titanium).quad(s, p, o, dt, lang, dir, g);
        NQuadsBuilder ours = new NQuadsBuilder();
        ours.quad(s, p, o, dt, lang, dir, g);
        assertEquals(titanium.toString(), ours.toString());
    }
}
