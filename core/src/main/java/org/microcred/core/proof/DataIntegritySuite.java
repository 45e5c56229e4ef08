package org.microcred.core.proof;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;
import org.microcred.core.internal.Base58;
import org.microcred.core.keys.ResolvedKey;
import org.microcred.core.keys.SignatureAlgorithm;
import org.microcred.core.keys.SigningKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Embedded proofs of the W3C Data Integrity family that hash RDFC-1.0 canonical N-Quads with
 * SHA-256: {@code eddsa-rdfc-2022} (<a href="https://www.w3.org/TR/vc-di-eddsa/#eddsa-rdfc-2022">vc-di-eddsa
 * §3.3</a>), {@code ecdsa-rdfc-2019} with P-256 (<a href="https://www.w3.org/TR/vc-di-ecdsa/#ecdsa-rdfc-2019">vc-di-ecdsa
 * §3.2</a>), and the verify-only legacy forms {@code eddsa-2022} and {@code Ed25519Signature2020}.
 *
 * <p>Create: {@code proofConfig} = the proof options without {@code proofValue} plus the
 * document's {@code @context}; {@code hashData = SHA-256(canon(proofConfig)) ‖
 * SHA-256(canon(document without proof))}; the 64 raw bytes are signed and {@code proofValue} =
 * {@code "z"} + base58btc(signature). Verify redoes the same on the received JSON.
 * Package-private: obtained through {@link ProofSuites}.
 */
final class DataIntegritySuite implements ProofSuite {

    private static final Logger LOG = LoggerFactory.getLogger(DataIntegritySuite.class);

    static final String DATA_INTEGRITY_PROOF = "DataIntegrityProof";
    static final String ED25519_SIGNATURE_2020 = "Ed25519Signature2020";
    static final String ED25519_2020_CONTEXT = "https://w3id.org/security/suites/ed25519-2020/v1";
    private static final int MAX_PROOF_VALUE_LENGTH = 256;
    private static final int SIGNATURE_LENGTH = 64;

    private final String name;
    private final String proofType;
    private final String cryptosuite;
    private final SignatureAlgorithm algorithm;
    private final boolean signs;
    private final String requiredContext;
    private final Canonicalization canonicalization;
    private final ProofConfigCanonicalizer proofConfigs;

    private DataIntegritySuite(String name, String proofType, String cryptosuite, SignatureAlgorithm algorithm,
            boolean signs, String requiredContext, Canonicalization canonicalization,
            ProofConfigCanonicalizer proofConfigs) {
        this.name = name;
        this.proofType = proofType;
        this.cryptosuite = cryptosuite;
        this.algorithm = algorithm;
        this.signs = signs;
        this.requiredContext = requiredContext;
        this.canonicalization = Objects.requireNonNull(canonicalization, "canonicalization");
        this.proofConfigs = proofConfigs;
    }

    static DataIntegritySuite eddsaRdfc2022(Canonicalization c, ProofConfigCanonicalizer p) {
        return new DataIntegritySuite("eddsa-rdfc-2022", DATA_INTEGRITY_PROOF, "eddsa-rdfc-2022",
                SignatureAlgorithm.EdDSA, true, null, c, p);
    }

    static DataIntegritySuite ecdsaRdfc2019(Canonicalization c, ProofConfigCanonicalizer p) {
        return new DataIntegritySuite("ecdsa-rdfc-2019", DATA_INTEGRITY_PROOF, "ecdsa-rdfc-2019",
                SignatureAlgorithm.ES256, true, null, c, p);
    }

    static DataIntegritySuite eddsa2022(Canonicalization c, ProofConfigCanonicalizer p) {
        return new DataIntegritySuite("eddsa-2022", DATA_INTEGRITY_PROOF, "eddsa-2022",
                SignatureAlgorithm.EdDSA, false, null, c, p);
    }

