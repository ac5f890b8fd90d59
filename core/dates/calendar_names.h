// Month and weekday names of a locale, read from ICU's CLDR data (wide and
// abbreviated, format and stand-alone forms), as folded keys.
#ifndef RELIEF_CORE_DATES_CALENDAR_NAMES_H_
#define RELIEF_CORE_DATES_CALENDAR_NAMES_H_

#include <string>
#include <unordered_map>

#include "core/status.h"

namespace relief {

// Abbreviations are kept apart: "sept", "mer", "Sun" are also words, so
// they are dates only next to a day number ("dim. 27", "7 sept").
struct CalendarNames {
  std::unordered_map<std::string, int> months;    // folded name → 1..12
  std::unordered_map<std::string, int> weekdays;  // folded name → 0 (Monday)..6
  std::unordered_map<std::string, int> month_abbreviations;
  std::unordered_map<std::string, int> weekday_abbreviations;

  // Wide names only ("mars", "March").
  int Month(const std::string& key) const { return Find(months, key, 0); }
  // Wide names and abbreviations ("mars", "févr", "Sept").
  int MonthOrAbbreviation(const std::string& key) const {
    const int month = Find(months, key, 0);
    return month != 0 ? month : Find(month_abbreviations, key, 0);
  }
  int WeekdayIndex(const std::string& key) const {
    return Find(weekdays, key, -1);
  }
  int WeekdayOrAbbreviationIndex(const std::string& key) const {
    const int day = Find(weekdays, key, -1);
    return day >= 0 ? day : Find(weekday_abbreviations, key, -1);
  }

 private:
  static int Find(const std::unordered_map<std::string, int>& map,
                  const std::string& key, int missing) {
    auto it = map.find(key);
    return it == map.end() ? missing : it->second;
  }
};

// Fails when ICU has no Gregorian calendar data for the locale (for
// instance a trimmed ICU data package without it).
Expected<CalendarNames> LoadCalendarNames(const char* icu_locale);

}  // namespace relief

#endif  // RELIEF_CORE_DATES_CALENDAR_NAMES_H_
