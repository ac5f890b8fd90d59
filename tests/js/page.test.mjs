// index.html (the <relief-annotator> component full page) in Debian's
// Chromium: served over http with the strict CSP, and the self-contained
// build opened from disk (file://). The seed article pasted must give
// exactly the API's mentions; the entity panel, map and timeline are
// checked with a synthetic SPEC document (the seed's gold annotation with
// linked places) shown through the component.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { createAnnotator } from "../../web/relief.js";
import { startServer } from "../../tools/serve.mjs";
import { launchChromium, paste } from "./browser.mjs";
import { describeMention } from "../../web/relief-format.js";
import { contrast, mapMarkerNames, readComponent, seedDocument, watchRequests } from "./component-helpers.mjs";
import { root, seedPath } from "./paths.mjs";

const seed = readFileSync(seedPath, "utf8");
const artefacts = root + "test-results/";
const HOST = "relief-annotator";
let server, browser, expected, origin;

before(async () => {
  mkdirSync(artefacts, { recursive: true });
  server = await startServer({ port: 0 });
  origin = `http://127.0.0.1:${server.address().port}/`;
  browser = await launchChromium();
  const annotator = await createAnnotator();
  expected = await annotator.annotate(seed, { lang: "auto", referenceDate: "2016-03-27" });
  annotator.dispose();
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function openPage(url, { allowed = url } = {}) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => { if (m.type() === "error") problems.push(m.text()); });
  page.on("pageerror", (e) => problems.push(String(e)));
  const outside = watchRequests(page, allowed);
  await page.goto(url);
  await page.waitForSelector("body[data-relief-ready=true]", { timeout: 20000 });
  return { page, problems, outside, close: () => context.close() };
}

const waitForMentions = (page, selector = HOST) => page.waitForFunction(
  (s) => /mentions/.test(document.querySelector(s).shadowRoot.querySelector(".relief-status").textContent), selector);

async function pasteSeed(page) {
  await page.fill(`${HOST} .relief-date`, "2016-03-27");
  await paste(page, `${HOST} .relief-textarea`, { "text/plain": seed });
  await waitForMentions(page);
  return readComponent(page);
}

function checkAgainstApi(shown) {
  assert.equal(shown.input, seed, "the pasted text is kept as is");
  assert.equal(shown.articleText, seed, "the highlighted view shows the whole text");
  assert.deepEqual(shown.marks, expected.mentions.map(({ start, end, category, text }) =>
    ({ start, end, category, text })));
  assert.ok(shown.marks.length >= 4);
  for (const category of ["place", "actor", "date", "figure"]) {
    assert.equal(shown.legend[category],
      expected.mentions.filter((m) => m.category === category).length, category);
  }
}

// Shows the synthetic document through the component's show().
async function showSynthetic(page) {
  const doc = seedDocument();
  await page.$eval(HOST, (host, { text, doc }) => host.show(text, doc), { text: seed, doc });
  return doc;
}

const shadowEval = (page, fn, arg) => page.$eval(HOST, fn, arg);

test("served page: pasting the seed article highlights the API's mentions, nothing leaves the origin", async () => {
  const { page, problems, outside, close } = await openPage(origin);
  checkAgainstApi(await pasteSeed(page));
  // Places the core links are on the map; resolved dates on the timeline.
  const markers = await mapMarkerNames(page);
  for (const place of ["Palmyre", "Damas", "Raqqa", "Mossoul"]) assert.ok(markers.includes(place), place);
  const points = await shadowEval(page, (host) =>
    [...host.shadowRoot.querySelectorAll(".relief-tl-point")].map((p) => p.dataset.value));
  for (const value of ["2013", "2015-01", "2015-05", "2016-03-07", "2016-03-27"]) assert.ok(points.includes(value), value);
  await page.screenshot({ path: artefacts + "page-seed.png", fullPage: true });
  assert.deepEqual(problems, []);
  assert.deepEqual(outside, [], "no request outside the origin");
  await close();
});

