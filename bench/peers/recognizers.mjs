// Microsoft Recognizers-Text (suite), French and English: date/time,
// number, ordinal, percentage, currency and dimension models. Its "end"
// is inclusive.
import * as RT from "@microsoft/recognizers-text-suite";
import { mention, resolve } from "./spans.mjs";

export const info = { name: "recognizers-text", langs: ["fr", "en"], categories: ["date", "figure"] };

const FIGURES = [
  ["recognizeCurrency", "money"], ["recognizePercentage", "percent"], ["recognizeDimension", "quantity"],
  ["recognizeOrdinal", "ordinal"], ["recognizeNumber", "number"],
];

export function create() {
  return {
    annotate(text, lang) {
      const culture = lang === "fr" ? RT.Culture.French : RT.Culture.English;
      const out = [];
      for (const r of RT.recognizeDateTime(text, culture)) {
        const subtype = /duration/.test(r.typeName) ? "duration" : /set/.test(r.typeName) ? "set"
          : /time/.test(r.typeName.replace("datetimeV2.", "").replace(/^date/, "")) ? "time" : "date";
        out.push(mention(text, r.start, r.end + 1, "date", subtype));
      }
      for (const [fn, subtype] of FIGURES) {
        for (const r of RT[fn](text, culture)) out.push(mention(text, r.start, r.end + 1, "figure", subtype));
      }
      return resolve(out);
    },
  };
}
