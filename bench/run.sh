#!/usr/bin/env bash
# Benchmark: clean builds of Evidence Press (and of an equivalent Hugo site, when `hugo` is on
# PATH) over synthetic corpora made by bench/GenerateReviews.java.
#
#   bench/run.sh [--no-package] [--keep] [N ...]        default N: 1000 4000 16000
#
# Environment:
#   RUNS=5              timed clean builds per tool and N (median, min-max are reported)
#   WARMUP=0            untimed builds per tool and N before the timed ones
#   ENTRIES=evpress     the entry points to time, side by side, each its own row: any of
#                       `evpress` (bin/evpress), `jar` (java -jar target/evidence-press.jar) and
#                       `mvn` (mvn -q compile exec:java -Dexec.args="build ..."), e.g. ENTRIES="evpress jar mvn"
#   EVPRESS_JAVA_OPTS   extra JVM flags for the evpress and jar runs
#   EVPRESS_CMD         replaces the entry points with one command; the words
#                       `build --source SITE --output OUT` are appended. Split on spaces, run from the
#                       repo root. Packaging is skipped when it is set. Example:
#                       EVPRESS_CMD=bench/fake-evpress.sh RUNS=1 bench/run.sh 50
#   CACHE=1             also time cached rebuilds: a build with `--cache DIR` fills the cache, then
#                       each of RUNS runs appends a paragraph to one review's body and builds again
#                       with the same cache (reported as "cached rebuild", with its share of the
#                       clean median)
#   AGAIN=1             also time builds into an output folder that holds the last build's site,
#                       without a cache, as on a local folder or a persistent runner: after the
#                       clean (and cached) runs, each of RUNS runs appends a paragraph to one
#                       review's body in both corpora, then builds again into the folder of the
#                       first entry point's last clean build, and Hugo into its own (reported as
#                       "... again", with the ratio to Hugo's)
#   DROP_CACHES=1       before each series of builds (the clean builds of one N, the build that
#                       fills the cache, the builds "again"), drops the kernel's caches: file
#                       names, inodes and cached file contents (Linux, as root; else a note says
#                       they were kept), then reads the corpora, the JDK, the jar and Hugo back in.
#                       The names earlier builds left (over a million at 16,000 reviews) slow the
#                       look-up of every path later builds use, and after the bench deletes an
#                       earlier N's outputs, ext4 without a journal makes each new file cost ten
#                       times the system time until the cached blocks of its inode tables are
#                       dropped (bench/README.md)
#   HUGO=hugo           the Hugo binary; SKIP_HUGO=1 leaves Hugo out
#   HUGO_MAX_N=16000    larger N are built without Hugo (its twin of 16,000 reviews took 8 GiB)
#   CSL                 a CSL style id or .csl path (e.g. vancouver): appended to each generated
#                       site.yaml as `csl: ...`, and the Evidence Press rows are labelled with it
#   TMPDIR              corpora and outputs go under ${TMPDIR:-/tmp}/evpress-bench.XXXXXX (removed
#                       at the end unless --keep). Every output of one N is kept until that N is
#                       done (about 2.2 GB per Evidence Press build and 1 GB per Hugo build at
#                       16,000 reviews, 13.6 GB per build at 100,000)
#
# Prints a Markdown table (N | tool | median wall s | min-max s | CPU s | peak RSS MiB | output |
# ratio) and the per-review cost on stdout; progress goes to stderr. Exits 1 if any build fails,
# 2 on bad usage.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RUNS=${RUNS:-5}
CACHE=${CACHE:-0}
AGAIN=${AGAIN:-0}
WARMUP=${WARMUP:-0}
DROP_CACHES=${DROP_CACHES:-0}
HUGO=${HUGO:-hugo}
HUGO_MAX_N=${HUGO_MAX_N:-16000}
ENTRIES=${ENTRIES:-evpress}
PACKAGE=1
KEEP=0
SIZES=()

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"; }
die() { echo "run.sh: $*" >&2; exit 1; }
log() { echo "[bench] $*" >&2; }

for a in "$@"; do
  case $a in
    --no-package) PACKAGE=0 ;;
    --keep) KEEP=1 ;;
    -h|--help) usage; exit 0 ;;
    ''|*[!0-9]*) echo "run.sh: unknown argument: $a" >&2; usage >&2; exit 2 ;;
    *) [ "$a" -ge 1 ] || { echo "run.sh: N must be >= 1" >&2; exit 2; }; SIZES+=("$a") ;;
  esac
