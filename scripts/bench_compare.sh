#!/usr/bin/env bash
# Compares the ingest speed of two or more quotebase binaries in one run, alternating them.
#
#   scripts/bench_compare.sh OLD_BINARY NEW_BINARY [...]     (ROUNDS=5 by default)
#
# This machine's speed drifts by up to a quarter within an hour, CPU time included, so figures taken an hour apart
# do not compare. Each round ingests every corpus file in $CORPUS (default ../shared/corpus), then all of them in
# one ingest, with each binary in turn into a fresh database; the report is the median wall and CPU (user + system)
# seconds of each binary, and the new binaries' times as a fraction of the first's. Build the old binary from a
# worktree, e.g. `git worktree add /tmp/old HEAD~3 && (cd /tmp/old && swift build -c release)`.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -lt 2 ]; then
  echo "usage: scripts/bench_compare.sh OLD_BINARY NEW_BINARY [...]" >&2
  exit 2
fi
for binary in "$@"; do
  [ -x "$binary" ] || { echo "bench_compare: $binary is not an executable" >&2; exit 2; }
done
command -v /usr/bin/time >/dev/null || { echo "bench_compare: needs GNU time (/usr/bin/time)" >&2; exit 2; }

CORPUS=${CORPUS:-$(cd .. && pwd)/shared/corpus}
OUT=${BENCH_OUT:-bench-out}/compare
ROUNDS=${ROUNDS:-5}
mkdir -p "$OUT"
rm -f "$OUT"/*.times

plains=()
for gz in "$CORPUS"/*.jsonl.gz; do
  plain="$OUT/$(basename "$gz" .gz)"
  [ -f "$plain" ] || zcat "$gz" > "$plain"
  plains+=("$plain")
done

# run LABEL BINARY INPUT... : one ingest into a fresh database, its "wall cpu" appended to $OUT/LABEL.N.times
run() {
  local label=$1 number=$2 binary=$3
  shift 3
  rm -f "$OUT/db.sqlite" "$OUT/db.sqlite-wal" "$OUT/db.sqlite-shm"
  /usr/bin/time -f '%e %U %S' -o "$OUT/time.txt" "$binary" ingest -q --db "$OUT/db.sqlite" "$@" >/dev/null 2>&1
  awk '{ printf "%s %.2f\n", $1, $2 + $3 }' "$OUT/time.txt" >> "$OUT/$label.$number.times"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

for round in $(seq "$ROUNDS"); do
  echo "bench_compare: round $round of $ROUNDS" >&2
  for plain in "${plains[@]}" all; do
    label=$(basename "$plain" .jsonl)
    number=0
    for binary in "$@"; do
      number=$((number + 1))
      if [ "$plain" = all ]; then run all "$number" "$binary" "${plains[@]}"; else run "$label" "$number" "$binary" "$plain"; fi
    done
  done
done

printf '%-20s %-3s %8s %8s %10s  %s\n' input bin wall_s cpu_s "wall/bin1" binary
for plain in "${plains[@]}" all; do
  label=$(basename "$plain" .jsonl)
  first=""
  number=0
  for binary in "$@"; do
    number=$((number + 1))
    wall=$(cut -d' ' -f1 "$OUT/$label.$number.times" | median)
    cpu=$(cut -d' ' -f2 "$OUT/$label.$number.times" | median)
    first=${first:-$wall}
    printf '%-20s %-3s %8s %8s %10s  %s\n' "$label" "$number" "$wall" "$cpu" \
      "$(awk -v a="$wall" -v b="$first" 'BEGIN { printf "%.3f", a / b }')" "$binary"
  done
done
rm -f "$OUT"/db.sqlite* "$OUT/time.txt" "${plains[@]}"
