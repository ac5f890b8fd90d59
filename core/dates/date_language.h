// What the date recognizer needs to know about one language. Each language
// has its own rules file, core/dates/<lang>.cc, and its own corpus,
// tests/corpus/dates/<lang>.tsv (see docs/adding-a-language.md).
// Month and weekday names come from ICU (CLDR) through icu_locale; the
// words here are those CLDR has no list of.
#ifndef RELIEF_CORE_DATES_DATE_LANGUAGE_H_
#define RELIEF_CORE_DATES_DATE_LANGUAGE_H_

#include <string_view>
#include <vector>

namespace relief {

struct DateLanguage {
  const char* lang;        // ISO 639-1, as in SPEC "lang"
  const char* icu_locale;  // whose CLDR month and weekday names to use
  // Day-of-month order: "7 mars" (false) or "March 7" (true). Both orders
  // are tried; this one is tried first.
  bool month_before_day;
  // English writes months with a capital ("May 7"), so "may 7 times" is no
  // date; French writes them lower-case and accepts both.
  bool month_needs_capital;
  // Folded words that may open a date and belong to its span: "le 7 mars".
  std::vector<std::string_view> articles;
  // Suffixes glued to a day number: "1er", "1st", "2nd".
  std::vector<std::string_view> day_suffixes;
  // Words after which a lone four-digit number is a year: "en 2013".
  std::vector<std::string_view> year_introducers;
  // Words after which a four-digit number is never a year: "page 2013".
  std::vector<std::string_view> year_blockers;
  // Lower-case words that may follow a bare year ("2013, selon", "2013 et"):
  // any other lower-case word makes the number a count ("2000 soldats").
  std::vector<std::string_view> words_after_year;
};

const DateLanguage& FrenchDateLanguage();   // core/dates/fr.cc
const DateLanguage& EnglishDateLanguage();  // core/dates/en.cc

// nullptr for a language without date rules.
const DateLanguage* FindDateLanguage(std::string_view lang);

}  // namespace relief

#endif  // RELIEF_CORE_DATES_DATE_LANGUAGE_H_
