#!/usr/bin/env bash
# End-to-end test of scripts/spark/extract.py on Spark's local mode, against one `quotebase ingest`:
#   1. 2,000 corpus articles (three files: plain JSONL split in two, gzip'd JSONL, plain JSONL) plus two bad lines,
#      extracted on local[2] into 4 partitions and loaded with `quotebase load`: the logical dump
#      (scripts/logical-dump.sh) equals that of one ingest of the same files, and the bad lines are reported as
#      ingest reports them (path:line), the rest of their partitions kept;
#   2. the same (5 partitions, gzip'd parts) with one partition's `quotebase` process killed (SIGKILL) mid-run:
#      Spark retries the task and the result is still equal;
#   3. one database per part file merged with `quotebase merge` (reduce.sh --merge): the same articles and quotes;
#   4. a missing binary, missing resources, and a binary missing on the executors each stop with a clear error;
#      a partition that fails every attempt fails the job, with no part file committed.
#
#   scripts/spark/test_local.sh              (QUOTEBASE_BIN=path to test that binary; default: the debug build)
#
# Needs Java 17 and pyspark, which it installs from PyPI into .venv when missing; without them, or without the
# corpus in ../shared/corpus, it says why and exits 0 (skipped). Prints "N passed, 0 failed" at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD
corpus=${QUOTEBASE_CORPUS_DIR:-$repo/../shared/corpus}
PYSPARK_VERSION=4.3.0

skip() { echo "spark test skipped: $*"; exit 0; }
[ -f "$corpus/it_dice_crime_news.jsonl.gz" ] || skip "no corpus at $corpus"
command -v java >/dev/null || skip "no java (Spark needs Java 17: apt-get install openjdk-17-jre-headless)"
command -v sqlite3 >/dev/null || skip "no sqlite3 shell (apt-get install sqlite3)"

python=$repo/.venv/bin/python
if ! "$python" -c 'import pyspark' 2>/dev/null; then
  echo "installing pyspark $PYSPARK_VERSION into .venv"
  { python3 -m venv "$repo/.venv" && "$python" -m pip install -q --disable-pip-version-check \
      "pyspark==$PYSPARK_VERSION"; } </dev/null || skip "pyspark cannot be installed"
fi

if [ -n "${QUOTEBASE_BIN:-}" ]; then
  bin=$QUOTEBASE_BIN
else
  swift build --product quotebase >/dev/null
  bin=$(swift build --show-bin-path)/quotebase
fi
[ -x "$bin" ] || { echo "FAIL: no quotebase binary at $bin" >&2; exit 1; }

