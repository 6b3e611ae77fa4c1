#!/usr/bin/env python3
"""Builds benchmark inputs from the corpus files (for scripts/bench.sh); writes JSON lines to stdout.

  bench_corpus.py repeat --copies N FILE...     every line of FILE... N times
  bench_corpus.py repeat --lines 100000 FILE... cycle through the lines until 100,000 are written

Copy k > 0 of a line gets "-copyK" appended to its id and " [copy K]" to its text, so that ingest's dedupe by
content hash does not skip it and the work per article stays the same. Output is for measurement only: it goes to
bench-out/ (git-ignored) and must never be committed (the BBC corpus has no redistribution grant).
"""
import argparse
import gzip
import json
import sys


def lines(paths):
    for path in paths:
        opener = gzip.open if path.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    yield line


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    repeat = sub.add_parser("repeat")
    group = repeat.add_mutually_exclusive_group(required=True)
    group.add_argument("--copies", type=int)
    group.add_argument("--lines", type=int)
    repeat.add_argument("files", nargs="+")
    args = parser.parse_args()

    out = sys.stdout
    written, copy = 0, 0
    while True:
        if args.copies is not None and copy >= args.copies:
            break
        for line in lines(args.files):
            if args.lines is not None and written >= args.lines:
                return
            if copy == 0:
                out.write(line if line.endswith("\n") else line + "\n")
            else:
                record = json.loads(line)
                record["id"] = f"{record.get('id') or 'line'}-copy{copy}"
                record["text"] = f"{record['text']} [copy {copy}]"
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
            written += 1
        copy += 1


if __name__ == "__main__":
    main()
