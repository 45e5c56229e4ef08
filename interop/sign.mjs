#!/usr/bin/env node
// Signs the fixed set of Open Badges 3.0 credentials with the reference JavaScript libraries:
//   Data Integrity eddsa-rdfc-2022 (Ed25519 did:key issuer) and ecdsa-rdfc-2019 (P-256 did:key
//   issuer) through @digitalbazaar/vc, and VC-JWT (RS256, ES256, PS256, EdDSA) through jose,
//   following OB 3.0's VC-JWT rules.
// Usage: node sign.mjs [--negative] OUTDIR
// Writes OUTDIR/<variant>.<method>.json|jwt and OUTDIR/manifest.json. With --negative it writes
// instead a set of validly signed credentials that a verifier must reject (issuer not the signer,
// JWT claims that do not mirror the credential), for the harness's self-test.

import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';

import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import {cryptosuite as ecdsaRdfc2019} from '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import * as EcdsaMultikey from '@digitalbazaar/ecdsa-multikey';
import * as jose from 'jose';

import {documentLoader, contextSources} from './lib/loader.mjs';
import {VARIANTS, jwtPayload} from './lib/credentials.mjs';

async function didKeyEd25519() {
  const keyPair = await Ed25519Multikey.generate();
  const did = `did:key:${keyPair.publicKeyMultibase}`;
  keyPair.controller = did;
  keyPair.id = `${did}#${keyPair.publicKeyMultibase}`;
  return {did, keyPair};
}

async function didKeyP256() {
  const keyPair = await EcdsaMultikey.generate({curve: 'P-256'});
  const did = `did:key:${keyPair.publicKeyMultibase}`;
  keyPair.controller = did;
  keyPair.id = `${did}#${keyPair.publicKeyMultibase}`;
  return {did, keyPair};
}

async function signDataIntegrity({credential, keyPair, cryptosuite}) {
  const suite = new DataIntegrityProof({signer: keyPair.signer(), cryptosuite});
  return vc.issue({credential, suite, documentLoader});
}

function didJwk(publicJwk) {
  const {kty, crv, x, y, n, e} = publicJwk;
  const minimal = Object.fromEntries(
    Object.entries({kty, crv, x, y, n, e}).filter(([, v]) => v !== undefined));
  return `did:jwk:${Buffer.from(JSON.stringify(minimal), 'utf8').toString('base64url')}`;
}

/**
 * A VC-JWT per OB 3.0: header {alg, typ: "JWT"} plus the public `jwk` or a `kid`; payload is the
 * credential with iss/sub/nbf/jti(/exp) mirrored from it.
 */
async function signJwt({credential, alg, keyReference, privateKey, publicJwk, alter = p => p}) {
  const header = {alg, typ: 'JWT'};
  if(keyReference === 'jwk') {
    header.jwk = publicJwk;
  } else {
    header.kid = keyReference;
  }
  const payload = new TextEncoder().encode(JSON.stringify(alter(jwtPayload(credential))));
  return new jose.CompactSign(payload).setProtectedHeader(header).sign(privateKey);
}

async function joseKey(alg, options = {}) {
  const {publicKey, privateKey} = await jose.generateKeyPair(alg, {extractable: true, ...options});
  const publicJwk = await jose.exportJWK(publicKey);
  return {publicKey, privateKey, publicJwk};
}

