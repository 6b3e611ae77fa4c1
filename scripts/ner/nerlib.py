"""Shared code of `scripts/train-ner` and `scripts/ner-eval`: corpora, features, the model file, decoding.

The feature templates here and in `Sources/QuotebaseCore/Extraction/Entities/Tagger/TaggerFeatures.swift` must stay
identical (the document features: `TaggerDocument.swift`): `scripts/train-ner` writes `Fixtures/tagger/parity-LANG.tsv`
(constructed sentences and documents with the tags this code predicts) and `EntityTaggerTests` checks that the Swift
tagger predicts the same tags.
"""

import gzip
import os
import struct
import unicodedata

import numpy as np

LABELS = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"]
LABEL_INDEX = {label: i for i, label in enumerate(LABELS)}
KINDS = ("PER", "LOC", "ORG")

REPO = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
SHARED = os.environ.get("QUOTEBASE_SHARED", os.path.normpath(os.path.join(REPO, "..", "shared")))
NER_DATA = os.path.join(SHARED, "data", "ner")
RESOURCES = os.path.join(REPO, "Sources", "QuotebaseCore", "Resources")
MODEL_DIR = os.path.join(RESOURCES, "tagger")

# ---------------------------------------------------------------------------------------------------------------
# Corpora


def _fix_cp1251_mojibake(token):
    """CoNLL-2003 German train was decoded as cp1251: 'д' stands for 'ä', 'ь' for 'ü', 'я' for 'ß'."""
    if any("\u0400" <= ch <= "\u04ff" or ch in "№ƒ÷" for ch in token):
        try:
            return token.encode("cp1251").decode("latin-1")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return token
    return token


def _normalize_tag(tag):
    """IOB2 over PER/LOC/ORG/MISC: GermEval's OTH, LOCderiv, PERpart... and WikiNEuRal's MISC become MISC."""
    if tag == "O" or len(tag) < 3 or tag[1] != "-":
        return "O"
    prefix, kind = tag[0], tag[2:]
    if kind not in KINDS:
        kind = "MISC"
    if prefix not in "BI":
        return "O"
    return prefix + "-" + kind


def _repair_iob(tags):
    """An I- tag that follows no entity of its kind opens one (IOB1 leftovers, silver noise)."""
    out = []
    for i, tag in enumerate(tags):
        if tag.startswith("I-") and (i == 0 or out[i - 1][2:] != tag[2:]):
            tag = "B-" + tag[2:]
        out.append(tag)
    return out


def read_corpus(path):
    """Sentences of a NER file as (tokens, tags, document index). Formats: `token TAB tag` (KIND),
    `index TAB token TAB tag` (CoNLL/WikiNEuRal/WikiANN copies), GermEval `index TAB token TAB outer TAB nested`."""
    germeval = "germeval" in os.path.basename(path)
    fix = os.sep + "de" + os.sep in path and "conll_train" in path
    sentences = []
    tokens, tags = [], []
    document = 0

    def flush():
        nonlocal tokens, tags
        if tokens:
            sentences.append((tokens, _repair_iob(tags), document))
        tokens, tags = [], []

    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            line = line.rstrip("\n")
            if not line.strip():
                flush()
                continue
            if line.startswith("#") and germeval:
                flush()
                document += 1
                continue
            fields = line.split("\t")
            if germeval:
                token, tag = fields[1], fields[2]
            elif len(fields) == 2:
                token, tag = fields
            else:
                token, tag = fields[1], fields[2]
            if token == "-DOCSTART-":
                flush()
                document += 1
                continue
            if fix:
                token = _fix_cp1251_mojibake(token)
            tokens.append(token)
            tags.append(_normalize_tag(tag))
    flush()
    if document == 0:
        # No document marks (KIND, CoNLL-2002, the silver corpora): consecutive sentences in fixed groups.
        sentences = regroup(sentences)
    return sentences


DOCUMENT_SENTENCES = 20


