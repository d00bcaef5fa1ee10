#!/usr/bin/env bash
# Every conformance app.c, built against the sanitizer library (ASan + UBSan, leaks on), runs
# clean under the richest context (the CLI's plus the `cdk init` flags).
# Arguments, if any, name the cases to run (`bash tests/conformance/sanitize.sh case-a case-b`).
# The cases run CCDK_SAN_JOBS at a time (default: the number of CPUs): each is a compile, a link
# and a run, ~0.5 s on this project's 2-CPU machine, so 2,000 of them in turn were half an hour
# of `make test`. Results are printed in the cases' order, whatever order they finished in.
set -uo pipefail
cd "$(dirname "$0")/../.."
make --no-print-directory build/libccdk-san.a >/dev/null || { echo "conformance-san: 0 passed, 1 failed"; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
ctx=$(node -e "const a=require('./tests/conformance/init-flags.json'),b=require('./tests/conformance/cli-context.json');console.log(JSON.stringify({...a,...b}))")
dirs=(tests/conformance/cases/*/)
[ $# -gt 0 ] && dirs=($(printf 'tests/conformance/cases/%s/ ' "$@"))

# one case: writes $tmp/res/<name> (first line "pass" or "fail", then what to print); nothing for
# a case that is skipped (pending, or no app.c)
one() {
  local d=$1 n; n=$(basename "$d")
  local res="$tmp/res/$n"
  [ -f "$d/pending" ] || [ ! -f "$d/app.c" ] && return 0
  if ! cc -std=c11 -D_GNU_SOURCE -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -Iinclude "$d/app.c" \
        build/libccdk-san.a -lpthread -lm -o "$tmp/$n" 2>"$tmp/$n.cc"; then
    { echo fail; echo "FAIL: $n: does not compile"; head -5 "$tmp/$n.cc"; } >"$res"
    rm -f "$tmp/$n" "$tmp/$n.cc"
    return 0
  fi
  local cctx=$ctx # a case's context.json (looked-up values) under it, as the runner merges it
  [ -f "$d/context.json" ] && cctx=$(node -e 'console.log(JSON.stringify({...require(process.argv[1]), ...JSON.parse(process.argv[2])}))' "$PWD/$d/context.json" "$ctx")
  local out
  out=$(cd "$d" && CDK_OUTDIR="$tmp/out-$n" CDK_CONTEXT_JSON="$cctx" ASAN_OPTIONS=detect_leaks=1 "$tmp/$n" 2>&1)
  rm -rf "$tmp/$n" "$tmp/$n.cc" "$tmp/out-$n" # ~18 MB a program: 1,700 of them fill a CI disk
  if printf '%s\n' "$out" | grep -q "ERROR: AddressSanitizer\|runtime error:\|ERROR: LeakSanitizer"; then
    { echo fail; echo "FAIL: $n"; printf '%s\n' "$out" | head -20; } >"$res"
  else
    echo pass >"$res"
  fi
}
export -f one
export tmp ctx
mkdir -p "$tmp/res"
jobs=${CCDK_SAN_JOBS:-$(nproc 2>/dev/null || echo 2)}
printf '%s\0' "${dirs[@]}" | xargs -0 -n 1 -P "$jobs" bash -c 'one "$1"' _
pass=0; fail=0
for d in "${dirs[@]}"; do
  [ -f "$d/pending" ] || [ ! -f "$d/app.c" ] && continue
  r="$tmp/res/$(basename "$d")"
  if [ ! -f "$r" ]; then
    echo "FAIL: $(basename "$d"): no result (its job did not finish)"; fail=$((fail + 1))
  elif [ "$(head -n 1 "$r")" = pass ]; then
    pass=$((pass + 1))
  else
    tail -n +2 "$r"; fail=$((fail + 1))
  fi
done
echo "conformance-san: $pass passed, $fail failed"
[ $fail -eq 0 ]
