"""Draws person-entity pairs from a knowledge base of ../shared/corpus for hand labelling (Fixtures/entity-pairs).

Usage: python3 scripts/entity_pairs_draw.py KB.sqlite /tmp/pairs.jsonl
Each line holds two article entities of different articles (DICE and Reuters only: BBC text may not be copied) with
a little context of their mentions, to be read and labelled same/different by hand. Seeded, so it draws the same
pairs from the same database.
"""
import sqlite3, random, re, json, unicodedata, sys
db = sqlite3.connect(sys.argv[1])
random.seed(16)
def key(s):
    s = unicodedata.normalize('NFKD', s.lower())
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return ' '.join(re.findall(r"[\w']+", s))
rows = db.execute("""select x.article_id, x.entity_id, x.name, a.source, a.lang, a.title, a.published, a.content_hash
  from article_entities x join articles a on a.id = x.article_id where x.kind='person' and x.name is not null
  and a.lang in ('it','en') and a.source not like '%bbc%'""").fetchall()
ents = []
for art, eid, name, src, lang, title, pub, h in rows:
    w = key(name).split()
    if not w: continue
    ents.append(dict(article=art, entity=eid, name=name, words=w, source=src, lang=lang, title=title, published=pub, hash=h))
bysurname = {}
for e in ents: bysurname.setdefault(e['words'][-1], []).append(e)
firsts = {}
for e in ents:
    if len(e['words'])>=2: firsts.setdefault(e['words'][0], []).append(e)
pairs=[]; seen=set()
def add(a,b,cat):
    if a['article']==b['article']: return False
    k=tuple(sorted([(a['article'],a['name']),(b['article'],b['name'])]))
    if k in seen: return False
    seen.add(k); pairs.append((cat,a,b)); return True
sur = [s for s,l in bysurname.items() if any(len(e['words'])==1 for e in l) and any(len(e['words'])>=2 for e in l)]
random.shuffle(sur)
n=0
for s in sur:
    l=bysurname[s]; singles=[e for e in l if len(e['words'])==1]; fulls=[e for e in l if len(e['words'])>=2]
    if add(random.choice(singles), random.choice(fulls), 'surname-full'): n+=1
    if n>=110: break
fullkeys={}
for e in ents:
    if len(e['words'])>=2: fullkeys.setdefault(''.join(e['words']),[]).append(e)
fk=[k for k,l in fullkeys.items() if len({e['article'] for e in l})>=2]; random.shuffle(fk)
n=0
for k in fk:
    l=fullkeys[k]; a,b=random.sample(l,2)
    if add(a,b,'same-full'): n+=1
    if n>=100: break
n=0
random.shuffle(sur)
for s,l in list(bysurname.items()):
    pass
ss=[s for s,l in bysurname.items() if len({''.join(e['words']) for e in l if len(e['words'])>=2})>=2]; random.shuffle(ss)
for s in ss:
    fulls=[e for e in bysurname[s] if len(e['words'])>=2]
    a=random.choice(fulls); others=[e for e in fulls if ''.join(e['words'])!=''.join(a['words'])]
    if add(a, random.choice(others), 'other-first'): n+=1
    if n>=60: break
n=0
singles=[e for e in ents if len(e['words'])==1 and e['words'][0] in firsts]; random.shuffle(singles)
for e in singles:
    if add(e, random.choice(firsts[e['words'][0]]), 'first-full'): n+=1
    if n>=45: break
def context(e):
    body, title = db.execute("select body, title from articles where id=?", (e['article'],)).fetchone()
    ms = db.execute("select part,start,\"end\",surface from mentions where article_id=? and entity_id=? order by start limit 3",(e['article'],e['entity'])).fetchall()
    out=[]
    for part,s,t,surf in ms[:2]:
        text = body if part=='body' else (title or '')
        cs=max(0,s-110); out.append(text[cs:t+90].replace('\n',' '))
    roles=[r for (r,) in db.execute("select role from entity_roles where article_id=? and entity_id=?",(e['article'],e['entity']))]
    return ' | '.join(out), roles
with open(sys.argv[2],'w') as f:
    for i,(cat,a,b) in enumerate(pairs):
        rec={'pair':i,'category':cat}
        for tag,e in (('a',a),('b',b)):
            c,r=context(e)
            rec[tag]=dict(source=e['source'].split('/')[-1], hash=e['hash'], name=e['name'], published=e['published'], title=e['title'], roles=r, context=c)
        f.write(json.dumps(rec, ensure_ascii=False)+'\n')
print(len(pairs))
