package org.microcred.verify.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Every {@link ResolutionStep} is reported by some resolution, and its message names the input. */
class EveryStepTest {

    @Test
    void everyStepHasAFailureThatNamesItsInput() {
        KeyResolver r = ResolveFixtures.resolver();
        KeyResolver tight = DefaultKeyResolver.builder().fetcher(ResolveFixtures.fetcher()).maxDocuments(1).build();
        Map<ResolutionStep, Supplier<Resolution>> cases = new EnumMap<>(ResolutionStep.class);
        cases.put(ResolutionStep.REFERENCE, () -> r.resolve("urn:uuid:1234"));
        cases.put(ResolutionStep.SCHEME, () -> r.resolve("http://example.edu/keys/1"));
        cases.put(ResolutionStep.DID_METHOD, () -> r.resolve("did:example:123#key-1"));
        cases.put(ResolutionStep.DID_WEB_URL, () -> r.resolve("did:web:example.edu%3A99999#key-1"));
        cases.put(ResolutionStep.FETCH, () -> r.resolve("https://example.edu/keys/absent"));
        cases.put(ResolutionStep.DOCUMENT, () -> r.resolve("https://example.edu/not-json#key-1"));
        cases.put(ResolutionStep.DOCUMENT_ID, () -> r.resolve("did:web:wrong.example#key-1"));
        cases.put(ResolutionStep.FIND_METHOD, () -> r.resolve("did:web:example.edu#key-404"));
        cases.put(ResolutionStep.READ_KEY, () -> r.resolve("did:web:example.edu#key-rsa"));
        cases.put(ResolutionStep.CONTROLLER, () -> r.resolve("https://evil.example/keys/1"));
        cases.put(ResolutionStep.PURPOSE,
                () -> r.resolve("did:web:example.edu#key-auth").requirePurpose("assertionMethod"));
        cases.put(ResolutionStep.LIMIT, () -> tight.resolve("https://example.edu/keys/1"));
        assertEquals(EnumSet.allOf(ResolutionStep.class), cases.keySet());
        cases.forEach((step, run) -> {
            Resolution res = run.get();
            ResolutionFailure f = res.failure().orElseThrow(() -> new AssertionError(step + " resolved: " + res));
            assertEquals(step, f.step(), f::toString);
            String input = res.reference().replaceAll("#.*", "");
            assertTrue(f.message().contains(input), () -> step + " message does not name " + input + ": " + f);
        });
    }
}
