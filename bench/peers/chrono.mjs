// chrono-node: dates only, with its French and English parsers.
import * as chrono from "chrono-node";
import { mention, referenceDate, resolve } from "./spans.mjs";

export const info = { name: "chrono-node", langs: ["fr", "en"], categories: ["date"] };

export function create() {
  return {
    annotate(text, lang, ref) {
      const parser = lang === "fr" ? chrono.fr : chrono.en;
      return resolve(parser.parse(text, referenceDate(ref)).map((r) =>
        mention(text, r.index, r.index + r.text.length, "date", r.start.isCertain("hour") ? "time" : "date")));
    },
  };
}
