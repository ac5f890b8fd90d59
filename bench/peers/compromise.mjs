// compromise with compromise-dates and compromise-numbers (plugins are
// registered once with nlp.plugin). English only: on French text it runs
// its English rules, which is what a newsroom using it would get.
import nlp from "compromise";
import datesPlugin from "compromise-dates";
import numbersPlugin from "compromise-numbers";
import { mention, resolve } from "./spans.mjs";

export const info = { name: "compromise", langs: ["en"], categories: ["place", "actor", "date", "figure"] };

export function create() {
  nlp.plugin(numbersPlugin);  // v14 has numbers built in; the plugin still loads
  nlp.plugin(datesPlugin);
  return {
    annotate(text) {
      const doc = nlp(text);
      const out = [];
      const add = (view, category, subtype) => {
        for (const m of view.json({ offset: true, terms: false })) {
          out.push(mention(text, m.offset.start, m.offset.start + m.offset.length, category, subtype));
        }
      };
      add(doc.people(), "actor", "person");
      add(doc.organizations(), "actor", "organization");
      add(doc.places(), "place", "place");
      add(doc.dates(), "date", "date");
      add(doc.money(), "figure", "money");
      add(doc.percentages(), "figure", "percent");
      add(doc.numbers(), "figure", "number");
      return resolve(out);
    },
  };
}
