package org.microcred.core.keys;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * A {@code did:key} DID for an Ed25519 or P-256 key (W3C CCG "The did:key Method" v0.7, Multikey
 * form): {@code did:key:<publicKeyMultibase>}, whose only verification method is
 * {@code did:key:<mb>#<mb>}. Resolution is purely local.
 *
 * <p>Immutable and thread-safe. Instances are equal when their keys are equal.
 */
public final class DidKey {

    /** The DID prefix. */
    public static final String PREFIX = "did:key:";

    private final MicrocredPublicKey publicKey;
    private final String multibase;

    private DidKey(MicrocredPublicKey publicKey, String multibase) {
        this.publicKey = publicKey;
        this.multibase = multibase;
    }

    /**
     * The did:key of a public key.
     *
     * @param key an Ed25519 or P-256 key; never null
     * @return the DID
     * @throws org.microcred.core.MicrocredException KEY_INVALID for RSA keys
     */
    public static DidKey of(MicrocredPublicKey key) {
        return new DidKey(key, Multikey.encodePublicKey(Objects.requireNonNull(key, "key")));
    }

    /**
     * Parses a did:key DID or DID URL ({@code did:key:z…} or {@code did:key:z…#z…}).
     *
     * @param didOrDidUrl the text; never null
     * @return the DID (its {@link #publicKey()} is the key the URL identifies)
     * @throws org.microcred.core.MicrocredException KEY_INVALID if the method is not {@code key},
     *     the text has a path or query, the multibase key is invalid, or a fragment does not equal
     *     the key's multibase value
     */
    public static DidKey parse(String didOrDidUrl) {
        Objects.requireNonNull(didOrDidUrl, "didOrDidUrl");
        if (!didOrDidUrl.startsWith(PREFIX)) {
            throw KeyErrors.invalid("not a did:key DID: " + Multikey.excerpt(didOrDidUrl) + "; expected did:key:z…");
        }
        int hash = didOrDidUrl.indexOf('#');
        String did = hash < 0 ? didOrDidUrl : didOrDidUrl.substring(0, hash);
        String id = did.substring(PREFIX.length());
        if (id.indexOf('/') >= 0 || id.indexOf('?') >= 0 || id.indexOf(':') >= 0) {
            throw KeyErrors.invalid("did:key " + Multikey.excerpt(didOrDidUrl)
                    + " has a path, query or version; expected did:key:<publicKeyMultibase>[#<publicKeyMultibase>]");
        }
        MicrocredPublicKey key = Multikey.decodePublicKey(id);
        if (hash >= 0 && !didOrDidUrl.substring(hash + 1).equals(id)) {
            throw KeyErrors.invalid("did:key fragment " + Multikey.excerpt(didOrDidUrl.substring(hash + 1))
                    + " does not identify a verification method; expected #" + id);
        }
        return new DidKey(key, id);
    }

    /**
     * Whether the text is a did:key DID or DID URL (by prefix only; {@link #parse} validates).
     *
     * @param text the text; may be null
     * @return whether it starts with {@code did:key:}
     */
    public static boolean isDidKey(String text) {
        return text != null && text.startsWith(PREFIX);
    }

    /** @return the DID, {@code did:key:z…}, which is also the controller of the key */
    public String did() {
        return PREFIX + multibase;
    }

    /** @return the verification method id, {@code did:key:z…#z…} */
    public String verificationMethodId() {
        return did() + "#" + multibase;
    }

    /** @return the key's {@code publicKeyMultibase} */
    public String publicKeyMultibase() {
        return multibase;
    }

    /** @return the public key */
    public MicrocredPublicKey publicKey() {
        return publicKey;
    }

    /**
     * The DID document: contexts {@code https://www.w3.org/ns/did/v1} and the Multikey context,
     * one Multikey verification method, referenced from {@code authentication},
     * {@code assertionMethod}, {@code capabilityInvocation} and {@code capabilityDelegation}.
     * (No X25519 {@code keyAgreement} key is derived.)
     *
     * @return a new JSON object
     */
    public ObjectNode document() {
        ObjectNode doc = JsonNodeFactory.instance.objectNode();
        doc.putArray("@context").add(DidJwk.DID_CONTEXT).add(Multikey.CONTEXT);
        doc.put("id", did());
        doc.putArray("verificationMethod").add(Multikey.verificationMethod(verificationMethodId(), did(), publicKey));
        addRelationships(doc, verificationMethodId());
        return doc;
    }

    static void addRelationships(ObjectNode doc, String vmId) {
        for (String relationship : new String[] {"authentication", "assertionMethod", "capabilityInvocation",
                "capabilityDelegation"}) {
            ArrayNode list = doc.putArray(relationship);
            list.add(vmId);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DidKey other && other.publicKey.equals(publicKey);
    }

    @Override
    public int hashCode() {
        return publicKey.hashCode();
    }

    /** @return the DID */
    @Override
    public String toString() {
        return did();
    }
}