done
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 4000 16000)
mapfile -t SIZES < <(printf '%s\n' "${SIZES[@]}" | sort -n -u)
case $RUNS in ''|*[!0-9]*|0) echo "run.sh: RUNS must be a positive integer" >&2; exit 2 ;; esac
case $CACHE in 0|1) ;; *) echo "run.sh: CACHE must be 0 or 1" >&2; exit 2 ;; esac
case $AGAIN in 0|1) ;; *) echo "run.sh: AGAIN must be 0 or 1" >&2; exit 2 ;; esac
case $DROP_CACHES in 0|1) ;; *) echo "run.sh: DROP_CACHES must be 0 or 1" >&2; exit 2 ;; esac
case $WARMUP in ''|*[!0-9]*) echo "run.sh: WARMUP must be a non-negative integer" >&2; exit 2 ;; esac
case $HUGO_MAX_N in ''|*[!0-9]*) echo "run.sh: HUGO_MAX_N must be a non-negative integer" >&2; exit 2 ;; esac
read -r -a ENTRY_LIST <<<"$ENTRIES"
[ ${#ENTRY_LIST[@]} -gt 0 ] || { echo "run.sh: ENTRIES is empty" >&2; exit 2; }
for e in "${ENTRY_LIST[@]}"; do
  case $e in evpress|jar|mvn) ;; *) echo "run.sh: unknown entry point in ENTRIES: $e (evpress, jar, mvn)" >&2; exit 2 ;; esac
done

# --- tools -----------------------------------------------------------------------------------
if [ ! -x /usr/bin/time ]; then
  log "/usr/bin/time missing: installing the Debian package 'time'"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  { $SUDO apt-get update -qq && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time; } >&2 \
    || die "could not install GNU time; install the Debian package 'time'"
  [ -x /usr/bin/time ] || die "/usr/bin/time still missing"
fi
command -v java >/dev/null || die "java not found (Java 17 needed)"

USE_HUGO=0
HUGO_VERSION=""
if [ "${SKIP_HUGO:-0}" != 1 ] && command -v "$HUGO" >/dev/null 2>&1; then
  USE_HUGO=1
  HUGO_VERSION=$("$HUGO" version 2>/dev/null | sed -n 's/^hugo v\{0,1\}\([0-9][0-9.]*\).*/\1/p' | head -n1)
  log "Hugo ${HUGO_VERSION:-?} found: building the Hugo twin too"
else
  log "hugo not on PATH (or SKIP_HUGO=1): Evidence Press only"
fi

if [ -n "${EVPRESS_CMD:-}" ]; then
  log "EVPRESS_CMD override: $EVPRESS_CMD (packaging skipped)"
  PACKAGE=0
  ENTRY_LIST=(custom)
fi
[[ " ${ENTRY_LIST[*]} " != *" mvn "* ]] || command -v mvn >/dev/null || die "mvn not found (needed for ENTRIES=mvn)"

# ep_command ENTRY SITE OUT [OPTION...]: sets CMD to the command line of one Evidence Press build.
ep_command() {
  local entry=$1 site=$2 out=$3
  shift 3
  case $entry in
    # The launcher users run: tuned JVM flags and the class-data archive made at package time.
    evpress) CMD=("$ROOT/bin/evpress" build --source "$site" --output "$out" "$@") ;;
    # shellcheck disable=SC2206 # the options are meant to split into words
    jar) CMD=(java ${EVPRESS_JAVA_OPTS:-} -jar "$ROOT/target/evidence-press.jar" build --source "$site" --output "$out" "$@") ;;
    mvn) CMD=(mvn -q compile exec:java "-Dexec.args=build --source $site --output $out $*") ;;
    custom) read -r -a CMD <<<"$EVPRESS_CMD"; CMD+=(build --source "$site" --output "$out" "$@") ;;
  esac
}
ep_label() {
  local name
  case $1 in evpress) name="bin/evpress" ;; jar) name="java -jar" ;; mvn) name="mvn exec:java" ;; custom) name="$EVPRESS_CMD" ;; esac
  echo "Evidence Press ($name${CSL:+, csl: $CSL})"
}

