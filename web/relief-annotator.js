// <relief-annotator>: the embeddable Relief component. Paste or drop an
// article; see its places, actors, dates and figures highlighted, grouped
// in an entity panel, on a map and on a timeline; export them.
//
//   import { mount } from "./web/relief-annotator.js";
//   const relief = mount(element, { language: "fr", referenceDate: "2016-03-27" });
//   relief.on("annotate", ({ text, doc }) => …);   // also "select", "ready", "error"
//   relief.show(text, doc);                        // a result computed elsewhere
//   relief.destroy();
//
// or <relief-annotator language="fr" reference-date="2016-03-27"> in HTML
// (its `relief` property is the same controller). Everything lives in a
// Shadow DOM with its own stylesheet: host styles do not reach in, and the
// component's do not leak out; hosts theme it with --relief-* custom
// properties and ::part(). Article text only ever becomes text nodes.
import { htmlToText } from "./html-to-text.js";
import { createAnnotator } from "./relief.js";
import { CATEGORIES, EXPORTS, describeMention, documentProblem, describeValue, groupEntities, datedMentions, mappedPlaces }
  from "./relief-format.js";
import { h, s } from "./relief-dom.js";
import { uiText } from "./relief-ui-text.js";
import { loadWorld, drawMap } from "./relief-map.js";
import { drawTimeline } from "./relief-timeline.js";

const LANGUAGES = [["auto", "auto"], ["fr", "français"], ["en", "English"]];

function todayIso() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

// The stylesheet inside the shadow root: adopted from text in the file://
// build (where nothing can be fetched), linked beside this module otherwise.
function attachStyles(shadow, options) {
  const css = options.css ?? globalThis.RELIEF_EMBEDDED?.componentCss;
  if (css && "adoptedStyleSheets" in shadow) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
    return null;
  }
  return h("link", { rel: "stylesheet",
    href: options.stylesheetUrl ?? new URL("relief-annotator.css", import.meta.url).href });
}

