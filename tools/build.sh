#!/usr/bin/env bash
# Builds everything: the native core, CLI and tests (build/native), ICU for
# WebAssembly (cached in ~/.cache/relief), the wasm core (build/wasm, and a
# debug variant with assertions in build/wasm-debug), the data bundle and
# the page's assets (web/dist/). Incremental: fast when nothing changed.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh

export NODE_PATH=/usr/share/nodejs  # Debian's acorn, for emcc's optimizer
JOBS=${JOBS:-$(nproc)}  # parallel compile jobs: one per core

echo "build: native" >&2
[ -f build/native/build.ninja ] ||
  cmake -S . -B build/native -G Ninja -DCMAKE_BUILD_TYPE=Release >&2
ninja -j "$JOBS" -C build/native >&2

ICU_WASM=$(bash tools/build-icu-wasm.sh)
for variant in Release Debug; do
  dir=build/wasm; [ "$variant" = Debug ] && dir=build/wasm-debug
  echo "build: wasm ($variant)" >&2
  [ -f "$dir/build.ninja" ] ||
    emcmake cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$variant" \
      -DRELIEF_ICU_WASM="$ICU_WASM" >&2
  ninja -j "$JOBS" -C "$dir" >&2
done

# web/dist: what the page and web/relief.js load. The Emscripten glue is a
# CommonJS-compatible classic script, hence its own package.json type.
mkdir -p web/dist web/dist/debug
cp build/wasm/relief-core.js build/wasm/relief-core.wasm web/dist/
cp build/wasm-debug/relief-core.js build/wasm-debug/relief-core.wasm web/dist/debug/
echo '{"type": "commonjs"}' > web/dist/package.json
echo '{"type": "commonjs"}' > web/dist/debug/package.json
# The gazetteer from its packages (tools/build-gazetteer.mjs), then the one
# data bundle both builds load: the native CLI reads build/native/relief.data.
node tools/build-gazetteer.mjs | build/native/relief-gazetteer build/native/gazetteer.bin 2>/dev/null
build/native/relief-bundle web/dist/relief.data icu="$ICU_WASM/share/relief-icu.dat" \
  model.fr=models/fr.model model.en=models/en.model gazetteer=build/native/gazetteer.bin
cp web/dist/relief.data build/native/relief.data
cp web/dist/relief.data web/dist/debug/relief.data
node tools/build-vendor.mjs >&2     # the map's d3-geo, topojson-client, world-atlas
node tools/build-standalone.mjs >&2
echo "build: done" >&2
