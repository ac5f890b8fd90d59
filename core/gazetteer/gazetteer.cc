#include "core/gazetteer/gazetteer.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "core/tagger/features.h"
#include "core/text/chars.h"

namespace relief {

namespace {

uint32_t GetU32(const uint8_t* p) {
  return uint32_t{p[0]} | uint32_t{p[1]} << 8 | uint32_t{p[2]} << 16 |
         uint32_t{p[3]} << 24;
}

constexpr size_t kHeaderSize = 32;
constexpr size_t kPlaceFixedSize = 20;

void PutU32(std::string* out, uint32_t v) {
  for (int i = 0; i < 4; ++i) *out += static_cast<char>(v >> (8 * i));
}

void SetU32(std::string* out, size_t at, uint32_t v) {
  for (int i = 0; i < 4; ++i) (*out)[at + i] = static_cast<char>(v >> (8 * i));
}

// Tokens' fold keys joined by one space: the form MatchPlaces builds.
std::string NameKey(std::string_view name) {
  const TokenizedText text = Tokenize(name);
  std::string key;
  for (size_t i = 0; i < text.tokens.size(); ++i) {
    if (i > 0) key += ' ';
    key += text.keys[i];
  }
  return key;
}

}  // namespace

uint8_t LanguageBit(std::string_view lang) {
  return lang == "fr" ? 1 : lang == "en" ? 2 : 0;
}

std::string WriteGazetteer(const std::vector<PlaceEntry>& places,
                           const std::vector<WordEntry>& words) {
  std::string out(kHeaderSize, '\0');
  std::memcpy(out.data(), kGazetteerMagic, 8);
  SetU32(&out, 8, kGazetteerVersion);
  SetU32(&out, 20, static_cast<uint32_t>(out.size()));
  uint32_t place_count = 0, word_count = 0;
  for (const PlaceEntry& entry : places) {
    const std::string key = NameKey(entry.name);
    if (key.empty() || key.size() > 255) continue;
    const Place& p = entry.place;
    PutU32(&out, p.geonames);
    PutU32(&out, static_cast<uint32_t>(static_cast<int32_t>(std::lround(p.lat * 1e4))));
    PutU32(&out, static_cast<uint32_t>(static_cast<int32_t>(std::lround(p.lon * 1e4))));
    PutU32(&out, p.population);
    out += p.country[0];
    out += p.country[1];
    out += static_cast<char>(p.kind);
    out += static_cast<char>(key.size());
    out += key;
    ++place_count;
  }
  SetU32(&out, 24, static_cast<uint32_t>(out.size()));
  for (const WordEntry& entry : words) {
    const std::string key = NameKey(entry.word);
    if (key.empty() || key.size() > 255 || key.find(' ') != std::string::npos) continue;
    out += static_cast<char>(entry.languages);
    out += static_cast<char>(key.size());
    out += key;
    ++word_count;
  }
  SetU32(&out, 12, place_count);
  SetU32(&out, 16, word_count);
  SetU32(&out, 28, static_cast<uint32_t>(out.size()));
  return out;
}

Expected<Gazetteer> Gazetteer::Load(const uint8_t* data, size_t size) {
  if (size < kHeaderSize || std::memcmp(data, kGazetteerMagic, 8) != 0) {
    return DataError("not a Relief gazetteer (bad magic)");
  }
  if (GetU32(data + 8) != kGazetteerVersion) {
    return DataError("gazetteer version " + std::to_string(GetU32(data + 8)) +
                     ", this build reads " + std::to_string(kGazetteerVersion));
  }
  const uint32_t place_count = GetU32(data + 12);
  const uint32_t word_count = GetU32(data + 16);
  size_t at = GetU32(data + 20);
  const size_t words_at = GetU32(data + 24);
  if (GetU32(data + 28) != size || at > words_at || words_at > size) {
    return DataError("gazetteer is truncated or inconsistent");
  }
  Gazetteer g;
  g.places_.reserve(place_count);
  for (uint32_t i = 0; i < place_count; ++i) {
    if (at + kPlaceFixedSize > words_at) return DataError("gazetteer places truncated");
    const uint8_t* p = data + at;
    Place place;
    place.geonames = GetU32(p);
    place.lat = static_cast<int32_t>(GetU32(p + 4)) / 1e4;
    place.lon = static_cast<int32_t>(GetU32(p + 8)) / 1e4;
    place.population = GetU32(p + 12);
    place.country[0] = static_cast<char>(p[16]);
    place.country[1] = static_cast<char>(p[17]);
    place.kind = static_cast<PlaceKind>(p[18]);
    const size_t key_size = p[19];
    if (at + kPlaceFixedSize + key_size > words_at) {
      return DataError("gazetteer places truncated");
    }
    std::string key(reinterpret_cast<const char*>(p + kPlaceFixedSize), key_size);
    at += kPlaceFixedSize + key_size;
    size_t tokens = 1;
    for (size_t space = key.find(' '); space != std::string::npos;
         space = key.find(' ', space + 1)) {
      g.prefixes_.insert(key.substr(0, space));
      ++tokens;
    }
    g.longest_ = std::max(g.longest_, tokens);
    g.by_key_[key].push_back(static_cast<uint32_t>(g.places_.size()));
    g.places_.push_back(place);
  }
  at = words_at;
  size_t table = 16;
  while (table < 2 * size_t{word_count}) table *= 2;
  g.word_hashes_.assign(table, 0);
  g.word_languages_.assign(table, 0);
  for (uint32_t i = 0; i < word_count; ++i) {
    if (at + 2 > size || at + 2 + data[at + 1] > size) {
      return DataError("gazetteer words truncated");
    }
    g.AddWord(std::string_view(reinterpret_cast<const char*>(data + at + 2),
                               data[at + 1]),
              data[at]);
    at += 2 + data[at + 1];
  }
  return g;
}

std::vector<const Place*> Gazetteer::Find(std::string_view key) const {
  std::vector<const Place*> out;
  auto it = by_key_.find(std::string(key));
  if (it == by_key_.end()) return out;
  for (uint32_t i : it->second) out.push_back(&places_[i]);
  return out;
}

namespace {

uint64_t WordHash(std::string_view key) {
  uint64_t h = 14695981039346656037ull;  // FNV-1a, then a final mix
  for (unsigned char c : key) h = (h ^ c) * 1099511628211ull;
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  return h == 0 ? 1 : h;  // 0 marks an empty slot
}

}  // namespace

void Gazetteer::AddWord(std::string_view key, uint8_t languages) {
  const uint64_t h = WordHash(key);
  const size_t mask = word_hashes_.size() - 1;
  size_t slot = h & mask;
  while (word_hashes_[slot] != 0 && word_hashes_[slot] != h) slot = (slot + 1) & mask;
  word_hashes_[slot] = h;
  word_languages_[slot] |= languages;
}

uint8_t Gazetteer::WordLanguages(std::string_view key) const {
  const uint64_t h = WordHash(key);
  const size_t mask = word_hashes_.size() - 1;
  for (size_t slot = h & mask; word_hashes_[slot] != 0; slot = (slot + 1) & mask) {
    if (word_hashes_[slot] == h) return word_languages_[slot];
  }
  return 0;
}

bool Gazetteer::IsCommonWord(std::string_view key, uint8_t language_bit) const {
  return (WordLanguages(key) & language_bit) != 0;
}

std::vector<PlaceMatch> Gazetteer::MatchPlaces(const TokenizedText& text) const {
  std::vector<PlaceMatch> matches;
  const size_t n = text.tokens.size();
  std::string key;
  for (size_t i = 0; i < n;) {
    const std::u32string_view first = text.chars(i);
    size_t best_end = 0;
    if (text.tokens[i].kind == TokenKind::kWord && !first.empty() &&
        IsUpper(first[0])) {
      key.clear();
      for (size_t j = i; j < n && j - i < longest_; ++j) {
        if (j > i) {
          if (text.tokens[j].newline_before) break;
          key += ' ';
        }
        key += text.keys[j];
        if (by_key_.count(key)) best_end = j + 1;
        if (!prefixes_.count(key)) break;
      }
    }
    if (best_end == 0) {
      ++i;
      continue;
    }
    PlaceMatch match;
    match.first_token = i;
    match.end_token = best_end;
    key.clear();
    for (size_t j = i; j < best_end; ++j) {
      if (j > i) key += ' ';
      key += text.keys[j];
    }
    match.places = Find(key);
    matches.push_back(std::move(match));
    i = best_end;
  }
  return matches;
}

std::vector<uint8_t> Gazetteer::LexiconFlags(const TokenizedText& text,
                                             std::string_view lang) const {
  const uint8_t bit = LanguageBit(lang);
  std::vector<uint8_t> flags(text.tokens.size(), 0);
  for (size_t i = 0; i < flags.size(); ++i) {
    if (text.tokens[i].kind != TokenKind::kWord) continue;
    if (WordLanguages(text.keys[i]) & bit) flags[i] |= kCommonWord;
  }
  for (const PlaceMatch& m : MatchPlaces(text)) {
    bool country = false;
    for (const Place* p : m.places) country |= p->kind == PlaceKind::kCountry;
    flags[m.first_token] |= kStartsPlaceName;
    for (size_t t = m.first_token; t < m.end_token; ++t) {
      flags[t] |= kInPlaceName;
      if (country) flags[t] |= kCountryName;
    }
  }
  return flags;
}

}  // namespace relief