// options: language ("auto"), referenceDate (today), input (true: show the
// input panel; false for hosts that only call show()), annotator (a
// createAnnotator() result or promise to share one core between
// components), distUrl, source (the article's IRI for Web Annotation),
// stylesheetUrl (or css: the stylesheet's text, adopted), uiLanguage ("fr",
// "en"; default: the nearest lang="" around the element).
export function mount(element, options = {}) {
  const shadow = element.shadowRoot ?? element.attachShadow({ mode: "open" });
  const t = uiText(options.uiLanguage ?? element.closest("[lang]")?.lang);
  const listeners = new Map();
  const cleanups = [];
  const listen = (target, type, fn) => {
    target.addEventListener(type, fn);
    cleanups.push(() => target.removeEventListener(type, fn));
  };
  const emit = (type, detail) => {
    for (const fn of listeners.get(type) ?? []) {
      try { fn(detail); } catch (error) { queueMicrotask(() => { throw error; }); }
    }
    element.dispatchEvent(new CustomEvent(`relief-${type}`, { detail, bubbles: true, composed: true }));
  };

  let text = "";
  let doc = null;
  let groups = null;
  let generation = 0;
  let destroyed = false;
  let selected = null;        // {group, at}: the chosen entity and which of its mentions is shown
  const hidden = new Set();   // categories whose highlights are filtered out
  let marks = [];             // one <mark> per mention, by mention index

  // --- Structure ------------------------------------------------------
  const textarea = h("textarea", { class: "relief-textarea", part: "textarea", spellcheck: "false",
    "aria-label": t.article,
    placeholder: "Collez, déposez ou tapez un article… / Paste, drop or type an article…" });
  const langSelect = h("select", { class: "relief-lang", "aria-label": t.language },
    LANGUAGES.map(([value, label]) => h("option", { value }, label)));
  const dateInput = h("input", { type: "date", class: "relief-date", "aria-label": t.publicationDate });
  const fileInput = h("input", { type: "file", class: "relief-file", accept: ".txt,text/plain",
    "aria-label": t.openFileLabel });
  const annotateButton = h("button", { type: "button", class: "relief-annotate-button" }, t.annotate);
  const status = h("span", { class: "relief-status", role: "status", "aria-live": "polite" });
  const withInput = options.input !== false;
  // The status (and "annotating…") sits by the Annotate button, or under
  // the article when there is no input panel.
  const inputPanel = withInput ? h("section", { class: "relief-input", part: "input", "aria-label": t.article },
    textarea,
    h("div", { class: "relief-controls" },
      h("label", {}, `${t.language} `, langSelect),
      h("label", {}, `${t.publicationDate} `, dateInput),
      h("label", { class: "relief-file-label" }, `${t.openFile} `, fileInput),
      annotateButton, status)) : null;

  const legend = h("div", { class: "relief-legend", role: "group", "aria-label": t.filters });
  const legendButtons = CATEGORIES.map(({ id, symbol }) => {
    const label = t.categories[id];
    const count = h("span", { class: "relief-count" }, "0");
    const button = h("button", { type: "button", class: `relief-legend-item relief-${id}`, "data-category": id,
      "aria-pressed": "true", title: `${label}: ${t.cues[id]}` },
      h("span", { class: "relief-swatch", "aria-hidden": "true" }, symbol), ` ${label} `, count);
    listen(button, "click", () => setFilter(id, hidden.has(id)));
    return button;
  });
  legend.append(...legendButtons);

  const formatSelect = h("select", { class: "relief-export-format", "aria-label": t.exportFormat },
    Object.entries(EXPORTS).map(([value, { label }]) => h("option", { value }, label)));
  const downloadButton = h("button", { type: "button", class: "relief-download", disabled: true }, t.download);
  const copyButton = h("button", { type: "button", class: "relief-copy", disabled: true }, t.copy);
  const exportsBar = h("div", { class: "relief-exports", role: "group", "aria-label": t.exportLabel },
    `${t.exportLabel} `, formatSelect, downloadButton, copyButton);

  const article = h("div", { class: "relief-article", part: "article", role: "region",
    "aria-label": t.annotatedHelp, tabindex: "-1" });
  const details = h("p", { class: "relief-details", "aria-live": "polite" }, "\u00A0");
  const entityPanel = h("div", { class: "relief-entities" });
  const mapSvg = s("svg", { class: "relief-map", role: "group", "aria-label": t.mapLabel });
  const timelineSvg = s("svg", { class: "relief-timeline", role: "group", "aria-label": t.timelineLabel });
  const mapNote = h("p", { class: "relief-note" });
  const timelineNote = h("p", { class: "relief-note" });

  const root = h("div", { class: "relief-root", part: "root" },
    inputPanel,
    h("section", { class: "relief-output", part: "output", "aria-label": t.annotated },
      h("div", { class: "relief-toolbar" }, legend, exportsBar), article, details, withInput ? null : status),
    h("aside", { class: "relief-panel", part: "panel", role: "complementary", "aria-label": t.entities },
      h("h2", {}, t.entities), entityPanel),
    h("section", { class: "relief-map-box", part: "map", "aria-label": t.map }, h("h2", {}, t.map), mapSvg, mapNote),
    h("section", { class: "relief-timeline-box", part: "timeline", "aria-label": t.timeline },
      h("h2", {}, t.timeline), timelineSvg, timelineNote));
  const styleLink = attachStyles(shadow, options);
  shadow.replaceChildren(...[styleLink, root].filter(Boolean));

  langSelect.value = options.language ?? "auto";
  dateInput.value = options.referenceDate ?? todayIso();

  // --- The core ---------------------------------------------------------
  let ownAnnotator = null;
  let annotatorPromise = null;
  const getAnnotator = () => {
    annotatorPromise ??= options.annotator
      ? Promise.resolve(options.annotator)
      : (ownAnnotator = createAnnotator({ distUrl: options.distUrl }));
    return annotatorPromise;
  };

  function setBusy(busy) {
    root.classList.toggle("relief-busy", busy);
    if (busy) element.setAttribute("aria-busy", "true");
    else element.removeAttribute("aria-busy");
  }

  async function annotate(newText, annotateOptions = {}) {
    if (destroyed) throw new Error("this relief-annotator was destroyed");
    if (typeof newText === "string") textarea.value = newText;
    if (annotateOptions.lang) langSelect.value = annotateOptions.lang;
    if (annotateOptions.referenceDate) dateInput.value = annotateOptions.referenceDate;
    const mine = ++generation;
    const input = textarea.value;
    setBusy(true);
    status.textContent = t.annotating;
    try {
      const annotator = await getAnnotator();
      const result = await annotator.annotate(input, {
        lang: langSelect.value, referenceDate: dateInput.value || undefined });
      if (mine !== generation || destroyed) return result;  // a newer request is under way
      render(input, result);
      return result;
    } catch (error) {
      if (mine === generation && !destroyed) {
        status.textContent = t.error(error.message);
        emit("error", error);
      }
      throw error;
    } finally {
      if (mine === generation && !destroyed) setBusy(false);
    }
  }

  // --- Rendering ----------------------------------------------------------
  function render(newText, newDoc) {
    text = newText;
    doc = newDoc;
    selected = null;
    groups = groupEntities(doc);
    renderArticle();
    renderLegend();
    renderEntities();
    renderTimeline();
    renderMap();
    downloadButton.disabled = copyButton.disabled = false;
    status.textContent = t.result(doc.mentions.length, doc.lang);
    details.textContent = "\u00A0";
    emit("annotate", { text, doc });
  }

  // Text nodes and <mark> elements, built in a fragment (one layout for a
  // long article). One mark is in the tab order at a time (roving
  // tabindex); arrow keys move between the visible ones.
  function renderArticle() {
    const fragment = document.createDocumentFragment();
    marks = [];
    let at = 0;
    doc.mentions.forEach((m, i) => {
      if (m.start > at) fragment.append(text.slice(at, m.start));
      const description = describeMention(m);
      const mark = h("mark", { class: `relief-mention relief-${m.category}`, "data-start": m.start,
        "data-end": m.end, "data-category": m.category, "data-index": i, "data-subtype": m.subtype,
        "data-value": describeValue(m) || null, "data-label": description, "aria-description": description,
        tabindex: "-1" }, text.slice(m.start, m.end));
      marks.push(mark);
      fragment.append(mark);
      at = Math.max(at, m.end);
    });
    if (at < text.length) fragment.append(text.slice(at));
    article.replaceChildren(fragment);
    const first = visibleMarks()[0];
    if (first) first.tabIndex = 0;
  }

  function renderLegend() {
    const counts = {};
    for (const m of doc?.mentions ?? []) counts[m.category] = (counts[m.category] ?? 0) + 1;
    for (const button of legendButtons) {
      button.querySelector(".relief-count").textContent = String(counts[button.dataset.category] ?? 0);
    }
  }

  function renderEntities() {
    entityPanel.replaceChildren(...CATEGORIES.map(({ id, symbol }) => {
      const list = groups[id];
      const label = t.categories[id];
      const heading = h("h3", { class: `relief-group-title relief-${id}` },
        h("span", { class: "relief-swatch", "aria-hidden": "true" }, symbol), ` ${label} (${list.length})`);
      const items = list.map((group) => {
        const count = group.mentions.length;
        return h("li", {},
          h("button", { type: "button", class: `relief-entity relief-${id}`, "data-key": group.key,
            "aria-pressed": "false", onclick: () => select(group.key) },
            h("span", { class: "relief-entity-name" }, group.name),
            group.value ? h("span", { class: "relief-entity-value" }, group.value) : null,
            h("span", { class: "relief-entity-count", "aria-label": t.mentions(count) },
              `×${count}`),
            group.aliases.length ? h("span", { class: "relief-aliases" }, t.also + group.aliases.join(", ")) : null,
            group.link?.country ? h("span", { class: "relief-entity-link" }, group.link.country) : null));
      });
      return h("section", { class: `relief-group relief-group-${id}`, "data-category": id },
        heading, items.length ? h("ul", {}, items) : h("p", { class: "relief-empty" }, t.none));
    }));
  }

  function renderTimeline() {
    const dated = datedMentions(doc);
    // A point chosen again moves on to its next mention.
    drawTimeline(timelineSvg, dated, { t, onSelect: (indices) => (selected?.group.mentions.includes(indices[0])
      ? select(selected.group.key) : selectMention(indices[0])) });
    const dates = doc.mentions.filter((m) => m.category === "date").length;
    timelineNote.textContent = dates > dated.length
      ? t.undated(dates - dated.length, dates) : "";
  }

  async function renderMap() {
    const places = mappedPlaces(doc);
    const mine = doc;
    const unplaced = groups.place.length - places.length;
    mapNote.textContent = unplaced > 0
      ? t.unplaced(unplaced, groups.place.length) : "";
    delete mapSvg.dataset.ready;
    try {
      const world = await loadWorld();
      if (doc !== mine || destroyed) return;
      drawMap(mapSvg, world, places, { t, onSelect: (group) => select(group.key) });
      mapSvg.dataset.ready = "true";
    } catch (error) {
      mapSvg.replaceChildren(s("text", { x: 8, y: 20 }, t.mapUnavailable(error.message)));
    }
  }

  // --- Selection ----------------------------------------------------------
  function showMention(index, { focus = false } = {}) {
    const mark = marks[index];
    if (!mark) return;
    for (const m of article.querySelectorAll(".relief-current")) m.classList.remove("relief-current");
    mark.classList.add("relief-current");
    mark.scrollIntoView({ block: "center", inline: "nearest" });
    if (focus) moveFocus(mark);
    details.textContent = `“${doc.mentions[index].text}” — ${describeMention(doc.mentions[index])}`;
  }

  // Chooses an entity group (by key): its mentions are highlighted and the
  // next one is scrolled into view (each click moves on to the next).
  function select(key, { focus = false } = {}) {
    const group = CATEGORIES.flatMap(({ id }) => groups?.[id] ?? []).find((g) => g.key === key);
    if (!group) return null;
    const at = selected?.group.key === key ? (selected.at + 1) % group.mentions.length : 0;
    selected = { group, at };
    for (const m of article.querySelectorAll(".relief-active")) m.classList.remove("relief-active");
    for (const i of group.mentions) marks[i]?.classList.add("relief-active");
    for (const button of entityPanel.querySelectorAll(".relief-entity")) {
      button.setAttribute("aria-pressed", String(button.dataset.key === key));
    }
    for (const marker of mapSvg.querySelectorAll(".relief-marker")) {
      marker.classList.toggle("relief-marker-active", marker.dataset.key === key);
    }
    showMention(group.mentions[at], { focus });
    const detail = { key, category: group.category, name: group.name, link: group.link,
      mentions: group.mentions.map((i) => doc.mentions[i]), index: group.mentions[at] };
    emit("select", detail);
    return detail;
  }

  function clearSelection() {
    selected = null;
    for (const m of article.querySelectorAll(".relief-active, .relief-current")) {
      m.classList.remove("relief-active", "relief-current");
    }
    for (const button of entityPanel.querySelectorAll('.relief-entity[aria-pressed="true"]')) {
      button.setAttribute("aria-pressed", "false");
    }
    for (const marker of mapSvg.querySelectorAll(".relief-marker-active")) marker.classList.remove("relief-marker-active");
  }

  function selectMention(index, options) {
    const group = CATEGORIES.flatMap(({ id }) => groups?.[id] ?? []).find((g) => g.mentions.includes(index));
    if (!group) return null;
    if (selected?.group.key === group.key) selected.at = group.mentions.indexOf(index) - 1;
    else selected = { group, at: group.mentions.indexOf(index) - 1 };
    return select(group.key, options);
  }

  // --- Filters and keyboard -------------------------------------------------
  function setFilter(category, visible) {
    if (visible) hidden.delete(category);
    else hidden.add(category);
    root.classList.toggle(`relief-hide-${category}`, !visible);
    for (const button of legendButtons) {
      if (button.dataset.category === category) button.setAttribute("aria-pressed", String(visible));
    }
    const current = article.querySelector('mark[tabindex="0"]');
    if (current && !visible && current.dataset.category === category) {
      current.tabIndex = -1;
      const first = visibleMarks()[0];
      if (first) first.tabIndex = 0;
    }
  }

  const visibleMarks = () => marks.filter((m) => !hidden.has(m.dataset.category));

  function moveFocus(mark) {
    for (const m of article.querySelectorAll('mark[tabindex="0"]')) m.tabIndex = -1;
    mark.tabIndex = 0;
    mark.focus({ preventScroll: false });
  }

  listen(article, "keydown", (event) => {
    const mark = event.target.closest?.("mark");
    if (!mark) return;
    const list = visibleMarks();
    const at = list.indexOf(mark);
    const to = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1,
      Home: 0, End: list.length - 1 }[event.key];
    if (to != null) {
      event.preventDefault();
      if (list[to]) moveFocus(list[to]);
    } else if (event.key === "Escape") {
      clearSelection();
    } else if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      selectMention(Number(mark.dataset.index), { focus: true });
    }
  });
  const describeTarget = (event) => {
    const mark = event.target.closest?.("mark");
    if (mark && doc) details.textContent = `“${mark.textContent}” — ${mark.dataset.label}`;
  };
  listen(article, "focusin", describeTarget);
  listen(article, "mouseover", describeTarget);
  listen(article, "click", (event) => {
    const mark = event.target.closest?.("mark");
    if (mark) selectMention(Number(mark.dataset.index));
  });

  // --- Input ---------------------------------------------------------------
  let timer = 0;
  const annotateSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => annotate().catch(() => {}), 300);
  };
  const annotateNow = () => { clearTimeout(timer); annotate().catch(() => {}); };

  function insertAtCursor(inserted) {
    const { selectionStart, selectionEnd, value } = textarea;
    textarea.value = value.slice(0, selectionStart) + inserted + value.slice(selectionEnd);
    textarea.selectionStart = textarea.selectionEnd = selectionStart + inserted.length;
  }

  // Clipboard or drag data as text: plain text as is, HTML reduced to its
  // text with paragraphs (never parsed into this document).
  function transferText(data) {
    const plain = data.getData("text/plain");
    const html = data.getData("text/html");
    return plain || (html ? htmlToText(html) : "");
  }

  async function readFile(file) {
    if (!/^text\/plain|\.txt$/i.test(file.type || file.name)) {
      status.textContent = t.notText(file.name);
      return;
    }
    textarea.value = (await file.text()).replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
    emit("input", { text: textarea.value });
    annotateNow();
  }

  listen(textarea, "paste", (event) => {
    if (!event.clipboardData) return;
    event.preventDefault();
    insertAtCursor(transferText(event.clipboardData));
    emit("input", { text: textarea.value });
    annotateNow();
  });
  listen(textarea, "dragover", (event) => { event.preventDefault(); root.classList.add("relief-dropping"); });
  listen(textarea, "dragleave", () => root.classList.remove("relief-dropping"));
  listen(textarea, "drop", (event) => {
    event.preventDefault();
    root.classList.remove("relief-dropping");
    const file = event.dataTransfer?.files?.[0];
    if (file) { readFile(file); return; }
    if (event.dataTransfer) {
      textarea.value = transferText(event.dataTransfer);
      emit("input", { text: textarea.value });
      annotateNow();
    }
  });
  listen(fileInput, "change", () => { if (fileInput.files[0]) readFile(fileInput.files[0]); });
  listen(textarea, "input", () => { emit("input", { text: textarea.value }); annotateSoon(); });
  listen(langSelect, "change", annotateNow);
  listen(dateInput, "change", annotateNow);
  listen(annotateButton, "click", annotateNow);

  // --- Exports ----------------------------------------------------------------
  function exportAs(format = "json") {
    if (!doc) throw new Error("nothing to export yet");
    const spec = EXPORTS[format];
    if (!spec) throw new Error(`unknown export format: ${format}`);
    return spec.make(doc, text, options.source);
  }

  function download(format = formatSelect.value) {
    const spec = EXPORTS[format];
    const url = URL.createObjectURL(new Blob([exportAs(format)], { type: spec.type }));
    const link = h("a", { href: url, download: spec.file, class: "relief-hidden" });
    root.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  async function copy(format = formatSelect.value) {
    const content = exportAs(format);
    try {
      await navigator.clipboard.writeText(content);
    } catch {
      // No clipboard permission (or an insecure context): copy the way
      // a user would, from a selected text field.
      const field = h("textarea", { class: "relief-hidden", readonly: true });
      field.value = content;
      root.append(field);
      field.select();
      const done = document.execCommand("copy");
      field.remove();
      if (!done) throw new Error("the browser refused to copy");
    }
    status.textContent = t.copied(EXPORTS[format].label);
  }

  listen(downloadButton, "click", () => download());
  listen(copyButton, "click", () => copy().catch((error) => { status.textContent = t.copyFailed(error.message); }));

  // --- Start -------------------------------------------------------------------
  const controller = {
    on(type, fn) {
      if (!listeners.has(type)) listeners.set(type, new Set());
      listeners.get(type).add(fn);
      return () => controller.off(type, fn);
    },
    off(type, fn) { listeners.get(type)?.delete(fn); },
    annotate,
    show(newText, newDoc) {
      const problem = documentProblem(newText, newDoc);
      if (problem) throw new TypeError(`show(text, doc): ${problem}`);
      ++generation;  // a pending annotation must not replace this
      setBusy(false);
      textarea.value = newText;
      if (newDoc.reference_date) dateInput.value = newDoc.reference_date;
      render(newText, newDoc);
    },
    select,
    clearSelection,
    setFilter,
    setOptions({ language, referenceDate } = {}) {
      if (language) langSelect.value = language;
      if (referenceDate) dateInput.value = referenceDate;
    },
    exportAs,
    download,
    copy,
    get text() { return text; },
    get document() { return doc; },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      clearTimeout(timer);
      for (const cleanup of cleanups) cleanup();
      listeners.clear();
      if (ownAnnotator) ownAnnotator.then((a) => a.dispose(), () => {});
      shadow.replaceChildren();
      if ("adoptedStyleSheets" in shadow) shadow.adoptedStyleSheets = [];
      element.removeAttribute("data-state");
    },
  };

  status.textContent = t.loading;
  const start = !withInput && !options.annotator ? Promise.resolve() : getAnnotator();
  start.then(() => {
    if (destroyed) return;
    status.textContent = t.ready;
    element.dataset.state = "ready";
    emit("ready", {});
  }, (error) => {
    if (destroyed) return;
    status.textContent = t.error(error.message);
    element.dataset.state = "error";
    emit("error", error);
  });
  return controller;
}

