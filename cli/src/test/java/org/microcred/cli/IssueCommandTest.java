package org.microcred.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.microcred.cli.CliTest.Run;
import org.microcred.core.json.Json;
import org.microcred.core.keys.DidJwk;
import org.microcred.core.keys.DidKey;
import org.microcred.core.keys.KeyType;
import org.microcred.core.keys.MicrocredKeyPair;
import org.microcred.core.proof.KeyResolver;
import org.microcred.core.proof.ProofSuites;
import org.microcred.core.proof.ProofVerification;

class IssueCommandTest {

    private static final Json JSON = Json.standard();

    /** The 1EdTech OB 3.0 impl-guide credential, re-issued by the given DID. */
    private static Path unsignedFor(Path dir, String issuerId) throws Exception {
        ObjectNode cred = (ObjectNode) JSON.parse(Files.readAllBytes(
                Path.of(System.getProperty("microcred.vectors", "../vectors"), "1edtech-ob-impl-guide/obv3p0/unsigned.json")));
        ((ObjectNode) cred.get("issuer")).put("id", issuerId);
        Path file = dir.resolve("unsigned.json");
        Files.writeString(file, JSON.write(cred));
        return file;
    }

    private static Path keyFile(Path dir, MicrocredKeyPair key) throws Exception {
        Path file = dir.resolve("key.jwk");
        Files.writeString(file, key.toPrivateJwk().toString());
        return file;
    }

    @ParameterizedTest
    @CsvSource({"ED25519,di,eddsa-rdfc-2022", "P256,di,ecdsa-rdfc-2019", "ED25519,jwt,vc-jwt", "P256,jwt,vc-jwt",
        "RSA,jwt,vc-jwt"})
    void signsTheCredentialAsItIs(KeyType type, String format, String suite, @TempDir Path dir) throws Exception {
        MicrocredKeyPair key = MicrocredKeyPair.generate(type);
        String issuer = type == KeyType.RSA ? DidJwk.of(key.publicKey()).did() : DidKey.of(key.publicKey()).did();
        Path in = unsignedFor(dir, issuer);
        Path out = dir.resolve("signed");
        Run r = CliTest.run("issue", "--key", keyFile(dir, key).toString(), "--in", in.toString(),
                "--format", format, "--out", out.toString());
        assertEquals(Main.OK, r.code(), r.err());

        ProofVerification v = ProofSuites.defaults().verify(Files.readString(out).trim(), KeyResolver.local());
        assertTrue(v.isValid(), v.reason());
        assertEquals(suite, v.validProof().orElseThrow().suite().orElseThrow());
        if (format.equals("di")) {
            ObjectNode signed = (ObjectNode) JSON.parse(Files.readString(out));
            signed.remove("proof");
            assertEquals(JSON.parse(Files.readString(in)), signed, "nothing but the proof is added");
        }
    }

    @Test
    void refusesAnIssuerTheKeyDoesNotBelongTo(@TempDir Path dir) throws Exception {
        MicrocredKeyPair key = MicrocredKeyPair.generate(KeyType.ED25519);
        Path in = unsignedFor(dir, "did:web:other.example");
        Run r = CliTest.run("issue", "--key", keyFile(dir, key).toString(), "--in", in.toString(), "--format", "di");
        assertEquals(Main.INVALID, r.code());
        assertTrue(r.err().contains("not to the issuer did:web:other.example"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void refusesAnIncompleteCredentialNamingWhatIsMissing(@TempDir Path dir) throws Exception {
        MicrocredKeyPair key = MicrocredKeyPair.generate(KeyType.ED25519);
        Path in = unsignedFor(dir, DidKey.of(key.publicKey()).did());
        ObjectNode cred = (ObjectNode) JSON.parse(Files.readString(in));
        cred.remove("validFrom");
        Files.writeString(in, JSON.write(cred));
        Run r = CliTest.run("issue", "--key", keyFile(dir, key).toString(), "--in", in.toString(), "--format", "di");
        assertEquals(Main.INVALID, r.code());
        assertTrue(r.err().contains("is incomplete: it has no validFrom"), r.err());
    }

    @Test
    void rsaHasNoDataIntegritySuite(@TempDir Path dir) throws Exception {
        MicrocredKeyPair key = MicrocredKeyPair.generate(KeyType.RSA);
        Path in = unsignedFor(dir, DidJwk.of(key.publicKey()).did());
        Run r = CliTest.run("issue", "--key", keyFile(dir, key).toString(), "--in", in.toString(), "--format", "di");
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().contains("Data Integrity has no cryptosuite for RSA keys"), r.err());
    }
}
