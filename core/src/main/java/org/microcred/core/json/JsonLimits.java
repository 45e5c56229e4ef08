package org.microcred.core.json;

/**
 * Limits applied to every JSON document Microcred parses. Input beyond a limit is rejected with
 * {@link org.microcred.core.ErrorCode#LIMIT_EXCEEDED} and a message naming the limit, never an
 * {@code OutOfMemoryError} or {@code StackOverflowError}.
 *
 * @param maxBytes the largest accepted document, in bytes (UTF-8)
 * @param maxDepth the deepest accepted nesting of arrays and objects
 * @param maxStringLength the longest accepted string value or property name, in characters
 */
public record JsonLimits(int maxBytes, int maxDepth, int maxStringLength) {

    /** 10 MiB, depth 64, strings up to 5 Mi characters (a large data-URI image fits). */
    public static final JsonLimits DEFAULT = new JsonLimits(10 * 1024 * 1024, 64, 5 * 1024 * 1024);

    /**
     * @throws IllegalArgumentException if a limit is not positive
     */
    public JsonLimits {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        if (maxDepth <= 0) {
            throw new IllegalArgumentException("maxDepth must be positive: " + maxDepth);
        }
        if (maxStringLength <= 0) {
            throw new IllegalArgumentException("maxStringLength must be positive: " + maxStringLength);
        }
    }
}
