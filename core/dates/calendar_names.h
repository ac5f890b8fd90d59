// Month and weekday names of a locale, read from ICU's CLDR data (wide and
// abbreviated, format and stand-alone forms), as folded keys.
#ifndef RELIEF_CORE_DATES_CALENDAR_NAMES_H_
#define RELIEF_CORE_DATES_CALENDAR_NAMES_H_

#include <string>
#include <unordered_map>

#include "core/status.h"

namespace relief {

struct CalendarNames {
  std::unordered_map<std::string, int> months;    // folded name → 1..12
  std::unordered_map<std::string, int> weekdays;  // folded name → 0 (Monday)..6

  int Month(const std::string& key) const {
    auto it = months.find(key);
    return it == months.end() ? 0 : it->second;
  }
  int WeekdayIndex(const std::string& key) const {
    auto it = weekdays.find(key);
    return it == weekdays.end() ? -1 : it->second;
  }
};

// Fails when ICU has no Gregorian calendar data for the locale (for
// instance a trimmed ICU data package without it).
Expected<CalendarNames> LoadCalendarNames(const char* icu_locale);

}  // namespace relief

#endif  // RELIEF_CORE_DATES_CALENDAR_NAMES_H_
