#!/usr/bin/env bash
# Benchmark (not a test): serve's edit-to-reload time, from writing a review file to an
# event-stream client receiving the reload, for title edits and body edits, on a copy of the
# example site and on a generated site of N reviews. Each site is served by bin/evpress
# (the packaged jar with the JVM settings it chooses), as an author runs it.
# Usage: bench/serve-reload.sh [N=4000] [EDITS=20]
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-4000}"
edits="${2:-20}"
port="${PORT:-18791}"
work="$(mktemp -d)"
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/example"
for input in content site.yaml references static templates i18n data; do
  if [ -e "$input" ]; then cp -r "$input" "$work/example/"; fi
done
java bench/GenerateReviews.java "$n" "$work/generated-$n" >/dev/null

mvn -q -DskipTests package
for site in "$work/example" "$work/generated-$n"; do
  started=$(date +%s.%N)
  bin/evpress serve -s "$site" --port "$port" --quiet >/dev/null 2>&1 &
  server=$!
  # The server answers once its first build is done.
  deadline=$((SECONDS + 600))
  until curl -sf -o /dev/null "http://127.0.0.1:$port/"; do
    if [ "$SECONDS" -ge "$deadline" ] || ! kill -0 "$server" 2>/dev/null; then
      echo "serve did not answer for $site" >&2
      exit 1
    fi
    sleep 0.2
  done
  echo "$(basename "$site"): first build and start in $(echo "$(date +%s.%N) - $started" | bc) s"
  for kind in title body; do
    mvn -q exec:java -Dexec.classpathScope=test -Dmain.class=org.evidencepress.bench.ServeReloadBench \
      -Dexec.args="$site $edits $kind http://127.0.0.1:$port"
  done
  # The newest process with these arguments is the JVM the jar relaunched with its settings.
  echo "$(basename "$site"): peak RSS $(awk '/VmHWM/ {print $2, $3}' "/proc/$(pgrep -n -f -- "serve -s $site")/status")"
  kill "$server"
  wait "$server" 2>/dev/null || true
  server=""
done
