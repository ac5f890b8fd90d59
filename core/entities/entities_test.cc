// Places, actors and entities end to end, with the data bundle that
// tools/build.sh puts beside the native build (models, gazetteer).
#include "core/entities/entities.h"

#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <memory>
#include <set>

#include <nlohmann/json.hpp>

#include "core/annotator.h"
#include "core/data/bundle.h"

namespace relief {

namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in, path);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

const Annotator& AnnotatorWithData() {
  static const std::string bytes = ReadFile(RELIEF_DATA_FILE);
  static std::unique_ptr<Annotator> annotator = [] {
    auto bundle = Bundle::Parse(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
    REQUIRE(bundle.ok());
    auto a = Annotator::Create(&*bundle);
    REQUIRE_MESSAGE(a.ok(), a.status().message());
    return std::move(*a);
  }();
  return *annotator;
}

Document Annotate(const std::string& text, const std::string& lang) {
  auto doc = AnnotatorWithData().Annotate(text, {lang, ""});
  REQUIRE(doc.ok());
  return *doc;
}

const Mention* Find(const Document& doc, const std::string& text, size_t nth = 0) {
  for (const Mention& m : doc.mentions) {
    if (m.text == text && nth-- == 0) return &m;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("aliases group the names of one entity") {
  CHECK(AliasGroup("daech") != 0);
  CHECK(AliasGroup("daech") == AliasGroup("etat islamique"));
  CHECK(AliasGroup("isis") == AliasGroup("ei"));
  CHECK(AliasGroup("onu") != AliasGroup("ei"));
  CHECK(AliasGroup("paris") == 0);
}

TEST_CASE("an acronym defined in parentheses joins its name") {
  const Document doc = Annotate(
      "Selon l'Organisation mondiale de la santé (OMS), l'épidémie recule. "
      "L'OMS a publié son rapport à Genève.", "fr");
  const Mention* name = Find(doc, "Organisation mondiale de la santé");
  const Mention* acronym = Find(doc, "OMS");
  const Mention* again = Find(doc, "OMS", 1);
  REQUIRE(name);
  REQUIRE(acronym);
  REQUIRE(again);
  CHECK(name->entity == acronym->entity);
  CHECK(again->entity == name->entity);
  CHECK(doc.entities[name->entity].name == "Organisation mondiale de la santé");
}

TEST_CASE("a surname refers to the person named in full") {
  const Document doc = Annotate(
      "Angela Merkel a rencontré hier les syndicats à Berlin. Merkel a promis une réforme.",
      "fr");
  const Mention* full = Find(doc, "Angela Merkel");
  const Mention* surname = Find(doc, "Merkel");
  REQUIRE(full);
  REQUIRE(surname);
  CHECK(full->subtype == "person");
  CHECK(full->entity == surname->entity);
}

TEST_CASE("places are linked by population and by the countries of the article") {
  const Document doc = Annotate(
      "The Syrian army entered Palmyra on Sunday. Syria said the ruins were safe.", "en");
  const Mention* palmyra = Find(doc, "Palmyra");
  REQUIRE(palmyra);
  REQUIRE(palmyra->entity >= 0);
  const Entity& e = doc.entities[palmyra->entity];
  REQUIRE(e.link);
  CHECK(e.link->country == "SY");
  CHECK(e.link->geonames == 163808);
  const Mention* syria = Find(doc, "Syria");
  REQUIRE(syria);
  CHECK(syria->subtype == "country");
}

TEST_CASE("the seed article: its places and actors, Daech as one entity, links") {
  const std::string text = ReadFile(std::string(RELIEF_SHARED_DIR) + "/seed/palmyre.fr.txt");
  const auto gold = nlohmann::json::parse(
      ReadFile(std::string(RELIEF_SHARED_DIR) + "/seed/palmyre.fr.gold.json"));
  auto doc = AnnotatorWithData().Annotate(text, {"fr", "2016-03-27"});
  REQUIRE(doc.ok());
  for (const auto& g : gold["mentions"]) {
    const std::string category = g["category"];
    if ((category != "place" && category != "actor") || g.value("optional", false)) continue;
    const uint32_t start = g["start"], end = g["end"];
    bool found = false;
    for (const Mention& m : doc->mentions) {
      found = found || (m.start < end && start < m.end && CategoryName(m.category) == category);
    }
    CHECK_MESSAGE(found, g["text"].get<std::string>());
  }
  std::set<int> daech;
  for (const Mention& m : doc->mentions) {
    if (m.text == "Daech" || m.text == "EI" || m.text == "Etat islamique") daech.insert(m.entity);
  }
  CHECK(daech.size() == 1);
  const Mention* osdh = Find(*doc, "OSDH");
  const Mention* observatoire = Find(*doc, "Observatoire syrien des droits de l'Homme");
  REQUIRE(osdh);
  REQUIRE(observatoire);
  CHECK(osdh->entity == observatoire->entity);
  const Mention* assad = Find(*doc, "Bachar al-Assad");
  REQUIRE(assad);
  CHECK(assad->subtype == "person");
  const Mention* palmyre = Find(*doc, "Palmyre");
  REQUIRE(palmyre);
  REQUIRE(doc->entities[palmyre->entity].link);
  CHECK(doc->entities[palmyre->entity].link->country == "SY");
}

}  // namespace relief
