// wink-nlp with wink-eng-lite-web-model (English). Its NER finds dates,
// times, durations and figures; the lite model has no people or places.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { mention, resolve } from "./spans.mjs";

export const info = { name: "wink-nlp", langs: ["en"], categories: ["date", "figure"] };

const CATEGORY = {
  DATE: ["date", "date"], TIME: ["date", "time"], DURATION: ["date", "duration"],
  CARDINAL: ["figure", "number"], ORDINAL: ["figure", "ordinal"], MONEY: ["figure", "money"],
  PERCENT: ["figure", "percent"], MEASURE: ["figure", "quantity"],
};

export function create() {
  const nlp = winkNLP(model);
  const its = nlp.its;
  return {
    annotate(text) {
      const doc = nlp.readDoc(text);
      // wink keeps each token's preceding spaces: its character offsets are
      // their running sum.
      const values = doc.tokens().out(its.value);
      const spaces = doc.tokens().out(its.precedingSpaces);
      const starts = new Array(values.length);
      let at = 0;
      for (let i = 0; i < values.length; ++i) {
        at += spaces[i].length;
        starts[i] = at;
        at += values[i].length;
      }
      const out = [];
      const spans = doc.entities().out(its.span);
      const types = doc.entities().out(its.type);
      spans.forEach(([first, last], i) => {
        const c = CATEGORY[types[i]];
        if (!c) return;
        const start = starts[first], end = starts[last] + values[last].length;
        // Tokens whose text wink rewrote would shift offsets: skip them.
        if (text.slice(start, end).endsWith(values[last])) out.push(mention(text, start, end, c[0], c[1]));
      });
      return resolve(out);
    },
  };
}
