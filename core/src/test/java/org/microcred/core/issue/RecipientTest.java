package org.microcred.core.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.microcred.core.model.AchievementCredential;
import org.microcred.core.model.AchievementSubject;
import org.microcred.core.model.IdentifierType;
import org.microcred.core.model.IdentityObject;

/** Recipients: subject ids, plain and hashed identifiers, and what lands in the credential. */
class RecipientTest {

    @Test
    void plainHashedAndCombinedRecipients() {
        Recipient plain = Recipient.email("ada@example.org");
        assertEquals(List.of(IdentityObject.plain(IdentifierType.EMAIL_ADDRESS, "ada@example.org")), plain.identifiers());
        assertTrue(plain.subjectId().isEmpty());

        Recipient hashed = plain.hashed();
        IdentityObject identity = hashed.identifiers().get(0);
        assertTrue(identity.matches("ada@example.org"));
        assertFalse(identity.matches("Ada@example.org"), "no case folding before hashing");
        assertNotEquals(identity.salt(), plain.hashed().identifiers().get(0).salt(), "a fresh salt per call");
        assertThrows(IllegalStateException.class, hashed::hashed, "already hashed");

        Recipient both = Recipient.identifier(IdentifierType.LTI_USER_ID, "u-17").withId("did:example:ada").hashed("s");
        assertEquals("did:example:ada", both.subjectId().orElseThrow());
        assertEquals(IdentityObject.hashed(IdentifierType.LTI_USER_ID, "u-17", "s"), both.identifiers().get(0));

        Recipient two = Recipient.id("did:example:ada")
                .withIdentifier(IdentityObject.hashed(IdentifierType.EMAIL_ADDRESS, "ada@example.org", "x"))
                .withIdentifier(IdentityObject.plain(IdentifierType.SIS_SOURCED_ID, "42"));
        AchievementSubject subject = Fixtures.eddsa().issue(OpenBadge.builder().achievement(Fixtures.achievement())
                .recipient(two).build()).credential(AchievementCredential.class).credentialSubject().orElseThrow();
        assertEquals("did:example:ada", subject.id().orElseThrow());
        assertEquals(two.identifiers(), subject.identifier());
        assertFalse(two.toString().contains("42"), "toString shows no identifier");
    }

    @Test
    void badRecipientsAreRefusedNamingTheField() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Recipient.id("ada")).getMessage()
                .startsWith("subjectId 'ada' is not an absolute URI"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Recipient.email(" ")).getMessage()
                .contains("value must not be blank"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Recipient.identity(IdentityObject.builder()
                .identityHash("x").buildLenient())).getMessage().startsWith("identity is incomplete"));
        assertThrows(NullPointerException.class, () -> Recipient.email(null));
    }
}
