package org.microcred.verify.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microcred.verify.CheckId;
import org.microcred.verify.Outcome;
import org.microcred.verify.VerificationReport;
import org.microcred.verify.Verifier;
import org.microcred.verify.ob2.Ob2Check;
import org.microcred.verify.ob2.Ob2Outcome;
import org.microcred.verify.ob2.Ob2Result;
import org.microcred.verify.ob2.Ob2Verifier;

/** An OB 2.0 hosted assertion revoked with HTTP 410 by a real (loopback) server keeps its body's reason. */
class GoneOverHttpTest {

    private LoopbackHttpServer server;
    private String assertion;
    private HttpsDocumentFetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackHttpServer();
        assertion = "http://127.0.0.1:" + server.port() + "/assertions/123";
        byte[] body = ("{\"@context\":\"https://w3id.org/openbadges/v2\",\"id\":\"" + assertion + "\","
                + "\"type\":\"Assertion\",\"revoked\":true,\"revocationReason\":\"Awarded in error\"}")
                .getBytes(StandardCharsets.UTF_8);
        server.route("/assertions/123", (req, ex) -> ex.respond(410, Map.of("Content-Type", "application/ld+json"), body, true));
        fetcher = HttpsDocumentFetcher.builder().allowHost("127.0.0.1").allowHttp().allowLoopback()
                .readTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void theOb2VerifierReportsTheReasonOfA410() {
        Ob2Result r = Ob2Verifier.builder().fetcher(fetcher).build().verify(assertion);
        assertFalse(r.isValid());
        assertEquals(Ob2Outcome.FAIL, r.outcome(Ob2Check.STATUS));
        assertTrue(r.steps(Ob2Check.STATUS).stream().anyMatch(s -> s.message().contains("Awarded in error")), r::toString);
        assertTrue(r.display().revoked());
        assertEquals(Optional.of("Awarded in error"), r.display().revocationReason());
    }

    @Test
    void theVerifierReportsTheReasonOfA410() {
        VerificationReport r = Verifier.builder().documentFetcher(fetcher).build().verify(assertion);
        assertFalse(r.isValid());
        assertEquals(Outcome.FAIL, r.check(CheckId.STATUS).orElseThrow().outcome());
        assertTrue(r.check(CheckId.STATUS).orElseThrow().message().contains("Awarded in error"), r.checks()::toString);
        assertTrue(r.display().revoked());
    }
}
