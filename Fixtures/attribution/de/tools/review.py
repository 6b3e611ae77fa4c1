#!/usr/bin/env python3
"""Second-reading aid: print an article with its gold quotes (speaker, targets) and the capitalised words of the text
that no entity name or alias covers (to spot entities left out). Reads the built files only."""
import json, re, sys
from pathlib import Path

SET = Path(__file__).resolve().parent.parent
for name in sys.argv[1:]:
    for split in ("dev", "blind"):
        path = SET / split / "articles" / name
        if path.exists():
            break
    article = json.loads(path.read_text(encoding="utf-8"))
    gold = next(json.loads(l) for l in (SET / split / "gold.jsonl").read_text(encoding="utf-8").splitlines()
                if json.loads(l)["file"] == name)
    print("=" * 20, split, name, "|", article["title"])
    print(article["text"])
    print("-- quotes")
    for q in gold["quotes"]:
        print(f"  [{q['kind']}] {q['text'][:90]!r}\n     -> {q['speakers']} u={q.get('uncertain', False)} "
              f"about={q['about']} unc={q.get('about_uncertain', [])}")
    print("-- skipped", gold["skipped"])
    forms = set()
    for e in gold["entities"]:
        for f in [e["name"]] + e.get("aliases", []):
            forms.update(f.split())
    words = set(re.findall(r"\b[A-ZÄÖÜ][\w'’.-]+", article["text"] + " " + article["title"]))
    print("-- capitalised words not in any entity:", " ".join(sorted(w for w in words if w not in forms and w.rstrip('.') not in forms)))
    print("-- entities:", "; ".join(f"{e['name']} ({e['kind']})" for e in gold["entities"]))
