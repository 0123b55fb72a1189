#!/usr/bin/env bash
# The web UI's speed (issue 20): a story page of N documents (default 100), from navigation start to the end of the
# load event in headless chromium, at 1400 and 390 px. A benchmark, not a test: it prints the figures and fails only
# when it cannot run.
# Usage: scripts/ui-bench.sh [--docs N] [--runs R] [--annotator corenlp|plain] [--corpus FILE.jsonl]
#   (default corpus: the DUC 2002 stream in ../shared/data, read at run time; CoreNLP analyses it, as `concord serve`
#   does; the documents are then pinned into one story with a correction.)
# Needs chromium and chromedriver (.ci/browser installs them); CHROMIUM and CHROMEDRIVER override their paths.
# Builds concord-nlp and concord-serve with their test classes (offline, nothing installed into ~/.m2).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -o -DskipTests -pl concord-nlp,concord-serve -am package dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/ui-bench.classpath >&2
cp="concord-serve/target/test-classes:concord-serve/target/classes:$(cat concord-serve/target/ui-bench.classpath)"
cp="$cp:concord-nlp/target/classes:$(cat concord-nlp/target/ui-bench.classpath)"
exec java ${CONCORD_JAVA_OPTS:--Xmx6g} -cp "$cp" org.concord.serve.UiBench \
    --chromium "${CHROMIUM:-/usr/bin/chromium}" --chromedriver "${CHROMEDRIVER:-/usr/bin/chromedriver}" "$@"
