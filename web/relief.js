// Relief's JavaScript entry point (SPEC.md, "JavaScript"):
//
//   import { createAnnotator } from "./web/relief.js";
//   const annotator = await createAnnotator();
//   const doc = await annotator.annotate(text, { lang: "fr", referenceDate: "2016-03-27" });
//   annotator.dispose();
//
// In a browser the wasm core runs in a Web Worker (web/relief-worker.js), so
// a long article never freezes the page; in Node (≥ 20) it runs in-process.
// Offsets in results index the JavaScript string given to annotate().

const isNode =
  typeof process === "object" && !!process.versions?.node &&
  typeof window === "undefined" && typeof importScripts === "undefined";

// The one place where an error reported by the core (as {"error": ...})
// becomes a JavaScript Error.
function unwrap(json) {
  const result = JSON.parse(json);
  if (result && typeof result.error === "string") {
    const error = new Error(result.error);
    error.name = "ReliefError";
    throw error;
  }
  return result;
}

function optionsJson(options = {}) {
  const out = {};
  if (options.lang != null && options.lang !== "") out.lang = String(options.lang);
  const date = options.referenceDate ?? options.reference_date;
  if (date != null && date !== "") out.reference_date = String(date);
  const relative = options.relativeOrdinals ?? options.relative_ordinals;
  if (relative != null) out.relative_ordinals = Boolean(relative);
  return JSON.stringify(out);
}

function checkText(text) {
  if (typeof text !== "string") {
    throw new TypeError("annotate(text): text must be a string, got " + typeof text);
  }
}

function disposedError() {
  return new Error("this annotator was disposed");
}

// --- Node: the core in this thread -------------------------------------
async function createInProcess(dist) {
  const { readFile } = await import("node:fs/promises");
  const { createRequire } = await import("node:module");
  const { fileURLToPath } = await import("node:url");
  const require = createRequire(import.meta.url);
  const createReliefCore = require(fileURLToPath(new URL("relief-core.js", dist)));
  // The wasm bytes are given, not fetched: Node's fetch() cannot read files.
  const [wasmBinary, data] = await Promise.all([
    readFile(new URL("relief-core.wasm", dist)),
    readFile(new URL("relief.data", dist)),
  ]);
  let core = await createReliefCore({ wasmBinary });
  unwrap(core.reliefInit(new Uint8Array(data.buffer, data.byteOffset, data.length)));
  return {
    async annotate(text, options) {
      if (!core) throw disposedError();
      checkText(text);
      return unwrap(core.reliefAnnotate(text, optionsJson(options)));
    },
    async memoryBytes() {
      if (!core) throw disposedError();
      return core.reliefMemoryBytes();
    },
    dispose() {
      core = null;  // the whole wasm instance and its memory go with it
    },
  };
}

// --- Browser: the core in a Worker --------------------------------------
function createWorkerAnnotator(dist, options) {
  const embedded = options.embedded ?? globalThis.RELIEF_EMBEDDED;
  let worker;
  let initMessage;
  if (embedded) {
    // Self-contained build (file://): worker code, wasm and data are inlined.
    const url = URL.createObjectURL(new Blob([embedded.workerSource], { type: "text/javascript" }));
    worker = new Worker(url);
    URL.revokeObjectURL(url);
    initMessage = { op: "init", wasmBinary: embedded.wasmBinary(), data: embedded.data() };
  } else {
    worker = new Worker(new URL("relief-worker.js", import.meta.url));
    initMessage = {
      op: "init",
      coreUrl: new URL("relief-core.js", dist).href,
      wasmUrl: new URL("relief-core.wasm", dist).href,
      dataUrl: new URL("relief.data", dist).href,
    };
  }
  let nextId = 1;
  const pending = new Map();
  const call = (message, transfer = []) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...message, id }, transfer);
    });
  worker.onmessage = (event) => {
    const { id, json } = event.data;
    const request = pending.get(id);
    if (!request) return;
    pending.delete(id);
    try {
      request.resolve(unwrap(json));
    } catch (error) {
      request.reject(error);
    }
  };
  worker.onerror = (event) => {
    event.preventDefault?.();
    const json = JSON.stringify({ error: "Relief worker failed: " + (event.message || "unknown error") });
    for (const { reject } of pending.values()) {
      try { unwrap(json); } catch (error) { reject(error); }
    }
    pending.clear();
  };
  const ready = call(initMessage);
  let disposed = false;
  const annotator = {
    async annotate(text, options) {
      if (disposed) throw disposedError();
      checkText(text);
      return call({ op: "annotate", text, options: optionsJson(options) });
    },
    // Size of the core's wasm memory in bytes (grows, never shrinks).
    async memoryBytes() {
      if (disposed) throw disposedError();
      return call({ op: "memory" });
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      worker.terminate();  // frees the wasm instance with the worker
      for (const { reject } of pending.values()) reject(disposedError());
      pending.clear();
    },
  };
  return ready.then(() => annotator, (error) => {
    annotator.dispose();
    throw error;
  });
}

// options.distUrl: the folder of relief-core.js, relief-core.wasm and
// relief.data (default: dist/ beside this file; dist/debug/ holds the
// build with assertions); options.embedded: the self-contained build's
// inlined assets.
export async function createAnnotator(options = {}) {
  const dist = new URL(options.distUrl ?? "dist/", import.meta.url);
  if (isNode) return createInProcess(dist);
  return createWorkerAnnotator(dist, options);
}
