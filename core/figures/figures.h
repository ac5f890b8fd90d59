// The figure recognizer: numbers, ordinals, percentages, money and
// quantities, with their approximation and the noun they count ("près de
// 190 victimes" → 190, approximate, counted "victimes").
#ifndef RELIEF_CORE_FIGURES_FIGURES_H_
#define RELIEF_CORE_FIGURES_FIGURES_H_

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/document.h"
#include "core/figures/figure_language.h"
#include "core/status.h"
#include "core/text/tokenizer.h"

namespace relief {

class FigureRecognizer {
 public:
  static Expected<FigureRecognizer> Create(const FigureLanguage& language);

  // Appends the figures of text to *mentions. Mentions already there (the
  // dates) are respected: no figure overlaps them. Relative ordinals ("the
  // last", "l'avant-dernier", "next") only when asked: in news they are
  // mostly not figures ("the next president"), as Recognizers-Text's
  // SuppressExtendedTypes option also holds.
  void Recognize(const TokenizedText& text, std::vector<Mention>* mentions,
                 bool relative_ordinals = false) const;

  const std::string& lang() const { return lang_; }

  // A phrase of folded token keys ("pres", "de"); exact phrases (unit
  // symbols) compare the tokens' own characters, so "M€" is not "m€".
  struct Phrase {
    std::vector<std::string> keys;
    bool exact = false;
    bool glued = false;  // its tokens must touch ("m2" in "70m2")
    size_t index = 0;  // into the owner's payload list
  };
  // Phrases by first key, longest first.
  class PhraseTable {
   public:
    void Add(std::string_view phrase, bool exact, size_t index);
    // A unit with digits is tokenized apart when glued to a number ("70m2"
    // is "70" "m" "2", "m2" alone one word): its glued form is added too.
    void AddWithGluedForm(std::string_view phrase, bool exact, size_t index);
    // Longest phrase at token i; returns its index, sets *end past it.
    bool Match(const TokenizedText& text, size_t i, size_t* index,
               size_t* end) const;
    // Adds the keys a phrase may start with to *keys.
    void AddFirstKeys(std::unordered_set<std::string>* keys) const {
      for (const auto& entry : by_first_) keys->insert(entry.first);
    }

   private:
    void AddTokens(const TokenizedText& tokens, size_t from, bool exact,
                   bool glued, size_t index);
    std::unordered_map<std::string, std::vector<Phrase>> by_first_;
  };

 private:
  struct Match;
  struct Words;
  using WordSet = std::unordered_set<std::string>;
  using WordValues = std::unordered_map<std::string, double>;

  explicit FigureRecognizer(const FigureLanguage& language);
  bool MatchAt(const TokenizedText& text, size_t i,
               const std::vector<bool>& taken, bool relative_ordinals,
               Match* match) const;
  bool MatchRange(const TokenizedText& text, size_t i, Match* match) const;
  // "dernier", "the second to last", "next": a rank with no number.
  bool MatchRelativeOrdinal(const TokenizedText& text, size_t i,
                            const std::vector<bool>& taken,
                            Match* match) const;
  bool MatchApproximateNoun(const TokenizedText& text, size_t i,
                            Match* match) const;
  // A number (digits, words, or both: "1,5 million") at token i.
  // depth counts nested reads ("un sur trois" reads "trois" at depth 1):
  // bounded, so that "un un un …" costs neither stack nor quadratic time.
  bool MatchNumber(const TokenizedText& text, size_t i, Match* match,
                   int depth = 0) const;
  bool MatchDigits(const TokenizedText& text, size_t i, Match* match) const;
  // A fraction's denominator at token i: "quarts", "fifths", "cinquième".
  bool DenominatorAt(const TokenizedText& text, size_t i, double* value) const;
  // "two thirds of a million": *value times the million, *end past it.
  void FractionOfMultiplier(const TokenizedText& text, double* value,
                            size_t* end) const;
  // A spelled fraction whose denominator has several words: "three
  // twenty-fifths", "one hundred thirty fifths" (100/35).
  bool MatchSpelledFraction(const TokenizedText& text, size_t i,
                            Match* match) const;
  void MatchUnitOrNoun(const TokenizedText& text, Match* match) const;
  void MatchMoneyTail(const TokenizedText& text, const UnitWord& unit,
                      Match* match) const;
  bool MatchCountedNoun(const TokenizedText& text, size_t i, bool after_link,
                        Match* match) const;
  bool IsExcluded(const TokenizedText& text, const Match& match) const;
  bool Has(const WordSet& set, const std::string& key) const {
    return set.find(key) != set.end();
  }

  std::string lang_;
  char32_t decimal_ = '.';  // from CLDR
  char32_t group_ = ',';
  bool multiplier_needs_link_ = false;
  WordValues number_words_, multipliers_, ordinal_words_,
      multiplier_suffixes_, approximate_nouns_, fraction_words_;
  WordSet ordinal_suffixes_, joiners_, articles_for_one_, pronoun_one_after_,
      minus_words_, decimal_words_, links_, noun_adjectives_, not_counted_,
      irregular_plurals_, blockers_, time_units_, ordinal_blockers_after_,
      relative_ordinal_not_after_, relative_ordinal_not_before_,
      relative_ordinal_determiners_, relative_ordinal_verb_markers_,
      percent_alone_after_, definite_articles_;
  PhraseTable approximators_, vague_determiners_, units_, per_words_,
      units_after_millions_, units_after_decimals_, relative_ordinals_;
  std::vector<UnitWord> unit_list_;
  std::vector<RelativeOrdinal> relative_ordinal_list_;
  // per_words_ from this index on take a numerator of at most 10.
  size_t small_numerator_per_words_from_ = 0;
  // Words a figure may start with: most words are rejected by one look-up.
  WordSet starters_;
  // Units written as one word, for compounds: "3-inch", "six-mile".
  std::unordered_map<std::string, size_t> word_units_;
  std::vector<FigureLanguage::RangeWords> ranges_;
};

}  // namespace relief

#endif  // RELIEF_CORE_FIGURES_FIGURES_H_
