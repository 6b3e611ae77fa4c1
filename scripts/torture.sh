#!/usr/bin/env bash
# Crash-safety torture: kill -9 a large ingest at random moments, many times, and check after each kill that
# the database is intact (PRAGMA integrity_check, foreign keys, no orphan rows, no article without its rows);
# then finish the ingest and compare every row with an uninterrupted run.
#
# Usage: scripts/torture.sh [KILLS] [ARTICLES]     (defaults: 50 kills, 6000 articles from the DICE corpus)
set -euo pipefail
cd "$(dirname "$0")/.."
kills=${1:-50}
articles=${2:-6000}
corpus=${QUOTEBASE_CORPUS:-../shared/corpus/it_dice_crime_news.jsonl.gz}

swift build -c release --product quotebase >/dev/null
bin=$PWD/.build/release/quotebase
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(zcat "$corpus" || true) | head -n "$articles" > "$work/input.jsonl"

check() {
  local db=$1
  local integrity fk orphans
  integrity=$(sqlite3 "$db" 'PRAGMA integrity_check')
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
dump() {
  sqlite3 "$1" "
    SELECT 'A', content_hash, source, title, lang FROM articles;
    SELECT 'E', kind, name FROM entities;
    SELECT 'L', e.kind, e.norm_name, a.norm_alias FROM entity_aliases a JOIN entities e ON e.id = a.entity_id;
    SELECT 'M', a.content_hash, e.norm_name, m.part, m.start, m.\"end\" FROM mentions m
      JOIN articles a ON a.id = m.article_id JOIN entities e ON e.id = m.entity_id;
    SELECT 'Q', a.content_hash, q.part, q.start, q.\"end\", q.kind, q.text FROM quotes q JOIN articles a ON a.id = q.article_id;
    SELECT 'S', a.content_hash, q.start, s.position, s.surface, coalesce(e.norm_name, '') FROM quote_speakers s
      JOIN quotes q ON q.id = s.quote_id JOIN articles a ON a.id = q.article_id LEFT JOIN entities e ON e.id = s.entity_id;
    SELECT 'T', a.content_hash, q.start, e.norm_name FROM quote_targets t
      JOIN quotes q ON q.id = t.quote_id JOIN articles a ON a.id = q.article_id JOIN entities e ON e.id = t.entity_id;
  " | sort
}

echo "reference: one uninterrupted ingest of $articles articles"
"$bin" ingest -q --db "$work/reference.sqlite" "$work/input.jsonl"
start=$(date +%s.%N)
"$bin" ingest -q --db "$work/timing.sqlite" "$work/input.jsonl"
full=$(echo "$(date +%s.%N) - $start" | bc)
echo "an uninterrupted ingest takes ${full}s"

for i in $(seq 1 "$kills"); do
  "$bin" ingest -q --db "$work/tortured.sqlite" "$work/input.jsonl" &
  pid=$!
  sleep "$(python3 -c "import random; print(round(random.uniform(0.02, $full * 0.4), 3))")"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  check "$work/tortured.sqlite"
  printf '\rkill %d/%d: ok, %s articles stored' "$i" "$kills" "$(sqlite3 "$work/tortured.sqlite" 'SELECT count(*) FROM articles')"
done
echo

"$bin" ingest -q --db "$work/tortured.sqlite" "$work/input.jsonl"
check "$work/tortured.sqlite"
if diff <(dump "$work/reference.sqlite") <(dump "$work/tortured.sqlite") >/dev/null; then
  echo "PASS: after $kills kills and a final run, every row equals the uninterrupted run ($(dump "$work/reference.sqlite" | wc -l) rows)"
else
  echo "FAIL: rows differ from the uninterrupted run" >&2
  diff <(dump "$work/reference.sqlite") <(dump "$work/tortured.sqlite") | head -20 >&2
  exit 1
fi
