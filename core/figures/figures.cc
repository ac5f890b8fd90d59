#include "core/figures/figures.h"

#include <unicode/ures.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <memory>
#include <optional>
#include <utility>

#include "core/mention_span.h"
#include "core/text/chars.h"
#include "core/text/fold.h"

namespace relief {

const FigureLanguage* FindFigureLanguage(std::string_view lang) {
  if (lang == "fr") return &FrenchFigureLanguage();
  if (lang == "en") return &EnglishFigureLanguage();
  return nullptr;
}

struct FigureRecognizer::Match {
  size_t first = 0;       // token span [first, end)
  size_t end = 0;
  size_t number_end = 0;  // end of the number, before its unit or noun
  std::optional<double> value, value_max;
  bool approximate = false;
  bool ordinal = false;
  // Ends with "million", "centaine", "dozens": the noun comes after a link
  // ("une centaine de djihadistes").
  bool ends_with_multiplier = false;
  bool digits = false;  // written with digits
  bool words = false;   // spelled out
  bool has_unit = false;
  // A relative ordinal: "end" or "current", and the offset from it.
  std::string_view relative_to;
  int offset = 0;
  UnitKind kind = UnitKind::kQuantity;
  std::string unit;
  std::string counted;
};

// ---------------------------------------------------------------------------
// Phrase tables.

void FigureRecognizer::PhraseTable::Add(std::string_view phrase, bool exact,
                                        size_t index) {
  AddTokens(Tokenize(phrase), 0, exact, false, index);
}

void FigureRecognizer::PhraseTable::AddWithGluedForm(std::string_view phrase,
                                                     bool exact,
                                                     size_t index) {
  Add(phrase, exact, index);
  if (std::none_of(phrase.begin(), phrase.end(),
                   [](char c) { return c >= '0' && c <= '9'; })) {
    return;
  }
  const TokenizedText glued = Tokenize("0" + std::string(phrase));
  if (glued.tokens.size() > 2) AddTokens(glued, 1, exact, true, index);
}

void FigureRecognizer::PhraseTable::AddTokens(const TokenizedText& tokens,
                                              size_t from, bool exact,
                                              bool glued, size_t index) {
  if (tokens.tokens.size() <= from) return;
  Phrase p;
  p.exact = exact;
  p.glued = glued;
  p.index = index;
  for (size_t i = from; i < tokens.tokens.size(); ++i) {
    p.keys.push_back(exact ? ToUtf8(tokens.chars(i)) : tokens.keys[i]);
  }
  std::vector<Phrase>& list = by_first_[tokens.keys[from]];
  list.push_back(std::move(p));
  std::stable_sort(list.begin(), list.end(),
                   [](const Phrase& a, const Phrase& b) {
                     return a.keys.size() > b.keys.size();
                   });
}

bool FigureRecognizer::PhraseTable::Match(const TokenizedText& text, size_t i,
                                          size_t* index, size_t* end) const {
  if (i >= text.tokens.size()) return false;
  auto it = by_first_.find(text.keys[i]);
  if (it == by_first_.end()) return false;
  for (const Phrase& p : it->second) {
    if (i + p.keys.size() > text.tokens.size()) continue;
    bool same = true;
    for (size_t k = 0; k < p.keys.size() && same; ++k) {
      same = p.exact ? ToUtf8(text.chars(i + k)) == p.keys[k]
                     : text.keys[i + k] == p.keys[k];
      if (p.glued && k > 0) same = same && text.tokens[i + k].glued;
    }
    if (same) {
      *index = p.index;
      *end = i + p.keys.size();
      return true;
    }
  }
  return false;
}

namespace {

using WordSet = std::unordered_set<std::string>;
using WordValues = std::unordered_map<std::string, double>;

WordSet ToSet(const std::vector<std::string_view>& words) {
  WordSet set;
  for (std::string_view w : words) set.insert(FoldKey(w));
  return set;
}

WordValues ToMap(const std::vector<NumberWord>& words) {
  WordValues map;
  for (const NumberWord& w : words) map.emplace(FoldKey(w.word), w.value);
  return map;
}

const double* Find(const WordValues& map, const std::string& key) {
  auto it = map.find(key);
  return it == map.end() ? nullptr : &it->second;
}

struct ResourceCloser {
  void operator()(UResourceBundle* r) const { ures_close(r); }
};
using Resource = std::unique_ptr<UResourceBundle, ResourceCloser>;

// NumberElements/latn/symbols/<key> of a locale or, when the locale only
// inherits it, of root.
char32_t NumberSymbol(const char* locale, const char* key) {
  for (const char* name : {locale, "root"}) {
    UErrorCode status = U_ZERO_ERROR;
    Resource bundle(ures_open(nullptr, name, &status));
    if (U_FAILURE(status)) continue;
    Resource current = std::move(bundle);
    for (const char* child : {"NumberElements", "latn", "symbols", key}) {
      status = U_ZERO_ERROR;
      Resource next(ures_getByKey(current.get(), child, nullptr, &status));
      if (U_FAILURE(status)) {
        current.reset();
        break;
      }
      current = std::move(next);
    }
    if (!current) continue;
    status = U_ZERO_ERROR;
    int32_t length = 0;
    const UChar* s = ures_getString(current.get(), &length, &status);
    if (U_SUCCESS(status) && length == 1) return s[0];
  }
  return 0;
}

// Value of a digit token with the language's separators: "1 234 567,89"
// and "1.234.567" in French, "1,234,567.89" in English. A separator that
// is not the locale's decimal mark groups thousands when exactly three
// digits follow it ("309.381" in French), else it is a decimal point
// ("2.5" in French too). Leading zeros ("01", "007") are codes, not
// figures: false.
bool ParseDigits(std::u32string_view s, char32_t decimal, double* value) {
  std::vector<std::string> groups(1);
  std::vector<char32_t> separators;
  for (char32_t c : s) {
    if (IsAsciiDigit(c)) {
      groups.back().push_back(static_cast<char>(c));
    } else {
      separators.push_back(IsNumberGroupSpace(c) ? U' ' : c);
      groups.emplace_back();
    }
  }
  for (const std::string& g : groups) {
    if (g.empty()) return false;
  }
  if (groups[0].size() > 1 && groups[0][0] == '0') return false;
  // Which separator, if any, is the decimal mark.
  int decimal_at = -1;
  const int n = static_cast<int>(separators.size());
  if (n > 0 && separators[n - 1] != U' ') {
    const char32_t last = separators[n - 1];
    int same = 0;
    for (char32_t c : separators) same += c == last;
    const bool other_marks = same < n && separators[0] != U' ';
    if (other_marks) {
      decimal_at = n - 1;  // "1.234,5", "1,234.5"
    } else if (same == 1) {
      if (last == decimal || groups[n].size() != 3) decimal_at = n - 1;
    }
  }
  // Indian grouping: "12,34,567.89" (two-digit groups, then three).
  bool indian = n >= 2 && groups[0].size() <= 2;
  for (int k = 0; k < n && indian; ++k) {
    if (k == decimal_at) break;
    const bool last_group = k + 1 == n || k + 1 == decimal_at;
    indian = separators[k] == ',' &&
             groups[k + 1].size() == (last_group ? 3u : 2u);
  }
  if (indian && (decimal_at < 0 || decimal_at >= 2)) {
    std::string number;
    for (int k = 0; k <= n; ++k) {
      if (k > 0 && k - 1 == decimal_at) number += '.';
      number += groups[k];
    }
    *value = std::strtod(number.c_str(), nullptr);
    return true;
  }
  std::string number = groups[0];
  for (int k = 0; k < n; ++k) {
    if (k == decimal_at) {
      number += '.';
    } else {
      // Thousands groups: 1 to 3 digits first, then exactly 3.
      if (groups[0].size() > 3 || groups[k + 1].size() != 3) return false;
      if (k > 0 && separators[k] != separators[0] && separators[k] != U' ' &&
          separators[0] != U' ') {
        return false;
      }
    }
    number += groups[k + 1];
  }
  *value = std::strtod(number.c_str(), nullptr);
  return true;
}

bool IsDash(char32_t c) {
  return c == '-' || c == 0x2010 || c == 0x2011 || c == 0x2013 ||
         c == 0x2014 || c == 0x2212;
}

bool IsMinus(char32_t c) { return c == '-' || c == 0x2212 || c == 0x2013; }

// Punctuation a figure may be glued to: "(400", "«400".
bool IsOpening(char32_t c) {
  return c == '(' || c == '[' || c == '{' || c == 0xAB || c == '"' ||
         c == '\'' || c == 0x201C || c == 0x2018 || c == 0x2019;
}

// Closing quotes too: "next" or "last" in quotes are words talked about.
bool IsQuote(char32_t c) {
  return c == '"' || c == 0xBB || c == 0x201D || c == 0x2019 || c == 0x201C;
}

bool EndsPlural(const std::string& key) {
  const char c = key.empty() ? 0 : key.back();
  return c == 's' || c == 'x' || c == 'z';
}

// State of a spelled-out number being read, word by word.
struct WordNumber {
  double total = 0;    // completed thousands, millions…
  double current = 0;  // the group being read (below the last big word)
  double last_part = 0;  // last number word added; 0 after a multiplier
  double last_big = std::numeric_limits<double>::infinity();
  int parts = 0;
  int big_groups = 0;  // thousands, millions… read
  bool ordinal = false;
  bool last_was_multiplier = false;

  double value() const { return total + current; }

