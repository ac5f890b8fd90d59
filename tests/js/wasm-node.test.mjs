// The real Emscripten output, loaded through web/relief.js in Node, both the
// release build and the debug build with assertions.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createAnnotator } from "../../web/relief.js";
import { cli, seedPath } from "./paths.mjs";

const seed = readFileSync(seedPath, "utf8");

for (const [variant, distUrl] of [["release", undefined], ["debug", "dist/debug/"]]) {
  test(`wasm ${variant}: the seed article gives the CLI's result`, async () => {
    const annotator = await createAnnotator({ distUrl });
    const doc = await annotator.annotate(seed, { lang: "fr", referenceDate: "2016-03-27" });
    const native = JSON.parse(spawnSync(cli, ["annotate", "--lang", "fr",
      "--reference-date", "2016-03-27", seedPath]).stdout);
    assert.deepEqual(doc, native);
    assert.ok(doc.mentions.length >= 4);
    for (const m of doc.mentions) assert.equal(seed.slice(m.start, m.end), m.text);
    annotator.dispose();
  });

  test(`wasm ${variant}: offsets index the JavaScript string (emoji, lone surrogate)`, async () => {
    const annotator = await createAnnotator({ distUrl });
    const text = "😀\uD800 Le 7 mars 2016 🎉 puis en mai 2015.";
    const doc = await annotator.annotate(text, { referenceDate: "2016-03-27" });
    assert.deepEqual(doc.mentions.map((m) => text.slice(m.start, m.end)),
      ["Le 7 mars 2016", "mai 2015"]);
    assert.deepEqual(doc.mentions.map((m) => m.text), ["Le 7 mars 2016", "mai 2015"]);
    annotator.dispose();
  });

  test(`wasm ${variant}: errors are Errors, the annotator stays usable, dispose ends it`, async () => {
    const annotator = await createAnnotator({ distUrl });
    await assert.rejects(annotator.annotate("x", { lang: "de" }),
      (e) => e instanceof Error && /unsupported lang "de"/.test(e.message));
    await assert.rejects(annotator.annotate("x", { referenceDate: "2016-02-30" }), /calendar date/);
    await assert.rejects(annotator.annotate(42), TypeError);
    const doc = await annotator.annotate("", {});
    assert.deepEqual(doc.mentions, []);
    assert.equal(doc.schema, "relief/1");
    annotator.dispose();
    await assert.rejects(annotator.annotate("x"), /disposed/);
  });
}
