// The document result of SPEC.md ("relief/1"), as C++ values. Offsets are
// UTF-16 code units of the input, end exclusive.
#ifndef RELIEF_CORE_DOCUMENT_H_
#define RELIEF_CORE_DOCUMENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace relief {

enum class Category { kPlace, kActor, kDate, kFigure };

const char* CategoryName(Category category);

// A date value in TIMEX3 style ("2016-03-27", "2015-01", "XXXX-03-07",
// "PT24H"), or a range of two.
struct DateValue {
  std::string value;        // single value; empty for a range
  std::string range_start;  // for a range
  std::string range_end;
  std::string grain;  // year, month, week, day, hour, minute; empty if none
};

struct FigureValue {
  std::optional<double> value;  // absent when the text gives none
  // Upper bound of a range ("entre 10 et 20": value 10, value_max 20).
  std::optional<double> value_max;
  bool approximate = false;
  std::string unit;     // ISO 4217 for money, "%" for percent, unit symbol
  std::string counted;  // the noun being counted
  // A relative ordinal ("avant-dernier", "next") has no value but an
  // anchor, "end" or "current", and an offset from it (-1, +1).
  std::string relative_to;
  int offset = 0;
};

struct Mention {
  uint32_t start = 0;  // UTF-16 code units
  uint32_t end = 0;
  std::string text;  // UTF-8
  Category category = Category::kDate;
  std::string subtype;
  std::optional<DateValue> date;      // for dates
  std::optional<FigureValue> figure;  // for figures
  int entity = -1;                    // index into Document::entities
  std::optional<double> confidence;
};

struct EntityLink {
  std::optional<int64_t> geonames;
  std::string country;  // ISO 3166-1 alpha-2
  std::optional<double> lat, lon;
  std::string wikidata;
};

struct Entity {
  int id = 0;
  Category category = Category::kPlace;
  std::string name;
  std::vector<int> mentions;
  std::optional<EntityLink> link;
};

struct Document {
  std::string lang;
  std::string reference_date;  // YYYY-MM-DD, or empty for none
  std::vector<Mention> mentions;
  std::vector<Entity> entities;
};

inline constexpr const char* kSchema = "relief/1";

}  // namespace relief

#endif  // RELIEF_CORE_DOCUMENT_H_
