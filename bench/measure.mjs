// Timing loops shared by every system and every door (Node and Chromium):
// they only see `annotate(doc) → Promise|value`. Plain ES module, no Node API.
const now = () => performance.now();
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const quantile = (xs, q) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(q * s.length))]; };

// Throughput over a list of articles, annotated one by one (an article per
// call, as a newsroom tool would). A warm-up pass over a first slice
// estimates the speed; a system too slow for `runs` full passes within
// `budgetMs` is measured on a prefix of the articles (reported).
export async function throughput(annotate, docs, { runs = 5, budgetMs = 30000 } = {}) {
  const totalBytes = docs.reduce((a, d) => a + d.bytes, 0);
  let warmBytes = 0, i = 0;
  const t0 = now();
  while (i < docs.length && (warmBytes < totalBytes / 10 || i < 3) && now() - t0 < budgetMs / 4) {
    await annotate(docs[i]);
    warmBytes += docs[i++].bytes;
  }
  const msPerByte = (now() - t0) / warmBytes;
  let slice = docs;
  if (msPerByte * totalBytes * runs > budgetMs) {
    const want = budgetMs / runs / msPerByte;
    let b = 0, n = 0;
    while (n < docs.length && b < want) b += docs[n++].bytes;
    slice = docs.slice(0, Math.max(n, 1));
    if (runs > 3 && msPerByte * b * runs > budgetMs) runs = 3;
  }
  const bytes = slice.reduce((a, d) => a + d.bytes, 0);
  const times = [];
  for (let r = 0; r < runs; ++r) {
    const start = now();
    for (const d of slice) await annotate(d);
    times.push(now() - start);
  }
  const ms = median(times);
  return { mbPerS: bytes / 1e6 / (ms / 1000), bytes, docs: slice.length, allDocs: docs.length, runs, medianMs: ms };
}

// A peer that throws on some input (compromise-dates does on a few
// articles) gives no mentions for it; the failures are counted.
export function tolerant(annotate) {
  const wrapped = async (doc) => {
    try { return await annotate(doc); } catch { wrapped.failures += 1; return []; }
  };
  wrapped.failures = 0;
  return wrapped;
}

// Latency of one article: p50 and p95 over up to `count` calls after a
// warm-up, within `budgetMs`.
export async function latency(annotate, doc, { count = 200, budgetMs = 10000 } = {}) {
  const w0 = now();
  for (let i = 0; i < 5 && now() - w0 < budgetMs / 4; ++i) await annotate(doc);
  const times = [];
  const t0 = now();
  while (times.length < count && (times.length < 3 || now() - t0 < budgetMs)) {
    const start = now();
    await annotate(doc);
    times.push(now() - start);
  }
  return { p50: quantile(times, 0.5), p95: quantile(times, 0.95), calls: times.length };
}