// The custom element. Attributes: language, reference-date, dist-url,
// source, view-only (no input panel: the host calls show()), ui-language,
// name: it is a form field whose value is the article's text, so a CMS
// form submits it like a textarea.
export class ReliefAnnotatorElement extends HTMLElement {
  static observedAttributes = ["language", "reference-date"];
  static formAssociated = true;

  constructor() {
    super();
    this.internals = this.attachInternals?.() ?? null;
  }

  attributeChangedCallback(name, old, value) {
    if (!this.relief || value == null) return;
    this.relief.setOptions(name === "language" ? { language: value } : { referenceDate: value });
  }

  connectedCallback() {
    if (this.relief) return;
    this.relief = mount(this, {
      language: this.getAttribute("language") ?? undefined,
      referenceDate: this.getAttribute("reference-date") ?? undefined,
      distUrl: this.getAttribute("dist-url") ?? undefined,
      source: this.getAttribute("source") ?? undefined,
      input: !this.hasAttribute("view-only"),
      uiLanguage: this.getAttribute("ui-language") ?? undefined,
    });
    const setValue = ({ text }) => this.internals?.setFormValue(text);
    this.relief.on("input", setValue);
    this.relief.on("annotate", setValue);
  }

  // Moving the element (a CMS reordering its fields) disconnects and
  // reconnects it at once: only an element still out of the document after
  // that is destroyed, with its core.
  disconnectedCallback() {
    queueMicrotask(() => {
      if (this.isConnected) return;
      this.relief?.destroy();
      this.relief = null;
    });
  }

  on(type, fn) { return this.relief.on(type, fn); }
  annotate(text, options) { return this.relief.annotate(text, options); }
  show(text, doc) { return this.relief.show(text, doc); }
  exportAs(format) { return this.relief.exportAs(format); }
}

if (typeof customElements !== "undefined" && !customElements.get("relief-annotator")) {
  customElements.define("relief-annotator", ReliefAnnotatorElement);
}
