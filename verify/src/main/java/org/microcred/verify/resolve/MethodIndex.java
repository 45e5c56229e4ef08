package org.microcred.verify.resolve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The verification methods of one document by absolute id (from {@code verificationMethod} and
 * methods embedded in relationships), and the ids each verification relationship lists (DID Core
 * §5.3, CID 1.0 §2.3). Relative ids ({@code #key-1}) are resolved against the document id.
 *
 * @param methods method objects by absolute id, in document order
 * @param relationships relationship name → absolute ids it lists (embedded or by reference)
 */
record MethodIndex(Map<String, ObjectNode> methods, Map<String, List<String>> relationships) {

    /**
     * Indexes a document.
     *
     * @throws ResolutionError LIMIT beyond {@code maxEntries} entries, DOCUMENT for an entry that is
     *     neither a method object with an id nor (in a relationship) a string reference
     */
    static MethodIndex of(FoundDocument doc, int maxEntries) {
        MethodIndex idx = new MethodIndex(new LinkedHashMap<>(), new HashMap<>());
        int[] count = {0};
        idx.add(doc, "verificationMethod", false, maxEntries, count);
        for (String rel : DefaultKeyResolver.RELATIONSHIPS) {
            idx.add(doc, rel, true, maxEntries, count);
        }
        return idx;
    }

    private void add(FoundDocument doc, String member, boolean relationship, int maxEntries, int[] count) {
        JsonNode value = doc.node().get(member);
        if (value == null || value.isNull()) {
            return;
        }
        List<JsonNode> entries = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(entries::add);
        } else {
            entries.add(value);
        }
        for (JsonNode entry : entries) {
            if (++count[0] > maxEntries) {
                throw ResolutionError.of(ResolutionStep.LIMIT, doc.description() + " has more than " + maxEntries
                        + " verification method entries; refusing to read it");
            }
            String id;
            if (entry.isTextual() && relationship) {
                id = VerificationMethods.absolute(entry.textValue(), doc.id());
            } else if (entry.isObject() && entry.path("id").isTextual()) {
                id = VerificationMethods.absolute(entry.get("id").textValue(), doc.id());
                methods.putIfAbsent(id, (ObjectNode) entry);
            } else {
                throw ResolutionError.of(ResolutionStep.DOCUMENT, doc.description() + " has an entry in '" + member
                        + "' that is neither a verification method object with an 'id' nor a reference to one");
            }
            if (relationship) {
                relationships.computeIfAbsent(member, r -> new ArrayList<>()).add(id);
            }
        }
    }

    /** @return the relationships that list {@code id} */
    Set<String> purposesOf(String id) {
        Set<String> out = new LinkedHashSet<>();
        for (String rel : DefaultKeyResolver.RELATIONSHIPS) {
            if (relationships.getOrDefault(rel, List.of()).contains(id)) {
                out.add(rel);
            }
        }
        return out;
    }

    /** @return whether any relationship lists {@code id} */
    boolean isListed(String id) {
        return relationships.values().stream().anyMatch(ids -> ids.contains(id));
    }
}
