#!/usr/bin/env python3
"""Check the held-out gold (Fixtures/holdout): valid JSON; "file" names an article in holdout/articles;
the article equals the corpus record; title/published/author match; every quote text and skipped string is
verbatim in the article text (or title); every quotation mark in the text is covered by a gold quote or a
skipped string (uncovered marks are printed for review); entity names/aliases not found in title+text are listed
as warnings. Only files with a matching holdout/articles/<id>.json are checked (the HTML gold is someone else's)."""
import json, glob, gzip, os, sys
H = os.path.dirname(os.path.abspath(__file__))
CORPUS = {'dice': '/work/shared/corpus/it_dice_crime_news.jsonl.gz', 'reuters21578': '/work/shared/corpus/en_reuters21578.jsonl.gz'}
arts = {os.path.basename(p): p for p in glob.glob(H + '/articles/*.json')}
want = {a[:-5] for a in arts}
corpus = {}
for path in CORPUS.values():
    if os.path.exists(path):
        for line in gzip.open(path, 'rt', encoding='utf-8'):
            r = json.loads(line)
            if r['id'] in want: corpus[r['id']] = r
bad = 0; tq = te = 0
for name, ap in sorted(arts.items()):
    gp = H + '/gold/' + name
    if not os.path.exists(gp): print('NO GOLD', name); bad += 1; continue
    try: g = json.load(open(gp, encoding='utf-8'))
    except Exception as ex: print('INVALID JSON', gp, ex); bad += 1; continue
    a = json.load(open(ap, encoding='utf-8'))
    if list(a) != ['id','lang','source','url','title','published','author','text'] or a['id'] + '.json' != name: print('BAD ARTICLE', name); bad += 1
    if corpus and corpus.get(a['id']) != a: print('ARTICLE != CORPUS RECORD', name); bad += 1
    if set(g) < {"file","lang","title","published","author","quotes","skipped","entities"}: print('MISSING KEYS', name); bad += 1
    if g['file'] != name: print('FILE MISMATCH', name, g['file']); bad += 1
    for k in ('lang','title','published','author'):
        if g[k] != a[k]: print('MISMATCH', k, name); bad += 1
    t = a['text']; full = (a['title'] or '') + '\n' + t
    cov = [False] * len(t)
    def mark(s):
        i = t.find(s)
        while i >= 0:
            for j in range(max(0, i - 1), min(len(t), i + len(s) + 2)): cov[j] = True
            i = t.find(s, i + 1)
    for q in g['quotes']:
        assert q['kind'] in ('direct','partial','headline') and isinstance(q['speakers'], list) and q.get('speaker_kind'), (name, q['text'][:40])
        if q['text'] not in full: print('QUOTE NOT VERBATIM', name, q['text'][:60]); bad += 1
        mark(q['text'])
    for s in g['skipped']:
        if s not in full: print('SKIPPED NOT FOUND', name, s); bad += 1
        mark(s)
    marks = '«»“”"' if a['lang'] == 'it' else '"'
    for i, c in enumerate(t):
        if c in marks and not cov[i]: print('UNCOVERED MARK', name, i, repr(t[max(0, i-30):i+30]))
    for e in g['entities']:
        forms = [e['name']] + e.get('aliases', [])
        if not any(f in full for f in forms): print('  warn: entity form not in text', name, e['name'])
        for f in e.get('aliases', []):
            if f not in full: print('  warn: alias not in text', name, e['name'], '/', f)
    tq += len(g['quotes']); te += len(g['entities'])
    print(f"{name:26} quotes={len(g['quotes']):2} skipped={len(g['skipped'])} entities={len(g['entities']):2} chars={len(t)}")
print('articles:', len(arts), 'quotes:', tq, 'entities:', te, 'problems:', bad)
sys.exit(bad > 0)
