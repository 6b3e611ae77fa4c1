#!/usr/bin/env python3
"""Pick the German articles and their split, by a rule fixed before reading any text.

Rule: from the TRAIN split of the converted German Wikinews quotation corpus
(../shared/data/quotes/dewiki/train/gold.jsonl), keep the articles with at least 3 gold quotes; order them by
sha1 of the corpus file name (e.g. "de_train_001.txt"); take the first 24, then keep taking in that order until the
corpus quotes of the chosen articles reach 90. Split: url = "dewiki:" + the corpus source path (the `source` field
without the repository name); first hex digit of sha1(url) 0-7 -> dev, 8-f -> blind (the rule of ../check.py).
Prints file, corpus quote count, split, url. Reads no article text.

Batch 2 (`--batch 2`, added after batch 1 was annotated, because batch 1's blind split held only 20 sure targets):
the next 24 articles of the same pool in the same order. Nothing of batch 2 was read before this rule was committed.
"""
import hashlib, json, sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[5] / "shared/data/quotes/dewiki/train/gold.jsonl"
REPO = "uhh-lt/german-news-quotation-attribution-2024 "


def url_for(row):
    source = row["source"]
    assert source.startswith(REPO), source
    return "dewiki:" + source[len(REPO):]


def main():
    args = sys.argv[1:]
    batch = 1
    if args[:1] == ["--batch"]:
        batch, args = int(args[1]), args[2:]
    path = Path(args[0]) if args else CORPUS
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    pool = [r for r in rows if len(r["quotes"]) >= 3]
    pool.sort(key=lambda r: hashlib.sha1(r["file"].encode("utf-8")).hexdigest())
    chosen, total = [], 0
    for row in pool:
        if len(chosen) >= 24 and total >= 90:
            break
        chosen.append(row)
        total += len(row["quotes"])
    if batch == 2:
        chosen = pool[len(chosen):len(chosen) + 24]
        total = sum(len(row["quotes"]) for row in chosen)
    for row in chosen:
        url = url_for(row)
        digit = hashlib.sha1(url.encode("utf-8")).hexdigest()[0]
        split = "dev" if digit in "01234567" else "blind"
        print(f"{row['file']}\t{len(row['quotes'])}\t{split}\t{url}")
    print(f"# {len(chosen)} articles, {total} corpus quotes", file=sys.stderr)


if __name__ == "__main__":
    main()
