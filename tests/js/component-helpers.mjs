// Helpers for the page tests: a synthetic SPEC document with all four
// categories and linked places (to test the panel, map and timeline before
// the core recognizes places, actors and figures), and readers of the
// component's state through its open shadow root.
import { readFileSync } from "node:fs";
import { shared } from "./paths.mjs";

// Real coordinates (GeoNames) of places named in the seed article.
export const PLACES = {
  Palmyre: { geonames: 163808, country: "SY", lat: 34.56, lon: 38.28 },
  Damas: { geonames: 170654, country: "SY", lat: 33.51, lon: 36.29 },
  Raqqa: { geonames: 172955, country: "SY", lat: 35.95, lon: 39.01 },
  Mossoul: { geonames: 99072, country: "IQ", lat: 36.34, lon: 43.13 },
};
// Names that denote one actor.
const ALIASES = { Daech: "Etat islamique", EI: "Etat islamique", OSDH: "Observatoire syrien des droits de l'Homme" };

// The seed article's gold annotation (shared/seed) as a SPEC document
// result, with entities: one per place name (linked when PLACES knows it),
// actors grouped through ALIASES.
export function seedDocument() {
  const gold = JSON.parse(readFileSync(shared + "seed/palmyre.fr.gold.json", "utf8"));
  const entities = [];
  const byName = new Map();
  const mentions = gold.mentions.map(({ start, end, text, category, subtype, value }) => {
    const m = { start, end, text, category };
    if (subtype) m.subtype = subtype;
    if (category === "figure" && value) {
      if (value.value != null) m.value = value.value;
      if (value.approximate) m.approximate = true;
      if (value.unit) m.unit = value.unit;
    } else if (value != null) {
      m.value = value;
      if (category === "date" && typeof value === "string") m.grain = ["year", "month", "day"][value.split("-").length - 1];
    }
    return m;
  }).sort((a, b) => a.start - b.start);
  mentions.forEach((m, i) => {
    if (m.category !== "place" && m.category !== "actor") return;
    const name = ALIASES[m.text] ?? m.text;
    let entity = byName.get(name);
    if (!entity) {
      entity = { id: entities.length, category: m.category, name, mentions: [] };
      if (PLACES[name]) entity.link = PLACES[name];
      byName.set(name, entity);
      entities.push(entity);
    }
    entity.mentions.push(i);
    m.entity = entity.id;
  });
  return { schema: "relief/1", lang: "fr", reference_date: gold.reference_date, mentions, entities };
}

// What the component shows: highlights, text, legend counts, input.
export function readComponent(page, selector = "relief-annotator") {
  return page.$eval(selector, (host) => {
    const root = host.shadowRoot;
    return {
      marks: [...root.querySelectorAll(".relief-article mark")].map((m) => ({
        start: Number(m.dataset.start), end: Number(m.dataset.end),
        category: m.dataset.category, text: m.textContent,
      })),
      articleText: root.querySelector(".relief-article").textContent,
      legend: Object.fromEntries([...root.querySelectorAll(".relief-legend-item")]
        .map((b) => [b.dataset.category, Number(b.querySelector(".relief-count").textContent)])),
      input: root.querySelector(".relief-textarea")?.value,
      status: root.querySelector(".relief-status").textContent,
    };
  });
}

// The names on the map's markers, once the map is drawn. Usable as is on
// the seed article once the core links places (expect Palmyre, Damas,
// Raqqa, Mossoul).
export async function mapMarkerNames(page, selector = "relief-annotator") {
  await page.waitForSelector(`${selector} .relief-map[data-ready=true]`);
  return page.$eval(selector, (host) =>
    [...host.shadowRoot.querySelectorAll(".relief-marker")].map((m) => m.dataset.name));
}

// Requests that left the page's origin (blob: and data: stay in it).
export function watchRequests(page, origin) {
  const outside = [];
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith("blob:") && !url.startsWith("data:")) outside.push(url);
  });
  return outside;
}

// WCAG 2 contrast ratio of two "rgb(r, g, b)" colours.
export function contrast(a, b) {
  const luminance = (css) => {
    const [r, g, bl] = css.match(/[\d.]+/g).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
