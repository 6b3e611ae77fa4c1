#!/usr/bin/env python3
"""Sanity check for the English gold files in Fixtures/gold (Reuters-21578 fixtures).

Checks: valid JSON; "file" names an existing article in Fixtures/articles; title/published/author
match the article record; every quote "text" and every "skipped" string occurs verbatim in the
article (title + text); entity names/aliases occur in the article (warning only, names may be
canonical forms not in the text); every \" mark in the text is covered by a gold quote, a skipped
string, or is an apostrophe-like \" between letters/after a word (reported for review).
"""
import json, glob, os, re, sys
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
errors = 0
for gp in sorted(glob.glob(os.path.join(HERE, 'gold', 'reuters21578-*.json'))):
    try:
        g = json.load(open(gp, encoding='utf-8'))
    except Exception as ex:
        print('INVALID JSON', gp, ex); errors += 1; continue
    ap = os.path.join(HERE, 'articles', g['file'])
    if not os.path.exists(ap):
        print('NO ARTICLE for', gp, g['file']); errors += 1; continue
    r = json.load(open(ap, encoding='utf-8'))
    assert set(r) == {'id','lang','source','url','title','published','author','text'}, ap
    for k in ('title', 'published', 'author'):
        if g[k] != r[k]:
            print('MISMATCH', k, gp); errors += 1
    full = (r['title'] or '') + '\n' + r['text']
    t = r['text']
    covered = [False] * len(t)
    for q in g['quotes']:
        for k in ('text', 'speakers', 'speaker_kind', 'kind'):
            if k not in q: print('MISSING', k, gp, q.get('text', '')[:40]); errors += 1
        if q['text'] not in full:
            print('QUOTE NOT VERBATIM', gp, repr(q['text'][:60])); errors += 1
            continue
        bounded = False
        for m in re.finditer(re.escape(q['text']), t):
            if m.start() > 0 and t[m.start()-1] == '"' and (t[m.end():m.end()+1] == '"' or t[m.end():m.end()+2] in (',"', '."')):
                bounded = True
            for i in range(max(0, m.start()-1), min(len(t), m.end()+3)):
                covered[i] = True
        if not bounded and q['text'] in t:
            print('  note: quote not bounded by marks (check it is complete):', os.path.basename(gp), repr(q['text'][-40:]))
    for s in g['skipped']:
        if s not in full:
            print('SKIPPED NOT IN TEXT', gp, repr(s)); errors += 1
        for m in re.finditer(re.escape(s), t):
            for i in range(max(0, m.start()-1), min(len(t), m.end()+2)):
                covered[i] = True
    for e in g['entities']:
        for a in [e['name']] + e.get('aliases', []):
            if a not in full:
                print('  note: entity form not in text:', os.path.basename(gp), repr(a))
    for m in re.finditer('"', t):
        i = m.start()
        if covered[i]:
            continue
        apos = i > 0 and (t[i-1].isalnum() or t[i-1] == '>') and (i+1 < len(t) and (t[i+1] == 's' or t[i+1] == ' '))
        ctx = t[max(0, i-25):i+25].replace('\n', ' ')
        print(('  apostrophe-like " ' if apos else 'UNCOVERED " ') + os.path.basename(gp) + ': ...' + ctx + '...')
        if not apos:
            errors += 1
    print(os.path.basename(gp), 'quotes', len(g['quotes']), 'skipped', len(g['skipped']), 'entities', len(g['entities']))
print('ERRORS', errors)
sys.exit(1 if errors else 0)