work=$(mktemp -d)
spark_pid=
cleanup() {
  if [ -n "$spark_pid" ]; then kill "$spark_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
export SPARK_LOCAL_IP=127.0.0.1 PYSPARK_PYTHON="$python"
passed=0 failed=0
pass() { passed=$((passed + 1)); echo "ok: $*"; }
fail() { failed=$((failed + 1)); echo "FAIL: $*" >&2; }

# 2,000 articles: 700 DICE (Italian), 700 Reuters, 600 BBC, as three files, with a broken line in the first
# and an article with an empty text in the third (zcat from a process substitution: head closes it early).
mkdir "$work/in"
head -n 700 < <(zcat "$corpus/it_dice_crime_news.jsonl.gz") | sed '350a {"id": "broken", "text": "no closing quote' \
  > "$work/in/a-dice.jsonl"
head -n 700 < <(zcat "$corpus/en_reuters21578.jsonl.gz") | gzip > "$work/in/b-reuters.jsonl.gz"
head -n 600 < <(zcat "$corpus/en_bbc_fulltext.jsonl.gz") | sed '100a {"id": "empty", "text": "   "}' \
  > "$work/in/c-bbc.jsonl"
inputs=("$work/in/a-dice.jsonl" "$work/in/b-reuters.jsonl.gz" "$work/in/c-bbc.jsonl")

status=0
"$bin" ingest -q --db "$work/single.sqlite" "${inputs[@]}" 2> "$work/ingest.err" || status=$?
[ "$status" = 1 ] || { echo "FAIL: ingest of the test input exited $status, expected 1" >&2; cat "$work/ingest.err" >&2; exit 1; }
scripts/logical-dump.sh "$work/single.sqlite" > "$work/single.dump"
grep '^quotebase: ' "$work/ingest.err" | LC_ALL=C sort > "$work/ingest.reports"
echo "reference: one ingest, $(sqlite3 "$work/single.sqlite" 'SELECT count(*) FROM articles') articles," \
  "$(wc -l < "$work/single.dump") rows, $(wc -l < "$work/ingest.reports") lines reported"

# extract OUTPUT_DIR LOG [extract.py options]: runs the job in the background, sets spark_pid.
extract() {
  local out=$1 log=$2
  shift 2
  "$python" scripts/spark/extract.py "$work/in" "$out" --quotebase "$bin" --master 'local[2,4]' "$@" \
    > "$log" 2>&1 < /dev/null &
  spark_pid=$!
}
finish() {  # finish NAME: waits for the job; checks exit 1 (the two bad lines) and the reports
  local name=$1 status=0
  wait "$spark_pid" || status=$?
  spark_pid=
  if [ "$status" != 1 ]; then
    fail "$name: extract.py exited $status, expected 1 (two bad lines)"; tail -20 "$work/$name.log" >&2; return 1
  fi
  grep '^quotebase: ' "$work/$name.log" | LC_ALL=C sort > "$work/$name.reports"
  if diff "$work/ingest.reports" "$work/$name.reports" >&2; then
    pass "$name: bad lines reported as ingest reports them: $(tr '\n' ' ' < "$work/$name.reports")"
  else
    fail "$name: bad-line reports differ from ingest's"
  fi
}
equal_to_ingest() {  # equal_to_ingest NAME DB
  scripts/logical-dump.sh "$2" > "$work/$1.dump"
  if cmp -s "$work/single.dump" "$work/$1.dump"; then
    pass "$1: logical dump equals one ingest ($(wc -l < "$work/$1.dump") rows)"
  else
    fail "$1: logical dump differs from one ingest"; diff "$work/single.dump" "$work/$1.dump" | head -10 >&2
  fi
}

# 1. The plain run, loaded in part order.
extract "$work/out" "$work/spark.log" --partitions 4
finish spark || true
[ "$(ls "$work/out" | tr '\n' ' ')" = "_SUCCESS part-00000 part-00001 part-00002 part-00003 " ] \
  && pass "spark: 4 part files and _SUCCESS" || fail "spark: part files: $(ls "$work/out" | tr '\n' ' ')"
QUOTEBASE=$bin scripts/spark/reduce.sh "$work/out" "$work/loaded.sqlite" 2> "$work/load.err" || fail "load: $(cat "$work/load.err")"
equal_to_ingest spark-load "$work/loaded.sqlite"

# 2. Kill one partition's quotebase process while it runs; Spark must retry that task. This run keeps the input's
#    5 splits (no shuffle) and writes gzip'd parts, the other way through extract.py.
extract "$work/out-killed" "$work/killed.log" --partitions 5 --compress
killed=$("$python" - "$spark_pid" "$bin" <<'PY'
import os, signal, sys, time
root, binary = int(sys.argv[1]), os.path.realpath(sys.argv[2])

def children():
    table = {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            table.setdefault(int(fields[1]), []).append(int(pid))
        except OSError:
            pass
    return table

def descendants(table, pid):
    for child in table.get(pid, []):
        yield child
        yield from descendants(table, child)

deadline = time.monotonic() + 240
while time.monotonic() < deadline:
    for pid in descendants(children(), root):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                argv = f.read().split(b"\0")
            if argv[1:4] == [b"extract", b"--full", b"-"]:
                time.sleep(0.05)  # inside its partition, not at its first byte
                os.kill(pid, signal.SIGKILL)
                print(pid)
                sys.exit(0)
        except (OSError, IndexError):
            pass
    if not os.path.exists(f"/proc/{root}"):
        break
    time.sleep(0.01)
print("none")
PY
)
finish killed || true
if [ "$killed" != none ] && grep -q "Lost task" "$work/killed.log" \
   && grep -q "quotebase extract was killed by signal 9" "$work/killed.log"; then
  pass "killed: quotebase process $killed got SIGKILL mid-partition; Spark logged the lost task and retried it"
else
  fail "killed: no task was killed and retried (killer: $killed)"; grep -m3 "Lost task" "$work/killed.log" >&2 || true
fi
QUOTEBASE=$bin scripts/spark/reduce.sh "$work/out-killed" "$work/killed.sqlite" 2> "$work/load-killed.err" || fail "load after kill"
equal_to_ingest killed "$work/killed.sqlite"

# 3. One database per part, merged.
if QUOTEBASE=$bin JOBS=2 scripts/spark/reduce.sh --merge "$work/shards" "$work/out" "$work/merged.sqlite" \
     > "$work/merge.log" 2>&1; then
  scripts/logical-dump.sh "$work/merged.sqlite" > "$work/merged.dump"
  if diff <(grep -E '^[AQ]' "$work/single.dump") <(grep -E '^[AQ]' "$work/merged.dump") >/dev/null; then
    pass "merge: one database per part merged holds the same articles and quotes as one ingest" \
      "($(diff "$work/single.dump" "$work/merged.dump" | grep -c '^[<>]' || true) of $(wc -l < "$work/single.dump") rows elsewhere)"
  else
    fail "merge: articles or quotes differ from one ingest"
  fi
else
  fail "merge: $(tail -3 "$work/merge.log")"
fi

# 4. Clear errors when the binary or its resources are missing.
expect_error() {  # expect_error NAME STATUS PATTERN -- extract.py options
  local name=$1 want=$2 pattern=$3 status=0
  shift 4
  "$python" scripts/spark/extract.py "$work/in" "$work/out-$name" --master 'local[2]' "$@" \
    > "$work/$name.log" 2>&1 < /dev/null || status=$?
  if [ "$status" = "$want" ] && grep -q "$pattern" "$work/$name.log" && [ ! -e "$work/out-$name/_SUCCESS" ]; then
    pass "$name: exit $status, $(grep -m1 "$pattern" "$work/$name.log" | cut -c1-150)"
  else
    fail "$name: exit $status, expected $want and '$pattern'"; tail -5 "$work/$name.log" >&2
  fi
}
mkdir "$work/lonely" && cp "$bin" "$work/lonely/quotebase"
expect_error no-binary 64 "quotebase binary not found: $work/nowhere/quotebase" -- --quotebase "$work/nowhere/quotebase"
expect_error no-resources 64 "resources not found: $work/lonely/Quotebase_QuotebaseCore.resources" -- \
  --quotebase "$work/lonely/quotebase"
expect_error executor-binary 64 "quotebase binary missing on this executor: $work/nowhere/quotebase" -- \
  --executor-quotebase "$work/nowhere/quotebase"
# A partition whose process fails every attempt fails the job: exit 2, the executor's words, no part file.
mkdir "$work/failing"
printf '#!/bin/sh\ncat > /dev/null\necho "quotebase: disk on fire" >&2\nexit 3\n' > "$work/failing/quotebase"
chmod +x "$work/failing/quotebase"
ln -s "$(cd "$(dirname "$bin")" && pwd)/Quotebase_QuotebaseCore.resources" "$work/failing/"
expect_error partition-fails 2 "the Spark job failed, nothing committed.*exited with status 3: quotebase: disk on fire" -- \
  --quotebase "$work/failing/quotebase" --master 'local[2,2]'
if compgen -G "$work/out-partition-fails/part-*" > /dev/null; then fail "partition-fails: part files were left behind"; fi

echo "spark local-mode test: ${SECONDS}s"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
