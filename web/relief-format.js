// What the component shows and exports, from a SPEC document result
// (../shared/SPEC.md): labels, normalized values, entity groups, time
// positions of dates, and the three export formats. No DOM here, so Node
// tests cover it directly (tests/js/format.test.mjs).

// The four categories, in display order, each with the legend symbol that
// goes with its underline style: the non-colour cue for colour-blind
// readers (their names, per interface language, are in relief-ui-text.js).
export const CATEGORIES = [
  { id: "place", symbol: "◆" },
  { id: "actor", symbol: "●" },
  { id: "date", symbol: "■" },
  { id: "figure", symbol: "▲" },
];

// Why `doc` cannot be shown over `text`, or "" when it can: SPEC
// mentions are sorted, do not overlap, lie inside the text and quote it.
// A host showing a result computed elsewhere learns at once that it
// belongs to another text (or another offset unit).
export function documentProblem(text, doc) {
  if (typeof text !== "string") return "the text is not a string";
  if (!doc || !Array.isArray(doc.mentions)) return "the document has no mentions array";
  let previousEnd = 0;
  for (const [i, m] of doc.mentions.entries()) {
    if (!Number.isInteger(m.start) || !Number.isInteger(m.end) || m.start < 0 || m.end <= m.start || m.end > text.length) {
      return `mention ${i}: offsets ${m.start}–${m.end} are not inside the text (length ${text.length})`;
    }
    if (m.start < previousEnd) return `mention ${i}: starts before the end of the previous one`;
    if (!CATEGORIES.some((c) => c.id === m.category)) return `mention ${i}: unknown category ${JSON.stringify(m.category)}`;
    if (m.text != null && text.slice(m.start, m.end) !== m.text) {
      return `mention ${i}: ${JSON.stringify(m.text)} is not the text at ${m.start}–${m.end}`;
    }
    previousEnd = m.end;
  }
  return "";
}

// The normalized value of a mention as a reader wants it:
// "2016-03-27", "2015-01 – 2015-03", "≈ 190", "1 EUR", "12 %".
export function describeValue(mention) {
  const v = mention.value;
  const approx = mention.approximate ? "≈" : "";
  if (v == null) return approx;
  if (typeof v === "object") return `${v.start ?? "?"} – ${v.end ?? "?"}`;
  const number = approx ? `${approx} ${v}` : String(v);
  if (!mention.unit) return number;
  return mention.unit === "%" ? `${number} %` : `${number} ${mention.unit}`;
}

// One line describing a mention: "date · 2016-03-27", "place · city".
export function describeMention(mention) {
  return [mention.subtype ?? mention.category, describeValue(mention)].filter(Boolean).join(" · ");
}

// Entities grouped by category. The document's entities come first; the
// mentions that belong to none (dates, figures, and anything the core did
// not group) are grouped by normalized value, or by text when they have
// none, so "27 mars" and "dimanche 27" resolved to one day are one item.
// Each group: {key, category, name, value, mentions (indices), aliases, link}.
export function groupEntities(doc) {
  const groups = [];
  (doc.entities ?? []).forEach((entity, index) => {
    const mentions = (entity.mentions ?? []).filter((i) => doc.mentions[i]);
    const texts = [...new Set(mentions.map((i) => doc.mentions[i].text))];
    groups.push({
      key: `entity:${entity.id ?? index}`, category: entity.category, name: entity.name ?? texts[0] ?? "",
      value: "", mentions, aliases: texts.filter((t) => t !== entity.name), link: entity.link ?? null,
    });
  });
  const byKey = new Map();
  doc.mentions.forEach((m, i) => {
    if (m.entity != null && doc.entities?.[m.entity]) return;
    const value = describeValue(m);
    const key = `${m.category}:${value || m.text.toLowerCase()}`;
    let group = byKey.get(key);
    if (!group) {
      group = { key, category: m.category, name: m.text, value, mentions: [], aliases: [], link: null };
      byKey.set(key, group);
      groups.push(group);
    }
    group.mentions.push(i);
    if (m.text !== group.name && !group.aliases.includes(m.text)) group.aliases.push(m.text);
  });
  const first = (g) => Math.min(...g.mentions.map((i) => doc.mentions[i].start));
  const grouped = {};
  for (const { id } of CATEGORIES) {
    grouped[id] = groups.filter((g) => g.category === id && g.mentions.length)
      .sort((a, b) => b.mentions.length - a.mentions.length || first(a) - first(b));
  }
  return grouped;
}

// A TIMEX-style date value → a position in fractional years, or null when
// the year is unknown ("XXXX-03-07"). "201X" is the decade's start.
export function yearPosition(value) {
  if (typeof value !== "string") return null;
  let match = /^(\d{4})-W(\d{2})/.exec(value);
  if (match) return Number(match[1]) + (Number(match[2]) - 1) * 7 / 365.25;
  match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (match) {
    const [, y, mo, d] = match;
    const start = Date.UTC(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1);
    return Number(y) + (start - Date.UTC(Number(y), 0, 1)) / (366 * 864e5);
  }
  match = /^(\d{3})X/.exec(value);
  return match ? Number(match[1]) * 10 : null;
}

