#!/usr/bin/env bash
# Stand-in for `java -jar target/evidence-press.jar` while testing bench/run.sh:
#   EVPRESS_CMD=bench/fake-evpress.sh RUNS=1 bench/run.sh 50
# Accepts `build --source DIR --output DIR`, writes one index.html per review (the Markdown
# wrapped in <pre>) plus index.html, and does no real work. FAKE_FAIL=1 makes it fail.
set -euo pipefail
[ "${1:-}" = build ] || { echo "fake-evpress: only 'build' is faked" >&2; exit 2; }
shift
src=.; out=""
while [ $# -gt 0 ]; do
  case $1 in
    --source) src=$2; shift 2 ;;
    --output) out=$2; shift 2 ;;
    *) shift ;;
  esac
done
out=${out:-$src/site}
[ "${FAKE_FAIL:-0}" = 1 ] && { echo "fake-evpress: failing on purpose" >&2; exit 1; }
mkdir -p "$out/reviews"
for f in "$src"/content/reviews/*.md; do
  slug=$(basename "$f" .md)
  mkdir -p "$out/reviews/$slug"
  { echo "<!DOCTYPE html><title>$slug</title><pre>"; sed 's/&/\&amp;/g; s/</\&lt;/g' "$f"; echo "</pre>"; } >"$out/reviews/$slug/index.html"
done
echo "<!DOCTYPE html><title>fake</title>" >"$out/index.html"
