#!/usr/bin/env node
// Verifies every credential file in a folder with the reference JavaScript libraries:
//   *.json  Data Integrity (eddsa-rdfc-2022 or ecdsa-rdfc-2019) via @digitalbazaar/vc
//           verifyCredential with the offline document loader;
//   *.jwt   VC-JWT via jose.jwtVerify with the key from the `jwk` header or a did:key / did:jwk
//           `kid`, then OB 3.0's claim mirroring (iss, sub, nbf, jti, exp) and a JSON-LD
//           expansion of the credential in safe mode (every term defined).
// When the folder has a manifest.json, every listed file must be present and be what the manifest
// says it is (format, cryptosuite or alg, issuer), and every credential file must be listed.
// Usage: node verify.mjs [--expect-fail] INDIR
// Prints one line per file; exits 1 if any fails or if INDIR holds no credential, 2 on usage errors.
// With --expect-fail (the harness's self-test on deliberately bad credentials) it exits 0 only
// when INDIR holds credentials and every one of them is rejected.

import {readFileSync, readdirSync, existsSync} from 'node:fs';
import path from 'node:path';

import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import {cryptosuite as ecdsaRdfc2019} from '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
import * as jose from 'jose';
import jsonld from 'jsonld';

import {documentLoader, publicJwkForKid, contextSources, VC_V2} from './lib/loader.mjs';

const SUITES = {
  'eddsa-rdfc-2022': eddsaRdfc2022,
  'ecdsa-rdfc-2019': ecdsaRdfc2019
};

// OB 3.0 (integrity.md, JSON Web Token Proof Format): only these JOSE header parameters.
const ALLOWED_HEADER_PARAMS = new Set(['alg', 'kid', 'jwk', 'typ']);
const JWT_ALGS = ['RS256', 'ES256', 'PS256', 'EdDSA'];
const JWT_CLAIMS = ['iss', 'sub', 'nbf', 'jti', 'exp', 'iat', 'aud', 'vc'];

class Failure extends Error {}

function fail(message) {
  throw new Failure(message);
}

function describeError(error) {
  // @digitalbazaar/vc nests the real causes; surface the innermost messages.
  const messages = [];
  const walk = (e, depth) => {
    if(!e || depth > 6) {
      return;
    }
    if(Array.isArray(e)) {
      e.forEach(x => walk(x, depth + 1));
      return;
    }
    if(e.message && !messages.includes(e.message)) {
      messages.push(e.message);
    }
    walk(e.errors, depth + 1);
    walk(e.cause, depth + 1);
    walk(e.error, depth + 1);
  };
  walk(error, 0);
  return messages.join(' / ') || String(error);
}

async function verifyDataIntegrity(text, expected) {
  let credential;
  try {
    credential = JSON.parse(text);
  } catch(e) {
    fail(`not JSON: ${e.message}`);
  }
  const proofs = [credential.proof].flat().filter(Boolean);
  if(proofs.length === 0) {
    fail('no embedded proof');
  }
  for(const proof of proofs) {
    if(proof.type !== 'DataIntegrityProof') {
      fail(`proof.type is ${JSON.stringify(proof.type)}, expected "DataIntegrityProof"`);
    }
    if(!SUITES[proof.cryptosuite]) {
      fail(`proof.cryptosuite ${JSON.stringify(proof.cryptosuite)} is not one this harness checks`);
    }
    if(expected?.cryptosuite && proof.cryptosuite !== expected.cryptosuite) {
      fail(`proof.cryptosuite is ${proof.cryptosuite}, manifest says ${expected.cryptosuite}`);
    }
    if(proof.proofPurpose !== 'assertionMethod') {
      fail(`proof.proofPurpose is ${JSON.stringify(proof.proofPurpose)}, expected "assertionMethod"`);
    }
  }
  const suite = [...new Set(proofs.map(p => p.cryptosuite))]
    .map(name => new DataIntegrityProof({cryptosuite: SUITES[name]}));
  const result = await vc.verifyCredential({credential, suite, documentLoader});
  if(!result.verified) {
    fail(describeError(result.error ?? result.results));
  }
  const failedProofs = (result.results ?? []).filter(r => !r.verified);
  if(failedProofs.length > 0) {
    fail(`a proof of the set failed: ${describeError(failedProofs.map(r => r.error))}`);
  }
  checkIssuer(credential, expected);
  return `${proofs.map(p => p.cryptosuite).join('+')}, ${proofs[0].verificationMethod}`;
}

