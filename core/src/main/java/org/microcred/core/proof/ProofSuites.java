package org.microcred.core.proof;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.microcred.core.MicrocredException;
import org.microcred.core.json.Json;
import org.microcred.core.jsonld.Canonicalizer;
import org.microcred.core.keys.SignatureAlgorithm;

/**
 * The built-in proof suites, and a registry of accepted suites that checks every proof of a
 * received document.
 *
 * <p>Suites (static factories; each call returns a ready, thread-safe suite):
 * <ul>
 *   <li>{@link #eddsaRdfc2022()} — Data Integrity {@code eddsa-rdfc-2022} (Ed25519), sign and verify;</li>
 *   <li>{@link #ecdsaRdfc2019()} — Data Integrity {@code ecdsa-rdfc-2019} with P-256, sign and verify;</li>
 *   <li>{@link #vcJwt(SignatureAlgorithm, SignatureAlgorithm...)} / {@link #vcJwt()} — VC-JWT as OB 3.0
 *       defines it, RS256, ES256, PS256, EdDSA;</li>
 *   <li>{@link #ed25519Signature2020()} and {@link #eddsa2022()} — legacy, verify only.</li>
 * </ul>
 *
 * <p>A registry ({@link #of}, {@link #defaults()}, {@link #discovered()}) is immutable and
 * thread-safe. Its {@code verify} methods check the document exactly as received — never a
 * re-serialised model — and never throw on bad input.
 */
public final class ProofSuites {

    private final List<ProofSuite> suites;

    private ProofSuites(List<ProofSuite> suites) {
        Map<String, ProofSuite> byName = new LinkedHashMap<>();
        for (ProofSuite suite : suites) {
            Objects.requireNonNull(suite, "suite");
            ProofSuite previous = byName.put(suite.name(), suite);
            if (previous != null && previous != suite) {
                throw new IllegalArgumentException("Two proof suites are named '" + suite.name() + "'");
            }
        }
        this.suites = List.copyOf(byName.values());
    }

    // ------------------------------------------------------------------------------- factories

    /**
     * @return the {@code eddsa-rdfc-2022} suite (W3C vc-di-eddsa §3.3) over the standard offline
     *     JSON-LD canonicalizer ({@link Canonicalizer#standard()})
     */
    public static ProofSuite eddsaRdfc2022() {
        return eddsaRdfc2022(Canonicalizer.standard());
    }

    /**
     * @param canonicalizer the JSON-LD canonicalizer, for example one whose registry holds extra
     *     contexts
     * @return the {@code eddsa-rdfc-2022} suite over that canonicalizer
     */
    public static ProofSuite eddsaRdfc2022(Canonicalizer canonicalizer) {
        Canonicalizations.Pair c = Canonicalizations.of(canonicalizer);
        return DataIntegritySuite.eddsaRdfc2022(c.canonicalization(), c.proofConfigs());
    }

    /**
     * @return the {@code ecdsa-rdfc-2019} suite with P-256 and SHA-256 (W3C vc-di-ecdsa §3.2):
     *     raw {@code R || S} signatures, verification methods with {@code publicKeyMultibase zDn…};
     *     over the standard canonicalizer
     */
    public static ProofSuite ecdsaRdfc2019() {
        return ecdsaRdfc2019(Canonicalizer.standard());
    }

    /**
     * @param canonicalizer the JSON-LD canonicalizer
     * @return the {@code ecdsa-rdfc-2019} P-256 suite over that canonicalizer
     */
    public static ProofSuite ecdsaRdfc2019(Canonicalizer canonicalizer) {
        Canonicalizations.Pair c = Canonicalizations.of(canonicalizer);
        return DataIntegritySuite.ecdsaRdfc2019(c.canonicalization(), c.proofConfigs());
    }

    /**
     * @return the legacy {@code eddsa-2022} suite (the cryptosuite's name before it became
     *     {@code eddsa-rdfc-2022}; VC 1.1 era, data-integrity/v1 context), verify only; over the
     *     standard canonicalizer
     */
    public static ProofSuite eddsa2022() {
        return eddsa2022(Canonicalizer.standard());
    }

