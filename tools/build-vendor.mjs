// Copies the map's third-party code and data from node_modules (versions
// pinned in package.json) into web/dist/vendor/, as ES modules the page
// imports without a bundler: bare specifiers ("d3-array") become relative
// paths, and topojson-client's UMD file gets an ES module wrapper.
// vendorScript() gives the same modules as one classic script for the
// file:// build (tools/build-standalone.mjs), where modules cannot import.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const modules = root + "node_modules/";
export const vendorDir = root + "web/dist/vendor/";

// name → [ESM source, licence file]. Order matters for vendorScript().
function sources() {
  const read = (path) => readFileSync(modules + path, "utf8");
  return {
    "d3-array": [read("d3-array/dist/d3-array.min.mjs"), "d3-array/LICENSE"],
    "d3-geo": [read("d3-geo/dist/d3-geo.min.mjs"), "d3-geo/LICENSE"],
    "topojson-client": [
      "const module = { exports: {} }, exports = module.exports;\n" +
      read("topojson-client/dist/topojson-client.min.js") +
      "\nexport const { feature, mesh } = module.exports;\n", "topojson-client/LICENSE"],
  };
}

export const WORLD_ATLAS = "world-atlas/countries-110m.json";

export function buildVendor() {
  mkdirSync(vendorDir, { recursive: true });
  for (const [name, [source, licence]] of Object.entries(sources())) {
    const esm = source.replace(/from\s*"(d3-[a-z]+)"/g, (_, dep) => `from"./${dep}.mjs"`);
    writeFileSync(vendorDir + name + ".mjs", esm);
    copyFileSync(modules + licence, vendorDir + name + ".LICENSE");
  }
  copyFileSync(modules + WORLD_ATLAS, vendorDir + "countries-110m.json");
  copyFileSync(modules + "world-atlas/LICENSE", vendorDir + "world-atlas.LICENSE");
}

// The vendor modules as one script defining RELIEF_VENDOR[name], each
// module in its own function scope: `import{a as b}from"x"` becomes
// `const{a:b}=RELIEF_VENDOR["x"]` and the final `export{…}` a return.
export function vendorScript() {
  const parts = ["const RELIEF_VENDOR = {};"];
  for (const [name, [source]] of Object.entries(sources())) {
    const body = source
      .replace(/import\s*\{([^}]*)\}\s*from\s*"([^"]+)";?/g, (_, names, dep) =>
        `const{${names.replace(/\s+as\s+/g, ":")}}=RELIEF_VENDOR[${JSON.stringify(dep)}];`)
      .replace(/export\s*\{([^}]*)\};?\s*$/, (_, names) =>
        `return{${names.split(",").map((n) => {
          const [local, exported = local] = n.trim().split(/\s+as\s+/);
          return `${JSON.stringify(exported)}:${local}`;
        }).join(",")}};`)
      .replace(/^export const \{([^}]*)\} = module\.exports;$/m, "return module.exports;");
    parts.push(`RELIEF_VENDOR[${JSON.stringify(name)}] = (() => {\n${body}\n})();`);
  }
  return parts.join("\n");
}

export function worldAtlasJson() {
  return readFileSync(modules + WORLD_ATLAS, "utf8");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildVendor();
  console.log("vendor: web/dist/vendor/ (d3-array, d3-geo, topojson-client, world-atlas 110m)");
}
