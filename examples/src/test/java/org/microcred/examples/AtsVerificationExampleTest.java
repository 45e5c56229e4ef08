package org.microcred.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcred.examples.AtsVerificationExample.Finding;
import org.microcred.verify.fetch.DocumentFetcher;

class AtsVerificationExampleTest {

    @Test
    void acceptsOnlyGenuineBadgesFromTrustedIssuersIssuedToTheCandidate(@TempDir Path dir) throws Exception {
        Set<String> trusted = DemoSubmissions.write(dir);
        Map<String, List<Finding>> findings = new AtsVerificationExample(trusted, DocumentFetcher.none()).review(dir);

        List<Finding> ada = findings.get("ada@example.org");
        assertEquals(List.of("data-literacy.json", "phd.json", "statistics.jwt"), ada.stream().map(Finding::file).toList());
        assertTrue(ada.get(0).accepted(), ada.get(0).why());
        assertFalse(ada.get(1).accepted(), "the diploma mill is not trusted");
        assertTrue(ada.get(1).why().startsWith("trust:"), ada.get(1).why());
        assertTrue(ada.get(2).accepted(), ada.get(2).why());

        List<Finding> bob = findings.get("bob@example.org");
        Finding borrowed = bob.get(0);
        assertFalse(borrowed.accepted(), "a badge issued to ada is not bob's");
        assertTrue(borrowed.why().startsWith("recipient:"), borrowed.why());
        Finding tampered = bob.get(1);
        assertFalse(tampered.accepted());
        assertTrue(tampered.why().startsWith("proof:"), tampered.why());
    }

    @Test
    void mainRunsOnItsDemoFolder() throws Exception {
        AtsVerificationExample.main(new String[0]);
    }
}
