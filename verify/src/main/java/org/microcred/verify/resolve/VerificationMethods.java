package org.microcred.verify.resolve;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.microcred.core.MicrocredException;
import org.microcred.core.internal.Base58;
import org.microcred.core.keys.MicrocredPublicKey;
import org.microcred.core.keys.Multikey;

/**
 * Reads keys out of verification method objects and JWKs: {@code Multikey} and legacy
 * {@code Ed25519VerificationKey2020} ({@code publicKeyMultibase}), {@code JsonWebKey} and
 * {@code JsonWebKey2020} ({@code publicKeyJwk}), legacy {@code Ed25519VerificationKey2018}
 * ({@code publicKeyBase58}); and tells documents apart by shape.
 */
final class VerificationMethods {

    private VerificationMethods() {
    }

    /** @throws ResolutionError READ_KEY naming the method and what is wrong with it */
    static MicrocredPublicKey readKey(JsonNode vm, String id) {
        String type = vm.path("type").isTextual() ? vm.get("type").textValue() : null;
        try {
            if (Multikey.TYPE.equals(type) || "Ed25519VerificationKey2020".equals(type)) {
                return Multikey.fromVerificationMethod(vm);
            }
            if ("Ed25519VerificationKey2018".equals(type)) {
                return legacyBase58(vm, id);
            }
            if ("JsonWebKey2020".equals(type) || "JsonWebKey".equals(type)) {
                JsonNode jwk = vm.get("publicKeyJwk");
                if (jwk == null || !jwk.isObject()) {
                    throw ResolutionError.of(ResolutionStep.READ_KEY, "verification method " + Text.shown(id)
                            + " of type " + type + " has no 'publicKeyJwk' object");
                }
                return readJwk(jwk, "verification method " + Text.shown(id));
            }
        } catch (MicrocredException e) {
            throw ResolutionError.of(ResolutionStep.READ_KEY, "verification method " + Text.shown(id) + ": "
                    + e.getMessage());
        }
        throw ResolutionError.of(ResolutionStep.READ_KEY, "verification method " + Text.shown(id) + " has type "
                + (type == null ? "(none)" : Text.shown(type)) + "; supported: Multikey, JsonWebKey, JsonWebKey2020,"
                + " Ed25519VerificationKey2020, Ed25519VerificationKey2018");
    }

    /** Ed25519VerificationKey2018: {@code publicKeyBase58} is the raw 32-byte key in base58btc, no header. */
    private static MicrocredPublicKey legacyBase58(JsonNode vm, String id) {
        JsonNode base58 = vm.get("publicKeyBase58");
        if (base58 == null || !base58.isTextual()) {
            throw ResolutionError.of(ResolutionStep.READ_KEY, "verification method " + Text.shown(id)
                    + " of type Ed25519VerificationKey2018 has no 'publicKeyBase58' string");
        }
        if (base58.textValue().length() > 64) {
            throw ResolutionError.of(ResolutionStep.READ_KEY, "verification method " + Text.shown(id)
                    + ": 'publicKeyBase58' is " + base58.textValue().length()
                    + " characters; an Ed25519 key has 43-44");
        }
        byte[] raw = Base58.decode(base58.textValue());
        if (raw.length != 32) {
            throw ResolutionError.of(ResolutionStep.READ_KEY, "verification method " + Text.shown(id)
                    + ": 'publicKeyBase58' decodes to " + raw.length + " bytes; an Ed25519 key has 32");
        }
        return MicrocredPublicKey.ed25519(raw);
    }

    static Optional<MicrocredPublicKey> readKeyOrEmpty(JsonNode vm) {
        try {
            return Optional.of(readKey(vm, vm.path("id").asText("")));
        } catch (ResolutionError e) {
            return Optional.empty();
        }
    }

    /** @throws ResolutionError READ_KEY for a non-object, an encryption key or an unusable JWK */
    static MicrocredPublicKey readJwk(JsonNode jwk, String what) {
        if (!jwk.isObject()) {
            throw ResolutionError.of(ResolutionStep.READ_KEY, what + " is not a JSON object");
        }
        if (jwk.path("use").isTextual() && !"sig".equals(jwk.get("use").textValue())) {
            throw ResolutionError.of(ResolutionStep.READ_KEY, what + " is marked \"use\": "
                    + Text.shown(jwk.get("use").textValue()) + ", not a signature key");
        }
        try {
            return MicrocredPublicKey.fromJwk(jwk);
        } catch (MicrocredException e) {
            throw ResolutionError.of(ResolutionStep.READ_KEY, what + " is not a usable public key: " + e.getMessage());
        }
    }

    static Optional<MicrocredPublicKey> multikeyOrEmpty(String text) {
        try {
            return Optional.of(Multikey.decodePublicKey(text));
        } catch (MicrocredException notAMultikey) {
            return Optional.empty();
        }
    }

    /** A key document: a single verification method published at its own URL. */
    static boolean isVerificationMethodObject(JsonNode node) {
        return node.has("type") && (node.has("publicKeyMultibase") || node.has("publicKeyJwk")) && !hasMethods(node);
    }

    /** A DID or controller document: it has verification methods or relationships. */
    static boolean hasMethods(JsonNode node) {
        if (node.has("verificationMethod")) {
            return true;
        }
        for (String rel : DefaultKeyResolver.RELATIONSHIPS) {
            if (node.has(rel)) {
                return true;
            }
        }
        return false;
    }

    /** Resolves a relative {@code #fragment} id against a document id. */
    static String absolute(String id, String base) {
        return id.startsWith("#") ? base + id : id;
    }
}
