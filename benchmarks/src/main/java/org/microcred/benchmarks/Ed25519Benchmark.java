package org.microcred.benchmarks;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.microcred.core.keys.MicrocredPublicKey;
import org.microcred.core.keys.SignatureAlgorithm;
import org.microcred.core.keys.SigningKey;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The floor: one Ed25519 signature over 64 bytes (the size of the two SHA-256 hashes an
 * {@code eddsa-rdfc-2022} proof signs), with the JDK's provider and with the engine our keys use.
 *
 * <ul>
 *   <li>{@code ed25519JdkSign} / {@code ed25519JdkVerify}: {@code java.security.Signature("Ed25519")},
 *       a fresh {@code Signature} per call as a library would use it;</li>
 *   <li>{@code ed25519EngineSign} / {@code ed25519EngineVerify}: our {@link SigningKey#sign} and
 *       {@link MicrocredPublicKey#verify} — the calls the proof suites make.</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class Ed25519Benchmark {

    private byte[] message;
    private KeyPair jdk;
    private SigningKey engine;
    private MicrocredPublicKey publicKey;
    private byte[] jdkSignature;
    private byte[] engineSignature;

    /** Generates the key and a 64-byte message; checks both implementations agree. */
    @Setup(Level.Trial)
    public void setUp() throws GeneralSecurityException {
        message = new byte[64];
        new Random(64).nextBytes(message);
        Fixtures.Ed25519Keys keys = Fixtures.ed25519();
        jdk = keys.pair().toJavaKeyPair();
        engine = keys.signingKey();
        publicKey = keys.pair().publicKey();
        jdkSignature = ed25519JdkSign();
        engineSignature = ed25519EngineSign();
        if (!java.util.Arrays.equals(jdkSignature, engineSignature)) {
            throw new IllegalStateException("JDK and engine Ed25519 signatures differ (Ed25519 is deterministic)");
        }
        if (!ed25519JdkVerify() || !ed25519EngineVerify()) {
            throw new IllegalStateException("Ed25519 signature does not verify");
        }
    }

    /** @return the JDK's signature */
    @Benchmark
    public byte[] ed25519JdkSign() throws GeneralSecurityException {
        Signature signature = Signature.getInstance("Ed25519");
        signature.initSign(jdk.getPrivate());
        signature.update(message);
        return signature.sign();
    }

    /** @return whether the JDK accepts the signature */
    @Benchmark
    public boolean ed25519JdkVerify() throws GeneralSecurityException {
        Signature signature = Signature.getInstance("Ed25519");
        signature.initVerify(jdk.getPublic());
        signature.update(message);
        return signature.verify(jdkSignature);
    }

    /** @return our engine's signature */
    @Benchmark
    public byte[] ed25519EngineSign() {
        return engine.sign(message);
    }

    /** @return whether our engine accepts the signature */
    @Benchmark
    public boolean ed25519EngineVerify() {
        return publicKey.verify(SignatureAlgorithm.EdDSA, message, engineSignature);
    }
}
