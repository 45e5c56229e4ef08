package org.microcred.benchmarks;

import com.apicatalog.vc.Verifiable;
import com.apicatalog.vc.processor.ExpandedVerifiable;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.microcred.core.issue.Issuer;
import org.microcred.core.json.Json;
import org.microcred.core.jsonld.Canonicalizer;
import org.microcred.core.keys.SigningKey;
import org.microcred.core.proof.ProofOptions;
import org.microcred.core.proof.ProofSuite;
import org.microcred.core.proof.ProofSuites;
import org.microcred.core.proof.ProofVerification;
import org.microcred.core.proof.SecuredDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Data Integrity {@code eddsa-rdfc-2022}: our suite beside Iron VC 0.14 on the same Open Badge
 * (see {@link Fixtures}), single-threaded.
 *
 * <ul>
 *   <li>{@code diSign}: our {@link ProofSuite#secure} — canonicalize document and proof
 *       configuration, hash, sign, and write the signed JSON text;</li>
 *   <li>{@code diVerify}: {@link ProofSuites#verify(ObjectNode, org.microcred.core.proof.KeyResolver)}
 *       on the parsed signed credential — key resolution (did:key), canonicalization, signature check;</li>
 *   <li>{@code ironSign} / {@code ironVerify}: the same with Iron (see {@link IronPeer}); Iron's sign
 *       ends with its compacted document, {@code ironSignExpanded} stops before compaction;</li>
 *   <li>{@code canonicalize}: our RDFC-1.0 canonicalization of the unsigned credential alone.</li>
 * </ul>
 *
 * Every operation takes the next of {@link Fixtures#VARIANTS} different credentials.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DataIntegrityBenchmark {

    private ProofSuite suite;
    private ProofSuites verifiers;
    private SigningKey key;
    private ProofOptions options;
    private Canonicalizer canonicalizer;
    private IronPeer iron;

    private List<ObjectNode> unsigned;
    private List<ObjectNode> signed;
    private List<JsonObject> ironUnsigned;
    private List<JsonObject> ironSigned;
    private int next;

    /** Generates the key, builds the credentials, signs them with both libraries and checks every result. */
    @Setup(Level.Trial)
    public void setUp() {
        Fixtures.Ed25519Keys keys = Fixtures.ed25519();
        suite = ProofSuites.eddsaRdfc2022();
        verifiers = ProofSuites.of(suite);
        key = keys.signingKey();
        options = ProofOptions.builder().clock(Fixtures.CLOCK).build();
        canonicalizer = Canonicalizer.standard();
        Issuer issuer = Fixtures.issuer(keys.did(), key, suite);
        unsigned = Fixtures.unsignedCredentials(issuer);
        iron = new IronPeer(keys, Fixtures.NOW);

        signed = new ArrayList<>();
        ironUnsigned = new ArrayList<>();
        ironSigned = new ArrayList<>();
        int interoperable = 0;
        for (ObjectNode credential : unsigned) {
            String text = suite.secure(credential, key, options).text();
            ObjectNode ours = (ObjectNode) Json.standard().parse(text);
            signed.add(ours);
            JsonObject ironInput = IronPeer.parse(Json.standard().write(credential));
            ironUnsigned.add(ironInput);
            JsonObject theirs = iron.sign(ironInput);
            ironSigned.add(theirs);

            require(verifiers.verify(ours, Fixtures.RESOLVER).isValid(), "our signature does not verify with ours");
            iron.verify(theirs);
            if (verifiers.verify(theirs.toString(), Fixtures.RESOLVER).isValid()) {
                interoperable++;
            }
        }
        // Not a precondition, a finding: Iron 0.14 canonicalizes with io.setl:rdf-urdna 1.1, whose
        // blank-node labelling differs from RDFC-1.0 on credentials with several blank nodes (here
        // the alignment and the recipient's IdentityObject), so neither library accepts the other's
        // proofs on such documents. Both still do the same amount of work; see the report.
        System.err.printf("# DI cross-check: %d of %d Iron-signed credentials verify with microcred%n",
                interoperable, Fixtures.VARIANTS);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    private int nextIndex() {
        int i = next;
        next = (i + 1) % Fixtures.VARIANTS;
        return i;
    }

    /** @return our signed credential (JSON text) */
    @Benchmark
    public SecuredDocument diSign() {
        return suite.secure(unsigned.get(nextIndex()), key, options);
    }

    /** @return our verification result */
    @Benchmark
    public ProofVerification diVerify() {
        ProofVerification result = verifiers.verify(signed.get(nextIndex()), Fixtures.RESOLVER);
        if (!result.isValid()) {
            throw new IllegalStateException(result.toString());
        }
        return result;
    }

    /** @return Iron's signed credential, compacted */
    @Benchmark
    public JsonObject ironSign() {
        return iron.sign(ironUnsigned.get(nextIndex()));
    }

    /** @return Iron's signed credential in its expanded form (no compaction) */
    @Benchmark
    public ExpandedVerifiable ironSignExpanded() {
        return iron.signExpanded(ironUnsigned.get(nextIndex()));
    }

    /** @return Iron's verified credential */
    @Benchmark
    public Verifiable ironVerify() {
        return iron.verify(ironSigned.get(nextIndex()));
    }

    /** @return the canonical N-Quads of an unsigned credential */
    @Benchmark
    public String canonicalize() {
        return canonicalizer.canonicalize(unsigned.get(nextIndex()));
    }
}
