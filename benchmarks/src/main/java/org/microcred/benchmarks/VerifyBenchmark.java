package org.microcred.benchmarks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import com.apicatalog.vc.Verifiable;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.ECPublicKey;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.microcred.core.bake.BadgeBaker;
import org.microcred.core.issue.Issuer;
import org.microcred.core.issue.OpenBadge;
import org.microcred.core.json.CredentialJson;
import org.microcred.core.json.Json;
import org.microcred.core.keys.KeyType;
import org.microcred.core.keys.MicrocredKeyPair;
import org.microcred.core.keys.SignatureAlgorithm;
import org.microcred.core.keys.SigningKeys;
import org.microcred.core.model.CredentialStatus;
import org.microcred.core.proof.ProofSuites;
import org.microcred.core.status.BitstringStatusList;
import org.microcred.core.status.BitstringStatusListCredential;
import org.microcred.verify.CheckId;
import org.microcred.verify.CheckResult;
import org.microcred.verify.KnownRecipient;
import org.microcred.verify.Outcome;
import org.microcred.verify.VerificationInput;
import org.microcred.verify.VerificationReport;
import org.microcred.verify.Verifier;
import org.microcred.verify.fetch.PreloadedDocumentFetcher;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Full-pipeline verification ({@link Verifier#verify(byte[], KnownRecipient)}: parse, context, type,
 * OB 3.0 schema, proof with key resolution, issuer binding, validity period, status from a preloaded
 * Bitstring status list whose credential is itself verified, recipient match, report building) per
 * input form, beside the peers' bare proof checks of the same credential.
 *
 * <ul>
 *   <li>{@code pipelineVerifyDi}: the fixture credential with a {@code BitstringStatusListEntry},
 *       {@code eddsa-rdfc-2022}, as JSON bytes;</li>
 *   <li>{@code pipelineVerifyJwtEs256} / {@code pipelineVerifyJwtEdDsa}: the same badge as VC-JWT (ES256
 *       with its issuer's own status list, itself a VC-JWT; EdDSA with the Data Integrity issuer's key and
 *       list);</li>
 *   <li>{@code pipelineVerifyPng}: the Data Integrity credential baked into a PNG;</li>
 *   <li>{@code ironVerify}: Iron's bare proof verification of the same credential, signed by Iron, without
 *       the status entry (Iron 0.14 rejects a VC 2.0 {@code BitstringStatusListEntry} with
 *       {@code InvalidCredentialStatus}; the entry is 5 of the credential's ≈ 60 triples) (see {@link IronPeer} for why each library verifies its own proofs);</li>
 *   <li>{@code nimbusVerifyEs256} / {@code nimbusVerifyEdDsa}: raw Nimbus parsing the same tokens and checking
 *       the signature with a verifier built once;</li>
 *   <li>{@code verifyLoop} / {@code verifyAll}: a batch of {@value #BATCH} mixed inputs (the four forms × 16
 *       learners, 16 times over), a loop of {@code verify} on one thread vs {@link Verifier#verifyAll} on every
 *       core; credentials/s.</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class VerifyBenchmark {

    /** Distinct mixed inputs (4 forms × {@link Fixtures#VARIANTS}). */
    public static final int MIXED = 4 * Fixtures.VARIANTS;
    /** Inputs per batch invocation: the mixed inputs 16 times over. */
    public static final int BATCH = 16 * MIXED;

    static final String LIST_URL = "https://www.example.edu/status/1";
    static final String ES256_LIST_URL = "https://www.example.edu/status/es256";

    private Verifier verifier;
    private Verifier parallelVerifier;
    private Verifier keyCacheVerifier;
    private final List<KnownRecipient> recipients = new ArrayList<>();
    private final List<byte[]> di = new ArrayList<>();
    private final List<byte[]> jwtEs256 = new ArrayList<>();
    private final List<byte[]> jwtEdDsa = new ArrayList<>();
    private final List<byte[]> png = new ArrayList<>();
    private final List<String> es256Tokens = new ArrayList<>();
    private final List<String> edDsaTokens = new ArrayList<>();
    private final List<JsonObject> ironSigned = new ArrayList<>();
    private final List<VerificationInput> mixed = new ArrayList<>();
    private final List<VerificationInput> batch = new ArrayList<>();
    private JWSVerifier nimbusEs256;
    private JWSVerifier nimbusEdDsa;
    private IronPeer iron;
    private int next;

    /** Issues the status lists and credentials in every form, and checks every contender accepts them. */
    @Setup(Level.Trial)
    public void setUp() throws JOSEException, ParseException {
        Fixtures.Ed25519Keys keys = Fixtures.ed25519();
        Issuer diIssuer = Fixtures.issuer(keys.did(), keys.signingKey(), ProofSuites.eddsaRdfc2022());
        Issuer edJwtIssuer = Fixtures.issuer(keys.did(),
                SigningKeys.of(keys.pair(), SignatureAlgorithm.EdDSA, keys.verificationMethod()),
                ProofSuites.vcJwt(SignatureAlgorithm.EdDSA));
        MicrocredKeyPair p256 = MicrocredKeyPair.generate(KeyType.P256);
        Issuer esJwtIssuer = Fixtures.issuer(Fixtures.did(p256), Fixtures.signingKey(p256, SignatureAlgorithm.ES256),
                ProofSuites.vcJwt(SignatureAlgorithm.ES256));

        BitstringStatusListCredential list = statusList(LIST_URL, keys.did());
        BitstringStatusListCredential esList = statusList(ES256_LIST_URL, Fixtures.did(p256));
        PreloadedDocumentFetcher documents = PreloadedDocumentFetcher.builder()
                .add(LIST_URL, diIssuer.issue(CredentialJson.read(list.toJson())).bytes())
                .add(ES256_LIST_URL, esJwtIssuer.issue(CredentialJson.read(esList.toJson())).bytes())
                .build();
        verifier = Verifier.builder().documentFetcher(documents).parallelism(1).build();
        // Experiment for fix 1 of the README, with public API only: the proof key resolver wrapped in
        // core's KeyResolver.cached, so a repeat did:key is neither decoded nor validated again.
        keyCacheVerifier = verifier.toBuilder().keyResolver(org.microcred.verify.resolve.ProofKeyResolvers.forProofs(
                org.microcred.verify.resolve.KeyResolver.using(documents)).cached(64)).build();
        parallelVerifier = verifier.toBuilder().parallelism(Runtime.getRuntime().availableProcessors()).build();

        iron = new IronPeer(keys, Fixtures.NOW);
        byte[] image = image();
        for (int i = 0; i < Fixtures.VARIANTS; i++) {
            OpenBadge plain = Fixtures.badge(i);
            OpenBadge badge = plain.toBuilder().credentialStatus(entry(list, i + 1)).build();
            OpenBadge esBadge = plain.toBuilder().credentialStatus(entry(esList, i + 1)).build();
            KnownRecipient recipient = KnownRecipient.email("learner" + i + "@example.org");
            recipients.add(recipient);
            String diText = diIssuer.issue(badge).text();
            di.add(diText.getBytes(StandardCharsets.UTF_8));
            String es = esJwtIssuer.issue(esBadge).text();
            es256Tokens.add(es);
            jwtEs256.add(es.getBytes(StandardCharsets.UTF_8));
            String ed = edJwtIssuer.issue(badge).text();
            edDsaTokens.add(ed);
            jwtEdDsa.add(ed.getBytes(StandardCharsets.UTF_8));
            png.add(BadgeBaker.standard().bake(image, diText));
            // Iron 0.14's StatusPropertiesValidator rejects the VC 2.0 BitstringStatusListEntry
            // (InvalidCredentialStatus), so Iron gets the same credential without the status entry.
            ObjectNode unsigned = CredentialJson.write(diIssuer.prepare(plain));
            ironSigned.add(iron.sign(IronPeer.parse(Json.standard().write(unsigned))));
        }
        nimbusEs256 = new ECDSAVerifier((ECPublicKey) p256.toJavaKeyPair().getPublic());
        ObjectNode jwk = keys.pair().toPrivateJwk();
        nimbusEdDsa = new Ed25519Verifier(new OctetKeyPair.Builder(Curve.Ed25519, new Base64URL(jwk.get("x").asText()))
                .build());
        for (int i = 0; i < Fixtures.VARIANTS; i++) {
            for (List<byte[]> form : List.of(di, jwtEs256, jwtEdDsa, png)) {
                mixed.add(VerificationInput.of(form.get(i)).withRecipient(recipients.get(i)));
            }
        }
        for (int round = 0; round < BATCH / MIXED; round++) {
            batch.addAll(mixed);
        }
        for (int i = 0; i < Fixtures.VARIANTS; i++) {
            requireFull(verifier.verify(di.get(i), recipients.get(i)), "DI");
            requireFull(keyCacheVerifier.verify(di.get(i), recipients.get(i)), "DI, key cache");
            requireFull(verifier.verify(jwtEs256.get(i), recipients.get(i)), "JWT ES256");
            requireFull(verifier.verify(jwtEdDsa.get(i), recipients.get(i)), "JWT EdDSA");
            requireFull(verifier.verify(png.get(i), recipients.get(i)), "PNG");
            iron.verify(ironSigned.get(i));
            if (!JWSObject.parse(es256Tokens.get(i)).verify(nimbusEs256)
                    || !JWSObject.parse(edDsaTokens.get(i)).verify(nimbusEdDsa)) {
                throw new IllegalStateException("Nimbus rejects a token");
            }
        }
        next = 0;
    }

    /** A revocation list with every entry 0, issued by {@code issuer}. */
    static BitstringStatusListCredential statusList(String url, String issuer) {
        return BitstringStatusListCredential.builder().id(url).issuer(issuer).statusPurpose("revocation")
                .list(BitstringStatusList.create(BitstringStatusList.MINIMUM_ENTRIES)).build();
    }

    private static CredentialStatus entry(BitstringStatusListCredential list, int index) {
        return CredentialJson.readValue(list.entry(index).toJson(), CredentialStatus.class);
    }

    /** A 96 × 96 RGB PNG, the kind of image a badge is baked into. */
    static byte[] image() {
        BufferedImage img = new BufferedImage(96, 96, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 96; y++) {
            for (int x = 0; x < 96; x++) {
                img.setRGB(x, y, (x * 2) << 16 | (y * 2) << 8 | ((x + y) & 0xff));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The report must be valid, and schema, proof, status and recipient must each have passed. */
    static void requireFull(VerificationReport report, String what) {
        if (!report.isValid()) {
            throw new IllegalStateException(what + " does not verify: " + report.toJson());
        }
        for (CheckId id : List.of(CheckId.SCHEMA, CheckId.PROOF, CheckId.STATUS, CheckId.RECIPIENT,
                CheckId.ISSUER_BINDING)) {
            Outcome outcome = report.check(id).map(CheckResult::outcome).orElse(Outcome.SKIP);
            if (outcome != Outcome.PASS) {
                throw new IllegalStateException(what + ": check " + id + " is " + outcome + ": " + report.toJson());
            }
        }
    }

    private int nextIndex() {
        int i = next;
        next = (i + 1) % Fixtures.VARIANTS;
        return i;
    }

    private VerificationReport valid(VerificationReport report) {
        if (!report.isValid()) {
            throw new IllegalStateException(report.toJson().toString());
        }
        return report;
    }

    /** @return the report on the Data Integrity credential (JSON bytes) */
    @Benchmark
    public VerificationReport pipelineVerifyDi() {
        int i = nextIndex();
        return valid(verifier.verify(di.get(i), recipients.get(i)));
    }

    /** @return the report on the Data Integrity credential, proof keys cached (experiment) */
    @Benchmark
    public VerificationReport pipelineVerifyDiKeyCache() {
        int i = nextIndex();
        return valid(keyCacheVerifier.verify(di.get(i), recipients.get(i)));
    }

    /** @return the report on the ES256 VC-JWT */
    @Benchmark
    public VerificationReport pipelineVerifyJwtEs256() {
        int i = nextIndex();
        return valid(verifier.verify(jwtEs256.get(i), recipients.get(i)));
    }

    /** @return the report on the EdDSA VC-JWT */
    @Benchmark
    public VerificationReport pipelineVerifyJwtEdDsa() {
        int i = nextIndex();
        return valid(verifier.verify(jwtEdDsa.get(i), recipients.get(i)));
    }

    /** @return the report on the baked PNG */
    @Benchmark
    public VerificationReport pipelineVerifyPng() {
        int i = nextIndex();
        return valid(verifier.verify(png.get(i), recipients.get(i)));
    }

    /** @return Iron's verified credential */
    @Benchmark
    public Verifiable ironVerify() {
        return iron.verify(ironSigned.get(nextIndex()));
    }

    /** @return whether Nimbus accepts the ES256 token (always true) */
    @Benchmark
    public boolean nimbusVerifyEs256() throws JOSEException, ParseException {
        return nimbus(es256Tokens.get(nextIndex()), nimbusEs256);
    }

    /** @return whether Nimbus accepts the EdDSA token (always true) */
    @Benchmark
    public boolean nimbusVerifyEdDsa() throws JOSEException, ParseException {
        return nimbus(edDsaTokens.get(nextIndex()), nimbusEdDsa);
    }

    private static boolean nimbus(String token, JWSVerifier verifier) throws JOSEException, ParseException {
        if (!JWSObject.parse(token).verify(verifier)) {
            throw new IllegalStateException("Nimbus rejected the token");
        }
        return true;
    }

    /** @param sink receives each report */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void verifyLoop(Blackhole sink) {
        for (VerificationInput input : batch) {
            sink.consume(valid(verifier.verify(input)));
        }
    }

    /** @param sink receives each report */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void verifyAll(Blackhole sink) {
        try (var reports = parallelVerifier.verifyAll(batch)) {
            reports.forEach(report -> sink.consume(valid(report)));
        }
    }

    /** @return the parallel verifier (for the memory measurement) */
    Verifier parallelVerifier() {
        return parallelVerifier;
    }

    /** @return the {@value #MIXED} mixed inputs */
    List<VerificationInput> mixed() {
        return mixed;
    }
}
