// The date engine. Rule families, each one function of Parser below:
//   calendar dates  "le 7 mars 2016", "March 7", "07/03/2016", "mars 2016",
//                   "en 2013", "Ce dimanche 27", "lundi dernier", "hier",
//                   "Oct/2", "2019-aug-01", "the first Friday of July",
//                   "the 20th of next month", "two thousand and five"
//   periods         "les années 1990", "le XIXe siècle", "printemps 2015",
//                   "la semaine prochaine", "mi-mars", "début de semaine",
//                   "Q3 2016", "the last week of July", "week 31",
//                   "the rest of the week", "within 5 days"
//   times           "14 h 30", "8 heures du matin", "ce soir", and a date
//                   followed by a time ("le 7 mars à 14 h"), "half past
//                   seven", "8.30pm"
//   shifts          "two days after tomorrow", "1 month 21 days ago"
//   parts of day    "dans la soirée", "tôt le matin", "mardi dans la matinée"
//   holidays        "Noël", "Pâques 2016", "la Toussaint", "Christmas"
//   offsets         "il y a trois jours", "in 3 days"
//   durations       "pendant trois jours", "les dernières 24 heures"
//   ranges          "du 7 au 9 mars", "entre 2013 et 2015", "2013-2015"
//   sets            "chaque lundi", "tous les ans"
// At each token every family is tried and the longest match is kept.
#include "core/mention_span.h"
#include "core/dates/dates.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "core/text/chars.h"

namespace relief {

const DateLanguage* FindDateLanguage(std::string_view lang) {
  if (lang == "fr") return &FrenchDateLanguage();
  if (lang == "en") return &EnglishDateLanguage();
  return nullptr;
}

namespace {

// The last byte of a key, or NUL for an empty one (a word made only of
// ignorable characters folds to nothing).
inline char LastChar(const std::string& key) {
  return key.empty() ? '\0' : key.back();
}

}  // namespace

namespace {

// Words and phrases of one rule, keyed by their first token.
class PhraseSet {
 public:
  PhraseSet() = default;
  explicit PhraseSet(const Words& phrases) {
    for (std::string_view phrase : phrases) {
      std::vector<std::string> words;
      size_t start = 0;
      while (start <= phrase.size()) {
        size_t space = phrase.find(' ', start);
        if (space == std::string_view::npos) space = phrase.size();
        words.emplace_back(phrase.substr(start, space - start));
        start = space + 1;
      }
      const std::string& first = words[0];
      if (!first.empty()) first_bytes_ |= uint64_t{1} << (uint8_t(first[0]) & 63);
      longest_first_ = std::max(longest_first_, first.size());
      by_first_[first].push_back(std::move(words));
    }
  }
  // A cheap test before hashing: most tokens start no phrase of a set.
  bool MayStartWith(const std::string& key) const {
    return !key.empty() && key.size() <= longest_first_ &&
           ((first_bytes_ >> (uint8_t(key[0]) & 63)) & 1);
  }
  // Tokens of the longest phrase starting at token i, 0 if none.
  size_t Match(const TokenizedText& text, size_t i) const {
    if (i >= text.tokens.size() || !MayStartWith(text.keys[i])) return 0;
    auto it = by_first_.find(text.keys[i]);
    if (it == by_first_.end()) return 0;
    size_t best = 0;
    for (const std::vector<std::string>& words : it->second) {
      if (i + words.size() > text.tokens.size() || words.size() <= best) {
        continue;
      }
      size_t k = 1;
      while (k < words.size() && text.keys[i + k] == words[k]) ++k;
      if (k == words.size()) best = k;
    }
    return best;
  }
  bool Has(const std::string& key) const {
    if (!MayStartWith(key)) return false;
    auto it = by_first_.find(key);
    if (it == by_first_.end()) return false;
    for (const auto& words : it->second) {
      if (words.size() == 1) return true;
    }
    return false;
  }

 private:
  std::unordered_map<std::string, std::vector<std::vector<std::string>>>
      by_first_;
  uint64_t first_bytes_ = 0;  // first bytes of the first words, mod 64
  size_t longest_first_ = 0;
};

template <typename T>
std::unordered_map<std::string, T> ToMap(const WordTable<T>& table) {
  std::unordered_map<std::string, T> map;
  for (const auto& [word, value] : table) map.emplace(word, value);
  return map;
}

template <typename T>
PhraseSet PhrasesOf(const WordTable<T>& table) {
  Words phrases;
  for (const auto& entry : table) phrases.push_back(entry.first);
  return PhraseSet(phrases);
}

template <typename T>
const T* Find(const std::unordered_map<std::string, T>& map,
              const std::string& key) {
  auto it = map.find(key);
  return it == map.end() ? nullptr : &it->second;
}

enum class Grain { kYear, kMonth, kWeek, kDay, kHour, kMinute };

const char* GrainName(Grain grain) {
  switch (grain) {
    case Grain::kYear: return "year";
    case Grain::kMonth: return "month";
    case Grain::kWeek: return "week";
    case Grain::kDay: return "day";
    case Grain::kHour: return "hour";
    case Grain::kMinute: return "minute";
  }
  return "";
}

Grain UnitGrain(TimeUnit unit) {
  switch (unit) {
    case TimeUnit::kSecond:  // SPEC values stop at the minute
    case TimeUnit::kMinute: return Grain::kMinute;
    case TimeUnit::kHour: return Grain::kHour;
    case TimeUnit::kDay: return Grain::kDay;
    case TimeUnit::kWeek: return Grain::kWeek;
    case TimeUnit::kMonth: return Grain::kMonth;
    case TimeUnit::kYear:
    case TimeUnit::kDecade: return Grain::kYear;
  }
  return Grain::kDay;
}

std::string Format(const char* pattern, int a, int b = 0, int c = 0) {
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, pattern, a, b, c);
  return buffer;
}

// "P3D", "PT24H", "P20Y" (two decades).
std::string DurationValue(int amount, TimeUnit unit) {
  switch (unit) {
    case TimeUnit::kSecond: return Format("PT%dS", amount);
    case TimeUnit::kMinute: return Format("PT%dM", amount);
    case TimeUnit::kHour: return Format("PT%dH", amount);
    case TimeUnit::kDay: return Format("P%dD", amount);
    case TimeUnit::kWeek: return Format("P%dW", amount);
    case TimeUnit::kMonth: return Format("P%dM", amount);
    case TimeUnit::kYear: return Format("P%dY", amount);
    case TimeUnit::kDecade: return Format("P%dY", amount * 10);
  }
  return "";
}

// One point or period in time, as precise as the text. Unknown parts are 0
// (printed X). Values that are not calendar points (decades, seasons,
// durations, sets) are written directly into `value`.
struct Point {
  int year = 0, month = 0, day = 0;
  int hour = -1, minute = -1;
  Grain grain = Grain::kDay;
  bool year_given = false;     // the text says the year
  bool meridiem = false;       // the text says am or pm: "1am" stays 1
  bool day_implied = false;    // a time alone, put on the reference day
  bool by_weekday = false;     // a weekday without its date: "next Monday"
  const char* part = nullptr;  // TIMEX3 part of day: "MO", "AF", "EV", "NI"
  std::string value;           // preformatted value
  const char* subtype = "date";

  bool HasTime() const { return hour >= 0; }
};

std::string FormatPoint(const Point& p) {
  if (!p.value.empty()) return p.value;
  // TIMEX3 writes years before Christ "BC0052" (ISO's "-0051" counts a
  // year 0 that news texts never mean).
  const std::string year = p.year > 0   ? Format("%04d", p.year)
                           : p.year < 0 ? Format("BC%04d", -p.year)
                                        : "XXXX";
  const std::string month = p.month ? Format("%02d", p.month) : "XX";
  const std::string day = p.day ? Format("%02d", p.day) : "XX";
  std::string out;
  switch (p.grain) {
    case Grain::kYear: out = year; break;
    case Grain::kMonth: out = year + "-" + month; break;
    case Grain::kWeek:
      if (p.year && p.month && p.day) {
        int week_year = 0;
        const int week = IsoWeek({p.year, p.month, p.day}, &week_year);
        out = Format("%04d-W%02d", week_year, week);
      } else {
        out = "XXXX-WXX";
      }
      break;
    case Grain::kDay: out = year + "-" + month + "-" + day; break;
    case Grain::kHour:
    case Grain::kMinute:
      out = year + "-" + month + "-" + day +
            Format("T%02d:%02d", p.hour, p.minute < 0 ? 0 : p.minute);
      break;
  }
  if (p.part != nullptr && !p.HasTime()) out += std::string("T") + p.part;
  return out;
}

Point DayPoint(const CivilDate& date) {
  Point p;
  p.year = date.year;
  p.month = date.month;
  p.day = date.day;
  p.grain = Grain::kDay;
  return p;
}

constexpr int kTimeUnits = int(TimeUnit::kDecade) + 1;

// a / b rounded down (-12 seconds is in the minute before).
int FloorDiv(int a, int b) { return a / b - (a % b != 0 && (a < 0) != (b < 0)); }

// Value of a token made of ASCII digits only, or -1.
int PlainNumber(const TokenizedText& text, size_t i, size_t max_digits) {
  if (i >= text.tokens.size()) return -1;
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

bool IsChar(const TokenizedText& text, size_t i, char32_t c) {
  if (i >= text.tokens.size()) return false;
  const Token& t = text.tokens[i];
  return t.end - t.begin == 1 && text.text.chars[t.begin] == c;
}

bool Glued(const TokenizedText& text, size_t i) {
  return i < text.tokens.size() && text.tokens[i].glued;
}

// "xix" → 19; 0 when not a Roman numeral.
int RomanValue(std::string_view s) {
  auto digit = [](char c) {
    switch (c) {
      case 'i': return 1;
      case 'v': return 5;
      case 'x': return 10;
      case 'l': return 50;
      case 'c': return 100;
      default: return 0;
    }
  };
  int total = 0;
  for (size_t k = 0; k < s.size(); ++k) {
    const int v = digit(s[k]);
    if (v == 0) return 0;
    const int next = k + 1 < s.size() ? digit(s[k + 1]) : 0;
    total += v < next ? -v : v;
  }
  return total;
}

}  // namespace

struct DateRecognizer::Grammar {
  explicit Grammar(const DateLanguage& l, CalendarNames calendar)
      : lang(l.lang),
        month_before_day(l.month_before_day),
        names_needing_capital(l.names_needing_capital),
        names(std::move(calendar)),
        articles(l.articles),
        day_suffixes(l.day_suffixes),
        first_day_words(l.first_day_words),
        weekend_words(l.weekend_words),
        year_introducers(l.year_introducers),
        numeric_date_introducers(l.numeric_date_introducers),
        strong_year_introducers(l.strong_year_introducers),
        era_before_christ(l.era_before_christ),
        era_after_christ(l.era_after_christ),
        era_buddhist(l.era_buddhist),
        year_blockers(l.year_blockers),
        words_after_year(l.words_after_year),
        month_introducers(l.month_introducers),
        capitalized_month_alone(l.capitalized_month_alone),
        spoken_clock_alone(l.spoken_clock_alone),
        clock_unit_amounts_alone(l.clock_unit_amounts_alone),
        months_never_alone(l.months_never_alone),
        year_determiners(l.year_determiners),
        edge_prefixes(l.edge_prefixes),
        edge_words(l.edge_words),
        edge_links(l.edge_links),
        decade_words(l.decade_words),
        decade_number_words(ToMap(l.decade_number_words)),
        decade_articles(l.decade_articles),
        century_words(l.century_words),
        ordinal_suffixes(l.ordinal_suffixes),
        seasons(ToMap(l.seasons)),
        year_parts(ToMap(l.year_parts)),
        ordinal_words(ToMap(l.ordinal_words)),
        holidays(ToMap(l.holidays)),
        holiday_phrases(PhrasesOf(l.holidays)),
        holiday_blockers(l.holiday_blockers),
        holidays_capitalized(l.holidays_capitalized),
        relative_days(ToMap(l.relative_days)),
        relative_day_phrases(PhrasesOf(l.relative_days)),
        this_words(l.this_words),
        last_words(l.last_words),
        next_words(l.next_words),
        period_articles(l.period_articles),
        past_offset_before(l.past_offset_before),
        past_offset_after(l.past_offset_after),
        future_offset_before(l.future_offset_before),
        future_offset_after(l.future_offset_after),
        past_offset_at_clause_end(l.past_offset_at_clause_end),
        future_offset_at_clause_end(l.future_offset_at_clause_end),
        lookback_words(l.lookback_words),
        time_introducers(l.time_introducers),
        hour_words(l.hour_words),
        am_words(l.am_words),
        pm_words(l.pm_words),
        oclock_words(l.oclock_words),
        time_zone_words(l.time_zone_words),
        zone_abbreviations(l.zone_abbreviations),
        named_hours(ToMap(l.named_hours)),
        approximate_hour_suffixes(l.approximate_hour_suffixes),
        approximate_hour_suffix_list(l.approximate_hour_suffixes.begin(),
                                     l.approximate_hour_suffixes.end()),
        minute_fractions(ToMap(l.minute_fractions)),
        minute_fraction_phrases(PhrasesOf(l.minute_fractions)),
        minute_links(l.minute_links),
        minus_words(l.minus_words),
        parts_of_day(ToMap(l.parts_of_day)),
        tonight_words(ToMap(l.tonight_words)),
        day_part_phrases(PhrasesOf(l.parts_of_day)),
        day_part_introducers(l.day_part_introducers),
        day_part_articles(l.day_part_articles),
        day_part_edges(l.day_part_edges),
        number_words(ToMap(l.number_words)),
        unit_words(ToMap(l.unit_words)),
        duration_introducers(l.duration_introducers),
        approximators(l.approximators),
        set_words(l.set_words),
        plural_set_articles(l.plural_set_articles),
        open_range_connectors(l.open_range_connectors),
        time_range_connectors(l.time_range_connectors),
        glued_am_words(l.glued_am_words),
        glued_pm_words(l.glued_pm_words),
        hour_fractions(ToMap(l.hour_fractions)),
        hyphenated_spoken_clock(l.hyphenated_spoken_clock),
        past_hour_words(l.past_hour_words),
        to_hour_words(l.to_hour_words),
        vague_amounts(ToMap(l.vague_amounts)),
        day_ordinal_words(ToMap(l.day_ordinal_words)),
        shift_after_words(l.shift_after_words),
        shift_before_words(l.shift_before_words),
        now_words(l.now_words),
        whole_period_words(l.whole_period_words),
        half_words(l.half_words),
        duration_links(l.duration_links),
        decade_names(ToMap(l.decade_names)),
        decades_of_century(ToMap(l.decades_of_century)),
        unit_multiples(ToMap(l.unit_multiples)),
        current_possessives(l.current_possessives),
        current_period_phrases(l.current_period_phrases),
        week_starts_on_sunday(l.week_starts_on_sunday),
        alternate_words(l.alternate_words),
        quarter_words(l.quarter_words),
        to_date_words(l.to_date_words),
        bare_day_introducers(l.bare_day_introducers),
        weekday_abbreviation_introducers(l.weekday_abbreviation_introducers),
        year_part_letters(ToMap(l.year_part_letters)),
        thousand_words(l.thousand_words),
        number_links(l.number_links),
        rest_words(l.rest_words),
        within_words(l.within_words),
        business_day_words(l.business_day_words),
        lone_unit_words(l.lone_unit_words),
        after_next_words(l.after_next_words),
        week_start_words(l.week_start_words),
        day_end_words(l.day_end_words),
        week_before_weekday_words(l.week_before_weekday_words),
        night_pm_words(l.night_pm_words),
        day_end_named_hours(l.day_end_named_hours),
        duration_quantifiers(l.duration_quantifiers),
        range_now_words(l.range_now_words),
        date_year_links(l.date_year_links),
        meridiem_day_parts(ToMap(l.meridiem_day_parts)),
        day_end_idiom_after_introducer(l.day_end_idiom_after_introducer),
        hour_spans(ToMap(l.hour_spans)),
        hour_spans_introduced(ToMap(l.hour_spans_introduced)),
        hour_span_phrases(PhrasesOf(l.hour_spans)),
        hour_span_introduced_phrases(PhrasesOf(l.hour_spans_introduced)),
        hour_span_introducers(l.hour_span_introducers),
        units_after_digits(ToMap(l.units_after_digits)),
        named_hour_phrases(PhrasesOf(l.named_hours)),
        weak_day_part_introducers(l.weak_day_part_introducers),
        list_links(l.list_links),
        comma_decimals(l.comma_decimals) {
    for (const auto* table : {&l.hour_spans, &l.hour_spans_introduced}) {
      for (const auto& entry : *table) {
        starters.emplace(entry.first.substr(0, entry.first.find(' ')));
      }
    }
    for (const auto& [name, month] : l.extra_month_abbreviations) {
      names.month_abbreviations.emplace(std::string(name), month);
    }
    for (const auto& [name, weekday] : l.extra_weekday_names) {
      names.weekdays.emplace(std::string(name), weekday);
    }
    // Every word a rule may start with: the others are skipped at once.
    auto add_first_words = [this](const Words& phrases) {
      for (std::string_view phrase : phrases) {
        starters.emplace(phrase.substr(0, phrase.find(' ')));
      }
    };
    for (const Words* words :
         {&l.articles, &l.year_introducers, &l.edge_words, &l.decade_words,
          &l.decade_articles, &l.this_words, &l.last_words, &l.next_words,
          &l.period_articles, &l.past_offset_before, &l.future_offset_before,
          &l.duration_introducers, &l.set_words}) {
      add_first_words(*words);
    }
    for (const auto* table : {&names.months, &names.weekdays,
                              &names.month_abbreviations,
                              &names.weekday_abbreviations}) {
      for (const auto& entry : *table) starters.insert(entry.first);
    }
    for (const auto& entry : names.weekdays) starters.insert(entry.first + "s");
    add_first_words(l.first_day_words);
    add_first_words(l.weekend_words);
    for (const auto& entry : l.seasons) starters.emplace(entry.first);
    for (const auto& entry : l.year_parts) starters.emplace(entry.first);  // "trimestre dernier"
    for (const auto& entry : l.ordinal_words) starters.emplace(entry.first);
    for (const auto& entry : l.relative_days) {
      starters.emplace(entry.first.substr(0, entry.first.find(' ')));
    }
    for (const auto& entry : l.holidays) {
      starters.emplace(entry.first.substr(0, entry.first.find(' ')));
    }
    for (const auto& entry : l.decade_names) starters.emplace(entry.first);  // "in nineties"
    for (const auto& entry : l.named_hours) {
      starters.emplace(entry.first);
      for (std::string_view suffix : l.approximate_hour_suffixes) {
        starters.emplace(std::string(entry.first) + std::string(suffix));  // "noonish"
        starters.emplace(std::string(entry.first) + "-" + std::string(suffix));
      }
    }
    for (const auto& entry : l.tonight_words) starters.emplace(entry.first);
    for (const auto& entry : l.parts_of_day) {
      starters.emplace(entry.first.substr(0, entry.first.find(' ')));
    }
    add_first_words(l.day_part_introducers);
    add_first_words(l.thousand_words);  // "en mille sept cent quatre-vingt-neuf"
    for (std::string_view phrase : l.time_introducers) {  // "à partir de"
      if (phrase.find(' ') != std::string_view::npos) starters.emplace(phrase.substr(0, phrase.find(' ')));
    }
    add_first_words(l.day_part_edges);
    add_first_words(l.day_part_articles);
    for (const auto& entry : l.number_words) starters.emplace(entry.first);
    for (const auto& entry : l.unit_words) starters.emplace(entry.first);
    for (const auto& entry : l.unit_multiples) starters.emplace(entry.first);
    for (const auto& entry : l.range_words) starters.emplace(entry.first);
    for (const auto& entry : l.hour_fractions) starters.emplace(entry.first);
    for (const auto& entry : l.vague_amounts) starters.emplace(entry.first);
    for (const auto& entry : l.day_ordinal_words) starters.emplace(entry.first);
    add_first_words(l.now_words);
    add_first_words(l.rest_words);
    add_first_words(l.current_possessives);
    add_first_words(l.current_period_phrases);
    add_first_words(l.within_words);
    add_first_words(l.day_end_words);
    add_first_words(l.duration_quantifiers);
    add_first_words(l.whole_period_words);
    add_first_words(l.half_words);
    for (const auto& [opener, connector] : l.range_words) {
      range_connectors[std::string(opener)].emplace_back(connector);
    }
  }

  std::string lang;
  bool month_before_day;
  PhraseSet names_needing_capital;
  CalendarNames names;
  PhraseSet articles, day_suffixes, first_day_words, weekend_words,
      year_introducers, numeric_date_introducers, strong_year_introducers,
      era_before_christ, era_after_christ, era_buddhist,
      year_blockers,
      words_after_year, month_introducers;
  bool capitalized_month_alone;
  bool spoken_clock_alone;
  bool clock_unit_amounts_alone;
  PhraseSet months_never_alone;
  PhraseSet year_determiners, edge_prefixes, edge_words,
      edge_links, decade_words;
  std::unordered_map<std::string, int> decade_number_words;
  PhraseSet decade_articles, century_words, ordinal_suffixes;
  std::unordered_map<std::string, const char*> seasons, year_parts;
  std::unordered_map<std::string, int> ordinal_words;
  std::unordered_map<std::string, HolidayRule> holidays;
  PhraseSet holiday_phrases, holiday_blockers;
  bool holidays_capitalized;
  std::unordered_map<std::string, int> relative_days;  // phrase → shift
  PhraseSet relative_day_phrases;
  PhraseSet this_words, last_words, next_words, period_articles,
      past_offset_before, past_offset_after, future_offset_before,
      future_offset_after, past_offset_at_clause_end, future_offset_at_clause_end,
      lookback_words,
      time_introducers, hour_words, am_words, pm_words,
      oclock_words, time_zone_words, zone_abbreviations;
  std::unordered_map<std::string, int> named_hours;
  PhraseSet approximate_hour_suffixes;
  std::vector<std::string> approximate_hour_suffix_list;
  std::unordered_map<std::string, int> minute_fractions;
  PhraseSet minute_fraction_phrases, minute_links, minus_words;
  std::unordered_map<std::string, const char*> parts_of_day, tonight_words;
  PhraseSet day_part_phrases, day_part_introducers, day_part_articles,
      day_part_edges;
  std::unordered_map<std::string, int> number_words;
  std::unordered_map<std::string, TimeUnit> unit_words;
  PhraseSet duration_introducers, approximators, set_words, plural_set_articles;
  std::unordered_map<std::string, std::vector<std::string>> range_connectors;
  PhraseSet open_range_connectors, time_range_connectors;
  PhraseSet glued_am_words, glued_pm_words;
  std::unordered_map<std::string, int> hour_fractions;
  bool hyphenated_spoken_clock = false;
  PhraseSet past_hour_words, to_hour_words;
  std::unordered_map<std::string, int> vague_amounts, day_ordinal_words;
  PhraseSet shift_after_words, shift_before_words, now_words;
  PhraseSet whole_period_words, half_words, duration_links;
  std::unordered_map<std::string, int> decade_names, decades_of_century;
  std::unordered_map<std::string, std::pair<int, TimeUnit>> unit_multiples;
  PhraseSet current_possessives, current_period_phrases;
  bool week_starts_on_sunday;
  PhraseSet alternate_words, quarter_words, to_date_words, bare_day_introducers,
      weekday_abbreviation_introducers;
  std::unordered_map<std::string, const char*> year_part_letters;
  PhraseSet thousand_words, number_links, rest_words, within_words,
      business_day_words, lone_unit_words;
  PhraseSet after_next_words, week_start_words, day_end_words,
      week_before_weekday_words, night_pm_words, day_end_named_hours,
      duration_quantifiers, range_now_words, date_year_links;
  std::unordered_map<std::string, const char*> meridiem_day_parts;
  bool day_end_idiom_after_introducer;
  std::unordered_map<std::string, std::pair<int, int>> hour_spans, hour_spans_introduced;
  PhraseSet hour_span_phrases, hour_span_introduced_phrases, hour_span_introducers;
  std::unordered_map<std::string, TimeUnit> units_after_digits;
  PhraseSet named_hour_phrases, weak_day_part_introducers;
  PhraseSet list_links;
  bool comma_decimals;
  std::unordered_set<std::string> starters;

  // Whether a match may start at token i: a number, a starting word, a
  // hyphenated word ("mi-mars", "vingt-quatre") or a Roman numeral
  // ("XIXe"). A cheap test that spares most tokens the rules.
  bool MayStart(const TokenizedText& text, size_t i) const {
    const Token& t = text.tokens[i];
    if (t.kind == TokenKind::kNumber) return true;
    if (t.kind != TokenKind::kWord) return false;
    const std::string& key = text.keys[i];
    if (key.empty()) return false;  // a word of ignorable characters only
    if (starters.count(key) != 0) return true;
    if (key.find('-') != std::string::npos) return true;
    if (IsAsciiDigit(LastChar(key))) return true;  // "oct2", "q1"
    return key.size() <= 8 && key.find_first_not_of("ivxlce") == std::string::npos;
  }
};

namespace {

// A match: tokens [first, end) and a value, or a range of two.
struct Match {
  size_t first = 0, end = 0;
  Point point;
  std::optional<Point> range_end;
};

// One pass of the rules over one text.
class Parser {
 public:
  using Grammar = DateRecognizer::Grammar;
  Parser(const Grammar& g, const TokenizedText& text,
         const std::optional<CivilDate>& reference, int reference_minute)
      : g_(g), t_(text), n_(text.tokens.size()), ref_(reference),
        ref_minute_(reference ? reference_minute : -1) {}

  // The longest match that starts at token i or just after its
  // introducer ("pendant" trois jours).
  bool Best(size_t i, Match* best) const {
    bool found = false;
    auto consider = [&](const Match& m) {
      if (!found || m.end > best->end) {
        *best = m;
        found = true;
      }
    };
    Match m;
    if (WeekdayHourRange(i, &m)) consider(m);  // before the dates it looks like
    m = Match();
    if (Range(i, &m)) {
      TrailingDay(&m);
      consider(m);
    }
    m = Match();
    if (CompactRange(i, &m)) consider(m);
    m = Match();
    if (TimeRangeOnDate(i, &m)) consider(m);
    m = Match();
    if (BareHourRangeOnDay(i, &m)) consider(m);
    m = Match();
    if (HourSpan(i, &m)) consider(m);
    m = Match();
    if (ShiftFromDate(i, &m)) consider(m);
    m = Match();
    if (WeekdayOfShiftedWeek(i, &m)) consider(m);
    m = Match();
    if (CountedWeekdays(i, &m)) consider(m);
    m = Match();
    if (BareDayEndingPhrase(i, &m)) consider(m);
    m = Match();
    if (PaddedClockRange(i, &m)) consider(m);
    m = Match();
    if (WeekdaysOfWeek(i, &m)) consider(m);
    m = Match();
    if (HourCommaDayPart(i, &m)) consider(m);
    m = Match();
    if (WeekOf(i, &m)) consider(m);
    m = Match();
    if (RestOf(i, &m)) consider(m);
    m = Match();
    if (Within(i, &m)) consider(m);
    m = Match();
    if (SignedShift(i, &m)) consider(m);
    m = Match();
    if (BusinessDays(i, &m)) consider(m);
    m = Match();
    if (TimeForDuration(i, &m)) consider(m);
    m = Match();
    if (Duration(i, &m)) consider(m);
    m = Match();
    if (CompoundDuration(i, &m)) consider(m);
    m = Match();
    if (Set(i, &m)) consider(m);
    m = Match();
    if (TimeThenSet(i, &m)) consider(m);  // before a time then a day
    m = Match();
    if (DateTime(i, &m)) consider(m);
    m = Match();
    if (BareDayWithTime(i, &m)) consider(m);
    m = Match();
    if (ListedDay(i, &m)) consider(m);
    m = Match();
    if (DecadeRange(i, &m)) consider(m);
    m = Match();
    if (TimeAfterPhrase(i, &m)) consider(m);
    return found;
  }

 private:
  const std::string& Key(size_t i) const {
    static const std::string kEmpty;
    return i < n_ ? t_.keys[i] : kEmpty;
  }
  bool IsWord(size_t i) const {
    return i < n_ && t_.tokens[i].kind == TokenKind::kWord;
  }
  // A currency sign ("$", "€", "£", "¥") as its own token.
  bool IsCurrency(size_t i) const {
    if (i >= n_ || t_.tokens[i].kind != TokenKind::kSymbol) return false;
    const char32_t c = t_.text.chars[t_.tokens[i].begin];
    return c == U'$' || c == U'€' || c == U'£' || c == U'¥';
  }
  bool Capitalized(size_t i) const {
    return i < n_ && IsUpper(t_.text.chars[t_.tokens[i].begin]);
  }

  // ---- Words -------------------------------------------------------------

