package org.microcred.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.microcred.core.MicrocredException;

/** IdentityHash as OB 3.0 defines it (salt appended, no separator, hex in any case). */
class IdentityObjectTest {

    /** The spec's example (OB 3.0 §IdentityHash): sha256("a@example.com" + "Kosher"). */
    static final String SPEC_HASH = "sha256$b5809d8a92f8858436d7e6b87c12ebc0ae1eac4baecc2c0b913aee2c922ef399";

    @Test
    void reproducesTheSpecExample() {
        assertEquals(SPEC_HASH, IdentityHash.sha256("a@example.com", "Kosher"));
        IdentityObject id = IdentityObject.hashed(IdentifierType.EMAIL_ADDRESS, "a@example.com", "Kosher");
        assertEquals(SPEC_HASH, id.identityHash().orElseThrow());
        assertEquals("Kosher", id.salt().orElseThrow());
        assertEquals(true, id.hashed().orElseThrow());
        assertEquals("IdentityObject", id.type().orElseThrow());
        assertTrue(id.matches("a@example.com"));
    }

    @Test
    void matchesUpperCaseHex() {
        IdentityObject id = IdentityObject.builder().hashed(true).identityType(IdentifierType.EMAIL_ADDRESS)
                .identityHash("sha256$" + SPEC_HASH.substring(7).toUpperCase(Locale.ROOT)).salt("Kosher").build();
        assertTrue(id.matches("a@example.com"));
    }

    @Test
    void matchesMd5() {
        // md5("a@example.comKosher"), computed independently with coreutils md5sum
        String md5 = IdentityHash.md5("a@example.com", "Kosher");
        assertEquals("md5$ddd142639a792e74751ee7e129237efa", md5);
        IdentityObject id = IdentityObject.builder().hashed(true).identityType(IdentifierType.EMAIL_ADDRESS)
                .identityHash(md5).salt("Kosher").build();
        assertTrue(id.matches("a@example.com"));
        assertFalse(id.matches("b@example.com"));
    }

    @Test
    void wrongSaltOrIdentifierDoesNotMatch() {
        IdentityObject id = IdentityObject.builder().hashed(true).identityType(IdentifierType.EMAIL_ADDRESS)
                .identityHash(SPEC_HASH).salt("kosher").build();
        assertFalse(id.matches("a@example.com"));
        IdentityObject unsalted = id.toBuilder().salt(null).build();
        assertFalse(unsalted.matches("a@example.com"));
        assertFalse(IdentityObject.hashed(IdentifierType.EMAIL_ADDRESS, "a@example.com", "Kosher")
                .matches("a@example.com "));
    }

    @Test
    void doesNotNormaliseUnlessAskedTo() {
        IdentityObject id = IdentityObject.hashed(IdentifierType.EMAIL_ADDRESS, "a@example.com", "Kosher");
        assertFalse(id.matches(" A@Example.com"));
        assertTrue(id.matchesNormalized(" A@Example.com"));
    }

    @Test
    void unhashedComparesTheText() {
        IdentityObject id = IdentityObject.plain(IdentifierType.EMAIL_ADDRESS, "a@example.com");
        assertEquals(false, id.hashed().orElseThrow());
        assertTrue(id.salt().isEmpty());
        assertTrue(id.matches("a@example.com"));
        assertFalse(id.matches("b@example.com"));
    }

    @Test
    void randomSaltsAreFreshAnd16Bytes() {
        String a = IdentityHash.newSalt();
        assertTrue(a.matches("[0-9a-f]{32}"), a);
        assertNotEquals(a, IdentityHash.newSalt());
        IdentityObject id = IdentityObject.hashed(IdentifierType.EMAIL_ADDRESS, "a@example.com");
        assertTrue(id.matches("a@example.com"));
        assertNotEquals(SPEC_HASH, id.identityHash().orElseThrow());
    }

    @Test
    void unknownAlgorithmAndMalformedHashesNeverMatch() {
        assertFalse(IdentityHash.matches("sha1$abcdef", "", "a"));
        assertFalse(IdentityHash.matches("no-dollar", "", "a"));
        MicrocredException e = assertThrows(MicrocredException.class, () -> IdentityObject.builder().hashed(true)
                .identityType(IdentifierType.EMAIL_ADDRESS).identityHash("sha256$xyz").build());
        assertTrue(e.getMessage().contains("IdentityObject.identityHash"), e.getMessage());
    }

    @Test
    void requiresTheIdentityType() {
        MicrocredException e = assertThrows(MicrocredException.class,
                () -> IdentityObject.builder().hashed(false).identityHash("x").build());
        assertEquals("IdentityObject.identityType is required", e.getMessage());
    }

    @Test
    void identityObjectsAllowNoAdditionalProperties() {
        IdentityObject id = IdentityObject.plain(IdentifierType.EMAIL_ADDRESS, "a@example.com").toBuilder()
                .extension("note", com.fasterxml.jackson.databind.node.TextNode.valueOf("x")).buildLenient();
        assertEquals(java.util.List.of(
                "IdentityObject.note is not allowed: IdentityObject has no additional properties"), id.problems());
    }

    @Property(tries = 200)
    void anyIdentifierMatchesItsOwnHashAndOnlyIt(@ForAll String identifier, @ForAll String salt,
            @ForAll String other) {
        IdentityObject id = IdentityObject.hashed(IdentifierType.EMAIL_ADDRESS, identifier, salt);
        assertTrue(id.matches(identifier));
        assertEquals(identifier.equals(other), id.matches(other));
    }
}
