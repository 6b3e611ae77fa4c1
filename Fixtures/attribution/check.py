#!/usr/bin/env python3
"""Validate the attribution fixtures: <lang>/<split>/gold.jsonl against <lang>/<split>/articles/*.json.

Checks: every gold line is a JSON object; its "file" names an article of the same split; every quote text
(or, for interrupted quotes, each of its "parts") and every skipped string occurs verbatim in the article's
text or title; every speaker and every "about"/"about_uncertain" name is the name of an entity of that
article; about_uncertain is a subset of about; the article's split matches the rule fixed before annotation
(sha1 of its "url": first hex digit 0-7 -> dev, 8-f -> blind). Prints counts per language and split.
Exit status 1 when any check fails.
"""
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
SPLITS = ("dev", "blind")


def split_for(url):
    digit = hashlib.sha1(url.encode("utf-8")).hexdigest()[0]
    return "dev" if digit in "01234567" else "blind"


def check_split(lang_dir, split, problems, counts):
    split_dir = lang_dir / split
    gold_path = split_dir / "gold.jsonl"
    articles_dir = split_dir / "articles"
    if not gold_path.exists():
        return
    lang = lang_dir.name
    where = f"{lang}/{split}"
    articles = {p.name: p for p in articles_dir.glob("*.json")} if articles_dir.exists() else {}
    seen = set()
    row = counts.setdefault((lang, split), {"articles": 0, "quotes": 0, "entities": 0, "skipped": 0})
    for number, line in enumerate(gold_path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        at = f"{where}/gold.jsonl:{number}"
        try:
            gold = json.loads(line)
        except json.JSONDecodeError as error:
            problems.append(f"{at}: not valid JSON ({error})")
            continue
        if not isinstance(gold, dict):
            problems.append(f"{at}: not a JSON object")
            continue
        name = gold.get("file")
        if name not in articles:
            problems.append(f"{at}: file {name!r} is not in {where}/articles")
            continue
        if name in seen:
            problems.append(f"{at}: file {name!r} has more than one gold line")
        seen.add(name)
        try:
            article = json.loads(articles[name].read_text(encoding="utf-8"))
        except json.JSONDecodeError as error:
            problems.append(f"{where}/articles/{name}: not valid JSON ({error})")
            continue
        for key in ("id", "lang", "source", "url", "title", "published", "author", "section", "text"):
            if key not in article:
                problems.append(f"{where}/articles/{name}: missing key {key!r}")
        url = article.get("url") or ""
        if split_for(url) != split:
            problems.append(f"{where}/articles/{name}: sha1 of its url puts it in {split_for(url)}, not {split}")
        if gold.get("lang") != lang or article.get("lang") != lang:
            problems.append(f"{at}: lang is not {lang!r}")
        haystack = (article.get("text") or "") + "\n" + (article.get("title") or "")
        entity_names = set()
        for entity in gold.get("entities", []):
            if not entity.get("name") or not entity.get("kind"):
                problems.append(f"{at}: entity without name or kind: {entity}")
            entity_names.add(entity.get("name"))
        for quote in gold.get("quotes", []):
            text = quote.get("text", "")
            pieces = quote.get("parts") or [text]
            if quote.get("parts") and " ".join(quote["parts"]) != text:
                problems.append(f"{at}: parts do not join (with one space) to the text {text[:60]!r}")
            for piece in pieces:
                if not piece or piece not in haystack:
                    problems.append(f"{at}: quote not verbatim in the article: {piece[:80]!r}")
            for speaker in quote.get("speakers", []):
                if speaker not in entity_names:
                    problems.append(f"{at}: speaker {speaker!r} is not an entity name")
            about = quote.get("about", [])
            for target in about + quote.get("about_uncertain", []):
                if target not in entity_names:
                    problems.append(f"{at}: target {target!r} is not an entity name")
            for target in quote.get("about_uncertain", []):
                if target not in about:
                    problems.append(f"{at}: uncertain target {target!r} is missing from about")
        for skipped in gold.get("skipped", []):
            if skipped not in haystack:
                problems.append(f"{at}: skipped string not verbatim in the article: {skipped[:80]!r}")
        row["articles"] += 1
        row["quotes"] += len(gold.get("quotes", []))
        row["entities"] += len(gold.get("entities", []))
        row["skipped"] += len(gold.get("skipped", []))
    for name in sorted(set(articles) - seen):
        problems.append(f"{where}/articles/{name}: no gold line")


def main():
    problems, counts = [], {}
    for lang_dir in sorted(p for p in ROOT.iterdir() if p.is_dir()):
        for split in SPLITS:
            check_split(lang_dir, split, problems, counts)
    print(f"{'lang':<5} {'split':<6} {'articles':>8} {'quotes':>7} {'entities':>8} {'skipped':>7}")
    for (lang, split), row in sorted(counts.items()):
        print(f"{lang:<5} {split:<6} {row['articles']:>8} {row['quotes']:>7} {row['entities']:>8} {row['skipped']:>7}")
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s)", file=sys.stderr)
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
