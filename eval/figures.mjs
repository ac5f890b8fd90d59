// Scores the figure recognizer on the Recognizers-Text suites
// (../shared/suites/recognizers-text, cases with ref_impl_tested: the ones
// Microsoft's C# reference really runs) and prints pass rates per suite.
//
//   node eval/figures.mjs [--write-readme] [--failures SUITE] [--json]
//
// A case passes on "span" when every expected item is found by a Relief
// figure of the suite's type and Relief reports no other figure of that
// type; it passes on "value" when, moreover, each value agrees. The
// normaliser, fixed here and in README.md:
// - spans compare case-insensitively by offsets; a Relief span may be
//   longer than the expected one only by what SPEC adds to a figure: its
//   approximation words on the left (when approximate) and its counted
//   noun (with "de"/"d'"/"of") on the right;
// - RT values are strings ("75000000", "1,6", "120%", "1E-07"): "," is read
//   as a decimal point, "%" dropped, compared with a relative tolerance of
//   1e-9; RT's "null" (a percent word with no number: "a small
//   percentage") agrees with a Relief figure without value, as SPEC omits
//   the value "when the text gives none"; relative ordinals ("end-1",
//   "current+1") have no number: Relief omits value and gives relative_to
//   ("end", "current") and offset, which are compared with RT's relativeTo
//   and offset (RT folds both into its value string "end-1");
// - money and quantity units: RT gives names ("Dollar", "Kilomètres"), or
//   for English money an isoCurrency; names listed in UNIT_NAMES below must
//   map to Relief's unit, other names are not compared (only the value);
//   RT counts subunits ("50 cents" = 50 Cent) where SPEC gives the amount in
//   the currency (0.5), so RT values in SUBUNITS are divided by 100;
// - temperature (RT TemperatureModel) is scored as quantity with °C/°F;
//   RT's dimension suite leaves temperatures to that model, so in the
//   quantity suite Relief's °C/°F figures are not counted as extra.
// Ordinals come in two RT files that contradict each other on purpose:
// "ordinal" wants relative ordinals ("next", "l'avant-dernier"), and
// "ordinal-suppressextendedtypes" (RT's SuppressExtendedTypes option)
// wants none. Relief has the same switch (relative_ordinals, off by
// default for news), so each file runs with its setting: "ordinal" with
// relative_ordinals on, the other with Relief's default.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { annotateWithCli, readJsonl } from "./score.mjs";

const SUITES_DIR = "/work/shared/suites/recognizers-text";
// suite file → Relief subtype scored in it
const SUITES = [
  ["number", "number"], ["ordinal", "ordinal", { relative_ordinals: true }],
  ["ordinal-suppressextendedtypes", "ordinal"], ["percent", "percent"],
  ["money", "money"], ["quantity", "quantity"], ["temperature", "quantity"],
];
const TARGETS = { number: 90, ordinal: 90, "ordinal-suppressextendedtypes": 90, percent: 90,
  money: 85, quantity: 85 };

// RT unit names → SPEC units.
const UNIT_NAMES = {
  Dollar: "USD", "United States dollar": "USD", "Dollar américain": "USD",
  Euro: "EUR", Livre: "GBP", "Livre sterling": "GBP", Pound: "GBP",
  "British pound": "GBP", "Pound sterling": "GBP", "Yen Japonais": "JPY",
  "Japanese yen": "JPY", Yen: "JPY", "Dollar de Hong Kong": "HKD",
  "Hong Kong dollar": "HKD", "Dollar canadien": "CAD", "Canadian dollar": "CAD",
  "Chinese yuan": "CNY", Yuan: "CNY", "Swiss franc": "CHF", "Franc Suisse": "CHF",
  "Russian ruble": "RUB", "Indian rupee": "INR",
  Kilometer: "km", "Kilomètres": "km", "Kilomètre": "km", Meter: "m",
  "Mètres": "m", "Mètre": "m", Centimeter: "cm", "Centimètres": "cm",
  Millimeter: "mm", "Millimètres": "mm", "Hectomètre": "hm", Hectometer: "hm",
  Mile: "mi", Miles: "mi", Foot: "ft", Pied: "ft", Inch: "in", Pouce: "in",
  Yard: "yd", Hectare: "ha", Acre: "ac", Ton: "t", Tonne: "t", "Metric ton": "t",
  Kilogram: "kg", Kilogramme: "kg", Gram: "g", Gramme: "g", Milligram: "mg",
  Microgram: "µg", Ounce: "oz", Pound_weight: "lb", Liter: "l", Litre: "l",
  Gallon: "gal", Barrel: "bbl", Baril: "bbl", "Kilometer per hour": "km/h",
  "Kilomètre par heure": "km/h", "Mile per hour": "mph", Knot: "kn",
  C: "°C", F: "°F", "Degree Celsius": "°C", "Degree Fahrenheit": "°F",
  "Degré Celsius": "°C", "Degré Fahrenheit": "°F",
};

const SUBUNITS = new Set(["Cent", "Cents", "Pence", "Penny", "Centime", "Centimes"]);

// Names that mean another thing in quantities ("Pound" the weight).
const QUANTITY_UNIT_NAMES = { Pound: "lb", Livre: "lb", Degree: "°" };

const toNumber = (v) => {
  if (v === null || v === undefined) return null;
  const n = Number(String(v).replace("%", "").replace(",", ".").trim());
  return Number.isFinite(n) ? n : null;
};
const close = (a, b) => a !== null && b !== null &&
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