    /**
     * @param canonicalizer the JSON-LD canonicalizer
     * @return the legacy {@code eddsa-2022} suite over that canonicalizer, verify only
     */
    public static ProofSuite eddsa2022(Canonicalizer canonicalizer) {
        Canonicalizations.Pair c = Canonicalizations.of(canonicalizer);
        return DataIntegritySuite.eddsa2022(c.canonicalization(), c.proofConfigs());
    }

    /**
     * @return the legacy {@code Ed25519Signature2020} suite (the document must include
     *     {@code https://w3id.org/security/suites/ed25519-2020/v1}), verify only; over the
     *     standard canonicalizer
     */
    public static ProofSuite ed25519Signature2020() {
        return ed25519Signature2020(Canonicalizer.standard());
    }

    /**
     * @param canonicalizer the JSON-LD canonicalizer
     * @return the legacy {@code Ed25519Signature2020} suite over that canonicalizer, verify only
     */
    public static ProofSuite ed25519Signature2020(Canonicalizer canonicalizer) {
        Canonicalizations.Pair c = Canonicalizations.of(canonicalizer);
        return DataIntegritySuite.ed25519Signature2020(c.canonicalization(), c.proofConfigs());
    }

    /**
     * VC-JWT restricted to the given algorithms, both to sign (the key's algorithm must be one of
     * them) and to accept. OB 3.0 requires RS256 support; its conformance validator accepts only
     * RS256 and ES256.
     *
     * @param algorithm an algorithm
     * @param more further algorithms
     * @return the VC-JWT suite for those algorithms
     */
    public static ProofSuite vcJwt(SignatureAlgorithm algorithm, SignatureAlgorithm... more) {
        EnumSet<SignatureAlgorithm> set = EnumSet.of(Objects.requireNonNull(algorithm, "algorithm"), more);
        return new VcJwtSuite(set);
    }

    /** @return VC-JWT signing with the key's algorithm and accepting RS256, ES256, PS256 and EdDSA */
    public static ProofSuite vcJwt() {
        return new VcJwtSuite(EnumSet.allOf(SignatureAlgorithm.class));
    }

    // -------------------------------------------------------------------------------- registry

    /**
     * @param suites the accepted suites, in the order they are asked
     * @return a registry of exactly those suites
     * @throws IllegalArgumentException if two suites share a name
     */
    public static ProofSuites of(ProofSuite... suites) {
        return new ProofSuites(List.of(suites));
    }

    /**
     * @param suites the accepted suites, in the order they are asked
     * @return a registry of exactly those suites
     * @throws IllegalArgumentException if two suites share a name
     */
    public static ProofSuites of(List<ProofSuite> suites) {
        return new ProofSuites(List.copyOf(suites));
    }

    /**
     * @return every built-in suite: eddsa-rdfc-2022, ecdsa-rdfc-2019, vc-jwt (all algorithms),
     *     Ed25519Signature2020 and eddsa-2022 (verify only)
     */
    public static ProofSuites defaults() {
        return defaults(Canonicalizer.standard());
    }

    /**
     * @param canonicalizer the JSON-LD canonicalizer for the Data Integrity suites
     * @return every built-in suite, as {@link #defaults()}, over that canonicalizer
     */
    public static ProofSuites defaults(Canonicalizer canonicalizer) {
        return of(eddsaRdfc2022(canonicalizer), ecdsaRdfc2019(canonicalizer), vcJwt(),
                ed25519Signature2020(canonicalizer), eddsa2022(canonicalizer));
    }

    /**
     * The built-in suites plus every {@link ProofSuite} registered with {@link ServiceLoader}
     * (a {@code provides org.microcred.core.proof.ProofSuite with …} module declaration, or a
     * {@code META-INF/services} file). A discovered suite replaces a built-in of the same name.
     *
     * @return the registry
     */
    public static ProofSuites discovered() {
        return defaults().withAll(load(ProofSuites.class.getClassLoader()));
    }

