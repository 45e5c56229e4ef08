package org.microcred.core.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.microcred.core.json.Json;

/**
 * The templated canonical form of a proof configuration is byte-identical to full JSON-LD
 * canonicalization, for arbitrary {@code created} and verification method values, across the
 * contexts credentials use; options outside the template's shape fall back to (and equal) the
 * full canonicalization.
 */
class ProofConfigTemplateProperties {

    static final String[] CONTEXTS = {
        "[\"https://www.w3.org/ns/credentials/v2\"]",
        "[\"https://www.w3.org/ns/credentials/v2\",\"https://www.w3.org/ns/credentials/examples/v2\"]",
        "[\"https://www.w3.org/ns/credentials/v2\",\"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\"]",
        "[\"https://www.w3.org/ns/credentials/v2\",\"https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json\","
            + "\"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\","
            + "\"https://purl.imsglobal.org/spec/ob/v3p0/extensions.json\"]",
        "[\"https://www.w3.org/2018/credentials/v1\",\"https://w3id.org/security/data-integrity/v1\"]",
        "[\"https://www.w3.org/2018/credentials/v1\",\"https://w3id.org/security/data-integrity/v2\","
            + "\"https://purl.imsglobal.org/spec/ob/v3p0/context.json\"]",
        "\"https://www.w3.org/ns/credentials/v2\"",
    };
    static final String ED2020_CONTEXT = "[\"https://www.w3.org/ns/credentials/v2\","
            + "\"https://www.w3.org/ns/credentials/examples/v2\",\"https://w3id.org/security/suites/ed25519-2020/v1\"]";

    /** A fresh canonicalizer per test class run, so templates are derived here. */
    static final ProofConfigCanonicalizer CONFIGS = new ProofConfigCanonicalizer(CountingCanonicalization.INSTANCE);

    @Provide
    Arbitrary<String> createdValues() {
        Arbitrary<String> fraction = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(9).map(s -> "." + s)
                .injectNull(0.6).map(s -> s == null ? "" : s);
        Arbitrary<String> zone = Arbitraries.oneOf(Arbitraries.just("Z"), Arbitraries.just(""),
                Combinators.combine(Arbitraries.of("+", "-"), Arbitraries.integers().between(0, 13),
                        Arbitraries.integers().between(0, 59)).as((s, h, m) -> String.format("%s%02d:%02d", s, h, m)));
        return Combinators.combine(Arbitraries.integers().between(1, 9999), Arbitraries.integers().between(1, 12),
                Arbitraries.integers().between(1, 28), Arbitraries.integers().between(0, 23),
                Arbitraries.integers().between(0, 59), Arbitraries.integers().between(0, 59), fraction, zone)
                .as((y, mo, d, h, mi, s, f, z) -> String.format("%04d-%02d-%02dT%02d:%02d:%02d%s%s", y, mo, d, h, mi, s, f, z));
    }

    @Provide
    Arbitrary<String> verificationMethods() {
        Arbitrary<String> tail = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').numeric()
                .withChars("-._~:/?#[]@!$&'()*+,;=%").ofMinLength(0).ofMaxLength(40);
        Arbitrary<String> multikey = Arbitraries.strings().withChars("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")
                .ofLength(45).map(s -> "z6Mk" + s);
        return Arbitraries.oneOf(
                multikey.map(k -> "did:key:" + k + "#" + k),
                Combinators.combine(Arbitraries.of("https://", "http://", "did:web:", "did:jwk:", "urn:uuid:", "did:example:",
                        "ftp://", "xsd:", "sec:", "schema:", "dc:", "cred:", "a:"), tail).as((s, t) -> s + t),
                tail.map(t -> "https://example.edu/issuers/565049" + t));
    }

    @Provide
    Arbitrary<String> contexts() {
        return Arbitraries.of(CONTEXTS);
    }

    @Provide
    Arbitrary<String> cryptosuites() {
        return Arbitraries.of("eddsa-rdfc-2022", "ecdsa-rdfc-2019", "eddsa-2022");
    }