test("served page: a category's filter toggle hides and shows its highlights", async () => {
  const { page, close } = await openPage(origin);
  await pasteSeed(page);
  const dateStyle = () => shadowEval(page, (host) => {
    const mark = host.shadowRoot.querySelector("mark.relief-date");
    const style = getComputedStyle(mark);
    return { background: style.backgroundColor, line: style.textDecorationLine,
      pressed: host.shadowRoot.querySelector('.relief-legend-item[data-category="date"]').getAttribute("aria-pressed") };
  });
  const shown = await dateStyle();
  assert.notEqual(shown.background, "rgba(0, 0, 0, 0)");
  assert.equal(shown.line, "underline");
  assert.equal(shown.pressed, "true");
  await page.click(`${HOST} .relief-legend-item[data-category="date"]`);
  assert.deepEqual(await dateStyle(), { background: "rgba(0, 0, 0, 0)", line: "none", pressed: "false" });
  await page.click(`${HOST} .relief-legend-item[data-category="date"]`);
  assert.deepEqual(await dateStyle(), shown);
  await close();
});

test("served page: keyboard alone moves between highlights and shows normalized values", async () => {
  const { page, close } = await openPage(origin);
  await pasteSeed(page);
  const mentions = expected.mentions;
  // Tab from the last control of the toolbar reaches the first highlight.
  await page.focus(`${HOST} .relief-copy`);
  await page.keyboard.press("Tab");
  const focused = () => shadowEval(page, (host) => {
    const mark = host.shadowRoot.activeElement;
    return { index: Number(mark?.dataset.index), label: mark && getComputedStyle(mark, "::after").content,
      details: host.shadowRoot.querySelector(".relief-details").textContent };
  });
  let state = await focused();
  assert.equal(state.index, 0);
  assert.equal(state.label, JSON.stringify(describeMention(mentions[0])));
  // Arrows walk the highlights in order; each shows its normalized value.
  const firstDate = mentions.findIndex((m) => m.category === "date");
  for (let i = 1; i <= firstDate; ++i) await page.keyboard.press("ArrowRight");
  state = await focused();
  assert.equal(state.index, firstDate);
  assert.match(state.details, new RegExp(mentions[firstDate].value));
  await page.keyboard.press("Enter");  // selects its entity in the panel
  const pressed = await shadowEval(page, (host) =>
    host.shadowRoot.querySelector('.relief-entity[aria-pressed="true"] .relief-entity-name')?.textContent);
  assert.equal(pressed, mentions[firstDate].text);
  await page.keyboard.press("Escape");  // clears the selection
  assert.equal(await shadowEval(page, (host) =>
    host.shadowRoot.querySelectorAll('.relief-entity[aria-pressed="true"], mark.relief-active').length), 0);
  // Moving the element keeps it (and its result); removing it destroys it.
  assert.deepEqual(await page.$eval(HOST, async (host) => {
    const parent = host.parentNode;
    parent.append(host);
    await new Promise((resolve) => setTimeout(resolve));
    const kept = host.shadowRoot.querySelectorAll("mark").length;
    host.remove();
    await new Promise((resolve) => setTimeout(resolve));
    const gone = host.shadowRoot.childNodes.length;
    parent.append(host);
    return [kept > 0, gone, host.shadowRoot.querySelectorAll(".relief-textarea").length];
  }), [true, 0, 1]);
  // The element's attributes drive its fields.
  assert.equal(await shadowEval(page, (host) => {
    host.setAttribute("language", "en");
    return host.shadowRoot.querySelector(".relief-lang").value;
  }), "en");
  await close();
});

