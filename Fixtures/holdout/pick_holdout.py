import gzip,json,random,os
existing={f[:-5] for f in os.listdir('/work/main/Fixtures/articles') if f.endswith('.json')}
SEED=20240601
def load(p):
    return [json.loads(l) for l in gzip.open(p,'rt',encoding='utf-8')]
def nq_it(t): return sum(t.count(c) for c in '«»“”')
def nq_en(t): return t.count('"')
res={}
for name,p,f in [('it','/work/shared/corpus/it_dice_crime_news.jsonl.gz',nq_it),('en','/work/shared/corpus/en_reuters21578.jsonl.gz',nq_en)]:
    recs=load(p)
    elig=[r for r in recs if f(r['text'])>=4 and len(r['text'])<5000 and r['id'] not in existing]
    elig.sort(key=lambda r:r['id'])
    rng=random.Random(SEED)
    pick=rng.sample(elig,6)
    print(name,len(recs),'eligible',len(elig),[ (r['id'],len(r['text']),f(r['text'])) for r in pick])
    res[name]=pick
json.dump(res,open('/tmp/holdout_pick.json','w'),ensure_ascii=False)
