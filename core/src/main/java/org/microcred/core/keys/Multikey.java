package org.microcred.core.keys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.Objects;
import org.microcred.core.internal.Multibase;
import org.microcred.core.internal.Multicodec;

/**
 * The Multikey encodings (W3C Controlled Identifiers 1.0 §2.2.2 "Multikey"; vc-di-eddsa §2.1.1):
 * {@code publicKeyMultibase} and {@code secretKeyMultibase}, always multibase base58btc
 * ({@code z}) over a multicodec header and the raw key.
 *
 * <table>
 *   <caption>Supported forms</caption>
 *   <tr><th>key</th><th>multicodec</th><th>header</th><th>payload</th><th>text starts</th></tr>
 *   <tr><td>Ed25519 public</td><td>ed25519-pub</td><td>0xed01</td><td>32 bytes</td><td>z6Mk</td></tr>
 *   <tr><td>P-256 public</td><td>p256-pub</td><td>0x8024</td><td>33-byte compressed point</td><td>zDn</td></tr>
 *   <tr><td>Ed25519 secret</td><td>ed25519-priv</td><td>0x8026</td><td>32-byte seed</td><td>z3u2</td></tr>
 *   <tr><td>P-256 secret</td><td>p256-priv</td><td>0x8626</td><td>32-byte scalar</td><td>z42t</td></tr>
 * </table>
 * RSA has no Multikey form here. Decoding rejects other prefixes, other headers and wrong
 * lengths with {@link org.microcred.core.ErrorCode#KEY_INVALID} and a message naming what was
 * expected. Stateless and thread-safe.
 */
public final class Multikey {

    /** The verification method {@code type} value. */
    public static final String TYPE = "Multikey";
    /** The JSON-LD context of Multikey documents. */
    public static final String CONTEXT = "https://w3id.org/security/multikey/v1";

    private Multikey() {
    }

    /**
     * Encodes a public key as {@code publicKeyMultibase}.
     *
     * @param key an Ed25519 or P-256 key; never null
     * @return {@code z6Mk…} or {@code zDn…}
     * @throws org.microcred.core.MicrocredException KEY_INVALID for RSA keys
     */
    public static String encodePublicKey(MicrocredPublicKey key) {
        switch (key.keyType()) {
            case ED25519:
                return Multibase.encode(Multibase.Base.BASE58BTC, Multicodec.prefix(Multicodec.ED25519_PUB, key.rawBytes()));
            case P256:
                return Multibase.encode(Multibase.Base.BASE58BTC, Multicodec.prefix(Multicodec.P256_PUB, key.rawBytes()));
            default:
                throw KeyErrors.invalid("RSA keys have no Multikey encoding in Microcred; use a JWK (did:jwk) instead");
        }
    }

    /**
     * Decodes a {@code publicKeyMultibase}.
     *
     * @param publicKeyMultibase the text; never null
     * @return the key
     * @throws org.microcred.core.MicrocredException KEY_INVALID if not {@code z}+base58btc, the
     *     header is not ed25519-pub (0xed01) or p256-pub (0x8024), or the key is malformed
     */
    public static MicrocredPublicKey decodePublicKey(String publicKeyMultibase) {
        Objects.requireNonNull(publicKeyMultibase, "publicKeyMultibase");
        String context = "publicKeyMultibase " + excerpt(publicKeyMultibase);
        byte[] bytes = KeyErrors.decoding(context,
                () -> Multibase.decode(Multibase.Base.BASE58BTC, publicKeyMultibase));
        Multicodec.Decoded decoded = KeyErrors.decoding(context, () -> Multicodec.decode(bytes));
        if (decoded.code() == Multicodec.ED25519_PUB) {
            return KeyErrors.decoding(context, () -> MicrocredPublicKey.ed25519(
                    Multicodec.expect(bytes, Multicodec.ED25519_PUB, "ed25519-pub", 32)));
        }
        if (decoded.code() == Multicodec.P256_PUB) {
            return KeyErrors.decoding(context, () -> MicrocredPublicKey.p256Compressed(
                    Multicodec.expect(bytes, Multicodec.P256_PUB, "p256-pub", 33)));
        }
        throw KeyErrors.invalid(context + ": unsupported multicodec code 0x" + Long.toHexString(decoded.code())
                + "; expected ed25519-pub (header 0xed01, z6Mk…) or p256-pub (header 0x8024, zDn…)");
    }

    /**
     * Encodes a key pair's private key as {@code secretKeyMultibase}.
     *
     * @param pair an Ed25519 or P-256 pair; never null
     * @return {@code z3u2…} or {@code z42t…} (private material)
     * @throws org.microcred.core.MicrocredException KEY_INVALID for RSA pairs
     */
    public static String encodeSecretKey(MicrocredKeyPair pair) {
        switch (pair.keyType()) {
            case ED25519:
                return Multibase.encode(Multibase.Base.BASE58BTC, Multicodec.prefix(Multicodec.ED25519_PRIV, pair.secret()));
            case P256:
                return Multibase.encode(Multibase.Base.BASE58BTC, Multicodec.prefix(Multicodec.P256_PRIV, pair.secret()));
            default:
                throw KeyErrors.invalid("RSA keys have no Multikey encoding in Microcred; use a private JWK instead");
        }
    }

