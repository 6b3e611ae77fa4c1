#!/usr/bin/env bash
# Scores `quotebase extract` on the Fixtures dev set with the shared scorer (../shared/eval/score.py).
# Usage: scripts/score-fixtures.sh [-v]   (-v lists every miss, extra quote and wrong speaker)
set -euo pipefail
cd "$(dirname "$0")/.."
scorer=${QUOTEBASE_SCORER:-../shared/eval/score.py}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swift build -c release --product quotebase >/dev/null
.build/release/quotebase extract Fixtures/articles > "$work/pred.jsonl"
python3 - "$work/gold.jsonl" <<'PY'
import glob, json, sys
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for path in sorted(glob.glob("Fixtures/gold/*.json")):
        out.write(json.dumps(json.load(open(path, encoding="utf-8")), ensure_ascii=False) + "\n")
PY
python3 "$scorer" "$work/gold.jsonl" "$work/pred.jsonl" "$@"
