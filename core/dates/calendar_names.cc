#include "core/dates/calendar_names.h"

#include <unicode/ures.h>
#include <unicode/ustring.h>

#include <memory>
#include <string>

#include "core/text/fold.h"

namespace relief {

namespace {

struct ResourceCloser {
  void operator()(UResourceBundle* r) const { ures_close(r); }
};
using Resource = std::unique_ptr<UResourceBundle, ResourceCloser>;

Resource Child(const UResourceBundle* parent, const char* key) {
  UErrorCode status = U_ZERO_ERROR;
  Resource child(ures_getByKey(parent, key, nullptr, &status));
  if (U_FAILURE(status)) return nullptr;
  return child;
}

std::string ToUtf8(const UChar* s, int32_t length) {
  std::string out(static_cast<size_t>(length) * 3 + 1, '\0');
  int32_t written = 0;
  UErrorCode status = U_ZERO_ERROR;
  u_strToUTF8(out.data(), static_cast<int32_t>(out.size()), &written, s,
              length, &status);
  if (U_FAILURE(status)) return std::string();
  out.resize(static_cast<size_t>(written));
  return out;
}

// Adds the names of calendar/gregorian/<kind>/<context>/<width> to *map,
// index i standing for base + i ("janv." adds "janv" too: texts often
// drop the dot, and the tokenizer keeps it apart).
void AddNames(const UResourceBundle* gregorian, const char* kind,
              const char* context, const char* width, int base,
              std::unordered_map<std::string, int>* map) {
  Resource names = Child(gregorian, kind);
  if (!names) return;
  Resource by_context = Child(names.get(), context);
  if (!by_context) return;
  Resource list = Child(by_context.get(), width);
  if (!list) return;
  const int32_t size = ures_getSize(list.get());
  for (int32_t i = 0; i < size; ++i) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = 0;
    const UChar* s = ures_getStringByIndex(list.get(), i, &length, &status);
    if (U_FAILURE(status)) continue;
    std::string key = FoldKey(ToUtf8(s, length));
    while (!key.empty() && key.back() == '.') key.pop_back();
    if (!key.empty()) map->emplace(key, base + i);
  }
}

}  // namespace

Expected<CalendarNames> LoadCalendarNames(const char* icu_locale) {
  UErrorCode status = U_ZERO_ERROR;
  Resource locale(ures_open(nullptr, icu_locale, &status));
  if (U_FAILURE(status)) {
    return DataError(std::string("ICU has no data for locale ") + icu_locale);
  }
  Resource calendar = Child(locale.get(), "calendar");
  Resource gregorian = calendar ? Child(calendar.get(), "gregorian") : nullptr;
  if (!gregorian) {
    return DataError(std::string("ICU has no Gregorian calendar for ") +
                     icu_locale);
  }
  CalendarNames names;
  // ICU weekdays start on Sunday; Relief counts from Monday (ISO 8601).
  std::unordered_map<std::string, int> sunday_first, sunday_first_short;
  for (const char* context : {"format", "stand-alone"}) {
    AddNames(gregorian.get(), "monthNames", context, "wide", 1, &names.months);
    AddNames(gregorian.get(), "dayNames", context, "wide", 0, &sunday_first);
    AddNames(gregorian.get(), "monthNames", context, "abbreviated", 1,
             &names.month_abbreviations);
    AddNames(gregorian.get(), "dayNames", context, "abbreviated", 0,
             &sunday_first_short);
  }
  for (const auto& [key, sunday_index] : sunday_first) {
    names.weekdays.emplace(key, (sunday_index + 6) % 7);
  }
  for (const auto& [key, sunday_index] : sunday_first_short) {
    names.weekday_abbreviations.emplace(key, (sunday_index + 6) % 7);
  }
  if (names.months.size() < 12 || names.weekdays.size() < 7) {
    return DataError(std::string("ICU calendar names incomplete for ") +
                     icu_locale);
  }
  return names;
}

}  // namespace relief
