// The gazetteer: place names (GeoNames cities, countries and regions in
// French and English, CLDR exemplar cities) with their GeoNames id, country,
// coordinates, population and kind, plus common lower-case words of each
// language. Built by tools/build-gazetteer.mjs from packages (see NOTICE);
// a section of the data bundle, read in place.
//
// Layout (little-endian):
//   0   char[8]  magic "RLFGAZR\0"
//   8   u32      format version (kGazetteerVersion)
//   12  u32      place count P
//   16  u32      word count W
//   20  u32      places offset: P × {u32 geonames, i32 lat×1e4, i32 lon×1e4,
//                u32 population, char[2] country, u8 kind, u8 key length,
//                key bytes}
//   24  u32      words offset: W × {u8 language bits, u8 length, bytes}
//   28  u32      file size
// Keys are FoldKey forms of the name's tokens joined by one space
// ("deir ezzor"), so look-ups follow the tokenizer.
#ifndef RELIEF_CORE_GAZETTEER_GAZETTEER_H_
#define RELIEF_CORE_GAZETTEER_GAZETTEER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/status.h"
#include "core/text/tokenizer.h"

namespace relief {

inline constexpr char kGazetteerMagic[8] = {'R', 'L', 'F', 'G', 'A', 'Z', 'R', 0};
inline constexpr uint32_t kGazetteerVersion = 1;

enum class PlaceKind : uint8_t { kCity = 0, kRegion = 1, kCountry = 2 };

struct Place {
  uint32_t geonames = 0;
  double lat = 0, lon = 0;
  uint32_t population = 0;
  char country[3] = {0, 0, 0};  // ISO 3166-1 alpha-2
  PlaceKind kind = PlaceKind::kCity;
};

// Language bits of common words.
uint8_t LanguageBit(std::string_view lang);  // "fr" → 1, "en" → 2, else 0

// An entry for WriteGazetteer: `name` as written; the writer tokenizes and
// folds it into the key.
struct PlaceEntry {
  std::string name;
  Place place;
};

struct WordEntry {
  std::string word;  // lower case, as written
  uint8_t languages = 0;
};

// Serializes entries (names tokenized and folded here, so keys follow the
// C++ tokenizer exactly); names longer than 255 bytes are skipped.
std::string WriteGazetteer(const std::vector<PlaceEntry>& places,
                           const std::vector<WordEntry>& words);

// A place name found in a text: tokens [first_token, end_token).
struct PlaceMatch {
  size_t first_token = 0;
  size_t end_token = 0;
  std::vector<const Place*> places;  // every place of that name
};

class Gazetteer {
 public:
  static Expected<Gazetteer> Load(const uint8_t* data, size_t size);

  // The places called `key` (a FoldKey string, tokens joined by a space).
  std::vector<const Place*> Find(std::string_view key) const;
  bool IsCommonWord(std::string_view key, uint8_t language_bit) const;

  // Longest place names starting at each capitalised token, left to right.
  std::vector<PlaceMatch> MatchPlaces(const TokenizedText& text) const;
  // One LexiconFlags byte per token (core/tagger/features.h).
  std::vector<uint8_t> LexiconFlags(const TokenizedText& text,
                                   std::string_view lang) const;

  size_t place_count() const { return places_.size(); }

 private:
  std::vector<Place> places_;
  // key → indices into places_; prefixes_ holds every token prefix of a
  // multi-token key, so matching can stop early.
  std::unordered_map<std::string, std::vector<uint32_t>> by_key_;
  std::unordered_set<std::string> prefixes_;
  // Common words: an open-addressing table of 64-bit key hashes (a flat
  // array: one cache miss a look-up, where a node map takes several) and
  // their language bits.
  std::vector<uint64_t> word_hashes_;
  std::vector<uint8_t> word_languages_;
  uint8_t WordLanguages(std::string_view key) const;
  void AddWord(std::string_view key, uint8_t languages);
  size_t longest_ = 1;  // tokens in the longest key
};

}  // namespace relief

#endif  // RELIEF_CORE_GAZETTEER_GAZETTEER_H_
