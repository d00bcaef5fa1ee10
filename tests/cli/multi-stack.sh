#!/usr/bin/env bash
# The real cdk CLI over examples/multi-stack (three stacks: Worker, Shared, and Prod/Service in a
# Stage; a cross-stack reference; an SSM parameter and availability zones looked up), ccdk's app
# (cdk.json) beside aws-cdk-lib's (app.js, run by the same CLI with `--app "node app.js"`, so both
# get the very same context):
#   - before cdk.context.json has the lookups: `cdk synth --no-lookups` fails naming the missing keys;
#     ccdk's manifest.json reports them as aws-cdk-lib's does. With lookups on and no AWS account
#     here, the CLI's lookups fail: it reruns the app with the provider errors, which go into the
#     stack's metadata; `cdk synth` (the top-level stacks) succeeds and `cdk synth Prod/Service`
#     fails with the CLI's "Need to perform AWS calls ..." message, for both apps alike, and nothing
#     is written into cdk.context.json.
#   - cdk.context.json written by hand with the keys the app reported: `cdk ls` lists the stacks as
#     it lists aws-cdk-lib's (and shows Worker's dependency on Shared), `cdk synth Worker` prints the
#     template, nothing is missing any more and the looked-up values are in the template, and
#     `cdk diff --template <aws-cdk-lib's template>` finds no difference for every stack (the
#     templates are also compared byte for byte), while it does notice a change.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT/examples/multi-stack"
pass=0; fail=0
ok() { echo "ok: $*"; pass=$((pass + 1)); }
ko() { echo "FAIL: $*"; fail=$((fail + 1)); }
# no AWS account, and nothing that could find one (IMDS, the user's profiles)
export CDK_DISABLE_VERSION_CHECK=1 CI=true AWS_EC2_METADATA_DISABLED=true
export AWS_SHARED_CREDENTIALS_FILE=/nonexistent AWS_CONFIG_FILE=/nonexistent
unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN AWS_PROFILE AWS_DEFAULT_PROFILE
CDK="$ROOT/node_modules/.bin/cdk"
tmp=$(mktemp -d)
[ -e cdk.context.json ] && mv cdk.context.json "$tmp/saved-context.json"
cleanup() {
  rm -rf cdk.out cdk.context.json
  [ -e "$tmp/saved-context.json" ] && mv "$tmp/saved-context.json" cdk.context.json
  rm -rf "$tmp"
}
trap cleanup EXIT
rm -rf cdk.out
js() { "$CDK" --app "node app.js" -o "$tmp/js" "$@"; }
missing_of() { node -e 'const m = require(process.argv[1]); console.log(JSON.stringify(m.missing || []))' "$1"; }

# ---- before the lookups
out=$("$CDK" synth --no-lookups 2>&1); rc=$?
az='availability-zones:account=123456789012:region=eu-west-1'
ssmk='ssm:account=123456789012:parameterName=/multi-stack/greeting:region=eu-west-1'
if [ $rc -ne 0 ] && grep -qF "Missing context keys: '$az, $ssmk'" <<<"$out"; then
  ok "cdk synth --no-lookups fails naming the missing context keys"
else
  ko "cdk synth --no-lookups (exit $rc): $out"
fi
CDK_OUTDIR="$tmp/js0" node app.js >/dev/null 2>&1 || ko "aws-cdk-lib app failed"
for m in manifest.json assembly-Prod/manifest.json; do
  a=$(missing_of "$PWD/cdk.out/$m"); b=$(missing_of "$tmp/js0/$m")
  if [ "$a" = "$b" ] && [ "$a" != "[]" ]; then ok "$m: missing context as aws-cdk-lib reports it"; else ko "$m missing: ccdk $a, aws-cdk-lib $b"; fi
done

out=$("$CDK" synth 2>&1); rc=$?; out_js=$(js synth 2>&1); rc_js=$?
if [ $rc -eq 0 ] && [ $rc_js -eq 0 ] && grep -q 'Successfully synthesized' <<<"$out"; then
  ok "cdk synth with failing lookups (no AWS credentials): the top-level stacks synthesize, as aws-cdk-lib's"
else
  ko "cdk synth (exit $rc, aws-cdk-lib's $rc_js): $out"
fi
msg='Need to perform AWS calls for account 123456789012, but no credentials have been configured'
out=$("$CDK" synth Prod/Service 2>&1); rc=$?; out_js=$(js synth Prod/Service 2>&1); rc_js=$?
if [ $rc -ne 0 ] && [ $rc_js -ne 0 ] && grep -qF "$msg" <<<"$out" && grep -qF "$msg" <<<"$out_js"; then
  ok "cdk synth Prod/Service fails as for aws-cdk-lib: \"$msg\""
