// Hostile input at the JavaScript and command-line doors: each gives a
// result or a clear error, loses nothing, and leaves the annotator usable.
// (Timing: bench/hostile.mjs.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createAnnotator } from "../../web/relief.js";
import { cli } from "./paths.mjs";
import { FAMILIES, checkDocument } from "../../bench/hostile-inputs.mjs";

test("wasm: every hostile family at 1 MB gives a valid result", async () => {
  const annotator = await createAnnotator();
  for (const family of FAMILIES) {
    const text = family.make(1 << 20);
    const doc = await annotator.annotate(text, { referenceDate: "2016-03-27" });
    assert.equal(checkDocument(text, doc), null, family.name);
  }
  annotator.dispose();
});

test("wasm: lone surrogates, NUL and a 10 MB article", async () => {
  const annotator = await createAnnotator();
  const lone = "\uDC00le 7 mars 2016\uD800\u0000 en mai 2015 \uD83D";
  const doc = await annotator.annotate(lone, { referenceDate: "2016-03-27" });
  assert.equal(checkDocument(lone, doc), null);
  assert.deepEqual(doc.mentions.map((m) => lone.slice(m.start, m.end)), ["le 7 mars 2016", "mai 2015"]);
  const big = FAMILIES[0].make(10 << 20);
  const bigDoc = await annotator.annotate(big, { referenceDate: "2016-03-27" });
  assert.equal(checkDocument(big, bigDoc), null);
  assert.ok(bigDoc.mentions.length > 10000);
  annotator.dispose();
});

test("wasm: a text over the maximum is refused clearly, then the annotator still works", async () => {
  const annotator = await createAnnotator();
  const huge = "a".repeat(32 * 1024 * 1024 + 1);
  await assert.rejects(annotator.annotate(huge),
    { name: "ReliefError", message: "text too large: 33554433 bytes, the maximum is 33554432" });
  const doc = await annotator.annotate("en mai 2015", {});
  assert.equal(doc.mentions[0].value, "2015-05");
  annotator.dispose();
});

test("wasm: 10,000 annotate calls do not grow the memory after the first few", async () => {
  const annotator = await createAnnotator();
  const text = FAMILIES[0].make(3000);
  for (let i = 0; i < 100; ++i) await annotator.annotate(text, { referenceDate: "2016-03-27" });
  const settled = await annotator.memoryBytes();
  for (let i = 0; i < 9900; ++i) {
    await annotator.annotate(text, { referenceDate: i % 2 ? "2016-03-27" : undefined, lang: i % 3 ? "fr" : "auto" });
    if (i % 1000 === 0) await assert.rejects(annotator.annotate(text, { lang: "xx" }));
  }
  assert.equal(await annotator.memoryBytes(), settled);
  annotator.dispose();
  await assert.rejects(annotator.memoryBytes(), /disposed/);
});

test("CLI --jsonl: huge lines, invalid UTF-8 and junk between good lines lose nothing", () => {
  const good = (id) => Buffer.from(JSON.stringify({ id, text: "le 7 mars 2016" }) + "\n");
  const parts = [
    good(1),
    Buffer.from(JSON.stringify({ id: 2, text: FAMILIES[0].make(5 << 20) }) + "\n"),
    good(3),
    Buffer.from(JSON.stringify({ id: 4, text: "a".repeat(33 << 20) }) + "\n"),
    good(5),
    Buffer.from([0xff, 0xfe, 0x00, 0x0a]),
    good(6),
    Buffer.from("[".repeat(100000) + "\n"),
    good(7),
    Buffer.alloc(1 << 20, 0x41), Buffer.from("\n"),
    good(8),
  ];
  const r = spawnSync(cli, ["annotate", "--jsonl"], { input: Buffer.concat(parts), maxBuffer: 1 << 30 });
  assert.equal(r.status, 0, r.stderr.toString());
  const lines = r.stdout.toString().trimEnd().split("\n").map((l) => JSON.parse(l));
  assert.equal(lines.length, 11);
  assert.deepEqual(lines.map((l) => l.id ?? null), [1, 2, 3, 4, 5, null, 6, null, 7, null, 8]);
  assert.equal(lines[1].mentions.length > 1000, true);
  assert.match(lines[3].error, /text too large/);
  for (const i of [5, 7, 9]) assert.match(lines[i].error, /not valid JSON/);
  for (const i of [0, 2, 4, 6, 8, 10]) assert.equal(lines[i].mentions[0].text, "le 7 mars 2016");
});
