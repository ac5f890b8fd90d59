// Pasted HTML → plain text with its paragraphs, without ever handing the
// HTML to a browser parser: no element is created, so no script, event
// handler or image of the pasted page can run or load (not even be
// compiled, which a strict CSP would report).

const BLOCK_TAGS = new Set(["address", "article", "aside", "blockquote", "br", "dd", "div",
  "dl", "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
  "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tr", "ul"]);
// Elements whose content is not text of the article.
const SKIPPED_TAGS = new Set(["script", "style", "template", "noscript", "head", "title",
  "svg", "math", "iframe", "object", "select", "textarea", "button"]);

const ENTITIES = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00A0", shy: "",
  rsquo: "’", lsquo: "‘", rdquo: "”", ldquo: "“", laquo: "«", raquo: "»", hellip: "…",
  mdash: "—", ndash: "–", euro: "€", pound: "£", yen: "¥", cent: "¢", deg: "°",
  times: "×", middot: "·", bull: "•", copy: "©", reg: "®", sect: "§", para: "¶",
  oelig: "œ", OElig: "Œ", aelig: "æ", AElig: "Æ", szlig: "ß", thinsp: "\u2009",
  ensp: "\u2002", emsp: "\u2003", iexcl: "¡", iquest: "¿", ordm: "º", ordf: "ª",
};
// Accented letters: &eacute; &Agrave; &ccedil; …
const ACCENTS = { acute: "\u0301", grave: "\u0300", circ: "\u0302", uml: "\u0308",
  tilde: "\u0303", cedil: "\u0327", ring: "\u030A" };

function decodeEntity(match, body) {
  if (body[0] === "#") {
    const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    const valid = Number.isInteger(code) && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF);
    return valid ? String.fromCodePoint(code) : "\uFFFD";
  }
  if (Object.hasOwn(ENTITIES, body)) return ENTITIES[body];
  const accent = /^([A-Za-z])(acute|grave|circ|uml|tilde|cedil|ring)$/.exec(body);
  if (accent) return (accent[1] + ACCENTS[accent[2]]).normalize("NFC");
  return match;  // unknown: keep the text as written
}

export function htmlToText(html) {
  let out = "";
  let i = 0;
  const n = html.length;
  const newline = () => { if (out && !out.endsWith("\n")) out += "\n"; };
  while (i < n) {
    const lt = html.indexOf("<", i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) out += html.slice(i, textEnd).replace(/\s+/g, " ");
    if (lt < 0) break;
    i = lt;
    if (html.startsWith("<!--", i)) {
      const close = html.indexOf("-->", i + 4);
      i = close < 0 ? n : close + 3;
      continue;
    }
    const tag = /^<(\/?)([A-Za-z][A-Za-z0-9:-]*)/.exec(html.slice(i, i + 64));
    if (!tag && !/^<[!?]/.test(html.slice(i, i + 2))) {
      out += "<";  // a lone "<" is text ("a < b")
      i += 1;
      continue;
    }
    // Skip to the end of the tag, over quoted attribute values.
    let j = i + 1, quote = "";
    for (; j < n; ++j) {
      const c = html[j];
      if (quote) { if (c === quote) quote = ""; }
      else if (c === '"' || c === "'") quote = c;
      else if (c === ">") break;
    }
    i = j + 1;
    if (!tag) continue;  // <!DOCTYPE …>, <?xml …?>
    const name = tag[2].toLowerCase();
    if (!tag[1] && SKIPPED_TAGS.has(name)) {
      const close = html.toLowerCase().indexOf("</" + name, i);
      i = close < 0 ? n : html.indexOf(">", close) + 1 || n;
      continue;
    }
    if (BLOCK_TAGS.has(name)) newline();
    else if (name === "td" || name === "th") out += " ";
  }
  return out.replace(/&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g, decodeEntity)
    .replace(/[ \t]*\n[ \t]*/g, "\n").replace(/\n{3,}/g, "\n\n").replace(/ {2,}/g, " ").trim();
}
