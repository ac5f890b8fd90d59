// The page never executes pasted content and keeps the user's text intact,
// under the strict Content-Security-Policy it is served with (issue 7).
// Payloads are pasted as plain text and as HTML; a script-visible flag,
// CSP violation reports and the DOM are then inspected.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, CSP } from "../../tools/serve.mjs";
import { launchChromium, paste } from "./browser.mjs";
import { FAMILIES } from "../../bench/hostile-inputs.mjs";

const HOST = "relief-annotator";
const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<svg onload="window.__pwned=2"><circle r=1 /></svg>',
  '<a href="javascript:window.__pwned=3">le 7 mars 2016</a>',
  "<script>window.__pwned=4</script>",
  '<iframe srcdoc="<script>parent.__pwned=5</script>"></iframe>',
  '<style>@import "http://example.invalid/x.css";</style><b style="background:url(http://example.invalid/y)">mai 2015</b>',
  '<object data="javascript:window.__pwned=6"></object><embed src="javascript:window.__pwned=7">',
  '<math><mtext><img src=x onerror="window.__pwned=8"></mtext></math>',
  '"><img src=x onerror=window.__pwned=9>{{constructor.constructor("window.__pwned=10")()}}',
];

let server, browser, origin;
before(async () => {
  server = await startServer({ port: 0 });
  origin = `http://127.0.0.1:${server.address().port}/`;
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  server?.close();
});

async function openPage() {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Collect CSP violations and requests from the very start.
  await page.addInitScript(() => {
    window.__pwned = 0;
    window.__violations = [];
    document.addEventListener("securitypolicyviolation",
      (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    document.addEventListener("relief-annotate", (e) => { window.__annotated = e.detail.text; });
  });
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  const response = await page.goto(origin);
  await page.waitForSelector("body[data-relief-ready=true]", { timeout: 20000 });
  return { page, context, requests, response };
}

async function pasteAndWait(page, data) {
  await page.$eval(HOST, (host) => { host.shadowRoot.querySelector(".relief-textarea").value = ""; });
  await paste(page, `${HOST} .relief-textarea`, data);
  // Wait until the component has annotated exactly what the textarea holds.
  await page.waitForFunction((s) =>
    window.__annotated === document.querySelector(s).shadowRoot.querySelector(".relief-textarea").value, HOST);
  await page.waitForTimeout(50);
  return page.$eval(HOST, (host) => {
    const root = host.shadowRoot;
    const everywhere = [...document.querySelectorAll("*"), ...root.querySelectorAll("*")];
    return {
      pwned: window.__pwned,
      violations: window.__violations,
      input: root.querySelector(".relief-textarea").value,
      article: root.querySelector(".relief-article").textContent,
      marks: [...root.querySelectorAll(".relief-article mark")].map((m) => [Number(m.dataset.start), Number(m.dataset.end), m.textContent]),
      handlers: everywhere.filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name))).length,
      scriptLike: root.querySelectorAll(".relief-article *:not(mark)").length,
      javascriptLinks: everywhere.filter((e) => /^\s*javascript:/i.test(e.getAttribute("href") ?? e.getAttribute("src") ?? "")).length,
    };
  });
}

test("served with the strict CSP, as header and meta", async () => {
  const { page, context, response } = await openPage();
  assert.equal(response.headers()["content-security-policy"], CSP);
  assert.match(await page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.content), /script-src 'self' 'wasm-unsafe-eval'/);
  await context.close();
});

test("payloads pasted as plain text are shown verbatim and never run", async () => {
  const { page, context, requests } = await openPage();
  for (const payload of PAYLOADS) {
    const shown = await pasteAndWait(page, { "text/plain": payload });
    assert.equal(shown.input, payload, "the text is kept exactly");
    assert.equal(shown.article, payload, "the view shows it as text");
    assert.equal(shown.pwned, 0, payload);
    assert.equal(shown.handlers, 0, payload);
    assert.equal(shown.scriptLike, 0, "only <mark> elements inside the article");
    assert.equal(shown.javascriptLinks, 0);
    for (const [start, end, text] of shown.marks) assert.equal(payload.slice(start, end), text);
  }
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => window.__pwned), 0);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(requests.filter((u) => !u.startsWith(origin) && !u.startsWith("data:") && !u.startsWith("blob:")), []);
  await context.close();
});

test("payloads pasted as HTML are reduced to their text and never run", async () => {
  const { page, context, requests } = await openPage();
  for (const payload of PAYLOADS) {
    const shown = await pasteAndWait(page, { "text/html": payload });
    assert.equal(shown.pwned, 0, payload);
    assert.equal(shown.handlers, 0, payload);
    assert.equal(shown.scriptLike, 0);
    assert.equal(shown.javascriptLinks, 0);
    assert.doesNotMatch(shown.input, /<script|onerror|onload/i, payload);
    assert.equal(shown.article, shown.input);
  }
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => window.__pwned), 0);
  assert.deepEqual(await page.evaluate(() => window.__violations), [], "nothing the page does breaks its CSP");
  assert.deepEqual(requests.filter((u) => !u.startsWith(origin) && !u.startsWith("data:") && !u.startsWith("blob:")), []);
  await context.close();
});

test("hostile text families through the page: nothing lost, offsets true", async () => {
  const { page, context } = await openPage();
  for (const family of FAMILIES) {
    const text = family.make(100_000);
    const shown = await pasteAndWait(page, { "text/plain": text });
    assert.equal(shown.article, shown.input, family.name);
    // A browser text field stores line breaks as \n (CR LF and CR become
    // LF); nothing else may change, NUL and lone surrogates included.
    assert.equal(shown.input, text.replace(/\r\n?/g, "\n"), `${family.name}: nothing dropped or altered`);
    for (const [start, end, marked] of shown.marks.slice(0, 200)) {
      assert.equal(shown.input.slice(start, end), marked, family.name);
    }
  }
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  await context.close();
});