    static DataIntegritySuite ed25519Signature2020(Canonicalization c, ProofConfigCanonicalizer p) {
        return new DataIntegritySuite(ED25519_SIGNATURE_2020, ED25519_SIGNATURE_2020, null,
                SignatureAlgorithm.EdDSA, false, ED25519_2020_CONTEXT, c, p);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ProofFormat format() {
        return ProofFormat.EMBEDDED;
    }

    @Override
    public Set<SignatureAlgorithm> algorithms() {
        return Set.of(algorithm);
    }

    @Override
    public boolean canSign() {
        return signs;
    }

    @Override
    public SecuredDocument secure(ObjectNode credential, SigningKey key, ProofOptions options) {
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(options, "options");
        if (!signs) {
            throw new MicrocredException(ErrorCode.UNSUPPORTED_PROOF, "The " + name + " suite only verifies proofs",
                    "sign with eddsa-rdfc-2022 (ProofSuites.eddsaRdfc2022())", null);
        }
        if (key.algorithm() != algorithm) {
            throw new MicrocredException(ErrorCode.UNSUPPORTED_PROOF, "The " + name + " suite signs with "
                    + algorithm + ", but the signing key for " + key.verificationMethod() + " uses "
                    + key.algorithm(), "use a " + algorithm.keyType() + " key or a suite for " + key.algorithm(), null);
        }
        JsonNode context = credential.get("@context");
        if (context == null || !(context.isArray() || context.isTextual() || context.isObject())) {
            throw new MicrocredException(ErrorCode.INVALID_VALUE,
                    "The credential has no usable @context; " + name + " needs a JSON-LD document");
        }
        String vm = key.verificationMethod();
        if (vm == null || vm.isBlank()) {
            throw new MicrocredException(ErrorCode.INVALID_VALUE, "The signing key has no verificationMethod");
        }
        ObjectNode proof = JsonNodeFactory.instance.objectNode();
        proof.put("type", proofType);
        options.proofId().ifPresent(id -> proof.put("id", id));
        if (cryptosuite != null) {
            proof.put("cryptosuite", cryptosuite);
        }
        String created = options.created().toString();
        if (!XsdDateTime.isValid(created)) {
            throw new MicrocredException(ErrorCode.INVALID_VALUE, "The proof's created time " + created
                    + " is not an XSD dateTime (years 0001–9999)");
        }
        proof.put("created", created);
        options.expires().ifPresent(e -> proof.put("expires", e.toString()));
        proof.put("verificationMethod", vm);
        proof.put("proofPurpose", options.proofPurpose());
        options.domain().ifPresent(d -> proof.put("domain", d));
        options.challenge().ifPresent(c -> proof.put("challenge", c));
        options.nonce().ifPresent(n -> proof.put("nonce", n));

        byte[] hashData = hashData(proof, context, credential);
        byte[] signature = key.sign(hashData);
        if (signature == null || signature.length != SIGNATURE_LENGTH) {
            throw new MicrocredException(ErrorCode.SIGNING_FAILED, "The signer for " + vm + " returned "
                    + (signature == null ? "no signature" : signature.length + " bytes") + "; " + algorithm
                    + " signatures are " + SIGNATURE_LENGTH + " bytes"
                    + (algorithm == SignatureAlgorithm.ES256 ? " (raw R || S, not DER)" : ""));
        }
        proof.put("proofValue", "z" + Base58.encode(signature));

        ObjectNode secured = credential.deepCopy();
        JsonNode existing = secured.get("proof");
        if (existing == null || existing.isNull()) {
            secured.set("proof", proof);
        } else {
            ArrayNode set = JsonNodeFactory.instance.arrayNode();
            if (existing.isArray()) {
                set.addAll((ArrayNode) existing);
            } else {
                set.add(existing);
            }
            set.add(proof);
            secured.set("proof", set);
        }
        LOG.debug("Secured a credential with {} for {}", name, vm);
        return SecuredDocument.embedded(name, secured);
    }

    @Override
    public boolean recognizes(ReceivedProof proof) {
        if (!(proof instanceof ReceivedProof.Embedded)) {
            return false;
        }
        ReceivedProof.Embedded embedded = (ReceivedProof.Embedded) proof;
        return proofType.equals(embedded.type())
                && (cryptosuite == null || cryptosuite.equals(embedded.cryptosuite()));
    }

    @Override
    public ProofResult verify(ReceivedProof received, KeyResolver resolver, VerificationOptions options) {
        Objects.requireNonNull(received, "proof");
        Objects.requireNonNull(resolver, "resolver");
        Objects.requireNonNull(options, "options");
        if (!(received instanceof ReceivedProof.Embedded)) {
            return ProofResult.builder(0, "?").suite(name)
                    .failed(ProofProblem.UNSUPPORTED, name + " checks embedded proofs only");
        }
        ReceivedProof.Embedded embedded = (ReceivedProof.Embedded) received;
        ObjectNode document = embedded.document();
        ObjectNode proof = embedded.proof();
        String path = document.path("proof").isArray() ? "proof[" + embedded.index() + "]" : "proof";
        ProofResult.Builder result = ProofResult.builder(embedded.index(), embedded.type()).suite(name)
                .cryptosuite(embedded.cryptosuite()).algorithm(algorithm);

        if (!proofType.equals(embedded.type())) {
            return result.failed(ProofProblem.OPTIONS_INVALID, path + ".type is " + describe(proof.get("type"))
                    + "; " + name + " proofs have type " + proofType);
        }
        if (cryptosuite != null && !cryptosuite.equals(embedded.cryptosuite())) {
            return result.failed(ProofProblem.OPTIONS_INVALID, path + ".cryptosuite is "
                    + describe(proof.get("cryptosuite")) + "; this suite is " + cryptosuite);
        }
        if (cryptosuite == null && proof.has("cryptosuite")) {
            return result.failed(ProofProblem.OPTIONS_INVALID, path + ".cryptosuite must be absent for "
                    + proofType + " proofs, but it is " + describe(proof.get("cryptosuite")));
        }
        String vm = text(proof, "verificationMethod");
        if (vm == null) {
            return result.failed(ProofProblem.MALFORMED, path + ".verificationMethod is "
                    + (proof.has("verificationMethod") ? "not a string" : "missing"));
        }
        result.verificationMethod(vm);
        String purpose = text(proof, "proofPurpose");
        if (purpose == null) {
            return result.failed(ProofProblem.MALFORMED, path + ".proofPurpose is "
                    + (proof.has("proofPurpose") ? "not a string" : "missing"));
        }
        if (!purpose.equals(options.proofPurpose())) {
            return result.failed(ProofProblem.OPTIONS_INVALID, path + ".proofPurpose is '" + purpose
                    + "'; expected '" + options.proofPurpose() + "'");
        }
        if (proof.has("created")) {
            String created = text(proof, "created");
            if (created == null || !XsdDateTime.isValid(created)) {
                return result.failed(ProofProblem.OPTIONS_INVALID, path + ".created is not an XSD dateTime: "
                        + describe(proof.get("created")));
            }
        }
        if (proof.has("expires")) {
            String expires = text(proof, "expires");
            Instant at = XsdDateTime.toInstant(expires);
            if (at == null) {
                return result.failed(ProofProblem.OPTIONS_INVALID,
                        path + ".expires is not an XSD dateTime with time zone: " + describe(proof.get("expires")));
            }
            if (!at.isAfter(options.clock().instant())) {
                return result.failed(ProofProblem.OPTIONS_INVALID, path + ".expires " + expires + " has passed");
            }
        }
        Optional<String> mismatch = expect(proof, "domain", options.domain(), path)
                .or(() -> expect(proof, "challenge", options.challenge(), path));
        if (mismatch.isPresent()) {
            return result.failed(ProofProblem.OPTIONS_INVALID, mismatch.get());
        }
        String proofValue = text(proof, "proofValue");
        if (proofValue == null) {
            return result.failed(ProofProblem.MALFORMED, path + ".proofValue is "
                    + (proof.has("proofValue") ? "not a string" : "missing"));
        }
        if (proofValue.isEmpty() || proofValue.charAt(0) != 'z' || proofValue.length() > MAX_PROOF_VALUE_LENGTH) {
            return result.failed(ProofProblem.MALFORMED, path + ".proofValue is not a base58btc multibase value "
                    + "(it must start with 'z' and hold a " + SIGNATURE_LENGTH + "-byte signature): " + abbreviate(proofValue));
        }
        byte[] signature;
        try {
            signature = Base58.decode(proofValue.substring(1));
        } catch (MicrocredException e) {
            return result.failed(ProofProblem.MALFORMED, path + ".proofValue is not base58btc (" + e.getMessage()
                    + "): " + abbreviate(proofValue));
        }
        if (signature.length != SIGNATURE_LENGTH) {
            return result.failed(ProofProblem.MALFORMED, path + ".proofValue decodes to " + signature.length
                    + " bytes; a " + algorithm + " signature has " + SIGNATURE_LENGTH);
        }
        JsonNode context = document.get("@context");
        if (context == null) {
            return result.failed(ProofProblem.OPTIONS_INVALID, "The document has no @context, so its " + name
                    + " proof cannot be checked");
        }
        if (requiredContext != null && !contextIncludes(context, requiredContext)) {
            return result.failed(ProofProblem.OPTIONS_INVALID, "The document's @context does not include "
                    + requiredContext + ", which " + proofType + " proofs require");
        }

        ObjectNode unsecured = document;
        boolean chained = proof.has("previousProof");
        if (chained) {
            unsecured = withoutProof(document);
            Optional<String> problem = addPreviousProofs(unsecured, document.get("proof"), proof.get("previousProof"), path);
            if (problem.isPresent()) {
                return result.failed(ProofProblem.MALFORMED, problem.get());
            }
        }

        ResolvedKey key;
        try {
            KeyReference reference = KeyReference.verificationMethod(vm).withProofPurpose(purpose);
            String issuer = issuerId(document);
            Optional<ResolvedKey> found = resolver.resolve(issuer == null ? reference : reference.withIssuer(issuer));
            if (found.isEmpty()) {
                return result.failed(ProofProblem.KEY_UNRESOLVED, "The verification method " + vm
                        + " could not be resolved to a public key");
            }
            key = found.get();
        } catch (RuntimeException e) {
            return result.failed(ProofProblem.KEY_UNRESOLVED, "Resolving the verification method " + vm
                    + " failed: " + e.getMessage());
        }
        result.key(key);
        if (key.publicKey().keyType() != algorithm.keyType()) {
            return result.failed(ProofProblem.KEY_MISMATCH, "The verification method " + vm + " is a "
                    + key.publicKey().keyType() + " key; " + name + " needs a " + algorithm.keyType() + " key");
        }

        ObjectNode proofOptions = proof.deepCopy();
        proofOptions.remove("proofValue");
        byte[] hashData;
        try {
            hashData = hashData(proofOptions, context, unsecured, !chained);
        } catch (MicrocredException e) {
            return result.failed(ProofProblem.CANONICALIZATION_FAILED, "The document could not be canonicalized: "
                    + e.getMessage());
        } catch (RuntimeException e) {
            return result.failed(ProofProblem.CANONICALIZATION_FAILED, "The document could not be canonicalized: "
                    + e);
        }
        boolean valid;
        try {
            valid = key.publicKey().verify(algorithm, hashData, signature);
        } catch (RuntimeException e) {
            valid = false;
        }
        if (!valid) {
            return result.failed(ProofProblem.SIGNATURE_INVALID, "The " + name + " signature in " + path
                    + " does not verify with the key of " + vm + " (the document or proof options were changed, "
                    + "or another key signed it)");
        }
        return result.passed("The " + name + " proof by " + vm + " verified");
    }

    /**
     * {@code SHA-256(canon(proofConfig)) ‖ SHA-256(canon(document without proof))}, proof
     * configuration first.
     *
     * @param proofOptions the proof options without {@code proofValue}
     * @param context the document's {@code @context}
     * @param document the document; its top-level {@code proof}, if any, is left out
     */
    byte[] hashData(ObjectNode proofOptions, JsonNode context, ObjectNode document) {
        return hashData(proofOptions, context, document, true);
    }

    private byte[] hashData(ObjectNode proofOptions, JsonNode context, ObjectNode document, boolean withoutProof) {
        byte[] out = new byte[64];
        Sha256.hashUtf8(proofConfigs.canonicalize(proofOptions, context), out, 0);
        Sha256.hashUtf8(withoutProof ? VerificationSession.withoutProof(canonicalization, document)
                : canonicalization.canonicalize(document), out, 32);
        return out;
    }

    /** A shallow copy of the document without {@code proof}; the values are shared, not copied. */
    static ObjectNode withoutProof(ObjectNode document) {
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = document.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getKey().equals("proof")) {
                copy.set(field.getKey(), field.getValue());
            }
        }
        return copy;
    }

    /** Proof chains (VC Data Integrity §4.3 step 4): the referenced proofs are part of what was signed. */
    private static Optional<String> addPreviousProofs(ObjectNode unsecured, JsonNode allProofs, JsonNode previous,
            String path) {
        List<String> ids = new ArrayList<>();
        if (previous.isTextual()) {
            ids.add(previous.asText());
        } else if (previous.isArray()) {
            for (JsonNode id : previous) {
                if (!id.isTextual()) {
                    return Optional.of(path + ".previousProof must hold proof ids (strings)");
                }
                ids.add(id.asText());
            }
        } else {
            return Optional.of(path + ".previousProof must be a string or an array of strings");
        }
        ArrayNode referenced = JsonNodeFactory.instance.arrayNode();
        for (String id : ids) {
            JsonNode match = null;
            if (allProofs != null) {
                for (JsonNode candidate : allProofs.isArray() ? allProofs : List.of(allProofs)) {
                    if (candidate.isObject() && id.equals(candidate.path("id").asText(null))) {
                        match = candidate;
                        break;
                    }
                }
            }
            if (match == null) {
                return Optional.of(path + ".previousProof names '" + id + "', which is not in the proof set");
            }
            referenced.add(match);
        }
        unsecured.set("proof", referenced);
        return Optional.empty();
    }

    private static Optional<String> expect(ObjectNode proof, String member, Optional<String> expected, String path) {
        if (expected.isEmpty()) {
            return Optional.empty();
        }
        JsonNode value = proof.get(member);
        boolean matches = value != null && (value.isTextual() ? value.asText().equals(expected.get())
                : value.isArray() && contains(value, expected.get()));
        return matches ? Optional.empty()
                : Optional.of(path + "." + member + " is " + describe(value) + "; expected '" + expected.get() + "'");
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode item : array) {
            if (item.isTextual() && item.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contextIncludes(JsonNode context, String url) {
        if (context.isTextual()) {
            return context.asText().equals(url);
        }
        return context.isArray() && contains(context, url);
    }

    static String issuerId(ObjectNode document) {
        JsonNode issuer = document.get("issuer");
        if (issuer == null) {
            return null;
        }
        if (issuer.isTextual()) {
            return issuer.asText();
        }
        JsonNode id = issuer.get("id");
        return id != null && id.isTextual() ? id.asText() : null;
    }

    private static String text(ObjectNode node, String member) {
        JsonNode value = node.get(member);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    static String describe(JsonNode value) {
        if (value == null) {
            return "missing";
        }
        return value.isTextual() ? "'" + abbreviate(value.asText()) + "'" : abbreviate(value.toString());
    }

    static String abbreviate(String text) {
        return text.length() <= 100 ? text : text.substring(0, 100) + "…";
    }

    @Override
    public String toString() {
        return "ProofSuite[" + name + (signs ? "" : ", verify only") + "]";
    }
}
