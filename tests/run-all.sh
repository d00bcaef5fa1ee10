#!/usr/bin/env bash
# `make test`: every suite in turn, then one closing line with the totals.
# Suites: public headers alone, the generated Unicode, Lambda layer and Insights tables and the embedded
# custom-resource handlers against their generators, the custom-resource handlers run against fakes (tests/handlers), the include rules
# (scripts/check-includes.py), unit tests (plain, then ASan+UBSan, then the threaded ones under TSan), conformance against
# aws-cdk-lib, the Lambda L1s' property checks against aws-cdk-lib's on random variants (tests/l1-sweep), the cdk CLI interop test, the ccdk command's suites (plain, then ASan+UBSan), valgrind on the example, fault injection into a synth (a sample of
# its system calls: tests/fault), the benchmark's smoke mode, and the fuzz targets over their corpora plus a few seconds each
# (fuzz-smoke).
set -uo pipefail
cd "$(dirname "$0")/.."
# make test has the oracle (make setup installed it): a unit test that cannot reach it fails
export CCDK_REQUIRE_ORACLE=1
log=$(mktemp); trap 'rm -f "$log"' EXIT
failed_suites=()
run() {
  local name=$1; shift
  echo "=== $name: $*"
  local t0=$SECONDS
  "$@" 2>&1 | tee -a "$log"
  local rc=${PIPESTATUS[0]}
  # each suite's share of the run (CI allows 90 minutes for all of them)
  echo "=== $name: rc=$rc, $((SECONDS - t0)) s"
  [ "$rc" -eq 0 ] || failed_suites+=("$name")
}
run headers     make --no-print-directory headers
run readme-examples python3 scripts/check-readme-examples.py
run compile-fail make --no-print-directory compile-fail
run api-sweep   make --no-print-directory api-sweep
run gen-check   node scripts/gen-unicode-tables.js --check
run gen-check-layers node scripts/gen-lambda-layer-tables.js --check
run gen-check-insights node scripts/gen-insights-table.js --check
run gen-check-regions node scripts/gen-regions-table.js --check
run gen-check-facts node scripts/gen-facts-table.js --check
run gen-check-tree-props node scripts/gen-tree-props-table.js --check
run gen-check-lambda-cfn node scripts/gen-lambda-cfn-table.js --check
run gen-check-assembly node scripts/gen-assembly-tables.js --check
run gen-check-ec2-types node scripts/gen-ec2-instance-types.js --check
run gen-check-endpoints node scripts/gen-vpc-endpoint-services.js --check
run gen-check-endpoint-regions node scripts/gen-vpc-endpoint-services.js --regions --check
run gen-check-ec2-protocols node scripts/gen-ec2-protocols.js --check
run gen-check-time-zones node scripts/gen-time-zones.js --check
run gen-handlers python3 scripts/gen-embedded-handlers.py --check
run handlers    node tests/handlers/run.js
run gen-check-s3 python3 scripts/gen-s3-handlers.py --check
run gen-handlers-logs python3 scripts/gen-log-retention-handler.py --check
run handlers-logs node tests/handlers/log-retention.test.js
run handlers-s3-object-copy node tests/handlers/s3-object-copy.test.js
run handlers-cross-region node tests/handlers/cross-region-exports.test.js
run handlers-cfn-utils node tests/handlers/cfn-utils.test.js
run includes    python3 scripts/check-includes.py --layers
run handlers-s3 python3 tests/handlers/test_s3_notifications.py
run handlers-s3-js node tests/handlers/test_s3_auto_delete.js
run unit        make --no-print-directory unit
run unit-san    make --no-print-directory unit-san
run unit-tsan   make --no-print-directory unit-tsan
run conformance node tests/conformance/run.js
run l1-sweep    make --no-print-directory l1-sweep
run conformance-san bash tests/conformance/sanitize.sh
run cli         bash tests/cli/run.sh
run cli-multi   bash tests/cli/multi-stack.sh
run tool        make --no-print-directory tool-test
run tool-san    make --no-print-directory tool-san
run valgrind    bash tests/valgrind.sh
run fault-smoke make --no-print-directory fault-smoke
run bench-smoke bash bench/run.sh --smoke
run fuzz-smoke  make --no-print-directory fuzz-smoke

# totals: unit, cli and fuzz-smoke suites print "N passed, N failed"; conformance counts identical/equal
# cases as passed and different/failed ones as failed
p=0; f=0
while read -r a b; do p=$((p + a)); f=$((f + b)); done < <(
  grep -E '^(unit \([^)]*\)|handlers|cli|tool|valgrind|conformance-san|fault-sweep|compile-fail|api-sweep|includes|fuzz-smoke|l1-sweep): [0-9]+ passed, [0-9]+ failed' "$log" | sed -E 's/.*: ([0-9]+) passed, ([0-9]+) failed.*/\1 \2/')
c=$(grep -E '^conformance: ' "$log" | tail -n 1)
if [ -n "$c" ]; then
  ci=$(echo "$c" | sed -E 's/.* ([0-9]+) identical, ([0-9]+) equal, ([0-9]+) different, ([0-9]+) failed, ([0-9]+) pending/\1 \2 \3 \4 \5/')
  read -r id eq di fa pe <<<"$ci"
  # a case that differs as its exception file documents does not fail the run (the runner's exit
  # status says so too): it counts neither as passed nor as failed
  ex=$(grep -cE '^[^ ]+ +different \(exception\)' "$log")
  p=$((p + id + eq)); f=$((f + di - ex + fa))
fi
if ((${#failed_suites[@]})); then
  echo "make test: failed suites: ${failed_suites[*]}"
  f=$((f > 0 ? f : 1))
fi
echo "test: $p passed, $f failed"
[ ${#failed_suites[@]} -eq 0 ] && [ "$f" -eq 0 ]