const LINKS = /^(de|d'|d’|of)?\s*$/i;

// Does prediction p cover expected item e under the normaliser?
function spanMatches(text, p, e) {
  if (p.start === e.start && p.end === e.end) return true;
  if (p.start > e.start || p.end < e.end) return false;
  const left = text.slice(p.start, e.start).trim();
  let right = text.slice(e.end, p.end).trim();
  if (left && !p.approximate) return false;
  if (right) {
    if (!p.counted || !right.endsWith(p.counted)) return false;
    right = right.slice(0, -p.counted.length);
    if (!LINKS.test(right)) return false;
  }
  return true;
}

function valueMatches(type, p, e) {
  const v = e.value ?? {};
  if (type.startsWith("ordinal")) {
    if (v.relativeTo && v.relativeTo !== "start") {
      return p.value === undefined && p.relative_to === v.relativeTo &&
        p.offset === Number(v.offset);
    }
    if (p.relative_to) return false;
    return close(p.value ?? null, toNumber(v.value ?? v.offset));
  }
  const noValue = v.value === "null" && p.value === undefined;
  let expected = toNumber(v.value);
  if (type === "money" && SUBUNITS.has(v.unit) && expected !== null) expected /= 100;
  if (!noValue && !close(p.value ?? null, expected)) return false;
  if (type === "money" || type === "quantity" || type === "temperature") {
    const expectedUnit = v.isoCurrency ||
      (type === "money" ? UNIT_NAMES[v.unit] : QUANTITY_UNIT_NAMES[v.unit] ?? UNIT_NAMES[v.unit]);
    if (expectedUnit && expectedUnit !== p.unit) return false;
  }
  return true;
}

function scoreSuite(lang, suite, subtype, options, failures) {
  const path = `${SUITES_DIR}/${lang}-${suite}.jsonl`;
  const cases = readJsonl(path).filter((c) => c.ref_impl_tested);
  const results = annotateWithCli(cases.map((c) => ({ id: c.id, text: c.text, lang, ...options })));
  let span = 0, value = 0, numeric = 0, numericSpan = 0, numericValue = 0;
  for (const c of cases) {
    // Relative ordinals ("the last", "suivante") have no SPEC number.
    const isNumeric = c.expected.every((e) => !e.value?.relativeTo || e.value.relativeTo === "start");
    const doc = results.get(c.id);
    const preds = (doc.mentions ?? []).filter((m) => m.category === "figure" &&
      m.subtype === subtype &&
      !(suite === "quantity" && (m.unit === "°C" || m.unit === "°F")));
    const used = new Set();
    let spanOk = true, valueOk = true;
    for (const e of c.expected) {
      const k = preds.findIndex((p, i) => !used.has(i) && spanMatches(c.text, p, e));
      if (k < 0) { spanOk = valueOk = false; continue; }
      used.add(k);
      if (!valueMatches(suite, preds[k], e)) valueOk = false;
    }
    if (used.size !== preds.length) spanOk = valueOk = false;
    span += spanOk; value += valueOk;
    if (isNumeric) { numeric += 1; numericSpan += spanOk; numericValue += valueOk; }
    if (!valueOk && failures) {
      console.log(JSON.stringify({ id: c.id, text: c.text.slice(0, 160),
        expected: c.expected.map((e) => [e.text, e.value]),
        got: preds.map((p) => [p.text, p.value, p.unit, p.approximate ? "~" : ""]) }));
    }
  }
  const row = { lang, suite, cases: cases.length, span, value };
  if (suite !== "ordinal") return [row];
  return [row, { lang, suite: "ordinal (numeric only)", cases: numeric, span: numericSpan,
    value: numericValue }];
}

const args = process.argv.slice(2);
const failuresOf = args.includes("--failures") ? args[args.indexOf("--failures") + 1] : null;
const rows = [];
for (const lang of ["fr", "en"]) {
  for (const [suite, subtype, options = {}] of SUITES) {
    rows.push(...scoreSuite(lang, suite, subtype, options, failuresOf === `${lang}-${suite}`));
  }
}
const pct = (k, n) => n ? (100 * k / n).toFixed(1) : "-";
const lines = ["| suite | cases | span pass % | value pass % | target |",
  "|---|---:|---:|---:|---:|"];
for (const r of rows) {
  lines.push(`| ${r.lang}-${r.suite} | ${r.cases} | ${pct(r.span, r.cases)} | ` +
    `${pct(r.value, r.cases)} | ${TARGETS[r.suite] ? "≥ " + TARGETS[r.suite] : r.suite.startsWith("ordinal") ? "(subset)" : "(extra)"} |`);
}
const table = lines.join("\n");
if (args.includes("--json")) console.log(JSON.stringify(rows));
else if (!failuresOf) console.log(table);

if (args.includes("--write-readme")) {
  const readme = fileURLToPath(new URL("../README.md", import.meta.url));
  const text = readFileSync(readme, "utf8");
  const begin = "<!-- figures-eval:begin -->", end = "<!-- figures-eval:end -->";
  const i = text.indexOf(begin), j = text.indexOf(end);
  if (i < 0 || j < 0) throw new Error("README.md has no figures-eval markers");
  writeFileSync(readme, text.slice(0, i + begin.length) + "\n" + table + "\n" + text.slice(j));
}
