#!/usr/bin/env node
// Makes tampered copies of signed credentials, for the harness's self-test: each copy changes one
// signed value (the achievement name) and keeps the original signature, so every verifier must
// reject every copy.
//   *.json  Data Integrity: credentialSubject.achievement.name gets " (tampered)" appended.
//   *.jwt   VC-JWT: the same change in the payload, re-encoded; header and signature kept.
// Usage: node tamper.mjs INDIR OUTDIR   (copies manifest.json along, so the copies are still
// what the manifest says; only the signature check can catch them)

import {readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync, copyFileSync} from 'node:fs';
import path from 'node:path';

function tamperCredential(credential) {
  const achievement = credential?.credentialSubject?.achievement;
  if(!achievement || typeof achievement.name !== 'string') {
    throw new Error('credential has no credentialSubject.achievement.name to tamper with');
  }
  achievement.name += ' (tampered)';
  return credential;
}

function tamperJwt(token) {
  const [header, payload, signature] = token.trim().split('.');
  if(signature === undefined) {
    throw new Error('not a compact JWS');
  }
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  tamperCredential(claims.vc ?? claims);
  const changed = Buffer.from(JSON.stringify(claims), 'utf8').toString('base64url');
  return `${header}.${changed}.${signature}\n`;
}

const [inDir, outDir] = process.argv.slice(2);
if(!inDir || !outDir || !existsSync(inDir)) {
  console.error('usage: node tamper.mjs INDIR OUTDIR');
  process.exit(2);
}
mkdirSync(outDir, {recursive: true});
let count = 0;
for(const file of readdirSync(inDir).sort()) {
  const from = path.join(inDir, file);
  const to = path.join(outDir, file);
  if(file === 'manifest.json') {
    copyFileSync(from, to);
  } else if(file.endsWith('.json')) {
    const credential = tamperCredential(JSON.parse(readFileSync(from, 'utf8')));
    writeFileSync(to, JSON.stringify(credential, null, 2) + '\n');
    count++;
  } else if(file.endsWith('.jwt')) {
    writeFileSync(to, tamperJwt(readFileSync(from, 'utf8')));
    count++;
  }
}
if(count === 0) {
  console.error(`tamper: ${inDir} holds no credential`);
  process.exit(1);
}
console.log(`tamper: wrote ${count} tampered copies to ${outDir}`);
