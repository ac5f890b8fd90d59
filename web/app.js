// The page of index.html: paste an article, see its mentions highlighted.
// Pasted content is only ever read as text: nothing the user gives is
// parsed into this document or executed.
import { htmlToText } from "./html-to-text.js";
import { createAnnotator } from "./relief.js";

const CATEGORIES = [
  { id: "place", label: "Places" },
  { id: "actor", label: "Actors" },
  { id: "date", label: "Dates" },
  { id: "figure", label: "Figures" },
];

const $ = (id) => document.getElementById(id);
const input = $("relief-text");
const langSelect = $("relief-lang");
const dateInput = $("relief-date");
const status = $("relief-status");
const article = $("relief-article");
const legend = $("relief-legend");

function today() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function insertAtCursor(text) {
  const { selectionStart, selectionEnd, value } = input;
  input.value = value.slice(0, selectionStart) + text + value.slice(selectionEnd);
  input.selectionStart = input.selectionEnd = selectionStart + text.length;
}

function describe(mention) {
  const v = mention.value;
  if (v == null) return mention.approximate ? "≈" : "";
  if (typeof v === "object") return `${v.start} – ${v.end}`;
  const approx = mention.approximate ? "≈ " : "";
  return mention.unit ? `${approx}${v} ${mention.unit}` : `${approx}${v}`;
}

function renderLegend(counts) {
  legend.replaceChildren(...CATEGORIES.map(({ id, label }) => {
    const item = document.createElement("li");
    item.className = `relief-legend-item relief-${id}`;
    item.dataset.category = id;
    const swatch = document.createElement("span");
    swatch.className = "relief-swatch";
    const count = document.createElement("span");
    count.className = "relief-count";
    count.textContent = String(counts[id] ?? 0);
    item.append(swatch, ` ${label} `, count);
    return item;
  }));
}

// Builds the highlighted article from text nodes and <mark> elements
// (textContent only: the article's characters are never markup).
function renderArticle(text, doc) {
  const parts = [];
  let at = 0;
  const counts = {};
  for (const m of doc.mentions) {
    if (m.start > at) parts.push(document.createTextNode(text.slice(at, m.start)));
    const mark = document.createElement("mark");
    mark.className = `relief-mention relief-${m.category}`;
    mark.dataset.start = m.start;
    mark.dataset.end = m.end;
    mark.dataset.category = m.category;
    if (m.subtype) mark.dataset.subtype = m.subtype;
    const value = describe(m);
    if (value) mark.dataset.value = value;
    mark.title = [m.subtype ?? m.category, value].filter(Boolean).join(": ");
    mark.textContent = text.slice(m.start, m.end);
    parts.push(mark);
    counts[m.category] = (counts[m.category] ?? 0) + 1;
    at = m.end;
  }
  if (at < text.length) parts.push(document.createTextNode(text.slice(at)));
  article.replaceChildren(...parts);
  renderLegend(counts);
}

const annotatorReady = createAnnotator();
let generation = 0;

async function annotate() {
  const mine = ++generation;
  const text = input.value;
  document.body.classList.add("relief-busy");
  article.setAttribute("aria-busy", "true");
  status.textContent = "annotating…";
  try {
    const annotator = await annotatorReady;
    const doc = await annotator.annotate(text, {
      lang: langSelect.value,
      referenceDate: dateInput.value || undefined,
    });
    if (mine !== generation) return;  // a newer request is under way
    renderArticle(text, doc);
    status.textContent = `${doc.mentions.length} mentions · language ${doc.lang}`;
  } catch (error) {
    if (mine !== generation) return;
    status.textContent = `Error: ${error.message}`;
  } finally {
    if (mine === generation) {
      document.body.classList.remove("relief-busy");
      article.removeAttribute("aria-busy");
    }
  }
}

let timer = 0;
function annotateSoon() {
  clearTimeout(timer);
  timer = setTimeout(annotate, 250);
}

input.addEventListener("paste", (event) => {
  const data = event.clipboardData;
  if (!data) return;
  const plain = data.getData("text/plain");
  const html = data.getData("text/html");
  const text = plain || (html ? htmlToText(html) : "");
  event.preventDefault();
  insertAtCursor(text);
  annotate();
});
input.addEventListener("input", annotateSoon);
langSelect.addEventListener("change", annotate);
dateInput.addEventListener("change", annotate);
$("relief-annotate").addEventListener("click", annotate);

dateInput.value = today();
renderLegend({});
annotatorReady.then(
  () => { status.textContent = "ready"; document.body.dataset.reliefReady = "true"; },
  (error) => { status.textContent = `Error: ${error.message}`; });
