#!/usr/bin/env bash
# Runs unit test binaries from the repo root; each prints "N passed, N failed" last.
set -u
dir=$1; shift
fail=0; tp=0; tf=0
for t in "$@"; do
  out=$("$t" 2>&1); rc=$?
  last=$(printf '%s\n' "$out" | tail -n 1)
  p=$(printf '%s' "$last" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed.*/\1/p')
  f=$(printf '%s' "$last" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed.*/\2/p')
  tp=$((tp + ${p:-0})); tf=$((tf + ${f:-0}))
  if [ $rc -ne 0 ] || [ -z "$p" ]; then
    fail=1; printf '%s\n' "$out" | tail -n 40; echo "FAILED: $t (exit $rc)"
  else
    echo "ok: $(basename "$t"): $last"
  fi
done
echo "unit ($dir): $tp passed, $tf failed"
exit $fail