test("served page: JSON export equals the API result; CSV and Web Annotation; copy", async () => {
  const { page, close } = await openPage(origin);
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin });
  await pasteSeed(page);
  const download = async (format) => {
    await page.selectOption(`${HOST} .relief-export-format`, format);
    const [file] = await Promise.all([page.waitForEvent("download"), page.click(`${HOST} .relief-download`)]);
    return { name: file.suggestedFilename(), text: readFileSync(await file.path(), "utf8") };
  };
  const json = await download("json");
  assert.equal(json.name, "relief.json");
  assert.deepEqual(JSON.parse(json.text), expected);
  const csv = await download("csv");
  const lines = csv.text.trimEnd().split("\r\n");
  assert.equal(lines.length, expected.mentions.length + 1);
  assert.match(lines[0], /^start,end,category,subtype,text,value/);
  const m0 = expected.mentions[0];
  assert.ok(lines[1].startsWith(`${m0.start},${m0.end},${m0.category},${m0.subtype ?? ""},${m0.text},${m0.value ?? ""}`), lines[1]);
  const jsonld = JSON.parse((await download("jsonld")).text);
  assert.equal(jsonld["@context"], "http://www.w3.org/ns/anno.jsonld");
  assert.equal(jsonld.items.length, expected.mentions.length);
  assert.deepEqual(jsonld.items[0].target.selector[1].exact, m0.text);
  await page.selectOption(`${HOST} .relief-export-format`, "json");
  await page.click(`${HOST} .relief-copy`);
  await page.waitForFunction((s) => /copié/.test(document.querySelector(s).shadowRoot.querySelector(".relief-status").textContent), HOST);
  assert.deepEqual(JSON.parse(await page.evaluate(() => navigator.clipboard.readText())), expected);
  await close();
});

test("served page: pasted HTML is read as text, never run", async () => {
  const { page, problems, close } = await openPage(origin);
  await page.evaluate(() => { window.__pwned = 0; });
  await paste(page, `${HOST} .relief-textarea`, {
    "text/html": '<p>Le 7 mars 2016</p><img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><p>en mai 2015</p>',
  });
  await waitForMentions(page);
  const state = await page.evaluate((s) => ({
    pwned: window.__pwned,
    input: document.querySelector(s).shadowRoot.querySelector(".relief-textarea").value,
    images: document.querySelectorAll("img").length +
      document.querySelector(s).shadowRoot.querySelectorAll("img").length,
  }), HOST);
  assert.equal(state.pwned, 0);
  assert.equal(state.images, 0);
  assert.equal(state.input, "Le 7 mars 2016\nen mai 2015");
  assert.deepEqual(problems, []);
  await close();
});

test("served page: a dropped .txt file is annotated; a long article shows 'annotation en cours…'", async () => {
  const { page, close } = await openPage(origin);
  await page.fill(`${HOST} .relief-date`, "2016-03-27");
  await page.$eval(`${HOST} .relief-textarea`, (textarea, text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], "article.txt", { type: "text/plain" }));
    textarea.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, seed);
  await waitForMentions(page);
  checkAgainstApi(await readComponent(page));

  const long = Array(40).fill(seed).join("\n");
  const busy = await page.$eval(`${HOST} .relief-textarea`, (textarea, text) => {
    const transfer = new DataTransfer();
    transfer.setData("text/plain", text);
    textarea.value = "";
    textarea.dispatchEvent(new ClipboardEvent("paste", { clipboardData: transfer, bubbles: true, cancelable: true }));
    const host = textarea.getRootNode().host;
    return { busy: host.getAttribute("aria-busy"), status: host.shadowRoot.querySelector(".relief-status").textContent };
  }, long);
  assert.deepEqual(busy, { busy: "true", status: "annotation en cours…" });  // index.html is lang="fr"
  await page.waitForFunction((s) => !document.querySelector(s).hasAttribute("aria-busy"), HOST);
  const shown = await readComponent(page);
  assert.equal(shown.articleText, long);
  assert.equal(shown.marks.length, 40 * expected.mentions.length);
  // The timeline keeps one point per distinct date, counting its mentions
  // (durations and recurring sets have no place on a time axis).
  const dates = expected.mentions.filter((m) => m.category === "date" && ["date", "time"].includes(m.subtype));
  assert.deepEqual(await shadowEval(page, (host) => [...host.shadowRoot.querySelectorAll(".relief-tl-point")]
    .map((p) => [p.dataset.value, Number(p.dataset.count)]).sort()),
    [...new Set(dates.map((m) => m.value))].sort().map((v) => [v, 40 * dates.filter((m) => m.value === v).length]));
  await close();
});

