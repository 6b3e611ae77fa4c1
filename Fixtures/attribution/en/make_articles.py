#!/usr/bin/env python3
"""Write the chosen Reuters-21578 records (select_candidates.CHOSEN) as article files of the attribution set.

Each record is copied unchanged (text, title, published, author) from the corpus; `url` is the string
"reuters21578:<NEWID>" (the collection has no URLs) and decides the split by the rule of ../check.py.
"""
import gzip
import json
import sys
from pathlib import Path

import select_candidates as chosen

HERE = Path(__file__).resolve().parent


def main():
    wanted = {f"reuters21578-{n}": n for n in chosen.CHOSEN}
    path = sys.argv[1] if len(sys.argv) > 1 else chosen.CORPUS
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            newid = wanted.get(record["id"])
            if newid is None:
                continue
            url = f"reuters21578:{newid}"
            split = chosen.split_for(newid)
            article = {
                "id": f"en-reuters21578-{newid}",
                "lang": "en",
                "source": f"Reuters-21578, Distribution 1.0, NEWID {newid}; research use only",
                "url": url,
                "title": record["title"],
                "published": record["published"],
                "author": record["author"],
                "section": chosen.CHOSEN[newid],
                "text": record["text"],
            }
            out = HERE / split / "articles" / f"{article['id']}.json"
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(json.dumps(article, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            print(split, out.name)


if __name__ == "__main__":
    main()
