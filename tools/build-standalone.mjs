// Builds web/dist/relief-standalone.html: the page as one file that works
// opened from disk (file://), where browsers refuse module imports, worker
// scripts and fetch() from files. Styles, scripts, the worker, the wasm and
// the data, the component's stylesheet, the map's vendor code and data are
// inlined; a Content-Security-Policy with the inline code's
// hashes keeps it as strict as the served page (nothing is fetched at all).
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { vendorScript, worldAtlasJson } from "./build-vendor.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const read = (path, encoding = "utf8") => readFileSync(root + path, encoding);

// The page's modules as one, in dependency order: imports of sibling
// modules and export keywords go (the modules keep to
// `import { a } from "./x.js"`, `import "./x.js"` and
// `export function`/`export const`/`export class`), and imports of the
// vendor modules read RELIEF_VENDOR (tools/build-vendor.mjs).
const MODULES = ["web/html-to-text.js", "web/relief.js", "web/relief-format.js", "web/relief-ui-text.js", "web/relief-dom.js",
  "web/relief-map.js", "web/relief-timeline.js", "web/relief-annotator.js", "web/app.js"];
const stripModule = (source) =>
  source.replace(/^import\s+(\{[^}]*\})\s+from\s+"\.\/dist\/vendor\/([\w-]+)\.mjs";\s*$/gm,
    (_, names, name) => `const ${names} = RELIEF_VENDOR[${JSON.stringify(name)}];`)
        .replace(/^import\s+(\{[^}]*\}\s+from\s+)?"\.\/[\w-]+\.js";\s*$/gm, "")
        .replace(/^export\s+(?=(async\s+)?function|const|let|class)/gm, "");

const base64 = (path) => readFileSync(root + path).toString("base64");
const workerSource = read("web/dist/relief-core.js") + "\n" + read("web/relief-worker.js");
const embedded = `
const reliefDecode = (text) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
globalThis.RELIEF_EMBEDDED = {
  workerSource: ${JSON.stringify(workerSource)},
  wasmBinary: () => reliefDecode("${base64("web/dist/relief-core.wasm")}"),
  data: () => reliefDecode("${base64("web/dist/relief.data")}"),
  componentCss: ${JSON.stringify(read("web/relief-annotator.css"))},
  worldAtlas: ${JSON.stringify(worldAtlasJson())},
};`;
// "</script" may only appear inside string literals here (the inlined worker
// source), where "<\/script" means the same.
const script = [vendorScript(), embedded, ...MODULES.map((m) => stripModule(read(m)))].join("\n").replace(/<\/script/gi, "<\\/script");
const style = read("web/relief.css");
const hash = (text) => "'sha256-" + createHash("sha256").update(text).digest("base64") + "'";
const csp = `default-src 'none'; script-src ${hash(script)} 'wasm-unsafe-eval'; ` +
  `style-src ${hash(style)}; worker-src blob:; img-src data:`;

// Replacement functions, not strings: the inlined code contains "$" patterns.
let html = read("index.html");
const replace = (pattern, text) => {
  if (!pattern.test(html)) throw new Error("index.html has no " + pattern);
  html = html.replace(pattern, () => text);
};
replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/s,
  `<meta http-equiv="Content-Security-Policy" content="${csp}">`);
replace(/<link rel="stylesheet" href="web\/relief.css">/, `<style>${style}</style>`);
replace(/<script type="module" src="web\/app.js"><\/script>/,
  `<script type="module">${script}</script>`);
writeFileSync(root + "web/dist/relief-standalone.html", html);
console.log(`standalone: web/dist/relief-standalone.html (${(html.length / 1024).toFixed(0)} KiB)`);
