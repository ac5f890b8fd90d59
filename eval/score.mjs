// Relief's scorer: compares a system's SPEC results with gold annotations in
// the shared corpora format (../shared/corpora/README.md) and reports, per
// category, precision, recall and F1 with exact and overlapping spans.
//
//   node eval/score.mjs GOLD.jsonl [--pred PRED.jsonl] [--limit N] [--json]
//
// Without --pred the gold texts are annotated by build/native/relief
// (--jsonl, with each document's lang and reference_date). PRED.jsonl holds
// one SPEC document result per line with the gold line's "id"; any system
// converted to that shape (bench/) is scored by the same code.
//
// Rules, as the corpora README defines them: categories in a document's
// "scored" list count for precision and recall, those in "recall_only" for
// recall only; gold mentions marked optional count neither as hit nor miss
// (a prediction matching one is neither right nor wrong); a prediction lying
// entirely inside an ignored span is not a false positive. Matching is one
// to one, same category; "exact" needs equal offsets, "overlap" any overlap.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const CATEGORIES = ["place", "actor", "date", "figure"];

export function readJsonl(path, limit = Infinity) {
  return readFileSync(path, "utf8").split("\n").filter((l) => l.trim()).slice(0, limit)
    .map((l) => JSON.parse(l));
}

// Runs the native CLI on gold documents; returns results keyed by id.
export function annotateWithCli(docs, cli = fileURLToPath(new URL("../build/native/relief", import.meta.url))) {
  const input = docs.map((d) => JSON.stringify({ id: d.id, text: d.text, lang: d.lang,
    reference_date: d.reference_date ?? undefined,
    relative_ordinals: d.relative_ordinals ?? undefined })).join("\n") + "\n";
  const r = spawnSync(cli, ["annotate", "--jsonl"], { input, maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error("relief failed: " + r.stderr);
  return new Map(r.stdout.toString().trim().split("\n").map((l) => JSON.parse(l)).map((d) => [d.id, d]));
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;
const same = (a, b) => a.start === b.start && a.end === b.end;

function emptyCounts() {
  const c = {};
  for (const category of CATEGORIES) {
    c[category] = {};
    for (const mode of ["exact", "overlap"]) {
      c[category][mode] = { tp: 0, fp: 0, fn: 0, tpRecall: 0, scored: false, recallOnly: false };
    }
  }
  return c;
}

// Greedy one-to-one matching of predictions to gold under `match`.
function matchPairs(preds, golds, match) {
  const used = new Set();
  const pairs = new Map();
  for (let i = 0; i < preds.length; ++i) {
    for (let j = 0; j < golds.length; ++j) {
      if (!used.has(j) && match(preds[i], golds[j])) {
        used.add(j);
        pairs.set(i, j);
        break;
      }
    }
  }
  return pairs;
}

export function score(goldDocs, predictions) {
  const counts = emptyCounts();
  let missing = 0;
  for (const gold of goldDocs) {
    const pred = predictions.get(gold.id);
    if (!pred || pred.error) { ++missing; }
    const predMentions = pred?.mentions ?? [];
    for (const category of CATEGORIES) {
      const scored = (gold.scored ?? []).includes(category);
      const recallOnly = (gold.recall_only ?? []).includes(category);
      if (!scored && !recallOnly) continue;
      const golds = gold.mentions.filter((m) => m.category === category);
      const preds = predMentions.filter((m) => m.category === category);
      for (const mode of ["exact", "overlap"]) {
        const c = counts[category][mode];
        c.scored ||= scored;
        c.recallOnly ||= recallOnly && !scored;
        const pairs = matchPairs(preds, golds, mode === "exact" ? same : overlaps);
        const matched = new Set(pairs.values());
        golds.forEach((g, j) => {
          if (g.optional) return;
          if (matched.has(j)) { c.tp += 1; } else { c.fn += 1; }
        });
        if (!scored) continue;
        preds.forEach((p, i) => {
          if (pairs.has(i)) return;  // counted with its gold (optional: neither)
          // An unmatched prediction: not wrong when it matches an optional
          // gold mention loosely or lies inside an ignored span.
          if (golds.some((g) => g.optional && overlaps(g, p))) return;
          if ((gold.ignored_spans ?? []).some((s) => s.start <= p.start && p.end <= s.end)) return;
          c.fp += 1;
        });
      }
    }
  }
  return { counts, documents: goldDocs.length, missing };
}

export function metrics(c) {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0, gold: c.tp + c.fn, ...c };
}

// place + actor together, the headline figure of issue 5.
export function combined(counts, categories, mode) {
  const sum = { tp: 0, fp: 0, fn: 0 };
  for (const category of categories) {
    for (const k of ["tp", "fp", "fn"]) sum[k] += counts[category][mode][k];
  }
  return metrics(sum);
}

export function formatTable(result) {
  const f = (x) => x.toFixed(3);
  const lines = ["| category | gold | exact P | exact R | exact F1 | overlap P | overlap R | overlap F1 |",
    "|---|---:|---:|---:|---:|---:|---:|---:|"];
  const row = (name, exact, overlap, recallOnly) => lines.push(recallOnly
    ? `| ${name} (recall only) | ${exact.gold} | – | ${f(exact.recall)} | – | – | ${f(overlap.recall)} | – |`
    : `| ${name} | ${exact.gold} | ${f(exact.precision)} | ${f(exact.recall)} | ${f(exact.f1)} | ` +
      `${f(overlap.precision)} | ${f(overlap.recall)} | ${f(overlap.f1)} |`);
  for (const category of CATEGORIES) {
    const e = result.counts[category].exact, o = result.counts[category].overlap;
    if (!e.scored && !e.recallOnly) continue;
    row(category, metrics(e), metrics(o), e.recallOnly);
  }
  if (result.counts.place.exact.scored && result.counts.actor.exact.scored) {
    row("place+actor", combined(result.counts, ["place", "actor"], "exact"),
      combined(result.counts, ["place", "actor"], "overlap"), false);
  }
  return lines.join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
  const goldPath = args.find((a, i) => !a.startsWith("--") && !["--pred", "--limit"].includes(args[i - 1]));
  if (!goldPath) {
    console.error("usage: node eval/score.mjs GOLD.jsonl [--pred PRED.jsonl] [--limit N] [--json]");
    process.exit(2);
  }
  const gold = readJsonl(goldPath, Number(option("--limit") ?? Infinity));
  const predPath = option("--pred");
  const predictions = predPath
    ? new Map(readJsonl(predPath).map((d) => [d.id, d]))
    : annotateWithCli(gold);
  const result = score(gold, predictions);
  if (args.includes("--json")) {
    console.log(JSON.stringify(result, null, 1));
  } else {
    console.log(`${goldPath}: ${result.documents} documents` +
      (result.missing ? `, ${result.missing} without a result` : ""));
    console.log(formatTable(result));
  }
}