async function main() {
  const args = process.argv.slice(2);
  const negative = args[0] === '--negative';
  const outDir = negative ? args[1] : args[0];
  if(!outDir) {
    console.error('usage: node sign.mjs [--negative] OUTDIR');
    process.exit(2);
  }
  mkdirSync(outDir, {recursive: true});
  for(const line of contextSources()) {
    console.log(`context: ${line}`);
  }

  const ed = await didKeyEd25519();
  const p256 = await didKeyP256();
  const rsa = await joseKey('RS256', {modulusLength: 2048});
  const rsaPss = await joseKey('PS256', {modulusLength: 2048});
  const es256 = await joseKey('ES256');
  // The EdDSA JWT is signed by the Ed25519 did:key's own key (its kid is that did:key URL).
  // (Ed25519Multikey.toJwk puts the 64-byte seed||public key in `d`; a JWK `d` is the 32-byte seed.)
  const edPrivate = await jose.importJWK({
    kty: 'OKP', crv: 'Ed25519',
    x: Buffer.from(ed.keyPair.publicKey).toString('base64url'),
    d: Buffer.from(ed.keyPair.secretKey.subarray(0, 32)).toString('base64url')
  }, 'EdDSA');

  // Each method: how it is signed, the issuer id it uses, and how the key is referenced.
  const methods = [
    {
      name: 'di-eddsa-rdfc-2022', format: 'data-integrity', cryptosuite: 'eddsa-rdfc-2022',
      issuerId: ed.did,
      sign: c => signDataIntegrity({credential: c, keyPair: ed.keyPair, cryptosuite: eddsaRdfc2022})
    },
    {
      name: 'di-ecdsa-rdfc-2019', format: 'data-integrity', cryptosuite: 'ecdsa-rdfc-2019',
      issuerId: p256.did,
      sign: c => signDataIntegrity({credential: c, keyPair: p256.keyPair, cryptosuite: ecdsaRdfc2019})
    },
    {
      // RS256 with the public key in the `jwk` header: what OB 3.0 certification asks for.
      name: 'jwt-rs256', format: 'vc-jwt', alg: 'RS256', keyReference: 'jwk',
      issuerId: 'https://university.example/issuers/rs256',
      sign: c => signJwt({credential: c, alg: 'RS256', keyReference: 'jwk', ...rsa})
    },
    {
      // ES256 with a did:jwk `kid`; the issuer is that DID.
      name: 'jwt-es256', format: 'vc-jwt', alg: 'ES256', keyReference: 'kid',
      issuerId: didJwk(es256.publicJwk),
      sign: c => signJwt({credential: c, alg: 'ES256',
        keyReference: `${didJwk(es256.publicJwk)}#0`, ...es256})
    },
    {
      name: 'jwt-ps256', format: 'vc-jwt', alg: 'PS256', keyReference: 'jwk',
      issuerId: 'https://university.example/issuers/ps256',
      sign: c => signJwt({credential: c, alg: 'PS256', keyReference: 'jwk', ...rsaPss})
    },
    {
      // EdDSA with a did:key `kid` (Ed25519 multikey); the issuer is that DID.
      name: 'jwt-eddsa', format: 'vc-jwt', alg: 'EdDSA', keyReference: 'kid',
      issuerId: ed.did,
      sign: c => signJwt({credential: c, alg: 'EdDSA', keyReference: ed.keyPair.id,
        privateKey: edPrivate, publicJwk: null})
    }
  ];

  if(negative) {
    await writeNegativeSet({outDir, ed, p256, rsa, rsaPss, es256});
    return;
  }

  const manifest = {producer: 'javascript', credentials: []};
  for(const [variant, make] of Object.entries(VARIANTS)) {
    for(const method of methods) {
      const label = `js.${variant}.${method.name}`;
      const credential = make({issuerId: method.issuerId, label});
      const signed = await method.sign(credential);
      const ext = method.format === 'vc-jwt' ? 'jwt' : 'json';
      const file = `${variant}.${method.name}.${ext}`;
      writeFileSync(path.join(outDir, file),
        method.format === 'vc-jwt' ? signed + '\n' : JSON.stringify(signed, null, 2) + '\n');
      const entry = {file, variant, format: method.format, issuer: method.issuerId};
      if(method.cryptosuite) {
        entry.cryptosuite = method.cryptosuite;
      } else {
        entry.alg = method.alg;
        entry.keyReference = method.keyReference;
      }
      manifest.credentials.push(entry);
      console.log(`signed ${file}`);
    }
  }
  writeFileSync(path.join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  console.log(`js-sign: wrote ${manifest.credentials.length} credentials to ${outDir}`);
}

/**
 * Credentials with valid signatures that must still be rejected: the issuer is not the signer,
 * or a JWT claim does not mirror the credential as OB 3.0 requires.
 */
async function writeNegativeSet({outDir, ed, p256, rsa, rsaPss, es256}) {
  const manifest = {producer: 'javascript', negative: true, credentials: []};
  const write = (file, content, entry, why) => {
    writeFileSync(path.join(outDir, file), content);
    manifest.credentials.push({file, ...entry, why});
    console.log(`signed ${file}: ${why}`);
  };
  {
    // eddsa-rdfc-2022 proof by the Ed25519 did:key, but issuer.id names the P-256 did:key.
    const credential = VARIANTS.typical({issuerId: p256.did, label: 'js.neg.issuer-not-signer'});
    const signed = await signDataIntegrity({
      credential, keyPair: ed.keyPair, cryptosuite: eddsaRdfc2022});
    write('neg.di-issuer-not-signer.json', JSON.stringify(signed, null, 2) + '\n',
      {variant: 'typical', format: 'data-integrity', cryptosuite: 'eddsa-rdfc-2022', issuer: p256.did},
      'signed by a key the issuer does not control');
  }
  const jwtCases = [
    {file: 'neg.jwt-jti-mismatch.jwt', variant: 'typical', alg: 'RS256', key: rsa,
      alter: p => ({...p, jti: 'urn:uuid:00000000-0000-4000-8000-000000000000'}),
      why: 'jti differs from the credential id'},
    {file: 'neg.jwt-sub-mismatch.jwt', variant: 'typical', alg: 'PS256', key: rsaPss,
      alter: p => ({...p, sub: 'did:example:someone-else'}),
      why: 'sub differs from credentialSubject.id'},
    {file: 'neg.jwt-nbf-mismatch.jwt', variant: 'typical', alg: 'ES256', key: es256,
      alter: p => ({...p, nbf: p.nbf + 1}),
      why: 'nbf is one second after validFrom'},
    {file: 'neg.jwt-iss-mismatch.jwt', variant: 'full', alg: 'RS256', key: rsa,
      alter: p => ({...p, iss: 'https://impostor.example/issuer'}),
      why: 'iss differs from issuer.id'},
    {file: 'neg.jwt-exp-missing.jwt', variant: 'full', alg: 'ES256', key: es256,
      alter: p => {
        const {exp, ...rest} = p;
        return rest;
      },
      why: 'validUntil present but no exp claim'}
  ];
  for(const c of jwtCases) {
    const issuerId = `https://university.example/issuers/${c.alg.toLowerCase()}`;
    const credential = VARIANTS[c.variant]({issuerId, label: `js.${c.file}`});
    const token = await signJwt({credential, alg: c.alg, keyReference: 'jwk', alter: c.alter, ...c.key});
    write(c.file, token + '\n',
      {variant: c.variant, format: 'vc-jwt', alg: c.alg, keyReference: 'jwk', issuer: issuerId}, c.why);
  }
  writeFileSync(path.join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  console.log(`js-sign --negative: wrote ${manifest.credentials.length} credentials to ${outDir}`);
}

main().catch(e => {
  console.error(`js-sign: FAILED: ${e.stack || e}`);
  process.exit(1);
});
