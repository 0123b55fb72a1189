#!/usr/bin/env bash
# The Spark job over a synthetic corpus of N documents built from the dev sets' texts (issue 21).
# Usage: scripts/spark-bench-synthetic.sh [N] [MASTER] [METRICS_OUT] [JOB OPTIONS...]
#   (after ./mvnw -B -pl concord-spark -am -Pspark-local -DskipTests package)
# Builds the corpus with scripts/synthetic-corpus.py into a temporary folder (texts never enter the repository),
# runs AnalyzeJob at MASTER (default local[2]) in a fresh JVM, and prints the job's summary, its per-phase table
# and documents/s; the job's metrics.json is copied to METRICS_OUT when given.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-20000}"
master="${2:-local[2]}"
metrics_out="${3:-}"
shift $(( $# < 3 ? $# : 3 ))
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 scripts/synthetic-corpus.py --docs "$n" "$work/in"
cp="concord-spark/target/concord-spark-0.1.0-SNAPSHOT.jar:concord-spark/target/jars/*"
start=$(date +%s)
SPARK_LOCAL_IP=127.0.0.1 /usr/bin/time -v java @concord-spark/spark-jvm.options -Xmx10g -Dspark.master="$master" \
  -Dspark.ui.enabled=false -Dspark.local.dir="$work/spark" -cp "$cp" org.concord.spark.AnalyzeJob \
  --input "$work/in" --out "$work/out" --partitions 16 "$@" 2>"$work/err" || status=$?
# 3: some inputs skipped (listed above the summary); anything else is a failure
if [ "${status:-0}" != 0 ] && [ "${status:-0}" != 3 ]; then tail -50 "$work/err"; exit 1; fi
echo "skipped-input lines: $(grep -c 'skipped:' "$work/err" || true)"
grep 'skipped:' "$work/err" | grep -v 'duplicate of' | head -5 || true
grep -E '^concord-spark: (models|phase|story blocking|[0-9]+ documents)' "$work/err" || true
grep -E 'Maximum resident|Elapsed \(wall|Percent of CPU' "$work/err" || true
docs=$(grep -c . "$work/out/documents.jsonl")
secs=$(sed -n 's/.* skipped in \([0-9.]*\) s .*/\1/p' "$work/err" | tail -1)
python3 -c "import sys; s=float(sys.argv[1]); print(f'$master: {int(sys.argv[2])} documents in {s:.0f} s, {int(sys.argv[2])/s:.2f} documents/s (load average {sys.argv[3]})')" \
  "$secs" "$docs" "$(cut -d' ' -f1 /proc/loadavg)"
[ -n "$metrics_out" ] && cp "$work/out/metrics.json" "$metrics_out"
echo "wall $(( $(date +%s) - start )) s"
