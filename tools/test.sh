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
echo "== sanitizers: unit, corpus and CLI tests under ASan + UBSan (clang)"
[ -f build/sanitize/build.ninja ] ||
  CC=clang CXX=clang++ cmake -S . -B build/sanitize -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRELIEF_SANITIZE=ON >&2
ninja -j "${JOBS:-$(nproc)}" -C build/sanitize >&2
cp web/dist/relief.data build/sanitize/relief.data  # the bundle its tests load
ctest --test-dir build/sanitize --output-on-failure -j2
RELIEF_CLI=build/sanitize/relief node --test tests/js/cli.test.mjs
echo "== fuzzing the annotate entry point (${RELIEF_FUZZ_SECONDS:-60} s)"
bash tools/fuzz.sh
echo "== all tests passed in $(( $(date +%s) - start )) s"