def regroup(sentences, per_document=DOCUMENT_SENTENCES):
    """The sentences in documents of `per_document` consecutive sentences (document index = position // it)."""
    return [(tokens, tags, i // per_document) for i, (tokens, tags, _) in enumerate(sentences)]


def documents(sentences):
    """Runs of consecutive sentences with the same document index: the documents the document features read."""
    out = []
    for sentence in sentences:
        if out and out[-1][-1][2] == sentence[2]:
            out[-1].append(sentence)
        else:
            out.append([sentence])
    return out


def split_silver(sentences, dev_every=10):
    """A fixed split of a corpus that comes without one: every tenth sentence is dev (decided before any look)."""
    train = [s for i, s in enumerate(sentences) if i % dev_every != dev_every - 1]
    dev = [s for i, s in enumerate(sentences) if i % dev_every == dev_every - 1]
    return regroup(train), regroup(dev)


# Which files each language learns from and is measured on. Test splits are reserved and never read.
CORPORA = {
    "it": {
        # Four copies of the news part (Wikinews, like the dev split) against one of fiction and De Gasperi's
        # writings: chunk F1 on WN dev 0.756 with one, 0.774 with three, 0.786 with four (8 epochs).
        # WikiNEuRal's Italian silver beside them, with the document features: 0.7966 / 0.8192 (chunk / token F1)
        # without the silver, 0.7961 / 0.8240 with it; 0.7993 / 0.8274 in 25 epochs (six copies of the news part:
        # 0.7976 / 0.8276), but Italian speakers fall 0.849 → 0.824 with that model.
        "train": ["it/kind_WN_train.tsv.gz*4", "it/kind_ADG_train.tsv.gz", "it/kind_FIC_train.tsv.gz",
                  "it/wikineural_silver_it.conllu.gz"],
        "dev": {"KIND WN dev": "it/kind_WN_dev.tsv.gz"},
    },
    # 0.9277 in 15 epochs, 0.9265 in 25; WikiANN English silver beside train: 0.9125.
    "en": {"train": ["en/conll_train.conllu.gz"], "dev": {"CoNLL-2003 en dev": "en/conll_val.conllu.gz"}},
    "de": {
        "train": ["de/conll_train.conllu.gz"],
        # CoNLL-2003 German dev (and so, presumably, its test) lost every non-ASCII letter ("fr" for "für"); a second
        # copy of train spelled that way teaches both spellings.
        "augment": "drop_non_ascii_letters",
        "dev": {"CoNLL-2003 de dev": "de/conll_val.conllu.gz", "GermEval 2014 dev": "de/germeval14_dev.tsv.gz"},
        # Without the document features: with them, chunk F1 on CoNLL / GermEval dev is 0.7295 / 0.5947 in 15
        # epochs, 0.7334 / 0.6088 in 25, 0.7297 / 0.6135 in 40 (0.700 / 0.606 without), but German speakers fall
        # 0.716 → 0.688. WikiANN German silver beside train: 0.7048 / 0.6049 (and 6.7 MB).
        "document_features": False,
    },
    # WikiANN's Spanish silver sentences (every one holds an entity) beside CoNLL-2002: chunk F1 on CoNLL dev
    # 0.763 with them.
    "es": {
        "train": ["es/conll_train.conllu.gz", "es/wikiann_silver_train.conllu.gz+ent"],
        "dev": {"CoNLL-2002 es dev": "es/conll_val.conllu.gz"},
        "epochs": 25,  # 0.7706 in 15 epochs, 0.7790 in 25 (with the document features)
    },
    # Without the document features: the silver sentences come in no documents (chunk F1 0.8944 without them,
    # 0.8895 with them over groups of 20, in 25 epochs; 0.881 in 15 without, and French speakers fall 0.768 → 0.758
    # with the 25-epoch model).
    "fr": {"silver": "fr/wikineural_silver_fr.conllu.gz", "dev": {"WikiNEuRal fr (silver) dev": None},
           "document_features": False},
}


def training_sentences(lang):
    """The training sentences. A file name may end in `*N` (N copies), `+ent` (only sentences with an entity) and
    `%N` (every Nth sentence); NER_TRAIN=name,name... replaces the language's list (for experiments)."""
    spec = CORPORA[lang]
    if "silver" in spec:
        return split_silver(read_corpus(os.path.join(NER_DATA, spec["silver"])))[0]
    sentences = []
    names = os.environ.get("NER_TRAIN", "").split(",") if os.environ.get("NER_TRAIN") else spec["train"]
    for part_number, name in enumerate(names):
        copies, entities_only, every = 1, False, 1
        if "*" in name:
            name, copies = name.split("*")
            copies = int(copies)
        if "/" in name and "%" in name:
            name, every = name.split("%")
            every = int(every)
        if name.endswith("+ent"):
            name, entities_only = name[:-4], True
        part = read_corpus(os.path.join(NER_DATA, name))
        if entities_only:
            part = [s for s in part if any(t != "O" for t in s[1])]
        part = part[::every]
        for copy in range(copies):
            # Document indexes made unique across files and copies, so that no document runs into the next.
            sentences.extend((tokens, tags, (part_number, copy, doc)) for tokens, tags, doc in part)
    if spec.get("augment") == "drop_non_ascii_letters":
        stripped = []
        for tokens, tags, doc in sentences:
            changed = ["".join(ch for ch in t if ord(ch) < 128 or not ch.isalpha()) or t for t in tokens]
            if changed != tokens:
                # Each a document of its own: the model also learns to tag without other occurrences to read.
                stripped.append((changed, tags, ("stripped", len(stripped))))
        sentences = sentences + stripped
    return sentences


def dev_sets(lang):
    spec = CORPORA[lang]
    if "silver" in spec:
        dev = split_silver(read_corpus(os.path.join(NER_DATA, spec["silver"])))[1]
        return {name: dev for name in spec["dev"]}
    return {name: read_corpus(os.path.join(NER_DATA, path)) for name, path in spec["dev"].items()}


# ---------------------------------------------------------------------------------------------------------------
# Text keys, as `Normalizer.key` and `EntityGazetteer.phraseKey` make them


def normalizer_key(text):
    out = []
    pending = False

    def append(ch):
        nonlocal pending
        if pending and out:
            out.append(" ")
        pending = False
        out.append(ch)

    for ch in text:
        o = ord(ch)
        if o < 128:
            if 0x41 <= o <= 0x5A:
                append(chr(o + 32))
            elif 0x61 <= o <= 0x7A or 0x30 <= o <= 0x39 or o == 0x27:
                append(ch)
            else:
                pending = True
            continue
        if ch in "\u2019\u2018\u02bc":
            append("'")
            continue
        for folded in unicodedata.normalize("NFKD", ch).lower():
            if unicodedata.category(folded) == "Mn":
                continue
            if folded.isalpha() or folded.isnumeric():
                append(folded)
            else:
                pending = True
    return "".join(out)


def phrase_key(text):
    key = normalizer_key(text)
    if "'" not in key:
        return key
    return " ".join(part for part in key.replace("'", " ").split(" ") if part)


# ---------------------------------------------------------------------------------------------------------------
# Gazetteer, read from the same resource files the Swift recognizer loads


class Gazetteer:
    MAX_PHRASE = 5
    RANK = {"country": 0, "organization": 1, "location": 2, "person": 3}

    def __init__(self):
        base = os.path.join(RESOURCES, "gazetteer")
        entries = {}
        with open(os.path.join(base, "names.tsv"), encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                fields = line.rstrip("\n").split("\t")
                if len(fields) < 3 or fields[2] not in self.RANK:
                    continue
                key = phrase_key(fields[0])
                if not key:
                    continue
                flags = fields[3].split(" ") if len(fields) > 3 else []
                entries.setdefault(key, []).append((self.RANK[fields[2]], fields[0], fields[2], "adj" in flags))
        # The best entry, as `EntityGazetteer.names` orders them: countries, organizations, places, people.
        self.names = {}
        for key, found in entries.items():
            _, _, kind, adjective = min(found)
            self.names[key] = "adj" if adjective else kind
        self.first_names = set()
        with open(os.path.join(base, "first_names.txt"), encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                self.first_names.add(normalizer_key(line.strip()))
        self.roles = set()
        with open(os.path.join(base, "person_cues.tsv"), encoding="utf-8") as f:
            for line in f:
                fields = line.rstrip("\n").split("\t")
                if line.startswith("#") or len(fields) < 3 or fields[0] != "role":
                    continue
                for surface in fields[2].split("|"):
                    key = phrase_key(surface)
                    if key and " " not in key:
                        self.roles.add(key)
        # Distributional word classes (not part of the gazetteer proper, but read with it by the features).
        import wordclasses

        self.classes = wordclasses.WordClasses()

    def phrase_tags(self, keys):
        """For each token, the kind of the longest gazetteer phrase covering it from its left, with B/I."""
        tags = [None] * len(keys)
        i = 0
        while i < len(keys):
            found = 0
            kind = None
            phrase = ""
            for length in range(1, min(self.MAX_PHRASE, len(keys) - i) + 1):
                part = keys[i + length - 1]
                if not part:
                    break
                phrase = part if length == 1 else phrase + " " + part
                hit = self.names.get(phrase)
                if hit is not None:
                    found, kind = length, hit
            if found:
                tags[i] = "B" + kind
                for k in range(i + 1, i + found):
                    tags[k] = "I" + kind
                i += found
            else:
                i += 1
        return tags


# ---------------------------------------------------------------------------------------------------------------
# Features


def shape(token):
    """Word shape with runs collapsed: "Putin" → Xx, "NATO" → X, "G7" → Xd, "1996-08-22" → d-d-d."""
    out = []
    for ch in token:
        if ch.isupper():
            c = "X"
        elif ch.islower() or ch.isalpha():
            c = "x"
        elif ch.isdigit():
            c = "d"
        else:
            c = ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out[:6])


def lower(token):
    return token.lower()


APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


# Words after which a capitalized word reads as a common noun or an organization's name rather than a person's.
ARTICLES = frozenset(
    "der die das den dem des ein eine einen einem einer eines "
    "il lo la i gli le l' un una uno del della dello dei degli delle al alla nel nella dal dalla "
    "el los las al "
    "les du au aux une "
    "the".split()
)
# Words that end a company's name.
COMPANY_SUFFIXES = frozenset(
    "inc inc. corp corp. ltd ltd. co co. plc llc gmbh ag kg se s.p.a. spa s.r.l. srl s.a. sa nv n.v. bv "
    "ab asa oyj sarl s.l. holding holdings group".split()
)
# What one occurrence of a word tells about it (bits): written in lower case; capitalized inside a sentence; after
# a role word or a first name; after an article; before a company suffix; first, middle, last of a run of
# capitalized words.
DOC_LOWER, DOC_INSIDE, DOC_TITLED, DOC_ARTICLE, DOC_COMPANY, DOC_FIRST, DOC_MIDDLE, DOC_LAST = (1 << k for k in range(8))


def _sentence_words(tokens, gazetteer):
    tokens = [t.translate(APOSTROPHES) for t in tokens]
    low = [lower(t) for t in tokens]
    shapes = [shape(t) for t in tokens]
    keys = [phrase_key(t) for t in tokens]
    first = [k in gazetteer.first_names for k in keys]
    role = [k in gazetteer.roles for k in keys]
    return tokens, low, shapes, keys, first, role


def occurrence_bits(low, shapes, first, role):
    """The `DOC_*` bits of each token of a sentence."""
    n = len(low)
    cap = [s[:1] == "X" for s in shapes]
    out = []
    for i in range(n):
        if shapes[i][:1] == "x":
            out.append(DOC_LOWER)
            continue
        if not cap[i]:
            out.append(0)
            continue
        bits = 0
        if i > 0:
            bits |= DOC_INSIDE
            if first[i - 1] or role[i - 1]:
                bits |= DOC_TITLED
            if low[i - 1] in ARTICLES:
                bits |= DOC_ARTICLE
        if i + 1 < n and low[i + 1] in COMPANY_SUFFIXES:
            bits |= DOC_COMPANY
        before, after = i > 0 and cap[i - 1], i + 1 < n and cap[i + 1]
        if after and not before:
            bits |= DOC_FIRST
        elif after and before:
            bits |= DOC_MIDDLE
        elif before:
            bits |= DOC_LAST
        out.append(bits)
    return out


class DocumentCounts:
    """How often each word (lower-cased) of a document occurs with each `DOC_*` bit: the document features of a
    token read the other occurrences of its word (its own left out)."""

    def __init__(self, sentences_tokens, gazetteer):
        self.counts = {}
        for tokens in sentences_tokens:
            _, low, shapes, _, first, role = _sentence_words(tokens, gazetteer)
            for word, bits in zip(low, occurrence_bits(low, shapes, first, role)):
                if not bits:
                    continue
                c = self.counts.get(word)
                if c is None:
                    c = self.counts[word] = [0] * 8
                for k in range(8):
                    if bits >> k & 1:
                        c[k] += 1

    def elsewhere(self, word, own):
        c = self.counts.get(word)
        if c is None:
            return 0
        return sum(1 << k for k in range(8) if c[k] - (own >> k & 1) > 0)


def document_values(low, shapes, first, role, counts):
    """The values of the three document templates for each token ("-" for a word without a capital)."""
    own = occurrence_bits(low, shapes, first, role)
    out = []
    for i, word in enumerate(low):
        if shapes[i][:1] != "X":
            out.append(("-", "-", "-"))
            continue
        e = counts.elsewhere(word, own[i])

        def b(bit):
            return "1" if e & bit else "0"

        out.append((
            b(DOC_LOWER) + b(DOC_INSIDE) + "|" + ("0" if i == 0 else "n"),
            b(DOC_TITLED) + b(DOC_ARTICLE) + b(DOC_COMPANY),
            b(DOC_FIRST) + b(DOC_MIDDLE) + b(DOC_LAST),
        ))
    return out


def document_features(sentences_tokens, gazetteer):
    """Feature strings of each token of each sentence of one document."""
    counts = DocumentCounts(sentences_tokens, gazetteer)
    return [sentence_features(tokens, gazetteer, counts) for tokens in sentences_tokens]


def sentence_features(tokens, gazetteer, counts=None):
    """Feature strings of each token of one sentence (templates named by a short prefix). Typographic apostrophes
    read as ASCII ones, so "l’Ue" and "l'Ue" are one word to the model."""
    if counts is None:
        counts = DocumentCounts([tokens], gazetteer)  # a document of one sentence
    tokens, low, shapes, keys, first, role = _sentence_words(tokens, gazetteer)
    n = len(tokens)
    gaz = gazetteer.phrase_tags(keys)
    doc = document_values(low, shapes, first, role, counts)
    cls = [gazetteer.classes.get(t) for t in low]

    def w(i):
        return low[i] if 0 <= i < n else ("<s>" if i < 0 else "</s>")

    def sh(i):
        return shapes[i] if 0 <= i < n else ("<s>" if i < 0 else "</s>")

    def fc(i):
        return cls[i][0] if 0 <= i < n else ("<s>" if i < 0 else "</s>")

    def gz(i):
        return (gaz[i] or "-") if 0 <= i < n else "."

    out = []
    for i in range(n):
        word = low[i]
        f = [
            "b",
            "w=" + word,
            "w-1=" + w(i - 1),
            "w+1=" + w(i + 1),
            "w-2=" + w(i - 2),
            "w+2=" + w(i + 2),
            "w-1w=" + w(i - 1) + "|" + word,
            "ww+1=" + word + "|" + w(i + 1),
            "sh=" + shapes[i],
            "sh-1=" + sh(i - 1),
            "sh+1=" + sh(i + 1),
            "sh-1sh=" + sh(i - 1) + "|" + shapes[i],
            "shsh+1=" + shapes[i] + "|" + sh(i + 1),
            "p1=" + word[:1],
            "p2=" + word[:2],
            "p3=" + word[:3],
            "s2=" + word[-2:],
            "s3=" + word[-3:],
            "s4=" + word[-4:],
            "pos=" + ("0" if i == 0 else "n") + "|" + shapes[i],
            "gz=" + gz(i),
            "gz-1=" + gz(i - 1),
            "gz+1=" + gz(i + 1),
            "gzsh=" + gz(i) + "|" + shapes[i],
            "fn=" + ("1" if first[i] else "0") + "|" + shapes[i],
            "fn-1=" + ("1" if i > 0 and first[i - 1] else "0") + "|" + shapes[i],
            "role-1=" + ("1" if i > 0 and role[i - 1] else "0") + "|" + shapes[i],
            "w-1sh=" + w(i - 1) + "|" + shapes[i],
            "shw+1=" + shapes[i] + "|" + w(i + 1),
            "C=" + cls[i][0],
            "c=" + cls[i][1],
            "C-1=" + fc(i - 1),
            "C+1=" + fc(i + 1),
            "cap=" + cls[i][2] + "|" + shapes[i],
            "dl=" + doc[i][0],
            "dt=" + doc[i][1],
            "dr=" + doc[i][2],
        ]
        out.append(f)
    return out


TEMPLATE_COUNT = 37


def fnv1a64(text):
    h = 0xCBF29CE484222325
    for byte in text.encode("utf-8"):
        h ^= byte
        h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


# ---------------------------------------------------------------------------------------------------------------
# Decoding


def allowed_transitions():
    """allowed[prev, cur]; row len(LABELS) is the sentence start. I-X only continues B-X or I-X."""
    size = len(LABELS)
    allowed = np.ones((size + 1, size), dtype=bool)
    for cur, label in enumerate(LABELS):
        if label.startswith("I-"):
            kind = label[2:]
            for prev in range(size + 1):
                allowed[prev, cur] = prev < size and LABELS[prev][2:] == kind and LABELS[prev] != "O"
    return allowed


ALLOWED = allowed_transitions()
NEG = -1e9


def viterbi(emissions, transitions):
    """Best label path under `transitions[prev, cur]` (row L = start), with disallowed moves excluded."""
    n, size = emissions.shape
    trans = np.where(ALLOWED, transitions, NEG)
    score = trans[size] + emissions[0]
    back = np.zeros((n, size), dtype=np.int32)
    for i in range(1, n):
        candidates = score[:, None] + trans[:size]
        back[i] = np.argmax(candidates, axis=0)
        score = candidates[back[i], np.arange(size)] + emissions[i]
    path = [int(np.argmax(score))]
    for i in range(n - 1, 0, -1):
        path.append(int(back[i, path[-1]]))
    return path[::-1]


# ---------------------------------------------------------------------------------------------------------------
# The model file (little-endian), read by `TaggerModel.swift`:
#   magic "QBTAG001", u32 label count L, u32 template count, u32 feature count N, f32 weight scale,
#   L labels (u8 length + UTF-8), (L+1)*L f32 transitions (row L = start),
#   N u64 feature hashes (ascending), N*L i8 weights (weight = value * scale).

MAGIC = b"QBTAG001"


def write_model(path, hashes, weights_q, scale, transitions):
    order = np.argsort(hashes, kind="stable")
    hashes = np.asarray(hashes, dtype="<u8")[order]
    weights_q = np.asarray(weights_q, dtype=np.int8)[order]
    with open(path, "wb") as f:
        f.write(MAGIC)
        f.write(struct.pack("<IIIf", len(LABELS), TEMPLATE_COUNT, len(hashes), scale))
        for label in LABELS:
            data = label.encode("utf-8")
            f.write(struct.pack("<B", len(data)) + data)
        f.write(np.asarray(transitions, dtype="<f4").tobytes())
        f.write(hashes.tobytes())
        f.write(weights_q.tobytes())


def read_model(path):
    with open(path, "rb") as f:
        data = f.read()
    assert data[:8] == MAGIC, f"{path}: not a Quotebase tagger model"
    labels, templates, count, scale = struct.unpack_from("<IIIf", data, 8)
    offset = 24
    names = []
    for _ in range(labels):
        length = data[offset]
        names.append(data[offset + 1 : offset + 1 + length].decode("utf-8"))
        offset += 1 + length
    transitions = np.frombuffer(data, dtype="<f4", count=(labels + 1) * labels, offset=offset).reshape(labels + 1, labels)
    offset += 4 * (labels + 1) * labels
    hashes = np.frombuffer(data, dtype="<u8", count=count, offset=offset)
    offset += 8 * count
    weights = np.frombuffer(data, dtype=np.int8, count=count * labels, offset=offset).reshape(count, labels)
    return names, transitions, dict(zip(hashes.tolist(), range(count))), weights.astype(np.float32) * scale


class QuantizedTagger:
    """The shipped model, decoded as the Swift tagger decodes it (for ner-eval and parity)."""

    def __init__(self, path, gazetteer):
        self.labels, self.transitions, self.index, self.weights = read_model(path)
        self.gazetteer = gazetteer

    def tag(self, tokens):
        return self.tag_document([tokens])[0]

    def tag_document(self, sentences_tokens):
        """The tags of each sentence of one document."""
        counts = DocumentCounts(sentences_tokens, self.gazetteer)
        return [self._tag(tokens, counts) for tokens in sentences_tokens]

    def _tag(self, tokens, counts):
        if not tokens:
            return []
        feats = sentence_features(tokens, self.gazetteer, counts)
        emissions = np.zeros((len(tokens), len(self.labels)), dtype=np.float32)
        for i, fs in enumerate(feats):
            for feature in fs:
                row = self.index.get(fnv1a64(feature))
                if row is not None:
                    emissions[i] += self.weights[row]
        return [self.labels[k] for k in viterbi(emissions, self.transitions)]


# ---------------------------------------------------------------------------------------------------------------
# Metrics


def chunks(tags):
    """(kind, start, end) of each entity in IOB2 tags."""
    out = []
    start = None
    kind = None
    for i, tag in enumerate(list(tags) + ["O"]):
        if start is not None and not (tag.startswith("I-") and tag[2:] == kind):
            out.append((kind, start, i))
            start = None
        if tag.startswith("B-") or (tag.startswith("I-") and start is None):
            start, kind = i, tag[2:]
    return out


def score(gold_sentences, predicted):
    """conlleval chunk P/R/F1 and NERMuD-style token P/R/F1 (token's entity type, B/I ignored) for PER/LOC/ORG."""
    chunk = {k: [0, 0, 0] for k in KINDS}  # tp, predicted, gold
    token = {k: [0, 0, 0] for k in KINDS}
    for (tokens, gold, _), pred in zip(gold_sentences, predicted):
        g = {c for c in chunks(gold) if c[0] in KINDS}
        p = {c for c in chunks(pred) if c[0] in KINDS}
        for kind in KINDS:
            gk = {c for c in g if c[0] == kind}
            pk = {c for c in p if c[0] == kind}
            chunk[kind][0] += len(gk & pk)
            chunk[kind][1] += len(pk)
            chunk[kind][2] += len(gk)
        for gt, pt in zip(gold, pred):
            gk, pk = gt[2:], pt[2:]
            if pk in KINDS:
                token[pk][1] += 1
                if pk == gk:
                    token[pk][0] += 1
            if gk in KINDS:
                token[gk][2] += 1

    def prf(tp, npred, ngold):
        p = tp / npred if npred else 0.0
        r = tp / ngold if ngold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    result = {}
    for name, table in (("chunk", chunk), ("token", token)):
        per = {k: prf(*table[k]) for k in KINDS}
        total = [sum(table[k][j] for k in KINDS) for j in range(3)]
        result[name] = {"micro": prf(*total), "per_type": per}
    return result
