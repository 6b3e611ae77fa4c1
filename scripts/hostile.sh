#!/usr/bin/env bash
# Replays the hostile cases of issue 21 (points 1-20) against a built binary, the way a user or an attacker would,
# and prints one line per case: PASS/FAIL, wall time, exit status and the first line of stderr. A case passes when
# it ends in under 10 s with the expected exit status, at most one line on stderr per problem, and nothing in its
# scratch folder changed but the paths the command was told to write.
#
# Usage: scripts/hostile.sh [BINARY]      (default: .build/release/quotebase; run as root for the device,
#                                          chattr and tmpfs cases, which are reported SKIP otherwise)
# The regression tests that keep each point are listed in docs/RELIABILITY.md; this script is the slow, whole
# replay (about two minutes), not part of `swift test`.
set -uo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "${1:-.build/release/quotebase}")
[ -x "$bin" ] || { echo "hostile: no binary at $bin (swift build -c release --product quotebase)" >&2; exit 1; }
corpus=${QUOTEBASE_CORPUS:-$(cd .. && pwd)/shared/corpus/it_dice_crime_news.jsonl.gz}
root=$(mktemp -d)
chmod 711 "$root"   # the unreadable-folder case runs as nobody, who must reach its folder
trap 'chattr -R -i "$root" 2>/dev/null; umount "$root"/tiny 2>/dev/null; rm -rf "$root"' EXIT
failures=0
export QUOTEBASE_DB=

# snap DIR: every entry under DIR with its type, size, mode and content hash (for "nothing else changed").
snap() { (cd "$1" && find . -mindepth 1 -printf '%p %y %s %m\n' | sort; find . -type f -print0 | sort -z | xargs -0r sha1sum) 2>/dev/null; }

# run LABEL EXPECTED_STATUS MAX_STDERR_LINES CMD...: times CMD in $dir (10 s limit, killed at 60), compares status.
run() {
  local label=$1 want=$2 lines=$3; shift 3
  local start end status=0
  start=$(date +%s.%N)
  (cd "$dir" && timeout -s KILL 60 "$@" > "$root/.out" 2> "$root/.err") || status=$?
  end=$(date +%s.%N)
  elapsed=$(echo "$end - $start" | bc)
  local n verdict=PASS why=""
  n=$(wc -l < "$root/.err")
  [[ " $want " == *" $status "* ]] || { verdict=FAIL; why="exit $status, wanted $want; "; }
  [ "$n" -le "$lines" ] || { verdict=FAIL; why+="$n stderr lines; "; }
  (( $(echo "$elapsed < 10" | bc) )) || { verdict=FAIL; why+="over 10 s; "; }
  grep -qE 'Fatal error|Stack dump|Illegal instruction|Segmentation' "$root/.err" && { verdict=FAIL; why+="crash; "; }
  [ $verdict = FAIL ] && failures=$((failures + 1))
  printf '%-4s %5.2fs exit %-3s %-52s %s%s\n' "$verdict" "$elapsed" "$status" "$label" "$why" \
    "$(head -c 300 "$root/.err" | head -1 | cut -c1-110)"
  rm -f "$root/.out" "$root/.err"
}
# same LABEL BEFORE: FAIL unless the snapshot of $dir equals BEFORE.
same() {
  local now; now=$(snap "$dir")
  if [ "$now" != "$2" ]; then
    failures=$((failures + 1)); echo "FAIL        $1: the folder changed"; diff <(echo "$2") <(echo "$now") | head -5
  fi
}
check() {  # check LABEL CONDITION...: FAIL with LABEL unless the condition holds
  local label=$1; shift
  if "$@"; then echo "ok          $label"; else failures=$((failures + 1)); echo "FAIL        $label"; fi
}
fresh() { dir=$root/$1; mkdir -p "$dir"; }
skip() { echo "SKIP        $1"; }
is_root() { [ "$(id -u)" = 0 ]; }

# A database of 300 real articles for the export and query cases.
fresh base
(zcat "$corpus" || true) | head -n 300 > "$root/base/in.jsonl"
"$bin" ingest -q --db "$root/base/kb.sqlite" "$root/base/in.jsonl" 2>/dev/null
kb() { rm -rf "$dir"; mkdir -p "$dir"; cp "$root/base/kb.sqlite" "$dir/kb.sqlite"; }