function issuerIdOf(credential) {
  return typeof credential.issuer === 'string' ? credential.issuer : credential.issuer?.id;
}

function checkIssuer(credential, expected) {
  if(expected?.issuer && issuerIdOf(credential) !== expected.issuer) {
    fail(`issuer.id is ${issuerIdOf(credential)}, manifest says ${expected.issuer}`);
  }
}

function toEpochSeconds(dateTime, field) {
  const millis = Date.parse(dateTime);
  if(typeof dateTime !== 'string' || Number.isNaN(millis)) {
    fail(`credential.${field} is not a date-time: ${JSON.stringify(dateTime)}`);
  }
  return Math.floor(millis / 1000);
}

async function verifyJwt(text, expected) {
  const token = text.trim();
  let header;
  try {
    header = jose.decodeProtectedHeader(token);
  } catch(e) {
    fail(`not a compact JWS: ${e.message}`);
  }
  for(const name of Object.keys(header)) {
    if(!ALLOWED_HEADER_PARAMS.has(name)) {
      fail(`JOSE header parameter "${name}" is not allowed by OB 3.0 (only alg, kid, jwk, typ)`);
    }
  }
  if(header.typ !== undefined && header.typ !== 'JWT') {
    fail(`header typ is ${JSON.stringify(header.typ)}; OB 3.0 requires "JWT" when present`);
  }
  if(!JWT_ALGS.includes(header.alg)) {
    fail(`header alg ${JSON.stringify(header.alg)} is not one of ${JWT_ALGS.join(', ')}`);
  }
  if(expected?.alg && header.alg !== expected.alg) {
    fail(`header alg is ${header.alg}, manifest says ${expected.alg}`);
  }
  if(header.jwk === undefined && header.kid === undefined) {
    fail('header has neither jwk nor kid (OB 3.0 requires one)');
  }

  let publicJwk;
  let keySource;
  let kidDid = null;
  if(header.kid !== undefined) {
    const resolved = await publicJwkForKid(header.kid);
    publicJwk = resolved.jwk;
    kidDid = resolved.did;
    keySource = `kid ${header.kid}`;
    if(header.jwk !== undefined &&
      await jose.calculateJwkThumbprint(header.jwk) !== await jose.calculateJwkThumbprint(publicJwk)) {
      fail('header jwk and the key named by kid differ');
    }
  } else {
    publicJwk = header.jwk;
    keySource = 'jwk header';
  }
  if(['d', 'p', 'q', 'dp', 'dq', 'qi'].some(k => k in publicJwk)) {
    fail('the JWK carries private key material');
  }
  const key = await jose.importJWK(publicJwk, header.alg);
  let payload;
  try {
    ({payload} = await jose.jwtVerify(token, key, {algorithms: [header.alg]}));
  } catch(e) {
    fail(`jose: ${e.code ?? ''} ${e.message}`.trim());
  }

  // OB 3.0 VC-JWT (VC 2.0): the payload is the credential plus registered claims.
  const credential = payload.vc ?? Object.fromEntries(
    Object.entries(payload).filter(([k]) => !JWT_CLAIMS.includes(k)));
  if(payload.vc !== undefined) {
    fail('payload has a "vc" claim; a VC 2.0 OB 3.0 credential is the payload itself');
  }
  const context = credential['@context'];
  if(!Array.isArray(context) || context[0] !== VC_V2) {
    fail(`@context[0] is not ${VC_V2}`);
  }
  const issuerId = issuerIdOf(credential);
  if(payload.iss !== issuerId) {
    fail(`iss ${JSON.stringify(payload.iss)} != issuer.id ${JSON.stringify(issuerId)}`);
  }
  if(payload.sub !== credential.credentialSubject?.id) {
    fail(`sub ${JSON.stringify(payload.sub)} != credentialSubject.id ${
      JSON.stringify(credential.credentialSubject?.id)}`);
  }
  if(payload.jti !== credential.id) {
    fail(`jti ${JSON.stringify(payload.jti)} != id ${JSON.stringify(credential.id)}`);
  }
  if(payload.nbf !== toEpochSeconds(credential.validFrom, 'validFrom')) {
    fail(`nbf ${payload.nbf} != validFrom ${credential.validFrom}`);
  }
  if(credential.validUntil !== undefined) {
    if(payload.exp !== toEpochSeconds(credential.validUntil, 'validUntil')) {
      fail(`exp ${payload.exp} != validUntil ${credential.validUntil}`);
    }
  } else if(payload.exp !== undefined) {
    fail(`exp ${payload.exp} present but the credential has no validUntil`);
  }
  if(kidDid !== null && issuerId !== kidDid) {
    fail(`issuer.id ${issuerId} is not the DID of the kid (${kidDid})`);
  }
  checkIssuer(credential, expected);
  if(expected?.keyReference && !(expected.keyReference in header)) {
    fail(`manifest says the key is referenced by ${expected.keyReference}, the header has none`);
  }
  try {
    await jsonld.expand(credential, {documentLoader, safe: true});
  } catch(e) {
    fail(`JSON-LD expansion (safe mode) failed: ${describeError(e)}`);
  }
  return `${header.alg}, ${keySource.length > 80 ? keySource.slice(0, 77) + '...' : keySource}`;
}

