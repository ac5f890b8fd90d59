// The peers Relief is measured against. Each module exports `info` and
// `create()` → { annotate(text, lang, referenceDate) → SPEC mentions }; the
// same module runs in Node and, bundled by esbuild, in Chromium.
export const PEERS = ["chrono", "compromise", "wink", "recognizers"];
export const loadPeer = (name) => import(`./${name}.mjs`);