else
  ko "cdk synth Prod/Service (exit $rc, aws-cdk-lib's $rc_js): $out"
fi
if node -e 'const c = require(process.argv[1]); process.exit(Object.keys(c).length === 0 ? 0 : 1)' "$PWD/cdk.context.json" 2>/dev/null || [ ! -e cdk.context.json ]; then
  ok "failed lookups are not written into cdk.context.json"
else
  ko "cdk.context.json after failed lookups: $(cat cdk.context.json)"
fi

# ---- cdk.context.json by hand, with the keys the app reported missing
node -e '
const m = require(process.argv[1]);
const values = { "availability-zones": ["eu-west-1a", "eu-west-1b", "eu-west-1c"], ssm: "hello from cdk.context.json" };
const ctx = {};
for (const x of m.missing) ctx[x.key] = values[x.provider];
require("fs").writeFileSync("cdk.context.json", JSON.stringify(ctx, null, 2) + "\n");' "$PWD/cdk.out/manifest.json"

out=$("$CDK" ls 2>/dev/null); rc=$?; out_js=$(js ls 2>/dev/null)
want=$'Worker\nShared\nProd/Service (Prod-Service)'
if [ $rc -eq 0 ] && [ "$out" = "$want" ] && [ "$out" = "$out_js" ]; then
  ok "cdk ls lists the stacks as for aws-cdk-lib's app"
else
  ko "cdk ls (exit $rc): [$out] aws-cdk-lib's: [$out_js]"
fi
out=$("$CDK" ls --show-dependencies 2>/dev/null); out_js=$(js ls --show-dependencies 2>/dev/null)
deps=$(grep -A2 -- '- id: Worker' <<<"$out")
if [ "$out" = "$out_js" ] && grep -q -- '- id: Shared' <<<"$deps"; then
  ok "cdk ls --show-dependencies: Worker depends on Shared, as for aws-cdk-lib's app"
else
  ko "cdk ls --show-dependencies: [$out] aws-cdk-lib's: [$out_js]"
fi

out=$("$CDK" synth Worker 2>/dev/null); rc=$?
if [ $rc -eq 0 ] && grep -q 'Fn::ImportValue: Shared:ExportsOutput' <<<"$out"; then
  ok "cdk synth Worker prints the template (Fn::ImportValue of Shared's export)"
else
  ko "cdk synth Worker (exit $rc): $out"
fi
out=$("$CDK" synth Prod/Service 2>&1); rc=$?
T="cdk.out/assembly-Prod/ProdServiceC810982D.template.json"
if [ $rc -eq 0 ] && [ "$(missing_of "$PWD/cdk.out/manifest.json")" = "[]" ] &&
   [ "$(missing_of "$PWD/cdk.out/assembly-Prod/manifest.json")" = "[]" ] &&
   grep -q '"hello from cdk.context.json"' "$T" && grep -q '"eu-west-1a,eu-west-1b,eu-west-1c"' "$T"; then
  ok "with cdk.context.json nothing is missing and the looked-up values are in the template"
else
  ko "cdk synth Prod/Service with cdk.context.json (exit $rc): $out"
fi

# ---- cdk diff against aws-cdk-lib's templates (its app synthesized by the same CLI, same context)
rm -rf "$tmp/js"; js synth -q >/dev/null 2>&1 || ko "aws-cdk-lib app under the CLI failed"
"$CDK" synth -q >/dev/null 2>&1 || ko "ccdk app under the CLI failed"
for s in Worker:Worker.template.json Shared:Shared.template.json Prod/Service:assembly-Prod/ProdServiceC810982D.template.json; do
  id=${s%%:*}; f=${s#*:}
  out=$("$CDK" diff --fail --exclusively --template "$tmp/js/$f" "$id" 2>&1); rc=$?
  if [ $rc -eq 0 ] && grep -q 'There were no differences' <<<"$out"; then
    ok "cdk diff --template <aws-cdk-lib's $f> $id: no differences"
  else
    ko "cdk diff $id (exit $rc): $out"
  fi
  if cmp -s "cdk.out/$f" "$tmp/js/$f"; then ok "$f identical to aws-cdk-lib's"; else ko "$f differs from aws-cdk-lib's"; fi
done
sed 's/hello from cdk.context.json/changed/' "$tmp/js/assembly-Prod/ProdServiceC810982D.template.json" > "$tmp/changed.json"
"$CDK" diff --fail --exclusively --template "$tmp/changed.json" Prod/Service >/dev/null 2>&1
if [ $? -ne 0 ]; then ok "cdk diff notices a changed template"; else ko "cdk diff missed a change"; fi

echo "cli: $pass passed, $fail failed"
[ $fail -eq 0 ]
