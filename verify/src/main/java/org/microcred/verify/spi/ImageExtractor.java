package org.microcred.verify.spi;

import java.util.Optional;

/**
 * Reads the credential baked into a PNG or SVG badge image: OB 3.0 ({@code iTXt}
 * {@code openbadgecredential}, {@code <openbadges:credential>}) and OB 2.0 ({@code openbadges},
 * {@code <openbadges:assertion>}).
 *
 * <p>Thread-safe. May throw on a malformed image; the pipeline reports it as a {@code parse} FAIL.
 */
public interface ImageExtractor {

    /** The image types. */
    enum ImageType {
        /** PNG. */
        PNG,
        /** SVG. */
        SVG
    }

    /**
     * @param type the image type, from the signature
     * @param image the image bytes
     * @return the baked text (JSON, a compact JWS, or an OB 2.0 assertion URL), or empty when the
     *     image carries no credential
     */
    Optional<String> extract(ImageType type, byte[] image);
}
