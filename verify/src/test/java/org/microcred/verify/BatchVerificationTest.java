package org.microcred.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BatchVerificationTest {

    private static VerificationInput input(int i) {
        ObjectNode c = Fixtures.badge20();
        if (i % 3 == 0) {
            c.put("validUntil", "2025-01-01T00:00:00Z");
        }
        ((ObjectNode) c.get("credentialSubject").get("achievement")).put("name", "Badge " + i);
        return VerificationInput.of("item-" + i, Fixtures.bytes(c));
    }

    @Test
    void resultsComeBackInInputOrderWithTheirIds() {
        Verifier v = Fixtures.verifier().parallelism(4).build();
        List<VerificationInput> inputs = IntStream.range(0, 200).mapToObj(BatchVerificationTest::input).toList();
        List<VerificationReport> reports;
        try (Stream<VerificationReport> s = v.verifyAll(inputs)) {
            reports = s.collect(Collectors.toList());
        }
        assertEquals(200, reports.size());
        for (int i = 0; i < 200; i++) {
            VerificationReport r = reports.get(i);
            assertEquals("item-" + i, r.inputId().orElseThrow());
            assertEquals("Badge " + i, r.display().name().orElseThrow());
            assertEquals(i % 3 != 0, r.isValid(), r::toString);
        }
    }

    @Test
    void theSourceIsConsumedLazilyWithABoundedWindow() {
        Verifier v = Fixtures.verifier().parallelism(2).build();
        AtomicInteger pulled = new AtomicInteger();
        Stream<VerificationInput> endless = Stream.iterate(0, i -> i + 1).peek(i -> pulled.incrementAndGet())
                .map(BatchVerificationTest::input);
        List<String> firstFive = new ArrayList<>();
        try (Stream<VerificationReport> s = v.verifyAll(endless)) {
            s.limit(5).forEach(r -> firstFive.add(r.inputId().orElseThrow()));
        }
        assertEquals(List.of("item-0", "item-1", "item-2", "item-3", "item-4"), firstFive);
        // window = 32 inputs per thread: never more than that pulled beyond what was consumed
        assertTrue(pulled.get() <= 5 + 32 * 2 + 1, "pulled " + pulled.get());
    }

    @Test
    void badInputsInABatchAreReportsNotExceptions() {
        Verifier v = Fixtures.verifier().parallelism(3).build();
        List<VerificationInput> inputs = List.of(
                VerificationInput.of("garbage", new byte[] {1, 2, 3}),
                VerificationInput.ofText("{\"unterminated\":"),
                input(1),
                VerificationInput.of(java.nio.file.Path.of("does/not/exist.json")));
        List<VerificationReport> reports = v.verifyAll(inputs).toList();
        assertEquals(4, reports.size());
        assertFalse(reports.get(0).isValid());
        assertFalse(reports.get(1).isValid());
        assertTrue(reports.get(2).isValid());
        assertFalse(reports.get(3).isValid());
        assertEquals("does/not/exist.json", reports.get(3).inputId().orElseThrow());
    }

    @Test
    void perInputRecipientOverridesTheVerifiers() {
        Verifier v = Fixtures.verifier().recipient(KnownRecipient.id("did:example:eve")).build();
        VerificationInput ada = input(1).withRecipient(KnownRecipient.id(Fixtures.SUBJECT));
        List<VerificationReport> reports = v.verifyAll(List.of(input(1), ada)).toList();
        assertFalse(reports.get(0).isValid());
        assertTrue(reports.get(1).isValid());
    }
}
