package org.microcred.benchmarks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.Ed25519Signer;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.microcred.core.issue.Issuer;
import org.microcred.core.keys.MicrocredKeyPair;
import org.microcred.core.keys.SignatureAlgorithm;
import org.microcred.core.keys.SigningKey;
import org.microcred.core.proof.ProofOptions;
import org.microcred.core.proof.ProofSuite;
import org.microcred.core.proof.ProofSuites;
import org.microcred.core.proof.ProofVerification;
import org.microcred.core.proof.SecuredDocument;
import org.microcred.core.proof.VerificationOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * VC-JWT per algorithm: our suite beside raw Nimbus JOSE+JWT on the same header and payload,
 * single-threaded.
 *
 * <ul>
 *   <li>{@code jwtSign}: our {@link ProofSuite#secure} — mirror the JWT claims into the payload,
 *       serialise, sign, assemble the compact JWS;</li>
 *   <li>{@code jwtVerify}: {@link ProofSuites#verify(String, org.microcred.core.proof.KeyResolver)} on the
 *       compact JWS — parse, header checks, key resolution (did:key / did:jwk), signature, claim
 *       consistency checks, credential parse;</li>
 *   <li>{@code nimbusSign}: Nimbus alone signing the exact header and payload bytes our suite produced
 *       and serialising ({@code JWSObject.sign} + {@code serialize});</li>
 *   <li>{@code nimbusVerify}: Nimbus alone parsing the compact JWS and checking the signature with a
 *       verifier built once (no claim checks, no key resolution).</li>
 * </ul>
 *
 * RS256 / PS256 / ES256 use the JDK providers on both sides. For EdDSA, Nimbus's {@code Ed25519Signer}
 * needs Google Tink (added to this module only); our suite uses the project's Ed25519 engine.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JwtBenchmark {

    /** The JOSE algorithm. */
    @Param({"RS256", "ES256", "PS256", "EdDSA"})
    public String alg;

    private ProofSuite suite;
    private ProofSuites verifiers;
    private SigningKey key;
    private ProofOptions options;
    private List<ObjectNode> unsigned;
    private List<String> tokens;
    private List<JWSHeader> nimbusHeaders;
    private List<Payload> nimbusPayloads;
    private JWSSigner nimbusSigner;
    private JWSVerifier nimbusVerifier;
    private int next;

    /** Generates the key, builds the credentials, signs them and checks both libraries accept the tokens. */
    @Setup(Level.Trial)
    public void setUp() throws JOSEException, ParseException {
        SignatureAlgorithm algorithm = SignatureAlgorithm.valueOf(alg);
        MicrocredKeyPair pair = Fixtures.keyPairFor(algorithm);
        suite = ProofSuites.vcJwt(algorithm);
        verifiers = ProofSuites.of(suite);
        key = Fixtures.signingKey(pair, algorithm);
        options = ProofOptions.builder().clock(Fixtures.CLOCK).build();
        Issuer issuer = Fixtures.issuer(Fixtures.did(pair), key, suite);
        unsigned = Fixtures.unsignedCredentials(issuer);
        nimbusSigner = signer(algorithm, pair);
        nimbusVerifier = verifier(algorithm, pair);

        tokens = new ArrayList<>();
        nimbusHeaders = new ArrayList<>();
        nimbusPayloads = new ArrayList<>();
        for (ObjectNode credential : unsigned) {
            String token = suite.secure(credential, key, options).text();
            tokens.add(token);
            ProofVerification ours = verifiers.verify(token, Fixtures.RESOLVER, VerificationOptions.defaults());
            if (!ours.isValid()) {
                throw new IllegalStateException("Our token does not verify: " + ours);
            }
            JWSObject parsed = JWSObject.parse(token);
            if (!parsed.verify(nimbusVerifier)) {
                throw new IllegalStateException("Nimbus rejects our " + alg + " token");
            }
            String[] parts = token.split("\\.");
            nimbusHeaders.add(JWSHeader.parse(new Base64URL(parts[0])));
            nimbusPayloads.add(new Payload(Base64.getUrlDecoder().decode(parts[1])));
        }
        // Nimbus's own tokens are accepted by our suite (same header, same payload).
        String nimbusToken = nimbusSign();
        if (!verifiers.verify(nimbusToken, Fixtures.RESOLVER).isValid()) {
            throw new IllegalStateException("Our suite rejects Nimbus's " + alg + " token");
        }
        next = 0;
    }

    private static JWSSigner signer(SignatureAlgorithm algorithm, MicrocredKeyPair pair) throws JOSEException {
        KeyPair jdk = pair.toJavaKeyPair();
        switch (algorithm) {
            case ES256:
                return new ECDSASigner((ECPrivateKey) jdk.getPrivate());
            case EdDSA:
                return new Ed25519Signer(octetKeyPair(pair));
            default:
                return new RSASSASigner((RSAPrivateKey) jdk.getPrivate());
        }
    }

    private static JWSVerifier verifier(SignatureAlgorithm algorithm, MicrocredKeyPair pair) throws JOSEException {
        KeyPair jdk = pair.toJavaKeyPair();
        switch (algorithm) {
            case ES256:
                return new ECDSAVerifier((ECPublicKey) jdk.getPublic());
            case EdDSA:
                return new Ed25519Verifier(octetKeyPair(pair).toPublicJWK());
            default:
                return new RSASSAVerifier((RSAPublicKey) jdk.getPublic());
        }
    }

    private static OctetKeyPair octetKeyPair(MicrocredKeyPair pair) {
        ObjectNode jwk = pair.toPrivateJwk();
        return new OctetKeyPair.Builder(Curve.Ed25519, new Base64URL(jwk.get("x").asText()))
                .d(new Base64URL(jwk.get("d").asText())).build();
    }

    private int nextIndex() {
        int i = next;
        next = (i + 1) % Fixtures.VARIANTS;
        return i;
    }

    /** @return our compact VC-JWT */
    @Benchmark
    public SecuredDocument jwtSign() {
        return suite.secure(unsigned.get(nextIndex()), key, options);
    }

    /** @return our verification result */
    @Benchmark
    public ProofVerification jwtVerify() {
        ProofVerification result = verifiers.verify(tokens.get(nextIndex()), Fixtures.RESOLVER);
        if (!result.isValid()) {
            throw new IllegalStateException(result.toString());
        }
        return result;
    }

    /** @return Nimbus's compact JWS over the same header and payload */
    @Benchmark
    public String nimbusSign() throws JOSEException {
        int i = nextIndex();
        JWSObject jws = new JWSObject(nimbusHeaders.get(i), nimbusPayloads.get(i));
        jws.sign(nimbusSigner);
        return jws.serialize();
    }

    /** @return whether Nimbus accepts the token (always true) */
    @Benchmark
    public boolean nimbusVerify() throws JOSEException, ParseException {
        JWSObject jws = JWSObject.parse(tokens.get(nextIndex()));
        if (!jws.verify(nimbusVerifier)) {
            throw new IllegalStateException("Nimbus rejected the token");
        }
        return true;
    }
}