test("entity panel, map and timeline from a synthetic SPEC document", async () => {
  const { page, problems, outside, close } = await openPage(origin);
  const selections = await page.evaluateHandle((s) => {
    const seen = [];
    document.querySelector(s).addEventListener("relief-select", (e) => seen.push(e.detail.name));
    return seen;
  }, HOST);
  const doc = await showSynthetic(page);
  const shown = await readComponent(page);
  assert.equal(shown.articleText, seed);
  assert.deepEqual(shown.marks, doc.mentions.map(({ start, end, category, text }) => ({ start, end, category, text })));
  for (const category of ["place", "actor", "date", "figure"]) {
    assert.equal(shown.legend[category], doc.mentions.filter((m) => m.category === category).length);
  }

  // Panel: grouped by category, with counts and aliases.
  const panel = await shadowEval(page, (host) => Object.fromEntries(
    [...host.shadowRoot.querySelectorAll(".relief-group")].map((g) => [g.dataset.category,
      [...g.querySelectorAll(".relief-entity")].map((b) => ({
        name: b.querySelector(".relief-entity-name").textContent,
        count: b.querySelector(".relief-entity-count").textContent,
        aliases: b.querySelector(".relief-aliases")?.textContent ?? "" }))])));
  const ei = panel.actor.find((e) => e.name === "Etat islamique");
  const eiMentions = doc.entities.find((e) => e.name === "Etat islamique").mentions.length;
  assert.equal(ei.count, `×${eiMentions}`);
  assert.match(ei.aliases, /Daech/);
  assert.match(ei.aliases, /EI/);
  assert.equal(panel.place[0].name, "Palmyre", "most mentioned first");
  assert.ok(panel.date.some((e) => e.name === "Ce dimanche 27"));
  assert.ok(panel.figure.some((e) => e.name === "près de 190 victimes"));

  // Clicking an entity highlights its mentions and scrolls to each in turn.
  const palmyre = doc.entities.find((e) => e.name === "Palmyre");
  const view = () => shadowEval(page, (host) => {
    const article = host.shadowRoot.querySelector(".relief-article");
    const current = host.shadowRoot.querySelector("mark.relief-current");
    const a = article.getBoundingClientRect(), c = current.getBoundingClientRect();
    return { index: Number(current.dataset.index), inView: c.top >= a.top && c.bottom <= a.bottom,
      active: [...host.shadowRoot.querySelectorAll("mark.relief-active")].map((m) => Number(m.dataset.index)) };
  });
  await page.click(`${HOST} .relief-entity[data-key="entity:${palmyre.id}"]`);
  let state = await view();
  assert.deepEqual(state.active, palmyre.mentions);
  assert.equal(state.index, palmyre.mentions[0]);
  assert.ok(state.inView);
  const last = palmyre.mentions.at(-1);
  for (let i = 1; i < palmyre.mentions.length; ++i) await page.click(`${HOST} .relief-entity[data-key="entity:${palmyre.id}"]`);
  state = await view();
  assert.equal(state.index, last);
  assert.ok(state.inView, "the last mention was scrolled into view");
  assert.ok(await shadowEval(page, (host) => host.shadowRoot.querySelector(".relief-article").scrollTop > 0));

  // Map: markers at the four linked places; a marker selects its entity.
  assert.deepEqual((await mapMarkerNames(page)).sort(), ["Damas", "Mossoul", "Palmyre", "Raqqa"]);
  const markers = await shadowEval(page, (host) => Object.fromEntries(
    [...host.shadowRoot.querySelectorAll(".relief-marker circle")].map((c) =>
      [c.parentNode.dataset.name, [Number(c.getAttribute("cx")), Number(c.getAttribute("cy"))]])));
  assert.ok(markers.Damas[0] < markers.Palmyre[0] && markers.Palmyre[0] < markers.Mossoul[0], "west to east");
  assert.ok(markers.Damas[1] > markers.Raqqa[1], "Damas is south of Raqqa");
  await page.click(`${HOST} .relief-marker[data-name="Mossoul"]`);
  state = await view();
  assert.equal(state.index, doc.entities.find((e) => e.name === "Mossoul").mentions[0]);
  assert.ok(state.inView);

  // Timeline: the 2015–2016 dates (and 2013) on an axis; a point jumps to its mention.
  const timeline = await shadowEval(page, (host) => ({
    ticks: [...host.shadowRoot.querySelectorAll(".relief-tick text")].map((t) => t.textContent),
    values: [...host.shadowRoot.querySelectorAll(".relief-tl-point")].map((p) => p.dataset.value).sort(),
  }));
  assert.deepEqual(timeline.values, ["2013", "2015-01", "2015-05", "2016-03-07", "2016-03-27"]);
  for (const year of ["2013", "2015", "2016"]) assert.ok(timeline.ticks.includes(year), year);
  await page.click(`${HOST} .relief-tl-point[data-value="2015-05"]`);
  state = await view();
  assert.equal(doc.mentions[state.index].value, "2015-05");
  assert.deepEqual(await selections.jsonValue(), ["Palmyre", ...Array(palmyre.mentions.length - 1).fill("Palmyre"),
    "Mossoul", "mai 2015"]);

  // Contrast (WCAG AA): highlighted text on its background, muted text.
  const colours = await shadowEval(page, (host) => {
    const root = host.shadowRoot;
    const pair = (el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor];
    const surface = getComputedStyle(root.querySelector(".relief-article")).backgroundColor;
    return {
      marks: ["place", "actor", "date", "figure"].map((c) => pair(root.querySelector(`mark.relief-${c}`))),
      muted: [getComputedStyle(root.querySelector(".relief-status")).color, surface],
    };
  });
  for (const [fg, bg] of [...colours.marks, colours.muted]) assert.ok(contrast(fg, bg) >= 4.5, `${fg} on ${bg}`);

  await page.click(`${HOST} .relief-entity[data-key="entity:${palmyre.id}"]`);
  await page.screenshot({ path: artefacts + "page-synthetic.png", fullPage: true });
  assert.deepEqual(problems, []);
  assert.deepEqual(outside, []);
  await close();
});

