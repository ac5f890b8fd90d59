#include "core/dates/calendar.h"

#include <cstdio>

namespace relief {

bool IsLeapYear(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int DaysInMonth(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

// Howard Hinnant's days_from_civil / civil_from_days.
int64_t DaysFromCivil(const CivilDate& date) {
  const int64_t y = date.year - (date.month <= 2 ? 1 : 0);
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t m = date.month;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + date.day - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(int64_t days) {
  days += 719468;
  const int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const int64_t doe = days - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  CivilDate date;
  date.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  date.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  date.year = static_cast<int>(yoe + era * 400 + (date.month <= 2 ? 1 : 0));
  return date;
}

int Weekday(const CivilDate& date) {
  const int64_t days = DaysFromCivil(date);  // 1970-01-01 was a Thursday
  return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

CivilDate EasterSunday(int year) {
  // The anonymous Gregorian algorithm (Meeus, Jones, Butcher).
  const int a = year % 19, b = year / 100, c = year % 100;
  const int d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = (h + l - 7 * m + 114) % 31 + 1;
  return {year, month, day};
}

CivilDate AddDays(const CivilDate& date, int64_t n) {
  return CivilFromDays(DaysFromCivil(date) + n);
}

CivilDate AddMonths(const CivilDate& date, int n) {
  const int index = date.year * 12 + (date.month - 1) + n;
  CivilDate out{index / 12, index % 12 + 1, date.day};
  if (out.day > DaysInMonth(out.year, out.month)) {
    out.day = DaysInMonth(out.year, out.month);
  }
  return out;
}

int IsoWeek(const CivilDate& date, int* week_year) {
  // The week belongs to the year of its Thursday.
  const CivilDate thursday = AddDays(date, 3 - Weekday(date));
  *week_year = thursday.year;
  const int64_t jan1 = DaysFromCivil({thursday.year, 1, 1});
  return static_cast<int>((DaysFromCivil(thursday) - jan1) / 7) + 1;
}

std::optional<CivilDate> ParseIsoDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int parts[3] = {0, 0, 0};
  const int starts[3] = {0, 5, 8}, lengths[3] = {4, 2, 2};
  for (int p = 0; p < 3; ++p) {
    for (int k = 0; k < lengths[p]; ++k) {
      const char c = text[starts[p] + k];
      if (c < '0' || c > '9') return std::nullopt;
      parts[p] = parts[p] * 10 + (c - '0');
    }
  }
  CivilDate date{parts[0], parts[1], parts[2]};
  if (date.month < 1 || date.month > 12 || date.day < 1 ||
      date.day > DaysInMonth(date.year, date.month)) {
    return std::nullopt;
  }
  return date;
}

std::optional<ReferenceInstant> ParseReference(std::string_view text) {
  std::optional<CivilDate> date = ParseIsoDate(text.substr(0, 10));
  if (!date) return std::nullopt;
  ReferenceInstant reference{*date, -1};
  if (text.size() == 10) return reference;
  auto two_digits = [&](size_t at, int limit, int* out) {
    if (at + 2 > text.size()) return false;
    const char a = text[at], b = text[at + 1];
    if (a < '0' || a > '9' || b < '0' || b > '9') return false;
    *out = (a - '0') * 10 + (b - '0');
    return *out < limit;
  };
  int hour = 0, minute = 0, second = 0;
  if ((text[10] != 'T' && text[10] != ' ') || !two_digits(11, 24, &hour) ||
      text.size() < 16 || text[13] != ':' || !two_digits(14, 60, &minute)) {
    return std::nullopt;
  }
  if (text.size() != 16 &&
      (text.size() != 19 || text[16] != ':' || !two_digits(17, 60, &second))) {
    return std::nullopt;
  }
  reference.minute_of_day = hour * 60 + minute;
  return reference;
}

std::string FormatIsoDate(const CivilDate& date) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month,
                date.day);
  return buffer;
}

}  // namespace relief