  // "vingt" + "deux", "quatre-vingt" + "dix" + "sept": a smaller word may
  // follow a round ten (and 10-19 may follow 60 and 80, as in French).
  bool AddValue(double v) {
    if (parts > 0 && last_part != 0) {
      const bool round_ten =
          std::fmod(last_part, 10) == 0 && last_part >= 10 && last_part < 100;
      const bool fits = v < last_part &&
                        (v < 10 || ((last_part == 60 || last_part == 80) &&
                                    v < 20));
      if (!round_ten || !fits) return false;
    }
    current += v;
    last_part = v;
    last_was_multiplier = false;
    ++parts;
    return true;
  }
  // product: "mille milliards" may multiply; an ordinal may not ("cent
  // mille billionième" is a fraction).
  bool AddMultiplier(double m, bool product = true) {
    if (m < 1000) {
      if (current >= 100) return false;
      current = (current == 0 ? 1 : current) * m;
    } else if (product && m >= last_big && last_was_multiplier &&
               current == 0 && big_groups == 1) {
      // "mille milliards", "thousand million", "three lakh crore": a
      // bigger multiplier right after the first one multiplies it.
      total *= m;
      last_big = m;
    } else {
      if (m >= last_big) return false;
      ++big_groups;
      total += (current == 0 ? 1 : current) * m;
      current = 0;
      last_big = m;
    }
    last_part = 0;
    last_was_multiplier = true;
    ++parts;
    return true;
  }
};

}  // namespace

Expected<FigureRecognizer> FigureRecognizer::Create(
    const FigureLanguage& language) {
  FigureRecognizer recognizer(language);
  const char32_t decimal = NumberSymbol(language.icu_locale, "decimal");
  const char32_t group = NumberSymbol(language.icu_locale, "group");
  if (decimal == 0 || group == 0) {
    return DataError(std::string("ICU has no number symbols for ") +
                     language.icu_locale);
  }
  recognizer.decimal_ = decimal;
  recognizer.group_ = group;
  return recognizer;
}

FigureRecognizer::FigureRecognizer(const FigureLanguage& language)
    : lang_(language.lang),
      multiplier_needs_link_(language.multiplier_needs_link),
      number_words_(ToMap(language.number_words)),
      multipliers_(ToMap(language.multipliers)),
      ordinal_words_(ToMap(language.ordinal_words)),
      multiplier_suffixes_(ToMap(language.multiplier_suffixes)),
      approximate_nouns_(ToMap(language.approximate_nouns)),
      fraction_words_(ToMap(language.fraction_words)),
      ordinal_suffixes_(ToSet(language.ordinal_suffixes)),
      joiners_(ToSet(language.joiners)),
      articles_for_one_(ToSet(language.articles_for_one)),
      pronoun_one_after_(ToSet(language.pronoun_one_after)),
      minus_words_(ToSet(language.minus_words)),
      decimal_words_(ToSet(language.decimal_words)),
      links_(ToSet(language.links)),
      noun_adjectives_(ToSet(language.noun_adjectives)),
      not_counted_(ToSet(language.not_counted)),
      irregular_plurals_(ToSet(language.irregular_plurals)),
      blockers_(ToSet(language.blockers)),
      time_units_(ToSet(language.time_units)),
      ordinal_blockers_after_(ToSet(language.ordinal_blockers_after)),
      relative_ordinal_not_after_(ToSet(language.relative_ordinal_not_after)),
      relative_ordinal_not_before_(
          ToSet(language.relative_ordinal_not_before)),
      relative_ordinal_determiners_(
          ToSet(language.relative_ordinal_determiners)),
      relative_ordinal_verb_markers_(
          ToSet(language.relative_ordinal_verb_markers)),
      percent_alone_after_(ToSet(language.percent_alone_after)),
      definite_articles_(ToSet(language.definite_articles)),
      relative_ordinal_list_(language.relative_ordinals),
      ranges_(language.ranges) {
  for (size_t k = 0; k < relative_ordinal_list_.size(); ++k) {
    relative_ordinals_.Add(relative_ordinal_list_[k].phrase, false, k);
  }
  for (size_t k = 0; k < language.approximators.size(); ++k) {
    approximators_.Add(language.approximators[k], false, k);
  }
  for (size_t k = 0; k < language.per_words.size(); ++k) {
    per_words_.Add(language.per_words[k], false, k);
  }
  small_numerator_per_words_from_ = language.per_words.size();
  for (size_t k = 0; k < language.per_words_small_numerator.size(); ++k) {
    per_words_.Add(language.per_words_small_numerator[k], false,
                   small_numerator_per_words_from_ + k);
  }
  for (size_t k = 0; k < language.vague_determiners.size(); ++k) {
    vague_determiners_.Add(language.vague_determiners[k], false, k);
  }
  for (const UnitWord& u : language.units) {
    if (u.phrase.find(' ') == std::string_view::npos) {
      word_units_.emplace(FoldKey(u.phrase), unit_list_.size());
    }
    units_.Add(u.phrase, false, unit_list_.size());
    unit_list_.push_back(u);
  }
  for (const UnitWord& u : language.units_after_millions) {
    units_after_millions_.Add(u.phrase, false, unit_list_.size());
    unit_list_.push_back(u);
  }
  for (const UnitWord& u : language.units_after_decimals) {
    units_after_decimals_.Add(u.phrase, false, unit_list_.size());
    unit_list_.push_back(u);
  }
  for (const UnitWord& u : SymbolUnits()) {
    // Case matters for unit symbols ("m" is not "M", "A$" not "a $");
    // codes in capitals are also written in lower case ("20 usd").
    bool exact = false;
    for (char c : u.phrase) exact = exact || !(c >= 'A' && c <= 'Z');
    if (u.kind == UnitKind::kQuantity &&
        u.phrase.find(' ') == std::string_view::npos) {
      word_units_.emplace(FoldKey(u.phrase), unit_list_.size());  // "2,5-km"
    }
    units_.AddWithGluedForm(u.phrase, exact, unit_list_.size());
    unit_list_.push_back(u);
  }
  for (const WordValues* words :
       {&number_words_, &multipliers_, &ordinal_words_, &approximate_nouns_,
        &fraction_words_}) {
    for (const auto& entry : *words) starters_.insert(entry.first);
  }
  for (const WordSet* words : {&articles_for_one_, &minus_words_}) {
    starters_.insert(words->begin(), words->end());
  }
  approximators_.AddFirstKeys(&starters_);
  vague_determiners_.AddFirstKeys(&starters_);
  units_.AddFirstKeys(&starters_);  // "$5", "percent of 10"
  relative_ordinals_.AddFirstKeys(&starters_);
  for (const FigureLanguage::RangeWords& words : ranges_) {
    starters_.insert(FoldKey(words.open));
  }
}

// ---------------------------------------------------------------------------
// Numbers.

namespace {

// Spelled-out numbers: the tables a WordNumber reads words with.
struct NumberTables {
  const WordValues& words;
  const WordValues& multipliers;
  const WordValues& ordinals;
  const WordSet& joiners;
};

// Adds one word to *number: "vingt", "cent", "deuxième".
bool AddWord(const NumberTables& t, const std::string& key, WordNumber* number) {
  if (const double* v = Find(t.words, key)) return number->AddValue(*v);
  if (const double* m = Find(t.multipliers, key)) {
    return number->AddMultiplier(*m);
  }
  if (const double* o = Find(t.ordinals, key)) {
    number->ordinal = true;
    return *o >= 100 ? number->AddMultiplier(*o, false)
                     : number->AddValue(*o);
  }
  return false;
}

// Adds a token: a word, or a hyphenated compound read longest known
// compound first ("quatre-vingt-dix-sept" = "quatre-vingt" "dix-sept").
bool AddToken(const NumberTables& t, const std::string& key,
              WordNumber* number) {
  if (AddWord(t, key, number)) return true;
  if (key.find('-') == std::string::npos) return false;
  std::vector<std::string> parts;
  size_t from = 0;
  for (;;) {
    const size_t dash = key.find('-', from);
    parts.push_back(key.substr(from, dash - from));
    if (dash == std::string::npos) break;
    from = dash + 1;
  }
  WordNumber attempt = *number;
  for (size_t p = 0; p < parts.size();) {
    if (attempt.ordinal) return false;
    if (p + 1 < parts.size() &&
        AddWord(t, parts[p] + "-" + parts[p + 1], &attempt)) {
      p += 2;
    } else if (t.joiners.count(parts[p]) && attempt.parts > 0) {
      p += 1;  // "vingt-et-un"
    } else if (AddWord(t, parts[p], &attempt)) {
      p += 1;
    } else {
      return false;
    }
  }
  *number = attempt;
  return true;
}

// Unicode vulgar fractions: "½", "¾".
double VulgarFraction(std::u32string_view s) {
  if (s.size() != 1) return 0;
  switch (s[0]) {
    case 0xBD: return 1.0 / 2;
    case 0xBC: return 1.0 / 4;
    case 0xBE: return 3.0 / 4;
    case 0x2153: return 1.0 / 3;
    case 0x2154: return 2.0 / 3;
    case 0x2155: return 1.0 / 5;
    case 0x2159: return 1.0 / 6;
    case 0x215B: return 1.0 / 8;
    default: return 0;
  }
}

}  // namespace

bool FigureRecognizer::MatchDigits(const TokenizedText& text, size_t i,
                                   Match* match) const {
  const size_t n = text.tokens.size();
  if (i >= n) return false;
  if (text.tokens[i].kind == TokenKind::kSymbol) {
    const double fraction = VulgarFraction(text.chars(i));
    if (fraction == 0) return false;
    match->digits = true;
    match->value = fraction;
    match->end = i + 1;
    return true;
  }
  if (text.tokens[i].kind != TokenKind::kNumber) return false;
  double value = 0;
  if (!ParseDigits(text.chars(i), decimal_, &value)) return false;
  match->digits = true;
  match->end = i + 1;
  const std::u32string& s = text.text.chars;
  const size_t after = text.tokens[i].end;
  auto glued_number = [&](size_t k) {
    return k < n && text.tokens[k].glued &&
           text.tokens[k].kind == TokenKind::kNumber;
  };
  // "3/4": a fraction when the numerator is the smaller ("24/7" is not).
  if (i + 2 < n && text.tokens[i + 1].glued && text.chars(i + 1) == U"/" &&
      glued_number(i + 2)) {
    double denominator = 0;
    if (!ParseDigits(text.chars(i + 2), decimal_, &denominator) ||
        denominator <= value || std::floor(value) != value ||
        (i + 3 < n && text.tokens[i + 3].glued &&
         text.chars(i + 3) == U"/")) {
      return false;
    }
    match->value = value / denominator;
    match->end = i + 3;
    return true;
  }
  // Powers: "1,1^23", "-12e-1", "1.3x10^6".
  {
    size_t p = after;
    double scale_base = 0;  // 0: value ^ exponent, else value * base^exp
    if (p + 3 < s.size() && s[p] == 'x' && s[p + 1] == '1' && s[p + 2] == '0' &&
        s[p + 3] == '^') {
      scale_base = 10;
      p += 4;
    } else if (p < s.size() && s[p] == '^') {
      p += 1;
    } else if (p < s.size() && (s[p] == 'e' || s[p] == 'E')) {
      scale_base = 10;
      p += 1;
    } else {
      p = 0;
    }
    if (p != 0) {
      bool negative = false;
      while (p < s.size() && (s[p] == '+' || s[p] == '-')) {
        negative ^= s[p] == '-';
        ++p;
      }
      double exponent = 0;
      size_t digits = 0;
      while (p < s.size() && IsAsciiDigit(s[p])) {
        exponent = exponent * 10 + (s[p] - '0');
        ++p;
        ++digits;
      }
      if (negative) exponent = -exponent;
      size_t k = i + 1;
      while (k < n && text.tokens[k].glued && text.tokens[k].end < p) ++k;
      if (digits > 0 && k < n && text.tokens[k].end == p &&
          (p >= s.size() || !IsLetter(s[p]))) {
        match->value = scale_base == 0 ? std::pow(value, exponent)
                                       : value * std::pow(10, exponent);
        match->end = k + 1;
        return true;
      }
    }
  }
  // A glued suffix: "2e", "1er", "3rd" (ordinals), "10k", "2.5bn".
  // "10 bln": a suffix of two letters or more may stand apart.
  const bool suffix_apart =
      i + 1 < n && !text.tokens[i + 1].glued &&
      (text.keys[i + 1].size() >= 2 || text.keys[i + 1] == "k") &&
      Find(multiplier_suffixes_, text.keys[i + 1]);
  const bool capital_multiplier =
      i + 1 < n && text.tokens[i + 1].kind == TokenKind::kWord &&
      (text.chars(i + 1) == U"M" || text.chars(i + 1) == U"MM" ||
       (text.chars(i + 1) == U"G" && !text.tokens[i + 1].glued));
  if (!capital_multiplier && i + 1 < n &&
      (text.tokens[i + 1].glued || suffix_apart) &&
      text.tokens[i + 1].kind == TokenKind::kWord) {
    const std::string& suffix = text.keys[i + 1];
    if (Has(ordinal_suffixes_, suffix) && std::floor(value) == value) {
      match->ordinal = true;
      match->end = i + 2;
    } else if (const double* f = Find(multiplier_suffixes_, suffix)) {
      value *= *f;
      match->end = i + 2;
      match->ends_with_multiplier = true;
    }
  } else if (capital_multiplier) {
    // "10M", "1MM", "1,674.5 G": capital M(M) is a million, G a billion
    // (not glued: "4G" is a network).
    const bool next_is_symbol = i + 2 < n && text.tokens[i + 2].glued &&
                                text.tokens[i + 2].kind != TokenKind::kPunct;
    if (!next_is_symbol) {  // "10 M€" is a unit
      value *= text.chars(i + 1) == U"G" ? 1e9 : 1e6;
      match->end = i + 2;
      match->ends_with_multiplier = true;
    }
  } else if (i + 1 < n && std::floor(value) == value) {
    // "2 1/4", "2½": a whole number and a fraction.
    // Only a fraction may follow: "1 2 3 4 …" must not recurse.
    const bool fraction_next =
        text.tokens[i + 1].kind == TokenKind::kSymbol ||
        (text.tokens[i + 1].kind == TokenKind::kNumber && i + 2 < n &&
         text.tokens[i + 2].glued && text.chars(i + 2) == U"/");
    Match fraction;
    if (fraction_next && MatchDigits(text, i + 1, &fraction) &&
        fraction.value &&
        *fraction.value < 1 && fraction.value > 0.0) {
      value += *fraction.value;
      match->end = fraction.end;
    }
  }
  match->value = value;
  return true;
}

namespace {

// One word of a spelled fraction: its value, or a joiner ("and").
struct FractionPart {
  std::string key;
  double value = 0;
  bool joiner = false;
  bool ordinal = false;
  size_t token = 0;
};

// "twenty" and "five" compose ("twenty-five"), "hundred" and "thirty" too;
// "three" and "twenty" do not.
bool Composable(double big, double small) {
  const double base = small > 10 ? 100 : 10;
  return std::fmod(big, base) == 0 && big / base >= 1;
}

// Where the numerator of a spelled fraction ends: the denominator takes
// the words before the final ordinal as long as they compose with it into
// one ordinal ("three | twenty fifths", "one hundred | thirty fifths"),
// but a joiner binds the words around it into the numerator ("one hundred
// and thirty | fifths"). The convention of Recognizers-Text's parser.
size_t FractionSplit(const std::vector<FractionPart>& parts) {
  int split = static_cast<int>(parts.size()) - 1;
  double current = parts[split].value;
  double round = 1;
  for (split = static_cast<int>(parts.size()) - 2; split >= 0; --split) {
    if (parts[split].joiner) continue;
    const double previous = current;
    current = parts[split].value;
    const bool composes = (previous >= 100 && previous > current) ||
                          (previous < 100 && Composable(current, previous));
    if (!composes) return split + 1;
    if (previous < 100) {
      if (current >= round) {
        round = current;
      } else {
        return split + 1;
      }
    }
    if (split == 0) {
      // The whole run composes: the numerator is its first round group
      // ("one hundred | one thousand fifths").
      size_t k = 1;
      for (; k + 1 < parts.size(); ++k) {
        if (parts[k].value >= 100 && !parts[k + 1].joiner &&
            parts[k + 1].value < 100) {
          return k + 1;
        }
      }
      return k;
    }
  }
  return 0;
}

}  // namespace

bool FigureRecognizer::MatchSpelledFraction(const TokenizedText& text,
                                            size_t i, Match* match) const {
  const size_t n = text.tokens.size();
  // Most words start no fraction: a few look-ups say so before anything
  // is built. A spelled fraction is short and ends with an ordinal.
  constexpr size_t kMaxTokens = 12;
  auto is_ordinal = [&](const std::string& key) {
    const size_t dash = key.rfind('-');
    const std::string tail =
        dash == std::string::npos ? key : key.substr(dash + 1);
    return Find(ordinal_words_, tail) != nullptr ||
           (EndsPlural(tail) &&
            Find(ordinal_words_, tail.substr(0, tail.size() - 1)) != nullptr);
  };
  {
    bool ordinal_ahead = false;
    for (size_t t = i; t < n && t < i + kMaxTokens && !ordinal_ahead; ++t) {
      const std::string& key = text.keys[t];
      if (text.tokens[t].kind == TokenKind::kPunct && t > i &&
          IsDash(text.chars(t)[0])) {
        continue;  // "ninety - five"
      }
      if (text.tokens[t].kind != TokenKind::kWord) break;
      if (is_ordinal(key)) {
        ordinal_ahead = t > i || key.find('-') != std::string::npos;
      } else if (key.find('-') == std::string::npos &&
                 !Find(number_words_, key) && !Find(multipliers_, key) &&
                 !(t > i && Has(joiners_, key))) {
        break;
      }
    }
    if (!ordinal_ahead) return false;
  }
  std::vector<FractionPart> parts;
  // A hyphen right before the ordinal splits there ("one-fifth", "five
  // hundred-fifths"), unless it makes a compound ordinal ("twenty-fifth").
  bool hyphen_split = false;
  size_t k = i;
  auto number_value = [&](const std::string& key, double* value) {
    const double* v = Find(number_words_, key);
    if (v == nullptr) v = Find(multipliers_, key);
    if (v != nullptr) *value = *v;
    return v != nullptr;
  };
  const NumberTables tables{number_words_, multipliers_, ordinal_words_,
                            joiners_};
  bool spaced_hyphen = false;
  while (k < n && k < i + kMaxTokens) {
    const Token& t = text.tokens[k];
    // "ninety - five": a spaced hyphen between two number words.
    if (t.kind == TokenKind::kPunct && IsDash(text.chars(k)[0]) &&
        !parts.empty() && k + 1 < n &&
        text.tokens[k + 1].kind == TokenKind::kWord) {
      spaced_hyphen = true;
      ++k;
      continue;
    }
    if (t.kind != TokenKind::kWord) break;
    const std::string& key = text.keys[k];
    // A compound number is one word ("ninety-five", "quatre-vingt-dix");
    // one with an ordinal is split at its hyphens ("twenty-fifths").
    WordNumber compound;
    if (key.find('-') != std::string::npos &&
        AddToken(tables, key, &compound) && !compound.ordinal) {
      FractionPart part;
      part.key = key;
      part.value = compound.value();
      part.token = k;
      parts.push_back(part);
      spaced_hyphen = false;
      ++k;
      continue;
    }
    if (spaced_hyphen) {
      // "ninety - five" reads as "ninety-five".
      FractionPart& previous = parts.back();
      WordNumber joined;
      if (!previous.joiner && !previous.ordinal &&
          AddToken(tables, previous.key + "-" + key, &joined) &&
          !joined.ordinal) {
        previous.key += "-" + key;
        previous.value = joined.value();
        spaced_hyphen = false;
        ++k;
        continue;
      }
      spaced_hyphen = false;
    }
    std::vector<std::string> words;
    double word_value = 0;
    if (number_value(key, &word_value) || Find(ordinal_words_, key) ||
        key.find('-') == std::string::npos) {
      words.push_back(key);
    } else {
      size_t from = 0;
      for (;;) {
        const size_t dash = key.find('-', from);
        words.push_back(key.substr(from, dash - from));
        if (dash == std::string::npos) break;
        from = dash + 1;
      }
    }
    std::vector<FractionPart> token_parts;
    bool ends = false, valid = true;
    for (size_t w = 0; w < words.size() && valid; ++w) {
      FractionPart part;
      part.key = words[w];
      part.token = k;
      const std::string singular =
          EndsPlural(words[w]) ? words[w].substr(0, words[w].size() - 1)
                               : words[w];
      if (ends) {
        valid = false;
      } else if (Has(joiners_, words[w]) &&
                 (!parts.empty() || !token_parts.empty())) {
        part.joiner = true;
      } else if (number_value(words[w], &part.value)) {
        // a number word or a multiplier: its value is set
      } else if (const double* o = Find(ordinal_words_, words[w])) {
        part.value = *o;
        part.ordinal = ends = true;
      } else if (const double* o = Find(ordinal_words_, singular)) {
        part.value = *o;
        part.key = singular;
        part.ordinal = ends = true;
      } else {
        valid = false;
      }
      token_parts.push_back(part);
    }
    if (!valid) break;
    if (ends && token_parts.size() >= 2) {
      const FractionPart& before = token_parts[token_parts.size() - 2];
      const double ordinal = token_parts.back().value;
      hyphen_split = !(before.value >= 20 && before.value < 100 &&
                       std::fmod(before.value, 10) == 0 && ordinal < 10);
    }
    parts.insert(parts.end(), token_parts.begin(), token_parts.end());
    ++k;
    if (ends) break;
  }
  if (parts.size() < 2 || !parts.back().ordinal) return false;
  const size_t last = parts.back().token;
  const std::string& last_key = text.keys[last];
  if (Has(time_units_, last_key)) return false;  // "twenty seconds"
  const bool plural = EndsPlural(last_key) && !Find(ordinal_words_, last_key);
  // A joiner belongs to the numerator only after "hundred" ("one hundred
  // and thirty fifths" = 130/5); else it adds a fraction ("twenty and
  // three fifths", "six million and two thirds"), read elsewhere, as is
  // "two hundred and fifty-four hundredths" (200.54).
  for (size_t p = 0; p < parts.size(); ++p) {
    if (!parts[p].joiner) continue;
    const double* before = p > 0 ? Find(multipliers_, parts[p - 1].key)
                                 : nullptr;
    if (before == nullptr || *before >= 1000) return false;
    double after = 0;
    for (size_t q = p + 1; q + 1 < parts.size(); ++q) {
      if (!parts[q].joiner) after += parts[q].value;
    }
    if (after > 0 && after < parts.back().value) return false;
  }
  if (!plural) {
    // A singular ordinal makes a fraction only when the words cannot be one
    // ordinal ("one one hundred fifth", not "one hundred twenty fifth"),
    // and no noun follows.
    if (parts.size() < 3) return false;
    WordNumber whole;
    bool one_number = true;
    for (const FractionPart& p : parts) {
      if (!p.joiner && !AddToken(tables, p.key, &whole)) one_number = false;
    }
    if (one_number) return false;
    if (k < n && text.tokens[k].kind == TokenKind::kWord &&
        !Has(links_, text.keys[k])) {
      return false;
    }
  }
  const size_t split =
      hyphen_split ? parts.size() - 1 : FractionSplit(parts);
  if (split == 0 || split >= parts.size()) return false;
  WordNumber numerator, denominator;
  for (size_t p = 0; p < parts.size(); ++p) {
    if (parts[p].joiner) continue;
    WordNumber* target = p < split ? &numerator : &denominator;
    if (!AddToken(tables, parts[p].key, target)) return false;
  }
  if (numerator.parts == 0 || numerator.ordinal || denominator.value() == 0) {
    return false;
  }
  match->words = true;
  match->value = numerator.value() / denominator.value();
  match->end = k;
  return true;
}

void FigureRecognizer::FractionOfMultiplier(const TokenizedText& text,
                                            double* value,
                                            size_t* end) const {
  const size_t at = *end;
  if (at + 2 < text.tokens.size() && Has(links_, text.keys[at]) &&
      Has(articles_for_one_, text.keys[at + 1]) &&
      Find(multipliers_, text.keys[at + 2])) {
    *value *= *Find(multipliers_, text.keys[at + 2]);
    *end = at + 3;
  }
}

bool FigureRecognizer::DenominatorAt(const TokenizedText& text, size_t i,
                                     double* value) const {
  if (i >= text.tokens.size() || text.tokens[i].kind != TokenKind::kWord) {
    return false;
  }
  const std::string& key = text.keys[i];
  if (const double* f = Find(fraction_words_, key)) {
    *value = *f;
    return true;
  }
  const NumberTables tables{number_words_, multipliers_, ordinal_words_,
                            joiners_};
  for (const std::string& form :
       {key, EndsPlural(key) ? key.substr(0, key.size() - 1) : key}) {
    WordNumber number;
    if (AddToken(tables, form, &number) && number.ordinal &&
        number.value() >= 3) {
      *value = number.value();
      return true;
    }
  }
  return false;
}

bool FigureRecognizer::MatchNumber(const TokenizedText& text, size_t i,
                                   Match* match, int depth) const {
  constexpr int kMaxDepth = 2;
  const size_t n = text.tokens.size();
  if (i >= n || depth > kMaxDepth) return false;
  const NumberTables tables{number_words_, multipliers_, ordinal_words_,
                            joiners_};
  WordNumber number;
  bool digits_last = false;  // a digit group can't take a number word
  size_t k = i;
  // A fraction after a whole number: "trois quarts", "five eighths".
  auto fraction_after = [&](size_t at, double numerator, double* value,
                            size_t* end) {
    double denominator = 0;
    if (!DenominatorAt(text, at, &denominator)) return false;
    // "un troisième mandat" is an ordinal; "a fifth of", "trois cinquièmes"
    // are fractions.
    const bool is_fraction_word = Find(fraction_words_, text.keys[at]);
    if (!is_fraction_word && numerator == 1 && at + 1 < n &&
        text.tokens[at + 1].kind == TokenKind::kWord &&
        !Has(links_, text.keys[at + 1])) {
      return false;
    }
    *value = numerator / denominator;
    *end = at + 1;
    return true;
  };
  // "half million", "a quarter million", "three quarters billion", "half
  // a million": a fraction of a multiplier.
  {
    size_t f = i;
    double numerator = 1;
    if (f < n && Has(articles_for_one_, text.keys[f])) {
      ++f;
    } else if (const double* v = f < n ? Find(number_words_, text.keys[f])
                                       : nullptr) {
      numerator = *v;
      ++f;
    }
    const double* denominator =
        f < n ? Find(fraction_words_, text.keys[f]) : nullptr;
    // "un demi-million" in one word.
    const std::string& key = f < n ? text.keys[f] : text.keys[i];
    const size_t dash = key.find('-');
    if (f < n && f > i && dash != std::string::npos &&
        Find(fraction_words_, key.substr(0, dash)) &&
        Find(multipliers_, key.substr(dash + 1))) {
      number.current = numerator /
                       *Find(fraction_words_, key.substr(0, dash)) *
                       *Find(multipliers_, key.substr(dash + 1));
      number.total = 0;
      number.parts = 1;
      number.last_was_multiplier = true;
      number.last_big = *Find(multipliers_, key.substr(dash + 1));
      if (number.last_big >= 1e6) {
        number.total = number.current;
        number.current = 0;
      }
      denominator = nullptr;
      k = f + 1;
    }
    size_t m = f + 1;
    if (denominator && m + 1 < n && Has(articles_for_one_, text.keys[m])) ++m;
    if (denominator && m < n && Find(multipliers_, text.keys[m])) {
      number.current = numerator / *denominator;
      number.parts = 1;
      number.last_part = number.current;
      k = m;
    }
  }
  if (k > i) {
    // A fraction of a multiplier, read above.
  } else if (text.tokens[i].kind == TokenKind::kWord &&
             MatchSpelledFraction(text, i, match)) {
    FractionOfMultiplier(text, &*match->value, &match->end);
    return true;
  } else if (MatchDigits(text, i, match)) {
    if (match->ordinal || match->end != i + 1) return true;
    number.current = *match->value;
    number.parts = 1;
    number.last_part = *match->value;
    digits_last = true;
    k = i + 1;
  } else if (k + 1 < n && Has(articles_for_one_, text.keys[k])) {
    // "a hundred", "un million"; "a half", "un cinquième".
    double value = 0;
    size_t end = 0;
    if (Find(multipliers_, text.keys[k + 1])) {
      number.current = 1;
      number.parts = 1;
      number.last_part = 1;
      ++k;
    } else if (fraction_after(k + 1, 1, &value, &end)) {
      match->words = true;
      match->value = value;
      match->end = end;
      return true;
    } else {
      // "un vingt cinquième", "une vingt et unième": one over an ordinal
      // of several words, when no noun follows (else "un vingt et unième
      // siècle" would be a fraction).
      Match ordinal;
      if (text.tokens[k + 1].kind == TokenKind::kWord &&
          MatchNumber(text, k + 1, &ordinal, depth + 1) && ordinal.ordinal &&
          ordinal.words && ordinal.end > k + 2 && ordinal.value &&
          *ordinal.value >= 3 &&
          (ordinal.end >= n ||
           text.tokens[ordinal.end].kind != TokenKind::kWord ||
           Has(links_, text.keys[ordinal.end]))) {
        match->words = true;
        match->value = 1 / *ordinal.value;
        match->end = ordinal.end;
        return true;
      }
    }
  }
  size_t end = k;
  WordNumber done = number;
  WordNumber before_last = number;  // before the last word read
  bool fraction = false;
  while (k < n && !fraction) {
    const Token& t = text.tokens[k];
    const std::string& key = text.keys[k];
    if (t.kind == TokenKind::kNumber) {
      // "4 thousand 3 hundred and 21": digits after a multiplier.
      Match digits;
      if (number.parts == 0 || number.last_part != 0 ||
          !MatchDigits(text, k, &digits) || digits.end != k + 1 ||
          !digits.value || *digits.value >= 1000) {
        break;
      }
      number.current += *digits.value;
      number.last_part = *digits.value;
      ++number.parts;
      digits_last = true;
      end = k = k + 1;
      done = number;
      continue;
    }
    // "fifty - two", "one - fourth": a spaced hyphen inside a spelled
    // number; kept only if a number word follows.
    if (t.kind == TokenKind::kPunct && IsDash(text.chars(k)[0]) &&
        number.parts > 0 && !digits_last && !match->digits && k + 1 < n &&
        text.tokens[k + 1].kind == TokenKind::kWord &&
        text.tokens[k - 1].kind == TokenKind::kWord) {
      ++k;
      continue;
    }
    if (t.kind != TokenKind::kWord) break;
    if (number.parts > 0 && Has(joiners_, key) && k + 1 < n) {
      // "et demi", "and three quarters", "et trois cinquièmes": a
      // fraction of the last unit ("un million et demi" = 1 500 000).
      const double scale =
          number.current == 0 && number.total > 0 ? number.last_big : 1;
      double value = 0;
      size_t fraction_end = 0;
      size_t numerator_at = k + 1;
      double numerator = 1;
      WordNumber numerator_words;
      if (Has(articles_for_one_, text.keys[numerator_at])) {
        ++numerator_at;
      } else if (AddToken(tables, text.keys[numerator_at], &numerator_words) &&
                 !numerator_words.ordinal) {
        numerator = numerator_words.value();  // "and fifty-four hundredths"
        ++numerator_at;
      }
      if (numerator_at < n &&
          fraction_after(numerator_at, numerator, &value, &fraction_end)) {
        // "un milliard et demi million": the half of the million.
        const double* after = fraction_end < n
                                  ? Find(multipliers_, text.keys[fraction_end])
                                  : nullptr;
        if (scale != 1 && after != nullptr && *after < number.last_big) {
          number.current += value * *after;
          if (*after >= 1e6) match->ends_with_multiplier = true;
          done = number;
          end = fraction_end + 1;
          fraction = true;
          break;
        }
        number.current += value * scale;
        if (scale >= 1e6) match->ends_with_multiplier = true;
        // "one and a half million", "cinq et demi milliards".
        const double* m = fraction_end < n && scale == 1
                              ? Find(multipliers_, text.keys[fraction_end])
                              : nullptr;
        if (m != nullptr && *m >= 1000 && *m < number.last_big) {
          if (*m >= 1e6) match->ends_with_multiplier = true;
          number.total += number.current * *m;
          number.current = 0;
          number.last_was_multiplier = true;
          ++fraction_end;
        }
        done = number;
        end = fraction_end;
        fraction = true;
        break;
      }
      // "soixante et onze", "one hundred and twelve", "mille et un".
      const bool after_ten = number.last_part >= 20 &&
                             std::fmod(number.last_part, 10) == 0;
      if (!after_ten && !number.last_was_multiplier) break;
      WordNumber attempt = number;
      Match digits;
      if (text.tokens[k + 1].kind == TokenKind::kNumber) {
        if (!number.last_was_multiplier || !MatchDigits(text, k + 1, &digits) ||
            digits.end != k + 2 || !digits.value || *digits.value >= 100) {
          break;
        }
        if (*digits.value < 1) break;  // "4 thousand 3 hundred and 0"
        attempt.current += *digits.value;
        attempt.last_part = *digits.value;
        digits_last = true;
      } else if (!AddToken(tables, text.keys[k + 1], &attempt) ||
                 attempt.value() - number.value() >= (after_ten ? 20 : 100)) {
        break;
      }
      // "3 hundred and 2 hundred" are two numbers.
      if (k + 2 < n && Find(multipliers_, text.keys[k + 2])) {
        WordNumber next = attempt;
        if (!next.AddMultiplier(*Find(multipliers_, text.keys[k + 2]))) break;
      }
      number = attempt;
      k += 2;
    } else {
      // A separate ordinal after a whole number may be a denominator:
      // always when plural ("trois cinquièmes", "five eighths"), else when
      // it cannot continue the number ("one eighth", "deux tiers"; but
      // "two hundredth", "one hundred twenty fifth" are ordinals).
      double value = 0;
      size_t fraction_end = 0;
      double denominator = 0;
      const bool plural_ordinal = EndsPlural(key) &&
                                  !Find(ordinal_words_, key) &&
                                  DenominatorAt(text, k, &denominator);
      WordNumber attempt = number;
      // After digits only multipliers follow ("3 hundred", "1,5 million"),
      // not "$ 280 million first".
      const bool after_digits = digits_last || match->digits;
      // "50 cents" is money, not 5 000.
      size_t unit_index = 0, unit_end = 0;
      if (after_digits && units_.Match(text, k, &unit_index, &unit_end)) break;
      bool continues = !(after_digits && !Find(multipliers_, key)) &&
                       !plural_ordinal && AddToken(tables, key, &attempt);
      // "322 hundred": digits times a small multiplier.
      const double* small = Find(multipliers_, key);
      if (!continues && digits_last && small != nullptr && *small < 1000 &&
          number.total == 0) {
        attempt = number;
        attempt.current *= *small;
        attempt.last_part = 0;
        attempt.last_was_multiplier = true;
        continues = true;
      }
      if (!continues && number.parts > 0 &&
          fraction_after(k, number.value(), &value, &fraction_end)) {
        number = WordNumber();
        number.current = value;
        number.parts = 1;
        done = number;
        end = fraction_end;
        fraction = true;
        break;
      }
      // "one-eighth", "five hundred-fifths": a fraction in one word.
      const size_t dash = key.rfind('-');
      if (!continues && !after_digits && dash != std::string::npos) {
        WordNumber numerator = number;
        double denominator_value = 0;
        const std::string tail = key.substr(dash + 1);
        const std::string tail_singular =
            EndsPlural(tail) ? tail.substr(0, tail.size() - 1) : tail;
        const double* fraction_word = Find(fraction_words_, tail);
        const double* ordinal = Find(ordinal_words_, tail);
        if (ordinal == nullptr) ordinal = Find(ordinal_words_, tail_singular);
        if (fraction_word) denominator_value = *fraction_word;
        if (ordinal && *ordinal >= 3) denominator_value = *ordinal;
        if (denominator_value > 0 &&
            AddToken(tables, key.substr(0, dash), &numerator) &&
            !numerator.ordinal) {
          number = WordNumber();
          number.current = numerator.value() / denominator_value;
          number.parts = 1;
          done = number;
          end = k + 1;
          fraction = true;
          break;
        }
      }
      if (!continues && k > i && text.tokens[k - 1].kind == TokenKind::kWord &&
          !after_digits) {
        // "quatre vingt": two words that make one compound.
        WordNumber joined = before_last;
        if (AddWord(tables, text.keys[k - 1] + "-" + key, &joined)) {
          number = joined;
          before_last = joined;
          ++k;
          end = k;
          done = number;
          continue;
        }
      }
      if (!continues) break;
      before_last = number;
      number = attempt;
      digits_last = false;
      ++k;
    }
    end = k;
    done = number;
    if (number.ordinal) break;
  }
  if (end == i) return false;
  double value = done.value();
  // "cinq virgule deux", "five point five".
  if (!done.ordinal && !fraction && end + 1 < n &&
      Has(decimal_words_, text.keys[end])) {
    std::string decimals;
    size_t d = end + 1;
    while (d < n) {
      const double* v = Find(number_words_, text.keys[d]);
      if (v == nullptr || *v > 9) break;
      decimals.push_back(static_cast<char>('0' + static_cast<int>(*v)));
      ++d;
    }
    if (decimals.empty() && d < n) {
      // "deux cent virgule cinquante deux"
      Match rest;
      if (MatchNumber(text, end + 1, &rest, depth + 1) && !rest.ordinal &&
          rest.value &&
          *rest.value >= 1 && std::floor(*rest.value) == *rest.value) {
        decimals = std::to_string(static_cast<int64_t>(*rest.value));
        d = rest.end;
      }
    }
    if (!decimals.empty()) {
      value += std::strtod(("0." + decimals).c_str(), nullptr);
      end = d;
    }
  }
  // "un sur trois", "one out of three", "1 over 3".
  size_t index = 0, per_end = 0;
  if (!done.ordinal && !fraction &&
      per_words_.Match(text, end, &index, &per_end) &&
      (index < small_numerator_per_words_from_ || value <= 10)) {
    Match denominator;
    if (MatchNumber(text, per_end, &denominator, depth + 1) &&
        !denominator.ordinal &&
        denominator.value && *denominator.value > 0 &&
        value <= *denominator.value &&  // "12 out of 10" are two numbers
        // "3 in 2015": a year, which the dates take.
        !(denominator.digits && denominator.end == per_end + 1 &&
          *denominator.value >= 1000 && *denominator.value <= 2100) &&
        (denominator.end >= n ||
         !Has(time_units_, text.keys[denominator.end]))) {
      value /= *denominator.value;
      end = denominator.end;
      fraction = true;
    }
  }
  if (!match->digits) {
    // "un", "une" alone are articles; "the one" is a pronoun.
    size_t unit_index = 0, unit_end = 0;
    if (end == i + 1 && Has(articles_for_one_, text.keys[i]) &&
        !(units_.Match(text, end, &unit_index, &unit_end) &&
          unit_list_[unit_index].kind == UnitKind::kMoney)) {
      return false;  // "un homme"; but "un euro"
    }
    if (end == i + 1 && i > 0 && done.value() == 1 && !done.ordinal &&
        Has(pronoun_one_after_, text.keys[i - 1]) &&
        !units_.Match(text, end, &unit_index, &unit_end)) {
      return false;  // "the one who"; but "that one mile"
    }
  }
  if (fraction) FractionOfMultiplier(text, &value, &end);
  match->words = match->words || !match->digits || end > i + 1;
  match->ordinal = done.ordinal && !fraction;
  // "3 millions de", "dozens of": a noun-like multiplier takes a link;
  // "deux cent mille réfugiés" does not.
  match->ends_with_multiplier = match->ends_with_multiplier ||
                                (done.last_was_multiplier && !done.ordinal &&
                                 done.current == 0 && done.last_big >= 1e6);
  match->value = value;
  match->end = end;
  return true;
}

// "une centaine", "quelques dizaines", "des milliers", "dozens",
// "several hundred", "des dizaines de milliers".
bool FigureRecognizer::MatchApproximateNoun(const TokenizedText& text,
                                            size_t i, Match* match) const {
  const size_t n = text.tokens.size();
  size_t j = i, end = 0, index = 0;
  std::optional<double> times;
  bool vague = false;
  if (j + 1 < n && Find(fraction_words_, text.keys[j]) &&
      Has(articles_for_one_, text.keys[j + 1])) {
    times = 1 / *Find(fraction_words_, text.keys[j]);  // "half a dozen"
    j += 2;
  } else if (j < n && Has(articles_for_one_, text.keys[j]) &&
             !(j + 1 < n && Find(multipliers_, text.keys[j + 1]))) {
    times = 1;  // "une centaine"; but "a hundred dozen" is read below
    ++j;
  } else if (vague_determiners_.Match(text, j, &index, &end)) {
    vague = true;
    j = end;
  } else {
    Match number;
    if (MatchNumber(text, j, &number) && !number.ordinal &&
        !number.ends_with_multiplier) {
      times = number.value;
      j = number.end;
    }
  }
  if (j >= n) return false;
  const std::string& key = text.keys[j];
  const double* base = Find(approximate_nouns_, key);
  const double* multiplier = Find(multipliers_, key);
  if (base == nullptr) {
    // "des millions", "several hundred": a multiplier counted vaguely.
    if (multiplier == nullptr || times || (!vague && !EndsPlural(key))) {
      return false;
    }
    base = multiplier;
  }
  if (!times && !vague && !EndsPlural(key)) return false;  // "centaine" alone
  if (times && !vague && text.tokens[j].kind != TokenKind::kWord) return false;
  std::optional<double> value;
  if (times && !vague) {
    value = *times * *base;
    // "three hundred and two dozen": the noun counts only what follows
    // the joiner (300 + 2 × 12).
    for (size_t k = j; k-- > i + 1;) {
      if (!Has(joiners_, text.keys[k])) continue;
      Match after;
      if (MatchNumber(text, k + 1, &after) && after.end == j && after.value &&
          !after.ordinal) {
        value = *times - *after.value + *after.value * *base;
      }
      break;
    }
  }
  j += 1;
  // "des dizaines de milliers", "tens of thousands of".
  while (j + 1 < n && Has(links_, text.keys[j])) {
    const std::string& next = text.keys[j + 1];
    const double* more = Find(approximate_nouns_, next);
    if (more == nullptr) more = Find(multipliers_, next);
    if (more == nullptr || *more < 1000 || !EndsPlural(next)) break;
    if (value) *value *= *more;
    j += 2;
  }
  match->value = value;
  match->approximate = true;
  match->ends_with_multiplier = true;
  match->words = true;
  match->end = j;
  return true;
}

// "entre 10 et 20", "de 10 à 20", "between 10 and 20".
bool FigureRecognizer::MatchRange(const TokenizedText& text, size_t i,
                                  Match* match) const {
  const size_t n = text.tokens.size();
  for (const FigureLanguage::RangeWords& words : ranges_) {
    if (text.keys[i] != FoldKey(words.open)) continue;
    Match low, high;
    if (!MatchNumber(text, i + 1, &low) || low.ordinal) return false;
    if (low.end >= n || text.keys[low.end] != FoldKey(words.join)) continue;
    if (!MatchNumber(text, low.end + 1, &high) || high.ordinal) continue;
    if (!low.value || !high.value || *high.value <= *low.value) continue;
    match->value = low.value;
    match->value_max = high.value;
    match->digits = low.digits && high.digits;
    match->words = low.words || high.words;
    match->ends_with_multiplier = high.ends_with_multiplier;
    match->end = high.end;
    return true;
  }
  return false;
}

// ---------------------------------------------------------------------------
// What follows the number.

bool FigureRecognizer::MatchCountedNoun(const TokenizedText& text, size_t i,
                                        bool after_link, Match* match) const {
  const size_t n = text.tokens.size();
  (void)after_link;
  for (int adjectives = 0; i < n && adjectives < 2; ++adjectives) {
    const Token& t = text.tokens[i];
    const std::string& key = text.keys[i];
    if (t.kind != TokenKind::kWord || t.elided || t.newline_before) {
      return false;
    }
    if (!IsLower(text.text.chars[t.begin]) || key.size() < 2) return false;
    if (Has(not_counted_, key) || Has(time_units_, key) ||
        Has(blockers_, key) || Find(number_words_, key) ||
        Find(multipliers_, key) || Find(approximate_nouns_, key) ||
        Find(ordinal_words_, key)) {
      return false;
    }
    size_t relative_index = 0, relative_end = 0;
    if (!Has(noun_adjectives_, key) &&
        relative_ordinals_.Match(text, i, &relative_index, &relative_end)) {
      return false;  // "one last time": a rank, not a noun
    }
    if (Has(noun_adjectives_, key) && i + 1 < n) {
      Match probe = *match;
      if (MatchCountedNoun(text, i + 1, after_link, &probe)) {
        *match = probe;
        return true;
      }
    }
    // "1.4767 late": a decimal counts something only with a multiplier
    // ("1,5 million de personnes").
    if (match->value && std::floor(*match->value) != *match->value &&
        !match->ends_with_multiplier) {
      return false;
    }
    const bool plural = !match->value || std::fabs(*match->value) >= 2 ||
                        match->ends_with_multiplier;
    if (plural && !EndsPlural(key) && !Has(irregular_plurals_, key)) {
      return false;
    }
    match->counted = ToUtf8(text.chars(i));
    match->end = i + 1;
    return true;
  }
  return false;
}

// After "15 dollars": "et 15 cents", "50", and "75 USD million".
void FigureRecognizer::MatchMoneyTail(const TokenizedText& text,
                                      const UnitWord& unit,
                                      Match* match) const {
  const size_t n = text.tokens.size();
  size_t j = match->end;
  if (j >= n) return;
  if (const double* m = Find(multipliers_, text.keys[j])) {
    if (*m >= 1e6) {
      *match->value *= *m;
      match->end = j + 1;
    }
    return;
  }
  if (unit.factor != 1 || match->ends_with_multiplier) return;
  if (Has(joiners_, text.keys[j])) ++j;
  Match cents;
  if (!MatchNumber(text, j, &cents) || cents.ordinal || !cents.value) return;
  size_t index = 0, end = 0;
  // "treize euros et quarante-cinq cents": French "cents" is also the
  // multiplier 100, which the number read; it is the subunit here.
  // ("et deux cents euros" is another sum.)
  const size_t last = cents.end - 1;
  const double* multiplier =
      last > j ? Find(multipliers_, text.keys[last]) : nullptr;
  size_t next_index = 0, next_end = 0;
  const bool money_follows =
      units_.Match(text, cents.end, &next_index, &next_end) &&
      unit_list_[next_index].kind == UnitKind::kMoney;
  if (multiplier != nullptr && *cents.value >= 100 && !money_follows &&
      units_.Match(text, last, &index, &end) && end == cents.end &&
      unit_list_[index].kind == UnitKind::kMoney &&
      unit_list_[index].factor == 0.01) {
    *cents.value /= *multiplier;
    cents.end = last;
  }
  if (*cents.value >= 100 || *cents.value < 1 ||
      std::floor(*cents.value) != *cents.value) {
    return;
  }
  if (units_.Match(text, cents.end, &index, &end) &&
      unit_list_[index].kind == UnitKind::kMoney &&
      unit_list_[index].factor == 0.01) {
    *match->value += *cents.value / 100;
    match->end = end;
  } else if (cents.end >= n ||
             text.tokens[cents.end].kind == TokenKind::kPunct) {
    *match->value += *cents.value / 100;  // "15 dollars 50."
    match->end = cents.end;
  }
}

void FigureRecognizer::MatchUnitOrNoun(const TokenizedText& text,
                                       Match* match) const {
  const size_t n = text.tokens.size();
  size_t j = match->end, index = 0, end = 0;
  const size_t link = j < n && Has(links_, text.keys[j]) ? 1 : 0;
  bool found = match->ends_with_multiplier &&
               units_after_millions_.Match(text, j + link, &index, &end);
  if (!found && match->value && !match->ends_with_multiplier &&
      std::floor(*match->value) != *match->value) {
    found = units_after_decimals_.Match(text, j, &index, &end);
  }
  if (!found) found = units_.Match(text, j, &index, &end);
  // "20 (kg)", "20 [kg]": a unit in brackets, as in tables.
  if (!found && j + 2 < n && text.chars(j).size() == 1 &&
      units_.Match(text, j + 1, &index, &end) && end < n &&
      unit_list_[index].kind == UnitKind::kQuantity &&
      text.chars(end).size() == 1) {
    const char32_t open = text.chars(j)[0], close = text.chars(end)[0];
    found = (open == '(' && close == ')') || (open == '[' && close == ']') ||
            (open == '{' && close == '}') || (open == '<' && close == '>');
    if (found) ++end;
  }
  // "3-inch", "2,5-km", "12-cent": a unit hyphenated to digits.
  if (!found && j + 1 < n && text.tokens[j].glued &&
      text.chars(j) == U"-" && text.tokens[j + 1].glued) {
    auto it = word_units_.find(text.keys[j + 1]);
    if (it != word_units_.end()) {
      found = true;
      index = it->second;
      end = j + 2;
    }
  }
  // "10 millions d'euros", "48 milliards de $".
  if (!found && j + 1 < n && Has(links_, text.keys[j]) &&
      match->ends_with_multiplier) {
    found = units_.Match(text, j + 1, &index, &end) &&
            unit_list_[index].kind != UnitKind::kPercent;
  }
  if (found && !match->ordinal && !match->has_unit) {
    const UnitWord& unit = unit_list_[index];
    // "20%2D" in a URL is no percentage: a symbol unit must not run on.
    // "24703m212" is a code.
    const bool runs_on = end < n && text.tokens[end].glued &&
                         ((text.tokens[end].kind != TokenKind::kPunct &&
                           text.tokens[end - 1].kind == TokenKind::kSymbol) ||
                          text.tokens[end].kind == TokenKind::kNumber);
    if (!runs_on) {
      match->has_unit = true;
      match->kind = unit.kind;
      match->unit = std::string(unit.unit);
      if (match->value) *match->value *= unit.factor;
      if (match->value_max) *match->value_max *= unit.factor;
      match->end = end;
      if (unit.kind == UnitKind::kMoney && match->value) {
        MatchMoneyTail(text, unit, match);
      }
      // "5 ft 2 in", "5 feet and 2 inches": feet and inches add up.
      if (match->unit == "ft" && match->value && end < n) {
        size_t k = end + (Has(joiners_, text.keys[end]) ? 1 : 0);
        Match inches;
        size_t inch_index = 0, inch_end = 0;
        if (MatchDigits(text, k, &inches) && inches.value &&
            inches.end < n) {
          const bool inch = text.keys[inches.end] == "in" ||
                            (units_.Match(text, inches.end, &inch_index,
                                          &inch_end) &&
                             unit_list_[inch_index].unit == "in");
          if (inch) {
            *match->value += *inches.value / 12;
            match->end = inches.end + 1;
          }
        }
      }
      return;
    }
  }
  if (match->ordinal || match->has_unit) return;
  if (!(match->ends_with_multiplier && multiplier_needs_link_) &&
      MatchCountedNoun(text, j, false, match)) {
    return;
  }
  if (j + 1 < n && Has(links_, text.keys[j]) && match->ends_with_multiplier) {
    MatchCountedNoun(text, j + 1, true, match);
  }
}

bool FigureRecognizer::MatchRelativeOrdinal(const TokenizedText& text,
                                            size_t i,
                                            const std::vector<bool>& taken,
                                            Match* match) const {
  const size_t n = text.tokens.size();
  size_t index = 0, end = 0;
  if (!relative_ordinals_.Match(text, i, &index, &end)) return false;
  for (size_t k = i; k < end; ++k) {
    if (taken[k]) return false;
  }
  const RelativeOrdinal& ordinal = relative_ordinal_list_[index];
  if (i > 0) {
    const std::string& before = text.keys[i - 1];
    if (ordinal.also_verb && Has(relative_ordinal_verb_markers_, before)) {
      return false;  // "it will last"
    }
    // "l'an dernier", "la semaine prochaine": the rest of a date.
    if (Has(relative_ordinal_not_after_, before) || Has(time_units_, before)) {
      return false;
    }
  }
  // "what happens next.", "il a fini dernier.": an adverb or an
  // attribute, unless a determiner makes it a rank ("the last.").
  const bool clause_ends =
      end >= n || (text.tokens[end].kind == TokenKind::kPunct &&
                   !IsOpening(text.chars(end)[0]) &&
                   !IsQuote(text.chars(end)[0]));
  if (clause_ends && end == i + 1 && !relative_ordinal_determiners_.empty() &&
      (i == 0 || !Has(relative_ordinal_determiners_, text.keys[i - 1]))) {
    return false;
  }
  if (end < n) {
    if (Has(relative_ordinal_not_before_, text.keys[end])) return false;
    // "last week", "les dernières 24 heures", "the last few years": a date
    // or a duration.
    size_t unit_at = end, index = 0, vague_end = 0;
    Match number;
    if (MatchNumber(text, end, &number) && !number.ordinal) {
      unit_at = number.end;
    } else if (vague_determiners_.Match(text, end, &index, &vague_end)) {
      unit_at = vague_end;
    }
    if (unit_at < n && Has(time_units_, text.keys[unit_at])) return false;
  }
  match->first = i;
  match->end = match->number_end = end;
  match->ordinal = true;
  match->words = true;
  match->relative_to = ordinal.relative_to;
  match->offset = ordinal.offset;
  // "Next Generation EU", "le Dernier Métro": capitals inside a sentence
  // make a name. (No other exclusion applies: "la page précédente".)
  const bool capital = IsUpper(text.text.chars[text.tokens[i].begin]);
  return !(capital && i > 0 && text.tokens[i - 1].kind != TokenKind::kPunct);
}

bool FigureRecognizer::IsExcluded(const TokenizedText& text,
                                  const Match& m) const {
  const size_t n = text.tokens.size();
  const Token& first = text.tokens[m.first];
  // A reference, not a figure: "article 49.3", "art. 3", "n° 5".
  if (m.first > 0) {
    size_t p = m.first - 1;
    const std::u32string_view before = text.chars(p);
    if (p > 0 && text.tokens[p].glued &&
        (before == U"." || before == U"°" || before == U"º")) {
      --p;
    }
    if (Has(blockers_, text.keys[p])) return true;
    // Glued to a word, a number or punctuation that is not an opening:
    // "A-3", "24/7", "14:30", "49-3".
    const Token& prev = text.tokens[m.first - 1];
    if (first.glued) {
      if ((prev.kind == TokenKind::kWord && !prev.elided) ||
          prev.kind == TokenKind::kNumber ||
          prev.kind == TokenKind::kSymbol) {
        return true;  // also "q=30", "%2D9114" in addresses
      }
      if (prev.kind == TokenKind::kPunct && !IsOpening(before[0])) return true;
    }
    // "14 h 30": the minutes of a time.
    if (m.first > 1 && Has(time_units_, text.keys[m.first - 1]) &&
        text.tokens[m.first - 2].kind == TokenKind::kNumber) {
      return true;
    }
    // A number after another one: phone numbers, "2015 400"; and the rest
    // of a number left out, "hundred and 21" in "4000 3 hundred and 21".
    if (prev.kind == TokenKind::kNumber &&
        (first.kind == TokenKind::kNumber ||
         Find(multipliers_, text.keys[m.first]))) {
      return true;
    }
  }
  const size_t after = m.number_end;
  if (after < n) {
    const Token& next = text.tokens[after];
    const std::u32string_view next_chars = text.chars(after);
    if (m.digits && next.kind == TokenKind::kNumber) return true;
    // "4G", "3D": digits glued to a word that is no suffix nor unit.
    if (m.digits && next.glued && next.kind == TokenKind::kWord &&
        m.end == after) {
      return true;
    }
    // Times and durations are dates: "14 h 30", "14:30", "trois ans".
    if (!m.has_unit && !m.ordinal && Has(time_units_, text.keys[after])) {
      return true;
    }
    if (next.glued && (next_chars == U":" || next_chars == U"/") &&
        after + 1 < n && text.tokens[after + 1].kind == TokenKind::kNumber) {
      return true;
    }
    if (m.ordinal && Has(ordinal_blockers_after_, text.keys[after])) {
      return true;
    }
  }
  const bool bare = !m.has_unit && m.counted.empty() && !m.approximate &&
                    !m.value_max;
  // A year the date rules left alone ("2013 a été").
  if (bare && m.digits && !m.ordinal && m.end == m.first + 1 &&
      text.tokens[m.first].end - text.tokens[m.first].begin == 4 && m.value &&
      *m.value >= 1000 && *m.value <= 2100) {
    return true;
  }
  // A model or a resolution number: "Boeing 737", "Résolution 2254".
  if (bare && m.first > 1) {
    const Token& prev = text.tokens[m.first - 1];
    const Token& before = text.tokens[m.first - 2];
    if (prev.kind == TokenKind::kWord && IsUpper(text.text.chars[prev.begin]) &&
        before.kind != TokenKind::kPunct) {
      return true;
    }
  }
  // "Premier ministre", "Second Empire": capitalised ordinal words.
  if (m.ordinal && m.words && IsUpper(text.text.chars[first.begin]) &&
      m.first > 0 && text.tokens[m.first - 1].kind != TokenKind::kPunct) {
    return true;
  }
  return false;
}

bool FigureRecognizer::MatchAt(const TokenizedText& text, size_t i,
                               const std::vector<bool>& taken,
                               bool relative_ordinals, Match* match) const {
  const size_t n = text.tokens.size();
  // Most tokens start no figure: one look-up says so.
  const std::string& key = text.keys[i];
  const Token& token = text.tokens[i];
  if (token.kind == TokenKind::kWord && !Has(starters_, key) &&
      key.find('-') == std::string::npos) {
    return false;
  }
  {
    // "a small percentage", "the % of increase": a share with no number.
    size_t index = 0, end = 0;
    const bool determiner_before =
        (i > 0 && Has(percent_alone_after_, text.keys[i - 1])) ||
        (i > 1 && Has(percent_alone_after_, text.keys[i - 2]) &&
         text.tokens[i - 1].kind == TokenKind::kWord &&
         IsLower(text.text.chars[text.tokens[i - 1].begin]) &&
         !Has(starters_, text.keys[i - 1]));
    // Glued, it is rather a URL escape ("a%20dog").
    if (determiner_before && !token.glued &&
        units_.Match(text, i, &index, &end) &&
        !(end < text.tokens.size() && text.tokens[end].glued &&
          text.tokens[end].kind != TokenKind::kPunct) &&
        unit_list_[index].kind == UnitKind::kPercent &&
        unit_list_[index].unit == "%" && !taken[i]) {
      Match m;
      m.first = i;
      m.end = m.number_end = end;
      m.has_unit = true;
      m.kind = UnitKind::kPercent;
      m.unit = "%";
      *match = std::move(m);
      return true;
    }
  }
  if (token.kind == TokenKind::kPunct) {
    const char32_t c = text.chars(i)[0];
    if (!IsMinus(c) && c != '+' && c != '~' && c != decimal_) return false;
  }
  Match m;
  m.first = i;
  if (relative_ordinals && MatchRelativeOrdinal(text, i, taken, &m)) {
    *match = std::move(m);
    return true;
  }
  m = Match();
  m.first = i;
  // "six-mile", "one-yen": a spelled number hyphenated to its unit.
  const size_t dash = key.rfind('-');
  if (dash != std::string::npos && text.tokens[i].kind == TokenKind::kWord) {
    auto it = word_units_.find(key.substr(dash + 1));
    const double* v = Find(number_words_, key.substr(0, dash));
    if (it != word_units_.end() && v != nullptr && !taken[i]) {
      const UnitWord& unit = unit_list_[it->second];
      m.end = m.number_end = i + 1;
      m.value = *v * unit.factor;
      m.words = true;
      m.has_unit = true;
      m.kind = unit.kind;
      m.unit = std::string(unit.unit);
      if (IsExcluded(text, m)) return false;
      *match = std::move(m);
      return true;
    }
  }
  {
    size_t index = 0, end = 0;
    Match number;
    if (units_.Match(text, i, &index, &end) &&
        unit_list_[index].kind == UnitKind::kPercent && end + 1 < n &&
        Has(links_, text.keys[end]) &&
        MatchNumber(text, end + 1, &number) && !number.ordinal &&
        !taken[i]) {
      // "percent of 10", "pourcentage de vingt": the percent word first.
      number.first = i;
      number.number_end = number.end;
      number.has_unit = true;
      number.kind = UnitKind::kPercent;
      number.unit = std::string(unit_list_[index].unit);
      *match = std::move(number);
      return true;
    }
  }
  if (!MatchRange(text, i, &m)) {
    size_t j = i, index = 0, end = 0;
    if (approximators_.Match(text, j, &index, &end) && end < n) {
      m.approximate = true;
      j = end;
    }
    // "$5", "€1", "USD 20".
    const UnitWord* prefix = nullptr;
    if (units_.Match(text, j, &index, &end) &&
        unit_list_[index].before_number && end < n) {
      prefix = &unit_list_[index];
      j = end;
    }
    bool negative = false;
    if (j + 1 < n && text.tokens[j + 1].glued &&
        text.tokens[j + 1].kind == TokenKind::kNumber) {
      const std::u32string_view sign = text.chars(j);
      // A sign stands apart from what precedes it, and not after a
      // number ("75 - 300" is a range or a subtraction).
      const bool free =
          j == 0 || ((!text.tokens[j].glued ||
                      text.tokens[j - 1].kind == TokenKind::kPunct) &&
                     text.tokens[j - 1].kind != TokenKind::kNumber);
      if (free && sign.size() == 1 && (IsMinus(sign[0]) || sign[0] == '+')) {
        negative = sign[0] != '+';
        ++j;
      }
    } else if (j + 1 < n && Has(minus_words_, text.keys[j]) && !prefix &&
               !m.approximate) {
      Match probe;
      if (MatchNumber(text, j + 1, &probe)) {
        negative = true;
        ++j;
      }
    }
    Match core;
    if (j + 1 < n && text.tokens[j].kind == TokenKind::kPunct &&
        text.chars(j).size() == 1 && text.chars(j)[0] == decimal_ &&
        (j == 0 || !text.tokens[j].glued) && text.tokens[j + 1].glued &&
        text.tokens[j + 1].kind == TokenKind::kNumber) {
      // ",08" in French, ".08" in English: a decimal without its zero.
      std::string digits;
      for (char32_t c : text.chars(j + 1)) {
        if (!IsAsciiDigit(c)) return false;
        digits.push_back(static_cast<char>(c));
      }
      core.value = std::strtod(("0." + digits).c_str(), nullptr);
      core.digits = true;
      core.end = j + 2;
    } else if (!MatchApproximateNoun(text, j, &core) &&
               !MatchNumber(text, j, &core)) {
      // "more than half", "nearly a quarter", "près de la moitié": a lone
      // fraction word after an approximation, maybe after "la".
      if (m.approximate && j + 1 < n && Has(definite_articles_, text.keys[j])) {
        ++j;
      }
      const double* share =
          m.approximate && j < n ? Find(fraction_words_, text.keys[j])
                                 : nullptr;
      // Not "about half an hour": a fraction of a unit, which the dates
      // (or MatchNumber's "half a million") read.
      if (share == nullptr || EndsPlural(text.keys[j]) ||
          (j + 1 < n && Has(articles_for_one_, text.keys[j + 1]))) {
        return false;
      }
      core = Match();
      core.value = 1 / *share;
      core.words = true;
      core.end = j + 1;
    }
    const bool approximate = m.approximate || core.approximate;
    core.first = m.first;
    m = core;
    m.approximate = approximate;
    if (negative && m.value) *m.value = -*m.value;
    if (prefix) {
      // "$1.2m": after a currency, a glued m is a million.
      if (m.digits && m.end < n && text.tokens[m.end].glued &&
          text.keys[m.end] == "m") {
        if (m.value) *m.value *= 1e6;
        ++m.end;
      }
      m.has_unit = true;
      m.kind = prefix->kind;
      m.unit = std::string(prefix->unit);
      if (m.value) *m.value *= prefix->factor;
    }
    // "10-20", "10–20", "10 – 20": a range of digits; a spaced hyphen is
    // rather a subtraction or a score ("3 - 1").
    if (m.digits && !m.ordinal && !prefix && m.end + 1 < n &&
        text.tokens[m.end].kind == TokenKind::kPunct &&
        IsDash(text.chars(m.end)[0]) &&
        text.tokens[m.end + 1].kind == TokenKind::kNumber &&
        text.tokens[m.end].glued == text.tokens[m.end + 1].glued &&
        (text.tokens[m.end].glued || text.chars(m.end)[0] != '-')) {
      Match high;
      const bool found = MatchNumber(text, m.end + 1, &high);
      // "+1-222-2222": a chain of numbers is a phone number or a code.
      const bool chain = found && high.end + 1 < n &&
                         text.tokens[high.end].glued &&
                         text.tokens[high.end].kind == TokenKind::kPunct &&
                         text.tokens[high.end + 1].kind == TokenKind::kNumber;
      if (found && !chain && !high.ordinal && high.value && m.value &&
          *high.value > *m.value && !(*m.value >= 1000 && *m.value <= 2100)) {
        m.value_max = high.value;
        m.end = high.end;
      } else {
        return false;  // "2015-2016", "49-3": not a figure
      }
    }
  }
  m.number_end = m.end;
  if (m.ordinal && m.approximate) return false;
  MatchUnitOrNoun(text, &m);
  // Dates come first: the number must not touch one, and a unit or noun
  // running into one is dropped.
  for (size_t k = m.first; k < m.number_end; ++k) {
    if (taken[k]) return false;
  }
  for (size_t k = m.number_end; k < m.end; ++k) {
    if (taken[k]) {
      m.end = m.number_end;
      m.counted.clear();
      m.has_unit = false;
      m.unit.clear();
      break;
    }
  }
  if (IsExcluded(text, m)) return false;
  *match = std::move(m);
  return true;
}

void FigureRecognizer::Recognize(const TokenizedText& text,
                                 std::vector<Mention>* mentions,
                                 bool relative_ordinals) const {
  const size_t n = text.tokens.size();
  // Tokens inside mentions found before (dates).
  std::vector<bool> taken(n, false);
  std::vector<std::pair<uint32_t, uint32_t>> spans;
  spans.reserve(mentions->size());
  for (const Mention& m : *mentions) spans.emplace_back(m.start, m.end);
  std::sort(spans.begin(), spans.end());
  size_t s = 0;  // first span that may still overlap a token
  for (size_t k = 0; k < n && s < spans.size(); ++k) {
    const uint32_t begin = text.text.utf16_offsets[text.tokens[k].begin];
    const uint32_t end = text.text.utf16_offsets[text.tokens[k].end];
    while (s < spans.size() && spans[s].second <= begin) ++s;
    taken[k] = s < spans.size() && spans[s].first < end;
  }
  for (size_t i = 0; i < n;) {
    Match match;
    if (taken[i] || !MatchAt(text, i, taken, relative_ordinals, &match)) {
      ++i;
      continue;
    }
    Mention m = MentionOfTokens(text, match.first, match.end, Category::kFigure);
    if (match.has_unit) {
      m.subtype = match.kind == UnitKind::kMoney     ? "money"
                  : match.kind == UnitKind::kPercent ? "percent"
                                                     : "quantity";
    } else {
      m.subtype = match.ordinal ? "ordinal" : "number";
    }
    FigureValue value;
    value.value = match.value;
    value.value_max = match.value_max;
    value.approximate = match.approximate;
    value.unit = match.unit;
    value.counted = match.counted;
    value.relative_to = std::string(match.relative_to);
    value.offset = match.offset;
    m.figure = std::move(value);
    mentions->push_back(std::move(m));
    i = match.end;
  }
}

}  // namespace relief
