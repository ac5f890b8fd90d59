// Runs the date corpora (tests/corpus/dates/<lang>.tsv and
// <lang>.negative.tsv) through the whole annotator: each positive line must
// give exactly its one date, each negative line none.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/annotator.h"

namespace relief {

namespace {

std::vector<std::string> Split(const std::string& line, char sep) {
  std::vector<std::string> parts;
  std::stringstream in(line);
  std::string part;
  while (std::getline(in, part, sep)) parts.push_back(part);
  return parts;
}

std::vector<Mention> Dates(const Annotator& annotator, const std::string& text,
                           const std::string& lang,
                           const std::string& reference) {
  AnnotateOptions options;
  options.lang = lang;
  options.reference_date = reference;
  auto document = annotator.Annotate(text, options);
  REQUIRE(document.ok());
  std::vector<Mention> dates;
  for (const Mention& m : document->mentions) {
    if (m.category == Category::kDate) dates.push_back(m);
  }
  return dates;
}

void RunCorpus(const std::string& lang) {
  auto annotator = Annotator::Create();
  REQUIRE(annotator.ok());
  const std::string dir = RELIEF_SOURCE_DIR "/tests/corpus/dates/";
  std::ifstream positives(dir + lang + ".tsv");
  REQUIRE(positives);
  std::string line, reference;
  int cases = 0;
  while (std::getline(positives, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (line.rfind("@reference_date ", 0) == 0) {
      reference = line.substr(16);
      if (reference == "none") reference.clear();
      continue;
    }
    const std::vector<std::string> f = Split(line, '\t');
    REQUIRE_MESSAGE(f.size() >= 3, line);
    const std::vector<Mention> dates = Dates(**annotator, f[0], lang, reference);
    INFO(lang, ": ", f[0]);
    REQUIRE(dates.size() == 1);
    CHECK(dates[0].text == f[1]);
    CHECK(dates[0].date->value == f[2]);
    if (f.size() > 3) CHECK(dates[0].date->grain == f[3]);
    ++cases;
  }
  CHECK(cases > 5);
  std::ifstream negatives(dir + lang + ".negative.tsv");
  REQUIRE(negatives);
  while (std::getline(negatives, line)) {
    if (line.empty() || line[0] == '#') continue;
    const std::vector<Mention> dates = Dates(**annotator, line, lang, "2016-03-27");
    INFO(lang, " negative: ", line, dates.empty() ? "" : " found " + dates[0].text);
    CHECK(dates.empty());
  }
}

}  // namespace

TEST_CASE("dates corpus: French") { RunCorpus("fr"); }
TEST_CASE("dates corpus: English") { RunCorpus("en"); }

}  // namespace relief
