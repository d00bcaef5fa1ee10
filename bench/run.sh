#!/usr/bin/env bash
# ccdk vs aws-cdk-lib benchmarks (GitHub issue 6). See bench/README.md.
#
#   bash bench/run.sh           full run (several minutes): results in bench/results/
#   bash bench/run.sh --smoke   tiny sizes, one run each (< 60 s), results in bench/out/smoke-results/;
#                               exits non-zero when a run fails or a template differs
#   bash bench/run.sh --only vpc_efs   only that workload (repeatable: synth, vpc_efs, xstack, asset, tool, cli_synth, shared_asset, nodejs);
#                               results in bench/out/<mode>-only-results/
#   bash bench/run.sh --journaled-fs   (root) the workloads' files on a journaled ext4 image mounted
#                               under bench/out/journaled (loop device), results in bench/results-journaled/
#                               (this VM's root file system has no journal: see bench/README.md)
set -euo pipefail
cd "$(dirname "$0")/.."

smoke=
journaled=
only=()
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) smoke=--smoke ;;
    --only) only+=(--only "$2"); shift ;;
    --journaled-fs) journaled=1 ;;
    *) echo "usage: bash bench/run.sh [--smoke] [--journaled-fs] [--only synth|vpc_efs|xstack|asset|tool|cli_synth|shared_asset|nodejs]..." >&2; exit 2 ;;
  esac
  shift
done

bash scripts/setup.sh   # node, aws-cdk-lib (quiet when everything is there)

mode=full
[ -n "$smoke" ] && mode=smoke
mkdir -p bench/out
# Builds are serialized between concurrent bench runs; each mode links its own copies of the apps.
exec 9>bench/out/.build.lock
flock 9

if [ -z "$smoke" ]; then
  # ccdk in release mode, in its own build directory.
  REL=build/release
  RELOPT='-O3 -DNDEBUG'
  echo "bench: building ccdk in release mode ($RELOPT) into $REL"
  make -s lib BUILD="$REL" OPT="$RELOPT" -j"$(nproc)" >/dev/null
else
  # Smoke: the regular build (`make bench-smoke` has just made it; the point here is that the
  # harness works and the outputs match, and a second, optimised build would not fit in 60 s).
  REL=build
  RELOPT='-O2 -g'
  echo "bench: smoke: using the regular build ($REL/libccdk.a)"
  make -s lib -j"$(nproc)" >/dev/null
fi

BIN=$REL/bench-$mode
mkdir -p "$BIN"
CCFLAGS=(-std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror $RELOPT -Iinclude)
LIBS=(-lpthread -lm)

# fn.addAlias('live'): only when ccdk has it (ccdk_lambda_function_add_alias in include/ccdk/).
alias=0
alias_note=
alias_hdr=$(grep -l 'ccdk_lambda_function_add_alias *(' include/ccdk/*.h 2>/dev/null | head -1 || true)
if [ -n "$alias_hdr" ]; then
  if cc "${CCFLAGS[@]}" -DBENCH_ALIAS "-DBENCH_ALIAS_HEADER=<ccdk/$(basename "$alias_hdr")>" \
       bench/apps/synth.c "$REL/libccdk.a" "${LIBS[@]}" -o "$BIN/synth" 2>"$BIN/alias-build.log"; then
    alias=1
    alias_note="each function has an alias (fn.addAlias('live') / ccdk_lambda_function_add_alias)."
  else
    alias_note="ccdk_lambda_function_add_alias is declared in $alias_hdr but the bench app's call did not compile or link (see $BIN/alias-build.log): benchmarked WITHOUT aliases in both languages."
  fi
else
  alias_note="ccdk_lambda_function_add_alias is not in include/ccdk/ yet: benchmarked WITHOUT aliases (no fn.addAlias) in both languages."
fi
if [ "$alias" = 0 ]; then
  cc "${CCFLAGS[@]}" bench/apps/synth.c "$REL/libccdk.a" "${LIBS[@]}" -o "$BIN/synth"
fi
echo "bench: aliases: $alias_note"
cc "${CCFLAGS[@]}" bench/apps/vpc_efs.c "$REL/libccdk.a" "${LIBS[@]}" -o "$BIN/vpc_efs"
cc "${CCFLAGS[@]}" bench/apps/xstack.c "$REL/libccdk.a" "${LIBS[@]}" -o "$BIN/xstack"
cc "${CCFLAGS[@]}" bench/apps/shared_asset.c "$REL/libccdk.a" "${LIBS[@]}" -o "$BIN/shared_asset"
cc "${CCFLAGS[@]}" bench/apps/asset.c "$REL/libccdk.a" "${LIBS[@]}" -o "$BIN/asset"
cc "${CCFLAGS[@]}" bench/apps/nodejs.c "$REL/libccdk.a" "${LIBS[@]}" -o "$BIN/nodejs"
cc "${CCFLAGS[@]}" bench/apps/fingerprint.c "$REL/libccdk.a" "${LIBS[@]}" -o "$BIN/fingerprint"
cc "${CCFLAGS[@]}" bench/apps/runner.c -o "$BIN/runner"
cc "${CCFLAGS[@]}" bench/apps/sha256_floor.c "${LIBS[@]}" -lcrypto -o "$BIN/sha256_floor"
flock -u 9
exec 9>&-

results=bench/results
[ -n "$smoke" ] && results=bench/out/smoke-results
# a partial run (--only) does not replace the committed results
[ ${#only[@]} -gt 0 ] && results=bench/out/$mode-only-results
if [ -n "$journaled" ]; then
  # an ext4 with mkfs's defaults (a journal) on a sparse image: where the inputs and both
  # implementations' outputs go; unmounted at the end
  img=bench/out/journaled.img mnt=bench/out/journaled
  mkdir -p "$mnt"
  if ! mountpoint -q "$mnt"; then
    [ "$(id -u)" = 0 ] || { echo "bench: --journaled-fs needs root (mount)" >&2; exit 2; }
    rm -f "$img" && truncate -s 8G "$img" && mkfs.ext4 -q -F "$img" && mount -o loop "$img" "$mnt"
  fi
  trap 'umount "$mnt" 2>/dev/null; rm -f "$img"' EXIT
  results=bench/results-journaled
  [ -n "$smoke" ] && results=bench/out/smoke-results-journaled
  [ ${#only[@]} -gt 0 ] && results=bench/out/$mode-only-results-journaled
  CCDK_BENCH_OUT=$(cd "$mnt" && pwd) python3 bench/bench.py --bin "$BIN" $smoke --alias "$alias" \
    --alias-note "$alias_note" --cflags="$RELOPT" --results "$results" "${only[@]}"
  exit $?
fi
exec python3 bench/bench.py --bin "$BIN" $smoke --alias "$alias" --alias-note "$alias_note" \
  --cflags="$RELOPT" --results "$results" "${only[@]}"
