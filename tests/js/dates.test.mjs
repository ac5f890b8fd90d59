// Dates through the JavaScript API (the real wasm in Node): referenceDate
// resolves relative expressions; without it unknown parts stay X (SPEC).
import { test } from "node:test";
import assert from "node:assert/strict";
import { createAnnotator } from "../../web/relief.js";

const text = "Ce dimanche 27, l'armée a repris la ville. Le 7 mars, l'offensive " +
  "avait commencé ; au cours des dernières 24 heures, du 7 au 9 mars.";

const dates = (doc) => doc.mentions.filter((m) => m.category === "date")
  .map((m) => [m.text, m.subtype, m.value]);

test("wasm dates: referenceDate resolves, no reference leaves X", async () => {
  const annotator = await createAnnotator();
  const resolved = await annotator.annotate(text, { lang: "fr", referenceDate: "2016-03-27" });
  assert.deepEqual(dates(resolved), [
    ["Ce dimanche 27", "date", "2016-03-27"],
    ["Le 7 mars", "date", "2016-03-07"],
    ["dernières 24 heures", "duration", "PT24H"],
    ["du 7 au 9 mars", "date", { start: "2016-03-07", end: "2016-03-09" }],
  ]);
  const open = await annotator.annotate(text, { lang: "fr" });
  assert.deepEqual(dates(open), [
    ["Ce dimanche 27", "date", "XXXX-XX-27"],
    ["Le 7 mars", "date", "XXXX-03-07"],
    ["dernières 24 heures", "duration", "PT24H"],
    ["du 7 au 9 mars", "date", { start: "XXXX-03-07", end: "XXXX-03-09" }],
  ]);
  annotator.dispose();
});
