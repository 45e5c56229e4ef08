package org.microcred.core.proof;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;

/**
 * Strict UTF-8 encoding. {@code String.getBytes(UTF_8)} silently turns an unpaired UTF-16
 * surrogate (which JSON text can carry as a {@code \ud800} escape) into {@code ?}, so two
 * different documents would sign the same bytes; here it is an error instead. Package-private.
 */
final class Utf8 {

    private Utf8() {
    }

    /**
     * @param text the text to encode
     * @param what what the text is, for the error message
     * @return the UTF-8 bytes
     * @throws MicrocredException {@link ErrorCode#INVALID_VALUE} on an unpaired surrogate
     */
    static byte[] encode(String text, String what) {
        if (!hasSurrogate(text)) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        try {
            ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
            return Arrays.copyOfRange(bytes.array(), bytes.position(), bytes.limit());
        } catch (CharacterCodingException e) {
            throw new MicrocredException(ErrorCode.INVALID_VALUE, "The " + what
                    + " contains an unpaired UTF-16 surrogate, which UTF-8 cannot represent", null, e);
        }
    }

    private static boolean hasSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
