#!/usr/bin/env bash
# `ccdk invoke` and `ccdk gc` (the `ccdk` command, tools/ccdk) over a ccdk-synthesized assembly of
# tests/tool/app.c, and `ccdk invoke` over aws-cdk-lib's assembly of its twin app.js: node (an
# asset, a layer, an environment variable holding a Ref, a callback handler), python (inline),
# provided (a C bootstrap compiled here); a handler error, an init error, a timeout, a 7 MB
# response; a function that does not exist; the interpreter version warning; gc of an unused
# asset; ls against `cdk ls`; `ccdk serve` (serve.sh).
set -u
cd "$(dirname "$0")/../.."
ROOT=$PWD
CCDK=${CCDK:-$ROOT/build/ccdk}  # make tool-san: the ASan+UBSan build
pass=0; fail=0
ok() { echo "ok: $1"; pass=$((pass + 1)); }
ko() { echo "FAIL $1"; fail=$((fail + 1)); }
check() { # name, then a command that must succeed
  local name=$1; shift
  if "$@"; then ok "$name"; else ko "$name"; fi
}
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
export XDG_CACHE_HOME=$T/cache
mkdir -p "$T/provided"
${CC:-cc} -O2 -o "$T/provided/bootstrap" tests/tool/provided/main.c || { echo "FAIL cannot build the provided bootstrap"; exit 1; }
${CC:-cc} -std=c11 -Iinclude -o "$T/app" tests/tool/app.c build/libccdk.a -lpthread -lm || { echo "FAIL cannot build the app"; exit 1; }
(cd tests/tool && CDK_OUTDIR=$T/out "$T/app" "$T/provided") || { echo "FAIL the app did not synthesize"; exit 1; }

inv() { # invoke: stdout to $T/res, stderr to $T/err, the exit status to $T/rc
  "$CCDK" invoke "$@" >"$T/res" 2>"$T/err"; echo $? >"$T/rc"
}
has() { grep -q -- "$2" "$T/$1"; }
rc_is() { [ "$(cat "$T/rc")" = "$1" ]; }
json() { node -e "const r=JSON.parse(require('fs').readFileSync('$T/res','utf8')); process.exit(($1) ? 0 : 1)"; }

echo '{"name":"ccdk"}' >"$T/event.json"
inv ToolStack/Node --assembly "$T/out" --event "$T/event.json"
check "node: the result, with a layer's module and the template's environment" \
  json "r.hello === 'hello, ccdk (from a layer)' && r.stage === 'test' && r.queue === 'Queue4A7E3555' && r.remaining && /^[0-9a-f-]{36}\$/.test(r.requestId)"
check "node: exit status 0" rc_is 0
check "node: the Ref is a placeholder, with a warning" has err 'QUEUE_URL is {"Ref":"Queue4A7E3555"}'
check "node: START, END and REPORT lines, and the function's own log" \
  bash -c "grep -q '^START RequestId: ' '$T/err' && grep -q '^END RequestId: ' '$T/err' && grep -q $'^REPORT RequestId: .*\tDuration: .* ms\tBilled Duration: .* ms\tMemory Size: 128 MB\tMax Memory Used: [0-9]* MB' '$T/err' && grep -q 'log line from the handler' '$T/err'"
(cd "$T" && "$CCDK" invoke ToolStack/Node --assembly out --event "$T/event.json" >"$T/res" 2>"$T/err")
check "node: an assembly given as a relative path (the function runs in its own directory)" \
  json "r.hello === 'hello, ccdk (from a layer)'"
echo '{"Parameters": {"STAGE": "prod"}, "Node": {"QUEUE_URL": "https://sqs.local/q"}}' >"$T/env.json"
inv Node --assembly "$T/out" --env-vars "$T/env.json"
check "node: --env-vars (SAM's format) over the template; a path without the stack" \
  json "r.stage === 'prod' && r.queue === 'https://sqs.local/q'"
inv ToolStack/NodeCallback --assembly "$T/out" --event <(echo '{"n": 7}')
check "node: a callback handler" json "r.via === 'callback' && r.n === 7"
inv ToolStack/Node --assembly "$T/out" --event <(echo '{"fail": true}')
check "node: a handler error is Lambda's error JSON, exit status 1" \
  bash -c "[ \$(cat $T/rc) = 1 ] && node -e \"const r=JSON.parse(require('fs').readFileSync('$T/res','utf8')); process.exit(r.errorType==='TypeError' && r.errorMessage==='asked to fail' && Array.isArray(r.trace) ? 0 : 1)\""
inv ToolStack/NodeMissing --assembly "$T/out"
check "node: an init error (handler not exported)" json "r.errorType === 'Runtime.HandlerNotFound'"
start=$(date +%s%N)
inv ToolStack/Node --assembly "$T/out" --event <(echo '{"sleep": 5000}')
elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
check "node: killed at its 2 s timeout (${elapsed} ms)" \
  bash -c "[ $elapsed -lt 4500 ] && [ \$(cat $T/rc) = 1 ] && grep -q 'Task timed out after 2.00 seconds' '$T/res'"
inv ToolStack/Node --assembly "$T/out" --event <(echo '{"big": 7340032}')
check "node: a 7 MB response is Lambda's ResponseSizeTooLarge" json "r.errorType === 'Function.ResponseSizeTooLarge'"
inv ToolStack/Python --assembly "$T/out" --event <(echo '{"a": 2, "b": 40}')
check "python: inline code" json "r.sum === 42 && r.name === 'ToolStack-Python2FE1CBAA' || r.sum === 42"
# the function's python3.12 when there is one (pyenv's installed versions too), else python3 with
# a warning that names its version
ran=$(node -e "console.log(JSON.parse(require('fs').readFileSync('$T/res','utf8')).python)")
if [ "$ran" = 3.12 ]; then
  check "python: run by a python3.12 (the function's runtime), no version warning" bash -c "! grep -q 'warning: the function.s runtime' '$T/err'"
