#!/usr/bin/env python3
"""Print a chosen corpus article with its corpus quotes and every span between German or straight quotation marks
(a listing for completeness; no extractor)."""
import json, re, sys
from pathlib import Path

BASE = Path("/work/shared/data/quotes/dewiki/train")
SPANS = re.compile(r"„[^“”]*[“”]|»[^«]*«|\"[^\"]*\"|“[^”]*”|‚[^‘’]*[‘’]|›[^‹]*‹")

rows = {json.loads(l)["file"]: json.loads(l) for l in (BASE / "gold.jsonl").read_text(encoding="utf-8").splitlines()}
for name in sys.argv[1:]:
    row = rows[name]
    text = (BASE / "articles" / name).read_text(encoding="utf-8")
    print("=" * 30, name, row["title"], row["published"])
    print(text)
    print("-- corpus quotes")
    for q in row["quotes"]:
        print(f"  [{q['span']}] {q['text']!r} -> {q['speakers']} u={q.get('uncertain', False)} | {q['how'][q['how'].find('speaker span'):]}")
    print("-- corpus skipped", row["skipped"])
    print("-- quoted spans")
    for m in SPANS.finditer(text):
        print(f"  {m.start()}: {m.group(0)!r}")
