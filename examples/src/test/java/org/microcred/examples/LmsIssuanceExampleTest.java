package org.microcred.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcred.core.bake.BadgeBaker;
import org.microcred.core.bake.BakedCredential;
import org.microcred.core.json.CredentialJson;
import org.microcred.core.model.AchievementCredential;
import org.microcred.core.model.IdentityObject;
import org.microcred.core.proof.KeyResolver;
import org.microcred.core.proof.ProofSuites;

class LmsIssuanceExampleTest {

    @Test
    void mainIssuesBakesAndStoresVerifiableBadges(@TempDir Path dir) throws Exception {
        LmsIssuanceExample.main(new String[] {dir.toString()});

        for (String learner : new String[] {"ada", "grace"}) {
            String json = Files.readString(dir.resolve(learner + ".json"));
            assertTrue(ProofSuites.defaults().verify(json, KeyResolver.local()).isValid(), learner);

            BakedCredential baked = BadgeBaker.standard().unbake(Files.readAllBytes(dir.resolve(learner + ".png")))
                    .orElseThrow();
            assertEquals(json, baked.text(), "the PNG carries exactly the stored badge");

            AchievementCredential badge = (AchievementCredential) CredentialJson.read(json);
            IdentityObject recipient = badge.credentialSubject().orElseThrow().identifier().get(0);
            assertTrue(recipient.matches(learner + "@example.org"));
            assertTrue(badge.expiresAt().isPresent(), "issued for three years");
        }
    }

    @Test
    void theIssuerKeyIsKeptBetweenRuns(@TempDir Path dir) throws Exception {
        String first = new LmsIssuanceExample(dir).onCourseCompleted("ada@example.org", "ada").credential()
                .issuerId().orElseThrow();
        String second = new LmsIssuanceExample(dir).onCourseCompleted("ada@example.org", "ada").credential()
                .issuerId().orElseThrow();
        assertEquals(first, second);
    }
}
