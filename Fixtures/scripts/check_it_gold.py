import sys
import json,glob,os,sys
PAT=sys.argv[1] if len(sys.argv)>1 else 'dice-*.json'
base=os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'); bad=0
arts={os.path.basename(p) for p in glob.glob(base+'/articles/'+PAT)}
for p in sorted(glob.glob(base+'/gold/'+PAT)):
    g=json.load(open(p))                                   # valid JSON
    assert set(g)>={"file","lang","title","published","author","quotes","skipped","entities"}, p
    if g['file'] not in arts or g['file']!=os.path.basename(p): print('FILE MISMATCH',p); bad+=1; continue
    a=json.load(open(base+'/articles/'+g['file']))
    assert list(a)==['id','lang','source','url','title','published','author','text'] and a['id']+'.json'==g['file']
    assert (g['title'],g['published'],g['author'])==(a['title'],a['published'],a['author'])
    for q in g['quotes']:
        assert q['kind'] in ('direct','partial','headline') and isinstance(q['speakers'],list)
        if q['text'] not in a['text']: print('QUOTE NOT VERBATIM',p,q['text'][:60]); bad+=1
    for s in g['skipped']:
        if s not in a['text']: print('SKIPPED NOT FOUND',p,s); bad+=1
    print(f"{g['file']:22} quotes={len(g['quotes']):3} skipped={len(g['skipped']):2} entities={len(g['entities']):3} chars={len(a['text'])}")
print('gold files:',len(glob.glob(base+'/gold/'+PAT)),'articles:',len(arts),'problems:',bad); sys.exit(bad>0)