    /**
     * Decodes a {@code secretKeyMultibase} into a key pair (the public key is derived).
     *
     * @param secretKeyMultibase the text; never null
     * @return the pair
     * @throws org.microcred.core.MicrocredException KEY_INVALID if not {@code z}+base58btc, the
     *     header is not ed25519-priv (0x8026) or p256-priv (0x8626), or the length is not 32 bytes;
     *     the message never contains the secret
     */
    public static MicrocredKeyPair decodeSecretKey(String secretKeyMultibase) {
        Objects.requireNonNull(secretKeyMultibase, "secretKeyMultibase");
        String context = "secretKeyMultibase";
        byte[] bytes = KeyErrors.decoding(context,
                () -> Multibase.decode(Multibase.Base.BASE58BTC, secretKeyMultibase));
        Multicodec.Decoded decoded = KeyErrors.decoding(context, () -> Multicodec.decode(bytes));
        if (decoded.code() == Multicodec.ED25519_PRIV) {
            return MicrocredKeyPair.ed25519FromSeed(KeyErrors.decoding(context,
                    () -> Multicodec.expect(bytes, Multicodec.ED25519_PRIV, "ed25519-priv", 32)));
        }
        if (decoded.code() == Multicodec.P256_PRIV) {
            byte[] d = KeyErrors.decoding(context,
                    () -> Multicodec.expect(bytes, Multicodec.P256_PRIV, "p256-priv", 32));
            return MicrocredKeyPair.p256FromPrivate(new BigInteger(1, d));
        }
        throw KeyErrors.invalid(context + ": unsupported multicodec code 0x" + Long.toHexString(decoded.code())
                + "; expected ed25519-priv (header 0x8026, z3u2…) or p256-priv (header 0x8626)");
    }

    /**
     * A Multikey verification method object:
     * {@code {"id":…,"type":"Multikey","controller":…,"publicKeyMultibase":…}}.
     *
     * @param id the verification method id; never null
     * @param controller the controller id; never null
     * @param key an Ed25519 or P-256 key; never null
     * @return a new JSON object
     */
    public static ObjectNode verificationMethod(String id, String controller, MicrocredPublicKey key) {
        ObjectNode vm = JsonNodeFactory.instance.objectNode();
        vm.put("id", Objects.requireNonNull(id, "id"));
        vm.put("type", TYPE);
        vm.put("controller", Objects.requireNonNull(controller, "controller"));
        vm.put("publicKeyMultibase", encodePublicKey(key));
        return vm;
    }

    /**
     * Reads the public key of a Multikey verification method object. {@code type} must be
     * {@code Multikey} (or the legacy {@code Ed25519VerificationKey2020}, same encoding).
     *
     * @param verificationMethod the object; never null
     * @return the key
     * @throws org.microcred.core.MicrocredException KEY_INVALID if the type is wrong or
     *     {@code publicKeyMultibase} is missing or invalid
     */
    public static MicrocredPublicKey fromVerificationMethod(JsonNode verificationMethod) {
        if (verificationMethod == null || !verificationMethod.isObject()) {
            throw KeyErrors.invalid("a verification method must be a JSON object");
        }
        JsonNode type = verificationMethod.get("type");
        String typeText = type != null && type.isTextual() ? type.textValue() : String.valueOf(type);
        if (!TYPE.equals(typeText) && !"Ed25519VerificationKey2020".equals(typeText)) {
            throw KeyErrors.invalid("verification method 'type' is " + typeText
                    + "; expected \"Multikey\" (or legacy \"Ed25519VerificationKey2020\")");
        }
        JsonNode multibase = verificationMethod.get("publicKeyMultibase");
        if (multibase == null || !multibase.isTextual()) {
            throw KeyErrors.invalid("verification method 'publicKeyMultibase' is missing or not a string");
        }
        MicrocredPublicKey key = decodePublicKey(multibase.textValue());
        if ("Ed25519VerificationKey2020".equals(typeText) && key.keyType() != KeyType.ED25519) {
            throw KeyErrors.invalid("an Ed25519VerificationKey2020 must hold an Ed25519 key; got " + key.keyType());
        }
        return key;
    }

    static String excerpt(String text) {
        String shown = text.length() > 60 ? text.substring(0, 60) + "…" : text;
        StringBuilder sb = new StringBuilder("\"");
        for (char c : shown.toCharArray()) {
            sb.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return sb.append('"').toString();
    }
}
