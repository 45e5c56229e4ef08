package org.microcred.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.microcred.core.bake.BadgeBaker;
import org.microcred.core.json.CredentialJson;
import org.microcred.core.jsonld.Canonicalizer;
import org.microcred.core.keys.MicrocredKeyPair;
import org.microcred.core.model.AchievementCredential;
import org.microcred.core.proof.KeyResolver;
import org.microcred.core.proof.ProofSuites;

class CliTest {

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void tourWritesTheBadgeAndItsCanonicalForm(@TempDir Path dir) throws Exception {
        Run r = run("tour", "--out", dir.toString());
        assertEquals(Main.OK, r.code(), r.err());
        String json = Files.readString(dir.resolve("1-badge-unsigned.json"));
        AchievementCredential badge = (AchievementCredential) CredentialJson.read(json);
        assertTrue(badge.problems().isEmpty(), badge.problems().toString());
        String nquads = Files.readString(dir.resolve("1-badge-unsigned.nq"));
        assertEquals(Canonicalizer.standard().canonicalize(CredentialJson.write(badge)), nquads);
        assertTrue(r.out().contains(dir.toAbsolutePath().toString()), "the tour names its folder");

        String di = Files.readString(dir.resolve("2-badge-data-integrity.json")).trim();
        assertTrue(ProofSuites.defaults().verify(di, KeyResolver.local()).isValid());
        String jwt = Files.readString(dir.resolve("2-badge.jwt")).trim();
        assertTrue(ProofSuites.defaults().verify(jwt, KeyResolver.local()).isValid());
        BadgeBaker baker = BadgeBaker.standard();
        assertEquals(di, baker.unbake(Files.readAllBytes(dir.resolve("2-badge-baked.png"))).orElseThrow().text());
        assertEquals(jwt, baker.unbake(Files.readAllBytes(dir.resolve("2-badge-baked.svg"))).orElseThrow().text());

        assertTrue(Files.readString(dir.resolve("3-report.html")).contains("4 of 7 credentials valid"));
        for (String line : new String[] {"VALID    a-valid-badge.json", "VALID    b-valid-badge.jwt",
            "VALID    c-valid-badge-baked.png", "INVALID  d-expired-badge.json", "INVALID  e-revoked-badge.json",
            "INVALID  f-tampered-badge.json", "VALID    g-legacy-ob2-badge.json"}) {
            assertTrue(r.out().contains(line), line + " in\n" + r.out());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ed25519", "p256", "rsa"})
    void keysGenerateWritesAnImportablePrivateJwk(String type, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("key.jwk");
        Run r = run("keys", "generate", "--type", type, "--out", file.toString());
        assertEquals(Main.OK, r.code(), r.err());
        MicrocredKeyPair pair = MicrocredKeyPair.fromJwk(Files.readString(file));
        assertTrue(r.out().contains(pair.publicKey().toJwk().get("kty").asText()));
        assertTrue(r.out().contains("did:jwk:"));
        assertEquals(!type.equals("rsa"), r.out().contains("did:key:"));
    }

    @Test
    void unknownKeyTypeIsAUsageError() {
        Run r = run("keys", "generate", "--type", "dsa");
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().contains("--type must be ed25519, p256 or rsa, not 'dsa'"), r.err());
    }
}
