// The component's pure parts (web/relief-format.js): normalized values,
// entity groups, time positions, and the CSV and Web Annotation exports.
import { test } from "node:test";
import assert from "node:assert/strict";
import { datedMentions, describeValue, documentProblem, groupEntities, mappedPlaces, toCsv, toJson, toWebAnnotation,
  yearPosition } from "../../web/relief-format.js";
import { readFileSync } from "node:fs";
import { seedDocument } from "./component-helpers.mjs";
import { seedPath } from "./paths.mjs";

const seedText = () => readFileSync(seedPath, "utf8");

test("normalized values read as the SPEC examples", () => {
  assert.equal(describeValue({ value: "2016-03-27" }), "2016-03-27");
  assert.equal(describeValue({ value: 190, approximate: true }), "≈ 190");
  assert.equal(describeValue({ value: 1, unit: "EUR" }), "1 EUR");
  assert.equal(describeValue({ value: 12.5, unit: "%" }), "12.5 %");
  assert.equal(describeValue({ approximate: true }), "≈");
  assert.equal(describeValue({ value: { start: "2015-01", end: "2015-03" } }), "2015-01 – 2015-03");
  assert.equal(describeValue({}), "");
});

test("entities come grouped by category, most mentioned first, with aliases", () => {
  const doc = seedDocument();
  const groups = groupEntities(doc);
  const ei = groups.actor.find((g) => g.name === "Etat islamique");
  assert.deepEqual(ei.aliases.sort(), ["Daech", "EI"]);
  assert.equal(groups.place[0].name, "Palmyre");
  // Dates without an entity are grouped by value.
  const twoDays = { mentions: [
    { start: 0, end: 7, text: "27 mars", category: "date", value: "2016-03-27" },
    { start: 10, end: 18, text: "dimanche", category: "date", value: "2016-03-27" },
    { start: 20, end: 24, text: "2013", category: "date", value: "2013" }] };
  const dates = groupEntities(twoDays).date;
  assert.deepEqual(dates.map((g) => [g.name, g.mentions, g.aliases]),
    [["27 mars", [0, 1], ["dimanche"]], ["2013", [2], []]]);
  assert.deepEqual(mappedPlaces(doc).map((p) => p.group.name).sort(), ["Damas", "Mossoul", "Palmyre", "Raqqa"]);
});

test("dates are placed in time; unknown years and durations are left out", () => {
  assert.equal(yearPosition("2016"), 2016);
  assert.ok(yearPosition("2016-03-27") > yearPosition("2016-03-07"));
  assert.ok(yearPosition("2016-03") < yearPosition("2016-03-07"));
  assert.ok(Math.abs(yearPosition("2016-W12") - (2016 + 77 / 365.25)) < 1e-9);
  assert.equal(yearPosition("201X"), 2010);
  assert.equal(yearPosition("XXXX-03-07"), null);
  const doc = { mentions: [
    { category: "date", subtype: "date", value: "XXXX-03-07" },
    { category: "date", subtype: "duration", value: "PT24H" },
    { category: "date", subtype: "date", value: { start: "2015-01", end: "2015-03" } },
    { category: "figure", value: 2015 }] };
  const dated = datedMentions(doc);
  assert.deepEqual(dated.map((d) => d.index), [2]);
  assert.ok(dated[0].end > dated[0].start);
});

test("CSV: one row per mention, quoted as RFC 4180, formulas defused", () => {
  const doc = { mentions: [
    { start: 0, end: 9, text: 'a "b", c', category: "actor", subtype: "person", entity: 0 },
    { start: 10, end: 13, text: "=1+1", category: "figure", subtype: "number", value: -3, approximate: true }],
    entities: [{ id: 7, name: "Relief, Inc.", category: "actor", mentions: [0] }] };
  assert.equal(toCsv(doc),
    "start,end,category,subtype,text,value,grain,unit,approximate,counted,entity,entity_name,confidence\r\n" +
    '0,9,actor,person,"a ""b"", c",,,,,,7,"Relief, Inc.",\r\n' +
    "10,13,figure,number,'=1+1,-3,,,true,,,,\r\n");
  assert.deepEqual(JSON.parse(toJson(doc)), doc);
});

test("Web Annotation: code point selectors, quote context, linked identities", () => {
  const text = "𝐀 Palmyre, Syrie";  // an astral character before: UTF-16 ≠ code points
  const doc = { mentions: [{ start: 3, end: 10, text: "Palmyre", category: "place", subtype: "city", entity: 0 }],
    entities: [{ id: 0, name: "Palmyre", category: "place", mentions: [0], link: { geonames: 163808, wikidata: "Q5747" } }] };
  const page = JSON.parse(toWebAnnotation(doc, text, "https://example.org/a"));
  assert.equal(page.type, "AnnotationPage");
  const [annotation] = page.items;
  assert.deepEqual(annotation.target.selector[0], { type: "TextPositionSelector", start: 2, end: 9 });
  assert.deepEqual(annotation.target.selector[1],
    { type: "TextQuoteSelector", exact: "Palmyre", prefix: "𝐀 ", suffix: ", Syrie" });
  assert.equal(annotation.target.source, "https://example.org/a");
  assert.deepEqual(annotation.body.filter((b) => b.id).map((b) => b.id),
    ["http://www.wikidata.org/entity/Q5747", "https://sws.geonames.org/163808/"]);
  assert.deepEqual([...text].slice(2, 9).join(""), "Palmyre");
});

test("a document that does not fit its text is refused with the reason", () => {
  const text = "Le 7 mars à Palmyre";
  const date = { start: 3, end: 9, text: "7 mars", category: "date" };
  const place = { start: 12, end: 19, text: "Palmyre", category: "place" };
  assert.equal(documentProblem(text, { mentions: [date, place] }), "");
  assert.equal(documentProblem(seedText(), seedDocument()), "");
  assert.match(documentProblem(text, { mentions: [place, date] }), /mention 1: starts before/);
  assert.match(documentProblem(text, { mentions: [{ ...place, end: 40 }] }), /not inside the text/);
  assert.match(documentProblem(text, { mentions: [{ ...place, start: 11 }] }), /is not the text at 11–19/);
  assert.match(documentProblem(text, { mentions: [{ ...place, category: "person" }] }), /unknown category/);
  assert.match(documentProblem(text, {}), /no mentions array/);
});
