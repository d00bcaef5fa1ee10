#!/usr/bin/env bash
# smoke.sh - `make fuzz-smoke`: each fuzz target runs every input of its corpus
# (tests/fuzz/corpus/<name>/, the regression seeds), then fuzzes for a few seconds more.
# Any crash, leak, UB, timeout or broken invariant fails the target; its input is saved as
# <dir>/smoke-crash-* (or -leak-, -timeout-). Prints "fuzz-smoke: N passed, N failed".
#   usage: smoke.sh <bin dir> <seconds> <name>...
set -uo pipefail
dir=$1; secs=$2; shift 2
passed=0; failed=0
for n in "$@"; do
  new=$(mktemp -d)
  dict=(); [ -f "tests/fuzz/$n.dict" ] && dict=(-dict="tests/fuzz/$n.dict")
  log="$dir/smoke-$n.log"
  start=$(date +%s)
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    "$dir/fuzz_$n" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    "${dict[@]}" -artifact_prefix="$dir/smoke-" "$new" "tests/fuzz/corpus/$n" >"$log" 2>&1
  rc=$?
  rm -rf "$new"
  runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$')
  cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -n 1)
  if [ "$rc" -eq 0 ]; then
    passed=$((passed + 1))
    echo "  ok   fuzz_$n: ${runs:-?} runs, ${cov:-cov: ?}, $(( $(date +%s) - start )) s"
  else
    failed=$((failed + 1))
    echo "  FAIL fuzz_$n (exit $rc): see $log"
    grep -E 'ERROR|invariant|SUMMARY|Test unit written' "$log" | head -n 8 | sed 's/^/       /'
  fi
done
echo "fuzz-smoke: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
