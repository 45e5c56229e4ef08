/*
 * The Microcred SDK side of the cross-implementation check (see interop/README.md).
 *
 * Run as a single-file source program on the command-line jar, from the repository root:
 *
 *   java -cp cli/target/microcred.jar interop/Interop.java issue OUTDIR
 *   java -cp cli/target/microcred.jar interop/Interop.java verify [--expect-fail] INDIR
 *
 * issue:  fills interop/templates/*.json, builds one more credential with the SDK's typed model
 *         (variant "model"), and secures each with the SDK's proof suites:
 *         Data Integrity eddsa-rdfc-2022 (Ed25519 did:key issuer), ecdsa-rdfc-2019 (P-256 did:key
 *         issuer), VC-JWT RS256 and PS256 (public key in the jwk header), ES256 (kid = did:jwk),
 *         EdDSA (kid = did:key). Writes OUTDIR/<variant>.<method>.json|jwt and manifest.json in
 *         the format sign.mjs writes.
 * verify: checks every *.json / *.jwt in INDIR with ProofSuites (every proof must verify), the
 *         issuer binding (the key's controller, when the key is a DID's, must be issuer.id, as
 *         @digitalbazaar/vc requires) and manifest.json when present. Prints one line per file and
 *         exits 1 if any fails or INDIR holds no credential (2 on usage errors). With
 *         --expect-fail it exits 0 only if INDIR holds credentials and every one is rejected.
 *
 * Keys are resolved offline with the SDK's KeyResolver.local(): did:key and did:jwk verification
 * methods / kids, and a JOSE jwk header. Nothing is fetched.
 */

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.microcred.core.json.CredentialJson;
import org.microcred.core.json.Json;
import org.microcred.core.keys.DidJwk;
import org.microcred.core.keys.DidKey;
import org.microcred.core.keys.KeyType;
import org.microcred.core.keys.MicrocredKeyPair;
import org.microcred.core.keys.ResolvedKey;
import org.microcred.core.keys.SignatureAlgorithm;
import org.microcred.core.keys.SigningKey;
import org.microcred.core.keys.SigningKeys;
import org.microcred.core.model.Achievement;
import org.microcred.core.model.AchievementCredential;
import org.microcred.core.model.AchievementSubject;
import org.microcred.core.model.AchievementType;
import org.microcred.core.model.Alignment;
import org.microcred.core.model.AlignmentTargetType;
import org.microcred.core.model.Criteria;
import org.microcred.core.model.Evidence;
import org.microcred.core.model.IdentifierType;
import org.microcred.core.model.IdentityObject;
import org.microcred.core.model.Image;
import org.microcred.core.model.Profile;
import org.microcred.core.model.Result;
import org.microcred.core.model.ResultDescription;
import org.microcred.core.model.ResultType;
import org.microcred.core.proof.KeyResolver;
import org.microcred.core.proof.ProofOptions;
import org.microcred.core.proof.ProofResult;
import org.microcred.core.proof.ProofSuite;
import org.microcred.core.proof.ProofSuites;
import org.microcred.core.proof.ProofVerification;
import org.microcred.core.proof.SecuredDocument;

public final class Interop {

