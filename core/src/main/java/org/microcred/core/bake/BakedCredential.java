package org.microcred.core.bake;

import java.util.Objects;

/**
 * A credential extracted from a baked badge image. Immutable and thread-safe.
 *
 * <p>The text is what the image carried, with surrounding white space removed (SVG CDATA bodies
 * are usually indented); it has not been parsed or verified — hand it to the verifier.
 *
 * @param text the credential text: JSON, a compact JWS, or (OB 2.0 only, in practice) a URL; never
 *     null or blank
 * @param spec which baking rules the image followed (PNG keyword / SVG namespace)
 * @param imageFormat PNG or SVG
 * @param payloadKind the shape of {@code text}
 */
public record BakedCredential(String text, BadgeSpec spec, ImageFormat imageFormat,
        PayloadKind payloadKind) {

    /**
     * Checks the components.
     *
     * @param text the credential text; never null or blank
     * @param spec which baking rules the image followed; never null
     * @param imageFormat PNG or SVG; never null
     * @param payloadKind the shape of {@code text}; never null
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code text} is blank
     */
    public BakedCredential {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(imageFormat, "imageFormat");
        Objects.requireNonNull(payloadKind, "payloadKind");
        if (text.isBlank()) {
            throw new IllegalArgumentException("text: must not be blank");
        }
    }

    /** @return a summary without the credential text (which may contain personal data) */
    @Override
    public String toString() {
        return "BakedCredential[spec=" + spec + ", imageFormat=" + imageFormat + ", payloadKind="
                + payloadKind + ", textLength=" + text.length() + "]";
    }
}
