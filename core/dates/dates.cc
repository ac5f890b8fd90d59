#include "core/dates/dates.h"

#include <cstdio>
#include <cstdlib>
#include <utility>

#include "core/text/chars.h"

namespace relief {

const DateLanguage* FindDateLanguage(std::string_view lang) {
  if (lang == "fr") return &FrenchDateLanguage();
  if (lang == "en") return &EnglishDateLanguage();
  return nullptr;
}

struct DateRecognizer::Match {
  size_t first = 0;
  size_t end = 0;  // exclusive token index
  DateValue value;
};

namespace {

using WordSet = std::unordered_set<std::string>;

WordSet ToSet(const std::vector<std::string_view>& words) {
  WordSet set;
  for (std::string_view w : words) set.emplace(w);
  return set;
}

bool Has(const WordSet& set, const std::string& key) {
  return set.find(key) != set.end();
}

// Value of a token made of ASCII digits only, or -1.
int PlainNumber(const TokenizedText& text, size_t i, size_t max_digits) {
  const Token& t = text.tokens[i];
  if (t.kind != TokenKind::kNumber || t.end - t.begin > max_digits) return -1;
  int value = 0;
  for (char32_t c : text.chars(t)) {
    if (!IsAsciiDigit(c)) return -1;
    value = value * 10 + int(c - '0');
  }
  return value;
}

// A four-digit year token, or -1.
int YearAt(const TokenizedText& text, size_t i) {
  if (i >= text.tokens.size()) return -1;
  const Token& t = text.tokens[i];
  if (t.end - t.begin != 4) return -1;
  const int year = PlainNumber(text, i, 4);
  return year >= 1000 && year <= 2999 ? year : -1;
}

std::string Format(const char* pattern, int a, int b = 0, int c = 0) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, pattern, a, b, c);
  return buffer;
}

// The year that puts month/day closest to the reference date: "le 7 mars"
// in an article of 27 March 2016 is 2016-03-07, in one of January 2017 it
// is 2017-03-07 only if nearer than 2016-03-07.
int NearestYear(const CivilDate& reference, int month, int day) {
  const int64_t ref = DaysFromCivil(reference);
  int best = reference.year;
  int64_t best_distance = -1;
  for (int year = reference.year - 1; year <= reference.year + 1; ++year) {
    if (day > DaysInMonth(year, month)) continue;
    const int64_t distance = std::llabs(DaysFromCivil({year, month, day}) - ref);
    if (best_distance < 0 || distance < best_distance) {
      best = year;
      best_distance = distance;
    }
  }
  return best;
}

}  // namespace

Expected<DateRecognizer> DateRecognizer::Create(const DateLanguage& language) {
  Expected<CalendarNames> names = LoadCalendarNames(language.icu_locale);
  if (!names.ok()) return names.status();
  return DateRecognizer(language, std::move(*names));
}

DateRecognizer::DateRecognizer(const DateLanguage& language,
                               CalendarNames names)
    : lang_(language.lang),
      month_before_day_(language.month_before_day),
      month_needs_capital_(language.month_needs_capital),
      names_(std::move(names)),
      articles_(ToSet(language.articles)),
      day_suffixes_(ToSet(language.day_suffixes)),
      year_introducers_(ToSet(language.year_introducers)),
      year_blockers_(ToSet(language.year_blockers)),
      words_after_year_(ToSet(language.words_after_year)) {}

int DateRecognizer::DayAt(const TokenizedText& text, size_t i,
                          size_t* next) const {
  if (i >= text.tokens.size()) return 0;
  const int day = PlainNumber(text, i, 2);
  if (day < 1 || day > 31) return 0;
  *next = i + 1;
  if (*next < text.tokens.size() && text.tokens[*next].glued &&
      Has(day_suffixes_, text.keys[*next])) {
    ++*next;  // "1er", "3rd"
  }
  return day;
}

int DateRecognizer::MonthAt(const TokenizedText& text, size_t i) const {
  if (i >= text.tokens.size() || text.tokens[i].kind != TokenKind::kWord) {
    return 0;
  }
  if (month_needs_capital_ && !IsUpper(text.text.chars[text.tokens[i].begin])) {
    return 0;
  }
  return names_.Month(text.keys[i]);
}

