// The CLI contract of SPEC.md, on the real binary.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { cli, seedPath } from "./paths.mjs";

const run = (args, input) => spawnSync(cli, args, { input, maxBuffer: 1 << 28 });

test("annotate FILE prints one SPEC document", () => {
  const r = run(["annotate", "--lang", "fr", "--reference-date", "2016-03-27", seedPath]);
  assert.equal(r.status, 0, r.stderr.toString());
  const doc = JSON.parse(r.stdout);
  assert.equal(doc.schema, "relief/1");
  assert.equal(doc.lang, "fr");
  assert.equal(doc.reference_date, "2016-03-27");
  const text = readFileSync(seedPath, "utf8");
  for (const m of doc.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  assert.ok(doc.mentions.some((m) => m.text === "janvier 2015" && m.value === "2015-01"));
  // Places and actors come from the data bundle beside the executable.
  const palmyre = doc.mentions.find((m) => m.text === "Palmyre");
  assert.equal(palmyre?.category, "place");
  assert.equal(doc.entities[palmyre.entity].link?.country, "SY");
});

test("annotate - reads standard input; --lang auto is the default", () => {
  const r = run(["annotate", "-"], "The army retook the city in May 2015.");
  assert.equal(r.status, 0);
  const doc = JSON.parse(r.stdout);
  assert.equal(doc.lang, "en");
  assert.equal(doc.reference_date, null);
  assert.deepEqual(doc.mentions.map((m) => [m.text, m.value]), [["May 2015", "2015-05"]]);
});

test("--jsonl: N lines in, N lines out, in order, bad lines become error lines", () => {
  const lines = [
    JSON.stringify({ id: 1, text: "le 7 mars", lang: "fr", reference_date: "2016-03-27" }),
    "{not json",
    JSON.stringify({ id: "b", text: 42 }),
    JSON.stringify({ id: 3, text: "in May 2015", lang: "xx" }),
    "",
    JSON.stringify([1, 2]),
    JSON.stringify({ id: 6, text: "en janvier 2015" }),
    JSON.stringify({ id: 7, text: "x", reference_date: "2016-13-01" }),
  ];
  const input = Buffer.concat([
    Buffer.from(lines.slice(0, 4).join("\n") + "\n"),
    Buffer.from([0x7b, 0x22, 0x74, 0xff, 0xfe, 0x0a]),  // invalid UTF-8 line
    Buffer.from(lines.slice(4).join("\n") + "\n"),
  ]);
  const r = run(["annotate", "--jsonl", "--reference-date", "2016-03-27"], input);
  assert.equal(r.status, 0, r.stderr.toString());
  const out = r.stdout.toString().split("\n");
  assert.equal(out.pop(), "");
  assert.equal(out.length, 9);
  const results = out.map((line) => JSON.parse(line));
  assert.equal(results[0].id, 1);
  assert.equal(results[0].mentions[0].value, "2016-03-07");
  assert.equal(results[0].schema, "relief/1");
  assert.match(results[1].error, /line 2: not valid JSON/);
  assert.equal(results[2].id, "b");
  assert.match(results[2].error, /"text" must be a string/);
  assert.equal(results[3].id, 3);
  assert.match(results[3].error, /unsupported lang/);
  assert.match(results[4].error, /line 5/);   // the invalid UTF-8 line
  assert.match(results[5].error, /line 6/);   // the empty line
  assert.match(results[6].error, /not a JSON object/);
  assert.equal(results[7].id, 6);
  assert.equal(results[7].reference_date, "2016-03-27");  // from the flag
  assert.equal(results[7].mentions[0].value, "2015-01");
  assert.match(results[8].error, /not a calendar date/);
});

test("unusable arguments and unreadable files: non-zero exit, one line on stderr", () => {
  for (const args of [["annotate", "/no/such/file"], ["annotate", "--lang", "de", "-"],
    ["annotate", "--bogus"], ["frobnicate"], ["annotate", "--reference-date", "tomorrow"],
    ["annotate", "--data", "/no/such/bundle", "-"]]) {
    const r = run(args, "");
    assert.notEqual(r.status, 0, args.join(" "));
    const errorLines = r.stderr.toString().split("\n").filter((l) => l.startsWith("relief:"));
    assert.equal(errorLines.length, 1, r.stderr.toString());
  }
});

test("invalid UTF-8 in a file: a warning, U+FFFD, offsets true to the input", () => {
  const input = Buffer.concat([Buffer.from("a\xff", "latin1"), Buffer.from(" en mai 2015")]);
  const r = run(["annotate", "--lang", "fr", "-"], input);
  assert.equal(r.status, 0);
  assert.match(r.stderr.toString(), /1 invalid UTF-8 sequence\(s\), the first at byte 1/);
  const doc = JSON.parse(r.stdout);
  const decoded = new TextDecoder().decode(input);  // what a browser would see
  assert.equal(decoded.slice(doc.mentions[0].start, doc.mentions[0].end), "mai 2015");
});
