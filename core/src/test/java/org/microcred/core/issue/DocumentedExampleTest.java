package org.microcred.core.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.microcred.core.keys.KeyType;
import org.microcred.core.keys.MicrocredKeyPair;
import org.microcred.core.keys.SigningKeys;
import org.microcred.core.model.Achievement;
import org.microcred.core.model.Profile;
import org.microcred.core.proof.ProofSuites;

/** The examples in the Issuer and package Javadoc, as code that must keep compiling and working. */
class DocumentedExampleTest {

    @Test
    void theJavadocExampleWorks() {
        MicrocredKeyPair keyPair = MicrocredKeyPair.generate(KeyType.ED25519);
        Achievement cprCertified = Fixtures.achievement();

        Issuer issuer = Issuer.builder()
                .profile(Profile.builder().id("did:web:lms.example.edu").name("Example University").build())
                .signingKey(SigningKeys.ed25519(keyPair, "did:web:lms.example.edu#key-1"))
                .proofSuite(ProofSuites.eddsaRdfc2022())
                .build();

        SignedCredential badge = issuer.issue(OpenBadge.builder()
                .achievement(cprCertified)
                .recipient(Recipient.email("ada@example.org").hashed())
                .validFor(Period.ofYears(2))
                .build());

        org.microcred.core.proof.KeyResolver didWeb = org.microcred.core.proof.KeyResolver
                .fixed("did:web:lms.example.edu#key-1", keyPair.publicKey(), "did:web:lms.example.edu");
        assertTrue(ProofSuites.defaults().verify(badge.text(), didWeb).isValid());

        List<String> learners = List.of("did:example:a", "did:example:b");
        List<SignedCredential> store = new ArrayList<>();
        try (Stream<IssueResult> results = issuer.issueAll(learners.stream().map(Fixtures::badge))) {
            results.forEach(r -> r.credential().ifPresentOrElse(store::add, () -> {
                throw r.error().orElseThrow();
            }));
        }
        assertEquals(2, store.size());
    }
}
