// The fixed set of unsigned Open Badges 3.0 credentials (VC Data Model 2.0, OB context 3.0.3) the
// JavaScript side signs. They come from templates/*.json, which Interop.java fills the same way.

import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import path from 'node:path';

const TEMPLATE_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'templates');

/** A stable urn:uuid (name-based, SHA-256 truncated, version nibble 8 = custom) for a label. */
export function stableUrnUuid(label) {
  const h = createHash('sha256').update(`microcred-interop:${label}`).digest('hex');
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-` +
    `${(8 | (parseInt(h[16], 16) & 3)).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Fills a template: every string value equal to "${ISSUER_ID}" or "${CREDENTIAL_ID}" is replaced.
 */
export function fillTemplate(node, values) {
  if(Array.isArray(node)) {
    return node.map(x => fillTemplate(x, values));
  }
  if(node !== null && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, fillTemplate(v, values)]));
  }
  if(typeof node === 'string') {
    const m = /^\$\{([A-Z_]+)\}$/.exec(node);
    if(m) {
      if(!(m[1] in values)) {
        throw new Error(`template placeholder \${${m[1]}} has no value`);
      }
      return values[m[1]];
    }
  }
  return node;
}

function loadTemplate(name) {
  return JSON.parse(readFileSync(path.join(TEMPLATE_DIR, `${name}.json`), 'utf8'));
}

/**
 * The variants, by name (templates/<name>.json, shared with Interop.java). Each takes the issuer
 * id and a label from which the credential id is derived.
 *   typical: issuer profile, achievement with criteria, image, an alignment, creator.
 *   full:    expires (validUntil), a hashed email identifier next to the subject id, a result
 *            description with a result, evidence.
 */
export const VARIANTS = Object.fromEntries(['typical', 'full'].map(name => {
  const template = loadTemplate(name);
  return [name, ({issuerId, label}) =>
    fillTemplate(template, {ISSUER_ID: issuerId, CREDENTIAL_ID: stableUrnUuid(label)})];
}));

/**
 * The JWT payload for a VC 2.0 credential under OB 3.0's VC-JWT rules: the credential itself plus
 * iss = issuer.id, sub = credentialSubject.id, nbf = validFrom (seconds), jti = id, and exp =
 * validUntil when present.
 */
export function jwtPayload(credential) {
  const issuerId = typeof credential.issuer === 'string' ? credential.issuer : credential.issuer.id;
  const payload = {
    ...credential,
    iss: issuerId,
    sub: credential.credentialSubject.id,
    nbf: Math.floor(Date.parse(credential.validFrom) / 1000),
    jti: credential.id
  };
  if(credential.validUntil !== undefined) {
    payload.exp = Math.floor(Date.parse(credential.validUntil) / 1000);
  }
  return payload;
}
