#!/usr/bin/env bash
# Reproduces the shipped name-tagger models (models/fr.model, models/en.model)
# from the shared corpora and the gazetteer of tools/build.sh,
# deterministically (seeded), on one core in about 20 s; the log goes to
# models/train-log.txt. Held-out dev splits, scored after every epoch:
#   French: WiNER-fr documents of January–March 2017 (ids winer:2017_01..03);
#   English: CoNLL-2003 val.
# Data and licences: models/MODEL_CARD.md.
set -euo pipefail
cd "$(dirname "$0")/.."
C=${RELIEF_CORPORA:-../shared/corpora}
[ -x build/native/relief-train ] && [ -f build/native/gazetteer.bin ] ||
  bash tools/build.sh
G=build/native/gazetteer.bin

{
  build/native/relief-train --out models/fr.model --gazetteer "$G" \
    --train "$C/winer-2016-2017.fr.jsonl" --hold-out '^winer:2017_0[1-3]' \
    --epochs 18 --bits 19 --prune 2 --seed 1
  build/native/relief-train --out models/en.model --gazetteer "$G" \
    --train "$C/conll2003-train.en.jsonl" --train "$C/conll2003-val.en.jsonl" \
    --hold-out '^conll2003-val' --epochs 8 --bits 18 --prune 2 --seed 1
} 2>&1 | tee models/train-log.txt