  int MonthAt(size_t i, bool abbreviation_ok) const {
    if (!IsWord(i)) return 0;
    if (!Capitalized(i) && g_.names_needing_capital.Has(Key(i))) return 0;
    return abbreviation_ok ? g_.names.MonthOrAbbreviation(Key(i))
                           : g_.names.Month(Key(i));
  }
  int WeekdayAt(size_t i, bool abbreviation_ok) const {
    if (!IsWord(i)) return -1;
    if (!Capitalized(i) && g_.names_needing_capital.Has(Key(i))) return -1;
    return abbreviation_ok ? g_.names.WeekdayOrAbbreviationIndex(Key(i))
                           : g_.names.WeekdayIndex(Key(i));
  }
  // Day of month at token i ("7", "1er", "3rd"); sets *next past it.
  int DayAt(size_t i, size_t* next) const {
    if (IsWord(i) && g_.first_day_words.Has(Key(i))) {
      *next = i + 1;  // "le premier janvier"
      return 1;
    }
    if (const int word = DayOrdinalWord(i, next)) return word;
    // "le quatre octobre", "le vingt et un mai": a day in words before its
    // month, where the language puts the day first (not "un mars pluvieux").
    if (!g_.month_before_day && IsWord(i)) {
      size_t after = 0;
      if (AmountAt(i) == 0) return 0;  // most words: one lookup
      const int n = AmountSpan(i, &after);
      if (n >= 2 && n <= 31 && MonthAt(after, false) != 0) {
        *next = after;
        return n;
      }
      return 0;
    }
    const int day = PlainNumber(t_, i, 2);
    if (day < 1 || day > 31) return 0;
    // An amount of money: "for $12 December 27", "12 € le 3 mars".
    if ((i > 0 && IsCurrency(i - 1)) || (i + 1 < n_ && IsCurrency(i + 1))) return 0;
    *next = i + 1;
    // "1er", "3rd"; "1 er" too, as some texts space it.
    if ((Glued(t_, *next) || day == 1) && g_.day_suffixes.Has(Key(*next))) {
      ++*next;
    }
    return day;
  }
  // A day of month as an ordinal word: "ninth", "twenty-fourth", "thirty
  // first"; 0 if none.
  int DayOrdinalWord(size_t i, size_t* next) const {
    if (!IsWord(i) || g_.day_ordinal_words.empty()) return 0;
    const std::string& key = Key(i);
    if (const int* day = Find(g_.day_ordinal_words, key)) {
      *next = i + 1;
      return *day;
    }
    const size_t dash = key.find('-');
    const int* tens = Find(g_.number_words,
                           dash == std::string::npos ? key : key.substr(0, dash));
    if (tens == nullptr || (*tens != 20 && *tens != 30)) return 0;
    const int* units =
        dash != std::string::npos ? Find(g_.day_ordinal_words, key.substr(dash + 1))
        : IsWord(i + 1)           ? Find(g_.day_ordinal_words, Key(i + 1))
                                  : nullptr;
    if (units == nullptr || *units > 9 || *tens + *units > 31) return 0;
    *next = dash != std::string::npos ? i + 1 : i + 2;
    return *tens + *units;
  }
  // A year in words: "two thousand and fifteen", "two thousand",
  // "nineteen seventy eight", "twenty twenty"; 0 if none.
  int YearInWords(size_t i, size_t* next) const {
    if (!IsWord(i)) return 0;
    if (g_.thousand_words.Has(Key(i))) {
      // "mille neuf cent soixante-douze": a thousand alone before its
      // hundreds (not "thousand" alone).
      size_t after = 0;
      const int rest = HundredsInWords(i + 1, &after);
      if (rest < 100) return 0;
      *next = after;
      return 1000 + rest;
    }
    const int* first = Find(g_.number_words, Key(i));
    size_t first_end = i + 1;
    // "dix neuf soixante-douze": a number the language hyphenates, spaced.
    if (const int* joined = IsWord(i + 1) ? Find(g_.number_words, Key(i) + "-" + Key(i + 1))
                                          : nullptr) {
      first = joined;
      first_end = i + 2;
    }
    if (first == nullptr) return 0;
    if (*first >= 1 && *first <= 2 && g_.thousand_words.Has(Key(first_end))) {
      int year = *first * 1000;
      size_t at = first_end + 1;
      size_t k = at;
      if (g_.number_links.Has(Key(k))) ++k;
      size_t after = 0;
      // "one thousand seven hundred and eighty nine"
      if (const int hundreds = HundredsInWords(k, &after); hundreds >= 100) {
        *next = after;
        return year + hundreds;
      }
      const int rest = IsWord(k) ? AmountSpan(k, &after) : 0;
      if (rest > 0 && rest < 100 && !Find(g_.vague_amounts, Key(after - 1))) {
        year += rest;
        at = after;
      }
      *next = at;
      return year;
    }
    if (*first >= 10 && *first <= 20 && IsWord(first_end)) {  // "seventeen hundred thirty three"
      const int* hundred = Find(g_.number_words, Key(first_end));
      if (hundred && *hundred == 100) {
        size_t k = first_end + 1;
        if (g_.number_links.Has(Key(k))) ++k;
        size_t after_rest = 0;
        const int rest = IsWord(k) ? AmountSpan(k, &after_rest) : 0;
        if (rest > 0 && rest < 100 && !Find(g_.vague_amounts, Key(after_rest - 1))) {
          *next = after_rest;
          return *first * 100 + rest;
        }
        *next = first_end + 1;
        return *first * 100;
      }
    }
    if (*first != 19 && *first != 20) return 0;  // "nineteen seventy eight"
    size_t after = 0;
    const int rest = IsWord(first_end) ? AmountSpan(first_end, &after) : 0;
    if (rest < 10 || rest > 99 || Find(g_.vague_amounts, Key(after - 1))) return 0;
    *next = after;
    return *first * 100 + rest;
  }
  // Hundreds and the rest in words at k: "neuf cent soixante-douze" →
  // 972, "quatre cent vingt" → 420; 0 if none.
  int HundredsInWords(size_t k, size_t* next) const {
    const int* digit = IsWord(k) ? Find(g_.number_words, Key(k)) : nullptr;
    const int* hundred = IsWord(k + 1) ? Find(g_.number_words, Key(k + 1)) : nullptr;
    if (digit == nullptr || *digit < 1 || *digit > 9 || hundred == nullptr || *hundred != 100) {
      return 0;
    }
    int value = *digit * 100;
    *next = k + 2;
    size_t at = k + 2;
    if (g_.number_links.Has(Key(at))) ++at;
    size_t after = 0;
    const int rest = IsWord(at) ? AmountSpan(at, &after) : 0;
    if (rest > 0 && rest < 100 && !Find(g_.vague_amounts, Key(after - 1))) {
      value += rest;
      *next = after;
    }
    return value;
  }
  // A small count in digits or words ("3", "trois", "vingt-quatre", "a").
  // Asked often at the same tokens (days, times, durations): kept by token.
  int AmountAt(size_t i) const {
    if (i >= n_) return 0;
    if (amounts_.empty()) amounts_.assign(n_, kUnknownAmount);
    int16_t& a = amounts_[i];
    if (a == kUnknownAmount) a = int16_t(ParseAmountAt(i));
    return a;
  }
  int ParseAmountAt(size_t i) const {
    const int digits = PlainNumber(t_, i, 3);
    if (digits > 0) return digits;
    if (!IsWord(i)) return 0;
    if (const int* v = Find(g_.number_words, Key(i))) return *v;
    const std::string& key = Key(i);  // "vingt-quatre"
    // The tens are the longest number before a hyphen: "quatre-vingt-dix-neuf"
    // is 90 + 9, "vingt-et-un" 20 + 1.
    for (size_t dash = key.rfind('-'); dash != std::string::npos && dash > 0;
         dash = key.rfind('-', dash - 1)) {
      const int* tens = Find(g_.number_words, key.substr(0, dash));
      if (tens == nullptr) continue;
      std::string rest = key.substr(dash + 1);
      const size_t link = rest.find('-');  // "vingt-et-un"
      if (link != std::string::npos && g_.number_links.Has(rest.substr(0, link))) {
        rest = rest.substr(link + 1);
      }
      const int* units = Find(g_.number_words, rest);
      if (units == nullptr || *tens < 20 || *tens > 90 || *tens % 10 != 0 || *units < 1) return 0;
      // French counts 70 and 90 from 60 and 80: "soixante-douze" is 72.
      const bool vigesimal = *tens == 60 || *tens == 80;
      return *units < 10 || (vigesimal && *units < 20) ? *tens + *units : 0;
    }
    return 0;
  }
  // A count that may take two words, and the token after it: "twenty
  // four", "a few" (vague amounts count as the language says: "few" → 3).
  int AmountSpan(size_t i, size_t* next) const {
    *next = i + 1;
    const int first = AmountAt(i);
    // "dix sept", "soixante dix": a number the language hyphenates, spaced.
    if (first > 0 && IsWord(i) && IsWord(i + 1)) {
      if (const int* joined = Find(g_.number_words, Key(i) + "-" + Key(i + 1))) {
        *next = i + 2;
        return *joined;
      }
    }
    if (!IsWord(i)) {
      // "3-min", "30-minutes": digits hyphenated to their unit.
      if (first > 0 && IsChar(t_, i + 1, '-') && Glued(t_, i + 1) && Glued(t_, i + 2) &&
          !Capitalized(i + 2) && UnitAt(i + 2)) {
        *next = i + 2;
      }
      return first;
    }
    if (first >= 20 && first < 100 && first % 10 == 0 && IsWord(i + 1)) {
      const int* units = Find(g_.number_words, Key(i + 1));
      const int most = first == 60 || first == 80 ? 20 : 10;  // "soixante douze"
      if (units && *units > 0 && *units < most && Key(i + 1).size() > 1) {
        *next = i + 2;
        return first + *units;
      }
      if (LinkedOne(i + 1)) {  // "vingt et un jours"
        *next = i + 3;
        return first + 1;
      }
    }
    const size_t vague_at = first == 1 ? i + 1 : i;
    if (const int* vague = IsWord(vague_at) ? Find(g_.vague_amounts, Key(vague_at))
                                            : nullptr) {
      *next = vague_at + 1;
      // "a couple of days" (not "in couple of weeks")
      if (first == 1 && g_.edge_links.Has(Key(*next)) && UnitAt(*next + 1)) ++*next;
      return *vague;
    }
    return first;
  }
  // "et un", "et une" after tens ("vingt et un"): a number link, then one
  // in words.
  bool LinkedOne(size_t i) const {
    return IsWord(i) && g_.number_links.Has(Key(i)) && IsWord(i + 1) &&
           Key(i + 1).size() > 1 && AmountAt(i + 1) == 1;
  }
  const TimeUnit* UnitAt(size_t i) const {
    // Not a rate's: "+23.0yr / yr" (year on year), "24 hours/day".
    if (IsChar(t_, i + 1, '/')) return nullptr;
    if (!IsWord(i) && !IsChar(t_, i, 'h')) return nullptr;
    if (const TimeUnit* unit = Find(g_.unit_words, Key(i))) return unit;
    // "3,5 seconde", "10 sec": words that are units only after digits.
    return i > 0 && t_.tokens[i - 1].kind == TokenKind::kNumber
               ? Find(g_.units_after_digits, Key(i))
               : nullptr;
  }
  // The unit of a counted amount, which it multiplies for a unit worth
  // several ("two quarters" → 6 months, "a fortnight" → 2 weeks; not
  // before "of": "three quarters of the vote").
  const TimeUnit* CountedUnitAt(size_t i, int* amount) const {
    if (const TimeUnit* unit = UnitAt(i)) return unit;
    if (!IsWord(i) || g_.edge_links.Has(Key(i + 1))) return nullptr;
    // Nor before another unit: "a quarter century", "a quarter hour".
    if (UnitAt(i + 1) || g_.century_words.Has(Key(i + 1))) return nullptr;
    const auto it = g_.unit_multiples.find(Key(i));
    if (it == g_.unit_multiples.end()) return nullptr;
    *amount *= it->second.first;
    return &it->second.second;
  }
  // -1 before the reference ("dernier", "last"), +1 after, 0 neither.
  int DirectionAt(size_t i) const {
    if (i >= n_) return 0;
    if (directions_.empty()) directions_.assign(n_, kUnknownDirection);
    int8_t& d = directions_[i];  // asked often at the same tokens
    if (d == kUnknownDirection) {
      d = g_.last_words.Has(Key(i)) ? -1 : g_.next_words.Has(Key(i)) ? 1 : 0;
    }
    return d;
  }

  // A direction word in the singular of a language that inflects them:
  // "prochain" (there is "prochains"), not "next".
  bool SingularDirectionAt(size_t i) const {
    if (DirectionAt(i) == 0 || LastChar(Key(i)) == 's') return false;
    const std::string plural = Key(i) + "s";
    return g_.last_words.Has(plural) || g_.next_words.Has(plural);
  }

  // ---- Resolution against the reference date ----------------------------

  // Two digits after a month that can only be its year: not a count
  // ("le 7 mars 15 personnes"), a time ("15:30", "15 h") or a list.
  bool TwoDigitYearAt(size_t i) const {
    return i < n_ && t_.tokens[i].end - t_.tokens[i].begin == 2 &&
           PlainNumber(t_, i, 2) >= 0 && !IsWord(i + 1) &&
           !IsChar(t_, i + 1, ':') && !IsChar(t_, i + 1, ',') &&
           !IsChar(t_, i + 1, '.') &&
           !(i + 1 < n_ && t_.tokens[i + 1].kind == TokenKind::kNumber);
  }

  // Two digits from 40 after a month, which no day can be: "Aug 96",
  // "Aug 9, 96" (not "Aug 96 soldiers", not "96:30").
  bool ShortYearAt(size_t i) const {
    if (i >= n_ || t_.tokens[i].end - t_.tokens[i].begin != 2) return false;
    const int yy = PlainNumber(t_, i, 2);
    if (yy < 40) return false;  // "August 32" is a wrong day, not 2032
    if (Glued(t_, i + 1) && !IsChar(t_, i + 1, ',') && !IsChar(t_, i + 1, '.')) return false;
    if (i + 1 < n_ && t_.tokens[i + 1].kind == TokenKind::kNumber) return false;
    return !(IsWord(i + 1) && !Capitalized(i + 1) && !g_.words_after_year.Has(Key(i + 1)));
  }

  // A year with its era: "52 av. J.-C." → -52, "88 apr. J.-C." → 88 (any
  // number up to four digits: the era says it is a year); 0 if none.
  int EraYearAt(size_t i, size_t* next) const {
    if (i >= n_ || t_.tokens[i].kind != TokenKind::kNumber) return 0;
    const int year = PlainNumber(t_, i, 4);
    if (year < 1) return 0;
    int sign = 1, shift = 0;
    size_t k = g_.era_after_christ.Match(t_, i + 1);
    if (k == 0 && (k = g_.era_before_christ.Match(t_, i + 1)) != 0) sign = -1;
    if (k == 0 && year > kBuddhistEraShift && (k = g_.era_buddhist.Match(t_, i + 1)) != 0) {
      shift = -kBuddhistEraShift;  // "2555 BE" → 2012
    }
    if (k == 0) return 0;
    // An acronym ("AC", "AEC") counts in capitals only, and not as the
    // start of a name: "la saison 2015 AC Milan".
    if (k == 1 && Key(i + 1).find('.') == std::string::npos) {
      for (char32_t c : t_.chars(i + 1)) {
        if (!IsUpper(c)) return 0;
      }
      if (IsWord(i + 2) && Capitalized(i + 2)) return 0;
    }
    *next = i + 1 + k;
    return sign * year + shift;
  }
  static constexpr int kBuddhistEraShift = 543;

  // "96" → 1996, "20" → 2020: the century that puts the year at most ten
  // years after the reference (or 2016).
  int TwoDigitYear(int yy) const {
    const int pivot = (ref_ ? ref_->year : 2016) + 10;
    return 2000 + yy <= pivot ? 2000 + yy : 1900 + yy;
  }

  // The year that puts month/day closest to the reference date: "le 7
  // mars" in an article of 27 March 2016 is 2016-03-07.
  int NearestYear(int month, int day) const {
    const int64_t ref = DaysFromCivil(*ref_);
    int best = ref_->year;
    int64_t best_distance = -1;
    for (int year = ref_->year - 1; year <= ref_->year + 1; ++year) {
      const int64_t d = std::llabs(
          DaysFromCivil({year, month, std::min(day, DaysInMonth(year, month))}) -
          ref);
      if (best_distance < 0 || d < best_distance) {
        best = year;
        best_distance = d;
      }
    }
    return best;
  }
  int NearestYearOfMonth(int month) const {
    const int diff = month - ref_->month;
    if (diff > 6) return ref_->year - 1;
    if (diff < -6) return ref_->year + 1;
    return ref_->year;
  }
  // A weekday without more: the nearest one, at most three days away;
  // "dernier"/"prochain" (direction ∓1): strictly before or after the
  // reference; "ce"/"this" (kThisWeek): the one of the reference's week;
  // by_week ("next Friday", "last Wednesday"): the one of the week before
  // or after the reference's.
  static constexpr int kThisWeek = 2;
  Point WeekdayPoint(int weekday, int direction, bool by_week = false) const {
    Point p;
    if (!ref_) {
      p.value = Format("XXXX-WXX-%d", weekday + 1);
      return p;
    }
    const int today = Weekday(*ref_);
    int delta = weekday - today;
    if (direction == kThisWeek) {
      // weekday and today both count from Monday: delta stays in the week
    } else if (by_week) {
      delta += 7 * direction;
    } else if (direction < 0) {
      if (delta >= 0) delta -= 7;
    } else if (direction > 0) {
      if (delta <= 0) delta += 7;
    } else {
      if (delta > 3) delta -= 7;
      if (delta < -3) delta += 7;
    }
    Point day = DayPoint(AddDays(*ref_, delta));
    day.year_given = direction != 0;  // "next Friday" fixes its year
    day.by_weekday = true;
    return day;
  }
  // "dimanche 27": the nearest date with that weekday and day of month.
  bool WeekdayDayPoint(int weekday, int day, Point* p) const {
    if (!ref_) {
      *p = Point();
      p->day = day;
      return true;
    }
    const int64_t ref = DaysFromCivil(*ref_);
    int64_t best_distance = -1;
    for (int k = -14; k <= 14; ++k) {
      const CivilDate month = AddMonths({ref_->year, ref_->month, 1}, k);
      if (day > DaysInMonth(month.year, month.month)) continue;
      const CivilDate date{month.year, month.month, day};
      if (Weekday(date) != weekday) continue;
      const int64_t d = std::llabs(DaysFromCivil(date) - ref);
      if (best_distance < 0 || d < best_distance) {
        *p = DayPoint(date);
        best_distance = d;
      }
    }
    return best_distance >= 0;
  }
  // The week, month or year containing the reference date, moved by
  // `direction` units.
  Point PeriodPoint(TimeUnit unit, int direction) const {
    Point p;
    p.grain = UnitGrain(unit);
    if (!ref_) return p;
    CivilDate date = *ref_;
    if (unit == TimeUnit::kWeek) date = AddDays(date, 7 * direction);
    if (unit == TimeUnit::kMonth) date = AddMonths(date, direction);
    if (unit == TimeUnit::kYear) date.year += direction;
    p.year = date.year;
    p.month = date.month;
    p.day = date.day;
    return p;
  }
  Point ShiftedDay(int amount, TimeUnit unit) const {
    if (!ref_) return Point();
    switch (unit) {
      case TimeUnit::kDay: return DayPoint(AddDays(*ref_, amount));
      case TimeUnit::kWeek: return DayPoint(AddDays(*ref_, 7 * amount));
      case TimeUnit::kMonth: return DayPoint(AddMonths(*ref_, amount));
      case TimeUnit::kYear: return DayPoint(AddMonths(*ref_, 12 * amount));
      case TimeUnit::kDecade: return DayPoint(AddMonths(*ref_, 120 * amount));
      // Hours and minutes count from the reference's time of day; without
      // one the time is unknown and the reference day is all there is.
      case TimeUnit::kHour: return ShiftedTime(amount * 60, Grain::kHour);
      case TimeUnit::kMinute: return ShiftedTime(amount, Grain::kMinute);
      // The minute the shifted second falls in ("12 seconds ago" at 12:14
      // is 12:13:48: 12:13).
      case TimeUnit::kSecond: return ShiftedTime(FloorDiv(amount, 60), Grain::kMinute);
    }
    return Point();
  }
  Point ShiftedTime(int minutes, Grain grain) const {
    if (ref_minute_ < 0) return DayPoint(*ref_);
    minutes += ref_minute_;
    int days = minutes / 1440, rest = minutes % 1440;
    if (rest < 0) {
      rest += 1440;
      --days;
    }
    Point p = DayPoint(AddDays(*ref_, days));
    p.hour = rest / 60;
    p.minute = rest % 60;
    p.grain = rest % 60 ? Grain::kMinute : grain;
    p.subtype = "time";
    return p;
  }
  void SetDay(Point* p) const {  // the reference day, or X
    if (ref_) *p = DayPoint(*ref_);
  }

  // ---- Calendar dates -----------------------------------------------------

  // "7 mars 2016", "le 1er janvier", "March 7, 2016", "7th of March".
  bool DayMonth(size_t i, size_t* end, Point* p) const {
    int day = 0, month = 0;
    size_t next = i;
    for (int order = 0; order < 2 && month == 0; ++order) {
      const bool month_first = (order == 0) == g_.month_before_day;
      if (month_first) {
        month = MonthAt(i, true);
        size_t at = i + 1;
        if (month != 0 && IsChar(t_, at, '.') && Glued(t_, at)) ++at;
        // "March, 6th 2016": a comma before a day with its suffix (not
        // "in March, 6 people").
        if (month != 0 && g_.month_before_day && IsChar(t_, at, ',') &&
            PlainNumber(t_, at + 1, 2) > 0 && Glued(t_, at + 2) && g_.day_suffixes.Has(Key(at + 2))) {
          ++at;
        }
        // "May the eleventh", "June the 28th"; only where the month comes
        // first ("sur Mars le 25 janvier" is the planet).
        size_t after_article = 0;
        if (month != 0 && g_.month_before_day && g_.articles.Has(Key(at)) &&
            DayAt(at + 1, &after_article)) {
          ++at;
        }
        day = month != 0 ? DayAt(at, &next) : 0;
        // Only where the month comes first: French "fin août une
        // personne…", "début juin treize soldats…" are counts.
        if (month != 0 && day == 0 && g_.month_before_day && IsWord(at) &&
            Key(at).size() > 2 &&
            !Find(g_.vague_amounts, Key(at))) {
          day = AmountSpan(at, &next);  // "May twenty nine"
          if (day > 31 || Find(g_.vague_amounts, Key(next - 1))) day = 0;
        }
        if (day == 0) month = 0;
      } else {
        day = DayAt(i, &next);
        if (day == 0 && IsWord(i) && Key(i).size() > 2 && !g_.vague_amounts.count(Key(i))) {
          size_t after = 0;  // "twenty five January"
          const int words = AmountSpan(i, &after);
          size_t year_end = 0;  // with a year: "two May rebels" is a count
          if (words >= 1 && words <= 31 && MonthAt(after, false) &&
              (YearAt(t_, after + 1) > 0 || YearInWords(after + 1, &year_end) > 0)) {
            day = words;
            next = after;
          }
        }
        if (day == 0) continue;
        // "the twenty third day of September"
        if (const TimeUnit* unit = UnitAt(next); unit && *unit == TimeUnit::kDay &&
            LastChar(Key(next)) != 's' && g_.edge_links.Has(Key(next + 1))) {
          ++next;
        }
        if (g_.edge_links.Has(Key(next)) && MonthAt(next + 1, true)) ++next;
        // "16. Nov. 2016": a day with a dot, as German writes it, when a
        // year follows the month.
        if (IsChar(t_, next, '.') && Glued(t_, next) && MonthAt(next + 1, true)) {
          const size_t year_at = IsChar(t_, next + 2, '.') ? next + 3 : next + 2;
          if (YearAt(t_, year_at) > 0) ++next;
        }
        month = MonthAt(next, true);
        if (month == 0) day = 0;
        else next += 1;
      }
    }
    if (day == 0 || month == 0) return false;
    // "March 7, 2016" and "15 juil. 2016": a glued comma or dot may stand
    // before the year.
    size_t year_at = next;
    size_t words_end = 0;
    if (IsChar(t_, year_at, ',') && ShortYearAt(year_at + 1)) {
      ++year_at;  // "Aug 9, 96"
    } else if ((Glued(t_, year_at) || IsChar(t_, year_at, ',')) &&
        (IsChar(t_, year_at, ',') || IsChar(t_, year_at, '.')) &&
        (YearAt(t_, year_at + 1) > 0 || YearInWords(year_at + 1, &words_end) > 0)) {
      ++year_at;
    }
    if ((g_.edge_links.Has(Key(year_at)) || g_.date_year_links.Has(Key(year_at))) &&
        YearAt(t_, year_at + 1) > 0) {  // "28 June in 2020" too
      ++year_at;  // "23 novembre de 1987", "the 4th of July of 1995"
    } else if (g_.edge_links.Has(Key(year_at)) && ShortYearAt(year_at + 1)) {
      ++year_at;  // "15 April of 87"
    }
    size_t era_end = 0;
    if (const int era_year = EraYearAt(year_at, &era_end)) {  // "15 mars 44 av. J.-C."
      if (day > DaysInMonth(era_year, month)) return false;
      *p = Point();
      p->month = month;
      p->day = day;
      p->year = era_year;
      p->year_given = true;
      *end = era_end;
      return true;
    }
    int year = YearAt(t_, year_at);
    size_t year_end = year_at + 1;
    if (year < 0 && (TwoDigitYearAt(year_at) || ShortYearAt(year_at))) {
      year = TwoDigitYear(PlainNumber(t_, year_at, 2));  // "3 Aug 96"
    }
    if (year < 0) {
      year = YearInWords(year_at, &year_end);  // "two thousand and five"
      if (year == 0) year = -1;
    }
    *p = Point();
    p->month = month;
    p->day = day;
    if (year > 0) {
      if (day > DaysInMonth(year, month)) return false;
      p->year = year;
      p->year_given = true;
      *end = year_end;
      return true;
    }
    if (day > DaysInMonth(2016, month)) return false;  // 2016 allows 29/2
    // "le 28 décembre dernier", "le 2 avril prochain"
    const int direction = DirectionAt(next);
    if (direction != 0) ++next;
    if (ref_) {
      p->year = NearestYear(month, day);
      const int64_t ref = DaysFromCivil(*ref_);
      const int64_t that = DaysFromCivil(
          {p->year, month, std::min(day, DaysInMonth(p->year, month))});
      if (direction < 0 && that >= ref) --p->year;
      if (direction > 0 && that <= ref) ++p->year;
      if (day > DaysInMonth(p->year, month)) return false;  // 29/2 in 2015
    }
    *end = next;
    return true;
  }

  // A day of month alone, with its ordinal suffix, after an article: "the
  // 27th", "le 1er" (the nearest such day; "le 7" alone is too ambiguous).
  bool OrdinalDay(size_t i, size_t* end, Point* p) const {
    size_t next = 0;
    const int day = DayAt(i, &next);
    if (day == 0 || next != i + 2) return false;
    if (IsWord(next) && !g_.words_after_year.Has(Key(next))) {
      return false;  // "the 20th FIFA World Cup", "le 1er ministre"
    }
    *p = NearestDayOfMonth(day);
    *end = next;
    return true;
  }

  // "2011-11-12", "2011.11.12": a numeric date in ISO order, year first.
  bool LeadingFourDigits(size_t i) const {
    int digits = 0;
    for (char32_t c : t_.chars(i)) {
      if (!IsAsciiDigit(c)) break;
      ++digits;
    }
    return digits == 4;
  }

  // "07/03/2016", "2016-03-07", "7.3.2016" (one number token).
  bool NumericDate(size_t i, size_t* end, Point* p) const {
    if (i >= n_ || t_.tokens[i].kind != TokenKind::kNumber) return false;
    // Not the tail of a longer numeric form: "29/2/2019" is no "2/2019".
    // A hyphen after a whole date with its year starts another date:
    // "10/1/2018-10/7/2018", "10-1-2018-10-7-2018" (not ISO "2018-10-01").
    const bool after_dated_hyphen =
        i >= 4 && IsChar(t_, i - 1, '-') && YearAt(t_, i - 2) > 0 && Glued(t_, i - 2) &&
        (IsChar(t_, i - 3, '/') || IsChar(t_, i - 3, '-')) && Glued(t_, i - 3) &&
        PlainNumber(t_, i - 4, 2) >= 0;
    if (t_.tokens[i].glued && i > 0 && !after_dated_hyphen &&
        (IsChar(t_, i - 1, '/') || IsChar(t_, i - 1, '-') || IsChar(t_, i - 1, '.'))) {
      return false;
    }
    int parts[3] = {0, 0, 0};
    size_t lengths[3] = {0, 0, 0};
    int count = 0;
    for (char32_t c : t_.chars(i)) {  // "07.03.2016"
      if (IsAsciiDigit(c)) {
        if (lengths[count] >= 4) return false;  // no date part is longer
        parts[count] = parts[count] * 10 + int(c - '0');
        ++lengths[count];
      } else if (c == '.' && count < 2) {
        ++count;
      } else {
        return false;
      }
    }
    if (count == 2) {
      *end = i + 1;
    } else if (count == 1 && g_.comma_decimals && lengths[0] == 4 && lengths[1] <= 2) {
      // "2015.3": a year and its month where decimals take a comma (not a
      // count: "2015.3 tonnes", "2015.3 %").
      if (parts[0] < 1900 || parts[0] > 2099 || parts[1] < 1 || parts[1] > 12 ||
          (i > 0 && g_.year_blockers.Has(Key(i - 1))) ||  // "version 2016.1"
          (Glued(t_, i + 1) && !IsChar(t_, i + 1, ',') && !IsChar(t_, i + 1, '.')) ||
          (IsWord(i + 1) && !Capitalized(i + 1) && !g_.words_after_year.Has(Key(i + 1)))) {
        return false;
      }
      *p = Point();
      p->year = parts[0];
      p->month = parts[1];
      p->grain = Grain::kMonth;
      p->year_given = true;
      *end = i + 1;
      return true;
    } else if (count == 0 && lengths[0] <= 2 && IsChar(t_, i + 1, '/') && Glued(t_, i + 1) &&
               Glued(t_, i + 2) && i + 2 < n_ && t_.tokens[i + 2].kind == TokenKind::kNumber &&
               CommaYear(i + 2, &parts[1], &parts[2], &lengths[2])) {
      lengths[1] = 2;  // "12/08,2015": the year after a comma
      *end = i + 3;
    } else if (count == 0 && lengths[0] == 4 &&
               (IsChar(t_, i + 1, '-') || IsChar(t_, i + 1, '/')) &&
               Glued(t_, i + 1) && Glued(t_, i + 2) &&
               !(IsChar(t_, i + 3, t_.text.chars[t_.tokens[i + 1].begin]) &&
                 Glued(t_, i + 3)) &&
               PlainNumber(t_, i + 2, 2) >= 1 && PlainNumber(t_, i + 2, 2) <= 12) {
      *p = Point();  // "2015-12", "2016/11"
      p->year = parts[0];
      p->month = PlainNumber(t_, i + 2, 2);
      p->grain = Grain::kMonth;
      p->year_given = true;
      *end = i + 3;
      return p->year >= 1000;
    } else if (count == 0 &&
               !(i + 4 < n_ && (IsChar(t_, i + 3, '/') || IsChar(t_, i + 3, '-'))) &&
               (IsChar(t_, i + 1, '/') || IsChar(t_, i + 1, '-')) &&
               Glued(t_, i + 1) && Glued(t_, i + 2) &&
               lengths[0] <= 2 && YearAt(t_, i + 2) > 0) {
      if (parts[0] < 1 || parts[0] > 12) return false;  // "09/2012"
      *p = Point();
      p->year = YearAt(t_, i + 2);
      p->month = parts[0];
      p->grain = Grain::kMonth;
      p->year_given = true;
      *end = i + 3;
      return true;
    } else if (count == 0 && i + 4 < n_) {
      const char32_t sep = t_.text.chars[t_.tokens[i + 1].begin];
      if ((sep != '/' && sep != '-' && sep != '.') || !IsChar(t_, i + 1, sep) ||
          !IsChar(t_, i + 3, sep)) {
        return false;
      }
      for (size_t k = 1; k <= 4; ++k) {
        if (!Glued(t_, i + k)) return false;
      }
      for (int k = 1; k <= 2; ++k) {
        const size_t at = i + 2 * k;
        parts[k] = PlainNumber(t_, at, 4);
        lengths[k] = t_.tokens[at].end - t_.tokens[at].begin;
        if (parts[k] < 0) return false;
      }
      *end = i + 5;
    } else {
      return false;
    }
    int year = 0, month = 0, day = 0;
    if (lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2) {
      year = parts[0];  // ISO order
      month = parts[1];
      day = parts[2];
    } else if ((lengths[2] == 4 || (lengths[2] == 2 && IsChar(t_, i + 1, '/')) ||
                (count == 2 && lengths[0] == 2 && lengths[1] == 2 && lengths[2] == 2)) &&
               lengths[0] <= 2 && lengths[1] <= 2) {
      // (one token "15.05.99": two digits each, no version number "1.2.3")
      year = lengths[2] == 4 ? parts[2] : TwoDigitYear(parts[2]);  // "9/2/20"
      day = parts[0];
      month = parts[1];
      // English writes the month first; either order when only one fits.
      if ((g_.month_before_day && day <= 12) || month > 12) {
        std::swap(day, month);
      }
    } else {
      return false;
    }
    if (year < 1000 || month < 1 || month > 12 || day < 1 ||
        day > DaysInMonth(year, month)) {
      return false;
    }
    *p = Point();
    p->year = year;
    p->month = month;
    p->day = day;
    p->year_given = true;
    return true;
  }

  // A month and year joined by a comma in one number token: "08,2015",
  // "12,16" (of "12/08,2015").
  bool CommaYear(size_t i, int* month, int* year, size_t* year_length) const {
    const std::u32string_view c = t_.chars(i);
    const size_t comma = c.find(U',');
    if (comma == std::u32string_view::npos || comma == 0 || comma > 2) return false;
    const size_t length = c.size() - comma - 1;
    if (length != 2 && length != 4) return false;
    int m = 0, y = 0;
    for (size_t k = 0; k < c.size(); ++k) {
      if (k == comma) continue;
      if (!IsAsciiDigit(c[k])) return false;
      (k < comma ? m : y) = (k < comma ? m : y) * 10 + int(c[k] - '0');
    }
    *month = m;
    *year = y;
    *year_length = length;
    return true;
  }

  // ---- Compact dates: "Oct/2", "jan-1", "2019-aug-01", "10/1-11/7" --------

  // One piece of a glued run of tokens: a number or a word, with the
  // separator before it ('/', '-', or 0 when glued directly: "Oct2").
  struct Piece {
    std::string text;
    bool number = false;
    int month = 0;
    char separator = 0;
    size_t token_end = 0;  // the token after the one holding the piece
  };

  // The pieces of the glued run starting at token i, at most 8.
  std::vector<Piece> Pieces(size_t i) const {
    std::vector<Piece> pieces;
    char separator = 0;
    for (size_t k = i; k < n_ && pieces.size() < 8; ++k) {
      if (k > i && !Glued(t_, k)) break;
      const Token& t = t_.tokens[k];
      if (t.kind == TokenKind::kPunct) {
        if (separator != 0 || !(IsChar(t_, k, '/') || IsChar(t_, k, '-'))) break;
        if (!Glued(t_, k + 1)) break;
        separator = IsChar(t_, k, '/') ? '/' : '-';
        continue;
      }
      if (t.kind != TokenKind::kWord && t.kind != TokenKind::kNumber) break;
      if (t.kind == TokenKind::kNumber && PlainNumber(t_, k, 4) < 0) break;
      // Split the word at hyphens and between letters and digits.
      const std::string& key = Key(k);
      std::string current;
      auto flush = [&](char sep) {
        if (current.empty()) return;
        Piece piece;
        piece.text = current;
        piece.number = IsAsciiDigit(current[0]);
        piece.separator = sep;
        piece.token_end = k + 1;
        if (!piece.number) {
          if (!Capitalized(k) && g_.names_needing_capital.Has(current)) {
            piece.month = 0;
          } else {
            piece.month = g_.names.MonthOrAbbreviation(current);
          }
        }
        pieces.push_back(std::move(piece));
        current.clear();
      };
      char sep = pieces.empty() ? 0 : separator;
      for (char c : key) {
        if (c == '-') {
          flush(sep);
          sep = '-';
          continue;
        }
        if (!current.empty() && IsAsciiDigit(c) != IsAsciiDigit(current.back())) {
          flush(sep);
          sep = 0;
        }
        current += c;
      }
      flush(sep);
      separator = 0;
    }
    return pieces;
  }

  // A date from pieces [a, b): a month name with a day and/or a year in
  // any usual order, or two numbers month/day when `numeric_ok`.
  bool PiecesDate(const std::vector<Piece>& pieces, size_t a, size_t b,
                  bool numeric_ok, Point* p) const {
    if (a < b && !pieces[a].number && pieces[a].month == 0 &&
        g_.names.WeekdayOrAbbreviationIndex(pieces[a].text) >= 0) {
      ++a;  // "Friday-Jun-15"
    }
    const size_t count = b - a;
    if (count < 2 || count > 3) return false;
    int month = 0, day = 0, year = 0;
    bool year_given = false;
    int months = 0;
    for (size_t k = a; k < b; ++k) {
      if (!pieces[k].number && pieces[k].month == 0) return false;
      if (!pieces[k].number) ++months;
    }
    auto value = [&](size_t k) { return std::atoi(pieces[k].text.c_str()); };
    auto length = [&](size_t k) { return pieces[k].text.size(); };
    if (months == 1) {
      size_t m = a;
      while (pieces[m].number) ++m;
      month = pieces[m].month;
      std::vector<size_t> numbers;
      for (size_t k = a; k < b; ++k) {
        if (k != m) numbers.push_back(k);
      }
      if (count == 2) {
        const size_t k = numbers[0];
        if (length(k) == 4 && m == a) {
          year = value(k);  // "Sep-2012", "Dec/2018"
        } else if (length(k) <= 2) {
          day = value(k);  // "Oct/2", "2-oct"
        } else {
          return false;
        }
      } else if (length(numbers[0]) == 4 && m == a + 1) {
        year = value(numbers[0]);  // "2019-aug-01"
        day = value(numbers[1]);
      } else if (length(numbers[1]) == 4 || (length(numbers[1]) == 2 && m == a + 1)) {
        day = value(numbers[0]);  // "09-JAN-2017", "21-APR-16", "Oct-26-2016"
        year = length(numbers[1]) == 4 ? value(numbers[1]) : TwoDigitYear(value(numbers[1]));
      } else {
        return false;
      }
      if (year && (year < 1000 || year > 2999)) return false;
      year_given = year != 0;
    } else if (months == 0 && count == 2 && numeric_ok && pieces[a + 1].separator != 0 &&
               length(a) <= 2 && length(a + 1) <= 2) {
      month = value(a);  // "4/22", "22/04"
      day = value(a + 1);
      if (!g_.month_before_day) std::swap(month, day);
      if (month > 12 && day <= 12) std::swap(month, day);
    } else if (months == 0 && count == 3 && length(a) <= 2 && length(a + 1) <= 2 &&
               (length(a + 2) == 4 || length(a + 2) == 2)) {
      month = value(a);  // "10/1/2018" as the left side of a range
      day = value(a + 1);
      year = length(a + 2) == 4 ? value(a + 2) : TwoDigitYear(value(a + 2));
      year_given = true;
      if (!g_.month_before_day) std::swap(month, day);
      if (month > 12 && day <= 12) std::swap(month, day);
    } else {
      return false;
    }
    if (month < 1 || month > 12 || day < 0 || day > 31) return false;
    *p = Point();
    p->month = month;
    p->year_given = year_given;
    if (day == 0) {
      p->grain = Grain::kMonth;
      p->year = year;
      return year != 0;
    }
    if (day > DaysInMonth(year ? year : 2016, month)) return false;
    p->day = day;
    p->year = year ? year : ref_ ? NearestYear(month, day) : 0;
    return true;
  }

