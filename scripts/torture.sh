#!/usr/bin/env bash
# Crash-safety torture: kill -9 a large ingest at random moments, many times, and check after each kill that
# the database is intact (PRAGMA integrity_check, foreign keys, no orphan rows, no article without its rows);
# then finish the ingest and compare every row with an uninterrupted run.
#
# Usage: scripts/torture.sh [KILLS] [ARTICLES]     (defaults: 50 kills, 6000 articles from the DICE corpus)
#        scripts/torture.sh bigfile [GB]           (hostile sizes: a 50 MB one-line article, a line over 64 MB and
#                                                   a GB-sized JSONL file, each with its peak RSS from /usr/bin/time -v)
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" = bigfile ]; then
  gb=${2:-1}
  swift build -c release --product quotebase >/dev/null
  bin=$PWD/.build/release/quotebase
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  peak() {  # peak() LABEL COMMAND...: runs COMMAND, prints its exit status, wall time and peak RSS
    local label=$1; shift
    local status=0
    /usr/bin/time -v "$@" > /dev/null 2> "$work/time.txt" || status=$?
    printf '%-34s exit %s  %6.1fs  peak RSS %5d MB  %s\n' "$label" "$status" \
      "$(awk -F': ' '/Elapsed/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$work/time.txt")" \
      "$(( $(awk -F': ' '/Maximum resident/ {print $2}' "$work/time.txt") / 1024 ))" \
      "$(grep -m1 '^quotebase: ' "$work/time.txt" | cut -c1-90)"
  }
  python3 - "$work" "$gb" <<'PY'
