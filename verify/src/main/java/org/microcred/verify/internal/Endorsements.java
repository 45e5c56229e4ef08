package org.microcred.verify.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Finds the embedded endorsements of a credential: every {@code endorsement} (objects) and
 * {@code endorsementJwt} (compact JWS) value anywhere in it, as the 1EdTech validator's
 * {@code $..endorsement} does — on the credential, its achievement, its issuer profile — without
 * descending into {@code @context}, {@code proof}, a found endorsement, or a CLR's bundled
 * credentials (each is verified with its own endorsements).
 */
public final class Endorsements {

    private Endorsements() {
    }

    /**
     * @param node the credential (or a part of it)
     * @param ptr its JSON pointer
     * @param out where (pointer, value) pairs are added
     * @param clr whether the credential is a CLR (its bundled credentials are not searched)
     * @param level the recursion depth so far
     */
    public static void collect(JsonNode node, String ptr, List<Map.Entry<String, JsonNode>> out,
            boolean clr, int level) {
        if (level > 64 || out.size() > 10_000) {
            return;
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> f = it.next();
                String key = f.getKey();
                String child = Nodes.pointer(ptr, key);
                if (key.equals("@context") || key.equals("proof")
                        || (clr && key.equals("verifiableCredential"))) {
                    continue;
                }
                if (key.equals("endorsement") || key.equals("endorsementJwt")) {
                    JsonNode v = f.getValue();
                    if (v.isArray()) {
                        for (int i = 0; i < v.size(); i++) {
                            out.add(Map.entry(Nodes.pointer(child, i), v.get(i)));
                        }
                    } else if (!v.isNull()) {
                        out.add(Map.entry(child, v));
                    }
                    continue;
                }
                collect(f.getValue(), child, out, clr, level + 1);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), Nodes.pointer(ptr, i), out, clr, level + 1);
            }
        }
    }

}
