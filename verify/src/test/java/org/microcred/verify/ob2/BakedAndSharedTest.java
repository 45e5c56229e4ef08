package org.microcred.verify.ob2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.microcred.core.bake.BadgeBaker;
import org.microcred.core.bake.BadgeSpec;
import org.microcred.core.bake.BakedCredential;
import org.microcred.core.bake.PayloadKind;

class BakedAndSharedTest {

    private static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @Test
    void hostedUrlBakedIntoAPng() throws Exception {
        byte[] baked = BadgeBaker.standard().bake(png(), Fixtures.ASSERTION, BadgeSpec.OB2);
        BakedCredential credential = BadgeBaker.standard().unbake(baked).orElseThrow();
        assertEquals(PayloadKind.URL, credential.payloadKind());
        Ob2Result r = Ob2Verifier.builder().fetcher(Fixtures.hosted()).clock(Fixtures.NOW).build().verify(credential);
        assertTrue(r.isValid(), r::toString);
    }

    @Test
    void hostedJsonBakedIntoAPng() throws Exception {
        String json = Fixtures.text(Fixtures.json("hosted/assertion.json"));
        BakedCredential credential = BadgeBaker.standard().unbake(BadgeBaker.standard().bake(png(), json, BadgeSpec.OB2))
                .orElseThrow();
        Ob2Result r = Ob2Verifier.builder().fetcher(Fixtures.hosted()).clock(Fixtures.NOW).build().verify(credential);
        assertTrue(r.isValid(), r::toString);
    }

    @Test
    void oneVerifierSharedByThreadsGivesTheSameResults() throws Exception {
        Ob2Verifier verifier = Ob2Verifier.builder().fetcher(Fixtures.hosted()).clock(Fixtures.NOW)
                .expectedRecipient(ExpectedRecipient.email("ada@example.org")).build();
        List<String> inputs = List.of(Fixtures.ASSERTION, "nonsense", Fixtures.text(Fixtures.json("hosted/credly-style.json")));
        List<String> expected = new ArrayList<>();
        for (String in : inputs) {
            expected.add(verifier.verify(in).toString());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                String in = inputs.get(i % inputs.size());
                futures.add(pool.submit(() -> verifier.verify(in).toString()));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(expected.get(i % inputs.size()), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
