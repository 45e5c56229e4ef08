package org.microcred.verify;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * The image a credential was baked into, kept in the report so a displayer can show it.
 * Immutable: the bytes are copied in and out.
 */
public final class BakedImage {

    private final String mediaType;
    private final byte[] bytes;

    /**
     * @param mediaType {@code image/png} or {@code image/svg+xml}
     * @param bytes the image bytes
     */
    public BakedImage(String mediaType, byte[] bytes) {
        this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
        this.bytes = Objects.requireNonNull(bytes, "bytes").clone();
    }

    /** @return the media type */
    public String mediaType() {
        return mediaType;
    }

    /** @return a copy of the image bytes */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** @return the size in bytes */
    public int size() {
        return bytes.length;
    }

    /** @return the image as a {@code data:} URI (base64) */
    public String dataUri() {
        return "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BakedImage b && b.mediaType.equals(mediaType) && Arrays.equals(b.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return mediaType.hashCode() * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "BakedImage[" + mediaType + ", " + bytes.length + " bytes]";
    }
}
