#!/usr/bin/env bash
# Checks that sqlite-utils and Datasette read a Quotebase database out of the box (README, "Datasette and
# sqlite-utils"), against the database `quotebase demo` builds from Fixtures/:
#   1. `sqlite-utils search DB quotes WORD` and `... articles WORD` find rows (the full-text tables are detected);
#   2. Datasette, with datasette/metadata.json, on 127.0.0.1 and a free port: the JSON of quote_report with a search
#      filter returns matching quotes with speaker_id, speaker_as_written, article_id and title; the quotes table
#      offers search; the internal tables are hidden; the canned queries run.
# Datasette is stopped by its PID when the script ends, whatever happens.
#
#   scripts/check-datasette.sh              (QUOTEBASE_BIN=path to test that binary; default: the debug build)
#
# Installs sqlite-utils and Datasette from PyPI into .venv when missing; when PyPI cannot be reached (or the
# install fails) it says so and exits 0 (skipped). Prints "N passed, 0 failed" at the end; exit 1 on a failure.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

skip() { echo "datasette check skipped: $*"; exit 0; }

venv=$repo/.venv
python=$venv/bin/python
if ! "$python" -c 'import datasette, sqlite_utils' 2>/dev/null; then
  python3 -c 'import urllib.request; urllib.request.urlopen("https://pypi.org/simple/datasette/", timeout=10)' \
    2>/dev/null || skip "PyPI cannot be reached"
  echo "installing sqlite-utils and datasette into .venv"
  { [ -x "$python" ] || python3 -m venv "$venv"; } || skip "cannot create a virtual environment (python3-venv)"
  "$python" -m pip install -q --disable-pip-version-check sqlite-utils datasette </dev/null \
    || skip "sqlite-utils and datasette cannot be installed from PyPI"
fi

if [ -n "${QUOTEBASE_BIN:-}" ]; then
  bin=$QUOTEBASE_BIN
else
  swift build --product quotebase >/dev/null
  bin=$(swift build --show-bin-path)/quotebase
fi

work=$(mktemp -d)
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

passed=0
failed=0
check() {  # check NAME COMMAND...: one line per check
  local name=$1; shift
  if "$@" >"$work/out" 2>&1; then
    passed=$((passed + 1)); echo "ok   $name"
  else
    failed=$((failed + 1)); echo "FAIL $name"; sed 's/^/     /' "$work/out" | head -20
  fi
}

db=$work/quotebase.sqlite   # Datasette names it "quotebase", the name metadata.json describes
"$bin" demo --db "$db" >"$work/demo.log" 2>&1 || { cat "$work/demo.log"; echo "FAIL quotebase demo"; exit 1; }
# A word of the fixtures' quotes and articles (the seed article's "difesa comune").
word=difesa

check "sqlite-utils search quotes" sh -c \
  "'$venv/bin/sqlite-utils' search '$db' quotes '$word' --limit 3 | grep -qi '$word'"
check "sqlite-utils search articles" sh -c \
  "'$venv/bin/sqlite-utils' search '$db' articles '$word' --limit 1 -c id | grep -q '\"id\"'"

port=$("$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
"$venv/bin/datasette" serve "$db" --host 127.0.0.1 --port "$port" --metadata "$repo/datasette/metadata.json" \
  --setting suggest_facets off >"$work/datasette.log" 2>&1 &
server=$!
base=http://127.0.0.1:$port
for _ in $(seq 1 100); do
  "$python" -c "import urllib.request; urllib.request.urlopen('$base/-/versions.json', timeout=1)" 2>/dev/null && break
  kill -0 "$server" 2>/dev/null || { cat "$work/datasette.log"; echo "FAIL datasette did not start"; exit 1; }
  sleep 0.2
done

# get URL PYTHON-ASSERTION: fetches the JSON at URL into `d` and runs the assertion on it.
get() {
  "$python" - "$base$1" "$2" <<'PY'
import json, sys, urllib.request
url, assertion = sys.argv[1], sys.argv[2]
with urllib.request.urlopen(url, timeout=30) as response:
    d = json.load(response)
ok = eval(assertion, {"d": d})
if not ok:
    print(url); print(json.dumps(d, ensure_ascii=False)[:1500]); sys.exit(1)
PY
}

check "datasette quote_report searched" get "/quotebase/quote_report.json?_search=$word&_shape=array" \
  "len(d) > 0 and all('$word' in r['quote'].lower() for r in d) and {'speaker_id', 'speaker', 'speaker_as_written', 'article_id', 'title', 'rule'} <= set(d[0])"
check "datasette quote_report searched with a column filter" \
  get "/quotebase/quote_report.json?_search=$word&lang__exact=it&_shape=array" "len(d) > 0"
check "datasette finds the quotes' full-text table" get "/quotebase/quotes.json?_search=$word&_shape=objects" \
  "'quotes_fts' in d['query']['sql'] and len(d['rows']) > 0"
check "datasette hides the internal tables" get "/quotebase.json" \
  "not {'fulltext_deferral', 'grdb_migrations', 'article_entities', 'quotes_fts'} & {t['name'] for t in d['tables'] if not t['hidden']} and 'quote_report' in [v['name'] for v in d['views']]"
check "datasette labels a quote by its text" get "/quotebase/quote_speakers.json?_labels=on&_shape=array&_size=1" \
  "isinstance(d[0]['quote_id'], dict) and len(d[0]['quote_id']['label']) > 0"
check "datasette canned query quotes_by_speaker" get "/quotebase/quotes_by_speaker.json?name=a&_shape=array" "len(d) > 0"
check "datasette canned query who_talks_about" get "/quotebase/who_talks_about.json?name=a&_shape=array" "len(d) > 0"
check "datasette canned query quotes_per_month" get "/quotebase/quotes_per_month.json?_shape=array" \
  "len(d) > 0 and sum(r['quotes'] for r in d) > 0"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
