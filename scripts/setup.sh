#!/usr/bin/env bash
# Installs what ccdk's build and tests need when it is missing: Debian packages (as root) and the
# pinned npm packages (aws-cdk-lib, the cdk CLI) from package-lock.json. Quiet when all is there.
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
if ((${#need[@]})); then
  echo "setup: installing ${need[*]}"
  if [ "$(id -u)" != 0 ]; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

stamp=node_modules/.ccdk-installed
if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
  echo "setup: installing the pinned npm packages (aws-cdk-lib, aws-cdk)"
  npm ci --no-audit --no-fund --loglevel=error
  touch "$stamp"
fi