if [ "$PACKAGE" = 1 ]; then
  command -v mvn >/dev/null || die "mvn not found (or pass --no-package)"
  log "packaging: mvn -q -DskipTests package"
  (cd "$ROOT" && mvn -q -DskipTests package) || die "mvn package failed"
fi
if [ -z "${EVPRESS_CMD:-}" ] && [[ " ${ENTRY_LIST[*]} " != " mvn " ]] && [ ! -f "$ROOT/target/evidence-press.jar" ]; then
  die "$ROOT/target/evidence-press.jar not found (run without --no-package, or set EVPRESS_CMD)"
fi

# --- work dir --------------------------------------------------------------------------------
BASE=${TMPDIR:-/tmp}
mkdir -p "$BASE"
WORK=$(mktemp -d "$BASE/evpress-bench.XXXXXX")
cleanup() { if [ "$KEEP" = 1 ]; then log "kept $WORK"; else rm -rf "$WORK"; fi; }
trap cleanup EXIT

# --- measuring -------------------------------------------------------------------------------
# fresh_caches: with DROP_CACHES=1, drops the kernel's caches of names, inodes and file contents,
# then reads back what the builds read, so that no timed build pays for reading it from disk.
# - Linux keeps every file name it has looked up (deleted ones too) until memory runs short, in
#   a hash table sized at boot: on a 2-core machine with 131,072 buckets and 2.9 million names
#   cached, a cached rebuild spent 14 % of its time walking those chains.
# - ext4 without a journal checks, for each inode it hands out, whether it was freed in the last
#   half minute, by looking its block up among the cached blocks of the disk. After the bench
#   deleted an earlier N's outputs, that look-up made creating 28,000 files cost 4.9-5.8 s of
#   system time instead of 0.3-0.6 s, and it stayed so (a minute later too) until the cached
#   blocks were dropped: it charged the tool that writes more files for the bench's own deletions.
# Reads back the corpora of this N, the JDK, target/, bin/, Hugo, and the folders given.
fresh_caches() {
  [ "$DROP_CACHES" = 1 ] || return 0
  sync
  if [ -w /proc/sys/vm/drop_caches ] && echo 3 >/proc/sys/vm/drop_caches 2>/dev/null; then
    log "kernel caches dropped: $(cut -f1 /proc/sys/fs/dentry-state 2>/dev/null) names left"
  else
    log "DROP_CACHES=1 but /proc/sys/vm/drop_caches is not writable (root only): caches kept"
    return 0
  fi
  local java_home inputs=("$@" "$d/site")
  [ ! -d "$d/hugo" ] || inputs+=("$d/hugo")
  java_home=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
  inputs+=("$java_home" "$ROOT/target" "$ROOT/bin")
  [ "$USE_HUGO" != 1 ] || inputs+=("$(readlink -f "$(command -v "$HUGO")")")
  find -L "${inputs[@]}" -type f -exec cat {} + >/dev/null 2>&1 || true
}

# set_aside OUT: moves an earlier OUT into a folder beside it that goes with the rest of this N.
# Deleting it instead, just before a timed build, made that build pay for the deletion: Linux's
# ext4 without a journal will not reuse an inode freed in the last minute or so, and checks each
# such inode while it looks for a free one, so creating 123,000 files right after deleting as
# many took 36-54 s of system time in a 16,000-review build instead of 6-9 s (bench/README.md).
set_aside() {
  [ -e "$1" ] || return 0
  local aside="$(dirname "$1")/set-aside"
  mkdir -p "$aside"
  mv "$1" "$(mktemp -d "$aside/XXXXXX")/"
}

