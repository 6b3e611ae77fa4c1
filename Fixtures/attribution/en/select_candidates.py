#!/usr/bin/env python3
"""List candidate Reuters-21578 articles for the English attribution set, by a rule fixed before reading any text.

Rule: a "quoted span" is a run of 4+ words between two straight double quotes on one paragraph, where the opening
mark follows a space, a paragraph start or "(" and the closing mark is followed by a space, punctuation or the
paragraph end (this leaves out the `Opec"s` apostrophe artefact of the corpus). An article is a candidate when
it has at least 4 such spans, a text of 1,200-6,000 characters, and is not one of the ten Reuters articles
already annotated in Fixtures/gold/ (kept apart so that the sets stay disjoint). Candidates are printed with
their span count, length, id and title, most spans first; the final choice among them was made from the titles
only (topic diversity), before any text was read, and then split by sha1("reuters21578:" + NEWID).

Usage: python3 select_candidates.py [corpus.jsonl.gz] [--top N]
"""
import gzip
import hashlib
import json
import re
import sys
from pathlib import Path

CORPUS = "/work/shared/corpus/en_reuters21578.jsonl.gz"
SPAN = re.compile(r'(?:(?<=^)|(?<=[\s(]))"([^"\n]+?)"(?=[\s.,;:!?)\-]|$)', re.M)


def already_annotated():
    gold = Path(__file__).resolve().parents[2] / "gold"
    return {p.stem for p in gold.glob("reuters21578-*.json")}


def spans(text):
    return [s for s in SPAN.findall(text) if len(s.split()) >= 4]


def split_for(newid):
    digit = hashlib.sha1(f"reuters21578:{newid}".encode("utf-8")).hexdigest()[0]
    return "dev" if digit in "01234567" else "blind"


def main():
    args = sys.argv[1:]
    top = 200
    if "--top" in args:
        top = int(args[args.index("--top") + 1])
        del args[args.index("--top"):args.index("--top") + 2]
    path = args[0] if args else CORPUS
    skip = already_annotated()
    rows = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["id"] in skip:
                continue
            text = record["text"]
            if not 1200 <= len(text) <= 6000:
                continue
            count = len(spans(text))
            if count >= 4:
                rows.append((count, len(text), record["id"], record["title"] or ""))
    rows.sort(key=lambda r: (-r[0], r[2]))
    for count, length, rid, title in rows[:top]:
        print(f"{count:3d} {length:5d} {rid:<20} {title}")
    print(f"{len(rows)} candidates", file=sys.stderr)


if __name__ == "__main__":
    main()

# The 24 articles chosen from the candidate list by their titles alone (topic, then span count and length), before
# any text was read; the topic label becomes the article's `section`.
CHOSEN = {
    7608: "politics (US, Iran arms affair)",
    21006: "foreign affairs (Gulf war, US attack on oil rig)",
    13752: "politics (Spain, strikes)",
    14030: "politics (UK, election date)",
    8421: "foreign affairs (Gulf, tanker escorts)",
    1809: "trade (UK on US protectionism)",
    8044: "trade (US-Japan semiconductors)",
    9076: "trade (Canada-US potash)",
    19377: "trade (Latin America on US trade bills)",
    17402: "economy (UK, Lawson)",
    227: "economy (Australia, forecasts)",
    11172: "politics / economy (China, National People's Congress)",
    10036: "economy (Poland)",
    17650: "companies / labour (GM, UAW)",
    5808: "companies (Fujitsu-Fairchild)",
    11615: "companies (CBS)",
    17779: "companies (British Airways)",
    8210: "energy (Mideast oil dependency)",
    17430: "energy (US oil import fee)",
    19497: "energy (OPEC accord, oil markets)",
    20030: "energy (Strait of Hormuz)",
    17477: "agriculture (Philippine coconut, EC tax)",
    5717: "agriculture (UK farm subsidies)",
    20231: "agriculture (US wheat subsidy to the USSR)",
}
