#!/usr/bin/env python3
"""Completeness listing for the German set (no extractor): every span between quotation marks in an article's text or
title must be a gold quote (or a part of one), lie inside a gold quote, or be in `skipped`; every entity must be
written in the text or title (its name or an alias). Prints what is left; exit 1 when anything is."""
import json, re, sys
from pathlib import Path

SET = Path(__file__).resolve().parent.parent
SPANS = re.compile(r"„([^“”\"]*)[“”\"]|»([^«]*)«|(?<![\w])\"([^\"]*)\"|“([^”]*)”|‚([^‘’]*)[‘’]")
left = 0
for split in ("dev", "blind"):
    for line in (SET / split / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        article = json.loads((SET / split / "articles" / gold["file"]).read_text(encoding="utf-8"))
        pieces = set()
        texts = []
        for q in gold["quotes"]:
            texts.append(q["text"])
            pieces.update(q.get("parts") or [q["text"]])
        skipped = set(gold.get("skipped", []))
        for where in (article["text"], article["title"] or ""):
            for m in SPANS.finditer(where):
                inner = next(g for g in m.groups() if g is not None)
                core = inner.rstrip(",.")
                if core in pieces or inner in pieces or inner in skipped or core in skipped:
                    continue
                # a nested quotation, marks and all, or an outer quote cut short by a nested closing mark
                if any(m.group(0) in t or m.group(0)[1:] in t for t in texts):
                    continue
                left += 1
                print(f"{split}/{gold['file']}: quoted span not in gold: {inner[:80]!r}")
        haystack = article["text"] + "\n" + (article["title"] or "")
        for e in gold["entities"]:
            if not any(form in haystack for form in [e["name"]] + e.get("aliases", [])):
                left += 1
                print(f"{split}/{gold['file']}: entity never written: {e['name']}")
print(f"{left} item(s) left")
sys.exit(1 if left else 0)
