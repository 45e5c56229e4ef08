/**
 * Verification: a {@link org.microcred.verify.Verifier} turns any badge a candidate hands in —
 * OB 3.0 JSON with an embedded proof, a VC-JWT, a baked PNG or SVG, a CLR 2.0 transcript, a VC
 * 1.1-era OB 3.0 badge, an OB 2.0 assertion — into a {@link org.microcred.verify.VerificationReport}
 * of named checks a recruiter can read.
 *
 * <h2>The checks, in order ({@link org.microcred.verify.CheckId})</h2>
 * <ol>
 * <li>{@code parse} — the input is recognised from its bytes (PNG signature, SVG, JSON object,
 *     compact JWS) and read within the JSON limits; a baked image is unbaked first.
 * <li>{@code context} — VC 2.0 or 1.1 base context first; the versioned OB context second (CLR:
 *     CLR context second, OB context after it); no remote context that is not bundled; JSON-LD
 *     problems reported by the configured {@link org.microcred.verify.spi.JsonLdInspector}.
 * <li>{@code type} — VerifiableCredential plus OpenBadgeCredential/AchievementCredential,
 *     EndorsementCredential or ClrCredential; credential id; issuer is a URI or a Profile with id.
 * <li>{@code schema} — the bundled OB 3.0 JSON Schema (draft 2019-09), after rewriting single values
 *     as arrays where JSON-LD compaction allows them. VC 1.1 credentials are mapped to the VC 2.0
 *     names first and violations are a WARN (the VC 1.1 "any" schema is not available); CLR is
 *     SKIPped (its schema is not bundled) and each bundled credential is schema-checked.
 * <li>{@code subject} — AchievementSubject with id or identifier and a complete achievement;
 *     EndorsementSubject with id; ClrSubject with id or identifier and credentials.
 * <li>{@code proof} — the {@link org.microcred.verify.spi.ProofChecker}; for VC-JWTs also
 *     {@code alg} (never none/HMAC), {@code typ}, and the claims iss/sub/nbf/jti/exp against the
 *     credential; accepted suites and algorithms.
 * <li>{@code issuer-binding} — the verifying key's controller (or its verification method without
 *     fragment) is the issuer id.
 * <li>{@code trust} — the issuer is on the caller's trust list. A separate id, so that a
 *     cryptographic mismatch ({@code issuer-binding}) and a policy refusal ({@code trust}) read
 *     differently; SKIP when no list is configured; for endorsements a WARN, not a FAIL.
 * <li>{@code refresh} — OB 3.0 verification step 3 (VCCR-10): when the credential names a
 *     {@code 1EdTechCredentialRefresh} service and its proof and issuer binding passed, the service
 *     URL is fetched through the {@code DocumentFetcher} (so not at all by default), once; the
 *     answer (JSON or VC-JWT) must pass {@code context} … {@code issuer-binding} and name the same
 *     issuer id and credentialSubject id / identifiers. Then PASS, and the checks below run on the
 *     refreshed credential ({@link org.microcred.verify.VerificationReport#refreshedFrom()}); else a
 *     WARN saying why, and the presented credential is verified. Never a FAIL; its own refresh
 *     service is not followed; embedded credentials are not refreshed;
 *     {@code Verifier.Builder#refresh(false)} turns it off.
 * <li>{@code validity-period} — validFrom/validUntil (VC 1.1 issuanceDate/expirationDate, OB 2.0
 *     issuedOn/expires) against the clock with the skew; not-yet-valid and expired distinctly.
 * <li>{@code status} — the {@link org.microcred.verify.spi.StatusChecker} (by default
 *     {@link org.microcred.verify.status.StatusChecker}: Bitstring Status List, StatusList2021 and
 *     1EdTech Revocation List through the {@code DocumentFetcher}); a list that cannot be obtained
 *     is a WARN, or a FAIL with {@code strictStatus(true)}.
 * <li>{@code recipient} — the known recipient against subject id / identifiers (hashed or plain).
 * <li>{@code endorsements} — every embedded endorsement through the same pipeline, nested reports.
 * <li>{@code credentials} — CLR only: every bundled credential through the same pipeline.
 * </ol>
 *
 * <h2>Time limit</h2>
 * Every verification has a wall-clock deadline ({@code Verifier.Builder#timeLimit}, default 30 s).
 * A check that would start after it is not run and reported FAIL — {@code refresh}, which is
 * advisory, WARN — with "Not run: the verification time limit of … was reached", so such a report
 * is never valid. Fetches through the verifier's {@code DocumentFetcher} get at most the time left
 * ({@link org.microcred.verify.fetch.DocumentFetcher#fetch(java.net.URI, java.time.Duration)}) and
 * none starts after the deadline; a check whose fetch the deadline cut short FAILs where it would
 * have warned (an unobtainable status list). JSON-LD canonicalization keeps its own work budget.
 *
 * <p>Open Badges 2.0 assertions (JSON, signed JWS, hosted URL, baked) are handed to
 * {@link org.microcred.verify.ob2.Ob2Verifier}, whose steps carry the same ids; the report adds the
 * {@code trust} policy and SKIPs what OB 2.0 has not (subject, refresh, endorsements). A hosted
 * assertion answered with HTTP 410 Gone is revoked; the {@code revocationReason} of the answer's
 * JSON body, which the fetcher keeps ({@link org.microcred.verify.fetch.FetchException#body()}), is
 * reported in the {@code status} message.
 *
 * <p>Defaults: proofs with core's {@code ProofSuites.defaults}, keys through
 * {@link org.microcred.verify.resolve} over the {@link org.microcred.verify.fetch.DocumentFetcher}
 * (offline: {@code DocumentFetcher.none()}), contexts from core's bundled {@code ContextRegistry},
 * baked images through core's {@code BadgeBaker}. Extension points are in
 * {@link org.microcred.verify.spi}.
 */
package org.microcred.verify;
