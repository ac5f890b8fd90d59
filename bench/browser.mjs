// Measures one system inside a fresh Chromium page (a new browser context:
// empty cache), served by tools/serve.mjs with Relief's CSP. Runs in the
// page: loads the inputs, then times load → first result (cold start), the
// throughput and the 5 KB latency with bench/measure.mjs.
//   kind: "relief-worker" (createAnnotator(): the core in a Web Worker, the
//   path the page uses), "relief-direct" (the same wasm core called on the
//   main thread: in-core time without worker messaging), or a peer's name
//   (its esbuild bundle build/bench/peer-NAME.js).
export async function measureInChromium(browser, origin, kind, { langs, quick }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(origin + "/bench/page.html");
  try {
    const result = await page.evaluate(inPage, { kind, langs, quick });
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    const { metrics } = await cdp.send("Performance.getMetrics");
    result.jsHeapMB = metrics.find((m) => m.name === "JSHeapUsedSize").value / 2 ** 20;
    return { system: kind, door: "chromium", ...result };
  } catch (error) {
    return { system: kind, door: "chromium", error: String(error.message || error) + errors.join("; ") };
  } finally {
    await context.close();
  }
}

async function inPage({ kind, langs, quick }) {
  const json = async (path) => (await fetch(path)).json();
  const article = await json("/build/bench/article.json");
  const inputs = {};
  for (const lang of langs) inputs[lang] = await json(`/build/bench/${lang}.json`);
  const { throughput, latency, tolerant } = await import("/bench/measure.mjs");
  const script = (src) => new Promise((resolve, reject) => {
    const s = document.createElement("script");
    s.src = src;
    s.onload = resolve;
    s.onerror = () => reject(new Error("cannot load " + src));
    document.head.append(s);
  });

  const t0 = performance.now();
  let annotate, memoryBytes;
  if (kind === "relief-worker") {
    const { createAnnotator } = await import("/web/relief.js");
    const annotator = await createAnnotator();
    annotate = (d) => annotator.annotate(d.text, { lang: d.lang, referenceDate: d.ref });
    memoryBytes = () => annotator.memoryBytes();
  } else if (kind === "relief-direct") {
    await script("/web/dist/relief-core.js");
    const bytes = async (p) => (await fetch(p)).arrayBuffer();
    const [wasmBinary, data] = await Promise.all([bytes("/web/dist/relief-core.wasm"), bytes("/web/dist/relief.data")]);
    const core = await globalThis.createReliefCore({ wasmBinary });
    core.reliefInit(new Uint8Array(data));
    annotate = (d) => JSON.parse(core.reliefAnnotate(d.text, JSON.stringify({ lang: d.lang, reference_date: d.ref })));
    memoryBytes = () => core.reliefMemoryBytes();
  } else {
    await script(`/build/bench/peer-${kind}.js`);
    const peer = globalThis.BenchPeer.create();
    annotate = tolerant((d) => peer.annotate(d.text, d.lang, d.ref));
  }
  await annotate(article);
  const result = { coldStartMs: performance.now() - t0, throughput: {} };
  for (const lang of langs) {
    result.throughput[lang] = await throughput(annotate, inputs[lang],
      { runs: quick ? 3 : 5, budgetMs: quick ? 4000 : 15000 });
  }
  result.latency = await latency(annotate, article, { count: quick ? 50 : 200, budgetMs: quick ? 2000 : 6000 });
  if (annotate.failures) result.failures = annotate.failures;
  if (memoryBytes) result.wasmMemoryMB = (await memoryBytes()) / 2 ** 20;
  return result;
}