echo "== 1. --out naming the database or its side files"
fresh p1; kb; (cd "$dir" && "$bin" quotes --db kb.sqlite --limit 1 >/dev/null); touch "$dir/kb.sqlite-wal" "$dir/kb.sqlite-shm"
mkdir -p "$dir/sub"; ln -s ../kb.sqlite "$dir/sub/link"; ln "$dir/kb.sqlite" "$dir/hard"
before=$(snap "$dir")
for out in kb.sqlite ./kb.sqlite sub/../kb.sqlite "$dir/kb.sqlite" sub/link hard kb.sqlite-wal kb.sqlite-shm kb.sqlite-journal; do
  run "export quotes --out $out" 64 1 "$bin" export quotes --db kb.sqlite --out "$out"
done
same "point 1" "$before"

echo "== 2. a symlink planted under a temporary name"
fresh p2; kb; echo "precious" > "$dir/victim"
next=$(sh -c 'echo $$')
for pid in $(seq "$next" $((next + 2000))); do ln -s victim "$dir/.out.csv.$pid.tmp"; done
run "export with 2,000 planted symlinks" 0 1 "$bin" export quotes --db kb.sqlite --out out.csv
check "victim unchanged, symlinks still symlinks" \
  bash -c "[ \"\$(cat '$dir/victim')\" = precious ] && [ \$(find '$dir' -name '.out.csv.*' -type l | wc -l) = 2001 ] && [ \$(find '$dir' -name '.out.csv*' -type f | wc -l) = 0 ]"

echo "== 3. --out onto a device, a FIFO, /dev/full"
fresh p3; kb; mkfifo "$dir/fifo"
(cat "$dir/fifo" > "$dir/fifo-read.csv") & reader=$!
run "export --out FIFO" 0 1 "$bin" export quotes --db kb.sqlite --out fifo
wait $reader
check "the FIFO is still a FIFO and its reader got the CSV" bash -c "[ -p '$dir/fifo' ] && head -1 '$dir/fifo-read.csv' | grep -q '^id,'"
if is_root; then
  mknod "$dir/null" c 1 3
  run "export --out a copy of /dev/null" 0 1 "$bin" export quotes --db kb.sqlite --out null
  check "the device node is still a character device" test -c "$dir/null"
  run "export --out /dev/null" 0 1 "$bin" export quotes --db kb.sqlite --out /dev/null
  check "/dev/null is still a character device" test -c /dev/null
else skip "device nodes (not root)"; fi
run "export --out /dev/full" 3 1 "$bin" export quotes --db kb.sqlite --out /dev/full