# measure LABEL OUT CMD... : sets OUT aside (unless INTO_SITE=1: a build into the site there),
# runs CMD under /usr/bin/time -v from the repo root, sets WALL (seconds), CPU (user + system
# seconds) and RSS_KB. Exits the script if CMD fails.
WALL=0
CPU=0
RSS_KB=0
measure() {
  local label=$1 out=$2
  shift 2
  local tf="$WORK/time.txt" lg="$WORK/build.log"
  [ "${INTO_SITE:-0}" = 1 ] || set_aside "$out"
  # What the builds before wrote is on disk first: its write-back would otherwise fall in this one.
  sync
  if ! (cd "$ROOT" && /usr/bin/time -v -o "$tf" "$@" >"$lg" 2>&1); then
    echo "run.sh: $label build failed: $*" >&2
    tail -n 40 "$lg" >&2 || true
    grep -E 'Command (exited|terminated)|Exit status' "$tf" >&2 || true
    exit 1
  fi
  local el
  el=$(sed -n 's/^[[:space:]]*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$tf")
  WALL=$(awk -F: -v t="$el" 'BEGIN { n = split(t, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.3f", s }')
  RSS_KB=$(sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$tf")
  CPU=$(awk -F': ' '/^[[:space:]]*(User|System) time \(seconds\)/ { s += $2 } END { printf "%.3f", s }' "$tf")
  [ -n "$el" ] && [ -n "$RSS_KB" ] || die "could not read /usr/bin/time output for $label"
}

# stats FILE -> "median min max" of the numbers in FILE
stats() {
  sort -g "$1" | awk '{ v[NR] = $1 } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "%.3f %.3f %.3f\n", m, v[1], v[NR] }'
}
maxof() { sort -g "$1" | tail -n 1; }

outsize() { # "FILES files, SIZE MiB" of a folder
  local f s
  [ -d "$1" ] || { echo "no output folder"; return; }
  f=$(find "$1" -type f | wc -l)
  s=$(du -sk "$1" | awk '{ printf "%.1f", $1 / 1024 }')
  echo "$f files, $s MiB"
}

HUGO_LABEL="Hugo ${HUGO_VERSION}"
HUGO_LABEL=${HUGO_LABEL% }
TOOLS=()
for e in "${ENTRY_LIST[@]}"; do TOOLS+=("ep-$e"); done
[ "$USE_HUGO" = 1 ] && TOOLS+=(hugo)
label_of() {
  case $1 in
    hugo) echo "$HUGO_LABEL" ;;
    hugo-again) echo "$HUGO_LABEL again" ;;
    cached) echo "cached rebuild" ;;
    again) echo "$(ep_label "${ENTRY_LIST[0]}") again" ;;
    *) ep_label "${1#ep-}" ;;
  esac
}
declare -A MED RSS RANGE CPUMED OUTPUT
# start_runs TOOL...: empties each tool's lists of wall times, peak RSS and CPU times for this N.
start_runs() { local t; for t in "$@"; do : >"$d/$t.wall"; : >"$d/$t.rss"; : >"$d/$t.cpu"; done; }
# record_run TOOL: adds the last measure to TOOL's lists and logs it as run $r.
record_run() {
  echo "$WALL" >>"$d/$1.wall"; echo "$RSS_KB" >>"$d/$1.rss"; echo "$CPU" >>"$d/$1.cpu"
  log "N=$n run $r/$RUNS: $(label_of "$1") ${WALL}s wall, ${CPU}s CPU, $((RSS_KB / 1024)) MiB"
}

