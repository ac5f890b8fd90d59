// Relief side by side with its peers, in one run, on the same inputs, with
// the same scorer (issue 8). Run through bench/run.sh, which builds first:
//   node bench/bench.mjs [--quick] [--no-browser] [--no-accuracy]
// Prints progress on stderr and the results on stdout, and writes them to
// bench/RESULTS.md.
import { spawn, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { cpus, totalmem } from "node:os";
import { gzipSync } from "node:zlib";
import * as esbuild from "esbuild";
import { accuracy } from "./accuracy.mjs";
import { measureInChromium } from "./browser.mjs";
import { buildInputs, outDir, root, SCALE_SIZES } from "./inputs.mjs";
import { latency, throughput } from "./measure.mjs";
import { PEERS, loadPeer } from "./peers/index.mjs";
import { launchChromium } from "../tests/js/browser.mjs";
import { startServer } from "../tools/serve.mjs";

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const log = (...m) => console.error(`[${new Date().toISOString().slice(11, 19)}]`, ...m);
const cli = root + "build/native/relief";
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// --- Inputs and download sizes --------------------------------------------
log("inputs →", outDir);
const inputs = buildInputs({ quick });
const peerInfo = {};
for (const name of PEERS) peerInfo[name] = (await loadPeer(name)).info;

log("bundling peers with esbuild (minified, browser)");
const sizes = [];
for (const name of PEERS) {
  const outfile = `${outDir}peer-${name}.js`;
  await esbuild.build({ entryPoints: [`${root}bench/peers/${name}.mjs`], bundle: true, minify: true,
    format: "iife", globalName: "BenchPeer", platform: "browser", outfile, logLevel: "error",
    // Recognizers-Text's "browser" file is a global script that exports
    // nothing; its ES module build is the one a bundler should take.
    mainFields: ["module", "browser", "main"] });
  const bytes = readFileSync(outfile);
  sizes.push({ system: peerInfo[name].name, what: "esbuild bundle, minified", raw: bytes.length, gzip: gz(bytes) });
}
// Relief: the files tools/sizes.sh lists. The library is what an embedder
// downloads (JS + wasm + data); the page adds its UI files.
const sizeFiles = readFileSync(root + "tools/sizes.sh", "utf8").match(/files=\(([^)]*)\)/)[1].trim().split(/\s+/);
const libraryFiles = sizeFiles.filter((f) => /dist\/|relief\.js|relief-worker\.js/.test(f));
for (const [what, files] of [["library: " + libraryFiles.join(", "), libraryFiles], ["whole page (tools/sizes.sh)", sizeFiles]]) {
  const raw = files.reduce((a, f) => a + readFileSync(root + f).length, 0);
  const gzip = files.reduce((a, f) => a + gz(readFileSync(root + f)), 0);
  sizes.push({ system: "Relief", what, raw, gzip });
}
const reliefParts = sizeFiles.map((f) => ({ file: f, gzip: gz(readFileSync(root + f)) }));

// --- Relief native CLI: one `--jsonl` process, one line at a time ---------
async function cliSession() {
  const child = spawn("/usr/bin/time", ["-f", "maxrss_kb=%M", cli, "annotate", "--jsonl"]);
  const waiting = [];
  createInterface({ input: child.stdout, crlfDelay: Infinity }).on("line", (l) => waiting.shift()(l));
  let stderr = "";
  child.stderr.on("data", (d) => { stderr += d; });
  const exited = new Promise((resolve) => child.on("close", resolve));
  const annotate = (d) => new Promise((resolve) => {
    waiting.push(resolve);
    child.stdin.write(JSON.stringify({ id: 0, text: d.text, lang: d.lang, reference_date: d.ref ?? undefined }) + "\n");
  });
  const close = async () => { child.stdin.end(); await exited; return Number(stderr.match(/maxrss_kb=(\d+)/)?.[1]) / 1024; };
  return { annotate, close };
}

