// The bench's inputs, built at bench time from the shared corpora into
// build/bench/ (never shipped, never committed):
//   fr.json       ≈ 1 MB of French news: WiNER-fr articles in corpus order
//   en.json       ≈ 1 MB of English news: DWIE articles in corpus order
//   article.json  a typical ≈ 5 KB French article: consecutive WiNER 2017
//                 articles joined by a blank line until 5 000 bytes
//   scale-*.txt   one French text of 10 KB, 100 KB, 1 MB, 10 MB: WiNER
//                 articles joined by blank lines, the corpus repeated as needed
// Each *.json is [{text, lang, ref, bytes}], ref the article's date.
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { readJsonl } from "../eval/score.mjs";

export const root = fileURLToPath(new URL("../", import.meta.url));
export const shared = fileURLToPath(new URL("../../shared/", import.meta.url));
export const outDir = root + "build/bench/";
export const SCALE_SIZES = [10e3, 100e3, 1e6, 10e6];
const bytes = (s) => Buffer.byteLength(s);

function take(docs, lang, budget) {
  const out = [];
  let total = 0;
  for (const d of docs) {
    if (total >= budget) break;
    out.push({ text: d.text, lang, ref: d.reference_date ?? null, bytes: bytes(d.text) });
    total += bytes(d.text);
  }
  return out;
}

// Whole articles joined until `size` bytes, the last one cut at a space.
function joined(docs, size) {
  const parts = [];
  for (let i = 0, total = 0; total < size; i = (i + 1) % docs.length) {
    parts.push(docs[i].text);
    total += bytes(docs[i].text) + 2;
  }
  const buffer = Buffer.from(parts.join("\n\n")).subarray(0, size);
  const cut = buffer.lastIndexOf(0x20);
  return buffer.subarray(0, cut > 0 ? cut : size).toString();
}

export function buildInputs({ quick = false } = {}) {
  mkdirSync(outDir, { recursive: true });
  const winer = readJsonl(shared + "corpora/winer-2016-2017.fr.jsonl");
  const dwie = readJsonl(shared + "corpora/dwie-train.en.jsonl");
  const size = quick ? 200e3 : 1e6;
  const fr = take(winer, "fr", size);
  const en = take(dwie, "en", size);
  const dev = winer.filter((d) => d.id.startsWith("winer:2017"));
  let text = "";
  for (const d of dev) {
    if (bytes(text) >= 5000) break;
    text += (text ? "\n\n" : "") + d.text;
  }
  const article = { text, lang: "fr", ref: dev[0].reference_date, bytes: bytes(text) };
  writeFileSync(outDir + "fr.json", JSON.stringify(fr));
  writeFileSync(outDir + "en.json", JSON.stringify(en));
  writeFileSync(outDir + "article.json", JSON.stringify(article));
  const scales = SCALE_SIZES.filter((s) => !quick || s <= 1e6);
  for (const s of scales) writeFileSync(`${outDir}scale-${s}.txt`, joined(winer, s));
  const sum = (docs) => docs.reduce((a, d) => a + d.bytes, 0);
  return { fr: { docs: fr.length, bytes: sum(fr) }, en: { docs: en.length, bytes: sum(en) },
    article: { bytes: article.bytes, ids: "first WiNER 2017 articles" }, scales };
}
