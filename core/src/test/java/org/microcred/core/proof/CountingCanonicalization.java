package org.microcred.core.proof;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.atomic.AtomicLong;
import org.microcred.core.jsonld.Canonicalizer;

/** The production canonicalization, counting the calls that reach JSON-LD. Tests only. */
final class CountingCanonicalization implements Canonicalization {

    static final CountingCanonicalization INSTANCE = new CountingCanonicalization(Canonicalizer.standard());

    final AtomicLong calls = new AtomicLong();
    private final Canonicalization delegate;

    CountingCanonicalization(Canonicalizer canonicalizer) {
        this.delegate = Canonicalization.of(canonicalizer);
    }

    @Override
    public String canonicalize(JsonNode document) {
        calls.incrementAndGet();
        return delegate.canonicalize(document);
    }

    @Override
    public String canonicalizeWithoutProof(ObjectNode secured) {
        calls.incrementAndGet();
        return delegate.canonicalizeWithoutProof(secured);
    }

    @Override
    public String canonicalizeProofConfiguration(ObjectNode options, JsonNode context) {
        calls.incrementAndGet();
        return delegate.canonicalizeProofConfiguration(options, context);
    }
}
