// Relief's Web Worker: runs the wasm core off the page's main thread and
// answers each request with the core's JSON text, which web/relief.js
// unwraps. A classic worker (importScripts), so the same code also runs
// from a Blob in the self-contained file:// build.
/* global createReliefCore */
"use strict";

let core = null;

async function init(message) {
  if (typeof createReliefCore === "undefined") importScripts(message.coreUrl);
  const [wasmBinary, data] = await Promise.all([
    message.wasmBinary ?? fetch(message.wasmUrl).then(bytesOf),
    message.data ?? fetch(message.dataUrl).then(bytesOf),
  ]);
  core = await createReliefCore({ wasmBinary });
  return core.reliefInit(new Uint8Array(data));
}

async function bytesOf(response) {
  if (!response.ok) throw new Error("cannot load " + response.url + ": HTTP " + response.status);
  return response.arrayBuffer();
}

self.onmessage = async (event) => {
  const { id, op } = event.data;
  let json;
  try {
    if (op === "init") {
      json = await init(event.data);
    } else if (!core) {
      json = JSON.stringify({ error: "annotator not initialized" });
    } else if (op === "annotate") {
      json = core.reliefAnnotate(event.data.text, event.data.options);
    } else if (op === "memory") {
      json = JSON.stringify(core.reliefMemoryBytes());
    } else {
      json = JSON.stringify({ error: "unknown request " + op });
    }
  } catch (error) {
    json = JSON.stringify({ error: String((error && error.message) || error) });
  }
  self.postMessage({ id, json });
};