for n in "${SIZES[@]}"; do
  d="$WORK/$n"
  hugo_here=$USE_HUGO
  [ "$n" -le "$HUGO_MAX_N" ] || hugo_here=0
  log "N=$n: generating corpus"
  gen=(java "$ROOT/bench/GenerateReviews.java" "$n" "$d/site")
  [ "$hugo_here" = 1 ] && gen+=(--hugo "$d/hugo")
  "${gen[@]}" >&2 || die "GenerateReviews failed for N=$n"
  [ -z "${CSL:-}" ] || printf 'csl: %s\n' "$CSL" >>"$d/site/site.yaml"

  here=()
  for t in "${TOOLS[@]}"; do
    [ "$t" != hugo ] || [ "$hugo_here" = 1 ] || continue
    here+=("$t")
  done
  start_runs "${here[@]}"
  fresh_caches
  # tool_run TOOL: one clean build into $d/out-TOOL
  tool_run() {
    if [ "$1" = hugo ]; then
      rm -rf "$d/hugo/public" "$d/hugo/resources" "$d/hugo/.hugo_build.lock"
      measure "$HUGO_LABEL N=$n" "$d/out-hugo" "$HUGO" --source "$d/hugo" --destination "$d/out-hugo" --quiet
    else
      ep_command "${1#ep-}" "$d/site" "$d/out-$1"
      measure "$(label_of "$1") N=$n" "$d/out-$1" "${CMD[@]}"
    fi
  }
  for ((w = 1; w <= WARMUP; w++)); do
    for t in "${here[@]}"; do tool_run "$t"; log "N=$n warm-up $w: $(label_of "$t") ${WALL}s"; done
  done
  # Alternating, so that a slow spell of the machine falls on every tool alike.
  for ((r = 1; r <= RUNS; r++)); do
    for t in "${here[@]}"; do
      tool_run "$t"
      record_run "$t"
    done
  done
  for t in "${here[@]}"; do OUTPUT[$n,$t]=$(outsize "$d/out-$t"); log "N=$n output: $(label_of "$t") ${OUTPUT[$n,$t]}"; done
  # The review the cached and again runs edit.
  edited=$(find "$d/site/content/reviews" -name '*.md' | sort | sed -n 1p) # sed reads all: no SIGPIPE under pipefail
  if [ "$CACHE" = 1 ]; then
    # Through the first entry point.
    start_runs cached
    cached_run() {
      ep_command "${ENTRY_LIST[0]}" "$d/site" "$d/out-cached" --cache "$d/cache"
      measure "$(label_of "ep-${ENTRY_LIST[0]}") cached N=$n" "$d/out-cached" "${CMD[@]}"
    }
    fresh_caches
    cached_run
    log "N=$n cache filled: ${WALL}s wall, ${CPU}s CPU"
    for ((r = 1; r <= RUNS; r++)); do
      printf '\nA paragraph added before cached rebuild %s.\n' "$r" >>"$edited"
      cached_run
      record_run cached
    done
    OUTPUT[$n,cached]=$(outsize "$d/out-cached")
  fi
  if [ "$AGAIN" = 1 ]; then
    # Last: the sites these builds replace are deleted, which would slow a clean build after them.
    again=(again)
    if [ "$hugo_here" = 1 ]; then again+=(hugo-again); fi
    start_runs "${again[@]}"
    # The sites these builds replace are read back too: a build into a site compares what it
    # writes with what is there.
    fresh_caches "$d/out-ep-${ENTRY_LIST[0]}" "$d/out-hugo"
    name=$(basename "$edited")
    for ((r = 1; r <= RUNS; r++)); do
      for corpus in "$d/site" "$d/hugo"; do
        if [ -d "$corpus" ]; then printf '\nA paragraph added before build again %s.\n' "$r" >>"$corpus/content/reviews/$name"; fi
      done
      for t in "${again[@]}"; do
        if [ "$t" = hugo-again ]; then
          INTO_SITE=1 measure "$HUGO_LABEL again N=$n" "$d/out-hugo" "$HUGO" --source "$d/hugo" --destination "$d/out-hugo" --quiet
        else
          ep_command "${ENTRY_LIST[0]}" "$d/site" "$d/out-ep-${ENTRY_LIST[0]}"
          INTO_SITE=1 measure "$(label_of again) N=$n" "$d/out-ep-${ENTRY_LIST[0]}" "${CMD[@]}"
        fi
        record_run "$t"
      done
    done
    OUTPUT[$n,again]=$(outsize "$d/out-ep-${ENTRY_LIST[0]}")
    if [ "$hugo_here" = 1 ]; then OUTPUT[$n,hugo-again]=$(outsize "$d/out-hugo"); fi
  fi

  for t in "${TOOLS[@]}" cached again hugo-again; do
    [ -s "$d/$t.wall" ] || continue
    read -r med lo hi < <(stats "$d/$t.wall")
    MED[$n,$t]=$med
    read -r CPUMED[$n,$t] _ _ < <(stats "$d/$t.cpu")
    RANGE[$n,$t]="$(printf '%.2f-%.2f' "$lo" "$hi")"
    RSS[$n,$t]=$(awk -v k="$(maxof "$d/$t.rss")" 'BEGIN { printf "%.0f", k / 1024 }')
  done
  # keep the disk small: corpora and outputs of this N are no longer needed
  [ "$KEEP" = 1 ] || rm -rf "$d"
done

# --- report ----------------------------------------------------------------------------------
echo
if [ "$USE_HUGO" = 1 ]; then echo "## Evidence Press vs $HUGO_LABEL"; else echo "## Evidence Press (no Hugo)"; fi
echo
echo "$(date -u +%Y-%m-%d), $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo),"\
  "$(java -version 2>&1 | head -n1), RUNS=$RUNS, WARMUP=$WARMUP, DROP_CACHES=$DROP_CACHES, ENTRIES='${ENTRY_LIST[*]}',"\
  "EVPRESS_JAVA_OPTS='${EVPRESS_JAVA_OPTS:-}'${EVPRESS_CMD:+, EVPRESS_CMD='$EVPRESS_CMD'}${CSL:+, CSL='$CSL'}"
