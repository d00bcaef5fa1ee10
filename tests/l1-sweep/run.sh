#!/bin/bash
# tests/l1-sweep/run.sh BUILD [SEEDS]: the Lambda L1s' property checks against aws-cdk-lib's, on
# random variants: wrong types at every level (gen.py), synthesized by aws-cdk-lib (run.js) and by
# ccdk (run.c, linked with BUILD/libccdk.a); aws-cdk-lib's error message must be ccdk's, a valid
# variant valid in both (cmp.py). SEEDS: how many seeds, 90 variants each (default 2).
set -e
here=$(cd "$(dirname "$0")" && pwd)
build=${1:?usage: run.sh BUILD [SEEDS]}
seeds=${2:-2}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cc -std=c11 -D_GNU_SOURCE -O1 -I"$here/../../include" "$here/run.c" "$build/libccdk.a" -lpthread -lm -o "$tmp/runc"
rc=0
for s in $(seq 1 "$seeds"); do
  python3 "$here/gen.py" "$s" "$here/../../src/lambda/cfn_l1_table.c" "$tmp/v$s.json"
  mkdir -p "$tmp/o$s"
  node "$here/run.js" "$tmp/v$s.json" "$tmp/o$s" >/dev/null 2>&1
  python3 "$here/cmp.py" "$tmp/v$s.json" "$tmp/runc" "$tmp/o$s" || rc=1
done
exit $rc
