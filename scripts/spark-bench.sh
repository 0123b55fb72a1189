#!/usr/bin/env bash
# Documents/s of the Spark job at local[1] and local[2] on the first N PolNeAR train articles (issue 21).
# Usage: scripts/spark-bench.sh [N]   (after ./mvnw -B -pl concord-spark -am -Pspark-local -DskipTests package)
# Each run is a fresh JVM; in local mode the job loads the models first and times the analysis apart (reading,
# annotation, near-duplicates, stories, story analysis). Prints one line per master with the analysis seconds and
# documents/s, and checks that both masters wrote the same report.
# PIN=1 runs local[1] on one core (taskset -c 0) and local[2] on two (taskset -c 0,1), so that the JVM's JIT and GC
# threads of the local[1] run cannot use the second core: the ratio is then one core against two.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-120}"
data="../shared/data/quotes/polnear/train/text"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in"
mapfile -t files < <(ls "$data" | sort)
for f in "${files[@]:0:$n}"; do cp "$data/$f" "$work/in/"; done  # copies: links out of an input are not followed
cp="concord-spark/target/concord-spark-0.1.0-SNAPSHOT.jar:concord-spark/target/jars/*"
for master in 'local[1]' 'local[2]'; do
  pin=()
  if [ "${PIN:-0}" = 1 ]; then
    if [ "$master" = 'local[1]' ]; then pin=(taskset -c 0); else pin=(taskset -c 0,1); fi
  fi
  SPARK_LOCAL_IP=127.0.0.1 "${pin[@]}" java @concord-spark/spark-jvm.options -Xmx3g -Dspark.master="$master" \
    -Dspark.ui.enabled=false -cp "$cp" org.concord.spark.AnalyzeJob --input "$work/in" --out "$work/out-$master" \
    --partitions 8 2>"$work/err-$master" || { cat "$work/err-$master"; exit 1; }
  docs=$(grep -c . "$work/out-$master/documents.jsonl")
  secs=$(sed -n 's/.* skipped in \([0-9.]*\) s .*/\1/p' "$work/err-$master")
  python3 -c "import sys; s=float(sys.argv[1]); print(f'$master${pin:+ (pinned: ${pin[*]})}: {s:.1f} s, {int(sys.argv[2])/s:.2f} documents/s ({sys.argv[2]} documents; load average {sys.argv[3]})')" \
    "$secs" "$docs" "$(cut -d' ' -f1 /proc/loadavg)"
done
cmp -s "$work/out-local[1]/report.json" "$work/out-local[2]/report.json" && echo "same report at local[1] and local[2]" \
  || { echo "the reports differ"; exit 1; }