  // Whether numbers with a slash at token i may be a month and a day.
  bool NumericDateIntroduced(size_t i) const {
    if (i == 0) return false;
    if (g_.numeric_date_introducers.Has(Key(i - 1)) || WeekdayAt(i - 1, true) >= 0) return true;
    // Listed after an introduced one: "on 11/20, 11/22 or 11/25", "le
    // 12/03, le 15/03 et 20/03".
    return i >= 5 && (IsChar(t_, i - 1, ',') || g_.list_links.Has(Key(i - 1))) &&
           IsChar(t_, i - 3, '/') && Glued(t_, i - 3) && Glued(t_, i - 2) &&
           PlainNumber(t_, i - 2, 2) > 0 && PlainNumber(t_, i - 4, 2) > 0 &&
           NumericDateIntroduced(i - 4);
  }

  // introduced: the caller knows a date comes (the end of "from 10/1 to
  // 11/7").
  bool CompactDate(size_t i, size_t* end, Point* p, bool introduced = false) const {
    if (i > 0 && Glued(t_, i) && t_.tokens[i - 1].kind != TokenKind::kPunct) return false;
    if (i > 0 && Glued(t_, i) && (IsChar(t_, i - 1, '/') || IsChar(t_, i - 1, '-'))) {
      return false;  // the tail of a longer form
    }
    const std::vector<Piece> pieces = Pieces(i);
    if (pieces.size() < 2 || pieces.size() > 4) return false;
    const size_t stop = pieces.back().token_end;
    // Not followed by more glued numbers: "1/2/3/4".
    if (stop < n_ && Glued(t_, stop) && t_.tokens[stop].kind != TokenKind::kPunct) return false;
    // "Monday 1-3 pm": hours, not January 3.
    if (g_.am_words.Match(t_, stop) || g_.pm_words.Match(t_, stop)) return false;
    // Two numbers with a slash are a day and a month without an introducer
    // when one is zero-padded ("22/04": no fraction or score is written
    // so) or a year follows after a comma ("11/12, 2016").
    const bool pair = pieces.size() == 2 && pieces[0].number && pieces[1].number &&
                      pieces[1].separator == '/';
    const int comma_year = pair && IsChar(t_, stop, ',') ? YearAt(t_, stop + 1) : -1;
    const bool padded = pair && pieces[0].text.size() == 2 && pieces[1].text.size() == 2 &&
                        (pieces[0].text[0] == '0' || pieces[1].text[0] == '0');
    // Or when a time follows: "23/12 à 17h", "23/12 avant 17h".
    Point time;
    size_t time_end = 0;
    const bool before_time = pair && comma_year < 0 && !padded &&
                             g_.time_introducers.Has(Key(stop)) &&
                             Time(stop + 1, &time_end, &time, true) &&
                             PlainNumber(t_, stop + 1, 2) >= 0 &&
                             time_end > stop + 2;  // an hour with its mark, not "à 17"
    if (!PiecesDate(pieces, 0, pieces.size(),
                    NumericDateIntroduced(i) || introduced || padded || comma_year > 0 ||
                        before_time,
                    p)) {
      return false;
    }
    if (comma_year > 0 && p->day > 0) {  // "12/08,2015"
      if (p->day > DaysInMonth(comma_year, p->month)) return false;
      p->year = comma_year;
      p->year_given = true;
      *end = stop + 2;
      return true;
    }
    *end = stop;
    return true;
  }

  // "10/1-11/7", "Dec/2018-May/2019", "Jan-Feb 2017": two compact dates
  // joined by a hyphen.
  bool CompactRange(size_t i, Match* m) const {
    if (i > 0 && Glued(t_, i) && t_.tokens[i - 1].kind != TokenKind::kPunct) return false;
    const std::vector<Piece> pieces = Pieces(i);
    if (pieces.size() < 2) return false;
    size_t stop = pieces.back().token_end;
    if (stop < n_ && Glued(t_, stop) && t_.tokens[stop].kind != TokenKind::kPunct) return false;
    // "5/1-5/7, 2020": the year after a comma is both sides'.
    const int comma_year = IsChar(t_, stop, ',') ? YearAt(t_, stop + 1) : -1;
    // A four-digit year at the end makes the numbers dates without an
    // introducer: "The period is 10/1-11/2/2017".
    const bool numeric_ok = NumericDateIntroduced(i) || i == 0 || comma_year > 0 ||
                            (pieces.size() >= 5 && pieces.back().number &&
                             pieces.back().text.size() == 4 && pieces.back().separator == '/');
    for (size_t cut = 1; cut < pieces.size(); ++cut) {
      if (pieces[cut].separator != '-') continue;
      Point left, right;
      const bool month_pair = cut == 1 && pieces.size() == 2 && pieces[0].month &&
                              pieces[1].month;
      if (month_pair) {  // "Jan-Feb 2017", "Nov-Feb 2017"
        const int year = YearAt(t_, stop);
        left = Point();
        left.grain = Grain::kMonth;
        left.month = pieces[0].month;
        right = left;
        right.month = pieces[1].month;
        if (year > 0) {
          right.year = year;
          left.year = left.month > right.month ? year - 1 : year;
          left.year_given = right.year_given = true;
          ++stop;
        } else if (ref_) {
          right.year = NearestYearOfMonth(right.month);
          left.year = left.month > right.month ? right.year - 1 : right.year;
        }
      } else if (!PiecesDate(pieces, 0, cut, numeric_ok, &left) ||
                 !PiecesDate(pieces, cut, pieces.size(), numeric_ok, &right)) {
        continue;
      }
      if (left.grain != right.grain) continue;
      if (comma_year > 0 && !right.year_given && right.day > 0 && left.day > 0 &&
          !left.year_given) {
        right.year = comma_year;
        right.year_given = true;
        stop += 2;
      }
      // "10/1-11/2/2017": the left side takes the year the right one says.
      if (right.year_given && !left.year_given && left.month != 0) {
        const bool later = left.month > right.month ||
                           (left.month == right.month && left.day > right.day);
        const int year = later ? right.year - 1 : right.year;
        if (left.day <= DaysInMonth(year, left.month)) left.year = year;
      }
      m->first = i;
      m->end = stop;
      m->point = left;
      m->range_end = right;
      return true;
    }
    return false;
  }

  // The year before the month: "2016 June", "2016, Nov", "2016 - 11",
  // and "11 / 2016" (numbers spaced out around the separator).
  bool YearThenMonth(size_t i, size_t* end, Point* p) const {
    int year = YearAt(t_, i), month = 0;
    size_t at = i + 1;
    if (year > 0) {
      if (IsChar(t_, at, ',')) ++at;
      month = MonthAt(at, true);
      if (month == 0 && at == i + 1 && (IsChar(t_, at, '-') || IsChar(t_, at, '/')) &&
          !(Glued(t_, at) && Glued(t_, at + 1))) {
        const int number = PlainNumber(t_, at + 1, 2);
        if (number >= 1 && number <= 12 && !IsWord(at + 2) &&
            !(at + 2 < n_ && t_.tokens[at + 2].kind == TokenKind::kNumber)) {
          month = number;
          ++at;
        }
      }
      if (month == 0) return false;
      *end = at + 1;
    } else {
      const int number = PlainNumber(t_, i, 2);
      if (number < 1 || number > 12 || !(IsChar(t_, at, '-') || IsChar(t_, at, '/')) ||
          (Glued(t_, at) && Glued(t_, at + 1)) || YearAt(t_, at + 1) < 0 ||
          (i > 0 && t_.tokens[i - 1].kind == TokenKind::kNumber)) {
        return false;
      }
      year = YearAt(t_, at + 1);
      month = number;
      *end = at + 2;
    }
    *p = Point();
    p->year = year;
    p->month = month;
    p->grain = Grain::kMonth;
    p->year_given = true;
    return true;
  }

  // Day, month and a four-digit year parted by spaces: "18 08 1978",
  // "2 4 2009" (a phone number has no four-digit group).
  bool SpacedNumericDate(size_t i, size_t* end, Point* p) const {
    if (i > 0 && t_.tokens[i - 1].kind == TokenKind::kNumber) return false;
    if (Glued(t_, i) || Glued(t_, i + 1) || Glued(t_, i + 2)) return false;
    int day = PlainNumber(t_, i, 2), month = PlainNumber(t_, i + 1, 2);
    const int year = YearAt(t_, i + 2);
    // Year first, two digits each: "2014 12 28" (ISO order, no swap).
    if (YearAt(t_, i) > 0 && i + 2 < n_ && t_.tokens[i + 1].end - t_.tokens[i + 1].begin == 2 &&
        t_.tokens[i + 2].end - t_.tokens[i + 2].begin == 2) {
      const int iso_month = PlainNumber(t_, i + 1, 2), iso_day = PlainNumber(t_, i + 2, 2);
      const int iso_year = YearAt(t_, i);
      if (iso_month >= 1 && iso_month <= 12 && iso_day >= 1 &&
          iso_day <= DaysInMonth(iso_year, iso_month) &&
          !(i + 3 < n_ && t_.tokens[i + 3].kind == TokenKind::kNumber)) {
        *p = DayPoint({iso_year, iso_month, iso_day});
        p->year_given = true;
        *end = i + 3;
        return true;
      }
    }
    if (day < 1 || month < 1 || year < 0) return false;
    if (i + 3 < n_ && t_.tokens[i + 3].kind == TokenKind::kNumber) return false;
    if (g_.month_before_day && day <= 12) std::swap(day, month);
    if (month > 12 || day > DaysInMonth(year, month)) return false;
    *p = DayPoint({year, month, day});
    p->year_given = true;
    *end = i + 3;
    return true;
  }

  // A month and a year around a spaced slash: "11 / 2016", "2016 / 11"
  // ("11/2016" is a compact date).
  bool SpacedMonthYear(size_t i, size_t* end, Point* p) const {
    if (i > 0 && (t_.tokens[i - 1].kind == TokenKind::kNumber || IsChar(t_, i - 1, '/'))) {
      return false;
    }
    if (!IsChar(t_, i + 1, '/') || (Glued(t_, i + 1) && Glued(t_, i + 2))) return false;
    if (i + 3 < n_ && Glued(t_, i + 3) && t_.tokens[i + 3].kind != TokenKind::kPunct) {
      return false;
    }
    int year = YearAt(t_, i + 2), month = PlainNumber(t_, i, 2);
    if (year < 0) {
      year = YearAt(t_, i);
      month = PlainNumber(t_, i + 2, 2);
    }
    if (year < 0 || month < 1 || month > 12) return false;
    *p = Point();
    p->year = year;
    p->month = month;
    p->grain = Grain::kMonth;
    p->year_given = true;
    *end = i + 3;
    return true;
  }

  // "mars 2016", "en mars", "mi-mars", "mid-2015".
  bool MonthYear(size_t i, size_t* end, Point* p) const {
    int month = 0;
    bool edge = false;
    if (IsWord(i)) {
      const std::string& key = Key(i);
      const size_t dash = key.find('-');
      if (dash != std::string::npos && g_.edge_prefixes.Has(key.substr(0, dash))) {
        const std::string rest = key.substr(dash + 1);
        month = g_.names.MonthOrAbbreviation(rest);
        if (month == 0 && rest.size() == 4 && IsAsciiDigit(rest[0])) {
          const int year = std::atoi(rest.c_str());
          if (year < 1000 || year > 2999) return false;
          *p = Point();
          p->year = year;
          p->year_given = true;
          p->grain = Grain::kYear;
          *end = i + 1;
          return true;
        }
        edge = month != 0;
      }
    }
    if (month == 0) month = MonthAt(i, false);
    if (month == 0 && (YearAt(t_, i + 1) > 0 || ShortYearAt(i + 1) ||
                       (IsChar(t_, i + 1, '.') && YearAt(t_, i + 2) > 0))) {
      month = MonthAt(i, true);  // "Sep 2012", "janv. 2015"
    }
    // An abbreviation alone is a month only capitalized after an
    // introducer: "in Aug", "cette Avr".
    const int abbreviated = month == 0 && Capitalized(i) ? MonthAt(i, true) : 0;
    if (month == 0 && abbreviated == 0) return false;
    // "32 août 2014": a day number that did not make a date.
    if (i > 0 && PlainNumber(t_, i - 1, 2) >= 0) return false;
    *p = Point();
    p->month = month;
    p->grain = Grain::kMonth;
    size_t year_at = i + 1;
    if (IsChar(t_, year_at, '.') && Glued(t_, year_at)) ++year_at;
    if (size_t words_end = 0; g_.edge_links.Has(Key(year_at)) &&
        (YearAt(t_, year_at + 1) > 0 || ShortYearAt(year_at + 1) ||
         (month != 0 && YearInWords(year_at + 1, &words_end) > 0))) {
      ++year_at;  // "March of 2016", "April of 87", "June of nineteen ninety nine"
    }
    if (IsChar(t_, year_at, ',') && YearAt(t_, year_at + 1) > 0) ++year_at;
    size_t era_end = 0;
    if (const int era_year = month != 0 ? EraYearAt(year_at, &era_end) : 0) {
      p->year = era_year;  // "mars 44 av. J.-C."
      p->year_given = true;
      *end = era_end;
      return true;
    }
    int year = YearAt(t_, year_at);
    size_t year_end = year_at + 1;
    if (year < 0 && month != 0) year = YearInWords(year_at, &year_end);
    if (year <= 0 && month != 0 && ShortYearAt(year_at)) {
      year = TwoDigitYear(PlainNumber(t_, year_at, 2));  // "Aug 96" (not a day)
      year_end = year_at + 1;
    }
    // "en juillet 98,": two digits closing the phrase ("juillet 14
    // personnes", "3 juillet 15 h" are counts and times); where the month
    // comes first they are its day ("March 15,").
    if (year <= 0 && month != 0 && !g_.month_before_day && year_at < n_ &&
        !Glued(t_, year_at) &&
        t_.tokens[year_at].end - t_.tokens[year_at].begin == 2 &&
        PlainNumber(t_, year_at, 2) >= 0 &&
        (year_at + 1 == n_ || (t_.tokens[year_at + 1].kind == TokenKind::kPunct &&
                               !IsChar(t_, year_at + 1, '/') && !IsChar(t_, year_at + 1, ':') &&
                               !IsChar(t_, year_at + 1, '-') && !IsChar(t_, year_at + 1, '.')))) {
      year = TwoDigitYear(PlainNumber(t_, year_at, 2));
    }
    if (year > 0 && month != 0) {
      p->year = year;
      p->year_given = true;
      *end = year_end;
      return true;
    }
    // A month name alone needs a word that makes it one: "en mars".
    const bool introduced =
        edge || (i > 0 && (g_.month_introducers.Has(Key(i - 1)) ||
                           g_.edge_words.Has(Key(i - 1))));
    const bool alone_ok = g_.capitalized_month_alone && month != 0 &&
                          Capitalized(i) && i > 0 &&
                          !t_.tokens[i].newline_before &&
                          !IsChar(t_, i - 1, '.') &&  // not a sentence start
                          !g_.months_never_alone.Has(Key(i)) &&
                          !(IsWord(i + 1) && Capitalized(i + 1));  // "Avril Lavigne"
    if (!introduced && !alone_ok) return false;
    if (month == 0) month = abbreviated;
    p->month = month;
    *end = i + 1;
    // "novembre dernier", "mai prochain": the last or next such month.
    const int direction = DirectionAt(*end);
    if (direction != 0) ++*end;
    if (ref_) {
      p->year = NearestYearOfMonth(month);
      if (direction < 0) p->year = month < ref_->month ? ref_->year : ref_->year - 1;
      if (direction > 0) p->year = month > ref_->month ? ref_->year : ref_->year + 1;
    }
    return true;
  }

  // A bare year: "en 2013", "(2015)". Four digits are often counts
  // ("2000 soldats") or numbers ("page 2013"): the words around decide.
  bool Year(size_t i, size_t* end, Point* p) const {
    const int year = YearAt(t_, i);
    if (year < 0) return false;
    const Token& t = t_.tokens[i];
    if (t.glued && i > 0 && t_.tokens[i - 1].kind != TokenKind::kPunct) {
      return false;  // "$2013", "n°2013"
    }
    if (i + 1 < n_ && t_.tokens[i + 1].glued &&
        t_.tokens[i + 1].kind != TokenKind::kPunct) {
      return false;  // "2013e", "2013€"
    }
    if ((IsChar(t_, i + 1, '/') || IsChar(t_, i + 1, '-')) && Glued(t_, i + 1) &&
        Glued(t_, i + 2) && PlainNumber(t_, i + 2, 4) >= 0) {
      return false;  // a numeric date that did not hold: "2014-02-30"
    }
    const std::string* previous = i > 0 ? &t_.keys[i - 1] : nullptr;
    if (previous && g_.year_blockers.Has(*previous)) return false;
    // The year of a date that did not hold ("February 29, 2014",
    // "06/31/2022"): not a year alone either.
    if (i > 0 && (MonthAt(i - 1, true) ||
                  (t.glued && (IsChar(t_, i - 1, '/') || IsChar(t_, i - 1, '-'))) ||
                  (IsChar(t_, i - 1, ',') && PlainNumber(t_, i - 2, 2) >= 0))) {
      return false;
    }
    const bool introduced = previous && g_.year_introducers.Has(*previous);
    if (!introduced && (year < 1800 || year > 2100)) return false;
    // "l'année 2016 marque", "in 2015 when": a year noun or "en" before it
    // outweighs the word after; so does the end of a title line.
    const bool strongly_introduced =
        previous && (g_.strong_year_introducers.Has(*previous) ||
                     (g_.year_determiners.Has(*previous) && year % 100 != 0 &&
                      year >= 1900));
    if (strongly_introduced || (i + 1 < n_ && t_.tokens[i + 1].newline_before) ||
        i + 1 == n_) {
      // the year stands
    } else if (i + 1 < n_ && t_.tokens[i + 1].kind == TokenKind::kWord) {
      const char32_t c = t_.text.chars[t_.tokens[i + 1].begin];
      if (!IsUpper(c) && !g_.words_after_year.Has(t_.keys[i + 1])) {
        return false;  // a count: "2000 soldats"
      }
    } else if (i + 1 < n_ && t_.tokens[i + 1].kind == TokenKind::kNumber) {
      return false;
    }
    *p = Point();
    p->year = year;
    p->year_given = true;
    p->grain = Grain::kYear;
    *end = i + 1;
    return true;
  }

  // A year of an era, alone: "en 52 av. J.-C.", "vers 300 apr. J.-C.".
  bool EraYear(size_t i, size_t* end, Point* p) const {
    size_t next = 0;
    const int year = EraYearAt(i, &next);
    if (year == 0 || (i > 0 && g_.year_blockers.Has(Key(i - 1)))) return false;
    *p = Point();
    p->year = year;
    p->year_given = true;
    p->grain = Grain::kYear;
    *end = next;
    return true;
  }

  // "les années 1990", "années 90", "the 1990s".
  bool Decade(size_t i, size_t* end, Point* p) const {
    size_t at = i;
    if (g_.decade_articles.Has(Key(at))) ++at;
    // A decade by name or in two digits needs its article or a year
    // introducer: "the seventies", "in 70's" (not "and": "in their 50s and 60s").
    const bool introduced = at > i || (i > 0 && g_.strong_year_introducers.Has(Key(i - 1)));
    int start = -1;
    if (g_.decade_words.Has(Key(at))) {
      const int year = PlainNumber(t_, at + 1, 4);
      const size_t len = at + 1 < n_ ? t_.tokens[at + 1].end - t_.tokens[at + 1].begin : 0;
      if (len == 4 && year >= 1000 && year % 10 == 0) start = year;
      if (len == 2 && year >= 0 && year % 10 == 0) start = year < 30 ? 2000 + year : 1900 + year;
      if (const int* named = Find(g_.decade_number_words, Key(at + 1))) {
        start = *named;  // "les années soixante-dix"
      } else if (const int* two_words =
                     Find(g_.decade_number_words, Key(at + 1) + " " + Key(at + 2))) {
        start = *two_words;  // "les années deux mille"
        ++at;
      } else if (size_t words_end = 0; IsWord(at + 1)) {
        // "les années dix-neuf soixante-dix", "mille quatre cent vingt"
        const int year = YearInWords(at + 1, &words_end);
        if (year >= 1000 && year % 10 == 0) {
          start = year;
          at = words_end - 2;
        }
      }
      at += 2;
    } else if (const int* named = introduced ? Find(g_.decade_names, Key(at)) : nullptr) {
      start = *named;  // "the seventies", "in nineties"
      ++at;
    } else if (size_t named_end = 0; at > i && DecadeOfCentury(at, &start, &named_end)) {
      at = named_end;  // "the nineteen seventies", "the twenty-tens"
    } else {
      // "the '40s": an apostrophe for the century
      const bool elided_century = at > i && IsChar(t_, at, '\'') && Glued(t_, at + 1);
      if (elided_century) ++at;
      const int year = elided_century ? -1 : YearAt(t_, at);
      // "1990 s" spaced, at the end of a phrase
      const bool spaced_plural = !Glued(t_, at + 1) && Key(at + 1) == "s" && !IsWord(at + 2);
      const bool plural = spaced_plural ||
                          (Glued(t_, at + 1) && (Key(at + 1) == "s" || Key(at + 1) == "'s"));
      const int two_digits = PlainNumber(t_, at, 2);
      if (year > 0 && year % 10 == 0 && plural) {
        start = year;  // "the 1990s", "1970's"
        at += 2;
      } else if (introduced && two_digits >= 0 && two_digits % 10 == 0 && plural &&
                 t_.tokens[at].end - t_.tokens[at].begin == 2) {
        start = 1900 + two_digits;  // "the 70s", "in 70's" (not "in their 70s")
        at += 2;
      }
    }
    if (start < 0) return false;
    *p = Point();
    p->value = Format("%03dX", start / 10);
    p->grain = Grain::kYear;
    p->year_given = true;
    *end = at;
    return true;
  }

  // A decade named with its century: "nineteen seventies", "twenty-tens",
  // "two thousand and tens", "two thousands"; sets *start and *next.
  bool DecadeOfCentury(size_t at, int* start, size_t* next) const {
    if (!IsWord(at)) return false;
    const std::string& key = Key(at);
    const size_t dash = key.find('-');
    const int* hundreds = Find(g_.number_words, dash == std::string::npos ? key : key.substr(0, dash));
    int century = hundreds && (*hundreds == 19 || *hundreds == 20) ? *hundreds * 100 : 0;
    size_t name_at = at + 1;
    std::string name = dash == std::string::npos ? Key(at + 1) : key.substr(dash + 1);
    if (dash != std::string::npos) name_at = at;
    if (century == 0 && hundreds && *hundreds == 2 && dash == std::string::npos) {
      const std::string& thousand = Key(at + 1);  // "two thousand (and) tens", "two thousands"
      if (LastChar(thousand) == 's' && g_.thousand_words.Has(thousand.substr(0, thousand.size() - 1))) {
        *start = 2000;
        *next = at + 2;
        return true;
      }
      if (!g_.thousand_words.Has(thousand)) return false;
      century = 2000;
      name_at = g_.number_links.Has(Key(at + 2)) ? at + 3 : at + 2;
      name = Key(name_at);
    }
    if (century == 0 || (dash == std::string::npos && !IsWord(name_at))) return false;
    const int* decade = Find(g_.decades_of_century, name);
    if (decade == nullptr) {
      decade = Find(g_.decade_names, name);
      if (decade == nullptr) return false;
    }
    *start = century + *decade % 100;
    *next = name_at + 1;
    return true;
  }

  // "le XIXe siècle", "19e siècle", "the 19th century".
  bool Century(size_t i, size_t* end, Point* p) const {
    size_t at = i;
    if (g_.articles.Has(Key(at)) || g_.decade_articles.Has(Key(at))) ++at;
    int century = 0;
    if (IsWord(at)) {  // "xixe"
      const std::string& key = Key(at);
      for (size_t cut = 1; cut <= 3 && cut < key.size(); ++cut) {
        if (g_.ordinal_suffixes.Has(key.substr(key.size() - cut))) {
          century = RomanValue(key.substr(0, key.size() - cut));
          if (century) break;
        }
      }
      if (century) {
        ++at;
      } else if (RomanValue(key) > 0 && g_.ordinal_suffixes.Has(Key(at + 1))) {
        century = RomanValue(key);  // "XX e siècle"
        at += 2;
      }
    }
    if (!century) {
      const int number = PlainNumber(t_, at, 2);
      if (number > 0 && Glued(t_, at + 1) && g_.ordinal_suffixes.Has(Key(at + 1))) {
        century = number;
        at += 2;
      }
    }
    if (century <= 0 || century > 30 || !g_.century_words.Has(Key(at))) {
      return false;
    }
    *p = Point();
    p->value = Format("%02d", century - 1);
    *end = at + 1;
    // "le IIIe siècle av. J.-C.": TIMEX3 "BC02" (the 300s before Christ).
    if (size_t k = g_.era_before_christ.Match(t_, *end)) {
      p->value = Format("BC%02d", century - 1);
      *end += k;
    } else if (size_t k = g_.era_after_christ.Match(t_, *end)) {
      *end += k;
    }
    p->grain = Grain::kYear;
    p->year_given = true;
    return true;
  }

  // "printemps 2015", "l'été 2015", "cet été", "summer of 2015".
  bool Season(size_t i, size_t* end, Point* p) const {
    size_t at = i;
    int shift = 0;
    bool anchored = false;
    // "the summer": this year's ("the summer of 2015" takes its year).
    // ("the fall" alone is a fall: a season word that is also a common
    // word needs its capital there.)
    const bool article = g_.period_articles.Has(Key(at)) && Find(g_.seasons, Key(at + 1)) &&
                         (Capitalized(at + 1) || !g_.names_needing_capital.Has(Key(at + 1)));
    if (article) {
      anchored = true;
      ++at;
    } else if (g_.this_words.Has(Key(at))) {
      anchored = true;
      ++at;
    } else if (DirectionAt(at) != 0) {
      shift = DirectionAt(at);
      anchored = true;
      ++at;
    } else if (g_.edge_words.Has(Key(at)) && Find(g_.seasons, Key(at + 1)) &&
               !g_.names_needing_capital.Has(Key(at + 1))) {
      anchored = true;  // "early summer", "mid summer": this year's, as "the summer"
      ++at;
    }
    const char* const* season = Find(g_.seasons, Key(at));
    if (season == nullptr && IsWord(at) && !anchored) {  // "mid-summer"
      const std::string& key = Key(at);
      const size_t dash = key.find('-');
      if (dash != std::string::npos && g_.edge_prefixes.Has(key.substr(0, dash))) {
        season = Find(g_.seasons, key.substr(dash + 1));
        anchored = season != nullptr;
      }
    }
    if (season == nullptr) return false;
    ++at;
    int year = -1;
    size_t year_at = at;
    if (g_.edge_links.Has(Key(year_at))) ++year_at;
    year = YearAt(t_, year_at);
    if (year > 0) {
      at = year_at + 1;
    } else if (!anchored && DirectionAt(at) != 0) {
      shift = DirectionAt(at);
      anchored = true;
      ++at;
    }
    if (year < 0 && !anchored) return false;
    // "the summer of 2014" is read from "summer"; "the fall of the Wall"
    // is no season.
    if (article && (year > 0 || g_.edge_links.Has(Key(at)))) return false;
    *p = Point();
    p->grain = Grain::kMonth;
    if (year > 0) {
      p->value = Format("%04d-", year) + *season;
      p->year_given = true;
    } else {
      p->value = ref_ ? Format("%04d-", ref_->year + shift) + *season
                      : std::string("XXXX-") + *season;
    }
    *end = at;
    return true;
  }

  // "le troisième trimestre 2016", "au 1er semestre 2015", "the first half
  // of 2016": 2016-Q3, 2015-H1.
  bool YearPart(size_t i, size_t* end, Point* p) const {
    size_t at = i;
    if (g_.articles.Has(Key(at)) || g_.period_articles.Has(Key(at))) ++at;
    int ordinal = 0;
    if (const int* word = IsWord(at) ? Find(g_.ordinal_words, Key(at)) : nullptr) {
      ordinal = *word;
      ++at;
    } else if (PlainNumber(t_, at, 2) > 0 && Glued(t_, at + 1) &&
               (g_.day_suffixes.Has(Key(at + 1)) || g_.ordinal_suffixes.Has(Key(at + 1)))) {
      ordinal = PlainNumber(t_, at, 2);  // "1er", "3e", "3rd", "9th"
      at += 2;
    } else if (const int* day_word = IsWord(at) ? Find(g_.day_ordinal_words, Key(at)) : nullptr) {
      ordinal = *day_word;  // "the ninth month"
      ++at;
    }
    const char* const* part = Find(g_.year_parts, Key(at));
    // "the third month of 2021": a month counted in its year
    const TimeUnit* unit = part == nullptr && IsWord(at) ? Find(g_.unit_words, Key(at)) : nullptr;
    const bool month = unit && *unit == TimeUnit::kMonth && LastChar(Key(at)) != 's';
    if (ordinal == 0 || (part == nullptr && !month)) return false;
    if (ordinal > (month ? 12 : std::string_view(*part) == "H" ? 2 : 4)) return false;
    ++at;
    size_t year_at = at;
    if (g_.edge_links.Has(Key(year_at))) ++year_at;
    // Without a year it is too often a game's: "in the second half". The
    // year in digits, in words, or relative ("the third quarter this year").
    int year = YearAt(t_, year_at);
    size_t year_end = year_at + 1;
    Point relative;
    if (year < 0 && RelativePeriod(year_at, &year_end, &relative) &&
        relative.grain == Grain::kYear && relative.value.empty() && relative.year) {
      year = relative.year;
    } else if (year < 0) {
      year = YearInWords(year_at, &year_end);
      if (year <= 0) return false;
    }
    *p = Point();
    p->grain = Grain::kMonth;
    if (month) {
      p->year = year;
      p->month = ordinal;
    } else {
      p->value = Format("%04d-", year) + *part + std::to_string(ordinal);
    }
    p->year_given = true;
    *end = year_end;
    return true;
  }

  // "now": the reference date, with its time of day when given.
  bool Now(size_t i, size_t* end, Point* p) const {
    const size_t k = g_.now_words.Match(t_, i);
    if (k == 0) return false;
    *p = Point();
    SetDay(p);
    if (ref_ && ref_minute_ >= 0) {
      p->hour = ref_minute_ / 60;
      p->minute = ref_minute_ % 60;
      p->grain = Grain::kMinute;
      p->subtype = "time";
    }
    p->year_given = ref_.has_value();
    *end = i + k;
    return true;
  }

  // The day of a holiday in a year.
  static CivilDate HolidayDate(const HolidayRule& rule, int year) {
    const CivilDate date = RuleDate(rule, year);
    return rule.days_after ? AddDays(date, rule.days_after) : date;
  }
  static CivilDate RuleDate(const HolidayRule& rule, int year) {
    if (rule.from_easter) return AddDays(EasterSunday(year), rule.easter_offset);
    if (rule.weekday < 0) {
      return {year, rule.month, std::min(rule.day, DaysInMonth(year, rule.month))};
    }
    CivilDate date;
    if (rule.nth > 0) {
      const CivilDate first{year, rule.month, 1};
      date = AddDays(first, (rule.weekday - Weekday(first) + 7) % 7 + 7 * (rule.nth - 1));
    } else {
      const CivilDate last{year, rule.month, DaysInMonth(year, rule.month)};
      date = AddDays(last, -((Weekday(last) - rule.weekday + 7) % 7));
    }
    if (rule.yields_to_easter_offset != 0 &&
        DaysFromCivil(date) ==
            DaysFromCivil(AddDays(EasterSunday(year), rule.yields_to_easter_offset))) {
      date = AddDays(date, 7);
    }
    return date;
  }

