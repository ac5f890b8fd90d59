// Figures through the JavaScript API (the real wasm in Node): relative
// ordinals ("the last", "l'avant-dernier") only with relativeOrdinals.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createAnnotator } from "../../web/relief.js";

const ordinals = (doc) => doc.mentions
  .filter((m) => m.category === "figure" && m.subtype === "ordinal")
  .map((m) => [m.text, m.value, m.relative_to, m.offset]);

test("wasm figures: relative ordinals only with relativeOrdinals", async () => {
  const annotator = await createAnnotator();
  const text = "Il est arrivé avant-dernier, puis deuxième.";
  assert.deepEqual(ordinals(await annotator.annotate(text, { lang: "fr" })), [
    ["deuxième", 2, undefined, undefined],
  ]);
  assert.deepEqual(ordinals(await annotator.annotate(text, { lang: "fr", relativeOrdinals: true })), [
    ["avant-dernier", undefined, "end", -1],
    ["deuxième", 2, undefined, undefined],
  ]);
  annotator.dispose();
});
