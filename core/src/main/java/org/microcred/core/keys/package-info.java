/**
 * Keys: Ed25519, P-256 and RSA (≥ 2048 bits) key pairs and public keys, their JWK, Multikey,
 * did:key and did:jwk forms, and the {@link org.microcred.core.keys.SigningKey} extension point.
 *
 * <ul>
 *   <li>{@link org.microcred.core.keys.MicrocredKeyPair} — generate, import (private JWK,
 *       {@code secretKeyMultibase}, JDK {@code KeyPair}), export.</li>
 *   <li>{@link org.microcred.core.keys.MicrocredPublicKey} — the {@link org.microcred.core.keys.VerificationKey}
 *       implementation for every key type; from JWK, Multikey, JDK {@code PublicKey}.</li>
 *   <li>{@link org.microcred.core.keys.Multikey}, {@link org.microcred.core.keys.DidKey},
 *       {@link org.microcred.core.keys.DidJwk} — the encodings and DID documents;
 *       {@link org.microcred.core.keys.LocalKeyResolver} resolves the self-contained ones.</li>
 *   <li>{@link org.microcred.core.keys.SigningKeys} — in-memory signing keys
 *       ({@link org.microcred.core.keys.InMemorySigningKey}).</li>
 * </ul>
 *
 * <p>Signatures use the JOSE byte forms (EdDSA 64 bytes, ES256 {@code R || S}, RS256/PS256 the
 * RSA block). Verification never throws on a bad signature. Every malformed key throws
 * {@link org.microcred.core.MicrocredException} with {@link org.microcred.core.ErrorCode#KEY_INVALID}
 * and a message naming what was expected; no message or {@code toString()} contains private
 * key material. Ed25519 runs on Bouncy Castle's RFC 8032 code (see
 * {@code org.microcred.core.internal.Ed25519Engine} for the measurements behind that choice).
 */
package org.microcred.core.keys;
