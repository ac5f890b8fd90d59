// Splits a decoded text into tokens. Language-neutral, with the cases news
// text needs: French elision ("l'", "qu'" with ' or ’), hyphenated names
// ("Deir-Ezzor", "France-Soir"), numbers with group and decimal separators
// ("1 234,5", "1,234.5"), and symbols glued to numbers ("1€", "$5"), which
// stay separate tokens with glued = true.
#ifndef RELIEF_CORE_TEXT_TOKENIZER_H_
#define RELIEF_CORE_TEXT_TOKENIZER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/text/utf8.h"

namespace relief {

enum class TokenKind : uint8_t {
  kWord,    // letters, with inner hyphens and apostrophes, maybe digits
  kNumber,  // digits, with inner group and decimal separators
  kPunct,   // one punctuation character
  kSymbol,  // one symbol character (currency, emoji, °, %…)
};

struct Token {
  uint32_t begin = 0;  // code point index into DecodedText::chars
  uint32_t end = 0;    // exclusive
  TokenKind kind = TokenKind::kWord;
  bool glued = false;           // no white space before it (and not first)
  bool newline_before = false;  // a line break separates it from the previous
  bool elided = false;          // French elision, ends with an apostrophe: "l'"
};

struct TokenizedText {
  DecodedText text;
  std::vector<Token> tokens;
  std::vector<std::string> keys;  // FoldKey of each token, UTF-8

  std::u32string_view chars(const Token& t) const {
    return std::u32string_view(text.chars).substr(t.begin, t.end - t.begin);
  }
  std::u32string_view chars(size_t token_index) const {
    return chars(tokens[token_index]);
  }
  // The UTF-8 text of tokens [first, last), with the original spacing.
  std::string Utf8(size_t first, size_t last) const;
};

TokenizedText Tokenize(DecodedText text);
TokenizedText Tokenize(std::string_view utf8);

}  // namespace relief

#endif  // RELIEF_CORE_TEXT_TOKENIZER_H_
