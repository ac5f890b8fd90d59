// A static file server for the page, bound to the loopback interface only,
// with the MIME types a browser insists on (application/wasm for
// instantiateStreaming, text/javascript for workers) and Relief's strict
// Content-Security-Policy. No dependencies.
//   node tools/serve.mjs [--port 8080] [--root DIR]
// Exports startServer() for the tests.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".data": "application/octet-stream",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";

export function startServer({ port = 8080, root = resolve(fileURLToPath(import.meta.url), "../..") } = {}) {
  const rootDir = resolve(root);
  const server = createServer(async (request, response) => {
    const send = (code, body, type = "text/plain; charset=utf-8") => {
      response.writeHead(code, { "Content-Type": type, "Content-Security-Policy": CSP,
        "X-Content-Type-Options": "nosniff", "Cache-Control": "no-cache" });
      response.end(body);
    };
    try {
      const url = new URL(request.url, "http://localhost");
      let path = normalize(join(rootDir, decodeURIComponent(url.pathname)));
      if (path !== rootDir && !path.startsWith(rootDir + sep)) return send(403, "forbidden");
      if ((await stat(path).catch(() => null))?.isDirectory()) path = join(path, "index.html");
      const body = await readFile(path).catch(() => null);
      if (body === null) return send(404, "not found");
      send(200, body, MIME[extname(path)] ?? "application/octet-stream");
    } catch {
      send(400, "bad request");
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolvePromise(server));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
  };
  const port = Number(option("--port", process.env.PORT ?? 8080));
  const server = await startServer({ port, root: option("--root", undefined) });
  const { port: actual } = server.address();
  console.log(`Relief is served at http://127.0.0.1:${actual}/  (Ctrl-C to stop)`);
}
