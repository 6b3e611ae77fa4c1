#!/usr/bin/env python3
"""List what changed in the gold between a commit (the end of the first reading) and the working tree: quotes
added/removed, speakers, uncertain flags, targets, skipped strings and entities. Usage: diff_review.py COMMIT"""
import json, subprocess, sys
from pathlib import Path

SET = Path(__file__).resolve().parent.parent
REL = "Fixtures/attribution/de"


def load_old(commit, split):
    out = subprocess.run(["git", "show", f"{commit}:{REL}/{split}/gold.jsonl"], capture_output=True, text=True,
                         cwd=SET, check=True).stdout
    return {json.loads(l)["file"]: json.loads(l) for l in out.splitlines() if l.strip()}


def main():
    commit = sys.argv[1]
    counts = {}
    for split in ("dev", "blind"):
        old = load_old(commit, split)
        new = {json.loads(l)["file"]: json.loads(l)
               for l in (SET / split / "gold.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()}
        c = counts.setdefault(split, {"quotes": 0, "quotes added": 0, "quotes removed": 0, "speaker": 0,
                                      "uncertain flag": 0, "targets": 0, "skipped": 0, "entities": 0})
        for name in sorted(new):
            o, n = old.get(name, {"quotes": [], "skipped": [], "entities": []}), new[name]
            c["quotes"] += len(n["quotes"])
            oq = {q["text"]: q for q in o["quotes"]}
            nq = {q["text"]: q for q in n["quotes"]}
            for t in nq.keys() - oq.keys():
                c["quotes added"] += 1
                print(f"{split} {name}: quote added {t[:60]!r}")
            for t in oq.keys() - nq.keys():
                c["quotes removed"] += 1
                print(f"{split} {name}: quote removed {t[:60]!r}")
            for t in nq.keys() & oq.keys():
                a, b = oq[t], nq[t]
                if a["speakers"] != b["speakers"]:
                    c["speaker"] += 1
                    print(f"{split} {name}: {t[:40]!r} speakers {a['speakers']} -> {b['speakers']}")
                if a.get("uncertain", False) != b.get("uncertain", False):
                    c["uncertain flag"] += 1
                    print(f"{split} {name}: {t[:40]!r} uncertain {a.get('uncertain', False)} -> {b.get('uncertain', False)}")
                if (a["about"], a.get("about_uncertain", [])) != (b["about"], b.get("about_uncertain", [])):
                    c["targets"] += 1
                    print(f"{split} {name}: {t[:40]!r} about {a['about']}/{a.get('about_uncertain', [])} -> "
                          f"{b['about']}/{b.get('about_uncertain', [])}")
            if o["skipped"] != n["skipped"]:
                c["skipped"] += 1
                print(f"{split} {name}: skipped {o['skipped']} -> {n['skipped']}")
            oe = {e["name"]: e for e in o["entities"]}
            for e in n["entities"]:
                if oe.get(e["name"]) != e:
                    c["entities"] += 1
                    print(f"{split} {name}: entity {e['name']} {oe.get(e['name'])} -> {e}")
            for nm in oe.keys() - {e["name"] for e in n["entities"]}:
                c["entities"] += 1
                print(f"{split} {name}: entity removed {nm}")
    for split, c in counts.items():
        print(split, c)


if __name__ == "__main__":
    main()
