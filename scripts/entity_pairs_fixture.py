"""Writes Fixtures/entity-pairs/pairs.tsv and evidence.tsv from a knowledge base of the corpora.

Usage (in the folder holding pairs.jsonl from entity_pairs_draw.py, labels.json — {"pair": "S"|"D"|"U"}, the hand
labels — and ids.json, corpus source line -> corpus article id):
    python3 scripts/entity_pairs_fixture.py KB.sqlite Fixtures/entity-pairs
evidence.tsv holds every article entity the resolver needs to decide the pairs as in the whole knowledge base: the
people sharing a first or last word with a pair's names, every person of a pair's articles, and the organizations
and places named like them or ending in those words.
"""
import sqlite3, json, re, unicodedata, sys
db = sqlite3.connect(sys.argv[1]); out = sys.argv[2]
labels = json.load(open('labels.json')); ids = json.load(open('ids.json'))
def key(s):
    s = unicodedata.normalize('NFKD', s.lower()); s = ''.join(c for c in s if not unicodedata.combining(c))
    return ' '.join(re.findall(r"[\w']+", s))
def cid(source): return ids['/work/shared/corpus/' + source]
pairs = [json.loads(l) for l in open('pairs.jsonl')]
words = set(); articles = set(); exact = set()
with open(out + '/pairs.tsv', 'w') as f:
    f.write('# pair\tcategory\tlabel\tarticle_a\tname_a\tarticle_b\tname_b\n')
    for p in pairs:
        label = labels[str(p['pair'])]
        if label == 'U': continue
        a, b = p['a'], p['b']
        f.write('\t'.join([str(p['pair']), p['category'], {'S': 'same', 'D': 'different'}[label],
                           cid(a['source']), a['name'], cid(b['source']), b['name']]) + '\n')
        for e in (a, b):
            w = key(e['name']).split(); words.update([w[0], w[-1]]); exact.add(key(e['name'])); articles.add('/work/shared/corpus/' + e['source'])
rows = db.execute("""SELECT a.source, x.article_id, x.entity_id, x.kind, x.name FROM article_entities x
    JOIN articles a ON a.id = x.article_id WHERE a.source NOT LIKE '%bbc%' AND x.name IS NOT NULL""").fetchall()
roles = {}
for art, ent, role in db.execute("SELECT article_id, entity_id, norm_role FROM entity_roles"):
    roles.setdefault((art, ent), []).append(role)
n = 0
with open(out + '/evidence.tsv', 'w') as f:
    f.write('# article\tkind\tname\troles (| separated, folded)\n')
    for source, art, ent, kind, name in sorted(rows, key=lambda r: (r[0], r[4])):
        w = key(name).split()
        if not w: continue
        if kind == 'person' and not (w[0] in words or w[-1] in words or source in articles): continue
        if kind != 'person' and key(name) not in exact and key(name) not in words and w[-1] not in words: continue
        f.write('\t'.join([ids[source], kind, name, '|'.join(sorted(set(roles.get((art, ent), []))))]) + '\n'); n += 1
print(n)
