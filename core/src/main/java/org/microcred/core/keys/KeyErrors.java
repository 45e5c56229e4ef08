package org.microcred.core.keys;

import java.util.function.Supplier;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;

/** Builds {@link ErrorCode#KEY_INVALID} exceptions. */
final class KeyErrors {

    private KeyErrors() {
    }

    static MicrocredException invalid(String message) {
        return new MicrocredException(ErrorCode.KEY_INVALID, message);
    }

    static MicrocredException invalid(String message, String hint) {
        return new MicrocredException(ErrorCode.KEY_INVALID, message, hint, null);
    }

    /** Runs a decoding step, re-labelling any failure as KEY_INVALID prefixed with the context. */
    static <T> T decoding(String context, Supplier<T> step) {
        try {
            return step.get();
        } catch (MicrocredException e) {
            throw new MicrocredException(ErrorCode.KEY_INVALID, context + ": " + e.getMessage(), null, e);
        }
    }
}
