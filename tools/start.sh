#!/usr/bin/env bash
# Command 1: install what is missing, build, and serve the page on a local
# port (PORT, default 8080). The CLI is then build/native/relief.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/build.sh
echo
echo "CLI:        $(pwd)/build/native/relief annotate --lang fr --reference-date 2016-03-27 ../shared/seed/palmyre.fr.txt"
echo "Standalone: file://$(pwd)/web/dist/relief-standalone.html"
exec node tools/serve.mjs --port "${PORT:-8080}"
