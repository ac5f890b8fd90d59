// Accuracy side by side: every system's output in SPEC shape, scored by
// eval/score.mjs on the dev data, plus "span found" recall on the shared
// date and number suites. Relief runs through the native CLI (the same core
// as the wasm build); peers through the modules of bench/peers/.
import { annotateWithCli, CATEGORIES, combined, metrics, readJsonl, score } from "../eval/score.mjs";
import { shared } from "./inputs.mjs";

export const DEV = [
  { name: "WiNER-fr dev (2017)", path: "corpora/winer-2016-2017.fr.jsonl", filter: (d) => d.id.startsWith("winer:2017") },
  { name: "CoNLL-2003 val (en)", path: "corpora/conll2003-val.en.jsonl", filter: () => true },
];

// Suite files and the SPEC category of their expected types.
export const SUITES = [
  { name: "chrono dates fr", category: "date", files: ["chrono/fr-datetime.jsonl"] },
  { name: "chrono dates en", category: "date", files: ["chrono/en-datetime.jsonl"] },
  { name: "RT dates fr", category: "date", files: ["recognizers-text/fr-datetime-model.jsonl"] },
  { name: "RT dates en", category: "date", files: ["recognizers-text/en-datetime-model.jsonl"] },
  { name: "RT figures fr", category: "figure", files: ["number", "ordinal", "percent", "money", "quantity"].map((t) => `recognizers-text/fr-${t}.jsonl`) },
  { name: "RT figures en", category: "figure", files: ["number", "ordinal", "percent", "money", "quantity"].map((t) => `recognizers-text/en-${t}.jsonl`) },
];
const FIGURE_TYPES = new Set(["number", "ordinal", "percent", "numberrange", "money", "quantity", "age", "temperature"]);
const suiteCategory = (type) => (type === "timezone" ? null : FIGURE_TYPES.has(type) ? "figure" : "date");

// Annotates docs one by one until `budgetMs` is spent; returns the
// predictions and how many docs were done (slow peers do a prefix).
async function predict(annotate, docs, budgetMs) {
  const predictions = new Map();
  const t0 = performance.now();
  for (const d of docs) {
    if (performance.now() - t0 > budgetMs) break;
    let mentions;
    try { mentions = await annotate(d); } catch { mentions = []; predictions.failures = (predictions.failures ?? 0) + 1; }
    predictions.set(d.id, { id: d.id, mentions });
  }
  return predictions;
}

function suiteCases(suite, limit) {
  return suite.files.flatMap((f) => readJsonl(shared + "suites/" + f).filter((c) => c.expected?.length &&
    c.expected.every((e) => e.start != null)).slice(0, limit));
}

// Share of expected suite spans a system finds, exact and overlapping,
// in the expected category.
function spanRecall(cases, predictions) {
  let gold = 0, exact = 0, overlap = 0;
  for (const c of cases) {
    const mentions = predictions.get(c.id)?.mentions;
    if (!mentions) continue;
    for (const e of c.expected) {
      const category = suiteCategory(e.type);
      if (!category) continue;
      ++gold;
      const same = mentions.filter((m) => m.category === category);
      if (same.some((m) => m.start === e.start && m.end === e.end)) ++exact;
      if (same.some((m) => m.start < e.end && e.start < m.end)) ++overlap;
    }
  }
  return { gold, exact: gold ? exact / gold : 0, overlap: gold ? overlap / gold : 0 };
}

// systems: [{name, langs, categories (what a peer can find; Relief: all),
// annotate(doc{id,text,lang,reference_date}) → mentions}]
// with name "relief" annotated through the CLI in one batch.
export async function accuracy(systems, { quick = false, budgetMs = 60000, log = () => {} } = {}) {
  const out = { dev: [], suites: [] };
  for (const corpus of DEV) {
    let gold = readJsonl(shared + corpus.path).filter(corpus.filter);
    if (quick) gold = gold.slice(0, 40);
    for (const system of systems) {
      if (!system.langs.includes(gold[0].lang)) continue;
      log(`accuracy: ${system.name} on ${corpus.name}`);
      const predictions = system.name === "relief" ? annotateWithCli(gold)
        : await predict(system.annotate, gold, quick ? budgetMs / 3 : budgetMs);
      const done = gold.filter((d) => predictions.has(d.id));
      const result = score(done, predictions);
      const row = { corpus: corpus.name, system: system.name, docs: done.length, allDocs: gold.length,
        failures: predictions.failures ?? 0, f1: {} };
      for (const c of CATEGORIES) {
        const e = result.counts[c].exact, o = result.counts[c].overlap;
        if (!e.scored && !e.recallOnly) continue;
        if (system.categories && !system.categories.includes(c)) { row.f1[c] = null; continue; }
        row.f1[c] = { recallOnly: e.recallOnly, exact: e.recallOnly ? metrics(e).recall : metrics(e).f1,
          overlap: e.recallOnly ? metrics(o).recall : metrics(o).f1 };
      }
      if (result.counts.place.exact.scored && result.counts.actor.exact.scored &&
          (!system.categories || system.categories.includes("place") || system.categories.includes("actor"))) {
        row.f1["place+actor"] = { exact: combined(result.counts, ["place", "actor"], "exact").f1,
          overlap: combined(result.counts, ["place", "actor"], "overlap").f1 };
      }
      out.dev.push(row);
    }
  }
  for (const suite of SUITES) {
    const cases = suiteCases(suite, quick ? 60 : 400).map((c) => ({ id: c.id, text: c.text, lang: c.lang,
      reference_date: c.ref ? c.ref.slice(0, 10) : null, expected: c.expected }));
    for (const system of systems) {
      if (!system.langs.includes(cases[0].lang)) continue;
      if (system.categories && !system.categories.includes(suite.category)) continue;
      log(`suite: ${system.name} on ${suite.name}`);
      const predictions = system.name === "relief" ? annotateWithCli(cases)
        : await predict(system.annotate, cases, budgetMs / 3);
      const done = cases.filter((c) => predictions.has(c.id));
      out.suites.push({ suite: suite.name, system: system.name, cases: done.length, allCases: cases.length, failures: predictions.failures ?? 0,
        ...spanRecall(done, predictions) });
    }
  }
  return out;
}