  // "Noël", "Pâques 2016", "la fête des pères de 2015", "Christmas":
  // with no year, the nearest one to the reference date.
  // said: the context already says it is a holiday ("weekend of halloween").
  bool Holiday(size_t first, size_t* end, Point* p, bool said = false) const {
    // "la Toussaint", "le lundi de Pâques": the article belongs to it.
    const size_t i = g_.period_articles.Has(Key(first)) ? first + 1 : first;
    const size_t k = g_.holiday_phrases.Match(t_, i);
    if (k == 0 || !IsWord(i)) return false;
    std::string phrase = Key(i);
    for (size_t j = 1; j < k; ++j) phrase += " " + Key(i + j);
    const HolidayRule* rule = Find(g_.holidays, phrase);
    if (rule == nullptr) return false;
    // "l'île de Pâques", "le Père Noël"
    for (size_t back = 1; back <= 2 && back <= i; ++back) {
      if (g_.holiday_blockers.Has(Key(i - back))) return false;
    }
    size_t at = i + k;
    size_t year_at = g_.edge_links.Has(Key(at)) ? at + 1 : at;
    const int year = YearAt(t_, year_at);
    // "Noël Mamère", "Christmas Island": a name goes on capitalized.
    if (year < 0 && IsWord(at) && Capitalized(at)) return false;
    // English names holidays with a capital ("a christmas tree" is none),
    // unless a year, "on" or "weekend" says it is one.
    if (g_.holidays_capitalized && year < 0 && !Capitalized(i) &&
        !(i > 0 && g_.numeric_date_introducers.Has(Key(i - 1))) &&
        !g_.weekend_words.Has(Key(at)) && !said) {
      return false;
    }
    *p = Point();
    if (year > 0) {
      *p = DayPoint(HolidayDate(*rule, year));
      p->year_given = true;
      at = year_at + 1;
    } else if (ref_) {
      const int64_t ref = DaysFromCivil(*ref_);
      int64_t best = -1;
      for (int y = ref_->year - 1; y <= ref_->year + 1; ++y) {
        const CivilDate date = HolidayDate(*rule, y);
        const int64_t d = std::llabs(DaysFromCivil(date) - ref);
        if (best < 0 || d < best) {
          *p = DayPoint(date);
          best = d;
        }
      }
    } else if (!rule->from_easter && rule->weekday < 0) {
      p->month = rule->month;  // "XXXX-12-25"
      p->day = rule->day;
    }
    *end = at;
    // "Labor Day weekend", "Halloween weekend 2021", "Thanksgiving 2023
    // weekend": the weekend it makes.
    if (g_.weekend_words.Has(Key(at)) && p->day != 0) {
      *end = at + 1;
      if (year < 0 && YearAt(t_, at + 1) > 0) {
        *p = DayPoint(HolidayDate(*rule, YearAt(t_, at + 1)));
        p->year_given = true;
        *end = at + 2;
      }
      if (p->year != 0) *p = WeekendOf(*p);
    }
    return true;
  }
  // The weekend nearest a day: that of its week, the one before for a
  // Monday or Tuesday ("Labor Day weekend" ends on the holiday).
  static Point WeekendOf(const Point& day) {
    CivilDate date{day.year, day.month, day.day};
    const int weekday = Weekday(date);
    if (weekday <= 1) date = AddDays(date, -(weekday + 1));
    Point p = DayPoint(date);
    p.grain = Grain::kWeek;
    p.year_given = day.year_given;
    p.value = FormatPoint(p) + "-WE";
    return p;
  }
  // "the weekend of Halloween", "weekend of Thanksgiving 2023".
  bool WeekendOfHoliday(size_t i, size_t* end, Point* p) const {
    size_t at = g_.period_articles.Has(Key(i)) ? i + 1 : i;
    if (!g_.weekend_words.Has(Key(at)) || !g_.edge_links.Has(Key(at + 1))) return false;
    Point day;
    size_t day_end = 0;
    // (lower case, the weekend says it is the holiday: "weekend of halloween")
    if (!g_.holiday_phrases.Match(t_, at + 2) || !Holiday(at + 2, &day_end, &day, true) ||
        day.grain != Grain::kDay || day.year == 0) {
      return false;
    }
    *p = WeekendOf(day);
    *end = day_end;
    return true;
  }

  // The rule of the holiday named at i, and its length in tokens.
  const HolidayRule* HolidayRuleAt(size_t i, size_t* length) const {
    const size_t k = g_.holiday_phrases.Match(t_, i);
    if (k == 0 || !IsWord(i)) return nullptr;
    std::string phrase = Key(i);
    for (size_t j = 1; j < k; ++j) phrase += " " + Key(i + j);
    *length = k;
    return Find(g_.holidays, phrase);
  }

  // "last Easter", "next Christmas": the one before or after the
  // reference.
  bool DirectedHoliday(size_t i, size_t* end, Point* p) const {
    const int direction = DirectionAt(i);
    if (direction == 0 || !ref_) return false;
    const size_t k = g_.holiday_phrases.Match(t_, i + 1);
    if (k == 0) return false;
    std::string phrase = Key(i + 1);
    for (size_t j = 1; j < k; ++j) phrase += " " + Key(i + 1 + j);
    const HolidayRule* rule = Find(g_.holidays, phrase);
    if (rule == nullptr) return false;
    const int64_t ref = DaysFromCivil(*ref_);
    for (int step = 0; step <= 1; ++step) {
      const CivilDate date = HolidayDate(*rule, ref_->year + direction * step);
      const int64_t d = DaysFromCivil(date);
      if ((direction > 0 && d > ref) || (direction < 0 && d < ref)) {
        *p = DayPoint(date);
        p->year_given = true;
        *end = i + 1 + k;
        return true;
      }
    }
    return false;
  }

  // A year in words after "in" or "year": "in two thousand and twenty".
  bool YearWordsAlone(size_t i, size_t* end, Point* p) const {
    if (i == 0 || !g_.strong_year_introducers.Has(Key(i - 1))) return false;
    size_t next = 0;
    const int year = YearInWords(i, &next);
    if (year < 1000) return false;
    // "in two thousand cases": a count
    if (IsWord(next) && !Capitalized(next) && !g_.words_after_year.Has(Key(next))) return false;
    *p = Point();
    p->year = year;
    p->year_given = true;
    p->grain = Grain::kYear;
    *end = next;
    return true;
  }

  // A year part written "q3", "H2" ("2017-q1" gives the piece "q1"): its
  // TIMEX3 letter and number.
  bool YearPartCode(const std::string& key, const char** letter, int* number) const {
    if (key.size() != 2 || !IsAsciiDigit(key[1])) return false;
    const char* const* code = Find(g_.year_part_letters, key.substr(0, 1));
    if (code == nullptr) return false;
    *number = key[1] - '0';
    *letter = *code;
    return *number >= 1 && *number <= (std::string_view(*code) == "H" ? 2 : 4);
  }
  // "Q3 2016", "2016 Q3", "2017-q1", "q1 of 2017", "Q3 this year", "Q3",
  // "this quarter", "last quarter".
  bool YearPartCoded(size_t i, size_t* end, Point* p) const {
    if (g_.year_part_letters.empty()) return false;
    const char* letter = nullptr;
    int number = 0, year = 0;
    size_t at = i;
    if (YearAt(t_, i) > 0) {  // "2016 Q3", "2017-q1"
      year = YearAt(t_, i);
      at = i + 1;
      if (IsChar(t_, at, '-') && Glued(t_, at) && Glued(t_, at + 1)) ++at;
      if (!IsWord(at) || !YearPartCode(Key(at), &letter, &number)) return false;
      *end = at + 1;
    } else if (IsWord(i) && YearPartCode(Key(i), &letter, &number)) {
      at = i + 1;
      size_t year_at = g_.edge_links.Has(Key(at)) ? at + 1 : at;
      // "q1-2019"
      if (IsChar(t_, at, '-') && Glued(t_, at) && Glued(t_, at + 1)) year_at = at + 1;
      Point period;
      size_t period_end = 0;
      if (YearAt(t_, year_at) > 0) {
        year = YearAt(t_, year_at);
        *end = year_at + 1;
      } else if (RelativePeriod(year_at, &period_end, &period) &&
                 period.grain == Grain::kYear && period.value.empty()) {
        year = period.year;  // "Q3 this year"
        *end = period_end;
      } else if (std::string_view(letter) == "Q" && Capitalized(i)) {
        year = ref_ ? ref_->year : 0;  // "Q3" alone (without a reference, "XXXX-Q3")
        *end = at;
      } else {
        return false;
      }
    } else {
      // "this quarter", "last quarter", "next quarter"
      int direction = 0;
      if (g_.this_words.Has(Key(at))) {
        ++at;
      } else if (DirectionAt(at) != 0) {
        direction = DirectionAt(at);
        ++at;
      } else {
        return false;
      }
      const char* const* part = Find(g_.year_parts, Key(at));
      if (part == nullptr || std::string_view(*part) != "Q" || !ref_) return false;
      const int index = (ref_->year * 4 + (ref_->month - 1) / 3) + direction;
      year = index / 4;
      number = index % 4 + 1;
      letter = *part;
      *end = at + 1;
    }
    *p = Point();
    p->grain = Grain::kMonth;
    p->value = (year ? Format("%04d-", year) : std::string("XXXX-")) + letter +
               std::to_string(number);
    p->year_given = true;
    return true;
  }

  // "le dernier trimestre", "le trimestre prochain", "ce trimestre": the
  // reference's quarter, or the one before or after; "le dernier
  // trimestre 2016" is that year's last. (Languages with coded parts,
  // "Q3", read "last quarter" in YearPartCoded.)
  bool RelativeQuarter(size_t i, size_t* end, Point* p) const {
    if (!ref_ || !g_.year_part_letters.empty()) return false;
    size_t at = i;
    if (g_.period_articles.Has(Key(at))) ++at;
    bool this_word = false;
    int direction = 0;
    if (g_.this_words.Has(Key(at))) {
      this_word = true;
      ++at;
    } else if (DirectionAt(at) != 0) {
      direction = DirectionAt(at);
      ++at;
    }
    const char* const* part = IsWord(at) ? Find(g_.year_parts, Key(at)) : nullptr;
    if (part == nullptr || std::string_view(*part) != "Q") return false;
    ++at;
    int year = 0, number = 0;
    const size_t year_at = g_.edge_links.Has(Key(at)) ? at + 1 : at;
    if (direction < 0 && YearAt(t_, year_at) > 0) {
      year = YearAt(t_, year_at);  // "au dernier trimestre 2016"
      number = 4;
      at = year_at + 1;
    } else {
      if (!this_word && direction == 0) {
        direction = DirectionAt(at);  // "le trimestre dernier"
        if (direction == 0) return false;
        ++at;
      }
      const int index = ref_->year * 4 + (ref_->month - 1) / 3 + direction;
      year = index / 4;
      number = index % 4 + 1;
    }
    *p = Point();
    p->grain = Grain::kMonth;
    p->value = Format("%04d-Q%d", year, number);
    p->year_given = true;
    *end = at;
    return true;
  }

  // "next week Sunday", "this week on Friday", "previous week - Monday".
  bool WeekThenWeekday(size_t i, size_t* end, Point* p) const {
    Point week;
    size_t at = 0;
    if (!ref_ || !RelativePeriod(i, &at, &week) || week.grain != Grain::kWeek ||
        !week.value.empty()) {
      return false;
    }
    if (g_.numeric_date_introducers.Has(Key(at)) || IsChar(t_, at, '-')) ++at;
    const int weekday = WeekdayAt(at, true);
    if (weekday < 0) return false;
    const CivilDate day{week.year, week.month, week.day};
    *p = DayPoint(AddDays(day, weekday - Weekday(day)));
    *end = at + 1;
    return true;
  }

  // The ordinal that counts a weekday or a unit ("the first", "third",
  // "3rd", "le dernier": -1), with *next after it; 0 when there is none.
  // Digits take at most `max_digits`.
  int LeadingOrdinal(size_t at, int max_digits, size_t* next) const {
    const int* word = IsWord(at) ? Find(g_.ordinal_words, Key(at)) : nullptr;
    if (word == nullptr && IsWord(at)) word = Find(g_.day_ordinal_words, Key(at));
    if (word != nullptr) {
      *next = at + 1;
      return *word;
    }
    if (DirectionAt(at) < 0) {
      *next = at + 1;
      return -1;
    }
    const int number = PlainNumber(t_, at, max_digits);
    if (number > 0 && Glued(t_, at + 1) && g_.day_suffixes.Has(Key(at + 1))) {
      *next = at + 2;
      return number;
    }
    return 0;
  }

  // "the first Friday of July", "the second Monday of next month", "the
  // last Sunday of March 2016".
  bool NthWeekday(size_t i, size_t* end, Point* p) const {
    size_t at = i;
    if (g_.articles.Has(Key(at))) ++at;
    const int ordinal = LeadingOrdinal(at, 1, &at);
    if (ordinal == 0 || ordinal > 5) return false;  // a month has five of a weekday at most
    const int weekday = WeekdayAt(at, false);
    if (weekday < 0 || !g_.edge_links.Has(Key(at + 1))) return false;
    Point month;
    size_t month_end = 0;
    if (!DateTimeAt(at + 2, &month_end, &month) || month.grain != Grain::kMonth ||
        !month.value.empty() || month.year == 0) {
      return false;
    }
    const CivilDate first{month.year, month.month, 1};
    CivilDate day;
    if (ordinal > 0) {
      day = AddDays(first, (weekday - Weekday(first) + 7) % 7 + 7 * (ordinal - 1));
      if (day.month != month.month) return false;
    } else {
      const CivilDate last{month.year, month.month, DaysInMonth(month.year, month.month)};
      day = AddDays(last, -((Weekday(last) - weekday + 7) % 7));
    }
    *p = DayPoint(day);
    p->year_given = month.year_given;
    *end = month_end;
    return true;
  }

  // "the first day of 2016", "the last day of next month", "the third
  // month of 2021", "le dernier jour de mars": a day or month counted in
  // a named year or month.
  bool NthDayOrMonthOf(size_t i, size_t* end, Point* p) const {
    size_t at = i;
    if (g_.articles.Has(Key(at))) ++at;
    const int ordinal = LeadingOrdinal(at, 3, &at);  // -1: the last
    if (ordinal == 0) return false;
    // One day, not several: "les derniers jours de juillet" is no 31 July.
    if (PluralOf(g_.unit_words, Key(at))) return false;
    const TimeUnit* unit = IsWord(at) ? Find(g_.unit_words, Key(at)) : nullptr;
    if (unit == nullptr || (*unit != TimeUnit::kDay && *unit != TimeUnit::kMonth) ||
        !g_.edge_links.Has(Key(at + 1))) {
      return false;
    }
    Point period;
    size_t period_end = 0;
    if (!DateTimeAt(at + 2, &period_end, &period) || !period.value.empty() ||
        period.year <= 0 || period.HasTime() ||
        (period.grain != Grain::kYear && period.grain != Grain::kMonth) ||
        (*unit == TimeUnit::kMonth && period.grain != Grain::kYear)) {
      return false;
    }
    if (*unit == TimeUnit::kMonth) {  // "the third month of 2021"
      const int month = ordinal < 0 ? 12 : ordinal;
      if (month > 12) return false;
      *p = Point();
      p->year = period.year;
      p->month = month;
      p->grain = Grain::kMonth;
    } else if (period.grain == Grain::kMonth) {  // "the last day of March"
      const int days = DaysInMonth(period.year, period.month);
      const int day = ordinal < 0 ? days : ordinal;
      if (day > days) return false;
      *p = DayPoint({period.year, period.month, day});
    } else {  // "the 100th day of 2016"
      const int days = DaysInMonth(period.year, 2) == 29 ? 366 : 365;
      const int day = ordinal < 0 ? days : ordinal;
      if (day > days) return false;
      *p = DayPoint(AddDays({period.year, 1, 1}, day - 1));
    }
    p->year_given = period.year_given;
    *end = period_end;
    return true;
  }

  // A day of a month named relative to the reference: "the 20th of next
  // month", "22 this month", "le 15 du mois prochain", "le 4 de ce mois".
  bool DayOfRelativeMonth(size_t i, size_t* end, Point* p) const {
    size_t at = i;
    if (g_.articles.Has(Key(at))) ++at;
    size_t next = 0;
    const int day = DayAt(at, &next);
    if (day == 0) return false;
    at = next;
    if (const TimeUnit* unit = UnitAt(at); unit && *unit == TimeUnit::kDay &&
        LastChar(Key(at)) != 's' && g_.edge_links.Has(Key(at + 1))) {
      ++at;  // "the 15th day of next month"
    }
    const bool linked = g_.edge_links.Has(Key(at));
    if (linked) ++at;
    // Without "of"/"du", only "this month" and a singular "le 23 mois
    // prochain": "12 mois prochains" is a count.
    if (!linked && !g_.this_words.Has(Key(at)) && !SingularDirectionAt(at + 1)) return false;
    Point month;
    size_t month_end = 0;
    if (!RelativePeriod(at, &month_end, &month) || month.grain != Grain::kMonth ||
        !month.value.empty()) {
      return false;
    }
    *p = Point();
    p->day = day;
    if (ref_) {
      if (day > DaysInMonth(month.year, month.month)) return false;
      *p = DayPoint({month.year, month.month, day});
    }
    *end = month_end;
    return true;
  }

  // "next June", "last Sept", "this May", "June next year".
  bool DirectedMonth(size_t i, size_t* end, Point* p) const {
    int direction = DirectionAt(i);
    const bool this_month = g_.this_words.Has(Key(i));
    if (direction != 0 || this_month) {
      const int month = MonthAt(i + 1, true);
      if (month == 0) return false;
      *p = Point();
      p->grain = Grain::kMonth;
      p->month = month;
      if (ref_) {
        p->year = ref_->year;
        if (direction > 0 && month <= ref_->month) ++p->year;
        if (direction < 0 && month >= ref_->month) --p->year;
      }
      *end = i + 2;
      return true;
    }
    const int month = MonthAt(i, false);
    Point year;
    size_t year_end = 0;
    if (month == 0 || !ref_ || !RelativePeriod(i + 1, &year_end, &year) ||
        year.grain != Grain::kYear || !year.value.empty()) {
      return false;
    }
    *p = Point();
    p->grain = Grain::kMonth;
    p->month = month;
    p->year = year.year;
    *end = year_end;
    return true;
  }

  // "the week after next", "the year after next": two periods on.
  bool AfterNextPeriod(size_t i, size_t* end, Point* p) const {
    size_t at = i;
    if (g_.period_articles.Has(Key(at))) ++at;
    const bool weekend = g_.weekend_words.Has(Key(at));
    const TimeUnit* unit = IsWord(at) ? Find(g_.unit_words, Key(at)) : nullptr;
    if (!weekend && (unit == nullptr || *unit < TimeUnit::kWeek || *unit > TimeUnit::kYear)) {
      return false;
    }
    const size_t k = g_.after_next_words.Match(t_, at + 1);
    if (k == 0) return false;  // (without a reference: "XXXX-WXX")
    *p = PeriodPoint(weekend ? TimeUnit::kWeek : *unit, 2);
    if (weekend) p->value = FormatPoint(*p) + "-WE";
    *end = at + 1 + k;
    return true;
  }

  // "end of the day", "fin de la journée", "fin du jour" from its edge word
  // at i: the token past it, or 0.
  size_t EndOfTheDay(size_t i) const {
    const size_t k = g_.day_end_words.Match(t_, i);
    if (k == 0 || !g_.edge_words.Has(Key(i + k - 1))) return 0;
    size_t at = i + k;
    if (!g_.edge_links.Has(Key(at))) return 0;
    ++at;
    if (g_.period_articles.Has(Key(at))) ++at;
    const TimeUnit* unit = IsWord(at) ? Find(g_.unit_words, Key(at)) : nullptr;
    return unit && *unit == TimeUnit::kDay && LastChar(Key(at)) != 's' ? at + 1 : 0;
  }

  // The last minute of p's day (23:59), as TIMEX3 tools write a day's end.
  static void SetLastMinute(Point* p) {
    p->hour = 23;
    p->minute = 59;
    p->grain = Grain::kMinute;
    p->subtype = "time";
  }

  // "jours", "evenings": a plural in -s of a word of `table` (the plural
  // French and English share). "mois" is both, and is in the table itself.
  template <class Table>
  static bool PluralOf(const Table& table, const std::string& key) {
    return key.size() > 1 && LastChar(key) == 's' && table.count(key.substr(0, key.size() - 1)) != 0;
  }

  // "ago", "later", "plus tard", "from now" after an amount: -1 or 1, with
  // *at moved past it; 0 when there is none.
  int OffsetWordAfter(size_t* at) const {
    if (const size_t k = g_.past_offset_after.Match(t_, *at)) {
      *at += k;
      return -1;
    }
    if (const size_t k = g_.future_offset_after.Match(t_, *at)) {
      *at += k;
      return 1;
    }
    return 0;
  }

  // The end of the day a date names: "hier en fin de journée", "mardi à
  // la fin de la journée" (23:59 of that day, as below).
  bool DateDayEnd(size_t* end, Point* p) const {
    size_t at = *end;
    if (const size_t k = g_.day_part_introducers.Match(t_, at)) {
      at += k;
    } else if (g_.time_introducers.Has(Key(at))) {
      ++at;
    }
    if (g_.period_articles.Has(Key(at))) ++at;
    const size_t day_end = EndOfTheDay(at);
    if (day_end == 0) return false;
    SetLastMinute(p);
    *end = day_end;
    return true;
  }

  // "the end of the day", "end of tomorrow", "EOD": the day's last minute
  // (23:59, as TIMEX3 tools write it).
  bool DayEnd(size_t i, size_t* end, Point* p) const {
    const size_t k = g_.day_end_words.Match(t_, i);
    if (k == 0) return false;
    // "EOD" stands alone; an edge word ("end", "fin") needs a link and a day.
    const bool abbreviation = !g_.edge_words.Has(Key(i + k - 1));
    size_t at = i + k;
    if (!abbreviation) {  // "end" needs "of" and a day
      if (!g_.edge_links.Has(Key(at))) return false;
      ++at;
    }
    Point day;
    size_t day_end = 0;
    if (!abbreviation && EndOfTheDay(i) != 0) {
      // "at the end of the day" is mostly the idiom ("ultimately")
      size_t before = i;
      if (before > 0 && g_.period_articles.Has(Key(before - 1))) --before;
      if (g_.day_end_idiom_after_introducer && before > 0 &&
          g_.time_introducers.Has(Key(before - 1))) {
        return false;
      }
      SetDay(&day);  // "the end of the day"
      day_end = EndOfTheDay(i);
    } else if (!abbreviation && DatePhrase(at, &day_end, &day) && day.grain == Grain::kDay &&
               day.value.empty() && !day.HasTime()) {
      // "end of tomorrow", "end of this Sunday"
    } else if (abbreviation) {
      SetDay(&day);
      day_end = i + k;
    } else {
      return false;
    }
    *p = day;
    SetLastMinute(p);
    *end = day_end;
    return true;
  }

  // "the weekend", "on weekend": the reference's week's.
  bool PlainWeekend(size_t i, size_t* end, Point* p) const {
    size_t at = i;
    if (g_.period_articles.Has(Key(at))) ++at;
    else if (!(i > 0 && g_.numeric_date_introducers.Has(Key(i - 1)))) return false;
    if (!g_.weekend_words.Has(Key(at)) || !ref_) return false;
    *p = PeriodPoint(TimeUnit::kWeek, 0);
    p->value = FormatPoint(*p) + "-WE";
    *end = at + 1;
    return true;
  }

  // "hier", "aujourd'hui", "tomorrow".
  bool RelativeDay(size_t i, size_t* end, Point* p) const {
    const size_t k = g_.relative_day_phrases.Match(t_, i);
    if (k == 0) return false;
    std::string phrase = Key(i);  // "avant hier", "the day after tomorrow"
    for (size_t j = 1; j < k; ++j) phrase += " " + Key(i + j);
    const int* shift = Find(g_.relative_days, phrase);
    if (shift == nullptr) return false;
    *p = Point();
    if (ref_) *p = DayPoint(AddDays(*ref_, *shift));
    p->year_given = ref_.has_value();  // a range's other side keeps its year
    *end = i + k;
    return true;
  }

  // "la semaine prochaine", "le mois dernier", "l'an dernier", "cette
  // année", "next week".
  bool RelativePeriod(size_t i, size_t* end, Point* p) const {
    size_t at = i;
    if (g_.period_articles.Has(Key(at))) ++at;
    int direction = 0;
    bool anchored = false;
    const bool possessive = at == i && g_.current_possessives.Has(Key(at));
    const size_t within_current = at == i ? g_.current_period_phrases.Match(t_, at) : 0;
    if (within_current != 0) {
      anchored = true;  // "earlier in the week": this week
      at += within_current;
    } else if (g_.this_words.Has(Key(at)) || possessive) {
      anchored = true;  // "this week", "my week"
      ++at;
    } else if (DirectionAt(at) != 0) {
      direction = DirectionAt(at);
      anchored = true;
      ++at;
    }
    const bool weekend = g_.weekend_words.Has(Key(at));
    const TimeUnit* unit = IsWord(at) ? Find(g_.unit_words, Key(at)) : nullptr;
    // A plural ("ces dernières années") is no one period.
    if (unit && PluralOf(g_.unit_words, Key(at))) return false;
    if (!weekend && (unit == nullptr || *unit < TimeUnit::kWeek)) {
      return false;
    }
    // ("my year" is more often a good one than this one)
    if (possessive && !weekend && *unit != TimeUnit::kWeek) return false;
    ++at;
    // ("the week next year": "next" is the year's)
    if (!anchored && DirectionAt(at) != 0 && !UnitAt(at + 1)) {
      direction = DirectionAt(at);
      anchored = true;
      ++at;
    } else if (const size_t k = anchored ? 0 : g_.to_date_words.Match(t_, at);
               k != 0 && !(i > 0 && IsWord(i - 1) && !g_.year_introducers.Has(Key(i - 1)) &&
                           !g_.words_after_year.Has(Key(i - 1)))) {
      anchored = true;  // "year to date": this year, so far (not "the best year to date")
      at += k;
    }
    // "le week-end": this week's.
    if (!anchored && !(weekend && at >= i + 2 && g_.period_articles.Has(Key(i)))) {
      return false;
    }
    *p = PeriodPoint(weekend ? TimeUnit::kWeek : *unit, direction);
    if (!weekend && *unit == TimeUnit::kDecade) {  // "this decade" → 201X
      p->value = ref_ ? Format("%03dX", ref_->year / 10 + direction) : "XXXX";
    }
    if (weekend) {  // "ce week-end" → 2016-W12-WE (TIMEX3)
      p->value = FormatPoint(*p) + "-WE";
    }
    *end = at;
    return true;
  }

  // The word that places a weekday before it ("ce", "this", "last",
  // "prochain"): 1 and its direction, or 0. "ce vendredi", said on a
  // Monday, is this week's; English "next Friday" counts by weeks.
  size_t WeekdayQualifier(size_t at, int* direction, bool* by_week) const {
    if (g_.this_words.Has(Key(at))) {
      *direction = kThisWeek;
      return 1;
    }
    if (const int d = DirectionAt(at); d != 0) {
      *direction = d;
      *by_week = g_.week_before_weekday_words.Has(Key(at));
      return 1;
    }
    return 0;
  }

  // A weekday, maybe with "ce"/"dernier"/"prochain" and a day of month:
  // "Ce dimanche 27", "lundi dernier", "last Monday", "dimanche".
  bool WeekdayDate(size_t i, size_t* end, Point* p) const {
    size_t at = i;
    int direction = 0;
    bool by_week = false;
    if (const size_t k = WeekdayQualifier(at, &direction, &by_week)) {
      at += k;
    } else if (g_.articles.Has(Key(at))) {
      ++at;
    }
    const int weekday = WeekdayAt(at, false);
    const int abbreviated = weekday >= 0 ? weekday : WeekdayAt(at, true);
    if (abbreviated < 0) return false;
    ++at;
    if (IsChar(t_, at, '.') && Glued(t_, at) && weekday < 0) ++at;
    if (IsChar(t_, at, ',')) ++at;
    // With a full date after it, the weekday only belongs to the span.
    size_t date_end = 0;
    Point date;
    const bool named_date = DayMonth(at, &date_end, &date);
    const bool numeric_date = !named_date && NumericDate(at, &date_end, &date);
    if (named_date || numeric_date || CompactDate(at, &date_end, &date)) {
      *p = date;
      *end = date_end;
      // "SAT 12.11.2011" in English: the weekday settles an order both
      // numbers allow (12 November was the Saturday, 11 December not).
      if (numeric_date && !LeadingFourDigits(at) && p->day <= 12 && p->month != p->day &&
          Weekday({p->year, p->month, p->day}) != abbreviated &&
          Weekday({p->year, p->day, p->month}) == abbreviated) {
        std::swap(p->day, p->month);
      }
      return true;
    }
    size_t next = 0;
    Point time;
    size_t day_at = at;  // "Wednesday the thirty first", "Monday the 27th"
    if (g_.articles.Has(Key(at)) &&
        (DayOrdinalWord(at + 1, &next) ||
         (PlainNumber(t_, at + 1, 2) > 0 && Glued(t_, at + 2) &&
          g_.day_suffixes.Has(Key(at + 2))))) {
      day_at = at + 1;
    }
    int day = Time(day_at, &next, &time) ? 0 : DayAt(day_at, &next);
    // "Monday 8-9am", "Monday 7 to 9am": the number starts a range of times.
    if (day != 0 && next == day_at + 1) {
      size_t to = next;
      if (IsChar(t_, to, '-')) ++to;
      else to += g_.open_range_connectors.Match(t_, to);
      Point end_time;
      size_t end_time_end = 0;
      if (to > next && Time(to, &end_time_end, &end_time) && end_time.meridiem) day = 0;
    }
    if (day != 0 && WeekdayDayPoint(abbreviated, day, p)) {
      *end = next;
      return true;
    }
    // "mer", "Sun": too ambiguous alone, save capitalized after their
    // introducer ("on Fri", "ON FRI"; not "reported by Sun").
    const bool introduced_abbreviation = weekday < 0 && at == i + 1 && i > 0 &&
                                         Capitalized(i) &&
                                         g_.weekday_abbreviation_introducers.Has(Key(i - 1));
    if (weekday < 0 && !introduced_abbreviation) return false;
    if (introduced_abbreviation) {
      *p = WeekdayPoint(abbreviated, direction, by_week);
      *end = at;
      return true;
    }
    // "Friday of next week", "vendredi de la semaine prochaine"
    Point week;
    size_t week_end = 0;
    const size_t week_at = g_.edge_links.Has(Key(at)) ? at + 1 : at;
    if (ref_ && RelativePeriod(week_at, &week_end, &week) &&
        week.grain == Grain::kWeek && week.value.empty()) {
      const CivilDate day{week.year, week.month, week.day};
      *p = DayPoint(AddDays(day, weekday - Weekday(day)));
      *end = week_end;
      return true;
    }
    if ((direction == 0 || direction == kThisWeek) && DirectionAt(at) != 0) {
      direction = DirectionAt(at);
      ++at;
    }
    *p = WeekdayPoint(weekday, direction, by_week);
    // "dimanche" before the skipped comma: do not take the comma.
    size_t stop = at;
    while (stop > i && t_.tokens[stop - 1].kind == TokenKind::kPunct) --stop;
    *end = stop;
    return true;
  }

  // "Monday 3-8", "next Monday 6 to 8": a weekday then two bare numbers
  // that make no date on that weekday are a range of hours on it; an end
  // that would come first, after a morning start, is in the afternoon
  // ("Monday 11-4": 11:00-16:00).
  // (With am/pm, "Monday 8-11am", the range rules read them.)
  bool WeekdayHourRange(size_t i, Match* m) const {
    if (!ref_) return false;
    int direction = 0;
    bool by_week = false;
    const size_t at = i + WeekdayQualifier(i, &direction, &by_week);
    const int weekday = WeekdayAt(at, false);
    if (weekday < 0) return false;
    const size_t numbers = at + 1;
    const int from = PlainNumber(t_, numbers, 2);
    size_t to_at = numbers + 1;
    if (IsChar(t_, to_at, '-') || IsChar(t_, to_at, u'\u2013')) {
      ++to_at;
    } else if (size_t k = g_.open_range_connectors.Match(t_, to_at)) {
      to_at += k;
    } else {
      return false;
    }
    int to = PlainNumber(t_, to_at, 2);
    if (from < 0 || from > 23 || to < 0 || to > 23 || from == to) return false;
    const size_t stop = to_at + 1;
    if (Glued(t_, stop) && !IsChar(t_, stop, ',') && !IsChar(t_, stop, '.')) return false;
    if (g_.am_words.Match(t_, stop) || g_.pm_words.Match(t_, stop) || g_.hour_words.Match(t_, stop) ||
        UnitAt(stop) || IsChar(t_, stop, ':') || IsChar(t_, stop, '/')) {
      return false;
    }
    // A date on that very weekday ("Monday 3-7", 7 March a Monday) stays one.
    size_t date_end = 0;
    Point date;
    if ((CompactDate(numbers, &date_end, &date) || NumericDate(numbers, &date_end, &date)) &&
        date.year && date.month && date.day && Weekday({date.year, date.month, date.day}) == weekday) {
      return false;
    }
    // Not a score ("on Sunday 3-1", "Monday 1-3"): an end that comes
    // first needs a morning start, and small hours need a later end.
    if (to <= from && from >= 7 && to + 12 > from && to < 12) to += 12;
    if (to <= from || to < 6) return false;
    Point day = WeekdayPoint(weekday, direction, by_week);
    day.subtype = "time";
    day.grain = Grain::kHour;
    day.by_weekday = false;
    m->first = i;
    m->end = stop;
    m->point = day;
    m->point.hour = from;
    m->range_end = day;
    m->range_end->hour = to;
    return true;
  }

