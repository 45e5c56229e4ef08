package org.microcred.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.microcred.core.model.AchievementCredential;
import org.microcred.core.model.ClrCredential;
import org.microcred.core.model.Credential;

/** Every credential document among the spec vectors reads and writes back losslessly. */
class CredentialJsonVectorTest {

    static Stream<Path> credentials() {
        return Vectors.credentialFiles().stream();
    }

    @Test
    void theVectorFolderHoldsCredentialsOfEveryKind() {
        List<Path> files = Vectors.credentialFiles();
        assertTrue(files.size() >= 20, "found " + files.size());
        assertTrue(files.stream().anyMatch(p -> p.toString().contains("clrv2p0")));
        assertTrue(files.stream().anyMatch(p -> p.toString().contains("obv3p0")));
    }

    @ParameterizedTest
    @MethodSource("credentials")
    void readThenWriteGivesAnEqualTree(Path file) {
        JsonNode original = Vectors.parse(file);
        Credential credential = CredentialJson.read(original);
        assertEquals(original, CredentialJson.write(credential), file.toString());
    }

    @ParameterizedTest
    @MethodSource("credentials")
    void reReadingTheWrittenTreeGivesAnEqualModel(Path file) {
        Credential credential = CredentialJson.read(Vectors.parse(file));
        assertEquals(credential, CredentialJson.read(CredentialJson.write(credential)));
        assertEquals(credential, CredentialJson.read(CredentialJson.writeString(credential)));
        assertEquals(credential.hashCode(), CredentialJson.read(CredentialJson.write(credential)).hashCode());
    }

    @ParameterizedTest
    @MethodSource("credentials")
    void everyVectorIsComplete(Path file) {
        Credential credential = CredentialJson.read(Vectors.parse(file));
        assertEquals(List.of(), credential.problems(), file.toString());
    }

    @Test
    void theImplementationGuideBadgeReadsAsAnAchievementCredential() {
        Path file = Vectors.root().resolve("1edtech-ob-impl-guide/obv3p0/signed.json");
        AchievementCredential badge = CredentialJson.read(Vectors.parse(file), AchievementCredential.class);
        assertEquals("Teamwork", badge.credentialSubject().orElseThrow().achievement().orElseThrow().name().orElseThrow());
        assertEquals("eddsa-rdfc-2022", badge.proof().get(0).cryptosuite().orElseThrow());
        assertEquals("https://example.edu/issuers/565049", badge.issuerId().orElseThrow());
        assertTrue(badge.jsonForm().isCompacted("proof"), "proof was a single object");
    }

    @Test
    void theClrKeepsItsEmbeddedCredentialsAsTypedCredentials() {
        Path file = Vectors.root().resolve("1edtech-ob-impl-guide/clrv2p0/signed.json");
        ClrCredential clr = CredentialJson.read(Vectors.parse(file), ClrCredential.class);
        List<Credential> embedded = clr.credentialSubject().orElseThrow().verifiableCredential();
        assertTrue(!embedded.isEmpty());
        embedded.forEach(c -> assertInstanceOf(AchievementCredential.class, c));
        embedded.forEach(c -> assertTrue(!c.proof().isEmpty(), "each embedded credential keeps its proof"));
    }
}
