// How the component scales with article length, in Debian's Chromium:
// the seed article repeated N times, (a) annotated by the real core through
// the page (Worker + rendering), (b) a synthetic SPEC document with all
// four categories (the seed's gold, repeated) shown with show(). Prints a
// Markdown table of wall times (median of 3) for the README.
//   node eval/page-scale.mjs [N…]        (after tools/build.sh)
import { readFileSync } from "node:fs";
import { startServer } from "../tools/serve.mjs";
import { launchChromium } from "../tests/js/browser.mjs";
import { seedDocument } from "../tests/js/component-helpers.mjs";
import { seedPath } from "../tests/js/paths.mjs";

const copies = process.argv.slice(2).map(Number).filter(Boolean);
const seed = readFileSync(seedPath, "utf8");
const gold = seedDocument();

function repeated(n) {
  const text = Array(n).fill(seed).join("\n");
  const mentions = [], entities = gold.entities.map((e) => ({ ...e, mentions: [] }));
  for (let k = 0; k < n; ++k) {
    const shift = k * (seed.length + 1);
    for (const m of gold.mentions) {
      if (m.entity != null) entities[m.entity].mentions.push(mentions.length);
      mentions.push({ ...m, start: m.start + shift, end: m.end + shift });
    }
  }
  return { text, doc: { ...gold, mentions, entities } };
}

const server = await startServer({ port: 0 });
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
await page.goto(`http://127.0.0.1:${server.address().port}/`);
await page.waitForSelector("body[data-relief-ready=true]", { timeout: 20000 });
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log("| copies of the seed | characters | core: mentions | core + render (ms) | synthetic: highlights | show() (ms) |");
console.log("|---:|---:|---:|---:|---:|---:|");
for (const n of copies.length ? copies : [1, 10, 100]) {
  const { text, doc } = repeated(n);
  const annotated = [], shown = [];
  let found = 0;
  for (let run = 0; run < 3; ++run) {
    const a = await page.$eval("relief-annotator", async (host, text) => {
      const t0 = performance.now();
      const doc = await host.annotate(text, { referenceDate: "2016-03-27" });
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));  // layout and paint
      return { ms: performance.now() - t0, mentions: doc.mentions.length };
    }, text);
    annotated.push(a.ms);
    found = a.mentions;
    shown.push(await page.$eval("relief-annotator", async (host, { text, doc }) => {
      const t0 = performance.now();
      host.show(text, doc);
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      return performance.now() - t0;
    }, { text, doc }));
  }
  console.log(`| ${n} | ${text.length} | ${found} | ${median(annotated).toFixed(0)} | ${doc.mentions.length} | ${median(shown).toFixed(0)} |`);
}
await browser.close();
server.close();
