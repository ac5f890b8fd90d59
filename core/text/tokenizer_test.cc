#include "core/text/tokenizer.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/text/sentences.h"

namespace relief {

namespace {

std::vector<std::string> Texts(const TokenizedText& t) {
  std::vector<std::string> out;
  for (size_t i = 0; i < t.tokens.size(); ++i) out.push_back(t.Utf8(i, i + 1));
  return out;
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("tokenizer: French elision with ' and ’") {
  const TokenizedText t = Tokenize("l'EI qu’il jusqu'à d'Assad");
  CHECK(Texts(t) == Strings{"l'", "EI", "qu’", "il", "jusqu'", "à", "d'", "Assad"});
  CHECK(t.tokens[0].elided);
  CHECK(t.tokens[2].elided);
  CHECK_FALSE(t.tokens[1].elided);
  CHECK(t.keys[2] == "qu'");
}

TEST_CASE("tokenizer: words with their own apostrophe stay whole") {
  CHECK(Texts(Tokenize("aujourd'hui O'Brien")) == Strings{"aujourd'hui", "O'Brien"});
  CHECK(Texts(Tokenize("Assad's army")) == Strings{"Assad", "'s", "army"});
}

TEST_CASE("tokenizer: hyphenated names are one token") {
  CHECK(Texts(Tokenize("Deir-Ezzor, France-Soir et al-Assad.")) ==
        Strings{"Deir-Ezzor", ",", "France-Soir", "et", "al-Assad", "."});
  CHECK(Texts(Tokenize("- tiret")) == Strings{"-", "tiret"});
}

TEST_CASE("tokenizer: numbers with group and decimal separators") {
  CHECK(Texts(Tokenize("1 234,5 et 1,234.5 ou 1.234.567 (3 000)")) ==
        Strings{"1 234,5", "et", "1,234.5", "ou", "1.234.567", "(", "3 000", ")"});
  CHECK(Texts(Tokenize("1\u202F000\u00A0000 morts")) ==
        Strings{"1\u202F000\u00A0000", "morts"});
  // A year then a count: not one number.
  CHECK(Texts(Tokenize("en 2015 400 morts")) == Strings{"en", "2015", "400", "morts"});
  CHECK(Texts(Tokenize("en 2013.")) == Strings{"en", "2013", "."});
}

TEST_CASE("tokenizer: currency and units glued to numbers are separate tokens") {
  const TokenizedText t = Tokenize("1€ et $5, 14h30");
  CHECK(Texts(t) == Strings{"1", "€", "et", "$", "5", ",", "14", "h", "30"});
  CHECK(t.tokens[1].glued);
  CHECK(t.tokens[1].kind == TokenKind::kSymbol);
  CHECK(t.tokens[4].glued);
  CHECK(t.tokens[0].kind == TokenKind::kNumber);
  CHECK_FALSE(t.tokens[2].glued);
}

TEST_CASE("tokenizer: a unit glued to a number ends at a hyphen before digits") {
  // "13h-15h" is a range of two times, not "13", "h-", "15", "h".
  CHECK(Texts(Tokenize("13h-15h")) == Strings{"13", "h", "-", "15", "h"});
  CHECK(Texts(Tokenize("4pm-5pm")) == Strings{"4", "pm", "-", "5", "pm"});
  CHECK(Texts(Tokenize("COVID-19 et F-16")) == Strings{"COVID-19", "et", "F-16"});
}

TEST_CASE("tokenizer: offsets in code points, UTF-16 units and bytes") {
  const TokenizedText t = Tokenize("😀 Kobané 27");
  REQUIRE(t.tokens.size() == 3);
  const Token& kobane = t.tokens[1];
  CHECK(t.text.utf16_offsets[kobane.begin] == 3);  // emoji = 2 units + space
  CHECK(t.text.utf16_offsets[kobane.end] == 9);
  CHECK(t.text.byte_offsets[kobane.begin] == 5);
  CHECK(t.text.byte_offsets[kobane.end] == 12);
  CHECK(t.keys[1] == "kobane");
}

TEST_CASE("tokenizer: line breaks and acronyms") {
  const TokenizedText t = Tokenize("Titre\nLes U.S. et l'ONU");
  CHECK(Texts(t) == Strings{"Titre", "Les", "U.S.", "et", "l'", "ONU"});
  CHECK(t.tokens[1].newline_before);
  CHECK_FALSE(t.tokens[2].newline_before);
}

TEST_CASE("tokenizer: control characters and NUL separate tokens") {
  const std::string text("a\0b\x01" "c", 5);
  CHECK(Texts(Tokenize(text)) == Strings{"a", "b", "c"});
}

TEST_CASE("sentences: punctuation, abbreviations and title lines") {
  const TokenizedText t = Tokenize(
      "Syrie : le régime reprend Palmyre\nM. Dupont est arrivé. Il parle. "
      "G. Bush aussi ! Fin");
  const std::vector<Sentence> s = SplitSentences(t);
  std::vector<std::string> texts;
  for (const Sentence& x : s) texts.push_back(t.Utf8(x.first_token, x.end_token));
  CHECK(texts == Strings{"Syrie : le régime reprend Palmyre",
                         "M. Dupont est arrivé.", "Il parle.",
                         "G. Bush aussi !", "Fin"});
}

}  // namespace relief

namespace relief {

TEST_CASE("sentences: a run without punctuation is cut into bounded pieces") {
  std::string words;
  for (int i = 0; i < 1000; ++i) words += "mot ";
  const TokenizedText t = Tokenize(words);
  const std::vector<Sentence> s = SplitSentences(t);
  REQUIRE(s.size() == 4);
  size_t covered = 0;
  for (const Sentence& x : s) {
    CHECK(x.end_token - x.first_token <= kMaxSentenceTokens);
    CHECK(x.first_token == covered);
    covered = x.end_token;
  }
  CHECK(covered == 1000);
}

}  // namespace relief
