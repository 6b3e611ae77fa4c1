#!/usr/bin/env python3
"""Write {dev,blind}/articles/<id>.json and {dev,blind}/gold.jsonl from the hand annotations in ann_*.py.

The article text is the corpus text exactly; split and url come from selection.tsv (see choose_articles.py). Also prints,
per article, how the hand speakers compare with the corpus speakers (same / same person renamed / changed /
added / dropped), for README.md and REVIEW.md.
"""
import importlib.util, json, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
BASE = Path("/work/shared/data/quotes/dewiki/train")
REPO = "uhh-lt/german-news-quotation-attribution-2024"


def load_annotations():
    ann = {}
    for path in sorted(HERE.glob("ann_*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        module.E, module.Q = E, Q
        spec.loader.exec_module(module)
        ann.update(module.ANN)
    return ann


def E(name, kind, *aliases, role=None, note=None):
    entity = {"name": name, "kind": kind}
    if aliases:
        entity["aliases"] = list(aliases)
    if role:
        entity["role"] = role
    if note:
        entity["note"] = note
    return entity


def Q(text, speakers, how, kind="direct", about=(), unc=(), uncertain=False, accept=None, parts=None, corpus=None):
    if isinstance(speakers, str):
        speakers = [speakers]
    quote = {"text": text, "speakers": list(speakers), "kind": kind, "about": list(about) + [u for u in unc if u not in about],
             "how": how}
    if unc:
        quote["about_uncertain"] = list(unc)
    if uncertain:
        quote["uncertain"] = True
    if accept:
        quote["accept_speakers"] = list(accept)
    if corpus:
        quote["_corpus"] = corpus  # how the corpus speaker compares, for the statistics only
    if parts:
        quote["parts"] = list(parts)
        quote["text"] = " ".join(parts)
    return quote


def main():
    rows = {}
    for line in (BASE / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows[row["file"]] = row
    selection = [line.split("\t") for name in ("selection.tsv", "selection-2.tsv")
                 for line in (HERE / name).read_text(encoding="utf-8").splitlines()]
    ann = load_annotations()
    golds = {"dev": [], "blind": []}
    stats = {}
    for split in golds:
        (SET / split / "articles").mkdir(parents=True, exist_ok=True)
    for name, _, split, url in selection:
        if name not in ann:
            print(f"not annotated yet: {name}", file=sys.stderr)
            continue
        a, row = ann[name], rows[name]
        text = (BASE / "articles" / name).read_text(encoding="utf-8")
        ident = a["id"]
        article = {"id": ident, "lang": "de",
                   "source": f"German Wikinews (de.wikinews.org), CC BY 2.5, attribution 'Wikinews contributors'; text as in "
                             f"the corpus {REPO} (Petersen-Frey & Biemann, LREC-COLING 2024; CC BY-NC-SA 4.0), "
                             f"{row['source'][len(REPO) + 1:]} (converted copy: dewiki/train/{name})",
                   "url": url, "title": row["title"], "published": row["published"], "author": None,
                   "section": a["section"], "text": text}
        (SET / split / "articles" / f"{ident}.json").write_text(json.dumps(article, ensure_ascii=False, indent=1) + "\n",
                                                               encoding="utf-8")
        entities = a["entities"]
        kinds = {e["name"]: e["kind"] for e in entities}
        quotes = []
        for q in a["quotes"]:
            q = dict(q)
            q.pop("_corpus", None)
            sk = kinds.get(q["speakers"][0], "person") if q["speakers"] else "unknown"
            out = {"text": q.pop("text"), "speakers": q.pop("speakers"), "speaker_kind": sk}
            out.update(q)
            if "accept_speakers" not in out and out["speakers"]:
                e = next(e for e in entities if e["name"] == out["speakers"][0])
                acc = list(e.get("aliases", []))
                if e.get("role"):
                    acc.append(e["role"])
                if acc:
                    out["accept_speakers"] = acc
            quotes.append(out)
        gold = {"file": f"{ident}.json", "lang": "de", "title": row["title"], "published": row["published"],
                "author": None, "quotes": quotes, "skipped": a.get("skipped", []), "entities": entities}
        if a.get("notes"):
            gold["notes"] = a["notes"]
        golds[split].append(gold)
        # comparison with the corpus speakers
        mine = {}
        for q in a["quotes"]:  # a text may occur twice in one article: pair them in order
            mine.setdefault(q["text"], []).append(q)
        corpus = [(q["text"], q) for q in row["quotes"]]
        s = stats.setdefault(split, {"corpus": 0, "same": 0, "resolved": 0, "wrong": 0, "filled": 0, "emptied": 0,
                                     "added": 0, "dropped": 0, "retexted": 0})
        s["corpus"] += len(corpus)
        unmatched = {t: list(qs) for t, qs in mine.items()}
        for text_, cq in corpus:
            key = text_ if unmatched.get(text_) else text_.rstrip(",.")
            match = unmatched[key].pop(0) if unmatched.get(key) else None
            if match is None:
                s["dropped"] += 1
                print(f"  {split} {name} dropped: {text_[:70]!r} ({cq['speakers']})")
                continue
            if match["text"] != text_:
                s["retexted"] += 1
            cs, ms = cq["speakers"], match["speakers"]
            if cs == ms:
                kind = "same"
            elif not cs:
                kind = "filled"
            elif not ms:
                kind = "emptied"
            elif match.get("_corpus"):
                kind = match["_corpus"]
            elif any(w in " ".join([ms[0]] + [al for e in entities if e["name"] == ms[0] for al in e.get("aliases", [])])
                     for w in cs[0].split() if w[:1].isupper() and len(w) > 3):
                kind = "resolved"
            else:
                kind = "wrong"
            s[kind] += 1
            if kind not in ("same", "resolved"):
                print(f"  {split} {name} {kind}: {text_[:50]!r}: {cs} -> {ms}")
        s["added"] += sum(len(qs) for qs in unmatched.values())
    for split, lines in golds.items():
        (SET / split / "gold.jsonl").write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in lines),
                                               encoding="utf-8")
    for split, s in stats.items():
        print(split, s)


if __name__ == "__main__":
    main()