echo "== 4. JSON \\u0000 in a title or text"
fresh p4
printf '%s\n' '{"id":"n","lang":"it","title":"Tit\u0000olo","text":"Prima\u0000 parte. Il sindaco Mario Rossi ha detto: «Il ponte riaprirà a maggio». Fine."}' > "$dir/nul.jsonl"
run "ingest a record with \\u0000" 0 0 "$bin" ingest -q --db kb.sqlite nul.jsonl
check "stored text whole, every quote span is its text" bash -c "
  [ \"\$(sqlite3 '$dir/kb.sqlite' \"SELECT body LIKE '%Fine.' AND instr(body, char(0)) = 0 FROM articles\")\" = 1 ] &&
  [ \"\$(sqlite3 '$dir/kb.sqlite' \"SELECT count(*) FROM quotes q JOIN articles a ON a.id = q.article_id WHERE substr(a.body, q.start + 1, q.\\\"end\\\" - q.start) <> q.text\")\" = 0 ] &&
  [ \"\$(sqlite3 '$dir/kb.sqlite' 'SELECT count(*) FROM quotes')\" -ge 1 ]"

echo "== 5. replacing an export keeps its mode and owner"
fresh p5; kb; echo old > "$dir/out.csv"; chmod 600 "$dir/out.csv"; is_root && chown nobody:nogroup "$dir/out.csv"
owner=$(stat -c '%U:%G %a' "$dir/out.csv")
run "export over a 0600 file" 0 1 "$bin" export quotes --db kb.sqlite --out out.csv
check "mode and owner kept ($owner)" bash -c "[ \"\$(stat -c '%U:%G %a' '$dir/out.csv')\" = '$owner' ] && head -1 '$dir/out.csv' | grep -q '^id,'"

echo "== 6. load of analyses that do not fit their article"
fresh p6
printf '%s\n' '{"id":"x","lang":"it","text":"Il sindaco Mario Rossi ha detto: «Il ponte riaprirà a maggio». Poi è andato via."}' > "$dir/a.jsonl"
"$bin" extract --full "$dir/a.jsonl" > "$dir/full.jsonl"
python3 - "$dir" <<'PY'
import json, sys
d = sys.argv[1]
line = json.loads(open(f"{d}/full.jsonl").readline())
def variant(name, change):
    v = json.loads(json.dumps(line)); change(v["analysis"])
    open(f"{d}/{name}.jsonl", "w").write(json.dumps(v) + "\n")
def mention(a): return a["entities"][0]["mentions"][0]
variant("past-end", lambda a: mention(a)["span"].update(start=10**6, end=10**6 + 5))
variant("int64max", lambda a: mention(a)["span"].update(end=2**63 - 1))
variant("title-part", lambda a: mention(a)["span"].update(part="title"))
variant("surface", lambda a: mention(a).update(surface="Qualcun Altro"))
variant("quote-past-end", lambda a: a["quotes"][0]["span"].update(start=10**6, end=10**6 + 5))
PY
before=$(snap "$dir")
for v in past-end int64max title-part surface quote-past-end; do
  run "load, span $v" 1 2 "$bin" load --db "$v.sqlite" "$v.jsonl"
  check "nothing of $v stored" bash -c "[ ! -e '$dir/$v.sqlite' ] || [ \"\$(sqlite3 '$dir/$v.sqlite' 'SELECT count(*) FROM articles')\" = 0 ]"
done

echo "== 7. a truncated .jsonl.gz, a .gz that is not gzip, an unreadable sub-folder"
fresh p7
head -n 200 "$root/base/in.jsonl" | gzip > "$dir/whole.jsonl.gz"
size=$(stat -c %s "$dir/whole.jsonl.gz")
head -c $((size - 8)) "$dir/whole.jsonl.gz" > "$dir/notrailer.jsonl.gz"
head -c $((size / 2)) "$dir/whole.jsonl.gz" > "$dir/cut.jsonl.gz"
# Cut at a line boundary: a gzip member of the first 100 lines without its trailer.
head -n 100 "$root/base/in.jsonl" | gzip | head -c -8 > "$dir/atline.jsonl.gz"
head -c 200000 /dev/urandom > "$dir/random.jsonl.gz"
for f in notrailer cut atline random; do
  run "ingest $f.jsonl.gz" 1 1 "$bin" ingest -q --db "$f.sqlite" "$f.jsonl.gz"
done
mkdir -p "$dir/tree/locked"; cp "$root/base/in.jsonl" "$dir/tree/locked/a.jsonl"; head -n 3 "$root/base/in.jsonl" > "$dir/tree/b.jsonl"
chmod 000 "$dir/tree/locked"; chmod 777 "$dir" "$dir/tree"
if is_root && command -v setpriv >/dev/null; then
  run "ingest a folder with an unreadable sub-folder" 1 1 setpriv --reuid=nobody --regid=nogroup --clear-groups \
    "$bin" ingest -q --db "$dir/tree.sqlite" "$dir/tree"
elif ! is_root; then
  run "ingest a folder with an unreadable sub-folder" 1 1 "$bin" ingest -q --db "$dir/tree.sqlite" "$dir/tree"
else skip "unreadable folder (no setpriv)"; fi
chmod 755 "$dir/tree/locked"

echo "== 8. merge of shards and ingest --force equal one ingest"
fresh p8
head -n 200 "$root/base/in.jsonl" > "$dir/all.jsonl"
awk 'NR % 2 == 1 || NR % 20 == 0' "$dir/all.jsonl" > "$dir/s1.jsonl"
awk 'NR % 2 == 0 || NR % 20 == 1' "$dir/all.jsonl" > "$dir/s2.jsonl"
"$bin" ingest -q --db "$dir/one.sqlite" "$dir/all.jsonl"
"$bin" ingest -q --db "$dir/s1.sqlite" "$dir/s1.jsonl"; "$bin" ingest -q --db "$dir/s2.sqlite" "$dir/s2.jsonl"
run "merge two shards" 0 1 "$bin" merge merged.sqlite s1.sqlite s2.sqlite
cp "$dir/one.sqlite" "$dir/forced.sqlite"
run "ingest --force over itself" 0 1 "$bin" ingest -q --force --db forced.sqlite all.jsonl
# An article without id or url is named by file:line, which differs between shards: its source is left out.
dump() { scripts/logical-dump.sh "$1" | awk -F'\t' -v OFS='\t' '$1 == "A" { $3 = "" } 1'; }
check "merged = one ingest (logical dump, $(dump "$dir/one.sqlite" | wc -l) rows)" cmp -s <(dump "$dir/one.sqlite") <(dump "$dir/merged.sqlite")
check "--force = one ingest (logical dump)" cmp -s <(dump "$dir/one.sqlite") <(dump "$dir/forced.sqlite")

echo "== 9. failed writes to stdout and stderr"
fresh p9; kb
for cmd in "quotes" "mentions Rossi" "stats" "entities" "export quotes" "search sindaco"; do
  run "$cmd > /dev/full" 3 1 bash -c "\"$bin\" $cmd --db kb.sqlite > /dev/full"
  run "$cmd | head -c 10, SIGPIPE ignored" 0 0 bash -c "trap '' PIPE; \"$bin\" $cmd --db kb.sqlite | head -c 10 >/dev/null"
  run "$cmd 2> /dev/full (stdout closed too)" "0 1 3" 0 bash -c "\"$bin\" $cmd --db kb.sqlite 2>/dev/full >&-"
done
run "extract > /dev/full" 3 1 bash -c "\"$bin\" extract \"$root/base/in.jsonl\" > /dev/full"

echo "== 10. one long sentence of short quotes and cues"
fresh p10
python3 - "$dir" <<'PY'
import json, random, sys
d = sys.argv[1]
rng = random.Random(21)
# Constructed adversarial text: one sentence (no full stop) of short quotes, names and "said of" cues.
words = ["Rossi", "Bianchi", "ha detto", "di", "Verdi", "secondo", "sindaco", "riferendosi a", "Conte"]
def sentence(size):
    parts, n = [], 0
    while n < size:
        t = f'"{rng.choice(words)} {rng.choice(words)}" {rng.choice(words)}'
        parts.append(t); n += len(t) + 1
    return " ".join(parts)
for kb in (100, 540, 1024):
    open(f"{d}/s{kb}.jsonl", "w").write(json.dumps({"id": f"s{kb}", "lang": "it", "text": sentence(kb << 10)}) + "\n")
    open(f"{d}/ab{kb}.jsonl", "w").write(json.dumps({"id": f"ab{kb}", "lang": "en", "text": ('"a b" said c ' * ((kb << 10) // 13))}) + "\n")
PY
for kb in 100 540 1024; do
  run "extract one sentence of $kb KB" 0 0 "$bin" extract "s$kb.jsonl"
  run "extract '\"a b\" said c' x $kb KB" 0 0 "$bin" extract "ab$kb.jsonl"
done
run "ingest one sentence of 1 MB" 0 0 "$bin" ingest -q --db kb.sqlite s1024.jsonl

echo "== 11. a million attributes, a FIFO in a folder, a word repeated 2,000 times"
fresh p11
python3 - "$dir" <<'PY'
import sys
d = sys.argv[1]
attrs = " ".join(f'a{i}="v"' for i in range(1_000_000))
open(f"{d}/attrs.html", "w").write(f"<html><head><title>T</title></head><body><div {attrs}><p>Il sindaco Mario Rossi ha detto: «Il ponte riaprirà a maggio».</p></div></body></html>")
PY
run "extract an element with 1e6 attributes" 0 0 "$bin" extract attrs.html
mkdir -p "$dir/tree"; head -n 5 "$root/base/in.jsonl" > "$dir/tree/a.jsonl"; mkfifo "$dir/tree/fifo.jsonl"
before=$(snap "$dir/tree")
run "ingest a folder holding a FIFO" 0 1 "$bin" ingest -q --db kb.sqlite tree
run "extract a folder holding a FIFO" 0 1 "$bin" extract tree
cp "$root/base/kb.sqlite" "$dir/q.sqlite"
words=$(printf 'sindaco %.0s' $(seq 2000))
run "search a word repeated 2,000 times" 0 1 "$bin" search --db q.sqlite $words
run "search 2,000 distinct words" 0 1 "$bin" search --db q.sqlite $(seq -f 'w%g' 2000)

echo "== 12. interrupted exports leave no temporary file"
fresh p12
python3 - "$dir" <<'PY'
import json, sys
d = sys.argv[1]
para = "Il sindaco Mario Rossi ha detto: «Il ponte riaprirà a maggio». Secondo il prefetto, “la decisione è giusta”. "
with open(f"{d}/many.jsonl", "w") as f:
    for i in range(20000):
        f.write(json.dumps({"id": f"a{i}", "lang": "it", "text": f"Articolo {i}. " + para * 6}) + "\n")
PY
"$bin" ingest -q --db "$dir/kb.sqlite" "$dir/many.jsonl" 2>/dev/null
echo old > "$dir/out.csv"
for sig in INT TERM HUP KILL; do
  (cd "$dir" && exec "$bin" export mentions --db kb.sqlite --out out.csv) 2>/dev/null & pid=$!
  for _ in $(seq 200); do compgen -G "$dir/.out.csv.*" >/dev/null && break; sleep 0.01; done
  kill -$sig $pid 2>/dev/null; wait $pid 2>/dev/null
  left=$(find "$dir" -name '.out.csv.*' | wc -l)
  if [ $sig = KILL ]; then
    run "export after a kill -9 (removes the orphan)" 0 1 "$bin" export quotes --db kb.sqlite --out out.csv
    left=$(find "$dir" -name '.out.csv.*' | wc -l)
    echo old > "$dir/out.csv"
  fi
  check "SIG$sig: no temporary file left, the old file kept" bash -c "[ $left = 0 ] && [ \"\$(cat '$dir/out.csv')\" = old ]"
done

echo "== 13. processes creating one new database at once"
fresh p13
head -n 3 "$root/base/in.jsonl" > "$dir/a.jsonl"
start=$(date +%s.%N); pids=()
for i in $(seq 80); do
  if (( i % 2 )); then (cd "$dir" && exec "$bin" ingest -q --db new.sqlite a.jsonl) > "$dir/r$i" 2>&1 & else
    (cd "$dir" && exec "$bin" init --db new.sqlite) > "$dir/r$i" 2>&1 & fi
  pids+=($!)
done
bad=0; for p in "${pids[@]}"; do wait "$p" || bad=$((bad + 1)); done
printf '     %5.2fs 80 processes (40 init, 40 ingest) at once\n' "$(echo "$(date +%s.%N) - $start" | bc)"
check "all 80 exit 0 ($bad failed), 3 articles stored" bash -c "[ $bad = 0 ] && [ \"\$(sqlite3 '$dir/new.sqlite' 'SELECT count(*) FROM articles')\" = 3 ]"

echo "== 14. a full disk during ingest"
fresh p14
if is_root && mkdir -p "$dir/tiny" && mount -t tmpfs -o size=1m tmpfs "$dir/tiny" 2>/dev/null; then
  run "ingest 300 articles onto a 1 MB disk" 3 1 "$bin" ingest -q --db tiny/kb.sqlite "$root/base/in.jsonl"
  check "integrity ok, no -wal left, committed articles whole" bash -c "
    [ \"\$(sqlite3 '$dir/tiny/kb.sqlite' 'PRAGMA integrity_check')\" = ok ] && [ ! -s '$dir/tiny/kb.sqlite-wal' ] &&
    [ \"\$(sqlite3 '$dir/tiny/kb.sqlite' 'SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM mentions)')\" -lt 300 ]"
  umount "$dir/tiny"
else skip "full disk (mount not allowed)"; fi

echo "== 15. a database in a read-only folder"
fresh p15; kb
if is_root && chattr +i "$dir" 2>/dev/null; then
  before=$(snap "$dir")
  run "quotes from a read-only folder" 0 0 "$bin" quotes --db kb.sqlite --limit 3
  run "stats from a read-only folder" 0 0 "$bin" stats --db kb.sqlite
  run "ingest into a read-only folder" 3 1 "$bin" ingest -q --db kb.sqlite "$root/base/in.jsonl"
  same "point 15" "$before"
  chattr -i "$dir"
else
  chmod 555 "$dir"; run "quotes from a read-only folder (chmod)" 0 0 "$bin" quotes --db kb.sqlite --limit 3; chmod 755 "$dir"
fi

echo "== 16. a foreign SQLite database, a newer Quotebase database"
fresh p16
sqlite3 "$dir/foreign.sqlite" 'CREATE TABLE t(x); INSERT INTO t VALUES (1);'
cp "$root/base/kb.sqlite" "$dir/newer.sqlite"
sqlite3 "$dir/newer.sqlite" "INSERT INTO grdb_migrations VALUES ('9999_from_the_future')"
sqlite3 "$dir/empty.sqlite" 'VACUUM'
# Every Quotebase database has its -wal and -shm beside it (WAL mode): a refused one may get them, empty.
before=$(snap "$dir" | grep -v -e '-wal' -e '-shm')
for db in foreign newer; do
  run "ingest into a $db database" 3 1 "$bin" ingest -q --db $db.sqlite "$root/base/in.jsonl"
  run "init on a $db database" 3 1 "$bin" init --db $db.sqlite
  run "quotes from a $db database" 3 1 "$bin" quotes --db $db.sqlite
done
check "point 16: the main files byte for byte, no WAL content" bash -c "[ \"\$(cd '$dir' && find . -name '*-wal' -size +0 | wc -l)\" = 0 ]"
[ "$(snap "$dir" | grep -v -e '-wal' -e '-shm')" = "$before" ] || { failures=$((failures + 1)); echo "FAIL        point 16: a refused database changed"; }
run "ingest into an empty SQLite file" 0 0 "$bin" ingest -q --db empty.sqlite "$root/base/in.jsonl"

echo "== 17. codes and values"
fresh p17; kb; before=$(snap "$dir")
# Exit 64 is argument-parser's: the message line, then two lines of usage.
run "quotes --speaker NAME of 50 KB" 64 3 "$bin" quotes --db kb.sqlite --speaker "$(head -c 51200 /dev/zero | tr '\0' x)"
run "mentions NAME of 50 KB" 64 3 "$bin" mentions --db kb.sqlite "$(head -c 51200 /dev/zero | tr '\0' '%')"
run "quotes on a missing database" 3 1 "$bin" quotes --db missing.sqlite
run "merge OUT OUT" 64 1 "$bin" merge kb.sqlite kb.sqlite
run "quotes --since 2022-02-30" 64 3 "$bin" quotes --db kb.sqlite --since 2022-02-30
same "point 17 (no missing.sqlite created, kb unchanged)" "$before"

echo "== 18. deep HTML, UTF-16, CR-only JSONL, a lone surrogate, a .gz that is not gzip"
fresh p18
python3 - "$dir" <<'PY'
import json, sys
d = sys.argv[1]
for depth in (300, 100_000):
    body = f"<p>Pagina di {depth} livelli. Il sindaco Mario Rossi ha detto: «Il ponte riaprirà a maggio». Il prefetto Luca Bianchi ha confermato la data.</p>" * 3
    open(f"{d}/deep{depth}.html", "w").write("<html><body>" + "<div>" * depth + body + "</div>" * depth + "</body></html>")
open(f"{d}/u16le.txt", "wb").write("Il ponte\n\nIl sindaco Mario Rossi ha detto: «Il ponte riaprirà a maggio».\n".encode("utf-16"))
open(f"{d}/u16be.jsonl", "wb").write(b"\xfe\xff" + (json.dumps({"id": "u", "text": "Il sindaco Mario Rossi ha parlato."}) + "\n").encode("utf-16-be"))
open(f"{d}/cr.jsonl", "wb").write(b"".join((json.dumps({"id": f"c{i}", "text": f"Articolo {i}: il sindaco ha parlato."}) + "\r").encode() for i in range(5)))
open(f"{d}/lone.jsonl", "w").write('{"id":"l","text":"Prima \\ud800 dopo: il sindaco Mario Rossi ha parlato."}\n')
open(f"{d}/fake.jsonl.gz", "w").write("".join(json.dumps({"id": f"f{i}", "text": "testo"}) + "\n" for i in range(391)))
PY
run "ingest HTML 300 levels deep" 0 0 "$bin" ingest -q --db deep.sqlite deep300.html
run "ingest HTML 100,000 levels deep" 0 0 "$bin" ingest -q --db deep.sqlite deep100000.html
check "both deep pages stored with their quote" bash -c "[ \"\$(sqlite3 '$dir/deep.sqlite' 'SELECT count(*) FROM quotes')\" -ge 2 ]"
run "ingest UTF-16 LE text, UTF-16 BE JSONL" 0 0 "$bin" ingest -q --db u16.sqlite u16le.txt u16be.jsonl
check "both UTF-16 files stored" bash -c "[ \"\$(sqlite3 '$dir/u16.sqlite' 'SELECT count(*) FROM articles')\" = 2 ]"
run "ingest CR-only JSONL" 0 0 "$bin" ingest -q --db cr.sqlite cr.jsonl
check "CR-only JSONL is 5 articles" bash -c "[ \"\$(sqlite3 '$dir/cr.sqlite' 'SELECT count(*) FROM articles')\" = 5 ]"
run "ingest a lone \\ud800" 0 0 "$bin" ingest -q --db lone.sqlite lone.jsonl
check "the lone surrogate record is stored" bash -c "[ \"\$(sqlite3 '$dir/lone.sqlite' 'SELECT count(*) FROM articles')\" = 1 ]"
run "ingest a .jsonl.gz that is plain text" 1 1 "$bin" ingest -q --db fake.sqlite fake.jsonl.gz

echo "== 19. control characters reach the terminal escaped; Ctrl-C says what was kept"
fresh p19
name=$'evil\n\e[31mred\e]0;title\a.json'
printf '{"id":"e","text":' > "$dir/$name"
printf '%s\n' '{"id":"t","title":"Tit\u001b[2Jolo","text":"Il sindaco Mario Rossi ha detto: «Il ponte\u001b[31m riaprirà»."}' > "$dir/esc.jsonl"
run "ingest a broken file whose name holds ESC and LF" 1 1 "$bin" ingest -q --db kb.sqlite "$name"
(cd "$dir" && "$bin" ingest -q --db kb.sqlite "$name" 2>&1 | grep -q $'\e') && { failures=$((failures + 1)); echo "FAIL        raw ESC in the error line"; }
"$bin" ingest -q --db "$dir/kb.sqlite" "$dir/esc.jsonl"
run "quotes with ESC in title and text" 0 0 "$bin" quotes --db kb.sqlite --format table
check "no raw ESC in the table" bash -c "! \"$bin\" quotes --db '$dir/kb.sqlite' --format table | grep -q \$'\\e'"
(cd "$dir" && exec "$bin" ingest --db int.sqlite "$root/p12/many.jsonl") > "$dir/int.out" 2> "$dir/int.err" & pid=$!
sleep 2; start=$(date +%s.%N); kill -INT $pid; status=0; wait $pid || status=$?
printf '     %5.2fs from SIGINT to exit %s: %s\n' "$(echo "$(date +%s.%N) - $start" | bc)" $status "$(grep -m1 interrupted "$dir/int.err")"
check "Ctrl-C: exit 130, one line says how many were kept, integrity ok" bash -c "
  [ $status = 130 ] && grep -q 'articles kept' '$dir/int.err' && [ \"\$(sqlite3 '$dir/int.sqlite' 'PRAGMA integrity_check')\" = ok ]"

echo "== 20. a 50 MB one-line article"
fresh p20
python3 - "$dir" <<'PY'
import json, sys
d = sys.argv[1]
para = "Il sindaco Mario Rossi ha detto: «Il ponte riaprirà a maggio». Secondo il prefetto, “la decisione è giusta”. "
open(f"{d}/50mb.jsonl", "w").write(json.dumps({"title": "Grande", "lang": "it", "text": para * (50 * 2**20 // len(para.encode()))}) + "\n")
PY
for cmd in "ingest -q --db kb.sqlite" "extract" "extract --full"; do
  start=$(date +%s.%N); status=0
  (cd "$dir" && /usr/bin/time -f '%M' -o "$dir/rss" $bin $cmd 50mb.jsonl > /dev/null 2> "$dir/err") || status=$?
  t=$(echo "$(date +%s.%N) - $start" | bc); rss=$(( $(tail -1 "$dir/rss") / 1024 ))
  v=PASS; (( $(echo "$t < 10" | bc) )) && [ $status = 0 ] && [ "$(wc -l < "$dir/err")" = 1 ] || { v=FAIL; failures=$((failures + 1)); }
  printf '%-4s %5.2fs exit %-3s %-52s peak RSS %d MB; %s\n' $v "$t" $status "$cmd 50 MB one-line article" $rss "$(head -1 "$dir/err" | cut -c1-90)"
done

echo "hostile: $failures failure(s)"
[ $failures = 0 ]
