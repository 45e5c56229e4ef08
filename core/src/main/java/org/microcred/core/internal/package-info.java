/**
 * Implementation details (encodings, helpers). Not API: exported only to other Microcred modules.
 *
 * <ul>
 *   <li>{@link org.microcred.core.internal.Base58}, {@link org.microcred.core.internal.Base64Url},
 *       {@link org.microcred.core.internal.Multibase}, {@link org.microcred.core.internal.Multicodec}
 *       — strict encoders/decoders; decoding errors are
 *       {@link org.microcred.core.MicrocredException}s that say what was wrong.</li>
 *   <li>{@link org.microcred.core.internal.Ed25519Engine} — the single place Ed25519 is computed
 *       (Bouncy Castle 1.81 low-level RFC 8032 code: measured ≈ 30,000 signs and ≈ 10,000–12,000
 *       verifies per second on the build machine, against 1,368 / 1,422 for the JDK 17
 *       provider and 13,008 / 4,886 for Tink 1.18; details in its Javadoc).</li>
 * </ul>
 */
package org.microcred.core.internal;
