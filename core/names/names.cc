#include "core/names/names.h"

#include <cmath>
#include <utility>

#include "core/tagger/features.h"

namespace relief {

namespace {

// The place subtype the gazetteer gives a name: its most populous sense, a
// country first (SPEC: "place" when unknown).
std::string PlaceSubtype(const std::vector<const Place*>& places) {
  const Place* best = nullptr;
  for (const Place* p : places) {
    if (best == nullptr || p->kind > best->kind ||
        (p->kind == best->kind && p->population > best->population)) {
      best = p;
    }
  }
  if (best == nullptr) return "place";
  switch (best->kind) {
    case PlaceKind::kCountry: return "country";
    case PlaceKind::kRegion: return "region";
    case PlaceKind::kCity: return "city";
  }
  return "place";
}

}  // namespace

Expected<std::unique_ptr<NameRecognizer>> NameRecognizer::Create(
    const Bundle& data) {
  const BundleSection* section = data.Find("gazetteer");
  if (section == nullptr) return DataError("data bundle has no gazetteer");
  Expected<Gazetteer> gazetteer = Gazetteer::Load(section->data, section->size);
  if (!gazetteer.ok()) return gazetteer.status();
  std::map<std::string, Tagger> taggers;
  for (const BundleSection& s : data.sections()) {
    if (s.name.rfind("model.", 0) != 0) continue;
    Expected<Tagger> tagger = Tagger::Load(s.data, s.size);
    if (!tagger.ok()) {
      return DataError(s.name + ": " + tagger.status().message());
    }
    taggers.emplace(s.name.substr(6), std::move(*tagger));
  }
  return std::unique_ptr<NameRecognizer>(
      new NameRecognizer(std::move(*gazetteer), std::move(taggers)));
}

void NameRecognizer::Recognize(const TokenizedText& text,
                               const std::string& lang,
                               std::vector<Mention>* mentions) const {
  auto tagger = taggers_.find(lang);
  if (tagger == taggers_.end()) return;
  const TaggerInput input =
      PrepareTaggerInput(text, gazetteer_.LexiconFlags(text, lang));
  const std::vector<NameSpan> spans = tagger->second.Tag(input);
  if (spans.empty()) return;
  std::map<size_t, const PlaceMatch*> matches_by_first;
  const std::vector<PlaceMatch> matches = gazetteer_.MatchPlaces(text);
  for (const PlaceMatch& m : matches) matches_by_first[m.first_token] = &m;

  const std::vector<uint32_t>& u16 = text.text.utf16_offsets;
  for (const NameSpan& span : spans) {
    Mention m;
    const Token& first = text.tokens[span.first_token];
    const Token& last = text.tokens[span.end_token - 1];
    m.start = u16[first.begin];
    m.end = u16[last.end];
    m.text = text.Utf8(span.first_token, span.end_token);
    if (span.type == "LOC") {
      m.category = Category::kPlace;
      auto match = matches_by_first.find(span.first_token);
      m.subtype = match != matches_by_first.end() &&
                          match->second->end_token == span.end_token
                      ? PlaceSubtype(match->second->places)
                      : "place";
    } else {
      m.category = Category::kActor;
      m.subtype = span.type == "PER" ? "person" : "organization";
    }
    m.confidence = std::round(span.confidence * 100) / 100;
    mentions->push_back(std::move(m));
  }
}

}  // namespace relief
