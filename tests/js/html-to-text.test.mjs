// Pasted HTML is reduced to text with paragraphs, and nothing in it is kept
// as markup.
import { test } from "node:test";
import assert from "node:assert/strict";
import { htmlToText } from "../../web/html-to-text.js";

test("paragraphs and line breaks survive, inline tags go", () => {
  assert.equal(htmlToText("<h1>Syrie</h1><p>Le régime a <b>repris</b> Palmyre.</p><p>Ligne 1<br>Ligne 2</p>"),
    "Syrie\nLe régime a repris Palmyre.\nLigne 1\nLigne 2");
});

test("scripts, styles, comments and event handlers leave no trace", () => {
  const html = '<style>p{color:red}</style><p onclick="x()">A</p><script>alert(1)</script>' +
    '<!-- <p>hidden</p> --><img src=x onerror="alert(2)"><svg onload="alert(3)"><text>s</text></svg>' +
    '<a href="javascript:alert(4)">lien</a>';
  assert.equal(htmlToText(html), "A\nlien");
});

test("entities are decoded; a lone < is text; attributes with > are skipped", () => {
  assert.equal(htmlToText("l&rsquo;&Eacute;tat &amp; 1&nbsp;000&#8239;&euro; &#x1F600; &bogus; a < b"),
    "l’État & 1\u00A0000\u202F€ 😀 &bogus; a < b");
  assert.equal(htmlToText('<p title="a > b">texte</p>'), "texte");
});

test("unterminated markup does not hang or throw", () => {
  assert.equal(htmlToText("<p>début <script>sans fin"), "début");
  assert.equal(htmlToText("<!-- pas fermé"), "");
  assert.equal(htmlToText('<p title="pas fermé>texte'), "");
});