// The dates of a document that can go on a time axis:
// [{index, mention, start, end}] with positions in fractional years
// (end === start for a point).
export function datedMentions(doc) {
  const out = [];
  doc.mentions.forEach((mention, index) => {
    if (mention.category !== "date" || mention.subtype === "duration" || mention.subtype === "set") return;
    const v = mention.value;
    const start = yearPosition(typeof v === "object" && v ? v.start : v);
    const end = typeof v === "object" && v ? yearPosition(v.end) : start;
    if (start == null) return;
    out.push({ index, mention, start, end: end ?? start });
  });
  return out;
}

// Places with coordinates: [{group, lat, lon}], one per linked entity.
export function mappedPlaces(doc) {
  return groupEntities(doc).place
    .filter((g) => Number.isFinite(g.link?.lat) && Number.isFinite(g.link?.lon))
    .map((group) => ({ group, lat: group.link.lat, lon: group.link.lon }));
}

// --- Exports --------------------------------------------------------------

export function toJson(doc) {
  return JSON.stringify(doc, null, 2) + "\n";
}

const CSV_COLUMNS = ["start", "end", "category", "subtype", "text", "value", "grain", "unit",
  "approximate", "counted", "entity", "entity_name", "confidence"];

// One row per mention (RFC 4180: quoted when needed, CRLF). Text cells that
// a spreadsheet would run as a formula (=, +, -, @) get a leading "'".
export function toCsv(doc) {
  const cell = (value, isText) => {
    if (value == null) return "";
    let s = typeof value === "object" ? JSON.stringify(value) : String(value);
    if (isText && /^[=+\-@\t\r]/.test(s)) s = "'" + s;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const rows = doc.mentions.map((m) => {
    const entity = m.entity != null ? doc.entities?.[m.entity] : null;
    const value = typeof m.value === "object" && m.value ? `${m.value.start}/${m.value.end}` : m.value;
    return [cell(m.start), cell(m.end), cell(m.category), cell(m.subtype), cell(m.text, true),
      cell(value, typeof value !== "number"), cell(m.grain), cell(m.unit), cell(m.approximate), cell(m.counted, true),
      cell(entity?.id ?? m.entity), cell(entity?.name, true), cell(m.confidence)].join(",");
  });
  return [CSV_COLUMNS.join(","), ...rows].join("\r\n") + "\r\n";
}

// Code point offset of a UTF-16 offset: Web Annotation selectors count
// characters as Unicode code points, SPEC offsets are UTF-16 code units.
function codePointOffsets(text) {
  const offsets = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; ++i) {
    offsets[i] = cp;
    const c = text.charCodeAt(i);
    if (!(c >= 0xD800 && c <= 0xDBFF && i + 1 < text.length)) ++cp;
  }
  offsets[text.length] = cp;
  return offsets;
}

function linkUris(link) {
  if (!link) return [];
  const uris = [];
  if (link.wikidata) uris.push(`http://www.wikidata.org/entity/${link.wikidata}`);
  if (link.geonames) uris.push(`https://sws.geonames.org/${link.geonames}/`);
  return uris;
}

// W3C Web Annotation (JSON-LD): one AnnotationPage, one Annotation per
// mention, each with a TextPositionSelector and a TextQuoteSelector on
// `source` (the article's URL or any IRI the host gives).
export function toWebAnnotation(doc, text, source = "urn:relief:article") {
  const cp = codePointOffsets(text);
  const items = doc.mentions.map((m, i) => {
    const body = [{ type: "TextualBody", purpose: "classifying", value: m.category }];
    if (m.subtype) body.push({ type: "TextualBody", purpose: "tagging", value: m.subtype });
    const value = describeValue(m);
    if (value) body.push({ type: "TextualBody", purpose: "describing", value });
    const entity = m.entity != null ? doc.entities?.[m.entity] : null;
    if (entity) {
      body.push({ type: "TextualBody", purpose: "identifying", value: entity.name });
      for (const uri of linkUris(entity.link)) body.push({ id: uri, purpose: "identifying" });
    }
    return {
      id: `${source}#relief-mention-${i}`,
      type: "Annotation",
      motivation: "classifying",
      body,
      target: {
        source,
        selector: [
          { type: "TextPositionSelector", start: cp[m.start], end: cp[m.end] },
          { type: "TextQuoteSelector", exact: m.text,
            prefix: text.slice(Math.max(0, m.start - 32), m.start),
            suffix: text.slice(m.end, m.end + 32) },
        ],
      },
    };
  });
  return JSON.stringify({
    "@context": "http://www.w3.org/ns/anno.jsonld",
    type: "AnnotationPage",
    generator: { type: "Software", name: "Relief" },
    partOf: { type: "AnnotationCollection", total: items.length },
    items,
  }, null, 2) + "\n";
}

export const EXPORTS = {
  json: { label: "JSON", file: "relief.json", type: "application/json", make: (doc) => toJson(doc) },
  csv: { label: "CSV", file: "relief.csv", type: "text/csv", make: (doc) => toCsv(doc) },
  jsonld: { label: "Web Annotation", file: "relief.jsonld", type: "application/ld+json",
    make: (doc, text, source) => toWebAnnotation(doc, text, source) },
};
