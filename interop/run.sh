#!/usr/bin/env bash
# Cross-implementation check: credentials signed by the reference JavaScript libraries
# (@digitalbazaar/vc with eddsa-rdfc-2022 / ecdsa-rdfc-2019, jose for VC-JWT) are verified by the
# Microcred SDK, and credentials the SDK issues are verified by those libraries. Offline: contexts
# come from the npm packages and the repository, never the network.
#
# Steps:
#   1. npm ci (exact versions from package-lock.json)       4. Java issues   -> JS verifies
#   2. build cli/target/microcred.jar when missing or stale  5. self-test: tampered and wrongly
#   3. JS signs -> Java verifies                                signed credentials must be rejected
#                                                               by both sides
# Ends with "N passed, M failed" (N = credentials verified across implementations; M counts every
# cross-verification failure and every bad credential a side wrongly accepted) and exits non-zero
# on any failure. Set INTEROP_KEEP=1 to keep the work folder.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
jar="$root/cli/target/microcred.jar"

command -v node >/dev/null || { echo "interop: node (20+) is required" >&2; exit 2; }
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" -ge 20 ] || { echo "interop: node 20+ required, found $(node --version)" >&2; exit 2; }

echo "== npm ci (from package-lock.json)"
(cd "$here" && npm ci --no-audit --no-fund --prefer-offline --loglevel=error)

jar_is_stale() {
  [ -f "$jar" ] || return 0
  [ -n "$(find "$root/pom.xml" "$root"/{core,verify,stacking,cli}/pom.xml \
            "$root"/{core,verify,stacking,cli}/src/main -newer "$jar" -print -quit 2>/dev/null)" ]
}
if jar_is_stale; then
  echo "== building $jar"
  (cd "$root" && mvn -B -q -DskipTests -pl cli -am package)
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/microcred-interop.XXXXXX")"
keep_work() { [ "${INTEROP_KEEP:-0}" = 1 ] || [ "$failed" -gt 0 ]; }
failed=0
passed=0
trap 'if keep_work; then echo "interop: work folder kept: $work"; else rm -rf "$work"; fi' EXIT

# Interop.java is a single-file source program (java -cp JAR interop/Interop.java ...); compile it
# once here so the seven runs below do not each compile it again.
echo "== compiling Interop.java against $jar"
mkdir -p "$work/classes"
if ! javac -nowarn -cp "$jar" -d "$work/classes" "$here/Interop.java"; then
  echo "interop: Interop.java does not compile against $jar (SDK API changed?)"
  echo "0 passed, 1 failed"
  exit 1
fi
java_interop() { (cd "$root" && java -cp "$jar:$work/classes" Interop "$@"); }
js() { node "$here/$1" "${@:2}"; }

# run_count LABEL EXPECT COMMAND...: runs a verifier, shows its output, and adds its counts.
#   EXPECT=accept: every credential must verify (counts go to passed / failed);
#   EXPECT=reject: every credential must be rejected (wrong acceptances go to failed).
# A verifier that crashes or reports nothing counts as one failure.
summary=()
run_count() {
  local label="$1" expect="$2"; shift 2
  local log="$work/$(echo "$label" | tr -c 'a-zA-Z0-9\n' '-').log" rc=0
  echo "== $label"
  "$@" >"$log" 2>&1 || rc=$?
  sed 's/^/   /' "$log"
  local line good bad
  if [ "$expect" = accept ]; then
    line="$(grep -E '^(js|java)-verify: [0-9]+ verified, [0-9]+ failed' "$log" | tail -1 || true)"
    good="$(sed -E 's/.*: ([0-9]+) verified, ([0-9]+) failed.*/\1/' <<<"$line")"
    bad="$(sed -E 's/.*: ([0-9]+) verified, ([0-9]+) failed.*/\2/' <<<"$line")"
  else
    line="$(grep -E '^(js|java)-verify --expect-fail: [0-9]+ rejected, [0-9]+ wrongly accepted' "$log" | tail -1 || true)"
    good="$(sed -E 's/.*: ([0-9]+) rejected, ([0-9]+) wrongly accepted.*/\1/' <<<"$line")"
    bad="$(sed -E 's/.*: ([0-9]+) rejected, ([0-9]+) wrongly accepted.*/\2/' <<<"$line")"
  fi
  if [ -z "$line" ]; then
    echo "   !! $label produced no count (exit $rc)"
    failed=$((failed + 1)); summary+=("$label: CRASHED (exit $rc)"); return
  fi
  if [ "$rc" -ne 0 ] && [ "$bad" -eq 0 ]; then
    bad=1   # non-zero exit with a clean count (e.g. an empty folder): still a failure
  fi
  if [ "$expect" = accept ]; then
    passed=$((passed + good)); failed=$((failed + bad))
    summary+=("$label: $good verified, $bad failed")
  else
    failed=$((failed + bad))
    summary+=("$label: $good rejected, $bad wrongly accepted")
  fi
}