// "7 mars 2016", "le 7 mars", "1er janvier", "March 7, 2016", "7 March".
bool DateRecognizer::MatchDayMonth(const TokenizedText& text, size_t i,
                                   const std::optional<CivilDate>& reference,
                                   Match* match) const {
  size_t first = i;
  if (Has(articles_, text.keys[i])) ++i;
  int day = 0, month = 0;
  size_t next = i;
  for (int order = 0; order < 2 && day == 0; ++order) {
    const bool month_first = (order == 0) == month_before_day_;
    if (month_first) {
      month = MonthAt(text, i);
      if (month != 0) day = DayAt(text, i + 1, &next);
    } else {
      day = DayAt(text, i, &next);
      month = day != 0 ? MonthAt(text, next) : 0;
      if (month == 0) day = 0;
      else next += 1;
    }
  }
  if (day == 0 || month == 0) return false;
  // An optional year: "7 mars 2016", "March 7, 2016".
  // "March 7, 2016" and "15 juil. 2016": a glued comma or abbreviation dot
  // may stand before the year.
  size_t year_at = next;
  if (year_at < text.tokens.size() && text.tokens[year_at].glued &&
      (text.chars(year_at) == U"," || text.chars(year_at) == U".") &&
      YearAt(text, year_at + 1) > 0) {
    ++year_at;
  }
  const int year = YearAt(text, year_at);
  match->first = first;
  match->value.grain = "day";
  if (year > 0) {
    if (day > DaysInMonth(year, month)) return false;
    match->end = year_at + 1;
    match->value.value = Format("%04d-%02d-%02d", year, month, day);
    return true;
  }
  if (day > DaysInMonth(2016, month)) return false;  // 2016: leap, allows 29/2
  match->end = next;
  if (reference) {
    const int nearest = NearestYear(*reference, month, day);
    match->value.value = Format("%04d-%02d-%02d", nearest, month, day);
  } else {
    match->value.value = Format("XXXX-%02d-%02d", month, day);
  }
  return true;
}

// "janvier 2015", "May 2015".
bool DateRecognizer::MatchMonthYear(const TokenizedText& text, size_t i,
                                    Match* match) const {
  const int month = MonthAt(text, i);
  if (month == 0) return false;
  const int year = YearAt(text, i + 1);
  if (year < 0) return false;
  match->first = i;
  match->end = i + 2;
  match->value.value = Format("%04d-%02d", year, month);
  match->value.grain = "month";
  return true;
}

// A bare year: "en 2013", "(2015)". Four digits are often counts
// ("2000 soldats") or numbers ("page 2013"): the words around decide.
bool DateRecognizer::MatchYear(const TokenizedText& text, size_t i,
                               Match* match) const {
  const int year = YearAt(text, i);
  if (year < 0) return false;
  const Token& t = text.tokens[i];
  const size_t n = text.tokens.size();
  if (t.glued && i > 0 && text.tokens[i - 1].kind != TokenKind::kPunct) {
    return false;  // "$2013", "n°2013"
  }
  if (i + 1 < n && text.tokens[i + 1].glued &&
      text.tokens[i + 1].kind != TokenKind::kPunct) {
    return false;  // "2013e", "2013€"
  }
  const std::string* previous = i > 0 ? &text.keys[i - 1] : nullptr;
  if (previous && Has(year_blockers_, *previous)) return false;
  const bool introduced = previous && Has(year_introducers_, *previous);
  if (!introduced && (year < 1800 || year > 2100)) return false;
  if (i + 1 < n && text.tokens[i + 1].kind == TokenKind::kWord) {
    const char32_t c = text.text.chars[text.tokens[i + 1].begin];
    if (!IsUpper(c) && !Has(words_after_year_, text.keys[i + 1])) {
      return false;  // a count: "2000 soldats"
    }
  }
  if (i + 1 < n && text.tokens[i + 1].kind == TokenKind::kNumber) {
    return false;
  }
  match->first = i;
  match->end = i + 1;
  match->value.value = Format("%04d", year);
  match->value.grain = "year";
  return true;
}

void DateRecognizer::Recognize(const TokenizedText& text,
                               const std::optional<CivilDate>& reference,
                               std::vector<Mention>* mentions) const {
  const size_t n = text.tokens.size();
  for (size_t i = 0; i < n;) {
    Match match;
    if (MatchDayMonth(text, i, reference, &match) ||
        MatchMonthYear(text, i, &match) || MatchYear(text, i, &match)) {
      Mention m;
      const Token& first = text.tokens[match.first];
      const Token& last = text.tokens[match.end - 1];
      m.start = text.text.utf16_offsets[first.begin];
      m.end = text.text.utf16_offsets[last.end];
      m.text = text.Utf8(match.first, match.end);
      m.category = Category::kDate;
      m.subtype = "date";
      m.date = std::move(match.value);
      mentions->push_back(std::move(m));
      i = match.end;
    } else {
      ++i;
    }
  }
}

}  // namespace relief
