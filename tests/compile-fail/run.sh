#!/usr/bin/env bash
# Compile-fail tests: mistakes the public API must turn into compile errors.
# Each tests/compile-fail/*.c holds one mistake between `#ifndef CONTROL` and `#else`, and the
# right way to write the same thing after it. The file must compile with -DCONTROL (so nothing else
# is wrong with it) and must fail without it, with a compiler message matching its `// expect:`
# line (an extended regex). Flags: what a user is told to build with, -std=c11 -Wall -Werror, or the
# file's `// flags:` line (a mistake that must fail without -Werror too).
set -u
cd "$(dirname "$0")/../.."
CC=${CC:-cc}
pass=0; fail=0
for f in tests/compile-fail/*.c; do
  name=$(basename "$f" .c)
  want=$(sed -n 's|^// expect: ||p' "$f" | head -n 1)
  flags=$(sed -n 's|^// flags: ||p' "$f" | head -n 1)
  read -r -a fl <<<"${flags:--std=c11 -Wall -Werror}"
  if ! out=$("$CC" "${fl[@]}" -Iinclude -DCONTROL -fsyntax-only "$f" 2>&1); then
    echo "FAIL $name: the right form does not compile:"; printf '%s\n' "$out" | head -n 5; fail=$((fail + 1)); continue
  fi
  if out=$("$CC" "${fl[@]}" -Iinclude -fsyntax-only "$f" 2>&1); then
    echo "FAIL $name: the mistake compiles"; fail=$((fail + 1)); continue
  fi
  if [ -n "$want" ] && ! printf '%s\n' "$out" | grep -Eq "$want"; then
    echo "FAIL $name: the error is not the expected one ($want):"; printf '%s\n' "$out" | head -n 5; fail=$((fail + 1)); continue
  fi
  echo "ok: $name"; pass=$((pass + 1))
done
echo "compile-fail: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
