package org.microcred.core.issue;

/**
 * Counts of a batch handed to a consumer ({@link Issuer#issueAll(Iterable, java.util.function.Consumer)}).
 *
 * @param issued how many inputs were signed
 * @param failed how many inputs failed (each was handed to the consumer with its error)
 */
public record BatchSummary(long issued, long failed) {

    /** @return the number of inputs processed */
    public long total() {
        return issued + failed;
    }
}
