#!/usr/bin/env bash
# Benchmark (not a test): bytes the search page fetches for one query, in headless Chromium,
# on a generated site of N reviews and on an index of SCALE copies of it (N*SCALE reviews).
# Usage: bench/search-bytes.sh [N=2000] [SCALE=50]
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-2000}"
scale="${2:-50}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

java bench/GenerateReviews.java "$n" "$work/generated-$n" >/dev/null
mvn -q test-compile
mvn -q exec:java -Dexec.args="build --source $work/generated-$n --output $work/site" >/dev/null
mvn -q exec:java -Dexec.classpathScope=test -Dmain.class=org.evidencepress.bench.SearchBytesBench \
  -Dexec.args="$work/site $scale"
