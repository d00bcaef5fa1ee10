#!/usr/bin/env bash
# valgrind finds no leak and no memory error in the example app and in a 50-function app with
# aliases (the benchmark's workload), each synthesizing into a temporary directory.
set -uo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
vg() { # name dir cmd...
  local name=$1 dir=$2; shift 2
  if (cd "$dir" && CDK_OUTDIR="$tmp/$name" valgrind -q --leak-check=full --errors-for-leak-kinds=definite,indirect \
        --error-exitcode=3 "$@" >"$tmp/$name.log" 2>&1); then
    echo "ok: $name: no leak, no memory error"; pass=$((pass + 1))
  else
    echo "FAIL: $name"; tail -30 "$tmp/$name.log"; fail=$((fail + 1))
  fi
}
if ! command -v valgrind >/dev/null; then echo "valgrind: 0 passed, 1 failed (valgrind missing)"; exit 1; fi
vg hello-lambda examples/hello-lambda "$PWD/build/examples/hello-lambda"
cc -std=c11 -D_GNU_SOURCE -O1 -g -Iinclude -DBENCH_ALIAS '-DBENCH_ALIAS_HEADER=<ccdk/lambda_versions.h>' \
   bench/apps/synth.c build/libccdk.a -lpthread -lm -o "$tmp/synth"
vg synth-50 "$tmp" "$tmp/synth" 50
echo "valgrind: $pass passed, $fail failed"
[ $fail -eq 0 ]
