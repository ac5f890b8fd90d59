// Measures --lang auto on the shared corpora: whole documents, and
// paragraphs (lines of at least 80 characters) on their own.
//   node eval/langid.mjs        (after tools/build.sh)
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const corpora = root + "../shared/corpora/";
const FILES = ["winer-2016-2017.fr.jsonl", "europeana-fr.jsonl", "hipe2022-newseye-dev.fr.jsonl",
  "conll2003-val.en.jsonl", "dwie-train.en.jsonl"];

function accuracy(items) {
  const input = items.map((text, id) => JSON.stringify({ id, text })).join("\n") + "\n";
  const r = spawnSync(root + "build/native/relief", ["annotate", "--jsonl"], { input, maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(r.stderr.toString());
  return r.stdout.toString().trim().split("\n").map((line) => JSON.parse(line).lang);
}

console.log("| corpus | documents | correct | paragraphs (≥ 80 chars) | correct |");
console.log("|---|---:|---:|---:|---:|");
for (const file of FILES) {
  const docs = readFileSync(corpora + file, "utf8").trim().split("\n").map((l) => JSON.parse(l));
  const lang = docs[0].lang;
  const paragraphs = docs.flatMap((d) => d.text.split("\n")).filter((p) => p.trim().length >= 80);
  const pct = (langs) => (100 * langs.filter((l) => l === lang).length / langs.length).toFixed(1) + " %";
  console.log(`| ${file} | ${docs.length} | ${pct(accuracy(docs.map((d) => d.text)))} | ` +
    `${paragraphs.length} | ${pct(accuracy(paragraphs))} |`);
}