echo
echo "| N | tool | median wall s | min-max s | median CPU s | peak RSS MiB | output | ratio (median, to Hugo's) |"
echo "|---:|---|---:|---:|---:|---:|---|---:|"
for n in "${SIZES[@]}"; do
  for t in "${TOOLS[@]}" cached again hugo-again; do
    [ -n "${MED[$n,$t]:-}" ] || continue
    ratio="n/a"
    if [ "$t" = hugo-again ]; then
      ratio="1.00"
    elif [ "$t" = again ] && [ -n "${MED[$n,hugo-again]:-}" ]; then
      ratio=$(awk -v a="${MED[$n,again]}" -v b="${MED[$n,hugo-again]}" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }')
    elif [ "$t" = again ]; then
      ratio="n/a"
    elif [ "$t" = cached ]; then
      ratio=$(awk -v a="${MED[$n,cached]}" -v b="${MED[$n,ep-${ENTRY_LIST[0]}]}" 'BEGIN { if (b > 0) printf "%.0f%% of clean", 100 * a / b; else print "n/a" }')
    elif [ "$t" = hugo ]; then
      ratio="1.00"
    elif [ -n "${MED[$n,hugo]:-}" ]; then
      ratio=$(awk -v a="${MED[$n,$t]}" -v b="${MED[$n,hugo]}" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }')
    fi
    printf '| %s | %s | %.2f | %s | %.2f | %s | %s | %s |\n' "$n" "$(label_of "$t")" "${MED[$n,$t]}" "${RANGE[$n,$t]}" \
      "${CPUMED[$n,$t]}" "${RSS[$n,$t]}" "${OUTPUT[$n,$t]:-}" "$ratio"
  done
done
if [ "$CACHE" = 1 ]; then
  echo
  echo "cached rebuild: \`build --cache DIR\` through $(label_of "ep-${ENTRY_LIST[0]}") after one review's body"
  echo "was edited, the cache filled by the build before; its ratio is its median as a share of the clean"
  echo "median through the same entry point. CPU time, the steadier figure:"
  echo
  echo "| N | cached rebuild CPU s (user + system) | clean CPU s | share |"
  echo "|---:|---:|---:|---:|"
  for n in "${SIZES[@]}"; do
    [ -n "${CPUMED[$n,cached]:-}" ] || continue
    clean=${CPUMED[$n,ep-${ENTRY_LIST[0]}]}
    printf '| %s | %.2f | %.2f | %s |\n' "$n" "${CPUMED[$n,cached]}" "$clean" \
      "$(awk -v a="${CPUMED[$n,cached]}" -v b="$clean" 'BEGIN { if (b > 0) printf "%.0f%%", 100 * a / b }')"
  done
fi
echo
echo "Per-review cost: median wall time / N, the marginal cost between consecutive N (which"
echo "leaves out fixed costs such as JVM or Hugo start-up), and median CPU time (user + system,"
echo "all threads) per review, which is less disturbed by other load on the machine."
echo
echo "| N | tool | ms per review | marginal ms per review | CPU ms per review |"
echo "|---:|---|---:|---:|---:|"
for t in "${TOOLS[@]}"; do
  label=$(label_of "$t")
  prev_n=""
  for n in "${SIZES[@]}"; do
    [ -n "${MED[$n,$t]:-}" ] || continue
    per=$(awk -v m="${MED[$n,$t]}" -v n="$n" 'BEGIN { printf "%.3f", m * 1000 / n }')
    marg="—"
    if [ -n "$prev_n" ]; then
      marg=$(awk -v a="${MED[$prev_n,$t]}" -v b="${MED[$n,$t]}" -v na="$prev_n" -v nb="$n" \
        'BEGIN { printf "%.3f", (b - a) * 1000 / (nb - na) }')
    fi
    cpu=$(awk -v m="${CPUMED[$n,$t]}" -v n="$n" 'BEGIN { printf "%.3f", m * 1000 / n }')
    printf '| %s | %s | %s | %s | %s |\n' "$n" "$label" "$per" "$marg" "$cpu"
    prev_n=$n
  done
done