  // "début mars", "fin 2015", "en début de semaine", "early March".
  bool Edge(size_t i, size_t* end, Point* p) const {
    if (!g_.edge_words.Has(Key(i))) return false;
    size_t at = i + 1;
    if (g_.edge_links.Has(Key(at))) ++at;
    // "the end of the week", "fin de la semaine"
    if (g_.period_articles.Has(Key(at)) && at > i + 1) ++at;
    const TimeUnit* unit = IsWord(at) ? Find(g_.unit_words, Key(at)) : nullptr;
    // A period the unit word opens: "fin des années 1970", "fin du mois
    // d'août 2014" (not the reference's month).
    if (size_t named_end = 0; unit && Decade(at, &named_end, p)) {
      *end = named_end;
      return true;
    }
    if (unit && (*unit == TimeUnit::kMonth || *unit == TimeUnit::kYear)) {
      size_t k = at + 1;
      if (*unit == TimeUnit::kMonth && g_.edge_links.Has(Key(k))) ++k;  // "mois d'août"
      Point named;
      size_t named_end = 0;
      if ((CalendarOnly(k, &named_end, &named) || Year(k, &named_end, &named)) &&
          named.value.empty() &&
          named.grain == (*unit == TimeUnit::kMonth ? Grain::kMonth : Grain::kYear)) {
        *p = named;
        *end = named_end;
        return true;
      }
    }
    if (unit && *unit >= TimeUnit::kWeek && *unit <= TimeUnit::kYear) {
      *p = PeriodPoint(*unit, 0);
      *end = at + 1;
      if (DirectionAt(*end) != 0) {  // "fin de semaine prochaine"
        *p = PeriodPoint(*unit, DirectionAt(*end));
        ++*end;
      }
      return true;
    }
    size_t inner_end = 0;
    if (CalendarOnly(at, &inner_end, p) || Year(at, &inner_end, p) ||
        RelativePeriod(at, &inner_end, p)) {
      *end = inner_end;
      return true;
    }
    return false;
  }

  // Keeps the longest of several candidate parses ending at *end.
  struct LongestPoint {
    Point* best;
    size_t best_end = 0;
    void Consider(bool ok, size_t e, Point* q) {
      if (ok && e > best_end) {
        best_end = e;
        *best = std::move(*q);
      }
    }
    bool Done(size_t* end) const {
      if (best_end > 0) *end = best_end;
      return best_end > 0;
    }
  };

  // The calendar-date families, longest first wins.
  bool CalendarOnly(size_t i, size_t* end, Point* p) const {
    LongestPoint longest{p};
    // e by reference: it is read after the family in the first argument set it.
    auto consider = [&](bool ok, const size_t& e, Point& q) { longest.Consider(ok, e, &q); };
    size_t e = 0;
    Point q;
    consider(DayMonth(i, &e, &q), e, q);
    consider(MonthYear(i, &e, &q), e, q);
    consider(NumericDate(i, &e, &q), e, q);
    consider(SpacedNumericDate(i, &e, &q), e, q);
    consider(SpacedMonthYear(i, &e, &q), e, q);
    consider(CompactDate(i, &e, &q), e, q);
    consider(YearThenMonth(i, &e, &q), e, q);
    consider(Decade(i, &e, &q), e, q);
    consider(Century(i, &e, &q), e, q);
    consider(Season(i, &e, &q), e, q);
    consider(YearPart(i, &e, &q), e, q);
    return longest.Done(end);
  }

  // Any date at i, with its leading article: the longest of all families.
  bool DatePhrase(size_t i, size_t* end, Point* p) const {
    // Several rules ask at the same token (a date, then its range, its
    // part of day): each token is parsed once.
    return Memoized(phrase_memo_, i, end, p, &Parser::ParseDatePhrase);
  }
  bool ParseDatePhrase(size_t i, size_t* end, Point* p) const {
    LongestPoint longest{p};
    // e by reference: it is read after the family in the first argument set it.
    auto consider = [&](bool ok, const size_t& e, Point& q) { longest.Consider(ok, e, &q); };
    size_t e = 0;
    Point q;
    consider(CalendarOnly(i, &e, &q), e, q);
    if (g_.articles.Has(Key(i))) {
      Point r;
      size_t re = 0;
      if (DayMonth(i + 1, &re, &r) || NumericDate(i + 1, &re, &r) ||
          OrdinalDay(i + 1, &re, &r) || DayOfRelativeMonth(i + 1, &re, &r) ||
          SpacedNumericDate(i + 1, &re, &r)) {
        consider(true, re, r);
      }
    }
    consider(Year(i, &e, &q), e, q);
    consider(RelativeDay(i, &e, &q), e, q);
    consider(RelativePeriod(i, &e, &q), e, q);
    consider(WeekdayDate(i, &e, &q), e, q);
    consider(Edge(i, &e, &q), e, q);
    consider(Now(i, &e, &q), e, q);
    consider(YearPartCoded(i, &e, &q), e, q);
    consider(RelativeQuarter(i, &e, &q), e, q);
    consider(WeekThenWeekday(i, &e, &q), e, q);
    consider(NthWeekday(i, &e, &q), e, q);
    consider(NthDayOrMonthOf(i, &e, &q), e, q);
    consider(DayOfRelativeMonth(i, &e, &q), e, q);
    consider(DirectedMonth(i, &e, &q), e, q);
    consider(PlainWeekend(i, &e, &q), e, q);
    consider(AfterNextPeriod(i, &e, &q), e, q);
    consider(DirectedHoliday(i, &e, &q), e, q);
    consider(DayEnd(i, &e, &q), e, q);
    consider(YearWordsAlone(i, &e, &q), e, q);
    consider(EraYear(i, &e, &q), e, q);
    consider(Holiday(i, &e, &q), e, q);
    consider(WeekendOfHoliday(i, &e, &q), e, q);
    consider(BusinessDay(i, &e, &q), e, q);
    if (i > 0 && g_.numeric_date_introducers.Has(Key(i - 1))) {
      consider(OrdinalDay(i, &e, &q), e, q);  // "on 22nd"
    }
    return longest.Done(end);
  }

  // "the next business day", "last weekday": the nearest day from Monday
  // to Friday after or before the reference (not "the last weekday of
  // June", a day of that month).
  bool BusinessDay(size_t i, size_t* end, Point* p) const {
    if (!ref_) return false;
    const size_t at = g_.period_articles.Has(Key(i)) ? i + 1 : i;
    const int direction = DirectionAt(at);
    if (direction == 0) return false;
    const size_t k = g_.business_day_words.Match(t_, at + 1);
    if (k == 0 || g_.edge_links.Has(Key(at + 1 + k))) return false;
    CivilDate day = AddDays(*ref_, direction);
    while (Weekday(day) >= 5) day = AddDays(day, direction);  // 5, 6: Saturday, Sunday
    *p = DayPoint(day);
    p->year_given = true;
    *end = at + 1 + k;
    return true;
  }

  // ---- Times ----------------------------------------------------------------

  // "14 h 30", "14h", "8 heures du matin", "14:30", "2pm", "midi".
  // introduced: the caller knows a time must follow ("entre 17 et 18
  // heures"), as after "à".
  bool Time(size_t i, size_t* end, Point* p, bool introduced_here = false) const {
    // Several rules ask for a time at the same token (a date then its
    // time, a time then its set): each token is parsed once.
    if (!introduced_here) return Memoized(time_memo_, i, end, p, &Parser::TimeNotIntroduced);
    return ParseTime(i, end, p, true);
  }
  bool TimeNotIntroduced(size_t i, size_t* end, Point* p) const {
    return ParseTime(i, end, p, false);
  }
  bool ParseTime(size_t i, size_t* end, Point* p, bool introduced_here) const {
    if (ClockPhrase(i, end, p)) return true;
    int hour = -1, minute = -1;
    size_t at = i;
    bool meridiem = false;
    if (size_t named_end = 0; const int* named = NamedHourAt(i, &named_end)) {
      hour = *named;
      minute = 0;
      at = named_end;
    } else if (CompactTime(i, end, p)) {
      return true;
    } else {
      const bool introduced =
          introduced_here || (i > 0 && g_.time_introducers.Has(Key(i - 1)));
      hour = PlainNumber(t_, i, 2);
      bool digits = hour >= 0;
      // Minutes read without a colon ("8.30", "five-thirty", "one
      // thirty") make a time only with am/pm or an introducer.
      bool loose_minutes = false;
      if (!digits && DottedClock(i, &hour, &minute)) {
        digits = loose_minutes = true;
      }
      size_t hour_end = i + 1;
      if (!digits && IsWord(i)) {  // "vingt heures", "vingt-trois heures", "seven o'clock"
        const int word = AmountAt(i);
        hour = word > 0 ? word : -1;
        if (word == 0) loose_minutes = SpokenHourMinute(i, &hour, &minute);
        if (word == 20 && LinkedOne(i + 1)) {  // "vingt et une heures"
          hour = 21;
          hour_end = i + 3;
        }
      }
      if (hour < 0 || hour > 24) return false;
      at = hour_end;
      bool marked = false, word_marked = false, day_part = false;
      bool meridiem_or_zone = false;
      size_t next_minutes = 0;
      if (minute >= 0) {
        // "8.30", "five-thirty": the minutes are read
      } else if (!digits && SpokenMinutes(at, &minute, &at)) {
        loose_minutes = true;  // "one thirty p m"
      } else if (IsChar(t_, at, ':') && Glued(t_, at) && Glued(t_, at + 1)) {
        minute = PlainNumber(t_, at + 1, 2);
        if (minute < 0 || minute > 59 ||
            t_.tokens[at + 1].end - t_.tokens[at + 1].begin != 2) {
          return false;
        }
        at += 2;
        marked = true;
        if (IsChar(t_, at, ':') && Glued(t_, at) && Glued(t_, at + 1) &&
            PlainNumber(t_, at + 1, 2) >= 0) {
          at += 2;  // seconds: "20:00:24" (SPEC values stop at the minute)
        }
      } else if (size_t k = g_.hour_words.Match(t_, at)) {
        // "14h" is a time; "3 heures" may be a duration: it needs
        // minutes, "du soir" or an introducer ("à 3 heures").
        word_marked = !IsChar(t_, at, 'h');
        at += k;
        marked = true;
        const int m = PlainNumber(t_, at, 2);
        int delta = 0;
        size_t next = 0;
        if (m >= 0 && m <= 59 &&
            t_.tokens[at].end - t_.tokens[at].begin == 2) {
          minute = m;
          ++at;
          // "12h12:99s": not a time with seconds either.
          if (IsChar(t_, at, ':') && Glued(t_, at)) return false;
        } else if (MinutesAt(at, true, &delta, &next)) {
          // "sept heures dix", "huit heures moins le quart"
          if (!ApplyMinutes(delta, &hour, &minute)) return false;
          at = next;
        }
      } else if (int delta = 0; MinutesAt(at, false, &delta, &next_minutes)) {
        // "huit et demie", "8 et quart", "sept et demie heures"
        if (!ApplyMinutes(delta, &hour, &minute)) return false;
        at = next_minutes;
        marked = word_marked = true;
        if (size_t k = g_.hour_words.Match(t_, at)) at += k;
      } else if (size_t after = 0; IsWord(at) && !g_.minute_links.Has(Key(at)) &&
                 SpokenMinutesAt(at, hour, &minute, &after)) {
        at = after;  // "huit quarante du matin", "cinq trente dans la soirée"
        marked = word_marked = true;
      }
      bool oclock = false;  // "7 o'clock" is a time even alone
      if (digits && minute < 0 && !marked) {
        if (const size_t approximate_end = ApproximateHourEnd(at); approximate_end > at) {
          at = approximate_end;  // "11ish" is a time even alone
          marked = oclock = true;
        }
      }
      if (size_t k = g_.oclock_words.Match(t_, at)) {
        at += k;
        marked = word_marked = oclock = true;
      }
      size_t am = g_.am_words.Match(t_, at);
      size_t pm = am ? 0 : g_.pm_words.Match(t_, at);
      // "at 9a"; with minutes the clock says it is a time: "5:16p", "5h16p".
      if (!am && !pm && digits && (introduced || (minute >= 0 && marked)) &&
          Glued(t_, at) && hour <= 12) {
        am = g_.glued_am_words.Match(t_, at);
        pm = am ? 0 : g_.glued_pm_words.Match(t_, at);
      }
      size_t part_end = 0;
      if (am || pm) {
        // "20 du soir" says the hour twice (not "14PM"); "15 du matin"
        // contradicts it.
        // ("0:01 am" is one minute past midnight)
        if ((hour == 0 && (pm || minute < 0)) || (hour > 12 && (am || pm < 2 || hour > 23))) {
          return false;
        }
        const bool small_hours = pm && g_.night_pm_words.Match(t_, at) == pm &&
                                 (hour < 5 || hour == 12);
        if (pm && hour < 12 && !small_hours) hour += 12;
        if ((am || small_hours) && hour == 12) hour = 0;
        at += am + pm;
        marked = meridiem = true;
        // "8pm ce soir": a part of day that agrees only repeats it.
        int same = hour;
        if (TimeDayPart(at, true, &same, &part_end) && same == hour) at = part_end;
      } else if (TimeDayPart(at, marked || introduced, &hour, &part_end)) {
        // ("à huit ce soir": after "à", a bare hour takes "ce soir" too)
        at = part_end;  // "8 dans la soirée", "10 de la matinée"
        marked = true;
        day_part = true;
      }
      if (const size_t zone_end = TimeZoneEnd(at); zone_end > at) {
        at = zone_end;  // "12 h 26 UTC", "22 heures locales"
        marked = meridiem_or_zone = true;  // (a zone says it is a time)
      } else if (marked && ZoneAbbreviationAt(at)) {
        ++at;  // "10:30 JST", "9 a.m. ET"
      }
      if (loose_minutes && !marked) {
        // "at 2.30": not a price or a score ("at 2.30 dollars", "at 4.50%").
        const bool spoken_clock = g_.spoken_clock_alone && !digits && SpokenClockStands(i, at);
        if ((!introduced && !spoken_clock) || IsChar(t_, at, '%') ||
            (Glued(t_, at) && t_.tokens[at].kind != TokenKind::kPunct) ||
            (IsWord(at) && !Capitalized(at) && !g_.words_after_year.Has(Key(at)))) {
          return false;
        }
        marked = true;
      }
      if (!marked || hour > 23) return false;
      if (!digits && !word_marked && !meridiem && !loose_minutes && !day_part) {
        return false;  // "sept dans la matinée" is marked by its part
      }
      if (word_marked && minute < 0 && !am && !pm && !day_part && !introduced && !oclock &&
          !meridiem_or_zone) {
        return false;
      }
      // "à 6 heures de marche", "à 8 heures de Paris": a duration.
      if (word_marked && minute < 0 && !am && !pm && !day_part && !oclock &&
          g_.edge_links.Has(Key(at))) {
        return false;
      }
    }
    *p = Point();
    SetDay(p);
    // "midnight" alone: the nearest to the reference's time of day, the one
    // ending the day from noon on (a date said with it replaces this day).
    if (ref_minute_ >= 12 * 60 && at == i + 1 && g_.day_end_named_hours.Has(Key(i))) {
      *p = DayPoint(AddDays(*ref_, 1));
    }
    p->day_implied = true;
    p->meridiem = meridiem;
    p->hour = hour;
    p->minute = minute;
    p->grain = minute >= 0 ? Grain::kMinute : Grain::kHour;
    p->subtype = "time";
    *end = at;
    return true;
  }

  // A named hour ("noon", "midnight"), also split after the prefix "mid"
  // ("mid day") or with an approximate suffix ("noonish"); sets *next.
  const int* NamedHourAt(size_t i, size_t* next) const {
    if (!IsWord(i)) return nullptr;
    const std::string& key = Key(i);
    if (const int* named = Find(g_.named_hours, key)) {
      *next = i + 1;
      return named;
    }
    // "milieu de journée", "milieu du jour": a named hour of several words
    // (not "milieu du jour de l'an", the middle of another day).
    if (const size_t k = g_.named_hour_phrases.Match(t_, i);
        k > 1 && !g_.edge_links.Has(Key(i + k))) {
      std::string phrase = key;
      for (size_t j = 1; j < k; ++j) phrase += " " + Key(i + j);
      if (const int* named = Find(g_.named_hours, phrase)) {
        *next = i + k;
        return named;
      }
    }
    if (g_.edge_prefixes.Has(key) && IsWord(i + 1) && !Glued(t_, i + 1)) {
      if (const int* named = Find(g_.named_hours, key + Key(i + 1))) {
        *next = i + 2;
        return named;
      }
    }
    for (const std::string& suffix : g_.approximate_hour_suffix_list) {
      if (key.size() <= suffix.size() + 1 ||
          key.compare(key.size() - suffix.size(), suffix.size(), suffix) != 0) {
        continue;
      }
      size_t stem = key.size() - suffix.size();
      if (key[stem - 1] == '-') --stem;  // "noon-ish"
      if (const int* named = Find(g_.named_hours, key.substr(0, stem))) {
        *next = i + 1;
        return named;
      }
    }
    return nullptr;
  }
  // An approximate suffix after an hour in digits ("11ish", "11-ish"):
  // the token after it, or `at` when there is none.
  size_t ApproximateHourEnd(size_t at) const {
    size_t k = at;
    if (IsChar(t_, k, '-') && Glued(t_, k)) ++k;
    return Glued(t_, k) && g_.approximate_hour_suffixes.Has(Key(k)) ? k + 1 : at;
  }

  // "8.30" as a time of day: hours up to 23, two digits of minutes.
  bool DottedClock(size_t i, int* hour, int* minute) const {
    if (i >= n_ || t_.tokens[i].kind != TokenKind::kNumber) return false;
    const std::u32string_view c = t_.chars(i);
    const size_t dot = c.find(U'.');
    if (dot == std::u32string_view::npos || dot == 0 || dot > 2 ||
        c.size() != dot + 3) {
      return false;
    }
    int h = 0, m = 0;
    for (size_t k = 0; k < c.size(); ++k) {
      if (k == dot) continue;
      if (!IsAsciiDigit(c[k])) return false;
      (k < dot ? h : m) = (k < dot ? h : m) * 10 + int(c[k] - '0');
    }
    if (h > 23 || m > 59) return false;
    *hour = h;
    *minute = m;
    return true;
  }
  // Minutes in words after an hour in words: "thirty", "forty five".
  bool SpokenMinutes(size_t i, int* minute, size_t* next) const {
    if (!IsWord(i)) return false;
    size_t after = 0;
    const int m = AmountSpan(i, &after);
    if (m < 10 || m > 59 || Find(g_.vague_amounts, Key(after - 1))) return false;
    *minute = m;
    *next = after;
    return true;
  }
  // Whether an hour and minutes in words, tokens [i, at), stand alone as a
  // clock ("sept trente", "vingt-deux dix"): not inside a longer number
  // ("mille neuf cent quatre vingt") nor counting what follows ("sept
  // trente ans", "quatre vingt dix").
  bool SpokenClockStands(size_t i, size_t at) const {
    if (i > 0 && (AmountAt(i - 1) > 0 || t_.tokens[i - 1].kind == TokenKind::kNumber)) {
      return false;
    }
    if (!IsWord(at)) return true;
    return AmountAt(at) == 0 && UnitAt(at) == nullptr && !g_.number_links.Has(Key(at)) &&
           (Capitalized(at) || g_.words_after_year.Has(Key(at)));
  }
  // "five-thirty": an hour and its minutes in one hyphenated word.
  bool SpokenHourMinute(size_t i, int* hour, int* minute) const {
    if (!g_.hyphenated_spoken_clock) return false;
    const std::string& key = Key(i);
    const size_t dash = key.find('-');
    if (dash == std::string::npos) return false;
    const int* h = Find(g_.number_words, key.substr(0, dash));
    const int* m = Find(g_.number_words, key.substr(dash + 1));
    if (!h || !m || *h < 1 || *h > 12 || *m < 10 || *m > 59) return false;
    *hour = *h;
    *minute = *m;
    return true;
  }

  // "half past seven", "a quarter to five", "20 min past eight": minutes
  // counted from an hour.
  bool ClockPhrase(size_t i, size_t* end, Point* p) const {
    if (g_.hour_fractions.empty() || !IsWord(i + 1)) return false;
    size_t at = i;
    int minutes = 0;
    const int* fraction = IsWord(at) ? Find(g_.hour_fractions, Key(at)) : nullptr;
    if (fraction == nullptr && AmountAt(at) == 1 && IsWord(at) &&
        Find(g_.hour_fractions, Key(at + 1))) {
      fraction = Find(g_.hour_fractions, Key(++at));  // "a quarter"
    }
    if (fraction != nullptr) {
      minutes = *fraction;
      ++at;
    } else {
      size_t next = 0;
      minutes = AmountSpan(at, &next);
      if (minutes < 1 || minutes > 59) return false;
      at = next;
      const TimeUnit* unit = UnitAt(at);
      if (unit != nullptr && *unit == TimeUnit::kMinute) {
        ++at;
      } else if (!g_.past_hour_words.Has(Key(at)) || unit != nullptr) {
        return false;  // "10 past 9" reads; "5 to 6" is a range
      }
    }
    int sign = 0;
    if (g_.past_hour_words.Has(Key(at))) sign = 1;
    else if (g_.to_hour_words.Has(Key(at))) sign = -1;
    else return false;
    ++at;
    int hour = PlainNumber(t_, at, 2);
    if (hour < 0 && IsWord(at)) {
      const int* word = Find(g_.number_words, Key(at));
      hour = word && Key(at).size() > 1 ? *word : -1;
    }
    if (hour < 1 || hour > 12) return false;
    ++at;
    if (size_t k = g_.oclock_words.Match(t_, at)) at += k;
    const size_t am = g_.am_words.Match(t_, at);
    const size_t pm = am ? 0 : g_.pm_words.Match(t_, at);
    if (pm && hour < 12) hour += 12;
    if (am && hour == 12) hour = 0;
    at += am + pm;
    const int total = ((hour * 60 + sign * minutes) + 1440) % 1440;
    *p = Point();
    SetDay(p);
    p->day_implied = true;
    p->meridiem = am || pm;
    p->hour = total / 60;
    p->minute = total % 60;
    p->grain = Grain::kMinute;
    p->subtype = "time";
    *end = at;
    return true;
  }

  // Minutes after an hour: "dix", "et dix", "moins vingt-trois minutes",
  // "et demie", "moins le quart"; without an hour word before them, only
  // the fractions ("huit et demie"). *delta is negative after "moins".
  bool MinutesAt(size_t at, bool after_hour_word, int* delta, size_t* next) const {
    if (size_t k = g_.minute_fraction_phrases.Match(t_, at)) {
      std::string phrase = Key(at);
      for (size_t j = 1; j < k; ++j) phrase += " " + Key(at + j);
      if (const int* v = Find(g_.minute_fractions, phrase)) {
        *delta = *v;
        *next = at + k;
        return true;
      }
    }
    if (!after_hour_word) return false;
    int sign = 1;
    size_t k = at;
    if (g_.minute_links.Has(Key(k))) {
      ++k;
    } else if (g_.minus_words.Has(Key(k))) {
      sign = -1;
      ++k;
    }
    if (!IsWord(k)) return false;  // digits right after: the caller's rule
    const int amount = AmountAt(k);
    if (amount <= 0 || amount > 59) return false;
    ++k;
    const TimeUnit* unit = UnitAt(k);
    if (unit && *unit == TimeUnit::kMinute) {
      ++k;
    } else if (IsWord(k) && !Capitalized(k) && !g_.am_words.Match(t_, k) &&
               !g_.pm_words.Match(t_, k) && !g_.edge_links.Has(Key(k)) &&
               !g_.day_part_introducers.Has(Key(k))) {
      return false;  // "à 8 heures trois policiers": a count
    }
    *delta = sign * amount;
    *next = k;
    return true;
  }
  // Minutes said in words right after the hour, which only a part of
  // day or am/pm after them makes a time: "huit quarante du matin", "dix
  // quarante cinq am" ("sept trente" alone may be a count).
  bool SpokenMinutesAt(size_t at, int hour, int* minute, size_t* next) const {
    size_t after = 0;
    const int m = AmountSpan(at, &after);
    if (m < 1 || m > 59 || Find(g_.vague_amounts, Key(at))) return false;
    int h = hour;
    size_t part_end = 0;
    if (!g_.am_words.Match(t_, after) && !g_.pm_words.Match(t_, after) &&
        !TimeDayPart(after, false, &h, &part_end)) {
      return false;
    }
    *minute = m;
    *next = after;
    return true;
  }
  // Sets the minutes (or, for "moins", the hour before) of a time.
  static bool ApplyMinutes(int delta, int* hour, int* minute) {
    if (delta >= 0) {
      *minute = delta;
      return true;
    }
    if (*hour == 0) return false;
    --*hour;
    *minute = 60 + delta;
    return true;
  }

  // Hours and minutes run together before "am"/"pm" ("340pm", "1140
  // a.m.") or parted by a dot ("6.13 AM").
  bool CompactTime(size_t i, size_t* end, Point* p) const {
    if (i >= n_ || t_.tokens[i].kind != TokenKind::kNumber) return false;
    const size_t am = g_.am_words.Match(t_, i + 1);
    const size_t pm = am ? 0 : g_.pm_words.Match(t_, i + 1);
    if (am + pm == 0) return false;
    int hour = -1, minute = -1;
    const std::u32string_view chars = t_.chars(i);
    const size_t dot = chars.find('.');
    if (dot != std::u32string_view::npos && dot <= 2 && chars.size() == dot + 3) {
      hour = minute = 0;
      for (size_t k = 0; k < chars.size(); ++k) {
        if (k == dot) continue;
        if (!IsAsciiDigit(chars[k])) return false;
        int& part = k < dot ? hour : minute;
        part = part * 10 + int(chars[k] - '0');
      }
    } else {
      const int n = PlainNumber(t_, i, 4);
      if (n < 0 || chars.size() < 3) return false;
      hour = n / 100;
      minute = n % 100;
    }
    if (hour < 1 || hour > 12 || minute > 59) return false;
    if (pm && hour < 12) hour += 12;
    if (am && hour == 12) hour = 0;
    *p = Point();
    SetDay(p);
    p->day_implied = true;
    p->hour = hour;
    p->minute = minute;
    p->grain = Grain::kMinute;
    p->subtype = "time";
    *end = i + 1 + am + pm;
    return true;
  }

  // "ce soir", "cette nuit", "tonight", "this morning".
  bool PartOfDay(size_t i, size_t* end, Point* p) const {
    if (const char* const* part = IsWord(i) ? Find(g_.tonight_words, Key(i)) : nullptr) {
      *p = Point();
      SetDay(p);
      p->part = *part;
      p->subtype = "time";
      *end = i + 1;
      return true;
    }
    if (!g_.this_words.Has(Key(i))) return false;
    const char* const* part = Find(g_.parts_of_day, Key(i + 1));
    if (part == nullptr) return false;
    *p = Point();
    SetDay(p);
    p->part = *part;
    p->subtype = "time";
    *end = i + 2;
    return true;
  }

  // ---- Parts of day ---------------------------------------------------------

  // A part-of-day word at i ("soir", "apres midi"): its TIMEX3 code, and
  // its length in tokens in *length; nullptr if none.
  const char* DayPartWordAt(size_t i, size_t* length) const {
    if (!IsWord(i)) return nullptr;
    const size_t k = g_.day_part_phrases.Match(t_, i);
    if (k == 0) return nullptr;
    std::string phrase = Key(i);
    for (size_t j = 1; j < k; ++j) phrase += " " + Key(i + j);
    const char* const* part = Find(g_.parts_of_day, phrase);
    if (part == nullptr) return nullptr;
    *length = k;
    return *part;
  }

  // A part of day with the words that lead it: "dans la soirée", "tôt le
  // matin", "fin d'après-midi", "cette nuit", "la nuit dernière".
  struct DayPartPhrase {
    const char* part = nullptr;
    size_t end = 0;
    int shift = 0;          // days from the reference ("la nuit dernière")
    bool anchored = false;  // "cette", "dernière": the text fixes the day
    bool led = false;       // an introducer, article or edge word leads it
    bool needs_day = false;  // "en soirée": only after a day ("mardi en soirée")
  };
  bool DayPartAt(size_t i, DayPartPhrase* d) const {
    *d = DayPartPhrase();
    size_t at = i;
    bool weak = false;
    if (size_t k = g_.day_part_introducers.Match(t_, at)) {
      weak = g_.weak_day_part_introducers.Match(t_, at) == k;
      at += k;  // "dans", "in the"
      d->led = true;
    }
    const size_t before_edge = at;
    if (g_.this_words.Has(Key(at))) {
      ++at;
      d->anchored = d->led = true;
    } else if (g_.day_part_articles.Has(Key(at))) {
      ++at;
      d->led = true;
    }
    if (!d->anchored && DirectionAt(at) != 0) {
      d->shift = DirectionAt(at);
      d->anchored = d->led = true;
      ++at;
    }
    if (g_.day_part_edges.Has(Key(at))) {
      ++at;  // "tôt le matin", "fin d'après-midi"
      d->led = true;
      if (g_.edge_links.Has(Key(at))) ++at;
      if (g_.day_part_articles.Has(Key(at))) ++at;
    }
    size_t k = 0;
    d->part = DayPartWordAt(at, &k);
    // "Le Matin", "Le Grand Soir": capitalized after its article, a title.
    if (d->part == nullptr || (at > i && Capitalized(at))) return false;
    // "en matinée" alone is as often a show ("joué en matinée"); "en fin de
    // matinée" is the time of day.
    d->needs_day = weak && at == before_edge;
    at += k;
    // "la nuit dernière"; not "la matinée suivant l'attaque" (a preposition)
    if (!d->anchored && DirectionAt(at) != 0 &&
        !g_.period_articles.Has(Key(at + 1))) {
      d->shift = DirectionAt(at);
      d->anchored = true;
      ++at;
    }
    d->end = at;
    return true;
  }

  // hour on the clock of a part of day ("8 dans la soirée" → 20), or -1
  // when it lies outside it ("15 du matin").
  static int HourInPart(int hour, std::string_view part) {
    if (part == "MO") return hour <= 12 ? hour : -1;
    if (part == "AF") return hour < 12 ? hour + 12 : (hour <= 18 ? hour : -1);
    if (part == "EV") return hour < 12 ? hour + 12 : hour;
    if (part == "NI") {
      if (hour >= 6 && hour < 12) return hour + 12;
      return hour <= 5 || hour >= 18 ? hour : -1;
    }
    return -1;
  }

  // A part of day after a time: "10 du matin", "8 dans la soirée", "11 de
  // la matinée", and after a time with its hour word, "20 heures ce soir".
  // Moves *hour onto the part's clock and *end past it.
  bool TimeDayPart(size_t at, bool hour_marked, int* hour, size_t* end) const {
    size_t k = at;
    if (g_.edge_links.Has(Key(k))) ++k;
    DayPartPhrase d;
    if (!DayPartAt(k, &d) || d.shift != 0) return false;
    if (d.anchored && !hour_marked) return false;  // "ils étaient 22 ce soir"
    if (k == at && !d.led) return false;
    const int h = HourInPart(*hour, d.part);
    if (h < 0) return false;
    *hour = h;
    *end = d.end;
    return true;
  }

  // A part of day of the reference day, of a day it names, or of the next
  // or previous one: "dans la soirée", "tôt le matin", "la nuit dernière",
  // "le matin du 7 mars", "la soirée de mardi", "nuit Mardi", "soir à 8".
  bool DayPart(size_t i, size_t* end, Point* p) const {
    DayPartPhrase d;
    if (!DayPartAt(i, &d) || d.needs_day) return false;
    *p = Point();
    if (ref_) *p = DayPoint(AddDays(*ref_, d.shift));
    p->part = d.part;
    p->subtype = "time";
    *end = d.end;
    // "in the evenings": a plural part recurs, as "every evening" does
    // (XXXX-XX-XXTEV).
    if (!d.anchored && d.shift == 0 && PluralOf(g_.parts_of_day, Key(d.end - 1))) {
      Point day;  // "mornings at 9": every day at that time, as "every night at 9"
      day.part = d.part;
      AddTime(end, &day);
      *p = Point();
      p->value = day.HasTime() ? Format("XXXX-XX-XXT%02d:%02d", day.hour, std::max(day.minute, 0))
                               : std::string("XXXX-XX-XXT") + d.part;
      p->grain = day.HasTime() ? day.grain : Grain::kDay;
      p->subtype = "set";
      return true;
    }
    if (!d.anchored) {
      // The day it belongs to: "le matin du 7 mars", "nuit Mardi"; "la nuit
      // de samedi à dimanche" is the range's.
      const size_t link = *end;
      // "in the morning on Tuesday", "in the afternoon, this Friday"
      const size_t date_at = g_.edge_links.Has(Key(link)) ||
                                     g_.numeric_date_introducers.Has(Key(link)) ||
                                     IsChar(t_, link, ',')
                                 ? link + 1
                                 : link;
      Point date;
      size_t date_end = 0;
      if (DatePhrase(date_at, &date_end, &date)) {
        auto connectors = g_.range_connectors.find(Key(link));
        const bool range =
            IsChar(t_, date_end, '-') ||
            g_.open_range_connectors.Match(t_, date_end) != 0 ||
            (connectors != g_.range_connectors.end() &&
             std::find(connectors->second.begin(), connectors->second.end(),
                       Key(date_end)) != connectors->second.end());
        if (range) return false;
        if (date.grain == Grain::kDay && date.value.empty() && !date.HasTime()) {
          date.part = d.part;
          date.subtype = "time";
          *p = date;
          *end = date_end;
          return true;
        }
      }
    }
    if (d.led) return true;
    // A bare part word is a time only with one after it: "soir à 8".
    const size_t before = *end;
    AddTime(end, p);
    return *end > before;
  }

