package org.microcred.core.jsonld;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * RDFC-1.0 for datasets whose blank nodes all have distinct first-degree hashes — every
 * credential we have seen — without the general algorithm's machinery.
 *
 * <p>For such a dataset RDFC-1.0 reduces to its steps 1–5: hash each blank node's quads with the
 * node written {@code _:a} and every other blank node {@code _:z} (§4.6, Hash First Degree
 * Quads), issue {@code c14n0}, {@code c14n1}, … in the order of those hashes, and sort the
 * relabelled quads. When two blank nodes share a first-degree hash the Hash N-Degree Quads
 * algorithm is needed; then {@link #canonicalize} returns null and the caller runs Titanium's
 * complete implementation on the same quads. Lines are written exactly as Titanium's RDFC writes
 * them ({@link NQuadsBuilder#append}), sorted the same way, and hashed the same way, so both give
 * the same output ({@code SimpleCanonTest} checks this on the W3C suite and on credentials).
 *
 * <p>Each quad is serialized once per blank node it mentions and once for the output, where the
 * general implementation re-serializes quads on every comparison of its final sort.
 *
 * <p>Stateless; thread-safe.
 */
final class SimpleCanon {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private SimpleCanon() {
    }

    /** One quad: datatype and language null for an IRI or blank node object; graph null for the default graph. */
    static final class Quad {
        final String subject;
        final String predicate;
        final String object;
        final String datatype;
        final String language;
        final String graph;
        private final int hash;

        Quad(String subject, String predicate, String object, String datatype, String language, String graph) {
            this.subject = subject;
            this.predicate = predicate;
            this.object = object;
            this.datatype = datatype;
            this.language = language;
            this.graph = graph;
            int h = subject.hashCode();
            h = 31 * h + predicate.hashCode();
            h = 31 * h + object.hashCode();
            h = 31 * h + (datatype == null ? 0 : datatype.hashCode());
            h = 31 * h + (language == null ? 0 : language.hashCode());
            this.hash = 31 * h + (graph == null ? 0 : graph.hashCode());
        }

        boolean blankSubject() {
            return subject.startsWith("_:");
        }

        boolean blankObject() {
            return datatype == null && object.startsWith("_:");
        }

        boolean blankGraph() {
            return graph != null && graph.startsWith("_:");
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Quad)) {
                return false;
            }
            Quad q = (Quad) o;
            return hash == q.hash && subject.equals(q.subject) && predicate.equals(q.predicate)
                    && object.equals(q.object) && java.util.Objects.equals(datatype, q.datatype)
                    && java.util.Objects.equals(language, q.language) && java.util.Objects.equals(graph, q.graph);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** A dataset being collected: each quad once, in the order first given. Not thread-safe. */
    static final class Dataset {
        private final List<Quad> quads = new ArrayList<>(64);
        private final java.util.Set<Quad> seen = new java.util.HashSet<>(128);

        void add(String subject, String predicate, String object, String datatype, String language, String graph) {
            Quad quad = new Quad(subject, predicate, object, datatype, language, graph);
            if (seen.add(quad)) {
                quads.add(quad);
            }
        }

        List<Quad> quads() {
            return quads;
        }
    }

    /**
     * The canonical N-Quads of a dataset, or null if two blank nodes share a first-degree hash
     * (or a quad mentions one blank node twice).
     *
     * @param quads the dataset, without duplicates
     * @param digest the hash function (reset here)
     * @param budget ticked once per quad written
     * @return the canonical N-Quads, or null
     */
    static String canonicalize(List<Quad> quads, MessageDigest digest, Budget budget) {
        Map<String, List<Quad>> mentions = new HashMap<>();
        for (Quad q : quads) {
            boolean s = q.blankSubject();
            boolean o = q.blankObject();
            boolean g = q.blankGraph();
            if (s && (o && q.subject.equals(q.object) || g && q.subject.equals(q.graph))
                    || o && g && q.object.equals(q.graph)) {
                // a blank node twice in one quad: implementations differ on whether the quad
                // counts once or twice in its hash; leave it to the general algorithm
                return null;
            }
            if (s) {
                mentions.computeIfAbsent(q.subject, k -> new ArrayList<>(8)).add(q);
            }
            if (o) {
                mentions.computeIfAbsent(q.object, k -> new ArrayList<>(8)).add(q);
            }
            if (g) {
                mentions.computeIfAbsent(q.graph, k -> new ArrayList<>(8)).add(q);
            }
        }
        Map<String, String> labels = new HashMap<>(mentions.size() * 2);
        if (!mentions.isEmpty()) {
            String[] hashes = new String[mentions.size()];
            String[] nodes = new String[mentions.size()];
            int n = 0;
            StringBuilder line = new StringBuilder(256);
            for (Map.Entry<String, List<Quad>> entry : mentions.entrySet()) {
                String node = entry.getKey();
                List<Quad> related = entry.getValue();
                String[] lines = new String[related.size()];
                for (int i = 0; i < lines.length; i++) {
                    budget.tick();
                    Quad q = related.get(i);
                    line.setLength(0);
                    NQuadsBuilder.append(line, relabel(q.subject, node, q.blankSubject()), q.predicate,
                            relabel(q.object, node, q.blankObject()), q.datatype, q.language, null,
                            q.graph == null ? null : relabel(q.graph, node, q.blankGraph()));
                    lines[i] = line.toString();
                }
                Arrays.sort(lines);
                digest.reset();
                for (String l : lines) {
                    digest.update(l.getBytes(StandardCharsets.UTF_8));
                }
                nodes[n] = node;
                hashes[n] = hex(digest.digest());
                n++;
            }
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> hashes[a].compareTo(hashes[b]));
            for (int i = 1; i < n; i++) {
                if (hashes[order[i]].equals(hashes[order[i - 1]])) {
                    return null;
                }
            }
            for (int i = 0; i < n; i++) {
                labels.put(nodes[order[i]], "_:c14n" + i);
            }
        }
        String[] out = new String[quads.size()];
        StringBuilder line = new StringBuilder(256);
        int total = 0;
        for (int i = 0; i < out.length; i++) {
            budget.tick();
            Quad q = quads.get(i);
            line.setLength(0);
            NQuadsBuilder.append(line, q.blankSubject() ? labels.get(q.subject) : q.subject, q.predicate,
                    q.blankObject() ? labels.get(q.object) : q.object, q.datatype, q.language, null,
                    q.blankGraph() ? labels.get(q.graph) : q.graph);
            out[i] = line.toString();
            total += out[i].length();
        }
        Arrays.sort(out);
        StringBuilder result = new StringBuilder(total);
        for (String l : out) {
            result.append(l);
        }
        return result.toString();
    }

    private static String relabel(String term, String reference, boolean blank) {
        if (!blank) {
            return term;
        }
        return term.equals(reference) ? "_:a" : "_:z";
    }

    private static String hex(byte[] data) {
        char[] chars = new char[data.length * 2];
        for (int i = 0; i < data.length; i++) {
            chars[2 * i] = HEX[(data[i] >> 4) & 0xf];
            chars[2 * i + 1] = HEX[data[i] & 0xf];
        }
        return new String(chars);
    }
}
