// Places and actors on the held-out dev splits of the shipped models:
//   French: WiNER-fr, documents of January–March 2017 (kept out of training
//           by tools/train-models.sh);
//   English: CoNLL-2003 val.
// Runs build/native/relief on them through eval/score.mjs and prints the
// P/R/F1 tables; with --write, also puts them between the
// "<!-- ner-eval -->" markers of README.md and models/MODEL_CARD.md.
//
//   node eval/ner.mjs [--write]
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { annotateWithCli, formatTable, readJsonl, score } from "./score.mjs";

const corpora = fileURLToPath(new URL("../../shared/corpora/", import.meta.url));
export const DEV_SPLITS = [
  { name: "WiNER-fr dev (2017-01…03)", file: "winer-2016-2017.fr.jsonl", ids: /^winer:2017_0[1-3]/ },
  { name: "CoNLL-2003 val (en)", file: "conll2003-val.en.jsonl", ids: /./ },
];

// The scorer counts actors together, as SPEC's category does; this tells
// how often the subtype is right where the span is.
function subtypeAgreement(gold, predictions) {
  let same = 0, total = 0;
  for (const g of gold) {
    for (const p of predictions.get(g.id)?.mentions ?? []) {
      if (p.category !== "actor") continue;
      const m = g.mentions.find((m) => m.category === "actor" && !m.optional &&
        m.start < p.end && p.start < m.end);
      if (!m) continue;
      total += 1;
      same += m.subtype === p.subtype;
    }
  }
  return `${(100 * same / total).toFixed(1)} % (${same} / ${total})`;
}

const sections = [];
for (const split of DEV_SPLITS) {
  const gold = readJsonl(corpora + split.file).filter((d) => split.ids.test(d.id));
  const predictions = annotateWithCli(gold);
  const result = score(gold, predictions);
  sections.push(`**${split.name}**, ${result.documents} documents ` +
    `(\`${split.file}\`, ids ${split.ids.source}):\n\n${formatTable(result)}\n\n` +
    `Actor subtype (person / organization) right on ${subtypeAgreement(gold, predictions)} ` +
    "of the actor predictions overlapping a gold actor.");
}
const text = sections.join("\n\n");
console.log(text);

if (process.argv.includes("--write")) {
  for (const file of ["README.md", "models/MODEL_CARD.md"]) {
    const path = fileURLToPath(new URL("../" + file, import.meta.url));
    const old = readFileSync(path, "utf8");
    const re = /<!-- ner-eval -->[\s\S]*<!-- \/ner-eval -->/;
    if (!re.test(old)) { console.error(`eval/ner: no <!-- ner-eval --> markers in ${file}`); continue; }
    writeFileSync(path, old.replace(re, `<!-- ner-eval -->\n${text}\n<!-- /ner-eval -->`));
  }
}
