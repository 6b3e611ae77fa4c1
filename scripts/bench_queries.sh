#!/usr/bin/env bash
# Benchmarks the query commands on a database of >= 1,000,000 quotes.
#
#   scripts/bench_queries.sh [DB]        (default: /tmp/quotebase-bench.sqlite; reused when it exists)
#
# 1. Builds the release binary with scripts/build-release.sh (fully static).
# 2. Ingests ../shared/corpus (31,639 real articles) and, since extraction finds few quotes per article, adds
#    synthetic rows with SQL until the database holds 1,000,000 quotes: 2,000 person entities with aliases
#    (one of them, "Vladimir Putin", speaks 1% of the quotes), quote texts cut from the real article bodies,
#    one speaker and one target per quote, 2,000,000 mentions. Triggers keep quotes_fts in sync.
# 3. Times the whole process of `quotebase quotes --speaker putin --limit 20` and `quotebase mentions putin --limit 20`
#    against the sqlite3 CLI running the very SQL the command prints with --sql, in one hyperfine run each
#    (hyperfine: apt-get install hyperfine; without it a plain loop is used).
# 4. Times `quotebase export quotes --format csv` and reports rows/s and peak memory (GNU time).
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${1:-/tmp/quotebase-bench.sqlite}
CORPUS=${CORPUS:-$(cd .. && pwd)/shared/corpus}
QUOTES=${QUOTES:-1000000}

# Start-up is most of what a one-shot query costs, so the benchmark runs the shipped build: one fully static
# executable (scripts/build-release.sh), which starts without a dynamic loader.
BIN=$(scripts/build-release.sh)

