#!/usr/bin/env bash
# Runs the libFuzzer target on the core's annotate entry point for a bounded
# time (RELIEF_FUZZ_SECONDS, default 60), seeded with the date corpora, the
# seed article and the texts of the shared suites. Needs the sanitizer build
# (tools/test.sh makes it in build/sanitize). A crash stops the run with a
# non-zero status and leaves build/sanitize/fuzz-crash-*: fix the bug, then
# keep the input in tests/fuzz/regressions/.
set -euo pipefail
cd "$(dirname "$0")/.."
fuzzer=build/sanitize/relief_fuzz_annotate
[ -x "$fuzzer" ] || { echo "fuzz: $fuzzer not built (run tools/test.sh)" >&2; exit 1; }

seeds=build/sanitize/fuzz-seeds
# The shared data as CMake finds it: $RELIEF_SHARED_DIR, ../shared, /work/shared.
shared=${RELIEF_SHARED_DIR:-$( [ -d ../shared ] && echo ../shared || echo /work/shared )}
if [ ! -d "$seeds" ]; then
  mkdir -p "$seeds"
  cp "$shared/seed/palmyre.fr.txt" "$seeds/"
  # One file per suite case text and per date corpus line.
  node -e '
    const fs = require("fs"), path = require("path");
    const out = process.argv[1], shared = process.argv[2]; let n = 0;
    for (const dir of [shared + "/suites/chrono", shared + "/suites/recognizers-text"]) {
      for (const f of fs.readdirSync(dir).filter((f) => f.endsWith(".jsonl"))) {
        for (const line of fs.readFileSync(path.join(dir, f), "utf8").split("\n")) {
          if (line.trim() && n % 7 === 0) fs.writeFileSync(path.join(out, "suite-" + n), JSON.parse(line).text);
          n++;
        }
      }
    }
    for (const f of fs.readdirSync("tests/corpus/dates"))
      fs.readFileSync("tests/corpus/dates/" + f, "utf8").split("\n").forEach((l, i) =>
        l && fs.writeFileSync(path.join(out, f + "-" + i), l.split("\t")[0]));
  ' "$seeds" "$shared"
fi
mkdir -p build/sanitize/fuzz-corpus
seconds=${RELIEF_FUZZ_SECONDS:-60}
# A fixed seed makes the CI run repeatable (a crash it finds is found again
# by the next run); RELIEF_FUZZ_SEED=0 lets libFuzzer pick one to explore.
seed=${RELIEF_FUZZ_SEED:-1}
echo "fuzz: ${seconds} s on $(ls "$seeds" | wc -l) seeds" >&2
log=build/sanitize/fuzz.log
status=0
"$fuzzer" -max_total_time="$seconds" -max_len=8192 -timeout=10 -rss_limit_mb=4096 -seed="$seed" \
  -print_final_stats=1 -artifact_prefix=build/sanitize/fuzz-crash- \
  build/sanitize/fuzz-corpus "$seeds" tests/fuzz/regressions > "$log" 2>&1 || status=$?
# The summary: start and end coverage, final stats, any sanitizer report.
grep -E "^(#[0-9]+.*(INITED|DONE)|stat::|==[0-9]+==|SUMMARY|Done)" "$log" || tail -20 "$log"
if [ "$status" -ne 0 ]; then
  echo "fuzz: FAILED (status $status), see $log and build/sanitize/fuzz-crash-*" >&2
fi
exit "$status"