async function measureCli() {
  const article = JSON.parse(readFileSync(outDir + "article.json", "utf8"));
  writeFileSync(outDir + "article.txt", article.text);
  const cold = [];
  for (let i = 0; i < 5; ++i) {
    const start = performance.now();
    const r = spawnSync(cli, ["annotate", "--compact", "--lang", "fr", "--reference-date", article.ref, outDir + "article.txt"]);
    cold.push(performance.now() - start);
    if (r.status !== 0) throw new Error("relief CLI failed: " + r.stderr);
  }
  const session = await cliSession();
  const result = { system: "relief", door: "native CLI", coldStartMs: median(cold), throughput: {} };
  for (const lang of ["fr", "en"]) {
    result.throughput[lang] = await throughput(session.annotate, JSON.parse(readFileSync(`${outDir}${lang}.json`, "utf8")),
      { runs: quick ? 3 : 5 });
  }
  result.latency = await latency(session.annotate, article, { count: quick ? 50 : 200 });
  result.maxRssMB = await session.close();
  // Scaling in its own process, so the memory above is the articles' peak.
  const scaleSession = await cliSession();
  result.scale = [];
  for (const size of inputs.scales) {
    const text = readFileSync(`${outDir}scale-${size}.txt`, "utf8");
    result.scale.push({ size, ...(await throughput(scaleSession.annotate, [{ text, lang: "fr", ref: "2016-03-27",
      bytes: Buffer.byteLength(text) }], { runs: size >= 10e6 ? 3 : 5, budgetMs: 1e9 })) });
  }
  result.scaleMaxRssMB = await scaleSession.close();
  return result;
}

function measureInNode(system) {
  const r = spawnSync(process.execPath, [root + "bench/node-system.mjs", system,
    ...(quick ? ["--quick"] : []), ...(system === "relief" ? ["--scale"] : [])],
    { maxBuffer: 1 << 26, timeout: 240000, killSignal: "SIGKILL" });
  if (r.error?.code === "ETIMEDOUT") return { system, door: "node", error: "no result within 240 s" };
  if (r.status !== 0) return { system, door: "node", error: r.stderr.toString().trim().split("\n").slice(-3).join(" ") };
  return JSON.parse(r.stdout.toString().trim().split("\n").at(-1));
}

const speed = [];
log("Relief native CLI");
speed.push(await measureCli());
for (const system of ["relief", ...PEERS]) {
  log(`Node: ${system}`);
  speed.push(measureInNode(system));
}
if (!args.includes("--no-browser")) {
  const server = await startServer({ port: 0, root });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await launchChromium();
  try {
    for (const kind of ["relief-worker", "relief-direct", ...PEERS]) {
      log(`Chromium: ${kind}`);
      const langs = kind === "relief-worker" || (!quick && kind === "chrono") ? ["fr", "en"] : ["fr"];
      speed.push(await measureInChromium(browser, origin, kind, { langs, quick }));
    }
    var chromiumVersion = browser.version();
  } finally {
    await browser.close();
    server.close();
  }
}

let acc = null;
if (!args.includes("--no-accuracy")) {
  const systems = [{ name: "relief", langs: ["fr", "en"] }];
  for (const name of PEERS) {
    const peer = (await loadPeer(name)).create();
    systems.push({ name: peerInfo[name].name, langs: peerInfo[name].langs, categories: peerInfo[name].categories,
      annotate: (d) => peer.annotate(d.text, d.lang, d.reference_date) });
  }
  acc = await accuracy(systems, { quick, budgetMs: quick ? 15000 : 30000, log });
}