test("mount(): events, show() without a core, interface language, destroy()", async () => {
  const { page, problems, close } = await openPage(origin);
  const result = await page.evaluate(async ({ text, doc }) => {
    const { mount } = await import("./web/relief-annotator.js");
    const element = document.createElement("div");
    document.body.append(element);
    const relief = mount(element, { input: false, uiLanguage: "en" });
    const events = [];
    relief.on("annotate", (e) => events.push(["annotate", e.doc.mentions.length, e.text.length]));
    const off = relief.on("select", (e) => events.push(["select", e.name, e.mentions.length]));
    relief.show(text, doc);
    relief.select("entity:0");
    off();
    relief.select("entity:1");
    const marks = element.shadowRoot.querySelectorAll("mark").length;
    const hasInput = !!element.shadowRoot.querySelector(".relief-textarea");
    const status = element.shadowRoot.querySelector(".relief-output .relief-status").textContent;
    const headings = [...element.shadowRoot.querySelectorAll("h2")].map((h) => h.textContent);
    const pageHeadings = [...document.querySelector("relief-annotator").shadowRoot.querySelectorAll("h2")]
      .map((h) => h.textContent);
    const csv = relief.exportAs("csv").split("\r\n").length;
    let refused = "";
    try { relief.show(text.slice(0, 100), doc); } catch (error) { refused = error.message; }
    relief.destroy();
    return { events, marks, hasInput, status, headings, pageHeadings, csv, refused, after: element.shadowRoot.childNodes.length };
  }, { text: seed, doc: seedDocument() });
  const doc = seedDocument();
  assert.deepEqual(result.events, [["annotate", doc.mentions.length, seed.length],
    ["select", doc.entities[0].name, doc.entities[0].mentions.length]]);
  assert.equal(result.marks, doc.mentions.length);
  assert.equal(result.hasInput, false);
  assert.equal(result.status, `${doc.mentions.length} mentions · language fr`);
  // Interface language: uiLanguage "en" here, the page's lang="fr" there.
  assert.deepEqual(result.headings, ["Entities", "Map", "Timeline"]);
  assert.deepEqual(result.pageHeadings, ["Entités", "Carte", "Frise"]);
  assert.equal(result.csv, doc.mentions.length + 2);  // header, rows, final CRLF
  assert.match(result.refused, /^show\(text, doc\): mention \d+: offsets/);
  assert.equal(result.after, 0);
  assert.deepEqual(problems, []);
  await close();
});

