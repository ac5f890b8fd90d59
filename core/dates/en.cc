// English date rules. Month and weekday names ("January", "Sept", "Monday")
// come from ICU's CLDR data for "en"; add here only words CLDR does not list.
#include "core/dates/date_language.h"

namespace relief {

const DateLanguage& EnglishDateLanguage() {
  static const DateLanguage kEnglish{
      /*lang=*/"en",
      /*icu_locale=*/"en",
      /*month_before_day=*/true,
      /*month_needs_capital=*/true,
      /*articles=*/{"the"},
      /*day_suffixes=*/{"st", "nd", "rd", "th"},
      /*year_introducers=*/
      {"in", "since", "by", "until", "till", "before", "after", "during",
       "from", "to", "year", "of", "early", "late", "mid", "spring", "summer",
       "autumn", "fall", "winter", "between", "and", "around", "circa", "c"},
      /*year_blockers=*/
      {"page", "p", "no", "number", "article", "art", "section", "room",
       "route", "highway", "flight", "tel", "code", "vol", "chapter", "line",
       "ref", "km", "mile", "miles"},
      /*words_after_year=*/
      {"and", "or", "but", "when", "while", "after", "before", "since",
       "until", "according", "in", "on", "at", "by", "for", "with",
       "without", "as", "to", "from", "of", "the", "a", "an", "he", "she",
       "it", "they", "we", "who", "which", "that", "this", "his", "her",
       "their", "its", "was", "were", "is", "are", "had", "has", "have",
       "will", "would", "also", "already", "again", "during", "between"}};
  return kEnglish;
}

}  // namespace relief
