// Runs the figure corpora (tests/corpus/figures/<lang>.tsv and
// <lang>.negative.tsv) through the whole annotator: each positive line must
// give exactly its one figure with its value, approximation, unit and
// counted noun; each negative line none. Plus the engine's own cases.
#include <doctest/doctest.h>

#include <cmath>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/annotator.h"
#include "core/document_json.h"
#include "tests/tsv.h"
#include "core/figures/figures.h"

namespace relief {

namespace {

// The corpus runs with relative ordinals on, so its negative lines also
// guard them ("ce dernier", "at last"); they are off by default.
std::vector<Mention> Figures(const Annotator& annotator,
                             const std::string& text, const std::string& lang) {
  AnnotateOptions options;
  options.lang = lang;
  options.reference_date = "2016-03-27";
  options.relative_ordinals = true;
  auto document = annotator.Annotate(text, options);
  REQUIRE(document.ok());
  std::vector<Mention> figures;
  for (const Mention& m : document->mentions) {
    if (m.category == Category::kFigure) figures.push_back(m);
  }
  return figures;
}

bool Near(const std::optional<double>& got, double want) {
  return got && std::fabs(*got - want) <= 1e-9 * std::max(1.0, std::fabs(want));
}

void CheckValue(const Mention& m, const std::string& value) {
  // A relative ordinal: "end-1", "current+1", "end+0".
  for (const std::string anchor : {"end", "current"}) {
    if (value.rfind(anchor, 0) == 0 && value.size() > anchor.size()) {
      CHECK(!m.figure->value);
      CHECK(m.figure->relative_to == anchor);
      CHECK(m.figure->offset == std::stoi(value.substr(anchor.size())));
      return;
    }
  }
  CHECK(m.figure->relative_to.empty());
  if (value == "-") {
    CHECK(!m.figure->value);
    return;
  }
  const size_t dots = value.find("..");
  if (dots == std::string::npos) {
    CHECK(Near(m.figure->value, std::stod(value)));
    CHECK(!m.figure->value_max);
  } else {
    CHECK(Near(m.figure->value, std::stod(value.substr(0, dots))));
    CHECK(Near(m.figure->value_max, std::stod(value.substr(dots + 2))));
  }
}

void CheckDetails(const Mention& m, const std::string& details) {
  bool approximate = false;
  std::string unit, counted;
  for (const std::string& d : Split(details, ' ')) {
    if (d == "~") approximate = true;
    if (d.rfind("unit=", 0) == 0) unit = d.substr(5);
    if (d.rfind("counted=", 0) == 0) counted = d.substr(8);
  }
  CHECK(m.figure->approximate == approximate);
  CHECK(m.figure->unit == unit);
  CHECK(m.figure->counted == counted);
}

void RunCorpus(const std::string& lang) {
  auto annotator = Annotator::Create();
  REQUIRE(annotator.ok());
  const std::string dir = RELIEF_SOURCE_DIR "/tests/corpus/figures/";
  std::ifstream positives(dir + lang + ".tsv");
  REQUIRE(positives);
  std::string line;
  int cases = 0;
  while (std::getline(positives, line)) {
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string> f = Split(line, '\t');
    REQUIRE_MESSAGE(f.size() >= 4, line);
    const std::vector<Mention> figures = Figures(**annotator, f[0], lang);
    INFO(lang, ": ", f[0]);
    CHECK(figures.size() == 1);
    if (figures.size() != 1) continue;
    CHECK(figures[0].text == f[1]);
    CHECK(figures[0].subtype == f[2]);
    CheckValue(figures[0], f[3]);
    CheckDetails(figures[0], f.size() > 4 ? f[4] : "");
    ++cases;
  }
  CHECK(cases > 10);
  std::ifstream negatives(dir + lang + ".negative.tsv");
  REQUIRE(negatives);
  while (std::getline(negatives, line)) {
    if (line.empty() || line[0] == '#') continue;
    const std::vector<Mention> figures = Figures(**annotator, line, lang);
    INFO(lang, " negative: ", line,
         figures.empty() ? "" : " found " + figures[0].text);
    CHECK(figures.empty());
  }
}

}  // namespace

TEST_CASE("figures corpus: French") { RunCorpus("fr"); }
TEST_CASE("figures corpus: English") { RunCorpus("en"); }

TEST_CASE("figures: decimal and group symbols come from CLDR") {
  // The same digits read differently by language: "1,5" is 1.5 in French,
  // "1,500" is 1500 in English.
  auto annotator = Annotator::Create();
  REQUIRE(annotator.ok());
  std::vector<Mention> fr = Figures(**annotator, "soit 1,500 au total", "fr");
  REQUIRE(fr.size() == 1);
  CHECK(Near(fr[0].figure->value, 1.5));
  std::vector<Mention> en = Figures(**annotator, "some 1,500 in all", "en");
  REQUIRE(en.size() == 1);
  CHECK(Near(en[0].figure->value, 1500));
}

TEST_CASE("figures never overlap dates") {
  auto annotator = Annotator::Create();
  REQUIRE(annotator.ok());
  AnnotateOptions options;
  options.lang = "fr";
  options.reference_date = "2016-03-27";
  auto document = (*annotator)->Annotate(
      "Le 7 mars 2016, 400 djihadistes et en mai 2015, 3 000 soldats.", options);
  REQUIRE(document.ok());
  int dates = 0, figures = 0;
  for (size_t k = 0; k < document->mentions.size(); ++k) {
    const Mention& m = document->mentions[k];
    dates += m.category == Category::kDate;
    figures += m.category == Category::kFigure;
    if (k > 0) CHECK(document->mentions[k - 1].end <= m.start);
  }
  CHECK(dates == 2);
  CHECK(figures == 2);
}

TEST_CASE("figures: long runs of number words neither recurse nor stall") {
  // Nested reads are bounded ("un sur trois" reads "trois" once more):
  // these would otherwise recurse once per word.
  auto annotator = Annotator::Create();
  REQUIRE(annotator.ok());
  for (const char* unit : {"un ", "1 ", "un sur ", "cinq virgule "}) {
    std::string text;
    for (int k = 0; k < 50000; ++k) text += unit;
    AnnotateOptions options;
    options.lang = "fr";
    CHECK((*annotator)->Annotate(text, options).ok());
  }
}

TEST_CASE("figures: a relative ordinal has an anchor and an offset, no value") {
  // SPEC's value is a number; "l'avant-dernier" has none, so the JSON
  // gives relative_to and offset instead.
  auto annotator = Annotator::Create();
  REQUIRE(annotator.ok());
  AnnotateOptions options;
  options.lang = "fr";
  options.relative_ordinals = true;
  auto document = (*annotator)->Annotate("Il a fini avant-dernier.", options);
  REQUIRE(document.ok());
  const std::string json = DocumentToJson(*document);
  CHECK(json.find("\"subtype\":\"ordinal\",\"relative_to\":\"end\","
                  "\"offset\":-1") != std::string::npos);
  CHECK(json.find("\"value\"") == std::string::npos);
}

TEST_CASE("figures: relative ordinals only on request") {
  auto annotator = Annotator::Create();
  REQUIRE(annotator.ok());
  AnnotateOptions options;
  options.lang = "en";
  auto document = (*annotator)->Annotate(
      "The next president will be the last one to sign. He came second.",
      options);
  REQUIRE(document.ok());
  std::vector<std::string> ordinals;
  for (const Mention& m : document->mentions) {
    if (m.category == Category::kFigure && m.subtype == "ordinal") {
      ordinals.push_back(m.text);
    }
  }
  CHECK(ordinals == std::vector<std::string>{"second"});
  options.relative_ordinals = true;
  document = (*annotator)->Annotate(
      "The next president will be the last one to sign. He came second.",
      options);
  REQUIRE(document.ok());
  size_t relative = 0;
  for (const Mention& m : document->mentions) {
    relative += m.figure && !m.figure->relative_to.empty();
  }
  CHECK(relative >= 2);
}

TEST_CASE("figures: 'in' makes a ratio only with a small numerator") {
  auto annotator = Annotator::Create();
  REQUIRE(annotator.ok());
  std::vector<Mention> ratio = Figures(**annotator, "one in five adults", "en");
  REQUIRE(ratio.size() == 1);
  CHECK(Near(ratio[0].figure->value, 0.2));
  std::vector<Mention> two =
      Figures(**annotator, "he scored 24 in 48 balls", "en");
  REQUIRE(two.size() == 2);
  CHECK(Near(two[0].figure->value, 24));
  CHECK(Near(two[1].figure->value, 48));
}

TEST_CASE("figures: a recognizer for each language") {
  for (const char* lang : {"fr", "en"}) {
    const FigureLanguage* language = FindFigureLanguage(lang);
    REQUIRE(language != nullptr);
    CHECK(FigureRecognizer::Create(*language).ok());
  }
  CHECK(FindFigureLanguage("de") == nullptr);
}

}  // namespace relief
