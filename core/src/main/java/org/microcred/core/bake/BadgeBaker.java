package org.microcred.core.bake;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;
import org.microcred.core.json.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bakes a credential into a PNG or SVG badge image, and extracts ("unbakes") it again, following
 * the Open Badges baking rules. Immutable and thread-safe; build one and share it.
 *
 * <h2>What is written</h2>
 * <ul>
 *   <li><b>PNG</b> (<a href="https://www.imsglobal.org/spec/ob/v3p0/#png">OB 3.0 §5.3.1</a>): one
 *       {@code iTXt} chunk (<a href="https://www.w3.org/TR/png/#11iTXt">PNG §11.3.4.5</a>) with keyword
 *       {@code openbadgecredential} (OB 2.0: {@code openbadges}), compression flag 0, empty language
 *       tag and translated keyword, the credential text as UTF-8, inserted right after {@code IHDR}.
 *       Every existing carrier chunk of the same spec is removed first, so the result carries exactly
 *       one. All other chunks are copied byte for byte; the pixels are never decoded.</li>
 *   <li><b>SVG</b> (<a href="https://www.imsglobal.org/spec/ob/v3p0/#svg">OB 3.0 §5.3.2</a>): an
 *       {@code xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"} declaration on the root
 *       {@code <svg>} (reusing an existing prefix for that namespace; choosing {@code openbadges2},
 *       … if {@code openbadges} is bound to another namespace) and an {@code <openbadges:credential>}
 *       element as its first child: JSON in a CDATA body, a compact JWS in a {@code verify}
 *       attribute. OB 2.0 uses namespace {@code http://openbadges.org} and element
 *       {@code <openbadges:assertion>} (<a
 *       href="https://www.imsglobal.org/sites/default/files/Badges/OBv2p0Final/baking/index.html">OB
 *       2.0 Baking</a>). Every existing element of the same spec is removed. The document is edited
 *       as text: everything outside the inserted and removed elements keeps its bytes. Only UTF-8 SVG
 *       documents can be baked. XML normalises line ends (CR LF to LF) when the image is read, so
 *       JSON whose white space contains CR reads back with LF — the same JSON value.</li>
 * </ul>
 *
 * <h2>What is read</h2>
 * {@link #unbake(byte[])} detects the format (PNG signature, else an XML document whose root is
 * {@code svg}) and reads OB 3.0 carriers ({@code iTXt openbadgecredential}; SVG {@code credential}
 * in the OB 3.0 namespace) and OB 2.0 carriers ({@code iTXt openbadges}, legacy {@code tEXt} and
 * {@code zTXt openbadges} holding a URL, JSON or JWS; SVG {@code assertion} in the OB 2.0
 * namespace, body before {@code verify} attribute). SVG elements are matched by namespace URI, never
 * by prefix. Policy decisions:
 * <ul>
 *   <li>A compressed {@code iTXt} carrier is <em>accepted</em> when reading although the specs say
 *       baking MUST NOT compress: the text is unambiguous and the credential's own proof protects it.
 *       Inflation is bounded by {@link Builder#maxInflatedBytes(int)}; {@code bake} never compresses.</li>
 *   <li>Two carriers of the same spec (same keyword, or two elements) are an error. An image with
 *       one OB 3.0 and one OB 2.0 carrier yields the OB 3.0 credential.</li>
 *   <li>The whole PNG chunk stream is checked (lengths, chunk types, every CRC-32, IHDR first, IEND
 *       present), not only the carrier chunk. Bytes after IEND are ignored and kept when baking.</li>
 *   <li>SVG parsing never loads anything: no DTD processing, no external entities, a resolver
 *       that refuses every external resource, and documents with an internal DTD subset are refused.</li>
 * </ul>
 *
 * <p>Failures: malformed images throw {@link MicrocredException} with {@link ErrorCode#IMAGE_INVALID}
 * and a message naming the problem (and the chunk and offset, or the SVG element and line);
 * credential text that cannot be baked throws {@link ErrorCode#INVALID_VALUE} (or
 * {@link ErrorCode#JSON_MALFORMED} for text that looks like, but is not, JSON). No other exception
 * escapes for any input bytes.
 */
public final class BadgeBaker {

    /** Default cap on the size of an image: 20 MiB. */
    public static final int DEFAULT_MAX_IMAGE_BYTES = 20 * 1024 * 1024;
    /** Default cap on the inflated size of a compressed text chunk: 10 MiB. */
    public static final int DEFAULT_MAX_INFLATED_BYTES = 10 * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(BadgeBaker.class);
    private static final BadgeBaker STANDARD = builder().build();

    private final int maxImageBytes;
    private final int maxInflatedBytes;

    private BadgeBaker(Builder builder) {
        this.maxImageBytes = builder.maxImageBytes;
        this.maxInflatedBytes = builder.maxInflatedBytes;
    }

    /** @return a baker with the default limits (20 MiB images, 10 MiB inflated text) */
    public static BadgeBaker standard() {
        return STANDARD;
    }

    /** @return a builder starting from the default limits */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the largest image, in bytes, this baker reads or writes */
    public int maxImageBytes() {
        return maxImageBytes;
    }

    /** @return the largest text, in bytes, a compressed chunk may inflate to */
    public int maxInflatedBytes() {
        return maxInflatedBytes;
    }

    /**
     * Bakes an Open Badges 3.0 credential: same as {@link #bake(byte[], String, BadgeSpec)} with
     * {@link BadgeSpec#OB3}.
     *
     * @param image a PNG or SVG image; never null; not modified
     * @param credential the credential as JSON (embedded proof) or a compact JWS (VC-JWT); never null
     * @return the baked image, a new array
     * @throws MicrocredException see {@link #bake(byte[], String, BadgeSpec)}
     */
    public byte[] bake(byte[] image, String credential) {
        return bake(image, credential, BadgeSpec.OB3);
    }

    /**
     * Bakes a credential into a PNG or SVG image, replacing any credential of the same spec the
     * image already carries (see the class description for exactly what is written).
     *
     * @param image a PNG or SVG image; never null; not modified
     * @param credential the credential text, written exactly as given: a JSON object (checked to be
     *     well-formed) or a compact JWS; for {@link BadgeSpec#OB2} also an {@code http(s)} URL of a
     *     hosted assertion; never null
     * @param spec whose baking rules to follow; never null
     * @return the baked image, a new array
     * @throws NullPointerException if an argument is null
     * @throws MicrocredException {@code IMAGE_INVALID} if the image is not a valid PNG or SVG, is
     *     over {@link #maxImageBytes()}, or (SVG) is not UTF-8; {@code INVALID_VALUE} if the credential
     *     text has none of the accepted shapes or contains characters the format cannot carry
     *     (U+0000, unpaired surrogates; in SVG any character XML 1.0 forbids);
     *     {@code JSON_MALFORMED} if it starts like JSON but does not parse, {@code LIMIT_EXCEEDED} if
     *     that JSON is over the limits of {@link Json#standard()}
     */
    public byte[] bake(byte[] image, String credential, BadgeSpec spec) {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(spec, "spec");
        checkSize(image);
        PayloadKind kind = payloadKindForBaking(credential, spec);
        ImageFormat format = detect(image);
        byte[] baked;
        if (format == ImageFormat.PNG) {
            baked = PngBaking.bake(image, Texts.strictUtf8(credential, "credential text"), spec);
        } else {
            baked = SvgBaking.bake(image, credential, kind, spec);
        }
        if (baked.length > maxImageBytes) {
            throw new MicrocredException(ErrorCode.IMAGE_INVALID, "the baked image would be "
                    + baked.length + " bytes, over the limit of " + maxImageBytes + " bytes");
        }
        LOG.debug("baked a {} {} credential into a {} image ({} -> {} bytes)", spec, kind, format,
                image.length, baked.length);
        return baked;
    }

    /**
     * Extracts the credential a badge image carries.
     *
     * @param image the image bytes; never null; not modified
     * @return the credential, or empty when the image is a valid PNG or SVG that carries none
     * @throws NullPointerException if {@code image} is null
     * @throws MicrocredException {@code IMAGE_INVALID} if the bytes are not a PNG or SVG, are over
     *     {@link #maxImageBytes()}, the PNG chunk stream is damaged (truncated chunk, length over the
     *     file size, CRC mismatch, missing IHDR or IEND), the SVG is not well-formed or has an internal
     *     DTD subset, a carrier is malformed (invalid UTF-8, unknown compression, inflates past
     *     {@link #maxInflatedBytes()}, empty, or text that is neither JSON, a compact JWS nor a URL),
     *     or the image carries two credentials of the same spec
     */
    public Optional<BakedCredential> unbake(byte[] image) {
        Objects.requireNonNull(image, "image");
        checkSize(image);
        ImageFormat format = detect(image);
        List<BakedCredential> found = format == ImageFormat.PNG
                ? PngBaking.unbake(image, maxInflatedBytes)
                : SvgReader.unbake(image);
        Optional<BakedCredential> result = Optional.empty();
        for (BadgeSpec spec : new BadgeSpec[] {BadgeSpec.OB3, BadgeSpec.OB2}) {
            List<BakedCredential> ofSpec = found.stream().filter(c -> c.spec() == spec).toList();
            if (ofSpec.size() > 1) {
                throw new MicrocredException(ErrorCode.IMAGE_INVALID, "image carries " + ofSpec.size()
                        + " credentials; a baked badge must carry exactly one", "the " + format
                        + " has " + ofSpec.size() + " " + spec + " carriers ("
                        + (format == ImageFormat.PNG ? "text chunks with keyword '" + spec.pngKeyword()
                                + "'" : "<" + spec.svgElement() + "> elements in namespace "
                                + spec.svgNamespace()) + ")", null);
            }
            if (result.isEmpty() && ofSpec.size() == 1) {
                result = Optional.of(ofSpec.get(0));
            }
        }
        LOG.debug("unbaked a {} image: {}", format, result.map(BakedCredential::toString)
                .orElse("no credential"));
        return result;
    }

    private void checkSize(byte[] image) {
        if (image.length > maxImageBytes) {
            throw new MicrocredException(ErrorCode.IMAGE_INVALID, "image of " + image.length
                    + " bytes is over the limit of " + maxImageBytes + " bytes",
                    "raise BadgeBaker.builder().maxImageBytes(...) if such images are expected", null);
        }
    }

    private static ImageFormat detect(byte[] image) {
        return ImageFormat.sniff(image).orElseThrow(() -> new MicrocredException(
                ErrorCode.IMAGE_INVALID, "not a PNG or SVG image: the bytes start with neither the PNG"
                        + " signature nor XML markup"));
    }

    private static PayloadKind payloadKindForBaking(String credential, BadgeSpec spec) {
        String stripped = Texts.stripXmlSpace(credential);
        PayloadKind kind = PayloadKind.classify(stripped).orElse(null);
        if (kind == null || (kind == PayloadKind.URL && spec == BadgeSpec.OB3)) {
            throw new MicrocredException(ErrorCode.INVALID_VALUE, "credential text (starts with '"
                    + Texts.preview(stripped) + "') is neither a JSON object nor a compact JWS"
                    + (spec == BadgeSpec.OB2 ? " nor an http(s) URL" : ""),
                    spec == BadgeSpec.OB3 ? "Open Badges 3.0 bakes the credential JSON or its VC-JWT"
                            : null, null);
        }
        if (credential.indexOf('\0') >= 0) {
            throw new MicrocredException(ErrorCode.INVALID_VALUE,
                    "credential text contains U+0000, which a baked image cannot carry");
        }
        if (kind == PayloadKind.JSON) {
            Json.standard().parse(stripped);
        }
        return kind;
    }

    /** Builds a {@link BadgeBaker}; not thread-safe, use it from one thread. */
    public static final class Builder {
        private int maxImageBytes = DEFAULT_MAX_IMAGE_BYTES;
        private int maxInflatedBytes = DEFAULT_MAX_INFLATED_BYTES;

        private Builder() {
        }

        /**
         * @param maxImageBytes the largest image read or written, in bytes; positive
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder maxImageBytes(int maxImageBytes) {
            if (maxImageBytes <= 0) {
                throw new IllegalArgumentException("maxImageBytes: must be positive, was " + maxImageBytes);
            }
            this.maxImageBytes = maxImageBytes;
            return this;
        }

        /**
         * @param maxInflatedBytes the largest text a compressed {@code iTXt}/{@code zTXt} chunk may
         *     inflate to, in bytes; positive
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder maxInflatedBytes(int maxInflatedBytes) {
            if (maxInflatedBytes <= 0) {
                throw new IllegalArgumentException("maxInflatedBytes: must be positive, was "
                        + maxInflatedBytes);
            }
            this.maxInflatedBytes = maxInflatedBytes;
            return this;
        }

        /** @return a new, immutable baker */
        public BadgeBaker build() {
            return new BadgeBaker(this);
        }
    }
}
