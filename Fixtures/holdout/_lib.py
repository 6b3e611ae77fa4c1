import json, os
HTML = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "html")
GOLD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "gold")

def q(text, speakers, kind, sk="person", acc=None, about=None, how=None, unc=False):
    d = {"text": text, "speakers": speakers, "speaker_kind": sk}
    if acc: d["accept_speakers"] = acc
    if about: d["about"] = about
    d["kind"] = kind
    if how: d["how"] = how
    if unc: d["uncertain"] = True
    return d

def e(name, kind, aliases=None, role=None, note=None):
    d = {"name": name, "kind": kind}
    if aliases: d["aliases"] = aliases
    if role: d["role"] = role
    if note: d["note"] = note
    return d

def write(name, lang, quotes, skipped, entities, notes=None, author=Ellipsis):
    meta = json.load(open(os.path.join(HTML, name + ".json"), encoding="utf-8"))
    d = {"file": name + ".html", "lang": lang, "title": meta["title"],
         "published": meta["published"],
         "author": meta["author"] if author is Ellipsis else author,
         "quotes": quotes, "skipped": skipped, "entities": entities}
    if notes: d["notes"] = notes
    with open(os.path.join(GOLD, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
        f.write("\n")
