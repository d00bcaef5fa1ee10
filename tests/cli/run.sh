#!/usr/bin/env bash
# The cdk CLI accepts ccdk's cloud assembly: `cdk ls` lists the example's stack, `cdk synth` prints
# its template, and `cdk diff --template T --fail` against the template aws-cdk-lib writes for the
# same app (path metadata on, version reporting off) finds no differences. The templates are also
# compared byte for byte.
set -uo pipefail
cd "$(dirname "$0")/../../examples/hello-lambda"
pass=0; fail=0
ok() { echo "ok: $*"; pass=$((pass + 1)); }
ko() { echo "FAIL: $*"; fail=$((fail + 1)); }
export CDK_DISABLE_VERSION_CHECK=1 CI=true
tmp=$(mktemp -d); trap 'rm -rf "$tmp" cdk.out' EXIT
rm -rf cdk.out

out=$(npx --no-install cdk ls 2>&1)
if printf '%s\n' "$out" | grep -qx 'HelloLambdaStack'; then ok "cdk ls lists HelloLambdaStack"; else ko "cdk ls: $out"; fi

out=$(npx --no-install cdk synth HelloLambdaStack 2>&1)
if printf '%s\n' "$out" | grep -q 'Type: AWS::Lambda::Function' && printf '%s\n' "$out" | grep -q 'Runtime: nodejs16.x'; then
  ok "cdk synth prints the template"
else
  ko "cdk synth: $out"
fi

ctx='{"aws:cdk:enable-path-metadata":true,"aws:cdk:enable-asset-metadata":true,"aws:cdk:disable-version-reporting":true}'
CDK_OUTDIR="$tmp/js" CDK_CONTEXT_JSON="$ctx" node app.js >/dev/null 2>&1 || ko "aws-cdk-lib app failed"
T="$tmp/js/HelloLambdaStack.template.json"
out=$(npx --no-install cdk diff --fail --template "$T" HelloLambdaStack 2>&1); rc=$?
if [ $rc -eq 0 ] && printf '%s\n' "$out" | grep -q 'There were no differences'; then
  ok "cdk diff --template <aws-cdk-lib template> reports no differences"
else
  ko "cdk diff (exit $rc): $out"
fi
if cmp -s cdk.out/HelloLambdaStack.template.json "$T"; then ok "template identical to aws-cdk-lib's"; else ko "template differs from aws-cdk-lib's"; fi

# The diff must notice a change: a template with another runtime differs.
sed 's/nodejs16.x/nodejs18.x/' "$T" > "$tmp/changed.json"
npx --no-install cdk diff --fail --template "$tmp/changed.json" HelloLambdaStack >/dev/null 2>&1
if [ $? -ne 0 ]; then ok "cdk diff notices a changed template"; else ko "cdk diff missed a change"; fi

echo "cli: $pass passed, $fail failed"
[ $fail -eq 0 ]
