#include "core/names/names.h"

#include <cmath>
#include <utility>

#include "core/mention_span.h"
#include "core/tagger/features.h"
#include "core/text/chars.h"

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

// Words that never end a name (nor start one): a span "Agence du" or
// "Parlement cependant" is cut back to its name. Lower-case only: "Le
// Monde", "The Times" keep their article.
bool IsEdgeWord(std::u32string_view chars, const std::string& key) {
  if (chars.empty() || !IsLower(chars[0])) return false;
  static const char* const kWords[] = {
      "de", "du", "des", "d'", "la", "le", "les", "l'", "et", "en", "a", "au",
      "aux", "sur", "pour", "par", "avec", "dans", "cependant", "mais", "ou",
      "of", "the", "and", "in", "on", "for", "at", "to", "by", "from", "with"};
  for (const char* w : kWords) {
    if (key == w) return true;
  }
  return false;
}

bool IsTitle(const std::string& key) {
  for (const char* title : {"m", "mme", "mmes", "mlle", "mm", "mr", "mrs", "ms", "dr", "me", "pr"}) {
    if (key == title) return true;
  }
  return false;
}

// Lower-case words inside a name ("Gardiens de la Révolution"); not "et",
// which joins two names ("le PAM et Internews").
bool IsNameParticle(std::u32string_view chars, const std::string& key) {
  if (chars.empty() || !IsLower(chars[0])) return false;
  for (const char* w : {"de", "du", "des", "d'", "la", "le", "les", "l'"}) {
    if (key == w) return true;
  }
  return false;
}

// Languages where a capital in mid-sentence almost always starts a name
// (French writes "lundi", "mars", "russe" in lower case; English does not).
bool CapitalsMarkNames(const std::string& lang) { return lang == "fr"; }

bool IsCapitalizedName(std::u32string_view chars) {
  if (chars.size() < 2 || !IsUpper(chars[0])) return false;
  for (char32_t c : chars) {
    if (!IsLetter(c) && !IsHyphen(c)) return false;
  }
  return true;
}

bool IsQuote(std::u32string_view chars) {
  return chars.size() == 1 && (chars[0] == '"' || chars[0] == 0xAB || chars[0] == 0xBB ||
                               chars[0] == 0x201C || chars[0] == 0x201D);
}

bool IsCapitalizedCompound(const std::string& key, std::u32string_view chars) {
  // Points of the compass make directions, not names: "Sud-Ouest".
  for (const char* direction : {"nord", "sud", "est", "ouest", "centre"}) {
    if (key.rfind(direction, 0) == 0) return false;
  }
  for (size_t k = 1; k + 1 < chars.size(); ++k) {
    if (IsHyphen(chars[k]) && IsUpper(chars[k + 1])) return true;
  }
  return false;
}

// Runs of capitalised words in mid-sentence the tagger left out
// ("des Gardiens de la Révolution", "France-Soir continuera"), linked by
// lower-case particles: organisations by default, places when the gazetteer
// knows the name, with a low confidence.
void AddCapitalizedRuns(const TokenizedText& text, const TaggerInput& input,
                        const std::vector<PlaceMatch>& matches,
                        std::vector<NameSpan>* spans) {
  std::vector<bool> taken(text.tokens.size(), false);
  for (const NameSpan& s : *spans) {
    for (size_t t = s.first_token; t < s.end_token; ++t) taken[t] = true;
  }
  std::vector<bool> starts(text.tokens.size(), false);
  for (const Sentence& s : input.sentences) {
    for (size_t t = s.first_token; t < s.end_token; ++t) {
      if (text.tokens[t].kind == TokenKind::kWord) {
        starts[t] = true;
        break;
      }
    }
  }
  std::map<size_t, size_t> place_end;
  for (const PlaceMatch& m : matches) place_end[m.first_token] = m.end_token;
  std::vector<NameSpan> added;
  for (size_t i = 0; i < text.tokens.size(); ++i) {
    if (taken[i] || starts[i] || !IsCapitalizedName(text.chars(i))) continue;
    size_t end = i + 1;
    for (;;) {
      size_t next = end;
      while (next < text.tokens.size() && next - end < 2 && !taken[next] &&
             !text.tokens[next].newline_before &&
             IsNameParticle(text.chars(next), text.keys[next])) {
        ++next;
      }
      if (next < text.tokens.size() && !taken[next] &&
          !text.tokens[next].newline_before && IsCapitalizedName(text.chars(next))) {
        end = next + 1;
      } else {
        break;
      }
    }
    // One word alone is too often a demonym, a title or "État", and two
    // side by side a fixed phrase ("Nouvel An", "Premier Ministre"): keep
    // runs joined by a particle ("Gardiens de la Révolution") and compounds
    // with capitals on both sides of a hyphen ("France-Soir").
    bool joined = false;
    for (size_t t = i + 1; t < end; ++t) {
      joined = joined || !IsCapitalizedName(text.chars(t));
    }
    // A single word in quotes is named too: des forces spéciales "Spetsnaz".
    const bool quoted = end == i + 1 && i > 0 && end < text.tokens.size() &&
                        IsQuote(text.chars(i - 1)) && IsQuote(text.chars(end));
    if (!joined && !quoted &&
        !(end == i + 1 && IsCapitalizedCompound(text.keys[i], text.chars(i)))) {
      i = end - 1;
      continue;
    }
    auto place = place_end.find(i);
    const bool is_place = place != place_end.end() && place->second == end;
    added.push_back(NameSpan{i, end, is_place ? "LOC" : "ORG", 0.3f});
    i = end - 1;
  }
  spans->insert(spans->end(), added.begin(), added.end());
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
  std::vector<NameSpan> spans = tagger->second.Tag(input);
  std::map<size_t, const PlaceMatch*> matches_by_first;
  const std::vector<PlaceMatch> matches = gazetteer_.MatchPlaces(text);
  if (CapitalsMarkNames(lang)) AddCapitalizedRuns(text, input, matches, &spans);
  for (const PlaceMatch& m : matches) matches_by_first[m.first_token] = &m;

  for (NameSpan span : spans) {
    while (span.end_token > span.first_token &&
           IsEdgeWord(text.chars(span.end_token - 1), text.keys[span.end_token - 1])) {
      --span.end_token;
    }
    while (span.end_token > span.first_token &&
           IsEdgeWord(text.chars(span.first_token), text.keys[span.first_token])) {
      ++span.first_token;
    }
    // Titles stay out of a person's name: "Mme Fillon" → "Fillon".
    while (span.type == "PER" && span.end_token - span.first_token > 1 &&
           IsTitle(text.keys[span.first_token])) {
      ++span.first_token;
      if (span.end_token - span.first_token > 1 && text.chars(span.first_token) == U".") {
        ++span.first_token;
      }
    }
    if (span.end_token == span.first_token) continue;
    Mention m = MentionOfTokens(text, span.first_token, span.end_token,
                                span.type == "LOC" ? Category::kPlace : Category::kActor);
    if (span.type == "LOC") {
      auto match = matches_by_first.find(span.first_token);
      m.subtype = match != matches_by_first.end() &&
                          match->second->end_token == span.end_token
                      ? PlaceSubtype(match->second->places)
                      : "place";
    } else {
      m.subtype = span.type == "PER" ? "person" : "organization";
    }
    m.confidence = std::round(static_cast<double>(span.confidence) * 100) / 100;
    mentions->push_back(std::move(m));
  }
}

}  // namespace relief
