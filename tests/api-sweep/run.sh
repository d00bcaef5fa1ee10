#!/usr/bin/env bash
# The API sweep (tests/api-sweep/gen.py): every public function called with bad arguments, in eight
# variants against the library, and two of them against the ASan+UBSan build. No call may crash, and
# a mutator called on a NULL target must fail the synth (variants nulls and null_target), and so must
# one given NULL for an argument it needs (variant null_arg).
# usage: tests/api-sweep/run.sh BUILD_DIR
set -uo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
out=$build/api-sweep
mkdir -p "$out"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export CCDK_NO_FSYNC=1 ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1
cflags=(-std=c11 -O0 -g -w -Iinclude -Itests/api-sweep)
tp=0; tf=0; fail=0
sweep() { # variant library binary-suffix [extra cflags...]
  local v=$1 lib=$2 sfx=$3; shift 3
  python3 tests/api-sweep/gen.py . "$v" > "$out/sweep_$v.c" || { echo "FAILED: gen.py $v"; fail=1; return; }
  if ! cc "${cflags[@]}" "$@" "$out/sweep_$v.c" "$lib" -lpthread -lm -lcrypto -o "$out/sweep_$v$sfx"; then
    echo "FAILED: the $v sweep does not compile"; fail=1; tf=$((tf + 1)); return
  fi
  local res; res=$("$out/sweep_$v$sfx" "$work/$v$sfx" 2>&1); local rc=$?
  printf '%s\n' "$res" | grep -v '^api-sweep:'
  local p f
  p=$(printf '%s\n' "$res" | sed -n 's/^api-sweep: \([0-9]*\) passed, \([0-9]*\) failed$/\1/p')
  f=$(printf '%s\n' "$res" | sed -n 's/^api-sweep: \([0-9]*\) passed, \([0-9]*\) failed$/\2/p')
  echo "api-sweep ($v$sfx): ${p:-0} passed, ${f:-?} failed"
  tp=$((tp + ${p:-0})); tf=$((tf + ${f:-1}))
  [ "$rc" -eq 0 ] && [ -n "$p" ] || fail=1
}
for v in nulls scoped handles handles_empty twice after_synth null_target null_arg; do sweep "$v" "$build/libccdk.a" ""; done
for v in nulls handles; do sweep "$v" "$build/libccdk-san.a" "-san" -fsanitize=address,undefined -fno-sanitize-recover=all; done
echo "api-sweep: $tp passed, $tf failed"
exit $fail