  // A part of day after a date: "hier soir", "mardi dans la matinée",
  // "lundi prochain d'après-midi", "Mardi tôt le matin".
  bool DateDayPart(size_t* end, Point* p) const {
    size_t at = *end;
    if (IsChar(t_, at, ',') && g_.day_part_introducers.Match(t_, at + 1)) ++at;  // "Tuesday, in the morning"
    if (g_.edge_links.Has(Key(at))) ++at;
    // "Tuesday PM", "tomorrow am": a meridiem alone after a day is its
    // half ("a.m" after "Feb 5" is not an hour of it).
    if (at == *end && p->value.empty() && p->day && !p->HasTime()) {
      if (const char* const* half = Find(g_.meridiem_day_parts, Key(at))) {
        p->part = *half;
        p->subtype = "time";
        *end = at + 1;
        return true;
      }
    }
    DayPartPhrase d;
    if (!DayPartAt(at, &d) || d.anchored) return false;
    p->part = d.part;
    p->subtype = "time";
    *end = d.end;
    // "Tuesday afternoons": a plural part after a weekday recurs, as
    // "Tuesdays" does (XXXX-WXX-2TAF).
    if (p->by_weekday && p->year && PluralOf(g_.parts_of_day, Key(d.end - 1))) {
      p->value = Format("XXXX-WXX-%dT", Weekday({p->year, p->month, p->day}) + 1) + d.part;
      p->subtype = "set";
    }
    return true;
  }

  // A date, maybe with a time or part of day after it; or a time alone.
  // Ranges and plain dates both ask at the same token: the last answer is
  // kept.
  bool DateTimeAt(size_t i, size_t* end, Point* p) const {
    // Ranges ask one or two tokens ahead of the plain dates.
    return Memoized(memo_, i, end, p, &Parser::ParseDateTime);
  }

  bool ParseDateTime(size_t i, size_t* end, Point* p) const {
    if (DayPart(i, end, p) || PartOfDay(i, end, p)) {
      AddTime(end, p);
      return true;
    }
    if (!DatePhrase(i, end, p)) {
      if (!Time(i, end, p)) return false;
      // "14:15 05/31/2024", "8:23 AM, Jul 9", "20 h le 7 mars", and the
      // time stamps of embedded posts: "8:23 AM · Jul 9, 2016"
      size_t at = *end;
      if (IsChar(t_, at, ',') || StampSeparatorAt(at)) ++at;
      if ((g_.time_introducers.Has(Key(at)) || g_.numeric_date_introducers.Has(Key(at))) &&
          !g_.articles.Has(Key(at))) {
        ++at;  // "8pm on Sunday"
      }
      Point date;
      size_t date_end = 0;
      if (DatePhrase(at, &date_end, &date) && date.grain == Grain::kDay &&
          date.value.empty()) {
        int hour = p->hour;
        // "7:00 on next Sunday afternoon": the day's part places the hour.
        Point with_part = date;
        size_t part_end = date_end;
        if (DateDayPart(&part_end, &with_part) && with_part.value.empty() && with_part.part) {
          if (!p->meridiem) hour = HourInDayPart(hour, with_part.part);
          date_end = part_end;
        }
        date.hour = hour;
        date.minute = p->minute;
        date.grain = p->grain;
        date.meridiem = p->meridiem;
        date.subtype = "time";
        *p = date;
        *end = date_end;
      }
      return true;
    }
    if (p->grain != Grain::kDay || !p->value.empty()) return true;
    size_t at = *end;
    const size_t date_end = at;
    // ISO 8601 "2016-12-16T12:23:59"
    const bool iso = Key(at) == "t" && Glued(t_, at) && Glued(t_, at + 1);
    if (iso) ++at;
    // A clock glued to a numeric date by a colon or hyphen, as logs and
    // data write them: "05/31/2024:14:15", "06/Nov/2023:06:36:02".
    const bool glued_clock = !iso && at > 0 && t_.tokens[at - 1].kind == TokenKind::kNumber &&
                             (IsChar(t_, at, ':') || IsChar(t_, at, '-')) && Glued(t_, at) &&
                             Glued(t_, at + 1) && PlainNumber(t_, at + 1, 2) >= 0 &&
                             IsChar(t_, at + 2, ':') && Glued(t_, at + 2);
    if (glued_clock) ++at;
    if (IsChar(t_, at, ',')) ++at;
    // "6 jan 2017 - 6:37am": a spaced dash before a marked time
    const bool dashed = !glued_clock && IsChar(t_, at, '-') && !Glued(t_, at) && !Glued(t_, at + 1);
    if (dashed) ++at;
    bool phrase_introduced = false;  // "samedi, aux alentours de 23 heures"
    if (const size_t k = g_.time_introducers.Match(t_, at); k != 0) {
      at += k;
      phrase_introduced = k > 1;
    } else if (const size_t k2 = g_.day_part_introducers.Match(t_, at); k2 != 0) {
      size_t named_end = 0;
      if (NamedHourAt(at + k2, &named_end)) at += k2;  // "mardi en milieu de journée"
    }
    Point time;
    size_t time_end = 0;
    if (Time(at, &time_end, &time, phrase_introduced) &&
        (!dashed || time.minute >= 0 || time.meridiem)) {
      if (iso) time_end = AfterTimeZone(time_end);
      p->hour = time.hour;
      p->minute = time.minute;
      p->grain = time.grain;
      p->subtype = "time";
      *end = time_end;
      // "Wed Oct 26 15:50:06 2016": the year after a clock right after the
      // date, as logs and mail headers write it (not "March 3 at 10:00
      // 2000 people", nor after "at").
      const size_t after_year = time_end + 1;
      if (at == date_end && !p->year_given && p->month && p->day &&
          YearAt(t_, time_end) > 0 && !Glued(t_, time_end) &&
          p->day <= DaysInMonth(YearAt(t_, time_end), p->month) &&
          !(IsWord(after_year) && !Capitalized(after_year) &&
            !g_.words_after_year.Has(Key(after_year)))) {
        p->year = YearAt(t_, time_end);
        p->year_given = true;
        *end = time_end + 1;
      }
    } else if (DateDayPart(end, p)) {  // "hier soir", "dimanche matin"
      AddTime(end, p);  // "demain matin 11h"
    } else if (DateDayEnd(end, p)) {
    } else if (at > *end) {
      const size_t before = *end;
      AddTime(end, p);  // "Friday the 26th at 4": a bare hour after "at"
      if (*end > before) p->subtype = "time";
    }
    return true;
  }

  // Between the time and the date of a post's time stamp: "·", "•", "-".
  bool StampSeparatorAt(size_t at) const {
    return IsChar(t_, at, U'\u00b7') || IsChar(t_, at, U'\u2219') || IsChar(t_, at, U'\u2022') ||
           IsChar(t_, at, '-') || IsChar(t_, at, U'\u2013');
  }

  // Past an ISO 8601 zone glued to a time: "Z", "+02:00", "-0500" (SPEC
  // values are wall-clock times, so the zone is only part of the span).
  size_t AfterTimeZone(size_t at) const {
    if (!Glued(t_, at)) return at;
    if (Key(at) == "z") return at + 1;
    if ((IsChar(t_, at, '+') || IsChar(t_, at, '-')) && Glued(t_, at + 1) &&
        PlainNumber(t_, at + 1, 4) >= 0) {
      at += 2;
      if (IsChar(t_, at, ':') && Glued(t_, at) && PlainNumber(t_, at + 1, 2) >= 0) at += 2;
    }
    return at;
  }

  // An hour said without am/pm within a part of day: "tonight from 7",
  // "in the afternoon at 3" → 19, 15 ("at night at 2" stays 2).
  // The hour `hour` of `day` (a date, with or without its part of day).
  static Point HourOfDay(const Point& day, int hour) {
    Point p = day;
    p.part = nullptr;
    p.hour = hour;
    p.minute = 0;
    p.grain = Grain::kHour;
    p.subtype = "time";
    return p;
  }
  static int HourInDayPart(int hour, const char* part) {
    if (part == nullptr || hour >= 12) return hour;
    const std::string_view code(part);
    if (code == "EV" || code == "AF") return hour + 12;
    if (code == "NI" && hour >= 6) return hour + 12;
    return hour;
  }

  bool ZoneAbbreviationAt(size_t at) const {
    if (!IsWord(at) || !g_.zone_abbreviations.Has(Key(at))) return false;
    if (Key(at).size() > 2) return true;
    for (char32_t c : t_.chars(at)) {
      if (!IsUpper(c)) return false;
    }
    return true;
  }

  // The end of a time zone after a time ("UTC", "UTC-5", "(heure
  // locale)"), or at itself when there is none.
  size_t TimeZoneEnd(size_t at) const {
    const bool parenthesized = IsChar(t_, at, '(');
    size_t k = parenthesized ? at + 1 : at;
    size_t words = g_.time_zone_words.Match(t_, k);
    if (words == 0 && IsWord(k)) {  // "UTC-5" as one word
      const std::string& key = Key(k);
      const size_t sign = key.find_first_of("+-");
      if (sign != std::string::npos && sign + 1 < key.size() &&
          g_.time_zone_words.Has(key.substr(0, sign)) &&
          key.find_first_not_of("0123456789", sign + 1) == std::string::npos) {
        words = 1;
      }
    }
    if (words == 0) return at;
    k += words;
    if ((IsChar(t_, k, '+') || IsChar(t_, k, '-')) && Glued(t_, k) && Glued(t_, k + 1) &&
        PlainNumber(t_, k + 1, 2) >= 0) {
      k += 2;  // "UTC-5", "GMT+1"
    }
    if (parenthesized) {
      if (!IsChar(t_, k, ')')) return at;
      ++k;
    }
    return k;
  }

  // A time after a part of day: "ce soir à 20 h", "tonight 8pm".
  void AddTime(size_t* end, Point* p) const {
    size_t at = *end;
    // "le soir du mardi 17 janvier, vers 19 heures"
    if (IsChar(t_, at, ',') && g_.time_introducers.Has(Key(at + 1))) ++at;
    const size_t introducer = at;
    if (g_.time_introducers.Has(Key(at))) ++at;
    Point time;
    size_t time_end = 0;
    if (!Time(at, &time_end, &time)) {
      // "ce soir à 8", "tonight at 8": after a part of day and "à"/"at",
      // a bare hour is a time.
      int bare = PlainNumber(t_, at, 2);
      if (bare < 0 && at > introducer && IsWord(at) && Key(at).size() > 1) {
        const int* word = Find(g_.number_words, Key(at));  // "at seven"
        if (word != nullptr) bare = *word;
      }
      // Past 12 only within an afternoon, evening or night: "chaque nuit à 21".
      const bool late_part = p->part != nullptr && std::string_view(p->part) != "MO";
      if (at == introducer || bare < 1 || bare > (late_part ? 23 : 12) || UnitAt(at + 1) ||
          (IsWord(at + 1) && !Capitalized(at + 1) &&
           !g_.words_after_year.Has(Key(at + 1)))) {
        return;
      }
      time = Point();
      time.hour = bare;
      time.grain = Grain::kHour;
      time_end = at + 1;
    }
    int hour = time.hour;
    if (hour < 12 && !time.meridiem && p->part && (std::string_view(p->part) == "EV" ||
                                 std::string_view(p->part) == "AF")) {
      hour += 12;  // "ce soir à 8 heures"
    }
    if (hour >= 6 && hour < 12 && !time.meridiem && p->part &&
        std::string_view(p->part) == "NI") {
      hour += 12;  // "tonight at 9", not "at night at 2"
    }
    p->hour = hour;
    p->minute = time.minute;
    p->grain = time.grain;
    *end = time_end;
  }

  // Decades joined by a dash: "les années 1980-1990", "the 1980s-1990s".
  bool DecadeRange(size_t i, Match* m) const {
    if (!g_.decade_articles.Has(Key(i)) && !g_.decade_words.Has(Key(i)) && YearAt(t_, i) < 0) {
      return false;  // (most tokens: no decade starts there)
    }
    size_t end = 0;
    Point left;
    if (!Decade(i, &end, &left) || !IsChar(t_, end, '-') || !Glued(t_, end + 1)) return false;
    const int last = YearAt(t_, end + 1);
    const int first = std::atoi(left.value.c_str()) * 10;
    if (last <= first || last % 10 != 0 || left.value.size() != 4) return false;
    size_t stop = end + 2;
    if (Glued(t_, stop) && (Key(stop) == "s" || Key(stop) == "'s")) ++stop;  // "1990s"
    else if (Glued(t_, stop) && t_.tokens[stop].kind != TokenKind::kPunct) return false;
    m->first = i;
    m->end = stop;
    m->point = left;
    m->range_end = left;
    m->range_end->value = Format("%03dX", last / 10);
    return true;
  }

  // A day of month listed before the date that names its month: "les 9
  // et 10 juin" (9 June), "les 8, 10 et 12 mai 2018", "March 3 and 4" is
  // not one (its month comes first). Each day is its own mention; this is
  // the first, the others are found in turn.
  bool ListedDay(size_t i, Match* m) const {
    const int day = PlainNumber(t_, i, 2);
    if (day < 1 || day > 31 || (i > 0 && IsCurrency(i - 1))) return false;
    size_t at = i + 1;
    for (int listed = 0; listed < 8; ++listed) {
      const bool comma = IsChar(t_, at, ',');
      if (!comma && !g_.list_links.Has(Key(at))) return false;
      ++at;
      const int next = PlainNumber(t_, at, 2);
      if (next < 1 || next > 31) return false;
      Point date;
      size_t date_end = 0;
      if (!comma && DayMonth(at, &date_end, &date)) {
        if (date.month == 0 || date.day != next || date.HasTime() || !date.value.empty()) {
          return false;
        }
        Point p = date;
        p.day = day;
        if (ref_ || p.year) {
          if (day > DaysInMonth(p.year ? p.year : 2016, p.month)) return false;
        }
        m->first = i;
        m->end = i + 1;
        m->point = p;
        return true;
      }
      ++at;  // another day: "les 8, 10 et 12 mai"
    }
    return false;
  }

  // A time after an introducer of several words, left out of the span as
  // "à" is: "à partir de 20 heures", "aux alentours de 23 heures".
  bool TimeAfterPhrase(size_t i, Match* m) const {
    const size_t k = g_.time_introducers.Match(t_, i);
    if (k < 2) return false;  // one word: Time reads it
    size_t end = 0;
    Point p;
    if (!Time(i + k, &end, &p, true)) return false;
    m->first = i + k;
    m->end = end;
    m->point = p;
    return true;
  }

  bool DateTime(size_t i, Match* m) const {
    size_t end = 0;
    if (!DateTimeAt(i, &end, &m->point) && !Offset(i, &end, &m->point)) {
      return false;
    }
    // "le 2014-04-18 de 7 h à 20 h": a day, then a range of times on it.
    if (m->point.grain == Grain::kDay && m->point.value.empty() &&
        !m->point.HasTime()) {
      size_t at = end;
      if (IsChar(t_, at, ',')) ++at;
      // "December 12th at 4 - 6:30 pm"
      if (g_.time_introducers.Has(Key(at)) && !g_.articles.Has(Key(at))) ++at;
      Match times;
      if ((Range(at, &times) || TimeForDuration(at, &times)) && times.first == at &&
          times.point.HasTime() && times.range_end->HasTime()) {
        Point start = m->point, stop = m->point;
        for (auto [to, from] : {std::pair{&start, &times.point},
                                std::pair{&stop, &*times.range_end}}) {
          to->hour = from->meridiem ? from->hour : HourInDayPart(from->hour, m->point.part);
          to->minute = from->minute;
          to->grain = from->grain;
          to->subtype = "time";
        }
        m->first = i;
        m->end = times.end;
        m->point = start;
        m->range_end = stop;
        return true;
      }
    }
    size_t offset_end = 0;
    Point offset;
    if (Offset(i, &offset_end, &offset) && offset_end > end) {
      end = offset_end;
      m->point = offset;
    }
    m->first = i;
    m->end = end;
    return true;
  }

  // A shifted day and a weekday: "in 3 days on Friday", "Monday two weeks
  // from now", "3 weeks after Christmas on Friday": that weekday in the
  // week of the shifted day (the language's week: English weeks start on
  // Sunday, "Sunday 3 weeks after January 15th").
  bool WeekdayOfShiftedWeek(size_t i, Match* m) const {
    Point shifted;
    size_t shift_end = 0;
    int weekday = WeekdayAt(i, false);
    size_t end = 0;
    if (weekday >= 0) {
      size_t at = IsChar(t_, i + 1, ',') ? i + 2 : i + 1;
      if (!ShiftedDayAt(at, &shift_end, &shifted)) return false;
      end = shift_end;
    } else {
      // A shift starts with "in", "ago"'s kin, a quantifier or an amount: a
      // cheap test before parsing one at every token.
      size_t after_amount = 0;
      if (!g_.future_offset_before.Match(t_, i) && !g_.past_offset_before.Match(t_, i) &&
          !g_.duration_quantifiers.Match(t_, i) && AmountSpan(i, &after_amount) <= 0) {
        return false;
      }
      if (!ShiftedDayAt(i, &shift_end, &shifted) ||
          !g_.numeric_date_introducers.Has(Key(shift_end))) {
        return false;
      }
      weekday = WeekdayAt(shift_end + 1, false);
      // (a past shift before "on Monday" dates an anniversary: "died 200
      // years ago on Monday")
      if (weekday < 0 || (ref_ && DaysFromCivil({shifted.year, shifted.month, shifted.day}) <
                                      DaysFromCivil(*ref_))) {
        return false;
      }
      end = shift_end + 2;
    }
    const CivilDate day{shifted.year, shifted.month, shifted.day};
    const int first_day = g_.week_starts_on_sunday ? 6 : 0;  // 0 = Monday
    const int into_week = (Weekday(day) - first_day + 7) % 7;
    const CivilDate week_start = AddDays(day, -into_week);
    m->first = i;
    m->end = end;
    m->point = DayPoint(AddDays(week_start, (weekday - first_day + 7) % 7));
    m->point.year_given = shifted.year_given;
    m->range_end.reset();
    return true;
  }
  // A bare hour, a comma, then the part of day it is in: "10, tonight", "7,
  // this morning" (not in a list of numbers: "5, 7, tonight").
  bool HourCommaDayPart(size_t i, Match* m) const {
    const int hour = PlainNumber(t_, i, 2);
    if (hour < 1 || hour > 12 || !IsChar(t_, i + 1, ',') ||
        (i > 0 && (IsChar(t_, i - 1, ',') || t_.tokens[i - 1].kind == TokenKind::kNumber))) {
      return false;
    }
    Point day;
    size_t end = 0;
    if (!PartOfDay(i + 2, &end, &day) || day.part == nullptr || day.HasTime()) return false;
    // ... ending the clause ("the score was 3, tonight we play" is no time)
    if (end < n_ && t_.tokens[end].kind != TokenKind::kPunct) return false;
    // ... and an hour of that part: "le score était de 3, ce soir" is no
    // 15:00, the evening starts at 17.
    const int clock = HourInDayPart(hour, day.part);
    const std::string_view part(day.part);
    const bool in_part = part == "MO"   ? clock >= 4 && clock <= 12
                         : part == "AF" ? clock >= 12 && clock <= 18
                         : part == "EV" ? clock >= 17
                                        : clock >= 20 || clock <= 5;
    if (!in_part) return false;
    m->first = i;
    m->end = end;
    m->point = HourOfDay(day, clock);
    m->range_end.reset();
    return true;
  }
  // Two weekdays of a given week: "next week between Wednesday and
  // Friday", "last week from Friday to Sunday".
  bool WeekdaysOfWeek(size_t i, Match* m) const {
    Point week;
    size_t at = 0;
    if (!ref_ || !RelativePeriod(i, &at, &week) || week.grain != Grain::kWeek ||
        !week.value.empty()) {
      return false;
    }
    const auto connectors = g_.range_connectors.find(Key(at));
    if (connectors == g_.range_connectors.end()) return false;
    const int first = WeekdayAt(at + 1, true);
    if (first < 0 || std::find(connectors->second.begin(), connectors->second.end(),
                               Key(at + 2)) == connectors->second.end()) {
      return false;
    }
    const int last = WeekdayAt(at + 3, true);
    if (last < first) return false;
    const CivilDate day{week.year, week.month, week.day};
    const CivilDate monday = AddDays(day, -Weekday(day));
    m->first = i;
    m->end = at + 4;
    m->point = DayPoint(AddDays(monday, first));
    m->range_end = DayPoint(AddDays(monday, last));
    return true;
  }
  // Four-digit clocks in a range after its opener: "between 0730-0930",
  // "from 0800 to 1000" (one zero-padded at least: "between 1990 and
  // 2000" are years). An end before the start is in the afternoon
  // ("between 0930-0730" ends at 19:30).
  bool PaddedClockRange(size_t i, Match* m) const {
    const auto connectors = g_.range_connectors.find(Key(i));
    if (connectors == g_.range_connectors.end()) return false;
    const auto clock_at = [&](size_t k, int* minutes, bool* padded) {
      if (k >= n_ || t_.tokens[k].kind != TokenKind::kNumber ||
          t_.tokens[k].end - t_.tokens[k].begin != 4) {
        return false;
      }
      const int n = PlainNumber(t_, k, 4);
      *padded = t_.text.chars[t_.tokens[k].begin] == '0';
      *minutes = n / 100 * 60 + n % 100;
      return n >= 0 && n / 100 <= 23 && n % 100 <= 59;
    };
    int start = 0, stop = 0;
    bool padded_start = false, padded_stop = false;
    if (!clock_at(i + 1, &start, &padded_start)) return false;
    size_t k = i + 2;
    const bool dash = IsChar(t_, k, '-') && Glued(t_, k) && Glued(t_, k + 1);
    if (!dash && std::find(connectors->second.begin(), connectors->second.end(), Key(k)) ==
                     connectors->second.end()) {
      return false;
    }
    if (!clock_at(k + 1, &stop, &padded_stop) || !(padded_start || padded_stop)) return false;
    if (stop <= start && stop < 12 * 60) stop += 12 * 60;
    if (stop >= 24 * 60 || stop == start) return false;
    m->first = i;
    m->end = k + 2;
    m->point = Point();
    SetDay(&m->point);
    m->point.day_implied = true;
    m->point.hour = start / 60;
    m->point.minute = start % 60;
    m->point.grain = Grain::kMinute;
    m->point.subtype = "time";
    m->range_end = m->point;
    m->range_end->hour = stop / 60;
    m->range_end->minute = stop % 60;
    return true;
  }
  // A bare day of month with its article, ending the phrase after "on" or
  // "for": "went back for the 27.", "on the second!" (not "one of the 27",
  // "for the second time").
  bool BareDayEndingPhrase(size_t i, Match* m) const {
    if (i == 0 || !g_.articles.Has(Key(i)) || !g_.bare_day_introducers.Has(Key(i - 1))) {
      return false;
    }
    size_t next = 0;
    int day = PlainNumber(t_, i + 1, 2);
    if (day >= 1 && day <= 31) {
      next = i + 2;
    } else {
      day = DayOrdinalWord(i + 1, &next);
      if (day == 0) return false;
    }
    // Only a sentence's or a clause's punctuation may follow (not "the
    // 6-year-old", "the 27%"), nor a list of numbers ("15, 20 and 30").
    const bool closing = next < n_ && (IsChar(t_, next, '.') || IsChar(t_, next, '!') ||
                                       IsChar(t_, next, '?') || IsChar(t_, next, ',') ||
                                       IsChar(t_, next, ';') || IsChar(t_, next, ')'));
    if (next < n_ && (!closing || (IsChar(t_, next, '.') && Glued(t_, next + 1)) ||
                      (IsChar(t_, next, ',') && PlainNumber(t_, next + 1, 4) >= 0))) {
      return false;
    }
    m->first = i;
    m->end = next;
    m->point = NearestDayOfMonth(day);
    m->point.grain = Grain::kDay;
    m->range_end.reset();
    return true;
  }
  // A count of weekdays from the reference: "two Sundays from now" (the
  // second one after it), "three Fridays ago".
  bool CountedWeekdays(size_t i, Match* m) const {
    size_t at = 0;
    const int count = AmountSpan(i, &at);
    if (count < 1 || count > 52 || !IsWord(at)) return false;
    const std::string& key = Key(at);
    int weekday = WeekdayAt(at, false);
    if (weekday < 0 && LastChar(key) == 's' && (Capitalized(at) || !g_.names_needing_capital.Has(key))) {
      weekday = g_.names.WeekdayIndex(key.substr(0, key.size() - 1));  // "sundays"
    }
    if (weekday < 0) return false;
    size_t end = at + 1;
    const int sign = OffsetWordAfter(&end);
    if (sign == 0) return false;
    m->first = i;
    m->end = end;
    m->point = Point();
    m->point.grain = Grain::kDay;
    m->range_end.reset();
    if (!ref_) return true;  // "XXXX-XX-XX"
    const int today = Weekday(*ref_);
    int step = sign > 0 ? (weekday - today + 7) % 7 : -((today - weekday + 7) % 7);
    if (step == 0) step = 7 * sign;
    m->point = DayPoint(AddDays(*ref_, step + sign * 7 * (count - 1)));
    return true;
  }
  // A day shifted by an amount: "in 3 days", "two weeks from now", "3
  // weeks after Christmas".
  bool ShiftedDayAt(size_t at, size_t* end, Point* p) const {
    Match shift;
    if (ShiftFromDate(at, &shift) && !shift.range_end) {
      *p = shift.point;
      *end = shift.end;
    } else if (!Offset(at, end, p)) {
      return false;
    }
    return p->grain == Grain::kDay && p->value.empty() && p->year && p->month && p->day &&
           !p->HasTime();
  }

  // "two days after tomorrow", "3 weeks from Friday", "2 months before
  // 02/02": a count of units from a date.
  bool ShiftFromDate(size_t i, Match* m) const {
    size_t at = 0;
    // "more than 2 weeks after today"
    const size_t amount_at = i + g_.duration_quantifiers.Match(t_, i);
    int amount = AmountSpan(amount_at, &at);
    const TimeUnit* unit = amount > 0 ? CountedUnitAt(at, &amount) : nullptr;
    if (unit == nullptr) return false;
    ++at;
    int sign = 0;
    if (g_.shift_after_words.Has(Key(at))) sign = 1;
    else if (g_.shift_before_words.Has(Key(at))) sign = -1;
    else return false;
    ++at;
    Point anchor;
    size_t anchor_end = 0;
    if (!DateTimeAt(at, &anchor_end, &anchor) || !anchor.value.empty() ||
        anchor.grain < Grain::kDay || !anchor.year || !anchor.month || !anchor.day) {
      return false;
    }
    const CivilDate day{anchor.year, anchor.month, anchor.day};
    const int n = sign * amount;
    Point p = anchor;
    switch (*unit) {
      case TimeUnit::kDay: p = DayPoint(AddDays(day, n)); break;
      case TimeUnit::kWeek: p = DayPoint(AddDays(day, 7 * n)); break;
      case TimeUnit::kMonth: p = DayPoint(AddMonths(day, n)); break;
      case TimeUnit::kYear: p = DayPoint(AddMonths(day, 12 * n)); break;
      case TimeUnit::kDecade: p = DayPoint(AddMonths(day, 120 * n)); break;
      case TimeUnit::kSecond: return false;  // "3 seconds after Monday"
      case TimeUnit::kHour:
      case TimeUnit::kMinute: {
        if (!anchor.HasTime()) return false;
        const int minutes = anchor.hour * 60 + std::max(anchor.minute, 0) +
                            n * (*unit == TimeUnit::kHour ? 60 : 1);
        int days = minutes / 1440, rest = minutes % 1440;
        if (rest < 0) {
          rest += 1440;
          --days;
        }
        p = DayPoint(AddDays(day, days));
        p.hour = rest / 60;
        p.minute = rest % 60;
        p.grain = Grain::kMinute;
        p.subtype = "time";
        break;
      }
    }
    if (anchor.HasTime() && !p.HasTime()) {
      p.hour = anchor.hour;
      p.minute = anchor.minute;
      p.grain = anchor.grain;
      p.subtype = "time";
    }
    p.year_given = anchor.year_given;
    m->first = i;
    m->end = anchor_end;
    m->point = p;
    return true;
  }

  // Weeks counted in a month or year: "the last week of July", "the first
  // week of 2015", "3rd week of Jan", "week 31", "week 3 of 2027", and the
  // week around a day: "the week of April 10th". Weeks run Monday to
  // Sunday; the first of a month is the one holding its first day.
  bool WeekOf(size_t i, Match* m) const {
    size_t at = i;
    if (g_.period_articles.Has(Key(at))) ++at;
    int ordinal = 0;  // -1: the last
    const int* word = IsWord(at) ? Find(g_.ordinal_words, Key(at)) : nullptr;
    if (word == nullptr && IsWord(at)) word = Find(g_.day_ordinal_words, Key(at));
    if (word != nullptr && *word <= 5) {
      ordinal = *word;
      ++at;
    } else if (DirectionAt(at) < 0) {
      ordinal = -1;  // "the last week of July"
      ++at;
    } else if (PlainNumber(t_, at, 1) > 0 && Glued(t_, at + 1) &&
               g_.day_suffixes.Has(Key(at + 1))) {
      ordinal = PlainNumber(t_, at, 1);  // "3rd"
      at += 2;
    }
    const TimeUnit* unit = IsWord(at) ? Find(g_.unit_words, Key(at)) : nullptr;
    if (unit == nullptr || *unit != TimeUnit::kWeek || LastChar(Key(at)) == 's') return false;
    ++at;
    int number = 0;  // "week 31"
    if (ordinal == 0) {
      number = PlainNumber(t_, at, 2);
      if (number >= 1 && number <= 53) ++at;
      else number = 0;
    }
    size_t anchor_at = at;
    Point relative_year;
    size_t relative_end = 0;
    if (g_.edge_links.Has(Key(anchor_at))) {
      ++anchor_at;
    } else if (size_t k = ordinal == 0 && number == 0 ? g_.week_start_words.Match(t_, at) : 0) {
      anchor_at += k;  // "the week starting February 4"
    } else if (ordinal > 0 && RelativePeriod(at, &relative_end, &relative_year) &&
               relative_year.grain == Grain::kYear && relative_year.value.empty() &&
               relative_year.year) {
      anchor_at = at + 1;  // "the third week next year": anchored below
    } else if (ordinal != 0) {
      return false;
    }
    Point anchor;
    size_t anchor_end = 0;
    bool anchored = anchor_at > at && DateTimeAt(anchor_at, &anchor_end, &anchor) &&
                    anchor.value.empty() && anchor.year != 0;
    if (relative_end != 0) {  // "the third week next year"
      anchor = relative_year;
      anchor_end = relative_end;
      anchored = true;
    }
    Point start;
    if (number != 0 || (ordinal != 0 && anchored && anchor.grain == Grain::kYear)) {
      // An ISO week of a year.
      int year = anchored && anchor.grain == Grain::kYear ? anchor.year
                 : ref_ ? ref_->year : 0;
      if (year == 0 && (number == 0 || ref_)) return false;
      int week = number ? number : ordinal;
      if (ordinal < 0) {
        int week_year = 0;
        week = IsoWeek({year, 12, 28}, &week_year);
      }
      if (week > 53) return false;
      m->first = number ? i + (g_.period_articles.Has(Key(i)) ? 1 : 0) : i;
      m->end = anchored && anchor.grain == Grain::kYear ? anchor_end : at;
      m->point = Point();
      m->point.grain = Grain::kWeek;
      m->point.value = year ? Format("%04d-W%02d", year, week)
                            : Format("XXXX-W%02d", week);  // no reference
      return true;
    }
    if (!anchored) return false;
    CivilDate monday;
    if (ordinal == 0 && anchor.grain == Grain::kDay) {  // "the week of April 10th"
      const CivilDate day{anchor.year, anchor.month, anchor.day};
      monday = AddDays(day, -Weekday(day));
    } else if (ordinal != 0 && anchor.grain == Grain::kMonth) {
      const CivilDate first{anchor.year, anchor.month, 1};
      if (ordinal > 0) {
        monday = AddDays(first, 7 * (ordinal - 1) - Weekday(first));
      } else {
        const CivilDate last{anchor.year, anchor.month, DaysInMonth(anchor.year, anchor.month)};
        monday = AddDays(last, -Weekday(last));
      }
    } else {
      return false;
    }
    m->first = i;
    m->end = anchor_end;
    m->point = DayPoint(monday);
    m->range_end = DayPoint(AddDays(monday, 6));
    return true;
  }

