#!/usr/bin/env bash
# `ccdk lint`: a test per rule (tests/tool/lint/cases.js) over an assembly ccdk synthesizes from
# tests/tool/lint/app.c. Prints "tool: N passed, M failed" (make test totals it).
set -u
cd "$(dirname "$0")/../.."
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
${CC:-cc} -std=c11 -Iinclude -o "$T/app" tests/tool/lint/app.c build/libccdk.a -lpthread -lm || { echo "tool: 0 passed, 1 failed (cannot build the lint app)"; exit 1; }
(cd tests/tool/lint && CDK_OUTDIR=$T/base "$T/app") || { echo "tool: 0 passed, 1 failed (the lint app did not synthesize)"; exit 1; }
mkdir -p "$T/work"
node tests/tool/lint/cases.js "${CCDK:-$PWD/build/ccdk}" "$T/base" "$T/work" | tee "$T/log"
rc=${PIPESTATUS[0]}
# aws-cdk-lib's assembly of the twin app.js: clean, then MemorySize 10241 on its function
extra=0; extra_fail=0
if [ -d node_modules/aws-cdk-lib ]; then
  (cd tests/tool/lint && CDK_OUTDIR=$T/js node app.js >/dev/null 2>&1)
  if "${CCDK:-build/ccdk}" lint "$T/js" --json >"$T/js.json" 2>/dev/null && node -e "process.exit(JSON.parse(require('fs').readFileSync('$T/js.json','utf8')).findings.length === 0 ? 0 : 1)"; then
    echo "ok: lint aws-cdk-lib's assembly: no findings"; extra=$((extra + 1))
  else echo "FAIL lint aws-cdk-lib's assembly: findings or an error: $(cat "$T/js.json")"; extra_fail=$((extra_fail + 1)); fi
  node -e "const f='$T/js/LintStack.template.json', fs=require('fs'), t=JSON.parse(fs.readFileSync(f,'utf8'));
    for (const r of Object.values(t.Resources)) if (r.Type === 'AWS::Lambda::Function') r.Properties.MemorySize = 10241;
    fs.writeFileSync(f, JSON.stringify(t, null, 1));"
  build/ccdk lint "$T/js" --json >"$T/js.json" 2>/dev/null; jrc=$?
  if [ $jrc = 1 ] && node -e "const j=JSON.parse(require('fs').readFileSync('$T/js.json','utf8')); process.exit(j.findings.length === 1 && j.findings[0].rule === 'CL003' && j.findings[0].constructPath === 'LintStack/Fn/Resource' && j.findings[0].stack === 'LintStack' ? 0 : 1)"; then
    echo "ok: lint aws-cdk-lib's assembly: MemorySize 10241 on LintStack/Fn/Resource (its metadata file)"; extra=$((extra + 1))
  else echo "FAIL lint aws-cdk-lib's assembly: rc=$jrc $(cat "$T/js.json")"; extra_fail=$((extra_fail + 1)); fi
fi
[ $extra_fail = 0 ] || rc=1
sed -n 's/^lint: \([0-9]*\) passed, \([0-9]*\) failed.*/\1 \2/p' "$T/log" | tail -1 | {
  read -r p f; echo "tool: $((p + extra)) passed, $((f + extra_fail)) failed"; }
exit "$rc"
