#!/usr/bin/env bash
# `ccdk lint`: a test per rule (tests/tool/lint/cases.js) over an assembly ccdk synthesizes from
# tests/tool/lint/app.c. Prints "tool: N passed, M failed" (make test totals it).
set -u
cd "$(dirname "$0")/../.."
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
${CC:-cc} -std=c11 -Iinclude -o "$T/app" tests/tool/lint/app.c build/libccdk.a -lpthread -lm || { echo "tool: 0 passed, 1 failed (cannot build the lint app)"; exit 1; }
(cd tests/tool/lint && CDK_OUTDIR=$T/base "$T/app") || { echo "tool: 0 passed, 1 failed (the lint app did not synthesize)"; exit 1; }
mkdir -p "$T/work"
node tests/tool/lint/cases.js "$PWD/build/ccdk" "$T/base" "$T/work" | tee "$T/log"
rc=${PIPESTATUS[0]}
sed -n 's/^lint: /tool: /p' "$T/log" | tail -1
exit "$rc"
