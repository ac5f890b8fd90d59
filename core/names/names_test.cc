#include "core/names/names.h"

#include <doctest/doctest.h>

#include <fstream>
#include <iterator>

namespace relief {

namespace {

const NameRecognizer& Recognizer() {
  static const std::string bytes = [] {
    std::ifstream in(RELIEF_DATA_FILE, std::ios::binary);
    REQUIRE_MESSAGE(in, RELIEF_DATA_FILE);
    return std::string(std::istreambuf_iterator<char>(in), {});
  }();
  static std::unique_ptr<NameRecognizer> recognizer = [] {
    auto bundle = Bundle::Parse(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
    REQUIRE(bundle.ok());
    auto r = NameRecognizer::Create(*bundle);
    REQUIRE_MESSAGE(r.ok(), r.status().message());
    return std::move(*r);
  }();
  return *recognizer;
}

std::vector<Mention> Recognize(const std::string& text, const std::string& lang) {
  std::vector<Mention> mentions;
  Recognizer().Recognize(Tokenize(text), lang, &mentions);
  return mentions;
}

const Mention* Find(const std::vector<Mention>& mentions, const std::string& text) {
  for (const Mention& m : mentions) {
    if (m.text == text) return &m;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("names: both languages load; a language without a model gives nothing") {
  CHECK(Recognizer().Supports("fr"));
  CHECK(Recognizer().Supports("en"));
  CHECK_FALSE(Recognizer().Supports("de"));
  CHECK(Recognize("Angela Merkel ist in Berlin.", "de").empty());
}

TEST_CASE("names: subtypes from the tagger and the gazetteer, offsets in UTF-16") {
  const auto mentions = Recognize(
      "🙂 Le président Emmanuel Macron s'est rendu en Syrie et à Damas.", "fr");
  const Mention* macron = Find(mentions, "Emmanuel Macron");
  REQUIRE(macron);
  CHECK(macron->category == Category::kActor);
  CHECK(macron->subtype == "person");
  CHECK(macron->start == 16);  // the emoji is two UTF-16 units
  const Mention* syrie = Find(mentions, "Syrie");
  REQUIRE(syrie);
  CHECK(syrie->subtype == "country");
  const Mention* damas = Find(mentions, "Damas");
  REQUIRE(damas);
  CHECK(damas->subtype == "city");
  for (const Mention& m : mentions) {
    REQUIRE(m.confidence);
    CHECK(*m.confidence >= 0);
    CHECK(*m.confidence <= 1);
  }
}

TEST_CASE("names: French capitalised runs joined by particles are names") {
  const auto mentions = Recognize(
      "Le régime a reçu l'appui des Gardiens de la Révolution iraniens hier.", "fr");
  const Mention* guards = Find(mentions, "Gardiens de la Révolution");
  REQUIRE(guards);
  CHECK(guards->category == Category::kActor);
}

}  // namespace relief
