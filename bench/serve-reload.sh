#!/usr/bin/env bash
# Benchmark (not a test): serve's edit-to-reload time, from writing a review file to an
# event-stream client receiving the reload, on a copy of the example site and on a
# generated site of N reviews. Usage: bench/serve-reload.sh [N=4000] [EDITS=20]
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-4000}"
edits="${2:-20}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/example"
cp -r content site.yaml "$work/example/"
java bench/GenerateReviews.java "$n" "$work/generated-$n" >/dev/null

mvn -q test-compile
for site in "$work/example" "$work/generated-$n"; do
  mvn -q exec:java -Dexec.classpathScope=test -Dmain.class=org.evidencepress.bench.ServeReloadBench \
    -Dexec.args="$site $edits"
done