function readManifest(inDir) {
  const file = path.join(inDir, 'manifest.json');
  if(!existsSync(file)) {
    return null;
  }
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  if(!Array.isArray(manifest.credentials)) {
    throw new Error(`${file}: "credentials" must be an array`);
  }
  return new Map(manifest.credentials.map(entry => [entry.file, entry]));
}

async function main() {
  const args = process.argv.slice(2);
  const expectFail = args[0] === '--expect-fail';
  const inDir = expectFail ? args[1] : args[0];
  if(!inDir || !existsSync(inDir)) {
    console.error('usage: node verify.mjs [--expect-fail] INDIR   (INDIR must exist)');
    process.exit(2);
  }
  for(const line of contextSources()) {
    console.log(`context: ${line}`);
  }
  const manifest = readManifest(inDir);
  const files = readdirSync(inDir)
    .filter(f => (f.endsWith('.json') && f !== 'manifest.json') || f.endsWith('.jwt'))
    .sort();
  const results = [];
  if(manifest) {
    for(const listed of manifest.keys()) {
      if(!files.includes(listed)) {
        results.push({ok: false, file: listed, detail: 'listed in manifest.json but missing'});
      }
    }
  }
  for(const file of files) {
    const expected = manifest?.get(file);
    if(manifest && !expected) {
      results.push({ok: false, file, detail: 'not listed in manifest.json'});
      continue;
    }
    const text = readFileSync(path.join(inDir, file), 'utf8');
    const isJwt = file.endsWith('.jwt');
    if(expected && expected.format !== (isJwt ? 'vc-jwt' : 'data-integrity')) {
      results.push({ok: false, file, detail: `manifest says format ${expected.format}`});
      continue;
    }
    try {
      const detail = isJwt ? await verifyJwt(text, expected) : await verifyDataIntegrity(text, expected);
      results.push({ok: true, file, detail: `(${isJwt ? 'vc-jwt' : 'data-integrity'} ${detail})`});
    } catch(e) {
      results.push({ok: false, file,
        detail: e instanceof Failure ? e.message : `error: ${describeError(e)}`});
    }
  }
  const passed = results.filter(r => r.ok).length;
  const failed = results.length - passed;
  if(!expectFail) {
    for(const r of results) {
      console.log(`${r.ok ? 'PASS' : 'FAIL'}  ${r.file}  ${r.detail}`);
    }
    if(results.length === 0) {
      console.log(`FAIL  ${inDir} holds no credential (*.json / *.jwt)`);
    }
    console.log(`js-verify: ${passed} verified, ${failed} failed (${inDir})`);
    process.exit(failed === 0 && results.length > 0 ? 0 : 1);
  }
  // Negative mode: every credential in INDIR is bad and each must be rejected.
  for(const r of results) {
    console.log(`${r.ok ? 'ACCEPTED (should have been rejected)' : 'rejected as expected'}  ${
      r.file}  ${r.detail}`);
  }
  if(results.length === 0) {
    console.log(`FAIL  ${inDir} holds no credential (*.json / *.jwt)`);
  }
  console.log(`js-verify --expect-fail: ${failed} rejected, ${passed} wrongly accepted (${inDir})`);
  process.exit(passed === 0 && results.length > 0 ? 0 : 1);
}

main().catch(e => {
  console.error(`js-verify: FAILED: ${e.stack || e}`);
  process.exit(1);
});
