package org.microcred.core.keys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.microcred.core.internal.Base64Url;
import org.microcred.core.json.Json;

/**
 * A {@code did:jwk} DID (https://github.com/quartzjer/did-jwk/blob/main/spec.md):
 * {@code did:jwk:<base64url(UTF-8 JSON of the public JWK)>}, whose only verification method is
 * {@code <did>#0}. Works for every key type, including RSA. The JWK written is the minimal,
 * lexicographically ordered one of {@link MicrocredPublicKey#toJwk()}; parsing accepts any
 * public JWK (extra members such as {@code kid} or {@code alg} are kept in the document).
 *
 * <p>Immutable and thread-safe.
 */
public final class DidJwk {

    /** The DID prefix. */
    public static final String PREFIX = "did:jwk:";
    /** The maximum length of a did:jwk DID URL accepted by {@link #parse(String)}. */
    public static final int MAX_LENGTH = 8192;
    static final String DID_CONTEXT = "https://www.w3.org/ns/did/v1";
    static final String JWS_2020_CONTEXT = "https://w3id.org/security/suites/jws-2020/v1";

    private final MicrocredPublicKey publicKey;
    private final JsonNode jwk;
    private final String encoded;

    private DidJwk(MicrocredPublicKey publicKey, JsonNode jwk, String encoded) {
        this.publicKey = publicKey;
        this.jwk = jwk;
        this.encoded = encoded;
    }

    /**
     * The did:jwk of a public key.
     *
     * @param key any supported key; never null
     * @return the DID
     */
    public static DidJwk of(MicrocredPublicKey key) {
        ObjectNode jwk = Objects.requireNonNull(key, "key").toJwk();
        String json = Json.standard().write(jwk);
        return new DidJwk(key, jwk, Base64Url.encode(json.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Parses a did:jwk DID or DID URL ({@code did:jwk:ey…} or {@code did:jwk:ey…#0}).
     *
     * @param didOrDidUrl the text; never null
     * @return the DID
     * @throws org.microcred.core.MicrocredException KEY_INVALID if the method is not {@code jwk},
     *     the text is longer than {@value #MAX_LENGTH}, the base64url or JSON is malformed, the JWK
     *     is invalid or contains private members, or a fragment other than {@code 0} is given
     */
    public static DidJwk parse(String didOrDidUrl) {
        Objects.requireNonNull(didOrDidUrl, "didOrDidUrl");
        if (!didOrDidUrl.startsWith(PREFIX)) {
            throw KeyErrors.invalid("not a did:jwk DID: " + Multikey.excerpt(didOrDidUrl) + "; expected did:jwk:ey…");
        }
        if (didOrDidUrl.length() > MAX_LENGTH) {
            throw KeyErrors.invalid("did:jwk of " + didOrDidUrl.length() + " characters exceeds the limit of "
                    + MAX_LENGTH);
        }
        int hash = didOrDidUrl.indexOf('#');
        String id = (hash < 0 ? didOrDidUrl : didOrDidUrl.substring(0, hash)).substring(PREFIX.length());
        if (hash >= 0 && !"0".equals(didOrDidUrl.substring(hash + 1))) {
            throw KeyErrors.invalid("did:jwk fragment " + Multikey.excerpt(didOrDidUrl.substring(hash + 1))
                    + " does not identify a verification method; expected #0");
        }
        byte[] json = KeyErrors.decoding("did:jwk method-specific id", () -> Base64Url.decode(id));
        JsonNode jwk = KeyErrors.decoding("did:jwk JWK", () -> Json.standard().parse(json));
        MicrocredPublicKey key = KeyErrors.decoding("did:jwk JWK", () -> MicrocredPublicKey.fromJwk(jwk));
        return new DidJwk(key, jwk, id);
    }

    /**
     * Whether the text is a did:jwk DID or DID URL (by prefix only; {@link #parse} validates).
     *
     * @param text the text; may be null
     * @return whether it starts with {@code did:jwk:}
     */
    public static boolean isDidJwk(String text) {
        return text != null && text.startsWith(PREFIX);
    }

    /** @return the DID, which is also the controller of the key */
    public String did() {
        return PREFIX + encoded;
    }

    /** @return the verification method id, {@code <did>#0} */
    public String verificationMethodId() {
        return did() + "#0";
    }

    /** @return the public key */
    public MicrocredPublicKey publicKey() {
        return publicKey;
    }

    /** @return a copy of the JWK as embedded in the DID */
    public JsonNode jwk() {
        return jwk.deepCopy();
    }

    /**
     * The DID document as the did:jwk spec describes it: contexts DID v1 and JWS 2020, one
     * {@code JsonWebKey2020} verification method with {@code publicKeyJwk}, referenced from
     * {@code authentication}, {@code assertionMethod}, {@code capabilityInvocation} and
     * {@code capabilityDelegation} (signature keys: no {@code keyAgreement}).
     *
     * @return a new JSON object
     */
    public ObjectNode document() {
        ObjectNode doc = JsonNodeFactory.instance.objectNode();
        doc.putArray("@context").add(DID_CONTEXT).add(JWS_2020_CONTEXT);
        doc.put("id", did());
        ObjectNode vm = doc.putArray("verificationMethod").addObject();
        vm.put("id", verificationMethodId());
        vm.put("type", "JsonWebKey2020");
        vm.put("controller", did());
        vm.set("publicKeyJwk", jwk.deepCopy());
        DidKey.addRelationships(doc, verificationMethodId());
        return doc;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DidJwk other && other.encoded.equals(encoded);
    }

    @Override
    public int hashCode() {
        return encoded.hashCode();
    }

    /** @return the DID */
    @Override
    public String toString() {
        return did();
    }
}
