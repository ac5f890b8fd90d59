// Runs the date corpora (tests/corpus/dates/<lang>.tsv and
// <lang>.negative.tsv) through the whole annotator: each positive line must
// give exactly its one date, each negative line none. Then the seed
// article: every date of its gold annotation, found with its value.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/annotator.h"
#include "core/dates/calendar.h"
#include "tests/tsv.h"

namespace relief {

namespace {

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
    const DateValue& value = *dates[0].date;
    CHECK((value.value.empty() ? value.range_start + "/" + value.range_end
                               : value.value) == f[2]);
    if (f.size() > 3 && !f[3].empty()) CHECK(value.grain == f[3]);
    if (f.size() > 4) CHECK(dates[0].subtype == f[4]);
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

// Listed days are one date each (the corpus lines hold one date): "les 9
// et 10 juin" → 9 June, 10 June; "on 4/20, 4/22 or 4/25".
TEST_CASE("dates: listed days") {
  auto annotator = Annotator::Create();
  REQUIRE(annotator.ok());
  const struct {
    const char* lang;
    const char* text;
    std::vector<std::pair<std::string, std::string>> dates;  // text, value
  } cases[] = {
      {"fr", "les épreuves auront lieu les 9 et 10 juin à Paris",
       {{"9", "2016-06-09"}, {"10 juin", "2016-06-10"}}},
      {"fr", "le concours se tiendra les 8, 10 ou 12 mai 2018 à Lisbonne",
       {{"8", "2018-05-08"}, {"10", "2018-05-10"}, {"12 mai 2018", "2018-05-12"}}},
      {"en", "the talks are set for 3 and 4 March in Geneva",
       {{"3", "2016-03-03"}, {"4 March", "2016-03-04"}}},
      // Numeric dates listed after an introduced one.
      {"fr", "les réunions auront lieu le 12/03, 15/03 et 20/03 en mairie",
       {{"12/03", "2016-03-12"}, {"15/03", "2016-03-15"}, {"20/03", "2016-03-20"}}},
      {"en", "we can meet on 4/20, 4/22 or 4/25 downtown",
       {{"4/20", "2016-04-20"}, {"4/22", "2016-04-22"}, {"4/25", "2016-04-25"}}},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    const std::vector<Mention> dates = Dates(**annotator, c.text, c.lang, "2016-03-27");
    REQUIRE(dates.size() == c.dates.size());
    for (size_t k = 0; k < dates.size(); ++k) {
      CHECK(dates[k].text == c.dates[k].first);
      CHECK(dates[k].date->value == c.dates[k].second);
    }
  }
}

// The founding article: each gold date must come out with its span,
// subtype and value ("Ce dimanche 27" → 2016-03-27, "dernières 24 heures"
// → PT24H), through the general rules.
TEST_CASE("dates: every date of the seed article") {
  std::ifstream text_file(RELIEF_SHARED_DIR "/seed/palmyre.fr.txt");
  std::ifstream gold_file(RELIEF_SHARED_DIR "/seed/palmyre.fr.gold.json");
  REQUIRE(text_file);
  REQUIRE(gold_file);
  const std::string text((std::istreambuf_iterator<char>(text_file)),
                         std::istreambuf_iterator<char>());
  const nlohmann::json gold = nlohmann::json::parse(gold_file, nullptr, false);
  REQUIRE(!gold.is_discarded());
  auto annotator = Annotator::Create();
  REQUIRE(annotator.ok());
  const std::vector<Mention> dates =
      Dates(**annotator, text, "fr", gold.value("reference_date", ""));
  int checked = 0;
  for (const auto& g : gold["mentions"]) {
    if (g["category"] != "date") continue;
    ++checked;
    INFO("seed date ", g["text"].get<std::string>());
    const Mention* found = nullptr;
    for (const Mention& m : dates) {
      if (m.start == g["start"].get<uint32_t>() && m.end == g["end"].get<uint32_t>()) {
        found = &m;
      }
    }
    REQUIRE(found != nullptr);
    CHECK(found->subtype == g["subtype"].get<std::string>());
    CHECK(found->date->value == g["value"].get<std::string>());
  }
  CHECK(checked >= 6);
}

}  // namespace relief

namespace relief {

TEST_CASE("dates: a reference is a day, or a day and a time of day") {
  CHECK(ParseReference("2016-03-27").value().minute_of_day == -1);
  CHECK(ParseReference("2016-03-27T14:10").value().minute_of_day == 14 * 60 + 10);
  CHECK(ParseReference("2016-03-27 14:10:59").value().minute_of_day == 14 * 60 + 10);
  CHECK(ParseReference("2016-03-27T14:10").value().date.day == 27);
  for (const char* bad : {"2016-03-27T24:00", "2016-03-27T14", "2016-03-27T14:1",
                          "2016-03-27T14:10Z", "2016-02-30", "2016-03-27X14:10", ""}) {
    CAPTURE(bad);
    CHECK_FALSE(ParseReference(bad).has_value());
  }
}

}  // namespace relief