    private static ObjectNode options(String type, String cryptosuite, String created, String vm) {
        ObjectNode o = Json.standard().mapper().createObjectNode().put("type", type);
        if (cryptosuite != null) {
            o.put("cryptosuite", cryptosuite);
        }
        if (created != null) {
            o.put("created", created);
        }
        return o.put("verificationMethod", vm).put("proofPurpose", "assertionMethod");
    }

    /**
     * Shows the canonicalizer two other configurations of the same shape, so that it learns and
     * confirms the shape's template before the configuration under test is canonicalized.
     */
    static void learn(ProofConfigCanonicalizer canonicalizer, ObjectNode options, JsonNode context) {
        JsonNode vmNode = options.get("verificationMethod");
        String expansion = vmNode == null || !vmNode.isTextual() ? ""
                : ProofConfigCanonicalizer.expansionClass(vmNode.asText());
        if (expansion.isEmpty()) {
            return;
        }
        String[][] samples = {
            {"1999-11-22T11:22:33Z", expansion.equals("//") ? "https://learn.example/a#key-1" : expansion + ":learn-a"},
            {"2031-05-06T07:08:09.123+05:30", expansion.equals("//") ? "http://learn.example/b/c?d=e#key-2"
                : expansion + ":learn-b:x#key-2"},
        };
        for (String[] sample : samples) {
            ObjectNode other = options.deepCopy();
            if (other.has("created")) {
                other.put("created", sample[0]);
            }
            other.put("verificationMethod", sample[1]);
            try {
                canonicalizer.canonicalize(other, context);
            } catch (RuntimeException notProcessable) {
                // Shapes JSON-LD rejects are never templated; the assertion below covers them.
            }
        }
    }

    private static void assertSameOutcome(ObjectNode options, JsonNode context) {
        String full;
        try {
            full = CONFIGS.canonicalizeFully(options, context);
        } catch (RuntimeException e) {
            try {
                String templated = CONFIGS.canonicalize(options, context);
                throw new AssertionError("full canonicalization failed (" + e.getMessage() + ") but the template gave "
                        + templated);
            } catch (RuntimeException expected) {
                return;
            }
        }
        assertEquals(full, CONFIGS.canonicalize(options, context), () -> options + " in " + context);
    }

    @Property(tries = 400)
    void templateEqualsFullCanonicalization(@ForAll("contexts") String context, @ForAll("cryptosuites") String suite,
            @ForAll("createdValues") String created, @ForAll("verificationMethods") String vm, @ForAll boolean withCreated) {
        JsonNode ctx = Json.standard().parse(context);
        ObjectNode options = options("DataIntegrityProof", suite, withCreated ? created : null, vm);
        learn(CONFIGS, options, ctx);
        Statistics.label("templated").collect(CONFIGS.rendersFromTemplate(options, ctx));
        assertSameOutcome(options, ctx);
        Statistics.label("templated").coverage(c -> c.check(true).percentage(p -> p > 60));
    }

    @Property(tries = 100)
    void ed25519Signature2020TemplateEqualsFullCanonicalization(@ForAll("createdValues") String created,
            @ForAll("verificationMethods") String vm) {
        ObjectNode options = options("Ed25519Signature2020", null, created, vm);
        JsonNode ctx = Json.standard().parse(ED2020_CONTEXT);
        learn(CONFIGS, options, ctx);
        Statistics.label("templated").collect(CONFIGS.rendersFromTemplate(options, ctx));
        assertSameOutcome(options, ctx);
        Statistics.label("templated").coverage(c -> c.check(true).percentage(p -> p > 60));
    }

    @Property(tries = 150)
    void optionsOutsideTheTemplateFallBackToFullCanonicalization(@ForAll("contexts") String context,
            @ForAll("createdValues") String created, @ForAll("verificationMethods") String vm,
            @ForAll("oddOptions") ObjectNode odd) {
        ObjectNode options = options("DataIntegrityProof", "eddsa-rdfc-2022", created, vm);
        options.setAll(odd);
        learn(CONFIGS, options, Json.standard().parse(context));
        assertSameOutcome(options, Json.standard().parse(context));
    }