    /**
     * @param loader the class loader to search
     * @return the {@link ServiceLoader} suites visible to that loader
     */
    public static List<ProofSuite> load(ClassLoader loader) {
        Module module = ProofSuites.class.getModule();
        if (module.isNamed() && !module.canUse(ProofSuite.class)) {
            module.addUses(ProofSuite.class);
        }
        List<ProofSuite> found = new ArrayList<>();
        ServiceLoader.load(ProofSuite.class, loader).forEach(found::add);
        return found;
    }

    /**
     * @param suite a suite to accept as well; it replaces a suite of the same name
     * @return a new registry
     */
    public ProofSuites with(ProofSuite suite) {
        return withAll(List.of(suite));
    }

    private ProofSuites withAll(List<ProofSuite> added) {
        Map<String, ProofSuite> byName = new LinkedHashMap<>();
        suites.forEach(s -> byName.put(s.name(), s));
        added.forEach(s -> byName.put(s.name(), s));
        return new ProofSuites(new ArrayList<>(byName.values()));
    }

    /**
     * @param name a suite name
     * @return a new registry without that suite
     */
    public ProofSuites without(String name) {
        return new ProofSuites(suites.stream().filter(s -> !s.name().equals(name)).collect(Collectors.toList()));
    }

    /** @return the accepted suites, in the order they are asked */
    public List<ProofSuite> suites() {
        return suites;
    }

    /**
     * @param name a suite name such as {@code eddsa-rdfc-2022}
     * @return the suite of that name
     */
    public Optional<ProofSuite> find(String name) {
        return suites.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /**
     * Checks a received document given as text: JSON (a credential with embedded proofs) or a
     * compact JWS (VC-JWT).
     *
     * @param received the document text
     * @param resolver finds public keys
     * @return one result per proof; never throws on bad input
     */
    public ProofVerification verify(String received, KeyResolver resolver) {
        return verify(received, resolver, VerificationOptions.defaults());
    }

    /**
     * As {@link #verify(String, KeyResolver)}, with options.
     *
     * @param received the document text
     * @param resolver finds public keys
     * @param options verification options
     * @return one result per proof; never throws on bad input
     */
    public ProofVerification verify(String received, KeyResolver resolver, VerificationOptions options) {
        Objects.requireNonNull(received, "received");
        String text = received.strip();
        if (text.startsWith("{")) {
            JsonNode json;
            try {
                json = Json.standard().parse(text);
            } catch (MicrocredException e) {
                return ProofVerification.unreadable(ProofFormat.EMBEDDED, e.getMessage());
            }
            Objects.requireNonNull(resolver, "resolver");
            Objects.requireNonNull(options, "options");
            ObjectNode document = (ObjectNode) json;
            return ProofVerification.ofOwned(ProofFormat.EMBEDDED, document,
                    VerificationSession.run(() -> verifyEmbedded(document, resolver, options)));
        }
        if (text.startsWith("\"") && text.endsWith("\"") && text.length() > 2) {
            text = text.substring(1, text.length() - 1);
        }
        return verifyEnveloped(text, resolver, options);
    }

    /**
     * Checks every proof embedded in a JSON document.
     *
     * @param document the document as received (not modified)
     * @param resolver finds public keys
     * @return one result per proof; never throws on bad input
     */
    public ProofVerification verify(ObjectNode document, KeyResolver resolver) {
        return verify(document, resolver, VerificationOptions.defaults());
    }

    /**
     * As {@link #verify(ObjectNode, KeyResolver)}, with options.
     *
     * @param document the document as received (not modified)
     * @param resolver finds public keys
     * @param options verification options
     * @return one result per proof; never throws on bad input
     */
    public ProofVerification verify(ObjectNode document, KeyResolver resolver, VerificationOptions options) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(resolver, "resolver");
        Objects.requireNonNull(options, "options");
        return ProofVerification.of(ProofFormat.EMBEDDED, document,
                VerificationSession.run(() -> verifyEmbedded(document, resolver, options)));
    }

