"""Distributional word classes for the entity tagger, learned from unlabeled text (no entity label is read).

Each lower-case word seen often enough in the texts below gets
- a fine class and a coarse class: k-means clusters of the words' left/right neighbour distributions (positive PMI,
  reduced by a truncated SVD), the coarse ones clustering the fine classes' centres; and
- a capitalization class: how often the word is written with a capital when it does not open a sentence
  (`l` almost never, `m` sometimes, `u` mostly, `U` almost always, `?` too few such occurrences to say).

The texts of all five languages are pooled into one lexicon (the tagger's features take no language): a word's
neighbours are words of its own language, so the classes come out per language anyway, and a form shared by two
languages gets one class learned from both. Deterministic: one BLAS thread, fixed SVD start vector and k-means
seeds, ties broken by word order.

    scripts/train-ner --wordclasses     # rebuild Resources/tagger/wordclasses.tsv (then retrain: the models use it)
"""

import gzip
import json
import os
import re
import sys

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import numpy as np  # noqa: E402
import scipy.sparse as sp  # noqa: E402
from scipy.sparse.linalg import svds  # noqa: E402

import nerlib  # noqa: E402

PATH = os.path.join(nerlib.MODEL_DIR, "wordclasses.tsv")
MIN_COUNT = 5
MAX_WORDS = 80000
CONTEXT_WORDS = 2000
DIMENSIONS = 80
FINE = 400
COARSE = 50
SEED = 20261204

# (what, licence, reader) for every text the classes learn from. Only train splits and unlabeled news; the dev
# splits (and, of course, the reserved test splits) are not read. The French silver corpus is read without its
# every-tenth-sentence dev part.
CORPUS = os.path.join(nerlib.SHARED, "corpus")
QUOTES = os.path.join(nerlib.SHARED, "data", "quotes")


def _tagged(path):
    return lambda: (tokens for tokens, _tags, _ in nerlib.read_corpus(os.path.join(nerlib.NER_DATA, path)))


def _french_silver():
    sentences = nerlib.read_corpus(os.path.join(nerlib.NER_DATA, nerlib.CORPORA["fr"]["silver"]))
    return (tokens for tokens, _tags, _ in nerlib.split_silver(sentences)[0])


# Words, Romance elisions cut after the apostrophe (as KIND and WikiNEuRal are tokenized), punctuation apart.
TOKEN = re.compile(r"\w+['\u2019]|\w+(?:[-.]\w+)*\.?|[^\w\s]")
SENTENCE_END = re.compile(r"(?<=[.!?»”\"])\s+(?=[«“\"A-ZÀ-Ý])|\n\s*\n")


def _text_sentences(text):
    for sentence in SENTENCE_END.split(text):
        tokens = TOKEN.findall(sentence)
        # A trailing period of the sentence's last word is the full stop, not an abbreviation's.
        if tokens and len(tokens[-1]) > 1 and tokens[-1].endswith("."):
            tokens[-1:] = [tokens[-1][:-1], "."]
        if tokens:
            yield tokens


def _jsonl(name):
    def read():
        with gzip.open(os.path.join(CORPUS, name), "rt", encoding="utf-8") as f:
            for line in f:
                yield from _text_sentences(json.loads(line)["text"])

    return read


def _articles(folder):
    def read():
        base = os.path.join(QUOTES, folder, "articles")
        for name in sorted(os.listdir(base)):
            with open(os.path.join(base, name), encoding="utf-8") as f:
                yield from _text_sentences(f.read())

    return read


SOURCES = [
    ("KIND Wikinews, fiction and De Gasperi train splits (it)", "CC BY-NC 4.0 annotations; CC BY 2.5 / public domain texts",
     [_tagged(p) for p in nerlib.CORPORA["it"]["train"]]),
    ("WikiNEuRal Italian silver (it)", "CC BY-NC-SA 4.0", [_tagged("it/wikineural_silver_it.conllu.gz")]),
    ("DICE Italian crime news, Gazzetta di Modena (it)", "CC BY-NC-SA 4.0", [_jsonl("it_dice_crime_news.jsonl.gz")]),
    ("CoNLL-2003 English train (en)", "research use only", [_tagged("en/conll_train.conllu.gz")]),
    ("WikiANN English silver train (en)", "ODC-BY", [_tagged("en/wikiann_silver_train.conllu.gz")]),
    ("Reuters-21578 (en)", "research use only", [_jsonl("en_reuters21578.jsonl.gz")]),
    ("CoNLL-2003 German train (de)", "research use only", [_tagged("de/conll_train.conllu.gz")]),
    ("WikiANN German silver train (de)", "ODC-BY", [_tagged("de/wikiann_silver_train.conllu.gz")]),
    ("German Wikinews quotation attribution, train articles (de)", "CC BY-NC-SA 4.0", [_articles("dewiki/train")]),
    ("CoNLL-2002 Spanish train (es)", "research use only", [_tagged("es/conll_train.conllu.gz")]),
    ("WikiANN Spanish silver train (es)", "ODC-BY", [_tagged("es/wikiann_silver_train.conllu.gz")]),
    ("WikiNEuRal French silver, train part (fr)", "CC BY-NC-SA 4.0", [_french_silver]),
]


def key(token):
    return nerlib.lower(token.translate(nerlib.APOSTROPHES))


def _capitalized(token):
    return token[:1].isupper()


