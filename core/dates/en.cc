// English date rules: the words of English temporal expressions. Month and
// weekday names ("January", "Sept", "Monday") come from ICU's CLDR data for
// "en"; add here only words CLDR does not list. Words are FoldKeys (see
// date_language.h). The corpus is tests/corpus/dates/en.tsv.
#include "core/dates/date_language.h"

namespace relief {

namespace {

DateLanguage MakeEnglish() {
  using U = TimeUnit;
  DateLanguage l;
  l.lang = "en";
  l.icu_locale = "en";
  l.month_before_day = true;
  // ("fall": only for "the fall" alone, "after the fall" of a city.)
  l.names_needing_capital = {"may", "march", "august", "sun", "sat", "wed",
                             "mar", "fall"};

  l.extra_month_abbreviations = {{"sept", 9}};
  l.extra_weekday_names = {{"tues", 1}, {"weds", 2}, {"thur", 3}, {"thurs", 3}};
  l.articles = {"the"};
  l.day_suffixes = {"st", "nd", "rd", "th"};
  l.first_day_words = {"first"};
  l.year_introducers = {
      "in", "since", "by", "until", "till", "before", "after", "during",
      "from", "to", "year", "of", "early", "late", "mid", "spring", "summer",
      "autumn", "fall", "winter", "between", "and", "around", "circa", "c"};
  l.strong_year_introducers = {"in", "year"};
  l.date_year_links = {"in"};
  // "234 BC", "10 August 88 AD" (acronyms count in capitals only).
  l.era_before_christ = {"bc", "bce", "b.c", "b.c.", "b . c .", "b.c.e."};
  l.era_after_christ = {"ad", "ce", "a.d", "a.d.", "a . d ."};
  // "2555 BE": Thai-calendar years in Thai English-language news.
  l.era_buddhist = {"be", "b.e", "b.e.", "b . e ."};
  l.year_blockers = {
      "page", "p", "no", "number", "article", "art", "section", "room",
      "route", "highway", "flight", "tel", "code", "vol", "chapter", "line",
      "ref", "km", "mile", "miles"};
  l.words_after_year = {
      "and", "or", "but", "when", "while", "after", "before", "since",
      "until", "according", "in", "on", "at", "by", "for", "with",
      "without", "as", "to", "from", "of", "the", "a", "an", "he", "she",
      "it", "they", "we", "who", "which", "that", "this", "his", "her",
      "their", "its", "was", "were", "is", "are", "had", "has", "have",
      "will", "would", "also", "already", "again", "during", "between"};
  // Not "and", "to", "of": "1/2 and 3/4", "a ratio of 3/4".
  l.numeric_date_introducers = {"on", "by", "since", "until", "till",
                                "from", "before", "after", "through",
                                "between"};
  l.month_introducers = {"in", "of", "since", "by", "until", "till",
                         "before", "after", "during", "early", "late", "mid",
                         "this", "next", "last", "from", "through", "for",
                         "end", "beginning"};
  l.capitalized_month_alone = true;
  l.bare_day_introducers = {"on", "for"};
  l.year_determiners = {"the", "his", "her", "its", "their", "this", "that",
                        "a"};
  l.edge_prefixes = {"mid"};
  l.edge_words = {"early", "late", "mid", "end", "beginning", "middle",
                  "start"};
  l.edge_links = {"of"};

  l.decade_words = {};
  l.decade_articles = {"the"};
  l.century_words = {"century"};
  l.ordinal_suffixes = {"st", "nd", "rd", "th"};
  l.seasons = {{"spring", "SP"}, {"summer", "SU"}, {"autumn", "FA"},
               {"fall", "FA"}, {"winter", "WI"}};

  l.year_parts = {{"quarter", "Q"}, {"qtr", "Q"}, {"half", "H"}};
  l.year_part_letters = {{"q", "Q"}, {"h", "H"}};
  l.ordinal_words = {{"first", 1}, {"second", 2}, {"third", 3}, {"fourth", 4}};

  l.relative_days = {{"yesterday", -1}, {"today", 0}, {"tomorrow", 1},
                     {"tmrw", 1}, {"the day after tmrw", 2}, {"next day", 1},
                     {"the day before yesterday", -2},
                     {"the day after tomorrow", 2},
                     {"day before yesterday", -2}, {"day after tomorrow", 2}};
  l.this_words = {"this", "current"};
  l.last_words = {"last", "past", "previous"};
  l.next_words = {"next", "coming", "following", "upcoming"};
  // "next Friday" is the Friday of next week, "last Wednesday" that of
  // last week (as Recognizers-Text and chrono read them); "past Wednesday"
  // is the latest one.
  l.week_before_weekday_words = {"next", "last", "previous"};
  l.period_articles = {"the"};
  l.current_possessives = {"my"};
  l.current_period_phrases = {"earlier in the", "later in the"};
  l.week_starts_on_sunday = true;
  l.to_date_words = {"to date"};
  l.weekend_words = {"weekend", "week-end"};
  l.past_offset_before = {};
  // Not "after"/"before": "two weeks after the protests" is anchored on
  // an event, not on the reference date.
  l.past_offset_after = {"ago", "earlier"};
  l.future_offset_before = {"in"};
  // "it had happened two days before.", "the storm is an hour out."
  l.past_offset_at_clause_end = {"before"};
  l.future_offset_at_clause_end = {"after", "out"};
  l.lookback_words = {
      "first", "second", "third", "fourth", "fifth", "record", "worst", "best",
      "most", "least", "highest", "lowest", "biggest", "largest", "smallest",
      "fastest", "slowest", "sharpest", "steepest", "strongest", "weakest",
      "deadliest", "longest", "shortest", "heaviest", "hottest", "coldest",
      "wettest", "driest", "warmest", "greatest", "fiercest", "bloodiest",
      "worst-ever", "lowest-ever", "highest-ever"};
  l.within_words = {"within"};
  l.business_day_words = {"weekday", "business day", "working day",
                          "workday", "weekdays", "business days",
                          "working days", "workdays"};
  l.after_next_words = {"after next", "after the next"};
  l.day_end_words = {"end", "the end", "eod", "the eod"};
  l.week_start_words = {"starting", "beginning", "commencing", "starting on",
                        "beginning on", "commencing on"};
  l.future_offset_after = {"later", "from now", "hence", "in the future"};

  l.time_introducers = {"at", "around", "by", "before", "after", "until", "@"};
  l.hour_words = {"h"};
  l.am_words = {"am", "a.m", "a.m.", "a m", "a . m .", "a . m", "in the morning"};
  l.pm_words = {"pm", "p.m", "p.m.", "p m", "p . m .", "p . m", "in the evening", "in the afternoon",
                "at night", "tonight"};
  l.night_pm_words = {"at night"};
  l.oclock_words = {"o'clock", "oclock", "o clock"};
  l.time_zone_words = {"utc", "gmt", "local time"};
  // Zone abbreviations of news datelines and broadcasts ("9 p.m. ET",
  // "10:30 JST"); not "wat", "eat", "cat" (words).
  l.zone_abbreviations = {"et", "pt", "ct", "est", "edt", "pst", "pdt", "cst",
                          "cdt", "mst", "mdt", "bst", "cet", "cest", "jst",
                          "kst", "ist", "aest", "aedt", "msk", "hkt", "sgt"};
  l.glued_am_words = {"a"};
  l.glued_pm_words = {"p"};
  l.hour_fractions = {{"half", 30}, {"quarter", 15}};
  l.hyphenated_spoken_clock = true;  // "five-thirty"
  l.past_hour_words = {"past", "after"};
  l.to_hour_words = {"to", "before", "till"};
  // "mid day", "mid night", "mid morning" are also read as the prefix
  // "mid" and these ("mid-morning" is 10:00, as Recognizers-Text reads it).
  l.named_hours = {{"noon", 12}, {"midday", 12}, {"mid-day", 12},
                   {"midnight", 0}, {"mid-night", 0}, {"midmorning", 10},
                   {"mid-morning", 10}, {"midafternoon", 14},
                   {"mid-afternoon", 14}};
  l.approximate_hour_suffixes = {"ish"};
  l.day_end_named_hours = {"midnight"};
  l.parts_of_day = {{"morning", "MO"}, {"afternoon", "AF"},
                    {"evening", "EV"}, {"night", "NI"},
                    {"early-morning", "MO"}, {"late-morning", "MO"},

                    {"early-afternoon", "AF"}, {"late-afternoon", "AF"},

                    {"early-evening", "EV"}, {"late-evening", "EV"},
                    {"early-night", "NI"}, {"late-night", "NI"},
                    // "in the mornings": the part, as RT reads it (not
                    // "nights", a count of days)
                    {"mornings", "MO"}, {"afternoons", "AF"}, {"evenings", "EV"},
                    {"early-mornings", "MO"}, {"late-mornings", "MO"}};
  // "tonight" runs into the small hours: "tonight around 3" is 3:00.
  l.meridiem_day_parts = {{"am", "MO"}, {"pm", "AF"}};
  l.tonight_words = {{"tonight", "NI"}, {"tonite", "NI"}};
  // "the night" alone is too often a noun phrase ("won on the night").
  l.day_part_introducers = {"in", "during", "in the", "during the"};
  l.day_part_articles = {};
  l.day_part_edges = {"early", "late"};
  l.hour_spans = {{"lunchtime", {11, 13}}, {"lunch time", {11, 13}},
                  {"dinnertime", {16, 20}}, {"dinner time", {16, 20}}};
  // ("wages and working hours": the hours as a quantity)
  l.hour_spans_introduced = {{"business hours", {8, 18}}, {"office hours", {8, 18}},
                             {"working hours", {8, 18}},
                             {"lunch", {11, 13}}, {"dinner", {16, 20}},
                             {"breakfast", {8, 12}}, {"daytime", {8, 18}},
                             {"night-time", {0, 8}}, {"nighttime", {0, 8}}};
  l.hour_span_introducers = {"at", "during", "after", "before", "around", "in the",
                             "during the"};
  l.decade_names = {{"twenties", 1920}, {"thirties", 1930},
                    {"forties", 1940}, {"fifties", 1950}, {"sixties", 1960},
                    {"seventies", 1970}, {"eighties", 1980},
                    {"nineties", 1990}, {"noughties", 2000}};
  // ("the tens" alone is a count: "the tens of thousands")
  l.decades_of_century = {{"tens", 10}};

  l.number_words = {
      {"a", 1}, {"an", 1}, {"one", 1}, {"two", 2}, {"three", 3},
      {"four", 4}, {"five", 5}, {"six", 6}, {"seven", 7}, {"eight", 8},
      {"nine", 9}, {"ten", 10}, {"eleven", 11}, {"twelve", 12},
      {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15}, {"sixteen", 16},
      {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
      {"twenty", 20}, {"thirty", 30}, {"forty", 40}, {"fifty", 50},
      {"sixty", 60}, {"seventy", 70}, {"eighty", 80}, {"ninety", 90},
      {"hundred", 100}};
  // Not "second" ("for a second time"), nor letters ("5m" is millions).
  l.unit_words = {
      {"seconds", U::kSecond}, {"sec", U::kSecond}, {"secs", U::kSecond},
      {"minute", U::kMinute}, {"minutes", U::kMinute}, {"min", U::kMinute},
      {"mins", U::kMinute}, {"hour", U::kHour}, {"hours", U::kHour},
      {"h", U::kHour}, {"hr", U::kHour}, {"hrs", U::kHour}, {"day", U::kDay},
      {"night", U::kDay}, {"nights", U::kDay},  // "for 2 nights" → P2D
      {"days", U::kDay}, {"week", U::kWeek}, {"weeks", U::kWeek},
      {"month", U::kMonth}, {"months", U::kMonth}, {"year", U::kYear},
      {"years", U::kYear}, {"decade", U::kDecade}, {"decades", U::kDecade},
      // Abbreviations of informal text and data ("3 yrs ago", "2wks",
      // "3mo later"); single letters stay out, as above, and "mon" (Monday).
      {"wk", U::kWeek}, {"wks", U::kWeek}, {"mo", U::kMonth},
      {"mos", U::kMonth}, {"mth", U::kMonth},
      {"mths", U::kMonth}, {"yr", U::kYear}, {"yrs", U::kYear}};
  // Not "minute": "at the last minute" is an idiom.
  l.lone_unit_words = {"hour", "hr", "fortnight"};
  l.unit_multiples = {{"fortnight", {2, U::kWeek}}, {"fortnights", {2, U::kWeek}},
                      {"quarter", {3, U::kMonth}}, {"quarters", {3, U::kMonth}},
                      {"qtrs", {3, U::kMonth}}};
  // "second" after digits only ("3.5 second"; "for a second time").
  l.units_after_digits = {{"second", U::kSecond}};
  l.duration_introducers = {"for", "during", "over", "since"};
  l.clock_unit_amounts_alone = true;
  // "another week": one more week.
  l.whole_period_words = {"all", "full", "whole", "entire", "another"};
  l.half_words = {"half"};
  l.quarter_words = {"quarter"};
  l.duration_links = {"and"};
  l.thousand_words = {"thousand"};
  l.number_links = {"and"};
  l.vague_amounts = {{"few", 3}, {"several", 3}, {"some", 3}, {"couple", 2}};
  // "in about 5 hours", "more than two years": the amount stays the value
  // (SPEC has no modifier).
  l.approximators = {"about", "around", "approximately", "roughly", "nearly",
                     "almost", "more than", "less than", "at least",
                     "fewer than", "up to"};
  l.duration_quantifiers = l.approximators;
  // "twenty-first" is read as "twenty" + "first".
  l.day_ordinal_words = {
      {"first", 1}, {"second", 2}, {"third", 3}, {"fourth", 4},
      {"fifth", 5}, {"sixth", 6}, {"seventh", 7}, {"eighth", 8},
      {"ninth", 9}, {"tenth", 10}, {"eleventh", 11}, {"twelfth", 12},
      {"thirteenth", 13}, {"fourteenth", 14}, {"fifteenth", 15},
      {"sixteenth", 16}, {"seventeenth", 17}, {"eighteenth", 18},
      {"nineteenth", 19}, {"twentieth", 20}, {"thirtieth", 30}};

  l.shift_after_words = {"after", "from"};
  l.shift_before_words = {"before"};
  // Not "now" alone: in news it is mostly a discourse adverb ("he now
  // lives in Paris"), as French "maintenant" is left out.
  l.now_words = {"right now"};
  l.rest_words = {"rest of", "the rest of", "remainder of", "the remainder of",
                  "rest"};
  l.holidays = {
      {"christmas", FixedHoliday(12, 25)},
      {"christmas day", FixedHoliday(12, 25)},
      {"christmas eve", FixedHoliday(12, 24)},
      {"new year 's day", FixedHoliday(1, 1)},
      {"new year 's eve", FixedHoliday(12, 31)},
      {"new years day", FixedHoliday(1, 1)},
      {"new years eve", FixedHoliday(12, 31)},
      {"independence day", FixedHoliday(7, 4)},
      {"halloween", FixedHoliday(10, 31)},
      {"valentine 's day", FixedHoliday(2, 14)},
      {"valentines day", FixedHoliday(2, 14)},
      {"saint patrick", FixedHoliday(3, 17)},
      {"st patrick 's day", FixedHoliday(3, 17)},
      {"saint patrick 's day", FixedHoliday(3, 17)},
      {"earth day", FixedHoliday(4, 22)}, {"boxing day", FixedHoliday(12, 26)},
      {"veterans day", FixedHoliday(11, 11)},
      {"easter", EasterHoliday(0)}, {"easter sunday", EasterHoliday(0)},
      {"easter day", EasterHoliday(0)}, {"easter monday", EasterHoliday(1)},
      {"good friday", EasterHoliday(-2)}, {"new year eve", FixedHoliday(12, 31)},
      {"new year day", FixedHoliday(1, 1)}, {"new year", FixedHoliday(1, 1)}, {"may day", FixedHoliday(5, 1)},
      {"juneteenth", FixedHoliday(6, 19)},
      // US holidays on the nth weekday of a month (0 = Monday).
      {"thanksgiving", NthWeekdayHoliday(11, 3, 4)},
      {"thanksgiving day", NthWeekdayHoliday(11, 3, 4)},
      {"thanks giving", NthWeekdayHoliday(11, 3, 4)},
      {"thanks giving day", NthWeekdayHoliday(11, 3, 4)},
      {"black friday", DaysAfterHoliday(NthWeekdayHoliday(11, 3, 4), 1)},
      {"cyber monday", DaysAfterHoliday(NthWeekdayHoliday(11, 3, 4), 4)},
      {"mother 's day", NthWeekdayHoliday(5, 6, 2)},
      {"mothers day", NthWeekdayHoliday(5, 6, 2)},
      {"father 's day", NthWeekdayHoliday(6, 6, 3)},
      {"fathers day", NthWeekdayHoliday(6, 6, 3)},
      {"labor day", NthWeekdayHoliday(9, 0, 1)},
      {"memorial day", NthWeekdayHoliday(5, 0, -1)},
      {"martin luther king day", NthWeekdayHoliday(1, 0, 3)},
      {"mlk day", NthWeekdayHoliday(1, 0, 3)},
      {"presidents day", NthWeekdayHoliday(2, 0, 3)},
      {"presidents ' day", NthWeekdayHoliday(2, 0, 3)}};
  l.holidays_capitalized = true;

  l.open_range_connectors = {"to", "until", "till", "til", "through"};
  l.range_now_words = {"now", "today"};
  l.list_links = {"and", "or"};  // "on 3 and 4 March"
  l.range_words = {{"from", "to"}, {"from", "until"}, {"from", "till"},
                   {"from", "through"}, {"between", "and"}};

  l.set_words = {"every", "each", "once a", "once an"};
  l.alternate_words = {"other"};
  return l;
}

}  // namespace

const DateLanguage& EnglishDateLanguage() {
  static const DateLanguage kEnglish = MakeEnglish();
  return kEnglish;
}

}  // namespace relief
