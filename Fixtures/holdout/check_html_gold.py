#!/usr/bin/env python3
"""Check the HTML-page held-out gold (holdout/gold/NAME.json for every ../html/NAME.txt): valid JSON, required keys,
"file" = NAME.html, title = ../html/NAME.json title, every quote text and skipped string verbatim in NAME.txt (headline
quotes: in the title), every quotation mark of the text covered by a quote or a skipped string (else printed for
review), entity names/aliases not found in the text printed as warnings (the byline author is exempt).
Other files in gold/ (DICE / Reuters held-out items) are not checked here."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
HTML = os.path.join(HERE, "..", "html")
GOLD = os.path.join(HERE, "gold")
KEYS = ["file", "lang", "title", "published", "author", "quotes", "skipped", "entities"]
MARKS = '"“”‘«»'
bad = 0
def err(msg):
    global bad
    bad += 1
    print("ERROR", msg)

names = sorted(f[:-4] for f in os.listdir(HTML) if f.endswith(".txt"))
tq = te = 0
for name in names:
    gp = os.path.join(GOLD, name + ".json")
    if not os.path.exists(gp):
        err(f"no gold for {name}"); continue
    try:
        g = json.load(open(gp, encoding="utf-8"))
    except Exception as ex:
        err(f"{name}: invalid JSON: {ex}"); continue
    for k in KEYS:
        if k not in g: err(f"{name}: missing key {k}")
    if g.get("file") != name + ".html": err(f"{name}: file is {g.get('file')!r}")
    txt = open(os.path.join(HTML, name + ".txt"), encoding="utf-8").read()
    meta = json.load(open(os.path.join(HTML, name + ".json"), encoding="utf-8"))
    title = meta["title"] or ""
    if g.get("title") != title: err(f"{name}: title differs from {name}.json")
    cov = [False] * len(txt)
    def mark(s):
        i = txt.find(s)
        while i >= 0:
            for j in range(max(0, i - 2), min(len(txt), i + len(s) + 3)): cov[j] = True
            i = txt.find(s, i + 1)
    for q in g["quotes"]:
        t = q["text"]
        if q.get("kind") not in ("direct", "partial", "headline"): err(f"{name}: bad kind {q.get('kind')!r}")
        if not isinstance(q.get("speakers"), list) or not q.get("speaker_kind"): err(f"{name}: speakers/speaker_kind")
        where = title if q.get("kind") == "headline" else txt
        if t not in where: err(f"{name}: quote not verbatim: {t[:60]!r}")
        mark(t)
    for s in g["skipped"]:
        if s not in txt and s not in title: err(f"{name}: skipped not verbatim: {s!r}")
        mark(s)
    for i, c in enumerate(txt):
        if c in MARKS and not cov[i]:
            print(f"  uncovered mark {name} @{i}: {txt[max(0, i-30):i+30]!r}")
    full = (title + "\n" + txt).lower()
    for e in g["entities"]:
        if e.get("kind") not in ("person", "country", "organization", "location"): err(f"{name}: entity kind {e}")
        if e["name"] == g.get("author"):
            continue
        forms = [e["name"]] + e.get("aliases", [])
        if not any(f.lower() in full for f in forms): err(f"{name}: entity with no form in the text: {e['name']}")
        for f in e.get("aliases", []):
            if f.lower() not in full: print(f"  warn {name}: alias not in text: {f!r} ({e['name']})")
    tq += len(g["quotes"]); te += len(g["entities"])
    print(f"{name:38} {g['lang']} quotes={len(g['quotes']):2} skipped={len(g['skipped'])} entities={len(g['entities']):2}")
print(f"pages: {len(names)} quotes: {tq} entities: {te} problems: {bad}")
sys.exit(1 if bad else 0)