def build(path=PATH):
    ids = {}
    counts, upper, later = [], [], []
    stream = []  # every token's form id, -1 between sentences
    sentences = 0
    for _what, _licence, readers in SOURCES:
        for read in readers:
            for tokens in read():
                sentences += 1
                stream.append(-1)
                for i, t in enumerate(tokens):
                    k = key(t)
                    j = ids.get(k)
                    if j is None:
                        j = ids[k] = len(counts)
                        counts.append(0)
                        upper.append(0)
                        later.append(0)
                    counts[j] += 1
                    if i > 0 and t[:1].isalpha():
                        later[j] += 1
                        if _capitalized(t):
                            upper[j] += 1
                    stream.append(j)
    stream.append(-1)
    forms = list(ids)
    counts = np.array(counts, dtype=np.int64)
    total = int(counts.sum())
    print(f"wordclasses: {sentences} sentences, {total} tokens, {len(forms)} forms", file=sys.stderr)
    ranked = sorted(range(len(forms)), key=lambda j: (-counts[j], forms[j]))
    chosen = [j for j in ranked if counts[j] >= MIN_COUNT][:MAX_WORDS]
    words = [forms[j] for j in chosen]
    row_of = np.full(len(forms) + 1, -1, dtype=np.int64)  # last slot: the sentence boundary (-1)
    row_of[chosen] = np.arange(len(chosen))
    boundary = CONTEXT_WORDS
    width = boundary + 1
    context_of = np.full(len(forms) + 1, -1, dtype=np.int64)
    context_of[ranked[:CONTEXT_WORDS]] = np.arange(min(CONTEXT_WORDS, len(ranked)))
    context_of[-1] = boundary
    s = np.array(stream, dtype=np.int64)  # -1 indexes the last slot of row_of / context_of
    rows_here = row_of[s[1:-1]]
    left = context_of[s[:-2]]
    right = context_of[s[2:]]
    live = (s[1:-1] >= 0) & (rows_here >= 0)
    rows = np.concatenate([rows_here[live & (left >= 0)], rows_here[live & (right >= 0)]])
    cols = np.concatenate([left[live & (left >= 0)], width + right[live & (right >= 0)]])
    m = sp.csr_matrix((np.ones(len(rows), dtype=np.float64), (rows, cols)), shape=(len(words), 2 * width))
    m.sum_duplicates()
    upper = dict(zip(words, (upper[j] for j in chosen)))
    later = dict(zip(words, (later[j] for j in chosen)))
    counts = dict(zip(words, (int(counts[j]) for j in chosen)))
    # Positive PMI, with the context distribution smoothed (power 0.75) as is usual.
    row_sum = np.asarray(m.sum(axis=1)).ravel()
    col_sum = np.asarray(m.sum(axis=0)).ravel() ** 0.75
    m = m.tocoo()
    pmi = np.log(m.data * col_sum.sum() / (row_sum[m.row] * col_sum[m.col]))
    keep = pmi > 0
    ppmi = sp.csr_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=m.shape)
    v0 = np.random.RandomState(SEED).uniform(-1, 1, min(ppmi.shape))
    u, s, _vt = svds(ppmi, k=DIMENSIONS, v0=v0)
    order = np.argsort(-s)
    vectors = u[:, order] * np.sqrt(s[order])
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    vectors = vectors / np.where(norms > 0, norms, 1)
    weights = np.array([counts[w] for w in words], dtype=np.float64)
    fine, centres = kmeans(vectors, FINE, weights=np.sqrt(weights), seed=SEED)
    coarse_of_fine, _ = kmeans(centres, COARSE, weights=np.bincount(fine, minlength=FINE).astype(np.float64) + 1,
                               seed=SEED + 1)
    with open(path, "w", encoding="utf-8") as f:
        f.write("# Distributional word classes of the entity tagger, written by scripts/train-ner --wordclasses\n")
        f.write("# (scripts/ner/wordclasses.py). word TAB fine class TAB coarse class TAB capitalization class.\n")
        f.write("# Learned from unlabeled text: " + "; ".join(w + " [" + l + "]" for w, l, _ in SOURCES) + "\n")
        for i, w in enumerate(words):
            if "\t" in w or "\n" in w or not w:
                continue
            f.write(f"{w}\t{fine[i]}\t{coarse_of_fine[fine[i]]}\t{capital_class(upper.get(w, 0), later.get(w, 0))}\n")
    print(f"wordclasses: wrote {path} ({len(words)} words, {os.path.getsize(path) / 1e6:.1f} MB)", file=sys.stderr)


def capital_class(capitalized, seen):
    if seen < 3:
        return "?"
    r = capitalized / seen
    return "l" if r < 0.05 else "m" if r < 0.5 else "u" if r < 0.95 else "U"


def kmeans(x, k, weights, seed, iterations=25):
    """Spherical k-means (cosine), k-means++ start from a fixed seed; returns assignments and unit centres."""
    rng = np.random.RandomState(seed)
    n = len(x)
    chosen = [int(np.argmax(weights))]
    best = 1 - x @ x[chosen[0]]
    for _ in range(1, k):
        p = np.maximum(best, 0) * weights
        p = p / p.sum()
        c = int(rng.choice(n, p=p))
        chosen.append(c)
        best = np.minimum(best, 1 - x @ x[c])
    centres = x[chosen].copy()
    assign = np.zeros(n, dtype=np.int64)
    for _ in range(iterations):
        assign = np.argmax(x @ centres.T, axis=1)
        sums = np.zeros_like(centres)
        np.add.at(sums, assign, x * weights[:, None])
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        empty = norms[:, 0] == 0
        centres = np.where(empty[:, None], centres, sums / np.where(norms > 0, norms, 1))
    return assign, centres


class WordClasses:
    """The lexicon, as the tagger's features read it."""

    def __init__(self, path=PATH):
        self.table = {}
        if not os.path.exists(path) or os.environ.get("NO_WORDCLASSES"):
            return
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                w, fine, coarse, cap = line.rstrip("\n").split("\t")
                self.table[w] = (fine, coarse, cap)

    def get(self, word):
        return self.table.get(word, ("-", "-", "?"))


if __name__ == "__main__":
    build()
