#include "core/gazetteer/gazetteer.h"

#include <doctest/doctest.h>

#include "core/tagger/features.h"

namespace relief {

namespace {

Gazetteer Small() {
  std::vector<PlaceEntry> places;
  Place tadmur;
  tadmur.geonames = 163808;
  tadmur.lat = 34.5624;
  tadmur.lon = 38.284;
  tadmur.population = 51015;
  tadmur.country[0] = 'S';
  tadmur.country[1] = 'Y';
  places.push_back({"Palmyre", tadmur});
  Place deir = tadmur;
  deir.geonames = 170794;
  places.push_back({"Deir ez-Zor", deir});
  Place syria;
  syria.country[0] = 'S';
  syria.country[1] = 'Y';
  syria.kind = PlaceKind::kCountry;
  places.push_back({"Syrie", syria});
  static std::string bytes;
  bytes = WriteGazetteer(places, {{"gardiens", 1}, {"guards", 2}});
  auto g = Gazetteer::Load(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
  REQUIRE(g.ok());
  return std::move(*g);
}

}  // namespace

TEST_CASE("gazetteer: written names are found by their folded key") {
  const Gazetteer g = Small();
  CHECK(g.place_count() == 3);
  const auto palmyre = g.Find("palmyre");
  REQUIRE(palmyre.size() == 1);
  CHECK(palmyre[0]->geonames == 163808);
  CHECK(palmyre[0]->lat == doctest::Approx(34.5624));
  CHECK(std::string(palmyre[0]->country) == "SY");
  CHECK(g.Find("deir ez-zor").size() == 1);
  CHECK(g.Find("tadmur").empty());
  CHECK(g.IsCommonWord("gardiens", LanguageBit("fr")));
  CHECK_FALSE(g.IsCommonWord("gardiens", LanguageBit("en")));
}

TEST_CASE("gazetteer: longest capitalised matches in a text, and lexicon flags") {
  const Gazetteer g = Small();
  const TokenizedText text = Tokenize("Les Gardiens de Deir Ez-Zor et de PALMYRE en Syrie ; la syrie");
  const auto matches = g.MatchPlaces(text);
  REQUIRE(matches.size() == 3);
  CHECK(text.Utf8(matches[0].first_token, matches[0].end_token) == "Deir Ez-Zor");
  CHECK(text.Utf8(matches[1].first_token, matches[1].end_token) == "PALMYRE");
  CHECK(matches[2].places[0]->kind == PlaceKind::kCountry);
  const auto flags = g.LexiconFlags(text, "fr");
  CHECK((flags[1] & kCommonWord));           // Gardiens
  CHECK((flags[3] & kStartsPlaceName));      // Deir
  CHECK((flags[4] & kInPlaceName));          // Ez-Zor
  CHECK_FALSE((flags[4] & kStartsPlaceName));
  CHECK((flags[9] & kCountryName));          // Syrie
  CHECK_FALSE((flags[12] & kInPlaceName));   // "syrie" in lower case
}

TEST_CASE("gazetteer: bad bytes are refused") {
  const std::string junk = "RLFGAZR";
  CHECK_FALSE(Gazetteer::Load(reinterpret_cast<const uint8_t*>(junk.data()), junk.size()).ok());
}

}  // namespace relief