    @Provide
    Arbitrary<ObjectNode> oddOptions() {
        Arbitrary<String> odd = Arbitraries.strings().withCharRange(' ', '~').withChars('é', '\u0001', '\u007f', '\u2028')
                .ofMinLength(0).ofMaxLength(20);
        return Arbitraries.oneOf(
                odd.map(s -> Json.standard().mapper().createObjectNode().put("verificationMethod", s)),
                odd.map(s -> Json.standard().mapper().createObjectNode().put("created", s)),
                odd.map(s -> Json.standard().mapper().createObjectNode().put("domain", s)),
                odd.map(s -> Json.standard().mapper().createObjectNode().put("id", "urn:uuid:" + s.replaceAll("[^a-z0-9-]", ""))),
                Arbitraries.just(Json.standard().mapper().createObjectNode().put("expires", "2030-01-01T00:00:00Z")),
                Arbitraries.just(Json.standard().mapper().createObjectNode().put("created", 12345)),
                odd.map(s -> Json.standard().mapper().createObjectNode().put("proofPurpose", s)));
    }

    @Test
    void theBundledShapesAreTemplated() {
        for (String context : CONTEXTS) {
            JsonNode ctx = Json.standard().parse(context);
            ObjectNode options = options("DataIntegrityProof", "eddsa-rdfc-2022", "2024-01-01T00:00:00Z",
                    "did:key:z6Mkabc#z6Mkabc");
            learn(CONFIGS, options, ctx);
            assertTrue(CONFIGS.rendersFromTemplate(options, ctx), context);
        }
        ObjectNode relative = options("DataIntegrityProof", "eddsa-rdfc-2022", "2024-01-01T00:00:00Z", "relative#key");
        learn(CONFIGS, relative, Json.standard().parse(CONTEXTS[0]));
        assertFalse(CONFIGS.rendersFromTemplate(relative, Json.standard().parse(CONTEXTS[0])),
                "relative IRIs are not templated");
        ObjectNode withDomain = options("DataIntegrityProof", "eddsa-rdfc-2022", "2024-01-01T00:00:00Z", "did:key:z6Mk#z");
        withDomain.put("domain", "example.org");
        learn(CONFIGS, withDomain, Json.standard().parse(CONTEXTS[0]));
        assertFalse(CONFIGS.rendersFromTemplate(withDomain, Json.standard().parse(CONTEXTS[0])));
    }

    @Test
    void learningNeverCanonicalizesMoreThanTheCallsNeed() {
        CountingCanonicalization counting = new CountingCanonicalization(org.microcred.core.jsonld.Canonicalizer.standard());
        ProofConfigCanonicalizer fresh = new ProofConfigCanonicalizer(counting);
        JsonNode ctx = Json.standard().parse(CONTEXTS[2]);
        ObjectNode first = options("DataIntegrityProof", "eddsa-rdfc-2022", "2024-01-01T00:00:00Z", "did:key:z6Mk1#z6Mk1");
        fresh.canonicalize(first, ctx);
        assertEquals(1, counting.calls.get(), "the first configuration is canonicalized once");
        assertEquals(fresh.canonicalizeFully(first, ctx), fresh.canonicalize(first, ctx));
        assertEquals(2, counting.calls.get(), "the same configuration again is answered from what was learnt");
        fresh.canonicalize(options("DataIntegrityProof", "eddsa-rdfc-2022", "2024-01-02T00:00:00Z", "did:key:z6Mk2#z6Mk2"),
                ctx);
        assertEquals(3, counting.calls.get(), "a second configuration confirms the template");
        for (int i = 0; i < 20; i++) {
            fresh.canonicalize(options("DataIntegrityProof", "eddsa-rdfc-2022", "2024-01-01T00:00:" + (10 + i) + "Z",
                    "did:key:z6Mk" + i + "#z6Mk" + i), ctx);
        }
        assertEquals(3, counting.calls.get(), "then JSON-LD is not needed any more");
        for (int i = 0; i < 10; i++) {
            JsonNode novel = Json.standard().parse("[\"https://www.w3.org/ns/credentials/v2\",{\"x" + i
                    + "\":\"https://example.org/x\"}]");
            fresh.canonicalize(first, novel);
        }
        assertEquals(13, counting.calls.get(), "novel contexts cost one canonicalization each, never more");
    }
}
