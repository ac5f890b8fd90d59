// What the figure recognizer needs to know about one language. Each language
// has its own word file, core/figures/<lang>.cc, and its own corpus,
// tests/corpus/figures/<lang>.tsv (+ .negative.tsv). Decimal and grouping
// symbols come from ICU (CLDR) through icu_locale; symbols every language
// shares ("€", "km", "%", ISO 4217 codes) are in core/figures/symbols.cc.
//
// Words are written as they appear in text; they are tokenized and folded
// (FoldKey: no accents, lower case) when the recognizer is created, so
// "près de", "km/h" or "M€" are phrases of several tokens.
#ifndef RELIEF_CORE_FIGURES_FIGURE_LANGUAGE_H_
#define RELIEF_CORE_FIGURES_FIGURE_LANGUAGE_H_

#include <string_view>
#include <vector>

namespace relief {

struct NumberWord {
  std::string_view word;
  double value;
};

enum class UnitKind { kMoney, kPercent, kQuantity };

// An ordinal that counts from the end or from the current item, not from
// the start: "dernier" is end+0, "avant-dernier" end-1, "next" current+1.
// It has no absolute value; SPEC output gives relative_to and offset.
struct RelativeOrdinal {
  std::string_view phrase;
  std::string_view relative_to;  // "end" or "current"
  int offset;
  bool also_verb = false;  // "last": "it will last", "built to last"
};

// A unit after (or, for symbols, before) a number: "euros" → EUR,
// "pour cent" → %, "km/h". factor multiplies the number: "M€" is 1e6 EUR.
struct UnitWord {
  std::string_view phrase;
  UnitKind kind;
  std::string_view unit;  // ISO 4217 for money, "%", or a unit symbol
  double factor = 1;
  bool before_number = false;  // "$5", "€1", "USD 20" as well as "5 $"
};

struct FigureLanguage {
  const char* lang;        // ISO 639-1, as in SPEC "lang"
  const char* icu_locale;  // whose CLDR decimal and group symbols to use

  // Spelled-out numbers. number_words add up ("quatre-vingt" + "dix" +
  // "sept" = 97); multipliers scale what comes before ("deux cent mille");
  // ordinal_words end a number and make it an ordinal ("vingt et unième").
  // Hyphenated compounds are split into these words.
  std::vector<NumberWord> number_words;
  std::vector<NumberWord> multipliers;
  std::vector<NumberWord> ordinal_words;
  // Glued to digits: "2e", "1er", "3rd" (ordinals); "10k", "2.5bn".
  std::vector<std::string_view> ordinal_suffixes;
  std::vector<NumberWord> multiplier_suffixes;
  // "soixante et onze", "one hundred and twelve".
  std::vector<std::string_view> joiners;
  // Words for 1 that only count before a multiplier or approximate noun:
  // "un million", "a hundred"; alone they are articles ("un homme").
  std::vector<std::string_view> articles_for_one;
  // Lone number words that are pronouns after these words: "the one".
  std::vector<std::string_view> pronoun_one_after;
  // Fractions: "trois quarts", "un demi", "a half"; ordinal words serve as
  // denominators too ("trois cinquièmes", "a fifth of"). per_words:
  // "un sur trois", "one out of three".
  std::vector<NumberWord> fraction_words;
  std::vector<std::string_view> per_words;
  std::vector<std::string_view> minus_words;  // "moins cinq", "minus five"
  std::vector<std::string_view> decimal_words;  // "cinq virgule deux"

  // Approximations. approximators come before a figure ("près de",
  // "about"); approximate_nouns count roughly ("une centaine" = ~100,
  // "des dizaines" = no value); vague_determiners give no value
  // ("quelques dizaines", "several hundred").
  std::vector<std::string_view> approximators;
  std::vector<NumberWord> approximate_nouns;
  std::vector<std::string_view> vague_determiners;

  // Ranges: "entre 10 et 20", "de 10 à 20", "between 10 and 20".
  struct RangeWords {
    std::string_view open, join;
  };
  std::vector<RangeWords> ranges;

  // Currencies, percent words and measures written as words.
  std::vector<UnitWord> units;
  // Units that name money after a million or more: "361 million pounds"
  // (GBP) but "25 pounds" (lb); "361 millions de livres" but "deux livres".
  std::vector<UnitWord> units_after_millions;

  // The counted noun. links stand between a multiplier or an approximate
  // noun and the noun ("une centaine de djihadistes", "dozens of bombs").
  std::vector<std::string_view> links;
  // French needs the link after a multiplier ("3 milliards de dollars";
  // "3 milliards investis" counts nothing); English does not ("3 million
  // people").
  bool multiplier_needs_link;
  // Words that may stand between the number and the noun ("400 autres
  // djihadistes").
  std::vector<std::string_view> noun_adjectives;
  // Lower-case words after a number that are no counted noun.
  std::vector<std::string_view> not_counted;
  // Plurals without a final s or x ("people", "children").
  std::vector<std::string_view> irregular_plurals;

  // Not figures. blockers: a number after them is a reference ("article
  // 49.3", "page 12"). time_units: a number before them is a time or a
  // duration, which are dates ("14 h 30", "trois ans").
  std::vector<std::string_view> blockers;
  std::vector<std::string_view> time_units;
  // Words after which an ordinal is a title ("Premier ministre").
  std::vector<std::string_view> ordinal_blockers_after;

  // Relative ordinals ("dernier", "the second to last", "previous"), and
  // the words that make one of them something else: before it ("at last",
  // "sans précédent", "will last") or after it ("next to", "suivant les").
  // At the end of a clause, a one-word relative ordinal needs one of
  // relative_ordinal_determiners before it ("the last.", not "what
  // happens next."); an empty list turns that rule off.
  std::vector<RelativeOrdinal> relative_ordinals;
  std::vector<std::string_view> relative_ordinal_not_after;
  std::vector<std::string_view> relative_ordinal_not_before;
  std::vector<std::string_view> relative_ordinal_determiners;
  // After these, a relative ordinal that is also a verb is the verb.
  std::vector<std::string_view> relative_ordinal_verb_markers;

  // A percent word with no number, after one of these determiners and at
  // most one adjective: "a small percentage", "the % of": a percent figure
  // without value.
  std::vector<std::string_view> percent_alone_after;

  // per_words that make a ratio only with a small numerator: "one in
  // five", "3 in 10", but "24 in 48 balls" are two numbers.
  std::vector<std::string_view> per_words_small_numerator;

  // Articles a fraction may take after an approximation: "près de la
  // moitié" (English says "nearly half").
  std::vector<std::string_view> definite_articles;

  // Units that a number with decimals makes out of an ambiguous noun:
  // "2,5 livres" is a weight, "deux livres" rather books.
  std::vector<UnitWord> units_after_decimals;
};

const FigureLanguage& FrenchFigureLanguage();   // core/figures/fr.cc
const FigureLanguage& EnglishFigureLanguage();  // core/figures/en.cc
// Language-neutral symbols and codes: "€", "$", "%", "km", "EUR".
const std::vector<UnitWord>& SymbolUnits();     // core/figures/symbols.cc

// nullptr for a language without figure rules.
const FigureLanguage* FindFigureLanguage(std::string_view lang);

}  // namespace relief

#endif  // RELIEF_CORE_FIGURES_FIGURE_LANGUAGE_H_