else
  check "python: no python3.12 here: python3 $ran, with a warning that it is not the function's python3.12" \
    grep -q "ccdk: warning: the function's runtime is python3.12, the local python3 is $ran\\." "$T/err"
fi
inv ToolStack/Python --assembly "$T/out" --event <(echo '{"fail": true}')
check "python: a handler error" json "r.errorType === 'ValueError' && r.errorMessage === 'python says no'"
inv ToolStack/Provided --assembly "$T/out"
check "provided: the function's own bootstrap" json "r.from === 'provided' && r.handler === 'not.used'"
inv ToolStack/Nope --assembly "$T/out"
check "a function that does not exist: one line, exit status 2" \
  bash -c "[ \$(cat $T/rc) = 2 ] && [ \$(wc -l < $T/err) = 1 ] && grep -q 'no Lambda function' '$T/err'"
PATH=/nonexistent "$CCDK" invoke ToolStack/Python --assembly "$T/out" >"$T/res" 2>"$T/err"; echo $? >"$T/rc"
check "a missing interpreter: one line, exit status 2" \
  bash -c "[ \$(cat $T/rc) = 2 ] && [ \$(wc -l < $T/err) = 1 ] && grep -q 'python3 is not installed' '$T/err'"
inv ToolStack/Node --assembly "$T/nowhere"
check "no assembly: one line, exit status 2" bash -c "[ \$(cat $T/rc) = 2 ] && [ \$(wc -l < $T/err) = 1 ]"

# aws-cdk-lib's assembly of the same app (its metadata is in <stack>.metadata.json)
if [ -d node_modules/aws-cdk-lib ]; then
  (cd tests/tool && CDK_OUTDIR=$T/js node app.js >/dev/null 2>&1)
  inv ToolStack/Node --assembly "$T/js" --event "$T/event.json"
  check "aws-cdk-lib's assembly: the same function runs" \
    json "r.hello === 'hello, ccdk (from a layer)' && r.stage === 'test' && r.queue === 'Queue4A7E3555'"
fi

# gc: an asset no manifest names goes, the others stay
mkdir -p "$T/out/asset.0000000000000000000000000000000000000000000000000000000000000000"
n_before=$(ls -d "$T/out"/asset.* | wc -l)
"$CCDK" gc "$T/out" --dry-run >"$T/res" 2>/dev/null
check "gc --dry-run lists the unused asset only" \
  bash -c "[ \$(wc -l < $T/res) = 1 ] && grep -q 'asset.0000' '$T/res' && [ -d '$T/out/asset.0000000000000000000000000000000000000000000000000000000000000000' ]"
"$CCDK" gc "$T/out" >/dev/null 2>&1
check "gc removes it and keeps the rest" bash -c "[ \$(ls -d $T/out/asset.* | wc -l) = $((n_before - 1)) ] && [ ! -e '$T/out/asset.0000000000000000000000000000000000000000000000000000000000000000' ]"
inv ToolStack/Node --assembly "$T/out" --event "$T/event.json"
check "after gc the functions still run" json "r.hello === 'hello, ccdk (from a layer)'"

# ls: the stacks as the cdk CLI lists them (stages, stack names, the manifest's order), ccdk's assemblies
if [ -x node_modules/.bin/cdk ]; then
  for c in core-stage core-cross-stack-references; do
    ${CC:-cc} -std=c11 -Iinclude -o "$T/$c" "tests/conformance/cases/$c/app.c" build/libccdk.a -lpthread -lm
    (cd "tests/conformance/cases/$c" && CDK_OUTDIR=$T/ls-$c "$T/$c" 2>/dev/null)
    "$CCDK" ls --assembly "$T/ls-$c" >"$T/ls-ccdk" 2>&1
    (cd "$T" && "$ROOT/node_modules/.bin/cdk" ls --app "$T/ls-$c" --no-version-reporting) >"$T/ls-cdk" 2>/dev/null
    check "ls: $c as \`cdk ls\` lists it" bash -c "[ -s '$T/ls-ccdk' ] && cmp -s '$T/ls-ccdk' '$T/ls-cdk'"
  done
  # a consumer before its producer in the manifest, stages two deep: the manifest's order, breadth first
  ${CC:-cc} -std=c11 -Iinclude -o "$T/ls-order" tests/tool/ls-order-app.c build/libccdk.a -lpthread -lm
  (cd "$T" && CDK_OUTDIR=$T/ls-order.out "$T/ls-order" 2>/dev/null)
  "$CCDK" ls --assembly "$T/ls-order.out" >"$T/ls-ccdk" 2>&1
  (cd "$T" && "$ROOT/node_modules/.bin/cdk" ls --app "$T/ls-order.out" --no-version-reporting) >"$T/ls-cdk" 2>/dev/null
  check "ls: the manifest's order, nested assemblies breadth first, as \`cdk ls\`" \
    bash -c "grep -q Deep '$T/ls-cdk' && cmp -s '$T/ls-ccdk' '$T/ls-cdk'"
fi

# serve: Function URLs, CORS in a real browser, the Invoke API, warm runtimes (tests/tool/serve.sh)
. tests/tool/serve.sh
# synth and ls as the cdk CLI runs them (tests/tool/synth.sh)
. tests/tool/synth.sh

echo "tool: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
