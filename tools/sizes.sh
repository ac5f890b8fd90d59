#!/usr/bin/env bash
# Prints the size of what the page downloads, raw and gzip -9, from a build
# (run tools/build.sh first). Used for the README's size table.
set -euo pipefail
cd "$(dirname "$0")/.."
files=(web/dist/relief-core.wasm web/dist/relief.data web/dist/relief-core.js
       web/relief.js web/relief-worker.js web/app.js web/html-to-text.js web/relief.css index.html
       web/relief-annotator.js web/relief-annotator.css web/relief-format.js web/relief-ui-text.js web/relief-dom.js
       web/relief-map.js web/relief-timeline.js
       web/dist/vendor/d3-array.mjs web/dist/vendor/d3-geo.mjs web/dist/vendor/topojson-client.mjs
       web/dist/vendor/countries-110m.json)
total_raw=0; total_gz=0
printf '| file | bytes | gzip -9 |\n|---|---:|---:|\n'
for f in "${files[@]}"; do
  raw=$(stat -c %s "$f"); gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '| %s | %d | %d |\n' "$f" "$raw" "$gz"
done
printf '| **whole page** | %d | %d |\n' "$total_raw" "$total_gz"
f=web/dist/relief-standalone.html
printf '| %s (file:// build) | %d | %d |\n' "$f" "$(stat -c %s $f)" "$(gzip -9 -c $f | wc -c)"