  // A bare day of month, which a time makes a date: "le 17 à 20 h", "le
  // 17 de 14 h à 16 h", "le 17 entre 14h et 16h" ("le 17" alone is too
  // ambiguous: "le 7 a gagné").
  // Also after "on" ("on 15 at 8:00", "on 15, 8pm"), or after the time
  // ("8pm on the 15", TimeThenBareDay).
  bool BareDayWithTime(size_t i, Match* m) const {
    if (TimeThenBareDay(i, m)) return true;
    const bool article = g_.articles.Has(Key(i));
    if (!article && !(i > 0 && g_.numeric_date_introducers.Has(Key(i - 1)))) return false;
    const size_t day_at = article ? i + 1 : i;
    size_t next = 0;
    const int day = PlainNumber(t_, day_at, 2) > 0 ? DayAt(day_at, &next) : 0;
    if (day == 0) return false;
    const Point date = NearestDayOfMonth(day);
    const auto on_day = [&](const Point& time) {
      Point p = date;
      p.hour = time.hour;
      p.minute = time.minute;
      p.grain = time.grain;
      p.subtype = "time";
      return p;
    };
    Match times;
    if (Range(next, &times) && times.first == next && times.point.HasTime() &&
        times.range_end->HasTime()) {
      m->first = i;
      m->end = times.end;
      m->point = on_day(times.point);
      m->range_end = on_day(*times.range_end);
      return true;
    }
    // "le 17 de 14 à 16", "le 17 entre 14 et 16": bare hours after an
    // opener, the later one second.
    if (const auto connectors = g_.range_connectors.find(Key(next));
        connectors != g_.range_connectors.end()) {
      int left = 0, right = 0;
      const size_t link = next + 2;
      if (BareHour(next + 1, true, &left) &&
          std::find(connectors->second.begin(), connectors->second.end(), Key(link)) !=
              connectors->second.end() &&
          BareHour(link + 1, true, &right) && !MonthAt(link + 2, true) && left < right &&
          // (not a count: "le 17, entre 14 et 16 candidats")
          !(IsWord(link + 2) && !Capitalized(link + 2) &&
            !g_.words_after_year.Has(Key(link + 2)))) {
        Point from, to;
        from.hour = left;
        to.hour = right;
        from.minute = to.minute = 0;
        from.grain = to.grain = Grain::kHour;
        m->first = i;
        m->end = link + 2;
        m->point = on_day(from);
        m->range_end = on_day(to);
        return true;
      }
    }
    size_t at = next;
    if (g_.time_introducers.Has(Key(at)) || (!article && IsChar(t_, at, ','))) ++at;
    Point time;
    size_t time_end = 0;
    if (at == next || !Time(at, &time_end, &time)) return false;
    m->first = i;
    m->end = time_end;
    m->point = on_day(time);
    return true;
  }
  // "8pm on 15", "8pm on the 15": a time, then a bare day of month (not a
  // day and month: "8pm on 15 May" is a date's).
  bool TimeThenBareDay(size_t i, Match* m) const {
    if (!(PlainNumber(t_, i, 2) >= 0 || IsWord(i))) return false;
    Point time;
    size_t at = 0;
    if (!Time(i, &at, &time) || !time.day_implied || !g_.numeric_date_introducers.Has(Key(at))) {
      return false;
    }
    ++at;
    if (g_.articles.Has(Key(at))) ++at;
    size_t next = 0;
    const int day = PlainNumber(t_, at, 2) > 0 ? DayAt(at, &next) : 0;
    if (day == 0 || MonthAt(next, true) || IsChar(t_, next, '/') ||
        (IsChar(t_, next, '.') && Glued(t_, next + 1)) || IsChar(t_, next, '-') ||
        IsChar(t_, next, ':')) {
      return false;
    }
    // The day ends the phrase: not "10pm on the 3rd floor", "on 14 occasions".
    if (IsWord(next) && !Capitalized(next) && !g_.words_after_year.Has(Key(next))) return false;
    m->first = i;
    m->end = next;
    m->point = NearestDayOfMonth(day);
    m->point.hour = time.hour;
    m->point.minute = time.minute;
    m->point.grain = time.grain;
    m->point.subtype = "time";
    return true;
  }
  // A day of month alone: the nearest such day, this month or an adjacent
  // one ("XXXX-XX-15" without a reference).
  Point NearestDayOfMonth(int day) const {
    Point date;
    date.day = day;
    if (ref_) {  // the nearest such day, this month or an adjacent one
      const int64_t ref = DaysFromCivil(*ref_);
      int64_t best = -1;
      for (int k = -1; k <= 1; ++k) {
        const CivilDate month = AddMonths({ref_->year, ref_->month, 1}, k);
        if (day > DaysInMonth(month.year, month.month)) continue;
        const CivilDate d{month.year, month.month, day};
        const int64_t distance = std::llabs(DaysFromCivil(d) - ref);
        if (best < 0 || distance < best) {
          date = DayPoint(d);
          best = distance;
        }
      }
    }
    return date;
  }

  // "the rest of the week", "rest of this month": from the reference day
  // to the end of its week, month or year.
  bool RestOf(size_t i, Match* m) const {
    const size_t k = g_.rest_words.Match(t_, i);
    if (k == 0) return false;
    size_t at = i + k;
    if (g_.period_articles.Has(Key(at)) || g_.this_words.Has(Key(at)) ||
        g_.current_possessives.Has(Key(at))) {
      ++at;  // "the rest of the week", "rest of my week"
    }
    const TimeUnit* unit = IsWord(at) ? Find(g_.unit_words, Key(at)) : nullptr;
    if (unit == nullptr || *unit < TimeUnit::kDay || *unit > TimeUnit::kYear ||
        LastChar(Key(at)) == 's') {
      return false;
    }
    if (!ref_) {  // days not known without a reference: "XXXX-XX-XX"
      m->first = i;
      m->end = at + 1;
      m->point = Point();
      m->point.grain = Grain::kDay;
      m->range_end.reset();
      if (*unit != TimeUnit::kDay) m->range_end = m->point;
      return true;
    }
    if (*unit == TimeUnit::kDay && ref_minute_ >= 0) {
      // With the reference's time of day: from it to the day's last minute
      // (23:59, as the day's end is written).
      m->first = i;
      m->end = at + 1;
      m->point = ShiftedTime(0, Grain::kMinute);
      m->range_end = m->point;
      SetLastMinute(&*m->range_end);
      return true;
    }
    CivilDate last = *ref_;
    if (*unit == TimeUnit::kWeek) last = AddDays(*ref_, 6 - Weekday(*ref_));
    if (*unit == TimeUnit::kMonth) last.day = DaysInMonth(ref_->year, ref_->month);
    if (*unit == TimeUnit::kYear) last = {ref_->year, 12, 31};
    m->first = i;
    m->end = at + 1;
    m->point = DayPoint(*ref_);
    m->range_end.reset();
    if (*unit != TimeUnit::kDay) m->range_end = DayPoint(last);
    return true;
  }

  // Minutes in a duration of hours and minutes ("PT3H30M", "PT2.5H"), or -1.
  static int DurationMinutes(const std::string& value) {
    if (value.rfind("PT", 0) != 0) return -1;
    double total = 0, number = 0, scale = 0;
    for (size_t k = 2; k < value.size(); ++k) {
      const char c = value[k];
      if (IsAsciiDigit(c)) {
        number = number * 10 + (c - '0');
        if (scale) scale *= 10;
      } else if (c == '.') {
        scale = 1;
      } else if (c == 'H' || c == 'M') {
        total += (scale ? number / scale : number) * (c == 'H' ? 60 : 1);
        number = scale = 0;
      } else {
        return -1;
      }
    }
    return static_cast<int>(total + 0.5);
  }
  // A time and how long from it: "from 10 am for 3 hours", "from 9 for 2.5
  // hrs", "for 2 hours from 2pm" → the range of times.
  bool TimeForDuration(size_t i, Match* m) const {
    const bool opened = g_.range_connectors.count(Key(i)) != 0;
    auto time_at = [&](size_t at, size_t* end, Point* p) {
      if (Time(at, end, p)) return true;
      const int bare = PlainNumber(t_, at, 2);  // "from 9 for 2.5 hrs"
      if (bare < 1 || bare > 23 || UnitAt(at + 1) ||
          (IsWord(at + 1) && !g_.duration_introducers.Has(Key(at + 1)))) {
        return false;  // "from 9 for 2.5 hrs", "for 2 hours from 9."
      }
      *p = Point();
      SetDay(p);
      p->day_implied = true;
      p->hour = bare;
      p->grain = Grain::kHour;
      p->subtype = "time";
      *end = at + 1;
      return true;
    };
    Point start;
    Match length;
    size_t end = 0;
    if (opened && time_at(i + 1, &end, &start)) {
      if (!g_.duration_introducers.Has(Key(end))) return false;
      if (!(Duration(end, &length) || CompoundDuration(end, &length))) return false;
      Match longer;
      if (CompoundDuration(end, &longer) && longer.end > length.end) length = longer;
      end = length.end;
    } else if (g_.duration_introducers.Has(Key(i))) {
      if (!(Duration(i, &length) || CompoundDuration(i, &length))) return false;
      Match longer;
      if (CompoundDuration(i, &longer) && longer.end > length.end) length = longer;
      if (g_.range_connectors.count(Key(length.end)) == 0 ||
          !time_at(length.end + 1, &end, &start)) {
        return false;
      }
    } else {
      return false;
    }
    const int minutes = DurationMinutes(length.point.value);
    if (minutes <= 0 || minutes >= 24 * 60 || !start.HasTime()) return false;
    int total = start.hour * 60 + std::max(start.minute, 0) + minutes;
    Point stop = start;
    if (total >= 24 * 60 && ref_) {
      const CivilDate next = AddDays({start.year, start.month, start.day}, 1);
      stop.year = next.year;
      stop.month = next.month;
      stop.day = next.day;
    }
    total %= 24 * 60;
    stop.hour = total / 60;
    stop.minute = total % 60;
    stop.grain = Grain::kMinute;
    m->first = i;
    m->end = end;
    m->point = start;
    m->range_end = stop;
    return true;
  }

  // "within 5 days", "within the next 10 months": from the reference to
  // that many units later.
  bool Within(size_t i, Match* m) const {
    const size_t k = g_.within_words.Match(t_, i);
    if (k == 0) return false;
    size_t at = i + k;
    if (g_.period_articles.Has(Key(at))) ++at;
    if (DirectionAt(at) > 0) ++at;
    size_t unit_at = 0;
    const int amount = AmountSpan(at, &unit_at);
    const TimeUnit* unit = amount > 0 ? UnitAt(unit_at) : nullptr;
    if (unit == nullptr) return false;
    m->first = i;
    m->end = unit_at + 1;
    // "within 1 day and 5 hours", "within 2 days 1 hour 5 minutes": smaller
    // units after the first add up.
    double amounts[kTimeUnits] = {};
    amounts[int(*unit)] = amount;
    const TimeUnit* smallest = unit;
    for (int parts = 1; parts < 4; ++parts) {
      size_t k = m->end;
      if (IsChar(t_, k, ',')) ++k;
      if (g_.duration_links.Has(Key(k))) ++k;
      size_t next_unit_at = 0;
      const int more = AmountSpan(k, &next_unit_at);
      const TimeUnit* next_unit = more > 0 ? UnitAt(next_unit_at) : nullptr;
      if (next_unit == nullptr || *next_unit >= *smallest) break;
      amounts[int(*next_unit)] = more;
      smallest = next_unit;
      m->end = next_unit_at + 1;
    }
    if (!ref_) {  // no reference: an unknown day, as for "in 3 days"
      m->point = Point();
      m->range_end.reset();
      return true;
    }
    if (smallest != unit) {
      Point stop;
      if (!ShiftedByAmounts(amounts, 1, &stop)) return false;
      m->point = DayPoint(*ref_);
      if (stop.HasTime()) {
        m->point.hour = ref_minute_ / 60;
        m->point.minute = ref_minute_ % 60;
        m->point.grain = Grain::kMinute;
        m->point.subtype = "time";
      }
      m->range_end = stop;
      return true;
    }
    m->range_end = ShiftedDay(amount, *unit);
    m->point = DayPoint(*ref_);
    const bool sub_day = *unit < TimeUnit::kDay;
    if (sub_day && ref_minute_ < 0) {  // "within 5 minutes" of an unknown time
      m->range_end.reset();
    } else if (sub_day) {  // from the reference's time of day
      m->point.hour = ref_minute_ / 60;
      m->point.minute = ref_minute_ % 60;
      m->point.grain = m->range_end->grain;
      m->point.subtype = "time";
    }
    return true;
  }

  // Counts of business days, Monday to Friday: "in four business days",
  // "3 working days later" (a day); "the next 4 business days", "the
  // previous 4 business days", "within 5 business days" (the range of
  // them: TIMEX3 has no unit for them).
  bool BusinessDays(size_t i, Match* m) const {
    size_t at = i;
    int sign = 0;
    bool range = false, within = false;
    if (size_t k = g_.future_offset_before.Match(t_, at)) {
      sign = 1;
      at += k;
    } else if (size_t k2 = g_.within_words.Match(t_, at)) {
      sign = 1;
      range = within = true;
      at += k2;
    } else {
      if (g_.period_articles.Has(Key(at))) ++at;
      sign = DirectionAt(at);
      if (sign != 0) {
        range = true;
        ++at;
      }
    }
    size_t unit_at = 0;
    const int amount = AmountSpan(at, &unit_at);
    if (amount <= 0 || amount > 1000) return false;
    const size_t k = g_.business_day_words.Match(t_, unit_at);
    if (k == 0) return false;
    at = unit_at + k;
    if (sign == 0) sign = OffsetWordAfter(&at);
    if (sign == 0) return false;
    m->first = range && !within && g_.period_articles.Has(Key(i)) ? i + 1 : i;
    m->end = at;
    if (!ref_) {  // an unknown day, as for "in 3 days"
      m->point = Point();
      return true;
    }
    const CivilDate far = AddBusinessDays(*ref_, sign * amount);
    if (!range) {
      m->point = DayPoint(far);
      return true;
    }
    const CivilDate near = within ? *ref_ : AddBusinessDays(*ref_, sign);
    m->point = DayPoint(sign > 0 ? near : far);
    m->range_end = DayPoint(sign > 0 ? far : near);
    return true;
  }
  // date moved by n days from Monday to Friday (back for n < 0).
  static CivilDate AddBusinessDays(CivilDate date, int n) {
    const int step = n < 0 ? -1 : 1;
    for (int left = n < 0 ? -n : n; left > 0;) {
      date = AddDays(date, step);
      if (Weekday(date) < 5) --left;  // 5, 6: Saturday, Sunday
    }
    return date;
  }

  // "+15 minutes", "-2hr5min", "+2 months, 5 days": a sign before an amount
  // of time shifts the reference (the sign stands apart from what comes
  // before it: not "10-15 minutes", "UTC -5 hours").
  bool SignedShift(size_t i, Match* m) const {
    if (!ref_ || i == 0 || t_.tokens[i].kind != TokenKind::kNumber || !Glued(t_, i)) return false;
    const size_t sign_at = i - 1;
    const int sign = IsChar(t_, sign_at, '+') ? 1
                     : IsChar(t_, sign_at, '-') || IsChar(t_, sign_at, U'\u2212') ? -1
                                                                                  : 0;
    if (sign == 0 || Glued(t_, sign_at) ||
        (sign_at > 0 && g_.time_zone_words.Has(Key(sign_at - 1)))) {
      return false;
    }
    double amounts[kTimeUnits] = {};
    const TimeUnit* smallest = nullptr;
    size_t at = i;
    for (int parts = 0; parts < 4; ++parts) {
      size_t k = at;
      if (parts > 0 && (IsChar(t_, k, ',') || g_.duration_links.Has(Key(k)))) ++k;
      if (parts > 0 && IsChar(t_, k - 1, ',') && g_.duration_links.Has(Key(k))) ++k;
      size_t unit_at = 0;
      // Digits only: "+a few days" is no notation.
      const int amount =
          k < n_ && t_.tokens[k].kind == TokenKind::kNumber ? AmountSpan(k, &unit_at) : 0;
      const TimeUnit* unit = amount > 0 ? UnitAt(unit_at) : nullptr;
      if (unit == nullptr || (smallest && *unit >= *smallest)) break;
      amounts[int(*unit)] = amount;
      smallest = unit;
      at = unit_at + 1;
    }
    if (smallest == nullptr || !ShiftedByAmounts(amounts, sign, &m->point)) return false;
    m->first = sign_at;
    m->end = at;
    return true;
  }

  // "il y a trois jours", "three days ago", "dans 2 semaines", "in 3 days".
  bool Offset(size_t i, size_t* end, Point* p) const {
    int sign = 0;
    size_t at = i;
    bool in_before = false;
    if (size_t k = g_.past_offset_before.Match(t_, at)) {
      sign = -1;
      at += k;
    } else if (size_t k2 = g_.future_offset_before.Match(t_, at)) {
      sign = 1;
      at += k2;
      in_before = true;
    }
    // "il y a environ deux semaines", "il y a à peu près un mois"; "about
    // two years ago"
    at += sign != 0 ? g_.approximators.Match(t_, at) : g_.duration_quantifiers.Match(t_, at);
    size_t unit_at = 0;
    int amount = AmountSpan(at, &unit_at);
    const TimeUnit* unit = amount > 0 ? CountedUnitAt(unit_at, &amount) : nullptr;
    if (unit == nullptr) return false;
    at = unit_at + 1;
    if (sign == 0) sign = OffsetWordAfter(&at);
    if (sign == 0) {
      if (ClauseEndsAt(at + 1) && g_.past_offset_at_clause_end.Has(Key(at))) {
        sign = -1;  // "15 minutes before." (with nothing it is before)
        ++at;
      } else if (ClauseEndsAt(at + 1) && g_.future_offset_at_clause_end.Has(Key(at))) {
        sign = 1;
        ++at;
      } else {
        return false;
      }
    }
    *end = at;
    // "for the first time in 45 years", "the worst unrest in seven years":
    // after an ordinal or a superlative, "in" looks back over that much
    // time (a duration), it does not shift the reference.
    if (in_before && LookbackBefore(i)) {
      *p = Point();
      p->value = DurationValue(amount, *unit);
      p->grain = UnitGrain(*unit);
      p->subtype = "duration";
      return true;
    }
    *p = ShiftedDay(sign * amount, *unit);
    return true;
  }
  // An ordinal or superlative a few tokens before i in its clause ("the
  // first time", "the 17th time", "its worst unrest").
  bool LookbackBefore(size_t i) const {
    constexpr size_t kReach = 8;
    for (size_t k = i; k > 0 && i - k < kReach;) {
      --k;
      if (t_.tokens[k].kind == TokenKind::kPunct && !IsChar(t_, k, '-') && !IsChar(t_, k, '\'')) {
        return false;  // the clause starts after it
      }
      if (g_.lookback_words.Has(Key(k))) return true;
      if (t_.tokens[k].kind == TokenKind::kNumber && Glued(t_, k + 1) &&
          g_.day_suffixes.Has(Key(k + 1))) {
        return true;  // "the 17th time ... in two years"
      }
    }
    return false;
  }

  // Whether nothing of the clause follows token i: the text's end or a
  // punctuation mark (not a hyphen or slash inside a notation).
  bool ClauseEndsAt(size_t i) const {
    return i >= n_ || (t_.tokens[i].kind == TokenKind::kPunct && !IsChar(t_, i, '-') &&
                       !IsChar(t_, i, '/'));
  }

  // "pendant trois jours", "les dernières 24 heures", "depuis deux ans",
  // "for three days", "the past 24 hours". The introducer and article stay
  // out of the span.
  bool Duration(size_t i, Match* m) const {
    size_t at = i;
    bool introduced = false;
    if (size_t k = g_.duration_introducers.Match(t_, at)) {
      at += k;
      introduced = true;
    }
    if (g_.period_articles.Has(Key(at)) || g_.decade_articles.Has(Key(at))) {
      ++at;
    }
    const size_t first = at;
    bool modified = false;
    if (DirectionAt(at) != 0) {
      modified = true;
      ++at;
    }
    // "more than two years", "nearly 3 hours": an amount of time, even
    // without "for" (not "could last up to 10 weeks").
    if (size_t k = modified ? 0 : g_.duration_quantifiers.Match(t_, at)) {
      at += k;
      introduced = true;
    }
    size_t after_amount = 0;
    const size_t amount_at = at;
    int amount = AmountSpan(at, &after_amount);
    if (amount <= 0 && modified && LoneUnitAt(at)) {
      amount = 1;  // "the next hour", "the past hour": an hour from the reference
      after_amount = at;
    }
    if (amount <= 0) return false;
    at = after_amount;
    // "les 24 dernières heures" (a plural: not "9 last night")
    if (DirectionAt(at) != 0 && IsWord(at + 1) && LastChar(Key(at + 1)) == 's') {
      modified = true;
      ++at;
    }
    const TimeUnit* unit = CountedUnitAt(at, &amount);
    if (unit == nullptr) return false;
    ++at;
    // "les 24 heures passées"; not "2 hours next month" (the period's),
    // nor "le 23 mois prochain" (a singular: the 23rd of next month).
    if (DirectionAt(at) != 0 && !UnitAt(at + 1) && WeekdayAt(at + 1, false) < 0 &&
        !(amount > 1 && SingularDirectionAt(at))) {
      modified = true;
      ++at;
    }
    // Hours and minutes are an amount of time even alone ("book 2 hours
    // next month", "a 15 minute call"); longer units alone are as often
    // ages or counts ("3 years old").
    if (!introduced && !modified && !ClockUnitAmount(amount_at, at - 1, *unit)) return false;
    m->first = first;
    m->end = at;
    m->point = Point();
    m->point.value = DurationValue(amount, *unit);
    m->point.grain = UnitGrain(*unit);
    m->point.subtype = "duration";
    // "the next 2 weeks 3 days": smaller units after the first add up.
    Match compound;
    if (modified && after_amount > amount_at && CompoundDuration(amount_at, &compound) &&
        compound.end > m->end && std::string_view(compound.point.subtype) == "duration") {
      m->end = compound.end;
      m->point = compound.point;
    }
    return true;
  }
  // Whether an amount of hours, minutes or seconds stands alone as a
  // duration: a count in digits or a number word, not after "at" (a time:
  // "at 8 hours").
  bool ClockUnitAmount(size_t amount_at, size_t unit_at, TimeUnit unit) const {
    if (!g_.clock_unit_amounts_alone || unit > TimeUnit::kHour || unit_at != amount_at + 1) {
      return false;
    }
    if (amount_at > 0 && g_.time_introducers.Has(Key(amount_at - 1))) return false;
    // (not "a minute", "an hour": articles, as in "$10 an hour", "200
    // miles an hour"; nor a vague "few hours": a count)
    return t_.tokens[amount_at].kind == TokenKind::kNumber ||
           (IsWord(amount_at) && Key(amount_at).size() > 2 &&
            !Find(g_.vague_amounts, Key(amount_at)));
  }
  // A unit word that means one of it after "next", "past" (not "the last
  // hour of trading", an hour of something else).
  bool LoneUnitAt(size_t i) const {
    return IsWord(i) && g_.lone_unit_words.Has(Key(i)) && !g_.edge_links.Has(Key(i + 1));
  }

  // Durations beyond "N units": "all day", "half an hour", "two and a
  // half hours", "2.5 hours", "1 hour and 30 minutes", "3 hours 30
  // minutes". The introducer stays out of the span.
  bool CompoundDuration(size_t i, Match* m) const {
    size_t at = i;
    // "in half an hour", "in about 1.5 hours": a shift from the reference.
    int shift_before = 0;
    if (size_t k = g_.future_offset_before.Match(t_, at)) {
      shift_before = 1;
      at += k;
      at += g_.approximators.Match(t_, at);
    }
    const size_t introducer = shift_before ? 0 : g_.duration_introducers.Match(t_, at);
    at += introducer;
    // "à deux heures et demie" is a time.
    if (introducer == 0 && at > 0 && g_.time_introducers.Has(Key(at - 1))) return false;
    if (g_.period_articles.Has(Key(at)) && g_.whole_period_words.Has(Key(at + 1))) ++at;
    const size_t first = at;
    // "more than 1 hour and 30 minutes"
    if (!shift_before) at += g_.duration_quantifiers.Match(t_, at);
    double amounts[kTimeUnits] = {};  // by TimeUnit
    int parts = 0;
    bool special = false;  // "all day", "half an hour", "2.5": no count alone
    bool whole = false;    // "all day", "the whole week": no shift
    const TimeUnit* smallest = nullptr;
    if (IsWord(at) && Key(at).find('-') != std::string::npos &&
        g_.whole_period_words.Has(Key(at).substr(0, Key(at).find('-')))) {
      const std::string& key = Key(at);  // "all-day", "full-week"
      const TimeUnit* unit = Find(g_.unit_words, key.substr(key.find('-') + 1));
      if (unit == nullptr) return false;
      amounts[int(*unit)] = 1;
      smallest = unit;
      at += 1;
      parts = 1;
      special = whole = true;
    } else if (g_.whole_period_words.Has(Key(at))) {  // "all day"
      // "toute la journée": an article may come between.
      const size_t u = g_.period_articles.Has(Key(at + 1)) ? at + 2 : at + 1;
      const TimeUnit* unit = UnitAt(u);
      // Not a plural ("all days"); "mois" is both.
      if (unit == nullptr || PluralOf(g_.unit_words, Key(u))) return false;
      amounts[int(*unit)] = 1;
      smallest = unit;
      at = u + 1;
      parts = 1;
      special = whole = true;
    }
    while (parts < 4 && !(special && parts > 0)) {
      size_t k = at;
      if (parts > 0) {
        if (IsChar(t_, k, ',') || g_.duration_links.Has(Key(k))) ++k;
      }
      double amount = 0;
      bool half = false;
      size_t next = 0;
      // "une demi-heure", "demi-journée": half and unit in one word.
      const size_t h = AmountAt(k) == 1 && IsWord(k) ? k + 1 : k;
      const TimeUnit* glued_unit = HalfUnitWordAt(h);
      if (glued_unit) {
        amount = 0.5;
        next = h + 1;
        half = true;
      } else if (g_.half_words.Has(Key(k)) && AmountAt(k + 1) == 1 && IsWord(k + 1)) {
        amount = 0.5;  // "half an hour"
        next = k + 2;
        half = true;
      } else if (AmountAt(k) == 1 && IsWord(k) && g_.half_words.Has(Key(k + 1))) {
        amount = 0.5;  // "a half hour"
        next = k + 2;
        half = true;
      } else if (g_.half_words.Has(Key(k))) {
        amount = 0.5;  // "half hour"
        next = k + 1;
        half = true;
      } else if (double d = DecimalAt(k); d > 0) {
        amount = d;  // "2.5 hours", "3.5years"
        next = k + 1;
        half = true;
      } else {
        const int n = AmountSpan(k, &next);
        if (n <= 0) break;
        amount = n;
        // "two and a half hours", "deux et demi heures", "one and a
        // quarter years"
        double fraction = 0;
        if (size_t k2 = HalfAfterLinkAt(next, &fraction)) {
          amount += fraction;
          next += k2;
          half = true;
        }
      }
      const TimeUnit* unit = glued_unit ? glued_unit : UnitAt(next);
      if (unit == nullptr || (smallest && *unit >= *smallest)) break;
      at = glued_unit ? next : next + 1;
      // "deux ans et demi", "two hours and a half"
      if (!half) {
        double fraction = 0;
        if (size_t k2 = HalfAfterLinkAt(at, &fraction)) {
          amount += fraction;
          at += k2;
          half = true;
        }
      }
      amounts[int(*unit)] += amount;
      smallest = unit;
      ++parts;
      special = special || half;
      if (half) break;
    }
    if (parts == 0) return false;
    // "1 month 21 days ago", "2 years 21 days later", "half an hour ago",
    // "in 1.5 hours": a date.
    int sign = shift_before;
    size_t offset_end = at;
    if (sign == 0) sign = OffsetWordAfter(&offset_end);
    // ("un an et demi plus tard" is no day: it stays a duration.)
    if (sign != 0 && (parts > 1 || special) && !whole && ref_ &&
        ShiftedByAmounts(amounts, sign, &m->point)) {
      m->first = shift_before ? i : first;
      m->end = offset_end;
      return true;
    }
    if (shift_before) return false;  // "in 2.5 days": the duration, from the next token
    if (parts == 1 && !special) return false;  // the plain rule's
    // Fractions stay decimal, as the other duration rules write them
    // ("PT2.5H", "P3.5Y"), but less than an hour is minutes ("PT30M").
    double& hours = amounts[int(TimeUnit::kHour)];
    if (hours > 0 && hours < 1) {
      amounts[int(TimeUnit::kMinute)] += hours * 60;
      hours = 0;
    }
    auto number = [](double v) {
      char buffer[32];
      std::snprintf(buffer, sizeof buffer, "%g", v);
      return std::string(buffer);
    };
    std::string value = "P";
    const std::pair<TimeUnit, const char*> date_units[] = {
        {TimeUnit::kYear, "Y"}, {TimeUnit::kMonth, "M"}, {TimeUnit::kWeek, "W"},
        {TimeUnit::kDay, "D"}};
    double years = amounts[int(TimeUnit::kYear)] + 10 * amounts[int(TimeUnit::kDecade)];
    if (years) value += number(years) + "Y";
    for (const auto& [unit, letter] : date_units) {
      if (unit != TimeUnit::kYear && amounts[int(unit)]) value += number(amounts[int(unit)]) + letter;
    }
    const double minutes = amounts[int(TimeUnit::kMinute)];
    const double seconds = amounts[int(TimeUnit::kSecond)];
    if (hours || minutes || seconds) {
      value += "T";
      if (hours) value += number(hours) + "H";
      if (minutes) value += number(minutes) + "M";
      if (seconds) value += number(seconds) + "S";
    }
    m->first = first;
    m->end = at;
    m->point = Point();
    m->point.value = value;
    m->point.grain = UnitGrain(*smallest);
    m->point.subtype = "duration";
    return true;
  }
  // The reference shifted by sign × amounts (by TimeUnit): calendar units
  // must be whole ("1.5 months ago" is no day); hours, minutes and seconds
  // count from the reference's time of day, or give the day without one.
  bool ShiftedByAmounts(const double* amounts, int sign, Point* p) const {
    CivilDate date = *ref_;
    double seconds = 0;
    // From the largest unit, as ISO 8601 adds a duration: "2 years 1 month
    // 21 days later" from 23 Nov 2017 is 13 Jan 2020 (days first would
    // give the 14th).
    for (int u = kTimeUnits - 1; u >= 0; --u) {
      const TimeUnit unit = TimeUnit(u);
      if (unit < TimeUnit::kDay) {
        seconds += amounts[u] * (unit == TimeUnit::kHour ? 3600 : unit == TimeUnit::kMinute ? 60 : 1);
        continue;
      }
      if (amounts[u] != static_cast<int>(amounts[u])) return false;
      const int n = static_cast<int>(amounts[u]) * sign;
      switch (unit) {
        case TimeUnit::kDay: date = AddDays(date, n); break;
        case TimeUnit::kWeek: date = AddDays(date, 7 * n); break;
        case TimeUnit::kMonth: date = AddMonths(date, n); break;
        case TimeUnit::kYear: date = AddMonths(date, 12 * n); break;
        case TimeUnit::kDecade: date = AddMonths(date, 120 * n); break;
        default: break;
      }
    }
    const int64_t shift = sign * static_cast<int64_t>(seconds + 0.5);
    if (shift == 0 || ref_minute_ < 0) {  // whole days, or no time to count from
      *p = DayPoint(AddDays(date, static_cast<int>(shift / 86400)));
      return true;
    }
    const int64_t from_midnight = int64_t{ref_minute_} * 60 + shift;
    int64_t days = from_midnight / 86400, rest = from_midnight % 86400;
    if (rest < 0) {
      rest += 86400;
      --days;
    }
    *p = DayPoint(AddDays(date, static_cast<int>(days)));
    p->hour = static_cast<int>(rest / 3600);
    p->minute = static_cast<int>(rest % 3600 / 60);
    p->grain = Grain::kMinute;
    p->subtype = "time";
    return true;
  }

  // A decimal count: "2.5", "3.5" (glued units too: "3.5years").
  // A link then a half: "and a half", "et demie"; its length, or 0.
  // Also a quarter after the link ("one and a quarter years"): *fraction
  // is the part added.
  size_t HalfAfterLinkAt(size_t i, double* fraction) const {
    if (!g_.duration_links.Has(Key(i))) return 0;
    *fraction = 0.5;
    if (g_.half_words.Has(Key(i + 1))) return 2;
    if (AmountAt(i + 1) == 1 && IsWord(i + 1) && g_.half_words.Has(Key(i + 2))) return 3;
    if (AmountAt(i + 1) == 1 && IsWord(i + 1) && g_.quarter_words.Has(Key(i + 2))) {
      *fraction = 0.25;
      return 3;
    }
    return 0;
  }
  // A unit glued to its half: "demi-heure"; nullptr otherwise.
  const TimeUnit* HalfUnitWordAt(size_t i) const {
    if (!IsWord(i)) return nullptr;
    const std::string& key = Key(i);
    const size_t dash = key.find('-');
    if (dash == std::string::npos || !g_.half_words.Has(key.substr(0, dash))) {
      return nullptr;
    }
    return Find(g_.unit_words, key.substr(dash + 1));
  }

  // A decimal comma too, when one or two digits follow it ("3,5 ans";
  // "1,500" is a thousand and a half).
  double DecimalAt(size_t i) const {
    if (i >= n_ || t_.tokens[i].kind != TokenKind::kNumber) return 0;
    const std::u32string_view c = t_.chars(i);
    const size_t dot = c.find_first_of(U".,");
    if (dot == std::u32string_view::npos || dot == 0 || dot + 1 >= c.size() ||
        c.size() > 8 || (c[dot] == ',' && c.size() - dot > 3)) {
      return 0;
    }
    double value = 0, scale = 0;
    for (char32_t ch : c) {
      if (ch == c[dot]) {
        if (scale) return 0;
        scale = 1;
        continue;
      }
      if (!IsAsciiDigit(ch)) return 0;
      value = value * 10 + int(ch - '0');
      if (scale) scale *= 10;
    }
    return value / scale;
  }

  // A time before a set of days: "16 heures chaque lundi", "4pm every
  // Monday" → XXXX-WXX-1T16:00.
  bool TimeThenSet(size_t i, Match* m) const {
    Point time;
    size_t time_end = 0;
    if (!Time(i, &time_end, &time, true) || time_end >= n_) return false;
    Match set;
    if (!Set(time_end, &set) || set.first != time_end ||
        set.point.value.find('T') != std::string::npos ||
        set.point.value.rfind("XXXX", 0) != 0) {
      return false;  // "tous les ans" takes no time of day
    }
    m->first = i;
    m->end = set.end;
    m->point = set.point;
    m->point.value += Format("T%02d:%02d", time.hour, std::max(time.minute, 0));
    m->point.grain = time.grain;
    return true;
  }

  // "les lundis": every Monday.
  bool ArticlePluralWeekdaySet(size_t i, Match* m) const {
    if (!g_.plural_set_articles.Has(Key(i)) || !IsWord(i + 1)) return false;
    std::string key = Key(i + 1);
    if (key.size() < 2 || LastChar(key) != 's') return false;
    key.pop_back();
    const int weekday = g_.names.WeekdayIndex(key);
    if (weekday < 0) return false;
    m->first = i;
    m->end = i + 2;
    m->point = Point();
    m->point.value = Format("XXXX-WXX-%d", weekday + 1);
    m->point.grain = Grain::kDay;
    m->point.subtype = "set";
    return true;
  }

