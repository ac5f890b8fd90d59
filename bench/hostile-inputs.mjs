// Hostile input families for the JavaScript tests and benchmarks (the C++
// side has the same in tests/hostile_inputs.h), and the result invariants.
const repeat = (unit, length) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

export const FAMILIES = [
  { name: "news prose", make: (n) => repeat("Le 7 mars 2016, le régime de Damas a annoncé avoir repris Palmyre ; 400 djihadistes ont été tués, selon l'OSDH. ", n) },
  { name: "digits only", make: (n) => "7".repeat(n) },
  { name: "no space", make: (n) => repeat("abcdéfghij", n) },
  { name: "le 7 mars 2016 repeated", make: (n) => repeat("le 7 mars 2016 ", n) },
  { name: "nested brackets and quotes", make: (n) => repeat("([{«\"'", n >> 1) + repeat("'\"»}])", n >> 1) },
  { name: "lone surrogates", make: (n) => repeat("\uD800le 7 mars\uDC00 2016 \uDBFF", n) },
  { name: "NUL and controls", make: (n) => repeat("mai\u0000 2015\u0001\u0002\r\n", n) },
  { name: "HTML payloads as text", make: (n) => repeat('<img src=x onerror="alert(1)"><script>alert(2)</script> le 7 mars ', n) },
  { name: "emoji and astral", make: (n) => repeat("😀 le 7 mars 2016 𝔘 ", n) },
];

// null when the document satisfies SPEC's invariants for `text`, else why.
export function checkDocument(text, doc) {
  if (!doc || doc.schema !== "relief/1" || !Array.isArray(doc.mentions)) return "not a relief/1 document";
  let previousEnd = 0;
  for (const [i, m] of doc.mentions.entries()) {
    if (!(m.start < m.end) || m.end > text.length) return `mention ${i}: bad span`;
    if (m.start < previousEnd) return `mention ${i}: unsorted or overlapping`;
    previousEnd = m.end;
    // Lone surrogates reach the core as U+FFFD: compare the same way.
    if (text.slice(m.start, m.end).toWellFormed() !== m.text) return `mention ${i}: text differs`;
    if (!["place", "actor", "date", "figure"].includes(m.category)) return `mention ${i}: bad category`;
  }
  return null;
}
