#!/usr/bin/env python3
# cmp.py VARIANTS RUNC DIR: runs the C side and compares with DIR/js.json: aws-cdk-lib's OK must be
# ccdk's, aws-cdk-lib's error message must be among ccdk's errors. Exit 1 on a mismatch.
import json, subprocess, sys
vs=json.load(open(sys.argv[1]))
inp=''.join(f"{v['sn']}\t{json.dumps(v['cfn'])}\n" for v in vs)
c=subprocess.run([sys.argv[2], sys.argv[3]],input=inp,capture_output=True,text=True,check=True).stdout.split('\n')
js=json.load(open(sys.argv[3]+'/js.json'))
bad=0
for i,(v,j) in enumerate(zip(vs,js)):
    cc=c[i]
    if j=='OK':
        ok = cc=='OK'
    else:
        msg=j[4:]
        ok = cc.startswith('ERR') and msg.replace('\n','\\n') in cc
    if not ok:
        bad+=1
        if bad <= 10: print(f"--- {i} {v['cls']} {json.dumps(v['cfn'])[:300]}\n  JS: {j[:400]!r}\n  C : {cc[:400]!r}")
ok=sum(1 for j in js if j=="OK")
print(f"l1-sweep: {len(vs)-bad} passed, {bad} failed ({len(vs)} variants: {ok} valid, {len(vs)-ok} errors in aws-cdk-lib)")
sys.exit(1 if bad else 0)
