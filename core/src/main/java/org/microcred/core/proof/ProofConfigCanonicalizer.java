package org.microcred.core.proof;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Canonical N-Quads of a Data Integrity proof configuration, without a full JSON-LD round trip
 * when it can be avoided.
 *
 * <p>A proof configuration has the same shape every time: one node (one blank node,
 * {@code _:c14n0}) with {@code type}, {@code cryptosuite}, {@code created},
 * {@code verificationMethod} and {@code proofPurpose}. For a given {@code @context}, fixed
 * {@code type}/{@code cryptosuite}/{@code proofPurpose}, presence of {@code created}, and
 * IRI-expansion class of the verification method, the canonical N-Quads differ only in the two
 * variable values. The first configuration of a shape is canonicalized fully (its result is the
 * answer anyway) and becomes a candidate template (lines with slots where its values appeared);
 * the same configuration again is answered from that result. The next configuration of the shape
 * with different values is canonicalized fully too, and the candidate is trusted only if it
 * reproduces that result byte for byte; from then on configurations of that shape are rendered
 * from the template, lines sorted in code point order as RDFC-1.0 requires. Learning never costs
 * more than the full canonicalization each of those calls needed anyway, so novel contexts cannot
 * amplify work.
 *
 * <p>Values are templated only inside a domain where JSON-LD processing and N-Quads writing
 * cannot change them: {@code created} a valid xsd:dateTime (digits and {@code -:.TZ+}),
 * verification methods absolute IRIs of RFC 3986 characters whose IRI expansion depends only on
 * their scheme (for {@code scheme://…} it does not depend even on that; for {@code did:…},
 * {@code urn:…} the scheme is part of the template key, because a context could define it as a
 * prefix). Anything else — other members, other value forms, a context whose configuration is not
 * one blank node — goes through full canonicalization. Thread-safe.
 */
final class ProofConfigCanonicalizer {

    private static final Logger LOG = LoggerFactory.getLogger(ProofConfigCanonicalizer.class);

    private static final int MAX_TEMPLATES = 256;
    private static final int MAX_VM_CLASSES = 4096;
    private static final Map<String, String> VM_CLASSES = new ConcurrentHashMap<>();
    private static final Set<String> TEMPLATED_MEMBERS =
            Set.of("type", "cryptosuite", "created", "verificationMethod", "proofPurpose");
    private static final Pattern SAFE_IRI =
            Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):([A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]*)");
    private static final Pattern BLANK_NODE = Pattern.compile("_:[A-Za-z0-9_.-]+");

    private final Canonicalization canonicalization;
    private final Map<Key, Learnt> templates = new ConcurrentHashMap<>();

    ProofConfigCanonicalizer(Canonicalization canonicalization) {
        this.canonicalization = canonicalization;
    }

    /**
     * @param options the proof options without {@code proofValue} (no {@code @context})
     * @param context the document's {@code @context}
     * @return the canonical N-Quads of the proof configuration
     */
    String canonicalize(ObjectNode options, JsonNode context) {
        Key key = keyFor(options, context);
        if (key == null) {
            return canonicalizeFully(options, context);
        }
        String created = text(options, "created");
        String vm = text(options, "verificationMethod");
        Learnt learnt = templates.get(key);
        if (learnt != null && learnt.trusted) {
            return learnt.template.render(created, vm);
        }
        if (learnt != null && learnt.template != null && Objects.equals(created, learnt.created)
                && vm.equals(learnt.vm)) {
            return learnt.canonical; // the very configuration the candidate was learnt from
        }
        String full = canonicalizeFully(options, context);
        if (learnt == null) {
            Template candidate = Template.parse(full, created, vm);
            if (candidate != null) {
                remember(key, new Learnt(candidate, false, created, vm, full));
            }
        } else if (learnt.template != null && (created == null || !created.equals(learnt.created))
                && !vm.equals(learnt.vm)) {
            boolean reproduced = learnt.template.render(created, vm).equals(full);
            LOG.debug("Proof configuration template for {} / {} {}", key.type, key.cryptosuite,
                    reproduced ? "confirmed" : "rejected");
            remember(key, reproduced ? new Learnt(learnt.template, true, null, null, null) : Learnt.REJECTED);
        }
        return full;
    }

    private void remember(Key key, Learnt learnt) {
        if (templates.size() >= MAX_TEMPLATES) {
            templates.clear();
        }
        templates.put(key.detached(), learnt);
    }

    /** Full JSON-LD canonicalization of the proof configuration (options plus the context). */
    String canonicalizeFully(ObjectNode options, JsonNode context) {
        return canonicalization.canonicalizeProofConfiguration(options, context);
    }

    /** @return whether configurations of this shape are now rendered from a trusted template (for tests) */
    boolean rendersFromTemplate(ObjectNode options, JsonNode context) {
        Key key = keyFor(options, context);
        Learnt learnt = key == null ? null : templates.get(key);
        return learnt != null && learnt.trusted;
    }

    private static Key keyFor(ObjectNode options, JsonNode context) {
        Iterator<Map.Entry<String, JsonNode>> fields = options.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!TEMPLATED_MEMBERS.contains(field.getKey()) || !field.getValue().isTextual()) {
                return null;
            }
        }
        String type = text(options, "type");
        String vm = text(options, "verificationMethod");
        String purpose = text(options, "proofPurpose");
        String created = text(options, "created");
        if (type == null || vm == null || purpose == null || vm.length() > 2048
                || (created != null && !XsdDateTime.isValid(created))) {
            return null;
        }
        String expansionClass = expansionClass(vm);
        if (expansionClass.isEmpty()) {
            return null;
        }
        return new Key(context, type, text(options, "cryptosuite"), purpose, created != null, expansionClass);
    }

    /**
     * The part of a verification method its JSON-LD IRI expansion depends on: {@code //} for
     * {@code scheme://…}, else the scheme; empty when it is outside the templated domain.
     * Memoised: an issuer signs with the same few verification methods.
     */
    static String expansionClass(String vm) {
        String known = VM_CLASSES.get(vm);
        if (known != null) {
            return known;
        }
        Matcher iri = SAFE_IRI.matcher(vm);
        String result = !iri.matches() || !isAbsoluteUri(vm) ? "" : iri.group(2).startsWith("//") ? "//" : iri.group(1);
        if (VM_CLASSES.size() >= MAX_VM_CLASSES) {
            VM_CLASSES.clear();
        }
        VM_CLASSES.put(vm, result);
        return result;
    }

    /** An absolute URI by RFC 2396/3986 rules, as JSON-LD processors validate IRIs (never relative, no bad escapes). */
    private static boolean isAbsoluteUri(String value) {
        try {
            URI uri = new URI(value);
            return uri.isAbsolute() && (!uri.getRawSchemeSpecificPart().startsWith("//") || uri.getRawAuthority() != null);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String text(ObjectNode node, String member) {
        JsonNode value = node.get(member);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    /** The shape of a proof configuration; the context compares structurally. */
    private static final class Key {
        final JsonNode context;
        final String type;
        final String cryptosuite;
        final String purpose;
        final boolean hasCreated;
        final String vmClass;
        private final int hash;

        Key(JsonNode context, String type, String cryptosuite, String purpose, boolean hasCreated, String vmClass) {
            this.context = context;
            this.type = type;
            this.cryptosuite = cryptosuite;
            this.purpose = purpose;
            this.hasCreated = hasCreated;
            this.vmClass = vmClass;
            int h = context == null ? 0 : context.hashCode();
            h = 31 * h + type.hashCode();
            h = 31 * h + (cryptosuite == null ? 0 : cryptosuite.hashCode());
            h = 31 * h + purpose.hashCode();
            h = 31 * h + (hasCreated ? 1 : 0);
            this.hash = 31 * h + vmClass.hashCode();
        }

        Key detached() {
            return new Key(context == null ? null : context.deepCopy(), type, cryptosuite, purpose, hasCreated, vmClass);
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Key)) {
                return false;
            }
            Key k = (Key) o;
            return hash == k.hash && hasCreated == k.hasCreated && type.equals(k.type) && purpose.equals(k.purpose)
                    && vmClass.equals(k.vmClass) && Objects.equals(cryptosuite, k.cryptosuite)
                    && Objects.equals(context, k.context);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /**
     * What was learnt about a shape: a candidate template (with the values and the canonical form
     * it was taken from), a trusted template, or that it has no template.
     */
    private static final class Learnt {
        static final Learnt REJECTED = new Learnt(null, false, null, null, null);

        final Template template;
        final boolean trusted;
        final String created;
        final String vm;
        final String canonical;

        Learnt(Template template, boolean trusted, String created, String vm, String canonical) {
            this.template = template;
            this.trusted = trusted;
            this.created = created;
            this.vm = vm;
            this.canonical = canonical;
        }
    }

    /** Canonical N-Quads lines with slots for {@code created} and the verification method. */
    static final class Template {
        private static final int CREATED = 0;
        private static final int VM = 1;

        /** Per line: the literal segments, and between consecutive segments a slot id. */
        private final List<String[]> segments;
        private final List<int[]> slots;

        private Template(List<String[]> segments, List<int[]> slots) {
            this.segments = segments;
            this.slots = slots;
        }

        static Template parse(String canonical, String createdSample, String vmSample) {
            if (canonical.isEmpty() || !canonical.endsWith("\n")
                    || occurrences(canonical, vmSample) != 1
                    || (createdSample != null && occurrences(canonical, createdSample) != 1)) {
                return null;
            }
            Matcher blank = BLANK_NODE.matcher(canonical);
            String label = null;
            while (blank.find()) {
                if (label != null && !label.equals(blank.group())) {
                    return null;
                }
                label = blank.group();
            }
            List<String[]> segments = new ArrayList<>();
            List<int[]> slots = new ArrayList<>();
            for (String line : canonical.substring(0, canonical.length() - 1).split("\n", -1)) {
                List<String> parts = new ArrayList<>();
                List<Integer> ids = new ArrayList<>();
                String rest = line;
                while (true) {
                    int c = createdSample == null ? -1 : rest.indexOf(createdSample);
                    int v = rest.indexOf(vmSample);
                    if (c < 0 && v < 0) {
                        parts.add(rest);
                        break;
                    }
                    boolean createdFirst = c >= 0 && (v < 0 || c < v);
                    int at = createdFirst ? c : v;
                    parts.add(rest.substring(0, at));
                    ids.add(createdFirst ? CREATED : VM);
                    rest = rest.substring(at + (createdFirst ? createdSample : vmSample).length());
                }
                segments.add(parts.toArray(new String[0]));
                slots.add(ids.stream().mapToInt(Integer::intValue).toArray());
            }
            return new Template(segments, slots);
        }

        String render(String created, String vm) {
            String[] lines = new String[segments.size()];
            int length = 0;
            for (int i = 0; i < lines.length; i++) {
                String[] parts = segments.get(i);
                int[] ids = slots.get(i);
                if (ids.length == 0) {
                    lines[i] = parts[0];
                } else {
                    StringBuilder line = new StringBuilder(128);
                    for (int j = 0; j < ids.length; j++) {
                        line.append(parts[j]).append(ids[j] == CREATED ? created : vm);
                    }
                    lines[i] = line.append(parts[ids.length]).toString();
                }
                length += lines[i].length() + 1;
            }
            java.util.Arrays.sort(lines, ProofConfigCanonicalizer::compareCodePoints);
            StringBuilder out = new StringBuilder(length);
            for (String line : lines) {
                out.append(line).append('\n');
            }
            return out.toString();
        }

        private static int occurrences(String text, String sample) {
            int count = 0;
            for (int at = text.indexOf(sample); at >= 0; at = text.indexOf(sample, at + 1)) {
                count++;
            }
            return count;
        }
    }

    /** Unicode code point order (String.compareTo is UTF-16 code unit order). */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
