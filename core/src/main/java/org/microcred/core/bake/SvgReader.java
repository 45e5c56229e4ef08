package org.microcred.core.bake;

import static org.microcred.core.bake.Texts.invalid;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.microcred.core.MicrocredException;

/**
 * Extracts credential elements from an SVG document with the JDK's built-in StAX parser, configured
 * so that it never loads anything: no DTD processing, no external entities, no external DTD or
 * schema access (a resolver that refuses everything), and a document with an internal DTD subset
 * is refused outright. Elements are matched by namespace URI and local name, never by prefix.
 */
final class SvgReader {

    static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

    private SvgReader() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
        factory.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        return factory;
    }

    /** Parses the whole document and returns every credential element of either spec, in order. */
    static List<BakedCredential> unbake(byte[] svg) {
        XMLStreamReader reader = null;
        try {
            reader = factory().createXMLStreamReader(new ByteArrayInputStream(svg));
            return scan(reader);
        } catch (XMLStreamException e) {
            throw invalid("not a PNG or SVG image: the XML is not well-formed ("
                    + oneLine(e.getMessage()) + ")", e);
        } catch (MicrocredException e) {
            throw e;
        } catch (RuntimeException e) {
            throw invalid("not a PNG or SVG image: the XML could not be parsed (" + oneLine(
                    String.valueOf(e.getMessage())) + ")", e);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing to release: the input is an in-memory array
                }
            }
        }
    }

    private static List<BakedCredential> scan(XMLStreamReader reader) throws XMLStreamException {
        List<BakedCredential> found = new ArrayList<>();
        boolean sawRoot = false;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.DTD) {
                // The JDK reports a DOCTYPE with an internal subset in mangled form when DTD
                // support is off, but always with the closing "]>" of the subset.
                String dtd = reader.getText();
                if (dtd != null && (dtd.indexOf('[') >= 0 || dtd.indexOf(']') >= 0)) {
                    throw invalid("SVG with an internal DTD subset is refused (entity declarations"
                            + " are an XXE and entity-expansion risk)");
                }
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                if (!sawRoot) {
                    sawRoot = true;
                    String ns = reader.getNamespaceURI();
                    if (!"svg".equals(reader.getLocalName())
                            || !(ns == null || ns.isEmpty() || SVG_NAMESPACE.equals(ns))) {
                        throw invalid("not a PNG or SVG image: the XML root element is {"
                                + (ns == null ? "" : ns) + "}" + reader.getLocalName()
                                + ", expected svg");
                    }
                    continue;
                }
                BadgeSpec spec = specOf(reader);
                if (spec != null) {
                    found.add(readElement(reader, spec));
                }
            }
        }
        if (!sawRoot) {
            throw invalid("not a PNG or SVG image: the XML has no root element");
        }
        return found;
    }

    private static BadgeSpec specOf(XMLStreamReader reader) {
        String ns = reader.getNamespaceURI();
        String local = reader.getLocalName();
        for (BadgeSpec spec : BadgeSpec.values()) {
            if (spec.svgNamespace().equals(ns) && spec.svgElement().equals(local)) {
                return spec;
            }
        }
        return null;
    }

    private static BakedCredential readElement(XMLStreamReader reader, BadgeSpec spec)
            throws XMLStreamException {
        String where = "SVG element {" + spec.svgNamespace() + "}" + spec.svgElement() + " at line "
                + reader.getLocation().getLineNumber();
        String verify = null;
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String ns = reader.getAttributeNamespace(i);
            if ((ns == null || ns.isEmpty()) && "verify".equals(reader.getAttributeLocalName(i))) {
                verify = reader.getAttributeValue(i);
            }
        }
        StringBuilder body = new StringBuilder();
        while (true) {
            int event = reader.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                throw invalid(where + " has a child element <" + reader.getLocalName()
                        + ">; it must hold only text or CDATA");
            }
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                body.append(reader.getText());
            }
        }
        String bodyText = Texts.stripXmlSpace(body.toString());
        if (!bodyText.isEmpty()) {
            return Texts.extracted(bodyText, spec, ImageFormat.SVG, where + " (body)");
        }
        if (verify != null) {
            return Texts.extracted(verify, spec, ImageFormat.SVG, where + " (verify attribute)");
        }
        throw invalid(where + " has neither a body nor a verify attribute");
    }

    private static String oneLine(String message) {
        if (message == null) {
            return "no detail";
        }
        String flat = message.replaceAll("\\s+", " ").trim();
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
