#!/bin/bash
# Code.fromCustomCommand's command: puts the handler into ../custom_command_output as mylambdafile.js
# (written beside this script and renamed into place: app.js and app.c may run this at the same
# time, and each hashes the output folder)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../custom_command_output"
mkdir -p "$out"
tmp=$(mktemp "$here/.mylambdafile.XXXXXX")
cp "$here/custom_command_handler.js" "$tmp"
chmod 644 "$tmp"
mv -f "$tmp" "$out/mylambdafile.js"
