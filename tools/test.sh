#!/usr/bin/env bash
# Command 2: install what is missing, build, and run every test: the
# doctest unit and corpus tests (CTest), then the JavaScript tests (the CLI
# contract, the real wasm in Node, the page in Debian's Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
bash tools/build.sh
echo "== unit and corpus tests (ctest)"
ctest --test-dir build/native --output-on-failure -j2
echo "== JavaScript tests (node --test)"
node --test --test-reporter=spec tests/js/
echo "== all tests passed in $(( $(date +%s) - start )) s"
