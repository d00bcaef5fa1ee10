#!/usr/bin/env bash
# Every conformance app.c, built against the sanitizer library (ASan + UBSan, leaks on), runs
# clean under the richest context (the CLI's plus the `cdk init` flags).
# Arguments, if any, name the cases to run (`bash tests/conformance/sanitize.sh case-a case-b`).
set -uo pipefail
cd "$(dirname "$0")/../.."
make --no-print-directory build/libccdk-san.a >/dev/null || { echo "conformance-san: 0 passed, 1 failed"; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
ctx=$(node -e "const a=require('./tests/conformance/init-flags.json'),b=require('./tests/conformance/cli-context.json');console.log(JSON.stringify({...a,...b}))")
pass=0; fail=0
dirs=(tests/conformance/cases/*/)
[ $# -gt 0 ] && dirs=($(printf 'tests/conformance/cases/%s/ ' "$@"))
for d in "${dirs[@]}"; do
  n=$(basename "$d")
  [ -f "$d/pending" ] || [ ! -f "$d/app.c" ] && continue
  if ! cc -std=c11 -D_GNU_SOURCE -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -Iinclude "$d/app.c" \
        build/libccdk-san.a -lpthread -lm -o "$tmp/$n" 2>"$tmp/$n.cc"; then
    echo "FAIL: $n: does not compile"; head -5 "$tmp/$n.cc"; fail=$((fail + 1)); continue
  fi
  cctx=$ctx # a case's context.json (looked-up values) under it, as the runner merges it
  [ -f "$d/context.json" ] && cctx=$(node -e 'console.log(JSON.stringify({...require(process.argv[1]), ...JSON.parse(process.argv[2])}))' "$PWD/$d/context.json" "$ctx")
  out=$(cd "$d" && CDK_OUTDIR="$tmp/out-$n" CDK_CONTEXT_JSON="$cctx" ASAN_OPTIONS=detect_leaks=1 "$tmp/$n" 2>&1)
  rm -rf "$tmp/$n" "$tmp/$n.cc" "$tmp/out-$n" # ~18 MB a program: 1,700 of them fill a CI disk
  if printf '%s\n' "$out" | grep -q "ERROR: AddressSanitizer\|runtime error:\|ERROR: LeakSanitizer"; then
    echo "FAIL: $n"; printf '%s\n' "$out" | head -20; fail=$((fail + 1))
  else
    pass=$((pass + 1))
  fi
done
echo "conformance-san: $pass passed, $fail failed"
[ $fail -eq 0 ]
