package org.microcred.verify.ob2;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.microcred.core.keys.MicrocredPublicKey;

/**
 * The keys an issuer Profile authorises for signed badges
 * (<a href="https://www.imsglobal.org/spec/ob/v2p0/#CryptographicKey">OB 2.0 CryptographicKey</a>):
 * every {@code publicKey} entry of the hosted Profile, whose CryptographicKey document (fetched from
 * its id, or embedded in the Profile with its PEM) names the issuer as {@code owner} — the two-way
 * link the spec asks for.
 */
final class IssuerKeys {

    /** A key the Profile lists: its id, and the object when the Profile embeds one. */
    record Listed(String id, JsonNode embedded) {
    }

    /** Keys that can be used, by id, and why the others cannot. */
    record Loaded(Map<String, MicrocredPublicKey> usable, List<String> refused) {
    }

    private IssuerKeys() {
    }

    /** The Profile's {@code publicKey} entries, by id, in order. */
    static Map<String, Listed> listed(JsonNode issuer) {
        Map<String, Listed> out = new LinkedHashMap<>();
        for (JsonNode k : Nodes.values(Nodes.get(issuer, "publicKey"))) {
            Nodes.idOf(k).ifPresent(id -> out.put(id, new Listed(id, k.isObject() ? k : null)));
        }
        return out;
    }

    static Loaded load(Collection<Listed> keys, String issuerId, Remote remote) {
        Map<String, MicrocredPublicKey> usable = new LinkedHashMap<>();
        List<String> refused = new ArrayList<>();
        for (Listed key : keys) {
            List<String> problem = new ArrayList<>(1);
            load(key, issuerId, remote, problem).ifPresentOrElse(k -> usable.put(key.id(), k), () -> refused.add(problem.get(0)));
        }
        return new Loaded(usable, refused);
    }

    private static Optional<MicrocredPublicKey> load(Listed key, String issuerId, Remote remote, List<String> problem) {
        JsonNode doc;
        boolean embedded = key.embedded() != null && Nodes.text(key.embedded(), "publicKeyPem").isPresent();
        if (embedded) {
            doc = key.embedded();
        } else {
            Remote.Fetched fetched = remote.get(key.id());
            if (!fetched.ok()) {
                problem.add("key " + Nodes.brief(key.id()) + " cannot be fetched: " + fetched.problem());
                return Optional.empty();
            }
            doc = fetched.json().orElseThrow();
            if (!key.id().equals(Nodes.text(doc, "id").orElse(null))) {
                problem.add("the document at " + key.id() + " declares a different key id ("
                        + Nodes.text(doc, "id").map(Nodes::brief).orElse("none") + ")");
                return Optional.empty();
            }
        }
        Optional<String> owner = Nodes.idOf(Nodes.get(doc, "owner"));
        if (owner.isEmpty() && !embedded) {
            problem.add("key " + key.id() + " names no owner; it must name issuer " + issuerId);
            return Optional.empty();
        }
        if (owner.isPresent() && !owner.get().equals(issuerId)) {
            problem.add("key " + key.id() + " is owned by " + Nodes.brief(owner.get()) + ", not by issuer " + issuerId);
            return Optional.empty();
        }
        Optional<String> pem = Nodes.text(doc, "publicKeyPem");
        if (pem.isEmpty()) {
            problem.add("key " + key.id() + " has no publicKeyPem");
            return Optional.empty();
        }
        try {
            return Optional.of(Pem.read(pem.get()));
        } catch (IllegalArgumentException e) {
            problem.add("key " + key.id() + ": " + e.getMessage());
            return Optional.empty();
        }
    }
}
