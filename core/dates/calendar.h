// Proleptic Gregorian calendar arithmetic on civil dates (no time zones:
// an article's dates are wall-calendar dates).
#ifndef RELIEF_CORE_DATES_CALENDAR_H_
#define RELIEF_CORE_DATES_CALENDAR_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace relief {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
};

bool IsLeapYear(int year);
int DaysInMonth(int year, int month);
// Days since 1970-01-01 (negative before).
int64_t DaysFromCivil(const CivilDate& date);
CivilDate CivilFromDays(int64_t days);
// 0 = Monday … 6 = Sunday (ISO 8601).
int Weekday(const CivilDate& date);

// Easter Sunday of a Gregorian year.
CivilDate EasterSunday(int year);

// The date n days later (earlier for negative n).
CivilDate AddDays(const CivilDate& date, int64_t n);
// The date n months later, the day clamped to the month's length.
CivilDate AddMonths(const CivilDate& date, int n);
// ISO 8601 week of a date: *week_year may differ from date.year near
// 1 January.
int IsoWeek(const CivilDate& date, int* week_year);

// Strict "YYYY-MM-DD" with a real calendar day.
std::optional<CivilDate> ParseIsoDate(std::string_view text);

// An article's reference: its day and, when known, its time of day.
struct ReferenceInstant {
  CivilDate date;
  int minute_of_day = -1;  // 0..1439, or -1 when only the day is known
};
// "YYYY-MM-DD", or with a time of day "YYYY-MM-DDTHH:MM" (":SS" allowed and
// ignored: values stop at the minute). No time zone: the article's own
// wall clock.
std::optional<ReferenceInstant> ParseReference(std::string_view text);
std::string FormatIsoDate(const CivilDate& date);  // "2016-03-07"

}  // namespace relief

#endif  // RELIEF_CORE_DATES_CALENDAR_H_
