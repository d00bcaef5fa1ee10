#!/usr/bin/env bash
# Installs what ccdk's build and tests need when it is missing: Debian packages (as root) and the
# pinned npm packages (aws-cdk-lib, the cdk CLI, esbuild) from package-lock.json. Quiet when all is there.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v cc >/dev/null 2>&1 || need+=(gcc)
command -v make >/dev/null 2>&1 || need+=(make)
dpkg -s libssl-dev >/dev/null 2>&1 || need+=(libssl-dev)
command -v node >/dev/null 2>&1 || need+=(nodejs)
command -v npm >/dev/null 2>&1 || need+=(npm)
command -v python3 >/dev/null 2>&1 || need+=(python3)
command -v valgrind >/dev/null 2>&1 || need+=(valgrind)
[ -x /usr/bin/time ] || need+=(time)
# the fuzz targets (make fuzz-smoke, in make test): clang and its libFuzzer/sanitizer runtimes
command -v clang >/dev/null 2>&1 || need+=(clang)
compgen -G "/usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a" >/dev/null || need+=(libclang-rt-14-dev)
# `ccdk serve`'s browser test (tests/tool): a real headless Chromium doing cross-origin fetches
command -v chromium >/dev/null 2>&1 || need+=(chromium)
# `ccdk serve`'s tests talk to the server with curl
command -v curl >/dev/null 2>&1 || need+=(curl)
if ((${#need[@]})); then
  echo "setup: installing ${need[*]}"
  if [ "$(id -u)" != 0 ]; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

# aws-cdk-lib 2.276 needs Node.js >= 20; Debian 12's is 18. Then Node 20 comes from the npm
# registry's `node` package into .tools/ (the Makefile puts .tools/node_modules/.bin first on PATH),
# pinned: the one src/assets/unicode_tables.h was generated with, so that every machine set up
# here runs the same node (a later 20.x would be just as good for everything else).
node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "${node_major:-0}" -lt 20 ] && [ ! -x .tools/node_modules/.bin/node ]; then
  echo "setup: node ${node_major} is older than 20: installing Node.js 20.20.2 from the npm registry into .tools/"
  npm install --prefix .tools --no-save --no-audit --no-fund --loglevel=error node@20.20.2
fi
if [ -x .tools/node_modules/.bin/node ]; then
  export PATH="$PWD/.tools/node_modules/.bin:$PATH"
fi

# the stamp holds the hash of the package-lock.json it was installed from: a fresh checkout (newer
# mtime, same content) does not reinstall, a changed lock file does
stamp=node_modules/.ccdk-installed
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "setup: installing the pinned npm packages (aws-cdk-lib, aws-cdk, esbuild)"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$want" > "$stamp"
fi
