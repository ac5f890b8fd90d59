// Measures one system in this fresh Node process and prints one JSON line:
//   node bench/node-system.mjs relief|chrono|compromise|wink|recognizers [--quick] [--scale]
// Cold start is performance.now() at the first result: Node's start, the
// imports, the set-up and one annotation of the 5 KB article.
import { readFileSync } from "node:fs";
import { latency, throughput, tolerant } from "./measure.mjs";
import { outDir, SCALE_SIZES } from "./inputs.mjs";

const [system, ...flags] = process.argv.slice(2);
const quick = flags.includes("--quick");
const article = JSON.parse(readFileSync(outDir + "article.json", "utf8"));

let annotate, memoryBytes;
if (system === "relief") {
  const { createAnnotator } = await import("../web/relief.js");
  const annotator = await createAnnotator();
  annotate = (d) => annotator.annotate(d.text, { lang: d.lang, referenceDate: d.ref });
  memoryBytes = () => annotator.memoryBytes();
} else {
  const peer = (await import(`./peers/${system}.mjs`)).create();
  annotate = tolerant((d) => peer.annotate(d.text, d.lang, d.ref));
}
await annotate(article);
const coldStartMs = performance.now();

const result = { system, door: "node", coldStartMs, throughput: {} };
const budgetMs = quick ? 4000 : 15000;
for (const lang of ["fr", "en"]) {
  const docs = JSON.parse(readFileSync(`${outDir}${lang}.json`, "utf8"));
  result.throughput[lang] = await throughput(annotate, docs, { runs: quick ? 3 : 5, budgetMs });
}
result.latency = await latency(annotate, article, { count: quick ? 50 : 200, budgetMs: quick ? 2000 : 6000 });
if (annotate.failures) result.failures = annotate.failures;
result.maxRssMB = process.resourceUsage().maxRSS / 1024;
if (memoryBytes) result.wasmMemoryMB = (await memoryBytes()) / 2 ** 20;
if (flags.includes("--scale")) {
  result.scale = [];
  for (const size of SCALE_SIZES.filter((s) => !quick || s <= 1e6)) {
    const text = readFileSync(`${outDir}scale-${size}.txt`, "utf8");
    const doc = { text, lang: "fr", ref: "2016-03-27", bytes: Buffer.byteLength(text) };
    result.scale.push({ size, ...(await throughput(annotate, [doc], { runs: size >= 10e6 ? 3 : 5, budgetMs: 1e9 })) });
  }
}
if (result.scale) result.scaleMaxRssMB = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify(result));
