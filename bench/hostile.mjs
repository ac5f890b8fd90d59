// Time versus input size for each hostile input family, through the native
// CLI and the wasm core in Node: the times must grow linearly.
//   node bench/hostile.mjs [--max-mb 10]        (after tools/build.sh)
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createAnnotator } from "../web/relief.js";
import { FAMILIES, checkDocument } from "./hostile-inputs.mjs";

const cli = fileURLToPath(new URL("../build/native/relief", import.meta.url));
const at = process.argv.indexOf("--max-mb");
const maxMb = at > 0 ? Number(process.argv[at + 1]) : 10;
const SIZES = [10e3, 100e3, 1e6, 10e6].filter((s) => s <= maxMb * 1e6);
const label = (n) => (n >= 1e6 ? `${n / 1e6} MB` : `${n / 1e3} KB`);
const ms = (t) => (t < 10 ? t.toFixed(2) : t.toFixed(0));

const annotator = await createAnnotator();
console.log(`| family | door | ${SIZES.map(label).join(" | ")} | MB/s at ${label(SIZES.at(-1))} |`);
console.log(`|---|---|${SIZES.map(() => "---:|").join("")}---:|`);
for (const family of FAMILIES) {
  const cliTimes = [], wasmTimes = [];
  for (const size of SIZES) {
    const text = family.make(size);
    const bytes = Buffer.byteLength(text);
    let start = performance.now();
    const r = spawnSync(cli, ["annotate", "--compact", "--reference-date", "2016-03-27", "-"],
      { input: text, maxBuffer: 1 << 30 });
    cliTimes.push(performance.now() - start);
    if (r.status !== 0) throw new Error(`${family.name}: CLI failed: ${r.stderr}`);
    await annotator.annotate(text.slice(0, 1000), {});  // warm
    start = performance.now();
    const doc = await annotator.annotate(text, { referenceDate: "2016-03-27" });
    wasmTimes.push(performance.now() - start);
    const problem = checkDocument(text, doc);
    if (problem) throw new Error(`${family.name} ${label(size)}: ${problem}`);
    if (size === SIZES.at(-1)) family.bytes = bytes;
  }
  const rate = (times) => (family.bytes / 1e6 / (times.at(-1) / 1000)).toFixed(1);
  console.log(`| ${family.name} | CLI (ms) | ${cliTimes.map(ms).join(" | ")} | ${rate(cliTimes)} |`);
  console.log(`| | wasm (ms) | ${wasmTimes.map(ms).join(" | ")} | ${rate(wasmTimes)} |`);
}
annotator.dispose();