if [ ! -s "$DB" ]; then
  echo "== ingesting $CORPUS into $DB"
  time "$BIN" ingest --db "$DB" -q "$CORPUS"/*.jsonl.gz || true
fi
"$BIN" init --db "$DB" >/dev/null   # a database kept from an older build gets the newer migrations
if [ "$(sqlite3 "$DB" 'SELECT count(*) FROM quotes')" -lt "$QUOTES" ]; then
  echo "== adding synthetic quotes, speakers, targets and mentions up to $QUOTES quotes"
  time sqlite3 "$DB" <<SQL
PRAGMA journal_mode = WAL;
PRAGMA synchronous = OFF;
BEGIN;
-- 2,000 people: "Vladimir Putin" plus "Name<i> Surname<i>", each with its surname as an alias.
INSERT OR IGNORE INTO entities (kind, name, norm_name) VALUES ('person', 'Vladimir Putin', 'vladimir putin');
INSERT INTO entities (kind, name, norm_name)
  WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1999)
  SELECT 'person', 'Bench' || i || ' Speaker' || i, 'bench' || i || ' speaker' || i FROM n;
INSERT OR IGNORE INTO entity_aliases (entity_id, alias, norm_alias)
  SELECT id, substr(name, instr(name, ' ') + 1), substr(norm_name, instr(norm_name, ' ') + 1) FROM entities
  WHERE kind = 'person';
CREATE TEMP TABLE people (k INTEGER PRIMARY KEY, id INTEGER NOT NULL);
INSERT INTO people SELECT row_number() OVER (ORDER BY id) - 1, id FROM entities WHERE kind = 'person';
CREATE TEMP TABLE bodies (k INTEGER PRIMARY KEY, id INTEGER NOT NULL);
INSERT INTO bodies SELECT row_number() OVER (ORDER BY id) - 1, id FROM articles;
CREATE TEMP TABLE new_quotes AS
  WITH RECURSIVE n(i) AS (SELECT (SELECT count(*) FROM quotes) UNION ALL SELECT i + 1 FROM n WHERE i < $QUOTES - 1)
  SELECT i, b.id AS article_id, (i * 7) % 400 AS start, 40 + (i * 13) % 160 AS len
  FROM n JOIN bodies b ON b.k = n.i % (SELECT count(*) FROM bodies);
INSERT INTO quotes (article_id, text, start, "end", kind)
  SELECT nq.article_id, substr(a.body, nq.start + 1, nq.len), nq.start, nq.start + nq.len,
         CASE nq.i % 10 WHEN 0 THEN 'partial' WHEN 1 THEN 'headline' ELSE 'direct' END
  FROM new_quotes nq JOIN articles a ON a.id = nq.article_id ORDER BY nq.i;
-- Putin (people.k = 0) speaks every 100th quote; the others share the rest.
-- Only the new quotes (those without a speaker) get synthetic speakers and targets.
INSERT OR IGNORE INTO quote_speakers (quote_id, position, entity_id, surface)
  SELECT q.id, 0, p.id, 'speaker' FROM quotes q
  JOIN people p ON p.k = CASE WHEN q.id % 100 = 0 THEN 0 ELSE 1 + (q.id * 7919) % 1999 END;
INSERT OR IGNORE INTO quote_targets (quote_id, entity_id)
  SELECT q.id, p.id FROM quotes q JOIN people p ON p.k = 1 + (q.id * 104729) % 1999;
INSERT INTO mentions (article_id, entity_id, part, start, "end", surface)
  SELECT article_id, p.id, 'body', start, start + 6, 'Putin' FROM quotes q
  JOIN people p ON p.k = CASE WHEN q.id % 50 = 0 THEN 0 ELSE 1 + (q.id * 31) % 1999 END;
INSERT INTO mentions (article_id, entity_id, part, start, "end", surface)
  SELECT article_id, p.id, 'body', start + 10, start + 16, 'Speaker' FROM quotes q
  JOIN people p ON p.k = 1 + (q.id * 17) % 1999;
COMMIT;
ANALYZE;
PRAGMA wal_checkpoint(TRUNCATE);
SQL
fi

echo "== database"
sqlite3 "$DB" "SELECT 'articles', count(*) FROM articles UNION ALL SELECT 'quotes', count(*) FROM quotes
  UNION ALL SELECT 'mentions', count(*) FROM mentions UNION ALL SELECT 'entities', count(*) FROM entities
  UNION ALL SELECT 'putin quotes', count(*) FROM quote_speakers WHERE entity_id = (SELECT id FROM entities WHERE norm_name = 'vladimir putin')"
ls -l "$DB"

QUOTES_SQL=$(mktemp); MENTIONS_SQL=$(mktemp)
trap 'rm -f "$QUOTES_SQL" "$MENTIONS_SQL"' EXIT
"$BIN" quotes --db "$DB" --speaker putin --limit 20 --sql > "$QUOTES_SQL"
"$BIN" mentions --db "$DB" putin --limit 20 --sql > "$MENTIONS_SQL"
echo "== equivalent SQL (quotes):"; cat "$QUOTES_SQL"

# Warm the page cache, then compare whole processes (start-up included) on the same file.
cat "$DB" > /dev/null
if command -v hyperfine >/dev/null; then
  # The markdown goes to a file first: --export-markdown /dev/stdout would truncate a redirected log.
  table=$(mktemp)
  hyperfine -N --style basic --warmup 5 --min-runs 50 --export-markdown "$table" \
    "$BIN quotes --db $DB --speaker putin --limit 20 --format jsonl" \
    "sqlite3 -json $DB -cmd '.read $QUOTES_SQL' .quit"
  cat "$table"
  hyperfine -N --style basic --warmup 5 --min-runs 50 --export-markdown "$table" \
    "$BIN mentions --db $DB putin --limit 20 --format jsonl" \
    "sqlite3 -json $DB -cmd '.read $MENTIONS_SQL' .quit"
  cat "$table"
  rm -f "$table"
else
  for cmd in "$BIN quotes --db $DB --speaker putin --limit 20 --format jsonl" "sqlite3 -json $DB .read\ $QUOTES_SQL"; do
    start=$(date +%s%N); for _ in $(seq 50); do eval "$cmd" > /dev/null; done
    echo "$cmd: $(( ($(date +%s%N) - start) / 50000 )) µs/run"
  done
fi

echo "== export quotes --format csv"
rows=$(sqlite3 "$DB" "SELECT count(*) FROM quotes")
start=$(date +%s%N)
/usr/bin/time -f "peak RSS %M KB" "$BIN" export quotes --db "$DB" --format csv > /dev/null
ns=$(( $(date +%s%N) - start ))
echo "$rows rows in $(( ns / 1000000 )) ms: $(( rows * 1000000000 / ns )) rows/s"
start=$(date +%s%N)
"$BIN" export quotes --db "$DB" --format jsonl > /dev/null
ns=$(( $(date +%s%N) - start ))
echo "export quotes --format jsonl: $(( rows * 1000000000 / ns )) rows/s"
