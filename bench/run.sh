#!/usr/bin/env bash
# Relief's benchmarks side by side with its peers (issue 8), in one run:
#   bash bench/run.sh            # full run (about 10 minutes), writes bench/RESULTS.md
#   bash bench/run.sh --quick    # smoke run (about 4 minutes, most of it the slow peers), writes build/bench/RESULTS-quick.md
# Builds first (tools/build.sh installs what is missing: the peers are npm
# devDependencies pinned in package-lock.json). Not part of tools/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/build.sh
exec node bench/bench.mjs "$@"
