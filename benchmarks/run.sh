#!/usr/bin/env bash
# Builds the benchmarks jar and runs the suite, writing JMH JSON results to
# benchmarks/results/<UTC date-time>.json and a Markdown summary (throughput and the target
# ratios, computed inside the same run) to benchmarks/results/<UTC date-time>.md.
#
#   benchmarks/run.sh                 # whole suite, 1 fork, 3 x 2 s warm-up, 5 x 2 s measurement
#   RUNS=3 benchmarks/run.sh          # repeat the suite 3 times; the summary quotes medians
#   FORKS=2 WARMUP=5 ITERATIONS=10 TIME=2s benchmarks/run.sh 'DataIntegrity|Jwt'
#   SKIP_BUILD=1 benchmarks/run.sh    # reuse benchmarks/target/benchmarks.jar
#   PAIRED=1 benchmarks/run.sh        # afterwards, also measure the target ratios interleaved
#                                     # (org.microcred.benchmarks.Paired; robust to load drift)
#
# Any arguments are passed to JMH (a benchmark regex and/or options such as -prof stack).
# Benchmarks are throughput (ops/s) and single-threaded except BatchBenchmark.issueAll.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
jar="$here/target/benchmarks.jar"
results="$here/results"

FORKS="${FORKS:-1}"
WARMUP="${WARMUP:-3}"
ITERATIONS="${ITERATIONS:-5}"
TIME="${TIME:-2s}"
RUNS="${RUNS:-1}"
JAVA="${JAVA:-java}"

if [[ -z "${SKIP_BUILD:-}" ]]; then
  (cd "$root" && mvn -B -q -DskipTests -pl benchmarks -am package)
fi

mkdir -p "$results"
stamp="$(date -u +%Y-%m-%dT%H%M%SZ)"
files=()
for ((run = 1; run <= RUNS; run++)); do
  out="$results/$stamp-run$run.json"
  [[ "$RUNS" == 1 ]] && out="$results/$stamp.json"
  echo "== run $run of $RUNS -> $out" >&2
  "$JAVA" -jar "$jar" -f "$FORKS" -wi "$WARMUP" -w "$TIME" -i "$ITERATIONS" -r "$TIME" \
      -rf json -rff "$out" "$@"
  files+=("$out")
done

{
  echo "# Microcred benchmarks, $stamp"
  echo
  echo "Machine: $(nproc) cores, $("$JAVA" -version 2>&1 | head -1); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "JMH: $FORKS fork(s), $WARMUP x $TIME warm-up, $ITERATIONS x $TIME measurement${*:+, arguments: $*}."
  echo
  "$JAVA" -cp "$jar" org.microcred.benchmarks.Summary "${files[@]}"
} > "$results/$stamp.md"

if [[ -n "${PAIRED:-}" ]]; then
  echo "== interleaved pairs -> $results/$stamp-paired.md" >&2
  {
    echo
    echo "## Target ratios, interleaved A/B (org.microcred.benchmarks.Paired)"
    echo
    "$JAVA" -cp "$jar" org.microcred.benchmarks.Paired ${PAIRED_ROUNDS:-25} ${PAIRED_SLICE_MS:-200} 2>/dev/null
  } >> "$results/$stamp.md"
fi
cat "$results/$stamp.md"
