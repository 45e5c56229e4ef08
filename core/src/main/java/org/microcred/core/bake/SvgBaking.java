package org.microcred.core.bake;

import static org.microcred.core.bake.Texts.invalid;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;

/**
 * Bakes a credential into an SVG by editing the document text: every byte outside the inserted
 * element (and the removed old one, and the added {@code xmlns} declaration) is kept as it was.
 *
 * <p>The document has already been checked by {@link SvgReader} (well-formed, {@code svg} root, no
 * internal DTD subset), so the small tag scanner here only has to find positions: the root start
 * tag, and the credential elements of the spec being baked (matched by namespace URI, resolving
 * prefixes through the {@code xmlns} declarations in scope).
 */
final class SvgBaking {

    private static final Pattern ENCODING_DECLARATION = Pattern.compile(
            "^<\\?xml[^>]*?\\sencoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    private SvgBaking() {
    }

    static byte[] bake(byte[] svg, String credential, PayloadKind kind, BadgeSpec spec) {
        checkXmlChars(credential);
        List<BakedCredential> existing = SvgReader.unbake(svg);
        String doc = decodeUtf8(svg);
        Scan scan = new Scanner(doc, spec).run();
        long sameSpec = existing.stream().filter(c -> c.spec() == spec).count();
        if (sameSpec != scan.targets.size()) {
            throw invalid("could not locate the " + sameSpec + " existing <" + spec.svgElement()
                    + "> element(s) in the SVG text");
        }
        String prefix = scan.rootPrefixes.entrySet().stream()
                .filter(e -> e.getValue().equals(spec.svgNamespace()) && !e.getKey().isEmpty())
                .map(Map.Entry::getKey)
                .sorted()
                .findFirst()
                .orElse(null);
        String declaration = "";
        if (prefix == null) {
            prefix = "openbadges";
            for (int n = 2; scan.rootPrefixes.containsKey(prefix); n++) {
                prefix = "openbadges" + n;
            }
            declaration = " xmlns:" + prefix + "=\"" + spec.svgNamespace() + "\"";
        }
        String element = element(prefix, spec, credential, kind);

        StringBuilder out = new StringBuilder(doc.length() + element.length() + 128);
        int tagClose = scan.rootSelfClosing ? scan.rootTagEnd - 2 : scan.rootTagEnd - 1;
        out.append(doc, 0, tagClose).append(declaration);
        if (scan.rootSelfClosing) {
            out.append(">\n  ").append(element).append('\n').append("</").append(scan.rootName)
                    .append('>');
        } else {
            out.append(">\n  ").append(element);
        }
        int pos = scan.rootTagEnd;
        for (int[] target : scan.targets) {
            out.append(doc, pos, target[0]);
            pos = target[1];
        }
        out.append(doc, pos, doc.length());
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String element(String prefix, BadgeSpec spec, String credential, PayloadKind kind) {
        String name = prefix + ":" + spec.svgElement();
        if (kind == PayloadKind.JSON) {
            return "<" + name + "><![CDATA[" + credential.replace("]]>", "]]]]><![CDATA[>") + "]]></"
                    + name + ">";
        }
        return "<" + name + " verify=\"" + escapeAttribute(credential) + "\"></" + name + ">";
    }

    private static String escapeAttribute(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '"' -> sb.append("&quot;");
                case '\t' -> sb.append("&#9;");
                case '\n' -> sb.append("&#10;");
                case '\r' -> sb.append("&#13;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Refuses code points XML 1.0 cannot carry (controls, U+FFFE/U+FFFF, unpaired surrogates). */
    private static void checkXmlChars(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
            if (!ok) {
                throw new MicrocredException(ErrorCode.INVALID_VALUE, String.format(
                        "credential text contains U+%04X at index %d, which XML 1.0 cannot carry", cp, i));
            }
            i += Character.charCount(cp);
        }
    }

    private static String decodeUtf8(byte[] svg) {
        int offset = 0;
        if (svg.length >= 2 && ((svg[0] & 0xFF) == 0xFE || (svg[0] & 0xFF) == 0xFF)) {
            throw invalid("SVG baking supports UTF-8 documents only; this one has a UTF-16 byte order mark");
        }
        String doc = Texts.strictUtf8(svg, offset, svg.length, "SVG document");
        String head = doc.startsWith("\uFEFF") ? doc.substring(1) : doc;
        Matcher m = ENCODING_DECLARATION.matcher(head);
        if (m.find()) {
            String encoding = m.group(1).toUpperCase(Locale.ROOT);
            if (!encoding.equals("UTF-8") && !encoding.equals("UTF8") && !encoding.equals("US-ASCII")
                    && !encoding.equals("ASCII")) {
                throw invalid("SVG baking supports UTF-8 documents only; this one declares encoding "
                        + m.group(1));
            }
        }
        return doc;
    }

    /** Positions found by the scanner. */
    private static final class Scan {
        int rootTagEnd = -1;
        boolean rootSelfClosing;
        String rootName;
        Map<String, String> rootPrefixes = Map.of();
        /** [start, end) of each target element; for direct children of the root, start includes the white space before it. */
        final List<int[]> targets = new ArrayList<>();
    }

    /** A minimal tag scanner over a document already known to be well-formed. */
    private static final class Scanner {
        private final String doc;
        private final BadgeSpec spec;
        private int pos;

        private record Frame(String name, Map<String, String> prefixes, int targetStart) {
        }

        Scanner(String doc, BadgeSpec spec) {
            this.doc = doc;
            this.spec = spec;
        }

        Scan run() {
            Scan scan = new Scan();
            Deque<Frame> stack = new ArrayDeque<>();
            pos = 0;
            while (pos < doc.length()) {
                int lt = doc.indexOf('<', pos);
                if (lt < 0) {
                    break;
                }
                pos = lt;
                if (doc.startsWith("<!--", pos)) {
                    pos = after("-->", pos + 4);
                } else if (doc.startsWith("<![CDATA[", pos)) {
                    pos = after("]]>", pos + 9);
                } else if (doc.startsWith("<?", pos)) {
                    pos = after("?>", pos + 2);
                } else if (doc.startsWith("<!", pos)) {
                    pos = skipDeclaration(pos + 2);
                } else if (doc.startsWith("</", pos)) {
                    int end = after(">", pos + 2);
                    if (stack.isEmpty()) {
                        throw invalid("could not scan the SVG text: unbalanced end tag at index " + pos);
                    }
                    Frame frame = stack.pop();
                    if (frame.targetStart >= 0) {
                        scan.targets.add(new int[] {frame.targetStart, end});
                    }
                    pos = end;
                    if (stack.isEmpty()) {
                        break;
                    }
                } else {
                    int tagStart = pos;
                    Map<String, String> inherited = stack.isEmpty() ? Map.of("xml",
                            "http://www.w3.org/XML/1998/namespace") : stack.peek().prefixes;
                    Map<String, String> prefixes = new HashMap<>(inherited);
                    String name = readName(pos + 1);
                    pos += 1 + name.length();
                    boolean selfClosing = readAttributes(prefixes);
                    int tagEnd = pos;
                    boolean root = stack.isEmpty();
                    int colon = name.indexOf(':');
                    String ns = prefixes.getOrDefault(colon < 0 ? "" : name.substring(0, colon), "");
                    String local = colon < 0 ? name : name.substring(colon + 1);
                    int targetStart = -1;
                    if (!root && spec.svgNamespace().equals(ns) && spec.svgElement().equals(local)) {
                        targetStart = tagStart;
                        if (stack.size() == 1) {
                            while (targetStart > 0 && isSpace(doc.charAt(targetStart - 1))) {
                                targetStart--;
                            }
                            targetStart = Math.max(targetStart, scan.rootTagEnd);
                        }
                    }
                    if (root) {
                        scan.rootTagEnd = tagEnd;
                        scan.rootSelfClosing = selfClosing;
                        scan.rootName = name;
                        scan.rootPrefixes = Map.copyOf(prefixes);
                    }
                    if (selfClosing) {
                        if (targetStart >= 0) {
                            scan.targets.add(new int[] {targetStart, tagEnd});
                        }
                        if (root) {
                            break;
                        }
                    } else {
                        stack.push(new Frame(name, Map.copyOf(prefixes), targetStart));
                    }
                }
            }
            if (scan.rootTagEnd < 0) {
                throw invalid("could not locate the root <svg> start tag in the SVG text");
            }
            return scan;
        }

        private boolean readAttributes(Map<String, String> prefixes) {
            while (true) {
                skipSpace();
                char c = charAt(pos);
                if (c == '>') {
                    pos++;
                    return false;
                }
                if (c == '/') {
                    pos = after(">", pos + 1);
                    return true;
                }
                String attribute = readName(pos);
                pos += attribute.length();
                skipSpace();
                expect('=');
                skipSpace();
                char quote = charAt(pos);
                if (quote != '"' && quote != '\'') {
                    throw invalid("could not scan the SVG text: attribute " + attribute + " is not quoted");
                }
                int close = doc.indexOf(quote, pos + 1);
                if (close < 0) {
                    throw invalid("could not scan the SVG text: unterminated attribute " + attribute);
                }
                String value = unescape(doc.substring(pos + 1, close));
                pos = close + 1;
                if (attribute.equals("xmlns")) {
                    prefixes.put("", value);
                } else if (attribute.startsWith("xmlns:")) {
                    prefixes.put(attribute.substring(6), value);
                }
            }
        }

        private int skipDeclaration(int from) {
            int depth = 0;
            char quote = 0;
            for (int i = from; i < doc.length(); i++) {
                char c = doc.charAt(i);
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '[') {
                    depth++;
                } else if (c == ']') {
                    depth--;
                } else if (c == '>' && depth <= 0) {
                    return i + 1;
                }
            }
            throw invalid("could not scan the SVG text: unterminated declaration");
        }

        private String readName(int from) {
            int i = from;
            while (i < doc.length()) {
                char c = doc.charAt(i);
                if (isSpace(c) || c == '>' || c == '/' || c == '=') {
                    break;
                }
                i++;
            }
            if (i == from) {
                throw invalid("could not scan the SVG text: expected a name at index " + from);
            }
            return doc.substring(from, i);
        }

        private int after(String token, int from) {
            int at = doc.indexOf(token, from);
            if (at < 0) {
                throw invalid("could not scan the SVG text: missing " + token);
            }
            return at + token.length();
        }

        private void expect(char c) {
            if (charAt(pos) != c) {
                throw invalid("could not scan the SVG text: expected '" + c + "' at index " + pos);
            }
            pos++;
        }

        private char charAt(int i) {
            if (i >= doc.length()) {
                throw invalid("could not scan the SVG text: unexpected end");
            }
            return doc.charAt(i);
        }

        private void skipSpace() {
            while (pos < doc.length() && isSpace(doc.charAt(pos))) {
                pos++;
            }
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\t' || c == '\r' || c == '\n';
        }

        /** Namespace URIs rarely contain references, but resolve the predefined ones and numeric ones. */
        private static String unescape(String value) {
            if (value.indexOf('&') < 0) {
                return value;
            }
            StringBuilder sb = new StringBuilder(value.length());
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                int semi = c == '&' ? value.indexOf(';', i) : -1;
                if (semi < 0) {
                    sb.append(c);
                    continue;
                }
                String ref = value.substring(i + 1, semi);
                switch (ref) {
                    case "amp" -> sb.append('&');
                    case "lt" -> sb.append('<');
                    case "gt" -> sb.append('>');
                    case "quot" -> sb.append('"');
                    case "apos" -> sb.append('\'');
                    default -> {
                        try {
                            int cp = ref.startsWith("#x") ? Integer.parseInt(ref.substring(2), 16)
                                    : ref.startsWith("#") ? Integer.parseInt(ref.substring(1)) : -1;
                            if (cp < 0 || !Character.isValidCodePoint(cp)) {
                                sb.append(value, i, semi + 1);
                            } else {
                                sb.appendCodePoint(cp);
                            }
                        } catch (NumberFormatException e) {
                            sb.append(value, i, semi + 1);
                        }
                    }
                }
                i = semi;
            }
            return sb.toString();
        }
    }
}