# must LABEL COMMAND...: a producing step (signing, issuing, tampering); failing it is one failure.
must() {
  local label="$1"; shift
  echo "== $label"
  if ! "$@" 2>&1 | sed 's/^/   /'; then
    echo "   !! $label failed"
    failed=$((failed + 1)); summary+=("$label: FAILED"); return 1
  fi
}

# 3. JS signs -> Java verifies
js_signed=0; java_issued=0
if must "JS signs (eddsa-rdfc-2022, ecdsa-rdfc-2019, JWT RS256/ES256/PS256/EdDSA)" \
    js sign.mjs "$work/js"; then
  js_signed=1
  run_count "Java SDK verifies JS-signed credentials" accept java_interop verify "$work/js"
fi

# 4. Java issues -> JS verifies
if must "Java SDK issues (eddsa-rdfc-2022, ecdsa-rdfc-2019, JWT RS256/ES256/PS256/EdDSA)" \
    java_interop issue "$work/java"; then
  java_issued=1
  run_count "JS verifies SDK-issued credentials" accept js verify.mjs "$work/java"
fi

# 5. Self-test: the harness must be able to fail. Every credential below is bad.
if [ "$js_signed" = 1 ] && must "tamper JS-signed copies" js tamper.mjs "$work/js" "$work/js-tampered"; then
  run_count "self-test: JS rejects tampered JS-signed" reject js verify.mjs --expect-fail "$work/js-tampered"
  run_count "self-test: Java rejects tampered JS-signed" reject java_interop verify --expect-fail "$work/js-tampered"
fi
if [ "$java_issued" = 1 ] && must "tamper SDK-issued copies" js tamper.mjs "$work/java" "$work/java-tampered"; then
  run_count "self-test: JS rejects tampered SDK-issued" reject js verify.mjs --expect-fail "$work/java-tampered"
  run_count "self-test: Java rejects tampered SDK-issued" reject java_interop verify --expect-fail "$work/java-tampered"
fi
if must "JS signs the negative set (valid signatures, wrong issuer / claims)" \
    js sign.mjs --negative "$work/js-negative"; then
  run_count "self-test: JS rejects the negative set" reject js verify.mjs --expect-fail "$work/js-negative"
  run_count "self-test: Java rejects the negative set" reject java_interop verify --expect-fail "$work/js-negative"
fi
mkdir -p "$work/empty"
run_count "self-test: JS fails on an empty folder" reject \
  bash -c '! node "$1" "$2" >/dev/null 2>&1 && echo "js-verify --expect-fail: 1 rejected, 0 wrongly accepted" || echo "js-verify --expect-fail: 0 rejected, 1 wrongly accepted"' \
  _ "$here/verify.mjs" "$work/empty"
run_count "self-test: Java fails on an empty folder" reject \
  bash -c '! java -cp "$1" Interop verify "$2" >/dev/null 2>&1 && echo "java-verify --expect-fail: 1 rejected, 0 wrongly accepted" || echo "java-verify --expect-fail: 0 rejected, 1 wrongly accepted"' \
  _ "$jar:$work/classes" "$work/empty"

echo "== summary"
for line in "${summary[@]}"; do echo "   $line"; done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