  // "chaque lundi", "tous les ans", "tous les deux ans", "every Monday".
  // ("mensuellement", "weekly" are left out: in news they are mostly
  // adjectives or appeals, "soutenez-nous mensuellement".)
  bool Set(size_t i, Match* m) const {
    if (ArticlePluralWeekdaySet(i, m)) return true;
    const size_t k = g_.set_words.Match(t_, i);
    if (k == 0) return PluralWeekdaySet(i, m);
    size_t at = i + k;
    int amount = 1;
    if (const int a = AmountAt(at); a > 1 && UnitAt(at + 1)) {
      amount = a;  // "tous les deux ans"
      ++at;
    } else if (g_.alternate_words.Has(Key(at))) {
      amount = 2;  // "every other day": every second one
      ++at;
    }
    Point p;
    p.subtype = "set";
    int weekday = WeekdayAt(at, false);
    std::string key = Key(at);
    if (weekday < 0 && key.size() > 1 && LastChar(key) == 's' &&
        (Capitalized(at) || !g_.names_needing_capital.Has(key))) {
      key.pop_back();  // "tous les lundis"
      weekday = g_.names.WeekdayIndex(key);
    }
    const TimeUnit* unit = UnitAt(at);
    // "chaque matin", "tous les soirs": TIMEX3's set of a part of day.
    std::string part_key = Key(at);
    if (part_key.size() > 1 && LastChar(part_key) == 's' && !Find(g_.parts_of_day, part_key)) {
      part_key.pop_back();
    }
    const char* const* part = IsWord(at) ? Find(g_.parts_of_day, part_key) : nullptr;
    if (weekday >= 0) {
      p.value = Format("XXXX-WXX-%d", weekday + 1);
      p.grain = Grain::kDay;
      ++at;
      AddSetTime(&at, &p);  // "every Monday at 4pm"
      m->first = i;
      m->end = at;
      m->point = std::move(p);
      return true;
    } else if (part != nullptr) {
      // "every morning", "every night at 9" (XXXX-XX-XXT21:00)
      Point day;
      day.part = *part;
      ++at;
      AddTime(&at, &day);
      p.value = day.HasTime() ? Format("XXXX-XX-XXT%02d:%02d", day.hour, std::max(day.minute, 0))
                              : std::string("XXXX-XX-XXT") + *part;
      p.grain = day.HasTime() ? day.grain : Grain::kDay;
      m->first = i;
      m->end = at;
      m->point = std::move(p);
      return true;
    } else if (unit != nullptr) {
      p.value = DurationValue(amount, *unit);
      p.grain = UnitGrain(*unit);
    } else if (Point date; amount == 1 &&
               (DatePhrase(at, &at, &date) || CompactDate(at, &at, &date, true)) &&
               date.grain == Grain::kDay && date.value.empty() && date.month != 0 &&
               date.day != 0 && !date.year_given && !date.by_weekday && !date.HasTime()) {
      // "chaque 14 juillet", "every July 4th": a day of every year.
      p.value = Format("XXXX-%02d-%02d", date.month, date.day);
      p.grain = Grain::kDay;
      m->first = i;
      m->end = at;
      m->point = std::move(p);
      return true;
    } else {
      return false;
    }
    ++at;
    m->first = i;
    m->end = at;
    m->point = std::move(p);
    return true;
  }

  // "on Mondays", "Sundays at 5": a plural weekday is a set.
  bool PluralWeekdaySet(size_t i, Match* m) const {
    std::string key = Key(i);
    if (!IsWord(i) || key.size() < 4 || LastChar(key) != 's') return false;
    if (!Capitalized(i) && !(i > 0 && g_.numeric_date_introducers.Has(Key(i - 1)))) {
      return false;
    }
    if (i > 0 && g_.articles.Has(Key(i - 1))) return false;  // "The Mondays", a band
    if (g_.names.WeekdayIndex(key) >= 0) return false;  // "Thurs" is one day
    key.pop_back();
    const int weekday = g_.names.WeekdayIndex(key);
    if (weekday < 0) return false;
    Point p;
    p.subtype = "set";
    p.value = Format("XXXX-WXX-%d", weekday + 1);
    p.grain = Grain::kDay;
    size_t at = i + 1;
    AddSetTime(&at, &p);
    m->first = i;
    m->end = at;
    m->point = std::move(p);
    return true;
  }
  // A time after a weekly set: "XXXX-WXX-1" → "XXXX-WXX-1T16:00".
  void AddSetTime(size_t* at, Point* p) const {
    size_t k = *at;
    if (g_.time_introducers.Has(Key(k))) ++k;
    Point time;
    size_t time_end = 0;
    if (!Time(k, &time_end, &time)) return;
    p->value += Format("T%02d:%02d", time.hour, time.minute < 0 ? 0 : time.minute);
    p->grain = time.grain;
    *at = time_end;
  }

  // ---- Ranges ---------------------------------------------------------------

  // The left side of a range may leave out what the right side says:
  // "du 7 au 9 mars", "de janvier à mars 2016".
  bool RangeStart(size_t i, size_t* end, Point* p, bool* day_only,
                  bool* month_only) const {
    *day_only = *month_only = false;
    if (DateTimeAt(i, end, p)) {
      return true;
    }
    const int month = MonthAt(i, false);
    if (month != 0) {
      *p = Point();
      p->month = month;
      p->grain = Grain::kMonth;
      *month_only = true;
      *end = i + 1;
      return true;
    }
    size_t next = 0;
    const int day = DayAt(i, &next);
    if (day == 0) return false;
    *p = Point();
    p->day = day;
    *day_only = true;
    *end = next;
    return true;
  }

  bool Range(size_t i, Match* m) const {
    // "2013-2015", "2003/2004" (a school or harvest year); not inside a
    // longer number ("+86 138-2010-2015", a phone).
    const bool in_number =
        (Glued(t_, i) && i > 0 && (IsChar(t_, i - 1, '-') || IsChar(t_, i - 1, '/'))) ||
        (Glued(t_, i + 3) && (IsChar(t_, i + 3, '-') || IsChar(t_, i + 3, '/')) &&
         Glued(t_, i + 4) && PlainNumber(t_, i + 4, 4) >= 0);
    // "en 2014-15", "de 1939-45": a season or span whose end keeps the
    // century, after a year introducer ("2012-14" alone may be a code).
    if (const int year = in_number || i == 0 || !g_.year_introducers.Has(Key(i - 1))
                             ? -1 : YearAt(t_, i);
        year > 0 && IsChar(t_, i + 1, '-') && Glued(t_, i + 1) && Glued(t_, i + 2) &&
        t_.tokens[i + 2].end - t_.tokens[i + 2].begin == 2 && PlainNumber(t_, i + 2, 2) >= 0 &&
        !(Glued(t_, i + 3) && t_.tokens[i + 3].kind != TokenKind::kPunct) &&
        !(IsChar(t_, i + 3, '-') || IsChar(t_, i + 3, '/'))) {
      const int last = year / 100 * 100 + PlainNumber(t_, i + 2, 2);
      if (last > year && last - year <= 10) {
        m->first = i;
        m->end = i + 3;
        m->point = Point();
        m->point.year = year;
        m->point.grain = Grain::kYear;
        m->range_end = m->point;
        m->range_end->year = last;
        return true;
      }
    }
    if (!in_number && YearAt(t_, i) > 0 && Glued(t_, i + 1) && Glued(t_, i + 2) &&
        (((IsChar(t_, i + 1, '-') || IsChar(t_, i + 1, '~')) && YearAt(t_, i + 2) > YearAt(t_, i)) ||
         (IsChar(t_, i + 1, '/') && YearAt(t_, i + 2) == YearAt(t_, i) + 1))) {
      m->first = i;
      m->end = i + 3;
      m->point = Point();
      m->point.year = YearAt(t_, i);
      m->point.grain = Grain::kYear;
      m->range_end = m->point;
      m->range_end->year = YearAt(t_, i + 2);
      return true;
    }
    auto connectors = g_.range_connectors.find(Key(i));
    if (connectors == g_.range_connectors.end()) return OpenRange(i, m);
    size_t at = i + 1;
    Point left;
    bool day_only = false, month_only = false;
    size_t left_end = 0;
    const size_t now = ref_ ? g_.range_now_words.Match(t_, at) : 0;
    if (now != 0) {  // "between now and November 15th": from the reference day
      left = DayPoint(*ref_);
      left.year_given = true;
      left_end = at + now;
    } else if (size_t after_day = 0; g_.articles.Has(Key(at)) &&
                              (PlainNumber(t_, at + 1, 2) > 0 || IsWord(at + 1)) &&
                              DayAt(at + 1, &after_day) && !MonthAt(after_day, true) &&
                              !(IsWord(after_day) && !connectors->second.empty() &&
                                std::find(connectors->second.begin(), connectors->second.end(),
                                          Key(after_day)) == connectors->second.end())) {
      // "entre le 19 et le 20 novembre", "entre le 1er et le 5 mars",
      // "between the ninth and the seventeenth of April": a bare day with
      // its article, whose month comes after.
      left = Point();
      left.day = DayAt(at + 1, &after_day);
      day_only = true;
      left_end = after_day;
    } else if (size_t time_end = 0;
               Time(at, &time_end, &left, true) && time_end > at + 1 &&
               std::find(connectors->second.begin(), connectors->second.end(),
                         Key(time_end)) != connectors->second.end()) {
      // "entre 19 heures et minuit": a time the opener introduces (not a
      // bare number: "entre 30 et 40")
      left_end = time_end;
    } else if (!RangeStart(at, &left_end, &left, &day_only, &month_only)) {
      // "entre 2013 et 2015": years without their usual introducers
      if (YearAt(t_, at) < 0) return false;
      left = Point();
      left.year = YearAt(t_, at);
      left.year_given = true;
      left.grain = Grain::kYear;
      left_end = at + 1;
    }
    at = left_end;
    size_t connector = 0;
    for (const std::string& c : connectors->second) {
      if (Key(at) == c) connector = 1;
    }
    // "du 2 octobre jusqu'à demain": connectors of open ranges do too.
    if (connector == 0) connector = g_.open_range_connectors.Match(t_, at);
    // "from 3-8pm", "between 3am - 12pm": a dash joins them too.
    if (connector == 0 && (IsChar(t_, at, '-') || IsChar(t_, at, u'\u2013') ||
                           IsChar(t_, at, '~'))) {
      connector = 1;
    }
    if (connector == 0) return false;
    if (!RangeEnd(i, at + connector, std::move(left), day_only, month_only, m)) return false;
    Point& right = *m->range_end;
    // "entre 19 heures et minuit", "de 22 h à 2 h": an end before the
    // start on the same day is on the next one.
    if (const Point& start = m->point;
        start.HasTime() && right.HasTime() && start.value.empty() && right.value.empty() &&
        right.year != 0 && right.year == start.year && right.month == start.month &&
        right.day == start.day &&
        right.hour * 60 + std::max(right.minute, 0) < start.hour * 60 + std::max(start.minute, 0)) {
      const CivilDate next_day = AddDays({right.year, right.month, right.day}, 1);
      right.year = next_day.year;
      right.month = next_day.month;
      right.day = next_day.day;
    }
    // "between now and November 15th", "from now until March" said in
    // April: the next one.
    if (now != 0 && !right.year_given && right.value.empty() && right.year &&
        (right.grain == Grain::kDay || right.grain == Grain::kMonth)) {
      const int ref_month = ref_->year * 12 + ref_->month;
      right.year = ref_->year + (right.month < ref_->month ? 1 : 0);
      if (right.grain == Grain::kDay && right.year * 12 + right.month == ref_month &&
          right.day < ref_->day) {
        ++right.year;
      }
      if (right.grain == Grain::kDay) right.day = std::min(right.day, DaysInMonth(right.year, right.month));
    }
    return true;
  }

  // A range of times, then the day they are on: "from 5 to 6pm of April
  // 22", "between 10 and 11:30 on 1/1/2015", "6-8 next Monday".
  bool TimeRangeOnDate(size_t i, Match* m) const {
    Match times;
    if (!Range(i, &times) || !times.range_end || !times.point.HasTime() ||
        !times.range_end->HasTime() || !times.point.day_implied ||
        !times.range_end->day_implied) {
      return false;
    }
    size_t at = times.end;
    if (IsChar(t_, at, ',')) ++at;
    if (g_.edge_links.Has(Key(at)) || g_.numeric_date_introducers.Has(Key(at))) ++at;
    Point date;
    size_t date_end = 0;
    if (!DateTimeAt(at, &date_end, &date) || date.grain != Grain::kDay ||
        !date.value.empty() || date.HasTime()) {
      return false;
    }
    for (Point* side : {&times.point, &*times.range_end}) {
      if (!side->meridiem) side->hour = HourInDayPart(side->hour, date.part);  // "last night"
      side->year = date.year;
      side->month = date.month;
      side->day = date.day;
      side->year_given = date.year_given;
      side->day_implied = false;
    }
    *m = times;
    m->end = date_end;
    return true;
  }

  // Bare hours as a range of times next to a day: "between 3 and 5 on
  // 1/1/2015", "from 5 to 6 on 1st Jan", "6 to 8 next Monday", "between 7
  // and 9 last night", "Wednesday from 10-4", "next evening from 7 to 9".
  // Alone, "between 3 and 5" is a count; a hyphen without an opener is a
  // score ("won 2-1 on Sunday"), a day's part may still mark it ("next
  // Monday morning 6-8"). The end comes after the start: "10-4" is 10:00
  // to 16:00.
  bool BareHourRangeOnDay(size_t i, Match* m) const {
    Point day;
    size_t day_end = 0;
    size_t at = i;
    const bool day_first = DateTimeAt(i, &day_end, &day);
    if (day_first) {
      // (a part of day alone is no day: "dans la nuit du 18 au 19" are days)
      if (day.grain != Grain::kDay || !day.value.empty() || day.HasTime() || day.day_implied) {
        return false;
      }
      at = day_end;
    }
    const auto connectors = g_.range_connectors.find(Key(at));
    const bool opened = connectors != g_.range_connectors.end();
    const size_t left_at = opened ? at + 1 : at;
    int left = 0, right = 0;
    size_t right_at = 0;
    if (!BareHour(left_at, opened, &left)) return false;
    const size_t link = left_at + 1;
    bool hyphen = false;
    if (IsChar(t_, link, '-') && Glued(t_, link) && Glued(t_, link + 1)) {
      hyphen = true;
    } else if (opened ? std::find(connectors->second.begin(), connectors->second.end(),
                                  Key(link)) == connectors->second.end()
                      : !g_.open_range_connectors.Has(Key(link))) {
      return false;
    }
    right_at = link + 1;
    if (!BareHour(right_at, opened, &right) || MonthAt(right_at + 1, true)) return false;
    size_t end = right_at + 1;
    if (!day_first) {
      size_t k = end;
      if (IsChar(t_, k, ',')) ++k;
      if (g_.edge_links.Has(Key(k)) || g_.numeric_date_introducers.Has(Key(k))) ++k;
      if (!DateTimeAt(k, &day_end, &day) || day.grain != Grain::kDay || !day.value.empty() ||
          day.HasTime()) {
        return false;
      }
      end = day_end;
    }
    if (hyphen && !opened && day.part == nullptr) return false;
    left = HourInDayPart(left, day.part);
    right = HourInDayPart(right, day.part);
    if (right <= left && right < 12) right += 12;  // "10-4"
    if (right > 24 || left == right) return false;
    m->first = i;
    m->end = end;
    m->point = HourOfDay(day, left);
    m->range_end = m->point;
    m->range_end->hour = right % 24;
    return true;
  }
  // Whether a day ("yesterday afternoon", "next Monday") starts at token i:
  // "from 8am-3 yesterday" ends on an hour, not a count of something.
  bool DayFollows(size_t i) const {
    Point day;
    size_t day_end = 0;
    return DateTimeAt(i, &day_end, &day) && day.grain == Grain::kDay && day.value.empty() &&
           !day.HasTime();
  }
  // A named span of the day ("lunchtime", "at lunch", "in the business
  // hours"): its hours on the reference day. The introducer before it
  // joins the span.
  bool HourSpan(size_t i, Match* m) const {
    const std::pair<int, int>* hours = nullptr;
    size_t k = g_.hour_span_phrases.Match(t_, i);
    bool introduced_only = false;
    if (k != 0) {
      hours = Find(g_.hour_spans, PhraseKey(i, k));
    } else if ((k = g_.hour_span_introduced_phrases.Match(t_, i)) != 0) {
      hours = Find(g_.hour_spans_introduced, PhraseKey(i, k));
      introduced_only = true;
    }
    if (hours == nullptr) return false;
    size_t first = i;
    for (size_t back = 2; back >= 1; --back) {
      if (i >= back && g_.hour_span_introducers.Match(t_, i - back) == back) {
        first = i - back;
        break;
      }
    }
    if (introduced_only && first == i) return false;
    m->first = first;
    m->end = i + k;
    m->point = Point();
    SetDay(&m->point);
    m->point.hour = hours->first;
    m->point.minute = 0;
    m->point.grain = Grain::kHour;
    m->point.subtype = "time";
    m->range_end = m->point;
    m->range_end->hour = hours->second;
    return true;
  }
  // The keys of tokens [i, i + k) joined by spaces, as phrases are written.
  std::string PhraseKey(size_t i, size_t k) const {
    std::string phrase = Key(i);
    for (size_t j = 1; j < k; ++j) phrase += " " + Key(i + j);
    return phrase;
  }

  // An hour alone, in digits (0-24) or, after a range opener, in words up
  // to twelve ("from five to seven").
  bool BareHour(size_t at, bool opened, int* hour) const {
    // (a full stop may end the sentence: "de 14 à 16.", not "8.30")
    if (UnitAt(at + 1) || IsChar(t_, at + 1, ':') || IsChar(t_, at + 1, '%') ||
        (IsChar(t_, at + 1, '.') && Glued(t_, at + 1) && Glued(t_, at + 2) &&
         PlainNumber(t_, at + 2, 2) >= 0)) {
      return false;
    }
    const int digits = PlainNumber(t_, at, 2);
    if (digits >= 0) {
      *hour = digits;
      return digits <= 24;
    }
    const int word = opened && IsWord(at) ? AmountAt(at) : 0;
    *hour = word;
    return word >= 1 && word <= 12 && Key(at).size() > 1;
  }

  // A range of times on the reference day, then the day they are on: "de
  // 14 h à 16 h demain", "de 5 à 6 de 22/4/2016".
  void TrailingDay(Match* m) const {
    if (!m->range_end || !m->point.HasTime() || !m->range_end->HasTime()) return;
    const auto on_reference = [&](const Point& p) {
      return ref_ ? p.year == ref_->year && p.month == ref_->month && p.day == ref_->day
                  : p.day == 0;
    };
    if (!on_reference(m->point) || !on_reference(*m->range_end)) return;
    size_t at = m->end;
    if (g_.edge_links.Has(Key(at)) || g_.time_introducers.Has(Key(at))) ++at;
    Point day;
    size_t day_end = 0;
    if (!DatePhrase(at, &day_end, &day) || day.grain != Grain::kDay ||
        !day.value.empty() || day.HasTime()) {
      return;
    }
    for (Point* p : {&m->point, &*m->range_end}) {
      p->year = day.year;
      p->month = day.month;
      p->day = day.day;
      p->year_given = day.year_given;
    }
    m->end = day_end;
  }

  // "10 au 22 août", "2013-2015", "Aug 10 to Nov 12", "13h-15h".
  bool OpenRange(size_t i, Match* m) const {
    Point left;
    bool day_only = false, month_only = false;
    size_t left_end = 0;
    if (!RangeStart(i, &left_end, &left, &day_only, &month_only)) return false;
    size_t at = left_end;
    bool times_only = false;
    if (IsChar(t_, at, '-') || IsChar(t_, at, u'\u2013') || IsChar(t_, at, '~')) {
      ++at;  // "2014~2018" too
    } else if (size_t k = g_.open_range_connectors.Match(t_, at)) {
      at += k;
    } else if (size_t k2 = g_.time_range_connectors.Match(t_, at)) {
      at += k2;  // "5 à 6 pm", "4:00 à 7 heures" (not "10 à 15 personnes",
      times_only = true;  // "arrivé premier à 9h43")
    } else {
      return false;
    }
    const bool whole_left_day = left.month != 0 && left.day != 0 && !left.HasTime() &&
                                left.value.empty();
    if (!RangeEnd(i, at, std::move(left), day_only, month_only, m)) return false;
    if (!times_only) return true;
    // Or two whole days with their months: "2 oct. à 22 octobre".
    const Point& right = *m->range_end;
    if (whole_left_day && right.month != 0 && right.day != 0 && !right.HasTime() &&
        right.value.empty() && right.grain == Grain::kDay) {
      return true;
    }
    // "5 à 6 heures de marche" is a duration.
    return t_.tokens[i].kind == TokenKind::kNumber && m->point.HasTime() &&
           m->range_end->HasTime() && !g_.edge_links.Has(Key(m->end));
  }

  bool RangeEnd(size_t first, size_t at, Point left, bool day_only,
                bool month_only, Match* m) const {
    Point right;
    size_t right_end = 0;
    size_t next = 0;
    // "April 9th through 17th": a bare day of month ends a range in the
    // start's month (not the reference's, as "through 17th" alone).
    size_t bare_day_end = 0;
    const bool bare_day = left.grain == Grain::kDay && left.value.empty() && left.month &&
                          !left.HasTime() && !day_only &&
                          DayAt(at, &bare_day_end) > left.day && bare_day_end > at + 1 &&
                          !MonthAt(bare_day_end, true) && !IsChar(t_, bare_day_end, '/');
    if (!bare_day && DateTimeAt(at, &right_end, &right)) {
      // a whole date or time: "au 9 mars 2016", "à 16 h"
    } else if (g_.period_articles.Has(Key(at)) && g_.edge_words.Has(Key(at + 1)) &&
               Edge(at + 1, &right_end, &right)) {
      // "from 2007 to the end of 2008", "de 2007 à la fin de 2008"
    } else if (left.grain == Grain::kDay && left.value.empty() && !left.HasTime() &&
               !day_only && CompactDate(at, &right_end, &right, true) &&
               right.grain == Grain::kDay) {
      // "from 10/1 to 11/7": the range says its end is a date
    } else if (size_t now = ref_ ? g_.range_now_words.Match(t_, at) : 0) {
      right = DayPoint(*ref_);  // "between Jan 22 and now"
      right.year_given = true;
      right_end = at + now;
    } else if ((day_only || left.HasTime()) && Time(at, &right_end, &right, true) &&
               !g_.edge_links.Has(Key(right_end))) {
      // "entre 17 et 18 heures", "16-17 heures": an hour after a bare number
      // (not "entre 3 et 4 heures de route")
    } else if (left.HasTime() && left.value.empty() && PlainNumber(t_, at, 2) >= 1 &&
               PlainNumber(t_, at, 2) <= 23 && !UnitAt(at + 1) &&
               !(IsWord(at + 1) && !Capitalized(at + 1) &&
                 !g_.words_after_year.Has(Key(at + 1)) && !DayFollows(at + 1))) {
      // "8pm - 11", "from 10:30 to 3": a bare hour after a time, on the
      // same side of noon when it can be, else after it.
      int hour = PlainNumber(t_, at, 2);
      if (hour < 12 && hour < left.hour && hour + 12 > left.hour) hour += 12;
      right = left;
      right.hour = hour;
      right.meridiem = false;  // (the start's am/pm is not the end's)
      right.minute = -1;
      right.grain = Grain::kHour;
      right_end = at + 1;
    } else if (YearAt(t_, at) > left.year && left.grain == Grain::kYear &&
               left.value.empty()) {
      right = Point();  // "entre 2013 et 2015"
      right.year = YearAt(t_, at);
      right.year_given = true;
      right.grain = Grain::kYear;
      right_end = at + 1;
    } else if (left.grain == Grain::kMonth && left.value.empty() &&
               MonthAt(at, true)) {
      right = left;  // "from January to March", "from Sep to Nov"
      right.month = MonthAt(at, true);
      right_end = at + 1;
      size_t year_end = 0;
      Point year;
      if (Year(right_end, &year_end, &year)) {
        right.year = year.year;
        right.year_given = true;
        right_end = year_end;
      } else if (ref_ && !left.year_given) {
        right.year = NearestYearOfMonth(right.month);
      }
    } else if (left.grain == Grain::kDay && left.value.empty() && left.month &&
               !day_only && DayAt(at, &next) > left.day) {
      right = left;  // "from March 7 to 9", "February 20 - 29, 2022"
      right.day = DayAt(at, &next);
      right_end = next;
      if (IsChar(t_, right_end, ',') && YearAt(t_, right_end + 1) > 0 &&
          !left.year_given) {
        left.year = right.year = YearAt(t_, right_end + 1);
        left.year_given = right.year_given = true;
        right_end += 2;
      }
      if (right.day > DaysInMonth(right.year ? right.year : 2016, right.month)) {
        return false;
      }
    } else {
      return false;
    }
    if (day_only && right.HasTime() && right.value.empty()) {
      // "8 - 11pm", "de 8 à 11 h": the bare number is an hour, on the same
      // side of noon as the end when it can be.
      if (left.day > 23) return false;
      int hour = left.day;
      if (hour + 12 <= right.hour && right.hour >= 12) hour += 12;
      // "from 11 to 3am", "from 23 to 3am": past midnight, the start is the
      // evening's (an hour alone after "from" or "between" only).
      const bool overnight = hour > right.hour && (hour > 12 || right.meridiem) &&
                             first < at && g_.range_connectors.count(Key(first)) != 0;
      if (hour > 12 && hour > right.hour && !overnight) return false;
      if (overnight && hour < 12) hour += 12;
      left = right;
      left.hour = hour;
      left.minute = -1;
      left.grain = Grain::kHour;
      if (overnight && right.year) {
        const CivilDate next_day = AddDays({right.year, right.month, right.day}, 1);
        right.year = next_day.year;
        right.month = next_day.month;
        right.day = next_day.day;
      }
    } else if (day_only) {
      if (right.grain != Grain::kDay || !right.value.empty() || right.month == 0) {
        return false;
      }
      const int day = left.day;
      left = right;
      left.day = day;
      if (day >= right.day && right.month) {  // "du 28 au 3 avril"
        const CivilDate before = AddMonths({right.year ? right.year : 2016, right.month, 1}, -1);
        left.month = before.month;
        if (right.year) left.year = before.year;
      }
      if (day > DaysInMonth(left.year ? left.year : 2016, left.month)) return false;
    } else if (month_only) {
      if (right.grain != Grain::kMonth && right.grain != Grain::kDay) return false;
      if (right.year_given || !ref_) {
        left.year = right.year;
      } else {
        left.year = NearestYearOfMonth(left.month);
      }
    } else {
      // Both sides times, or both dates: "monday 7 to 9am" is neither.
      if (left.HasTime() != right.HasTime()) return false;
      // "3:00 to 4:00 tomorrow", "Jan 15, 1:00 PM - 1:15 PM": a time
      // alone takes the day of the other side.
      if (left.HasTime() && left.day_implied != right.day_implied) {
        Point& bare = left.day_implied ? left : right;
        const Point& dated = left.day_implied ? right : left;
        bare.year = dated.year;
        bare.month = dated.month;
        bare.day = dated.day;
        bare.year_given = dated.year_given;
        bare.day_implied = false;
      }
      // "between 2:20 to 3pm": a time without am/pm on the same side of
      // noon as the end, when it can be.
      if (left.HasTime() && !left.meridiem && right.meridiem && left.hour < 12 &&
          right.hour >= 12 &&
          (left.hour + 12) * 60 + std::max(left.minute, 0) <=
              right.hour * 60 + std::max(right.minute, 0)) {
        left.hour += 12;
      }
      // "from 1:30 pm to 3:30", "from 11:01 am to 11": an end without am/pm
      // that would come first is in the next half of the day.
      if (left.HasTime() && right.HasTime() && !right.meridiem && right.hour < 12 &&
          right.year == left.year && right.month == left.month && right.day == left.day &&
          right.hour * 60 + std::max(right.minute, 0) <= left.hour * 60 + std::max(left.minute, 0) &&
          (right.hour + 12) * 60 + std::max(right.minute, 0) > left.hour * 60 + std::max(left.minute, 0)) {
        right.hour += 12;
      }
      if (!left.year_given && right.year_given && left.value.empty() &&
          left.grain != Grain::kYear) {
        left.year = right.year;
      }
      if (left.year_given && !right.year_given && right.value.empty() &&
          right.grain != Grain::kYear && left.year) {
        right.year = left.year;  // "10 August 2013 - 12 September"
      }
    }
    // "from April to June in 2017": the year after both sides, linked.
    if (!left.year_given && !right.year_given && left.value.empty() && right.value.empty() &&
        (right.grain == Grain::kMonth || right.grain == Grain::kDay) && !right.HasTime() &&
        g_.date_year_links.Has(Key(right_end)) && YearAt(t_, right_end + 1) > 0 &&
        !(IsWord(right_end + 2) && !Capitalized(right_end + 2) &&
          !g_.words_after_year.Has(Key(right_end + 2)))) {
      left.year = right.year = YearAt(t_, right_end + 1);
      left.year_given = right.year_given = true;
      right_end += 2;
    }
    // "from May to March", "Dec 28 to Jan 3": without years, the end comes
    // after the start.
    if (ref_ && !left.year_given && !right.year_given && left.value.empty() &&
        right.value.empty() && left.grain == right.grain && !right.HasTime() &&
        !right.by_weekday &&
        (left.grain == Grain::kMonth || left.grain == Grain::kDay) && left.year &&
        right.year &&
        right.year * 10000 + right.month * 100 + right.day <
            left.year * 10000 + left.month * 100 + left.day) {
      const bool earlier_in_year =
          right.month < left.month || (right.month == left.month && right.day < left.day);
      right.year = left.year + (earlier_in_year ? 1 : 0);
    }
    // "this Friday to this Monday", "from next Monday to Friday": a weekday
    // that would end the range before it starts is the one after.
    if (right.by_weekday && !right.HasTime() && left.value.empty() && left.year &&
        left.grain == Grain::kDay) {
      const int64_t start = DaysFromCivil({left.year, left.month, left.day});
      int64_t stop = DaysFromCivil({right.year, right.month, right.day});
      if (stop < start) {
        stop += 7 * ((start - stop + 6) / 7);
        const CivilDate day = AddDays({right.year, right.month, right.day},
                                      static_cast<int>(stop - DaysFromCivil({right.year, right.month, right.day})));
        right.year = day.year;
        right.month = day.month;
        right.day = day.day;
      }
    }
    m->first = first;
    m->end = right_end;
    m->point = std::move(left);
    m->range_end = std::move(right);
    return true;
  }

  const Grammar& g_;
  const TokenizedText& t_;
  const size_t n_;
  const std::optional<CivilDate>& ref_;
  const int ref_minute_;  // the reference's time of day, or -1
  struct Memo {
    size_t token = static_cast<size_t>(-1);
    bool found = false;
    size_t end = 0;
    Point point;
  };
  static constexpr size_t kMemoSlots = 4;
  using MemoSlots = Memo[kMemoSlots];
  mutable MemoSlots memo_;         // DateTimeAt
  mutable MemoSlots phrase_memo_;  // DatePhrase
  mutable MemoSlots time_memo_;    // Time, not introduced

  // parse(i) once per token: a few slots, indexed by token, keep the last
  // answers. The parse fills a fresh slot, as it may itself ask at other
  // tokens (and so reuse the slots).
  bool Memoized(MemoSlots& slots, size_t i, size_t* end, Point* p,
                bool (Parser::*parse)(size_t, size_t*, Point*) const) const {
    if (slots[i % kMemoSlots].token != i) {
      Memo fresh;
      fresh.token = i;
      fresh.found = (this->*parse)(i, &fresh.end, &fresh.point);
      slots[i % kMemoSlots] = std::move(fresh);
    }
    const Memo& memo = slots[i % kMemoSlots];
    if (!memo.found) return false;
    *end = memo.end;
    *p = memo.point;
    return true;
  }
  static constexpr int8_t kUnknownDirection = 2;
  mutable std::vector<int8_t> directions_;  // DirectionAt, by token
  static constexpr int16_t kUnknownAmount = -1;
  mutable std::vector<int16_t> amounts_;  // AmountAt, by token
};

}  // namespace

Expected<DateRecognizer> DateRecognizer::Create(const DateLanguage& language) {
  Expected<CalendarNames> names = LoadCalendarNames(language.icu_locale);
  if (!names.ok()) return names.status();
  return DateRecognizer(
      std::make_shared<const Grammar>(language, std::move(*names)));
}

DateRecognizer::DateRecognizer(std::shared_ptr<const Grammar> grammar)
    : grammar_(std::move(grammar)) {}

const std::string& DateRecognizer::lang() const { return grammar_->lang; }

void DateRecognizer::Recognize(const TokenizedText& text,
                               const std::optional<CivilDate>& reference,
                               std::vector<Mention>* mentions,
                               int reference_minute_of_day) const {
  const Parser parser(*grammar_, text, reference, reference_minute_of_day);
  const size_t n = text.tokens.size();
  for (size_t i = 0; i < n;) {
    Match match;
    if (!grammar_->MayStart(text, i) || !parser.Best(i, &match)) {
      ++i;
      continue;
    }
    Mention m = MentionOfTokens(text, match.first, match.end, Category::kDate);
    DateValue value;
    if (match.range_end) {
      value.range_start = FormatPoint(match.point);
      value.range_end = FormatPoint(*match.range_end);
      value.grain = GrainName(match.range_end->grain);
      m.subtype = match.range_end->HasTime() ? "time" : "date";
    } else {
      value.value = FormatPoint(match.point);
      value.grain = match.point.part && !match.point.HasTime()
                        ? "day"
                        : GrainName(match.point.grain);
      m.subtype = match.point.subtype;
    }
    m.date = std::move(value);
    mentions->push_back(std::move(m));
    i = match.end;
  }
}

}  // namespace relief