    /**
     * Checks an envelope (a compact JWS), then every proof embedded in the credential it carries.
     *
     * @param compact the envelope text
     * @param resolver finds public keys
     * @param options verification options
     * @return one result for the envelope, then one per embedded proof; never throws on bad input
     */
    public ProofVerification verifyEnveloped(String compact, KeyResolver resolver, VerificationOptions options) {
        Objects.requireNonNull(compact, "compact");
        Objects.requireNonNull(resolver, "resolver");
        Objects.requireNonNull(options, "options");
        ReceivedProof.Enveloped envelope = new ReceivedProof.Enveloped(compact.strip());
        Optional<ProofSuite> suite = suites.stream()
                .filter(s -> s.format() == ProofFormat.ENVELOPED && s.recognizes(envelope)).findFirst();
        if (suite.isEmpty()) {
            return ProofVerification.of(ProofFormat.ENVELOPED, null, List.of(ProofResult.builder(0, "JWT")
                    .failed(ProofProblem.UNSUPPORTED, "No accepted suite checks enveloped proofs (accepted: "
                            + names() + ")")));
        }
        ProofResult outer = check(suite.get(), envelope, 0, "JWT", resolver, options);
        List<ProofResult> results = new ArrayList<>();
        results.add(outer);
        ObjectNode credential = outer.credentialTree();
        if (credential != null && credential.has("proof")) {
            results.addAll(VerificationSession.run(() -> verifyEmbedded(credential, resolver, options)));
        }
        return ProofVerification.ofOwned(ProofFormat.ENVELOPED, credential, results);
    }

    private List<ProofResult> verifyEmbedded(ObjectNode document, KeyResolver resolver, VerificationOptions options) {
        JsonNode proofs = document.get("proof");
        if (proofs == null) {
            return List.of();
        }
        List<JsonNode> list = new ArrayList<>();
        if (proofs.isArray()) {
            proofs.forEach(list::add);
        } else {
            list.add(proofs);
        }
        List<ProofResult> results = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode proof = list.get(i);
            String path = proofs.isArray() ? "proof[" + i + "]" : "proof";
            if (!proof.isObject()) {
                results.add(ProofResult.builder(i, "?").failed(ProofProblem.MALFORMED, path + " is not a JSON object"));
                continue;
            }
            ReceivedProof.Embedded embedded = new ReceivedProof.Embedded(document, i, (ObjectNode) proof);
            Optional<ProofSuite> suite = suites.stream()
                    .filter(s -> s.format() == ProofFormat.EMBEDDED && s.recognizes(embedded)).findFirst();
            if (suite.isEmpty()) {
                results.add(ProofResult.builder(i, embedded.type()).cryptosuite(embedded.cryptosuite())
                        .failed(ProofProblem.UNSUPPORTED, "No accepted suite for " + path + " of type "
                                + DataIntegritySuite.describe(proof.get("type"))
                                + (proof.has("cryptosuite") ? " with cryptosuite "
                                        + DataIntegritySuite.describe(proof.get("cryptosuite")) : "")
                                + " (accepted: " + names() + ")"));
                continue;
            }
            results.add(check(suite.get(), embedded, i, embedded.type(), resolver, options));
        }
        return results;
    }

    private static ProofResult check(ProofSuite suite, ReceivedProof proof, int index, String type,
            KeyResolver resolver, VerificationOptions options) {
        try {
            ProofResult result = suite.verify(proof, resolver, options);
            if (result == null) {
                return ProofResult.builder(index, type).suite(suite.name())
                        .failed(ProofProblem.UNSUPPORTED, "The " + suite.name() + " suite returned no result");
            }
            return result;
        } catch (RuntimeException e) {
            return ProofResult.builder(index, type).suite(suite.name()).failed(ProofProblem.MALFORMED,
                    "The " + suite.name() + " suite failed on this proof: " + e);
        }
    }

    private String names() {
        return suites.stream().map(ProofSuite::name).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return "ProofSuites[" + names() + "]";
    }
}