    /** The template variants (interop/templates/NAME.json), signed by both sides. */
    private static final List<String> TEMPLATE_VARIANTS = List.of("typical", "full");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    public static void main(String[] args) {
        try {
            if (args.length == 2 && args[0].equals("issue")) {
                issue(Path.of(args[1]));
                System.exit(0);
            } else if (args.length == 2 && args[0].equals("verify")) {
                System.exit(verify(Path.of(args[1]), false));
            } else if (args.length == 3 && args[0].equals("verify") && args[1].equals("--expect-fail")) {
                System.exit(verify(Path.of(args[2]), true));
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("Interop: FAILED: " + e);
            e.printStackTrace();
            System.exit(1);
        }
        System.err.println("usage: Interop.java issue OUTDIR | verify [--expect-fail] INDIR");
        System.exit(2);
    }

    // ------------------------------------------------------------------------------------ issue

    /** One way of securing a credential: the suite, the key, how the key is referenced, the issuer. */
    private record Method(String name, String format, ProofSuite suite, SigningKey key, ProofOptions options,
            String issuerId, String cryptosuite, String alg, String keyReference) {
    }

    private static void issue(Path outDir) throws IOException {
        Files.createDirectories(outDir);
        Path templates = templateDir();

        MicrocredKeyPair ed = MicrocredKeyPair.generate(KeyType.ED25519);
        MicrocredKeyPair p256 = MicrocredKeyPair.generate(KeyType.P256);
        MicrocredKeyPair rsa = MicrocredKeyPair.generateRsa(2048);
        MicrocredKeyPair rsaPss = MicrocredKeyPair.generateRsa(2048);
        MicrocredKeyPair es256 = MicrocredKeyPair.generate(KeyType.P256);

        SigningKey edKey = SigningKeys.didKey(ed);                 // EdDSA, did:key:z6Mk…#z6Mk…
        SigningKey p256Key = SigningKeys.didKey(p256);             // ES256, did:key:zDn…#zDn…
        SigningKey es256Key = SigningKeys.didJwk(es256, SignatureAlgorithm.ES256);
        String rsIssuer = "https://university.example/issuers/rs256";
        String psIssuer = "https://university.example/issuers/ps256";
        SigningKey rsKey = SigningKeys.of(rsa, SignatureAlgorithm.RS256, rsIssuer + "#key-1");
        SigningKey psKey = SigningKeys.of(rsaPss, SignatureAlgorithm.PS256, psIssuer + "#key-1");

        ProofOptions di = ProofOptions.defaults();
        ProofOptions jwtByKid = ProofOptions.builder().jwtType("JWT").build();
        String edDid = DidKey.of(ed.publicKey()).did();
        String p256Did = DidKey.of(p256.publicKey()).did();
        String es256Did = DidJwk.of(es256.publicKey()).did();

        List<Method> methods = List.of(
                new Method("di-eddsa-rdfc-2022", "data-integrity", ProofSuites.eddsaRdfc2022(), edKey, di,
                        edDid, "eddsa-rdfc-2022", null, null),
                new Method("di-ecdsa-rdfc-2019", "data-integrity", ProofSuites.ecdsaRdfc2019(), p256Key, di,
                        p256Did, "ecdsa-rdfc-2019", null, null),
                new Method("jwt-rs256", "vc-jwt", ProofSuites.vcJwt(SignatureAlgorithm.RS256), rsKey,
                        jwtWithJwk(rsa), rsIssuer, null, "RS256", "jwk"),
                new Method("jwt-es256", "vc-jwt", ProofSuites.vcJwt(SignatureAlgorithm.ES256), es256Key,
                        jwtByKid, es256Did, null, "ES256", "kid"),
                new Method("jwt-ps256", "vc-jwt", ProofSuites.vcJwt(SignatureAlgorithm.PS256), psKey,
                        jwtWithJwk(rsaPss), psIssuer, null, "PS256", "jwk"),
                new Method("jwt-eddsa", "vc-jwt", ProofSuites.vcJwt(SignatureAlgorithm.EdDSA), edKey,
                        jwtByKid, edDid, null, "EdDSA", "kid"));

        ObjectNode manifest = NODES.objectNode();
        manifest.put("producer", "java (Microcred SDK)");
        ArrayNode entries = manifest.putArray("credentials");
        int count = 0;
        // The template variants, plus "model": a credential built with the SDK's typed model and
        // written by CredentialJson, so the SDK's own serialisation is checked by the JS side too.
        Map<String, Function<String, ObjectNode>> variants = new LinkedHashMap<>();
        for (String variant : TEMPLATE_VARIANTS) {
            JsonNode template = Json.standard().parse(Files.readAllBytes(templates.resolve(variant + ".json")));
            variants.put(variant, issuerId -> (ObjectNode) fill(template, Map.of("ISSUER_ID", issuerId,
                    "CREDENTIAL_ID", "urn:uuid:" + UUID.randomUUID())));
        }
        variants.put("model", Interop::modelCredential);
        for (Map.Entry<String, Function<String, ObjectNode>> v : variants.entrySet()) {
            String variant = v.getKey();
            for (Method m : methods) {
                ObjectNode credential = v.getValue().apply(m.issuerId());
                SecuredDocument secured = m.suite().secure(credential, m.key(), m.options());
                boolean jwt = m.format().equals("vc-jwt");
                String file = variant + "." + m.name() + (jwt ? ".jwt" : ".json");
                String text = jwt ? secured.text() : Json.standard().writePretty(secured.json().orElseThrow());
                Files.writeString(outDir.resolve(file), text + "\n", StandardCharsets.UTF_8);
                ObjectNode entry = entries.addObject();
                entry.put("file", file);
                entry.put("variant", variant);
                entry.put("format", m.format());
                entry.put("issuer", m.issuerId());
                if (m.cryptosuite() != null) {
                    entry.put("cryptosuite", m.cryptosuite());
                } else {
                    entry.put("alg", m.alg());
                    entry.put("keyReference", m.keyReference());
                }
                System.out.println("issued " + file);
                count++;
            }
        }
        Files.writeString(outDir.resolve("manifest.json"), Json.standard().writePretty(manifest) + "\n",
                StandardCharsets.UTF_8);
        System.out.println("java-issue: wrote " + count + " credentials to " + outDir);
    }

    /**
     * An Open Badges 3.0 credential built with the SDK's typed model (AchievementCredential and
     * friends) and written by CredentialJson: valid from a minute ago for two years, a hashed
     * email identifier with a fresh salt, an alignment, a result and evidence.
     */
    private static ObjectNode modelCredential(String issuerId) {
        Instant validFrom = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
        Profile issuer = Profile.builder()
                .id(issuerId)
                .name("Example Community College")
                .url("https://college.example/")
                .image(Image.builder().id("https://college.example/logo.png").type("Image").build())
                .build();
        ResultDescription grade = ResultDescription.builder()
                .id("urn:uuid:" + UUID.randomUUID())
                .name("Practical exam")
                .resultType(ResultType.LETTER_GRADE)
                .allowedValue(List.of("Pass", "Merit", "Distinction"))
                .build();
        Achievement achievement = Achievement.builder()
                .id("https://college.example/achievements/welding-1")
                .achievementType(AchievementType.CERTIFICATE)
                .name("Welding Level 1")
                .description("Performs fillet and butt welds in the flat position.")
                .criteria(Criteria.builder().narrative("Pass the practical exam and the safety quiz.").build())
                .image(Image.builder().id("https://college.example/achievements/welding-1.png").type("Image")
                        .caption("Welding Level 1 badge").build())
                .addAlignment(Alignment.builder()
                        .targetName("Fillet welding")
                        .targetUrl("https://framework.example/skills/fillet-welding")
                        .targetFramework("Example Trades Framework")
                        .targetType(AlignmentTargetType.CEASN_COMPETENCY)
                        .build())
                .addResultDescription(grade)
                .build();
        AchievementSubject subject = AchievementSubject.builder()
                .id("did:example:learner-7c1e")
                .addIdentifier(IdentityObject.hashed(IdentifierType.EMAIL_ADDRESS, "grace@example.org"))
                .achievement(achievement)
                .addResult(Result.builder().resultDescription(grade.id().orElseThrow()).value("Merit").build())
                .build();
        AchievementCredential credential = AchievementCredential.builder()
                .id("urn:uuid:" + UUID.randomUUID())
                .name("Welding Level 1")
                .issuer(issuer)
                .validFrom(validFrom)
                .validUntil(validFrom.plus(730, ChronoUnit.DAYS))
                .credentialSubject(subject)
                .addEvidence(Evidence.builder().name("Exam record").narrative("Observed by two assessors.").build())
                .build();
        return CredentialJson.write(credential);
    }

    /** VC-JWT options that put the key pair's public JWK in the header (no kid). */
    private static ProofOptions jwtWithJwk(MicrocredKeyPair pair) {
        return ProofOptions.builder().jwtType("JWT").jwk(pair.publicKey().toJwk()).build();
    }

    /** interop/templates, found from the working directory (repository root or interop/). */
    private static Path templateDir() {
        for (Path candidate : List.of(Path.of("interop", "templates"), Path.of("templates"))) {
            if (Files.isRegularFile(candidate.resolve("typical.json"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("interop/templates not found from " + Path.of("").toAbsolutePath()
                + "; run from the repository root or from interop/");
    }

    /** A copy of the template with every string "${NAME}" replaced by values[NAME]. */
    private static JsonNode fill(JsonNode node, Map<String, String> values) {
        if (node.isObject()) {
            ObjectNode copy = NODES.objectNode();
            node.properties().forEach(e -> copy.set(e.getKey(), fill(e.getValue(), values)));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            node.forEach(x -> copy.add(fill(x, values)));
            return copy;
        }
        if (node.isTextual() && node.asText().matches("\\$\\{[A-Z_]+}")) {
            String name = node.asText().substring(2, node.asText().length() - 1);
            String value = values.get(name);
            if (value == null) {
                throw new IllegalStateException("template placeholder ${" + name + "} has no value");
            }
            return TextNode.valueOf(value);
        }
        return node.deepCopy();
    }

    // ----------------------------------------------------------------------------------- verify

    private static final class Failure extends Exception {
        Failure(String message) {
            super(message);
        }
    }

    private record Outcome(String file, boolean ok, String detail) {
    }

    private static int verify(Path inDir, boolean expectFail) throws IOException {
        if (!Files.isDirectory(inDir)) {
            System.err.println("Interop verify: not a folder: " + inDir);
            return 2;
        }
        Map<String, JsonNode> manifest = readManifest(inDir);
        List<String> files;
        try (Stream<Path> listing = Files.list(inDir)) {
            files = listing.map(p -> p.getFileName().toString())
                    .filter(f -> (f.endsWith(".json") && !f.equals("manifest.json")) || f.endsWith(".jwt"))
                    .sorted()
                    .collect(Collectors.toList());
        }
        List<Outcome> outcomes = new ArrayList<>();
        if (manifest != null) {
            for (String listed : new TreeSet<>(manifest.keySet())) {
                if (!files.contains(listed)) {
                    outcomes.add(new Outcome(listed, false, "listed in manifest.json but missing"));
                }
            }
        }
        ProofSuites suites = ProofSuites.of(ProofSuites.eddsaRdfc2022(), ProofSuites.ecdsaRdfc2019(),
                ProofSuites.vcJwt());
        for (String file : files) {
            JsonNode expected = manifest == null ? null : manifest.get(file);
            if (manifest != null && expected == null) {
                outcomes.add(new Outcome(file, false, "not listed in manifest.json"));
                continue;
            }
            try {
                String detail = verifyOne(suites, inDir.resolve(file), file.endsWith(".jwt"), expected);
                outcomes.add(new Outcome(file, true, detail));
            } catch (Failure e) {
                outcomes.add(new Outcome(file, false, abbreviate(e.getMessage(), 400)));
            } catch (RuntimeException e) {
                outcomes.add(new Outcome(file, false, "error: " + e));
            }
        }
        long passed = outcomes.stream().filter(Outcome::ok).count();
        long failed = outcomes.size() - passed;
        if (!expectFail) {
            outcomes.forEach(o -> System.out.println((o.ok() ? "PASS  " : "FAIL  ") + o.file() + "  " + o.detail()));
            if (outcomes.isEmpty()) {
                System.out.println("FAIL  " + inDir + " holds no credential (*.json / *.jwt)");
            }
            System.out.println("java-verify: " + passed + " verified, " + failed + " failed (" + inDir + ")");
            return failed == 0 && !outcomes.isEmpty() ? 0 : 1;
        }
        outcomes.forEach(o -> System.out.println(
                (o.ok() ? "ACCEPTED (should have been rejected)  " : "rejected as expected  ") + o.file() + "  "
                        + o.detail()));
        if (outcomes.isEmpty()) {
            System.out.println("FAIL  " + inDir + " holds no credential (*.json / *.jwt)");
        }
        System.out.println("java-verify --expect-fail: " + failed + " rejected, " + passed + " wrongly accepted ("
                + inDir + ")");
        return passed == 0 && !outcomes.isEmpty() ? 0 : 1;
    }

    private static Map<String, JsonNode> readManifest(Path inDir) throws IOException {
        Path file = inDir.resolve("manifest.json");
        if (!Files.exists(file)) {
            return null;
        }
        JsonNode credentials = Json.standard().parse(Files.readAllBytes(file)).path("credentials");
        if (!credentials.isArray()) {
            throw new IllegalStateException(file + ": \"credentials\" must be an array");
        }
        Map<String, JsonNode> byFile = new LinkedHashMap<>();
        credentials.forEach(entry -> byFile.put(entry.path("file").asText(), entry));
        return byFile;
    }

    private static String verifyOne(ProofSuites suites, Path path, boolean jwt, JsonNode expected)
            throws IOException, Failure {
        String format = jwt ? "vc-jwt" : "data-integrity";
        if (expected != null && !format.equals(expected.path("format").asText())) {
            throw new Failure("manifest says format " + expected.path("format").asText());
        }
        String text = Files.readString(path, StandardCharsets.UTF_8);
        if (!jwt && !text.strip().startsWith("{")) {
            throw new Failure("not a JSON object");
        }
        if (jwt && text.strip().startsWith("{")) {
            throw new Failure("a .jwt file holding JSON");
        }
        ProofVerification verification = suites.verify(text, KeyResolver.local());
        List<ProofResult> results = verification.results();
        if (results.isEmpty()) {
            throw new Failure("no proof: " + verification.reason());
        }
        List<ProofResult> bad = results.stream().filter(r -> !r.isValid()).collect(Collectors.toList());
        if (!bad.isEmpty()) {
            throw new Failure(bad.stream().map(Interop::describe).collect(Collectors.joining("; ")));
        }
        ObjectNode credential = verification.credential()
                .orElseThrow(() -> new Failure("verified, but no credential was read"));
        String issuerId = issuerId(credential);
        ProofResult first = results.get(0);
        // Issuer binding, as @digitalbazaar/vc checks it for Data Integrity: the controller of the
        // key a verification method or kid names must be the issuer. A key given only as a JOSE jwk
        // header names no controller, and OB 3.0 binds it to nothing, so it is not checked.
        boolean bindable = !jwt || joseHeader(text).has("kid");
        for (ProofResult r : results) {
            String controller = r.key().map(ResolvedKey::controller)
                    .orElseThrow(() -> new Failure("verified, but the result names no key"));
            if (bindable && !controller.equals(issuerId)) {
                throw new Failure("issuer.id " + issuerId + " is not the controller of the key "
                        + r.verificationMethod().orElse("?") + " (" + controller + ")");
            }
        }
        if (expected != null) {
            String expectedIssuer = expected.path("issuer").asText(null);
            if (expectedIssuer != null && !expectedIssuer.equals(issuerId)) {
                throw new Failure("issuer.id is " + issuerId + ", manifest says " + expectedIssuer);
            }
            if (jwt) {
                String alg = first.algorithm().map(SignatureAlgorithm::joseName).orElse("?");
                if (!alg.equals(expected.path("alg").asText())) {
                    throw new Failure("alg is " + alg + ", manifest says " + expected.path("alg").asText());
                }
            } else {
                for (ProofResult r : results) {
                    String suite = r.cryptosuite().orElse("?");
                    if (!suite.equals(expected.path("cryptosuite").asText())) {
                        throw new Failure("cryptosuite is " + suite + ", manifest says "
                                + expected.path("cryptosuite").asText());
                    }
                }
            }
        }
        return "(" + format + " " + (jwt ? first.algorithm().map(SignatureAlgorithm::joseName).orElse("?")
                : results.stream().map(r -> r.cryptosuite().orElse("?")).collect(Collectors.joining("+")))
                + ", " + abbreviate(first.verificationMethod().orElse("jwk header")) + ")";
    }

    private static JsonNode joseHeader(String compact) throws Failure {
        String first = compact.strip().split("\\.", 2)[0];
        try {
            return Json.standard().parse(Base64.getUrlDecoder().decode(first));
        } catch (IllegalArgumentException e) {
            throw new Failure("the JOSE header is not base64url JSON");
        }
    }

    private static String describe(ProofResult r) {
        return r.proofType() + r.cryptosuite().map(c -> " " + c).orElse("")
                + r.problem().map(p -> " [" + p + "]").orElse("") + ": " + r.reason();
    }

    private static String issuerId(ObjectNode credential) throws Failure {
        JsonNode issuer = credential.get("issuer");
        if (issuer != null && issuer.isTextual()) {
            return issuer.asText();
        }
        if (issuer != null && issuer.path("id").isTextual()) {
            return issuer.get("id").asText();
        }
        throw new Failure("the credential has no issuer id");
    }

    private static String abbreviate(String s) {
        return abbreviate(s, 80);
    }

    private static String abbreviate(String s, int max) {
        return s.length() > max ? s.substring(0, max - 3) + "..." : s;
    }
}
