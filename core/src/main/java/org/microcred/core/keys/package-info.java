/**
 * Key pairs and public keys (Ed25519, P-256, RSA), JWK, Multikey, did:key and did:jwk, and the SigningKey extension point.
 */
package org.microcred.core.keys;
