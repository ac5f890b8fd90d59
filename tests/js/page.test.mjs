// index.html in Debian's Chromium: served over http (with the strict CSP)
// and the self-contained build opened from disk (file://). The seed article
// is pasted; the highlights must be exactly the API's mentions.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { createAnnotator } from "../../web/relief.js";
import { startServer } from "../../tools/serve.mjs";
import { launchChromium, paste } from "./browser.mjs";
import { root, seedPath } from "./paths.mjs";

const seed = readFileSync(seedPath, "utf8");
const artefacts = root + "test-results/";
let server, browser, expected;

before(async () => {
  mkdirSync(artefacts, { recursive: true });
  server = await startServer({ port: 0 });
  browser = await launchChromium();
  const annotator = await createAnnotator();
  expected = await annotator.annotate(seed, { lang: "auto", referenceDate: "2016-03-27" });
  annotator.dispose();
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function openPage(url) {
  const page = await browser.newPage();
  const problems = [];
  page.on("console", (m) => { if (m.type() === "error") problems.push(m.text()); });
  page.on("pageerror", (e) => problems.push(String(e)));
  await page.goto(url);
  await page.waitForSelector("body[data-relief-ready=true]", { timeout: 20000 });
  return { page, problems };
}

async function pasteSeedAndRead(page) {
  await page.fill("#relief-date", "2016-03-27");
  await paste(page, "#relief-text", { "text/plain": seed });
  await page.waitForFunction(() => /mentions/.test(document.querySelector("#relief-status").textContent));
  return page.evaluate(() => ({
    marks: [...document.querySelectorAll("#relief-article mark")].map((m) => ({
      start: Number(m.dataset.start), end: Number(m.dataset.end),
      category: m.dataset.category, text: m.textContent,
    })),
    articleText: document.querySelector("#relief-article").textContent,
    legend: Object.fromEntries([...document.querySelectorAll(".relief-legend-item")]
      .map((li) => [li.dataset.category, Number(li.querySelector(".relief-count").textContent)])),
    input: document.querySelector("#relief-text").value,
  }));
}

function checkAgainstApi(shown) {
  assert.equal(shown.input, seed, "the pasted text is kept as is");
  assert.equal(shown.articleText, seed, "the highlighted view shows the whole text");
  assert.deepEqual(shown.marks, expected.mentions.map(({ start, end, category, text }) =>
    ({ start, end, category, text })));
  assert.ok(shown.marks.length >= 4);
  for (const category of ["place", "actor", "date", "figure"]) {
    assert.equal(shown.legend[category],
      expected.mentions.filter((m) => m.category === category).length, category);
  }
}

test("served page: pasting the seed article highlights the API's mentions", async () => {
  const { page, problems } = await openPage(`http://127.0.0.1:${server.address().port}/`);
  const shown = await pasteSeedAndRead(page);
  checkAgainstApi(shown);
  await page.screenshot({ path: artefacts + "page-seed.png", fullPage: true });
  assert.deepEqual(problems, []);
  await page.close();
});

test("served page: pasted HTML is read as text, never run", async () => {
  const { page, problems } = await openPage(`http://127.0.0.1:${server.address().port}/`);
  await page.evaluate(() => { window.__pwned = 0; });
  await paste(page, "#relief-text", {
    "text/html": '<p>Le 7 mars 2016</p><img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><p>en mai 2015</p>',
  });
  await page.waitForFunction(() => /mentions/.test(document.querySelector("#relief-status").textContent));
  const state = await page.evaluate(() => ({
    pwned: window.__pwned,
    input: document.querySelector("#relief-text").value,
    images: document.querySelectorAll("#relief-article img").length,
  }));
  assert.equal(state.pwned, 0);
  assert.equal(state.images, 0);
  assert.equal(state.input, "Le 7 mars 2016\nen mai 2015");
  assert.deepEqual(problems, []);
  await page.close();
});

test("standalone build opened from disk (file://) works the same", async () => {
  const { page, problems } = await openPage(pathToFileURL(root + "web/dist/relief-standalone.html").href);
  checkAgainstApi(await pasteSeedAndRead(page));
  assert.deepEqual(problems, []);
  await page.close();
});