test("embed example: a mock CMS form, styles isolated both ways", async () => {
  const { page, problems, outside, close } = await openPage(origin + "web/examples/embed.html", { allowed: origin });
  await page.fill("#cms-headline", "Palmyre reprise");
  await page.fill(`${HOST} .relief-date`, "2016-03-27");
  await paste(page, `${HOST} .relief-textarea`, { "text/plain": seed });
  await waitForMentions(page);
  checkAgainstApi(await readComponent(page));
  const fields = await page.evaluate(() => ({
    dates: document.querySelector("#cms-dates").value,
    annotations: JSON.parse(document.querySelector("#cms-annotations").value),
  }));
  assert.deepEqual(fields.annotations, expected);
  for (const m of expected.mentions.filter((x) => x.category === "date")) assert.match(fields.dates, new RegExp(m.value));
  const styles = await page.evaluate((s) => {
    const root = document.querySelector(s).shadowRoot;
    const style = (el) => getComputedStyle(el);
    return {
      inside: { mark: style(root.querySelector("mark.relief-date")).backgroundColor,
        button: style(root.querySelector(".relief-download")).textTransform },
      outside: { mark: style(document.querySelector(".cms-note mark")).backgroundColor,
        line: style(document.querySelector(".cms-note mark")).textDecorationLine },
    };
  }, HOST);
  assert.deepEqual(styles, {
    inside: { mark: "rgb(255, 241, 184)", button: "none" },  // themed by --relief-date, host button style kept out
    outside: { mark: "rgb(160, 0, 0)", line: "none" },        // the component's mark styles stay in
  });
  // A second component, unthemed, under the host's `* { font-family: Georgia }`.
  const font = await page.evaluate(async () => {
    const { mount } = await import("../relief-annotator.js");
    const element = document.createElement("div");
    document.body.append(element);
    mount(element, { input: false });
    const root = element.shadowRoot;
    await new Promise((resolve) => root.querySelector("link").addEventListener("load", resolve));
    const fonts = [".relief-article", ".relief-download"].map((s) => getComputedStyle(root.querySelector(s)).fontFamily);
    element.remove();
    return fonts;
  });
  for (const family of font) assert.doesNotMatch(family, /Georgia/);
  await page.click("button[type=submit]");
  assert.match(await page.textContent("#cms-result"),
    new RegExp(`"Palmyre reprise", ${seed.length} characters, ${expected.mentions.length} annotations`));
  assert.equal(await page.evaluate(() => new FormData(document.querySelector("#cms-form")).get("body")), seed);
  await page.screenshot({ path: artefacts + "embed.png", fullPage: true });
  assert.deepEqual(problems, []);
  assert.deepEqual(outside, []);
  await close();
});

test("standalone build opened from disk (file://) works the same, map included", async () => {
  const url = pathToFileURL(root + "web/dist/relief-standalone.html").href;
  const { page, problems, outside, close } = await openPage(url);
  checkAgainstApi(await pasteSeed(page));
  await showSynthetic(page);
  assert.deepEqual((await mapMarkerNames(page)).sort(), ["Damas", "Mossoul", "Palmyre", "Raqqa"]);
  assert.equal(await shadowEval(page, (host) => host.shadowRoot.querySelectorAll(".relief-tl-point").length), 5);
  assert.deepEqual(problems, []);
  assert.deepEqual(outside, []);
  await close();
});

test("accessibility: axe-core finds no WCAG 2 A/AA violation (roles, names, contrast)", async () => {
  const axeSource = readFileSync(root + "node_modules/axe-core/axe.min.js", "utf8");
  for (const [url, prepare] of [[origin, pasteSeed], [origin, showSynthetic],
    [origin + "web/examples/embed.html", pasteSeed]]) {
    const { page, close } = await openPage(url, { allowed: origin });
    await prepare(page);
    await page.waitForSelector(`${HOST} .relief-map[data-ready=true]`);
    await page.evaluate(axeSource);  // devtools evaluation: not subject to the page's CSP
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
    });
    assert.deepEqual(violations, [], url);
    await close();
  }
});
