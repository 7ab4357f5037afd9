# Helper used to produce seed004-*.json (hand-verified). Reads only the seed file.
import json, re
P='/work/main/seeds/004_0cdacc11dfb66760.txt'
L=open(P,encoding='utf-8').read().split('\n')
def ln(n): return L[n-1]
AREAS=[(98,'Framtidens kommunala service'),(383,'Framtidens kommunala förvaltning'),(569,'Handlingsplanens metodstöd')]
SUBS=[(146,'Barnomsorg och utbildning'),(187,'Socialtjänst'),(224,'Infrastruktur och skydd'),(265,'Kultur och fritid'),
      (300,'Näringsliv och arbetsmarknad'),(339,'Bygga och bo'),(426,'Styrning och ledning'),(465,'Verksamhetsstöd'),
      (502,'IT-leverans'),(535,'Regionala och nationella initiativ'),(614,'Metodramverk för digitalisering'),(651,'Portföljstyrningsprocess')]
# section ends (last line of section, inclusive)
ENDS={146:186,187:223,224:264,265:299,300:338,339:379,426:464,465:501,502:534,535:565,614:650,651:685}
def area_of(n):
    a=None
    for s,name in AREAS:
        if n>s: a=name
    return a
OWNER_OVERRIDE={
 # raw owner text -> list (cases that are not plain comma/och lists)
 'SKR, Adda och Inera som har lett arbetet tillsammans.':['SKR','Adda','Inera'],
 'VGR tillsammans med flertalet andra aktörer':['VGR'],
 'Forskningskonsortiet Digital förvaltning med hjälp av Adda.':['Forskningskonsortiet Digital förvaltning','Adda'],
}
def split_owners(raw):
    if raw in OWNER_OVERRIDE: return OWNER_OVERRIDE[raw]
    r=raw.strip()
    if r.endswith('.') and not r.endswith('Verksamt.se'): r=r[:-1]
    parts=[]
    for c in r.split(', '):
        parts+= c.split(' och ')
    return [p.strip() for p in parts if p.strip()]
inits=[]; goals=[]
for (h,sub) in SUBS:
    end=ENDS[h]
    # collect nonblank lines in (h, end]
    rows=[(n,ln(n)) for n in range(h+1,end+1) if ln(n).strip()]
    # bullets: leading single space
    bidx=[i for i,(n,t) in enumerate(rows) if t.startswith(' ')]
    pre=rows[:bidx[0]]
    # description: lines until first goal line (determined by hand below)
    blocks=[]
    for k,i in enumerate(bidx):
        j=bidx[k+1] if k+1<len(bidx) else len(rows)
        blocks.append(rows[i:j])
    for b in blocks:
        text=' '.join(t.strip() for n,t in b)
        m=re.match(r'(.+?)[:;] (.*)$',text)
        name,rest=m.group(1),m.group(2)
        dm=re.search(r'\s*\bDrivs\s+av\s+(.*)$',rest)
        if dm:
            desc=rest[:dm.start()].strip(); owners=split_owners(dm.group(1).strip()); raw=dm.group(1).strip()
        else:
            desc=rest.strip(); owners=[]; raw=None
        inits.append(dict(area=area_of(h),subarea=sub,name=name,description=desc,driven_by=owners,lines=[b[0][0],b[-1][0]],_raw=raw))
    goals.append((h,sub,end,pre))
for h,sub,end,pre in goals:
    pass
    pass

# ---- final outputs ----
def join(a,b):
    return ' '.join(ln(n).strip() for n in range(a,b+1) if ln(n).strip())
out=[{k:v for k,v in x.items() if k!='_raw'} for x in inits]
json.dump(out,open('/work/main/notes/seed004-initiatives.json','w'),ensure_ascii=False,indent=2)
# goals: (heading, desc_first, desc_last, goal_first, goal_last) hand-determined
G={146:(148,158,160,162),187:(189,197,199,201),224:(226,236,238,238),265:(267,275,277,277),300:(302,312,314,314),
   339:(341,351,353,355),426:(428,436,438,440),465:(467,473,475,477),502:(504,512,514,516),535:(537,543,545,545),
   614:(616,626,628,630),651:(653,663,665,667)}
subs=[]
for h,sub in SUBS:
    d0,d1,g0,g1=G[h]
    gl=[]
    for n in range(g0,g1+1):
        t=ln(n).strip()
        if not t: continue
        for part in re.split(r'\.\s+',t):
            part=part.strip().rstrip('.').strip()
            if part: gl.append(part)
    subs.append(dict(area=area_of(h),subarea=sub,heading_line=h,description=join(d0,d1),description_lines=[d0,d1],
        linked_goals=gl,goals_lines=[g0,g1],lines=[h,ENDS[h]],
        initiative_count=sum(1 for x in out if x['subarea']==sub)))
FA=[(98,'Framtidens kommunala service',(100,110),[(112,114),(116,118),(120,122)],(124,134)),
    (383,'Framtidens kommunala förvaltning',(385,395),[(397,401),(403,407),(409,415)],(417,425)),
    (569,'Handlingsplanens metodstöd',(571,581),[(583,589),(591,595),(597,603)],(605,613))]
fas=[]
for h,name,intro,asp,concl in FA:
    al=[]
    for a,b in asp:
        t=join(a,b); nm,tx=t.split(': ',1)
        al.append(dict(name=nm,text=tx,lines=[a,b]))
    fas.append(dict(area=name,heading_line=h,description=join(*intro),description_lines=list(intro),
        aspects=al,conclusion=join(*concl),conclusion_lines=list(concl),lines=[h,concl[1]],
        subareas=[s for hh,s in SUBS if area_of(hh)==name]))
json.dump(dict(focus_areas=fas,subareas=subs),open('/work/main/notes/seed004-goals.json','w'),ensure_ascii=False,indent=2)