// --- Report -------------------------------------------------------------
const f1 = (x) => (x == null ? "–" : x.toFixed(2));
const f0 = (x) => (x == null ? "–" : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const name = (r) => r.system.startsWith("relief") ? { "relief": "Relief", "relief-worker": "Relief (Worker)",
  "relief-direct": "Relief (main thread, in-core)" }[r.system] : peerInfo[r.system]?.name ?? r.system;
const mbps = (t) => !t ? "–" : f0(t.mbPerS) + (t.docs < t.allDocs ? ` (${t.docs}/${t.allDocs} art.)` : "");
const lines = [];
const out = (s = "") => lines.push(s);
const cpu = readFileSync("/proc/cpuinfo", "utf8").match(/model name\s*:\s*(.*)/)?.[1];
const os = readFileSync("/etc/os-release", "utf8").match(/PRETTY_NAME="(.*)"/)?.[1];
out("# Relief benchmarks");
out();
out(`Produced by \`bash bench/run.sh${quick ? " --quick" : ""}\` on ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC` +
  (quick ? " (**quick smoke run**: 200 KB inputs, short budgets — not the reference numbers)." : "."));
out();
out(`Machine: ${cpus().length} CPUs (\`nproc\` ${spawnSync("nproc").stdout.toString().trim()}), ${cpu}, ` +
  `${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os}; Node ${process.version}; Chromium ${chromiumVersion ?? "not run"} ` +
  "(headless, playwright-core). The machine is shared: other builds ran at the same time, so absolute numbers are noisy; " +
  "ratios come from the same run.");
out();
out(`Inputs (built in build/bench/ from ../shared/corpora, not shipped): French ${inputs.fr.docs} WiNER-fr articles ` +
  `(${(inputs.fr.bytes / 1e6).toFixed(2)} MB), English ${inputs.en.docs} DWIE articles (${(inputs.en.bytes / 1e6).toFixed(2)} MB), ` +
  `annotated one article per call; the 5 KB article is the first WiNER 2017 articles joined by blank lines ` +
  `(${inputs.article.bytes} bytes); scaling texts are WiNER articles joined into one text of each size. ` +
  "MB = 10⁶ bytes of UTF-8. Relief runs its full pipeline (`annotate()` with the article's language and date, " +
  "whatever recognizers the build has); peers run all their recognizers listed below.");
out();
out("## Speed");
out();
out("Throughput: median of 5 runs (3 in --quick) after a warm-up pass; a system too slow for that within its time " +
  "budget is measured on the first articles only (shown as articles used / all). Latency: the 5 KB article, after 5 warm-up calls. " +
  "Cold start: from loading the code to the first result on the 5 KB article (Node: process start → first result, fresh " +
  "process; Chromium: script/module load → first result in a fresh page and context, empty cache; CLI: whole process on the article). " +
  "Memory: peak RSS of the process (CLI, Node); in Chromium the page's JS heap after the run (CDP) and the wasm memory.");
out();
out("| system | door | fr MB/s | en MB/s | 5 KB p50 ms | 5 KB p95 ms | cold start ms | memory MB |");
out("|---|---|---:|---:|---:|---:|---:|---:|");
for (const r of speed) {
  if (r.error) { out(`| ${name(r)} | ${r.door} | error: ${r.error.slice(0, 200)} | | | | | |`); continue; }
  const mem = r.door === "chromium" ? `heap ${f0(r.jsHeapMB)}` + (r.wasmMemoryMB ? ` + wasm ${f0(r.wasmMemoryMB)}` : "")
    : `${f0(r.maxRssMB)}` + (r.wasmMemoryMB ? ` (wasm ${f0(r.wasmMemoryMB)})` : "");
  out(`| ${name(r)}${r.failures ? ` (${r.failures} calls threw)` : ""} | ${r.door} | ${mbps(r.throughput.fr)} | ${mbps(r.throughput.en)} | ${f1(r.latency.p50)} | ` +
    `${f1(r.latency.p95)} | ${f0(r.coldStartMs)} | ${mem} |`);
}
out();
out("Peers and what they find: " + PEERS.map((p) => `${peerInfo[p].name} (${peerInfo[p].langs.join("+")}: ${peerInfo[p].categories.join(", ")})`).join("; ") +
  ". compromise and wink-nlp have English rules only: on French text they run those (what a newsroom using them would get).");
out();
out("### Relief / peer, pair by pair (same door, same run)");
out();
out("Throughput ratio (> 1: Relief faster) and 5 KB p50 latency ratio (peer / Relief, > 1: Relief faster).");
out();
out("| door | peer | fr throughput | en throughput | 5 KB p50 |");
out("|---|---|---:|---:|---:|");
const ratio = (a, b) => (a && b ? (a / b).toFixed(a / b >= 10 ? 0 : 2) + "×" : "–");
for (const [door, reliefName] of [["node", "relief"], ["chromium", "relief-worker"]]) {
  const relief = speed.find((r) => r.door === door && r.system === reliefName && !r.error);
  if (!relief) continue;
  for (const r of speed.filter((r) => r.door === door && PEERS.includes(r.system) && !r.error)) {
    out(`| ${door}${door === "chromium" ? " (Relief in its Worker)" : ""} | ${name(r)} | ` +
      `${ratio(relief.throughput.fr?.mbPerS, r.throughput.fr?.mbPerS)} | ${ratio(relief.throughput.en?.mbPerS, r.throughput.en?.mbPerS)} | ` +
      `${ratio(r.latency.p50, relief.latency.p50)} |`);
  }
}
out();
out("## Scaling (Relief, one French text per call)");
out();
out("Peak memory of the scaling runs (up to the largest text): " + speed.filter((r) => r.scale)
  .map((r) => `${r.door} ${f0(r.scaleMaxRssMB)} MB`).join(", ") + ".");
out();
out(`| door | ${SCALE_SIZES.filter((s) => inputs.scales.includes(s)).map((s) => (s >= 1e6 ? s / 1e6 + " MB" : s / 1e3 + " KB")).join(" | ")} |`);
out(`|---|${inputs.scales.map(() => "---:|").join("")}`);
for (const r of speed.filter((r) => r.scale)) {
  out(`| ${r.door} | ${r.scale.map((s) => f0(s.mbPerS) + " MB/s").join(" | ")} |`);
}
out();
out("## Download size");
out();
out("| system | what | bytes | gzip -9 |");
out("|---|---|---:|---:|");
for (const s of sizes) out(`| ${s.system} | ${s.what} | ${s.raw} | ${s.gzip} |`);
out();
out("Relief's bytes, gzip -9 per file: " + reliefParts.map((p) => `${p.file} ${p.gzip}`).join(", ") + ".");
out();

// Targets (issue 8).
const worker = speed.find((r) => r.system === "relief-worker" && !r.error);
const direct = speed.find((r) => r.system === "relief-direct" && !r.error);
const inChromium = (s) => speed.find((r) => r.door === "chromium" && r.system === s && !r.error);
const payload = sizes.find((s) => s.what.startsWith("library")).gzip;
const wfr = worker?.throughput.fr?.mbPerS;
const targets = [
  ["Relief wasm, full pipeline, French, Chromium ≥ 10 MB/s", wfr != null && wfr >= 10, `${f0(wfr)} MB/s (in-core on the main thread: ${f0(direct?.throughput.fr?.mbPerS)} MB/s)`],
  ["≥ 1.0× chrono-node (dates only), same run", wfr / inChromium("chrono")?.throughput.fr?.mbPerS >= 1, ratio(wfr, inChromium("chrono")?.throughput.fr?.mbPerS)],
  ["≥ 50× compromise, same run", wfr / inChromium("compromise")?.throughput.fr?.mbPerS >= 50, ratio(wfr, inChromium("compromise")?.throughput.fr?.mbPerS)],
  ["cold start ≤ 250 ms (Chromium, Worker)", worker?.coldStartMs <= 250, `${f0(worker?.coldStartMs)} ms`],
  ["5 KB article p50 ≤ 2 ms (Chromium, Worker)", worker?.latency.p50 <= 2, `${f1(worker?.latency.p50)} ms (in-core ${f1(direct?.latency.p50)} ms)`],
  ["payload JS + wasm + data ≤ 1.5 MB gzip", payload <= 1.5e6, `${(payload / 1e6).toFixed(3)} MB`],
];
out("## Targets");
out();
out("| target | measured | met |");
out("|---|---|---|");
for (const [what, met, value] of targets) out(`| ${what} | ${value} | ${met ? "yes" : "**no**"} |`);
out();
// Where the time goes, French, from the doors measured above: the same core
// natively, as wasm in Node, as wasm on Chromium's main thread, and through
// the Worker the page uses.
const msPerMb = (r) => (r?.throughput.fr ? 1000 / r.throughput.fr.mbPerS : null);
const nativeRun = speed.find((r) => r.door === "native CLI" && !r.error);
const nodeRun = speed.find((r) => r.door === "node" && r.system === "relief" && !r.error);
out(`Where Relief's time goes (French, ms per MB): native core ${f0(msPerMb(nativeRun))}; wasm in Node ` +
  `${f0(msPerMb(nodeRun))}; wasm on Chromium's main thread ${f0(msPerMb(direct))}; through the Worker ` +
  `${f0(msPerMb(worker))} (the difference is messaging: structured clone of each text and result JSON, and ` +
  `JSON.parse on the page). 5 KB article p50: in-core ${f1(direct?.latency.p50)} ms, through the Worker ` +
  `${f1(worker?.latency.p50)} ms. Cold start: main-thread core ${f0(direct?.coldStartMs)} ms, Worker ` +
  `${f0(worker?.coldStartMs)} ms (worker start, fetching and compiling the wasm, loading the data bundle).`);
out();

if (acc) {
  out("## Accuracy (dev data, eval/score.mjs)");
  out();
  out("Every system's output converted to SPEC mentions (peer spans trimmed of surrounding spaces and punctuation, " +
    "overlaps resolved to the longer span) and scored by `score()` of eval/score.mjs. F1 exact / overlap; " +
    "for categories the corpus marks recall_only (WiNER dates) the figure is recall (R); – : the corpus does not annotate the category; n/a: the peer does not mark it. Relief is scored through the " +
    "native CLI (the same core as the wasm build). A peer too slow for the time budget is scored on the first documents (docs column).");
  out();
  const cats = ["place", "actor", "place+actor", "date", "figure"];
  out(`| corpus | system | docs | ${cats.join(" | ")} |`);
  out(`|---|---|---:|${cats.map(() => "---:|").join("")}`);
  for (const r of acc.dev) {
    out(`| ${r.corpus} | ${r.system === "relief" ? "Relief" : r.system} | ${r.docs}/${r.allDocs}${r.failures ? ` (${r.failures} threw)` : ""} | ` + cats.map((c) => r.f1[c] === null ? "n/a" : r.f1[c]
      ? `${f1(r.f1[c].exact)} / ${f1(r.f1[c].overlap)}${r.f1[c].recallOnly ? " (R)" : ""}` : "–").join(" | ") + " |");
  }
  out();
  out("Suites (../shared/suites), **span found** recall (not the suites' value normalisation): share of expected spans " +
    "(cases with spans; up to 400 per file) that a system marks in the expected category (date or figure), exact / overlapping; only systems that mark the suite's category are run. " +
    "Each suite comes from one peer's own tests (chrono, Recognizers-Text), which that peer is written to pass.");
  out();
  out("| suite | system | cases | expected spans | exact | overlap |");
  out("|---|---|---:|---:|---:|---:|");
  for (const r of acc.suites) {
    out(`| ${r.suite} | ${r.system === "relief" ? "Relief" : r.system} | ${r.cases}/${r.allCases} | ${r.gold} | ${f1(r.exact)} | ${f1(r.overlap)} |`);
  }
  out();
}
const notes = readFileSync(root + "bench/NOTES.md", "utf8");
out(notes.trim());
const text = lines.join("\n") + "\n";
writeFileSync(root + (quick ? "build/bench/RESULTS-quick.md" : "bench/RESULTS.md"), text);
writeFileSync(outDir + "results.json", JSON.stringify({ inputs, speed, sizes, accuracy: acc }, null, 1));
process.stdout.write(text);
log(`written to ${quick ? "build/bench/RESULTS-quick.md" : "bench/RESULTS.md"}`);