import json, sys
work, gb = sys.argv[1], float(sys.argv[2])
para = "Il sindaco Mario Rossi ha detto: «Il ponte riaprirà a maggio». Secondo il prefetto, “la decisione è giusta”. "
with open(f"{work}/50mb.jsonl", "w") as f:
    f.write(json.dumps({"title": "Grande", "lang": "it", "text": para * (50 * 2**20 // len(para.encode()))}) + "\n")
with open(f"{work}/65mb.jsonl", "w") as f:
    f.write('{"text": "' + "a" * (65 * 2**20) + '"}\n{"text": "Il prefetto ha parlato a Modena."}\n')
# Many ordinary articles up to GB gigabytes, each line distinct (it grows by doubling a 64 MB block).
lines = []
size = 0
i = 0
while size < 64 * 2**20:
    line = json.dumps({"id": f"a{i}", "lang": "it", "text": f"Articolo {i}. " + para * 20}) + "\n"
    lines.append(line); size += len(line.encode()); i += 1
block = "".join(lines)
with open(f"{work}/big.jsonl", "w") as f:
    for _ in range(int(gb * 2**30 // len(block.encode())) + 1):
        f.write(block)
PY
  ls -la "$work"/*.jsonl | awk '{printf "%s %d MB\n", $NF, $5 / 1048576}'
  peak "extract 50 MB one-line article" "$bin" extract "$work/50mb.jsonl"
  peak "ingest 50 MB one-line article" "$bin" ingest -q --db "$work/a.sqlite" "$work/50mb.jsonl"
  peak "ingest a 65 MB line (refused)" "$bin" ingest -q --db "$work/b.sqlite" "$work/65mb.jsonl"
  peak "ingest the ${gb} GB file" "$bin" ingest -q --db "$work/c.sqlite" "$work/big.jsonl"
  echo "ingested rows: $(sqlite3 "$work/c.sqlite" 'SELECT count(*) FROM articles') articles (duplicates skipped), foreign-key violations $(sqlite3 "$work/c.sqlite" 'PRAGMA foreign_key_check' | wc -l)"
  exit 0
fi
kills=${1:-50}
articles=${2:-6000}
corpus=${QUOTEBASE_CORPUS:-$(cd .. && pwd)/shared/corpus/it_dice_crime_news.jsonl.gz}

swift build -c release --product quotebase >/dev/null
bin=$PWD/.build/release/quotebase
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(zcat "$corpus" || true) | head -n "$articles" > "$work/input.jsonl"
[ -s "$work/input.jsonl" ] || { echo "FAIL: no articles read from $corpus (set QUOTEBASE_CORPUS)" >&2; exit 1; }

# PRAGMA integrity_check, less the false "NULL value in T.C" lines SQLite 3.40 prints for WITHOUT ROWID tables
# whose NOT NULL column precedes a key column (entity_aliases.alias): kept when T really holds a NULL in C.
integrity() {
  local db=$1 line table column
  sqlite3 "$db" 'PRAGMA integrity_check' | sort -u | while IFS= read -r line; do
    if [[ $line =~ ^NULL\ value\ in\ ([a-z_]+)\.([a-z_]+)$ ]]; then
      table=${BASH_REMATCH[1]} column=${BASH_REMATCH[2]}
      [ "$(sqlite3 "$db" "SELECT count(*) FROM $table WHERE $column IS NULL")" = 0 ] && continue
    fi
    echo "$line"
  done
}

check() {
  local db=$1
  local integrity fk orphans
  integrity=$(integrity "$db")
  integrity=${integrity:-ok}  # every line was the false report
  fk=$(sqlite3 "$db" 'PRAGMA foreign_key_check' | wc -l)
  orphans=$(sqlite3 "$db" "SELECT
      (SELECT count(*) FROM quote_speakers WHERE quote_id NOT IN (SELECT id FROM quotes)) +
      (SELECT count(*) FROM quote_targets WHERE quote_id NOT IN (SELECT id FROM quotes)) +
      (SELECT count(*) FROM mentions WHERE article_id NOT IN (SELECT id FROM articles)) +
      (SELECT count(*) FROM quotes WHERE article_id NOT IN (SELECT id FROM articles)) +
      (SELECT count(*) FROM articles_fts WHERE rowid NOT IN (SELECT id FROM articles))")
  if [ "$integrity" != ok ] || [ "$fk" != 0 ] || [ "$orphans" != 0 ]; then
    echo "FAIL: integrity=$integrity foreign_key_violations=$fk orphans=$orphans" >&2
    exit 1
  fi
}

# Every row that an ingest stores, without ids or timestamps, one line each, sorted.
dump() { scripts/logical-dump.sh "$1"; }

echo "reference: one uninterrupted ingest of $articles articles"
"$bin" ingest -q --db "$work/reference.sqlite" "$work/input.jsonl"
start=$(date +%s.%N)
"$bin" ingest -q --db "$work/timing.sqlite" "$work/input.jsonl"
full=$(echo "$(date +%s.%N) - $start" | bc)
echo "an uninterrupted ingest takes ${full}s"

# Transactions of two analysis chunks (1,024 articles each), so that kills land both inside a transaction that
# spans chunks and between commits; the default batch (8,192) would commit nothing before most kills.
batch=${TORTURE_BATCH_SIZE:-2048}
for i in $(seq 1 "$kills"); do
  # Every fifth kill starts again from an empty database, so the kills keep landing mid-ingest instead of
  # finding everything stored after the first few.
  if [ $((i % 5)) = 1 ] && [ "$i" != 1 ]; then rm -f "$work"/tortured.sqlite*; fi
  "$bin" ingest -q --batch-size "$batch" --db "$work/tortured.sqlite" "$work/input.jsonl" &
  pid=$!
  sleep "$(python3 -c "import random; print(round(random.uniform(0.02, $full * 0.9), 3))")"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  check "$work/tortured.sqlite"
  printf '\rkill %d/%d: ok, %s articles stored' "$i" "$kills" "$(sqlite3 "$work/tortured.sqlite" 'SELECT count(*) FROM articles')"
done
echo

"$bin" ingest -q --batch-size "$batch" --db "$work/tortured.sqlite" "$work/input.jsonl"
check "$work/tortured.sqlite"
if diff <(dump "$work/reference.sqlite") <(dump "$work/tortured.sqlite") >/dev/null; then
  echo "PASS: after $kills kills and a final run, every row equals the uninterrupted run ($(dump "$work/reference.sqlite" | wc -l) rows)"
else
  echo "FAIL: rows differ from the uninterrupted run" >&2
  diff <(dump "$work/reference.sqlite") <(dump "$work/tortured.sqlite") | head -20 >&2
  exit 1
fi
