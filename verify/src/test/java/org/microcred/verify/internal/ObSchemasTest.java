package org.microcred.verify.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.microcred.core.json.Json;

/**
 * The bundled OB 3.0 schemas as the validator sees them: the 1EdTech implementation-guide
 * credentials pass (also in JSON-LD compacted form), violations carry the instance's JSON pointer
 * and the validator's message, and validating never changes the caller's tree. The pinned messages
 * guard the wording reports show across validator upgrades.
 */
class ObSchemasTest {

    private static Path vectors() {
        return Path.of(System.getProperty("microcred.vectors", "../vectors"));
    }

    static Stream<Path> obCredentials() {
        Path dir = vectors().resolve("1edtech-ob-impl-guide/obv3p0");
        return Stream.of(dir.resolve("unsigned.json"), dir.resolve("signed.json"));
    }

    private static ObjectNode read(Path file) {
        try {
            return (ObjectNode) Json.standard().parse(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new AssertionError("Cannot read vector " + file, e);
        }
    }

    private static ObjectNode unsigned() {
        return read(vectors().resolve("1edtech-ob-impl-guide/obv3p0/unsigned.json"));
    }

    private static List<ObSchemas.Violation> validate(JsonNode credential) {
        return ObSchemas.get().validate(ObSchemas.ACHIEVEMENT_CREDENTIAL, ObSchemas.normalise(credential));
    }

    @ParameterizedTest
    @MethodSource("obCredentials")
    void implementationGuideCredentialsAreValid(Path file) {
        assertEquals(List.of(), validate(read(file)));
    }

    @ParameterizedTest
    @MethodSource("obCredentials")
    void compactedSingleValuesAreValid(Path file) {
        ObjectNode c = read(file);
        ((ObjectNode) c.get("issuer")).put("type", "Profile");
        ((ObjectNode) c.get("credentialSubject")).put("type", "AchievementSubject");
        ((ObjectNode) c.get("credentialSubject").get("achievement")).put("type", "Achievement");
        if (c.has("proof") && c.get("proof").isArray()) {
            c.set("proof", c.get("proof").get(0));
        }
        assertEquals(List.of(), validate(c));
    }

    @Test
    void theUnnormalisedCompactedFormIsWhatTheCanonicalSchemaRejects() {
        ObjectNode c = unsigned();
        ((ObjectNode) c.get("credentialSubject")).put("type", "AchievementSubject");
        List<ObSchemas.Violation> violations = ObSchemas.get().validate(ObSchemas.ACHIEVEMENT_CREDENTIAL, c);
        assertFalse(violations.isEmpty());
        assertTrue(violations.stream().allMatch(v -> v.pointer().equals("/credentialSubject/type")), violations::toString);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            /validFrom | "x"                    | /validFrom | does not match the date-time pattern must be a valid RFC 3339 date-time
            /validFrom | "2010-13-01T00:00:00Z" | /validFrom | does not match the date-time pattern must be a valid RFC 3339 date-time
            /validFrom | 42                     | /validFrom | integer found, string expected
            /validFrom |                        | ``         | required property 'validFrom' not found
            /name      | {}                     | /name      | object found, string expected
            /issuer    |                        | ``         | required property 'issuer' not found
            /credentialSubject | "x"            | /credentialSubject | string found, object expected
            """)
    void violationsNameThePointerAndTheRule(String property, String replacement, String pointer, String message) {
        ObjectNode c = unsigned();
        String name = property.substring(1);
        if (replacement == null) {
            c.remove(name);
        } else {
            c.set(name, Json.standard().parse(replacement));
        }
        assertEquals(List.of(new ObSchemas.Violation(pointer, message)), validate(c));
    }

    @Test
    void nestedViolationsPointIntoTheInstance() {
        ObjectNode c = unsigned();
        ((ObjectNode) c.get("credentialSubject").get("achievement")).put("name", 7);
        assertEquals(List.of(new ObSchemas.Violation("/credentialSubject/achievement/name", "integer found, string expected")),
                validate(c));
    }

    @Test
    void dateTimesAreCheckedAsRfc3339IncludingLeapSeconds() {
        ObjectNode c = unsigned();
        c.put("validFrom", "1990-12-31T23:59:60Z");
        assertEquals(List.of(), validate(c));
        c.put("validFrom", "2010-01-01T00:00:00");
        assertEquals("/validFrom", validate(c).get(0).pointer());
    }

    @Test
    void endorsementAndProfileSchemasAreBundledUnderTheirPublishedUrls() {
        assertTrue(ObSchemas.get().has(ObSchemas.ACHIEVEMENT_CREDENTIAL));
        assertTrue(ObSchemas.get().has(ObSchemas.ENDORSEMENT_CREDENTIAL));
        assertTrue(ObSchemas.get().has(ObSchemas.PROFILE));
        assertFalse(ObSchemas.get().has("https://purl.imsglobal.org/spec/clr/v2p0/schema/json/clr_v2p0_clrcredential_schema.json"));
        ObjectNode profile = (ObjectNode) unsigned().get("issuer");
        assertEquals(List.of(), ObSchemas.get().validate(ObSchemas.PROFILE, ObSchemas.normalise(profile)));
        profile.remove("id");
        assertEquals(List.of(new ObSchemas.Violation("", "required property 'id' not found")),
                ObSchemas.get().validate(ObSchemas.PROFILE, profile));
    }

    @Test
    void anUnbundledSchemaIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> ObSchemas.get().validate("https://example.org/schema.json", unsigned()));
    }

    @Test
    void describeListsTheFirstFiveAndCountsTheRest() {
        List<ObSchemas.Violation> seven = Stream.iterate(0, i -> i + 1).limit(7)
                .map(i -> new ObSchemas.Violation("/p" + i, "bad " + i)).toList();
        assertEquals("7 schema violations: /p0: bad 0; /p1: bad 1; /p2: bad 2; /p3: bad 3; /p4: bad 4; and 2 more",
                ObSchemas.describe(seven));
        assertEquals("1 schema violation: required property 'id' not found",
                ObSchemas.describe(List.of(new ObSchemas.Violation("", "required property 'id' not found"))));
    }

    @Property(tries = 60)
    void validatingNeitherChangesTheInstanceNorDependsOnRepeatedNormalising(
            @ForAll @StringLength(max = 40) String name, @ForAll @StringLength(max = 30) String validFrom) {
        ObjectNode c = unsigned();
        c.put("name", name);
        c.put("validFrom", validFrom);
        JsonNode instance = ObSchemas.normalise(c);
        JsonNode before = instance.deepCopy();
        List<ObSchemas.Violation> first = ObSchemas.get().validate(ObSchemas.ACHIEVEMENT_CREDENTIAL, instance);
        assertEquals(before, instance);
        assertEquals(instance, ObSchemas.normalise(instance));
        assertEquals(first, ObSchemas.get().validate(ObSchemas.ACHIEVEMENT_CREDENTIAL, ObSchemas.normalise(instance)));
        assertTrue(first.stream().allMatch(v -> v.pointer().equals("/validFrom")), first::toString);
    }
}
