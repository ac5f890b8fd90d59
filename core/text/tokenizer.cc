#include "core/text/tokenizer.h"

#include <unicode/uchar.h>

#include <utility>

#include "core/text/chars.h"
#include "core/text/fold.h"

namespace relief {

namespace {

// Word beginnings French elides before a vowel; "aujourd'hui" or
// "presqu'île" are words of their own and stay whole.
bool IsElisionPrefix(std::u32string_view word) {
  static const char* const kPrefixes[] = {
      "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu",
      "puisqu", "quoiqu"};
  if (word.size() > 6) return false;
  std::string lower;
  for (char32_t c : word) {
    if (c >= 0x80) return false;
    lower.push_back(static_cast<char>(c | 0x20));
  }
  for (const char* p : kPrefixes) {
    if (lower == p) return true;
  }
  return false;
}

class Scanner {
 public:
  explicit Scanner(const std::u32string& chars) : s_(chars), n_(chars.size()) {}

  char32_t at(size_t i) const { return i < n_ ? s_[i] : 0; }
  bool WordChar(size_t i) const {
    const char32_t c = at(i);
    return i < n_ && (IsLetter(c) || IsMark(c) || IsAsciiDigit(c) ||
                      (c >= 0x80 && u_isdigit(static_cast<UChar32>(c))));
  }
  bool Digit(size_t i) const { return i < n_ && IsAsciiDigit(s_[i]); }

  // End of a number starting at i (a digit).
  size_t ScanNumber(size_t i) const {
    size_t j = i;
    while (Digit(j)) ++j;
    const size_t first_group = j - i;
    bool decimal_seen = false;
    for (;;) {
      const char32_t c = at(j);
      if ((c == ',' || c == '.') && Digit(j + 1)) {
        // "1.234.567", "1,234.5", "3,14"
        j += 1;
        while (Digit(j)) ++j;
        decimal_seen = true;
        continue;
      }
      // "1 234 567": a group space must be followed by exactly three
      // digits, after a first group of at most three ("2015 400" is two
      // numbers).
      if (j < n_ && IsNumberGroupSpace(c) && !decimal_seen &&
          first_group <= 3 && Digit(j + 1) && Digit(j + 2) && Digit(j + 3) &&
          !Digit(j + 4)) {
        j += 4;
        continue;
      }
      break;
    }
    return j;
  }

  // End of a word starting at i; *elided is set when the word is a French
  // elided article or pronoun ending in its apostrophe.
  // after_number: the word is glued to a number ("14h30", "2e", "10km"),
  // where digits start a new token instead of continuing the word.
  size_t ScanWord(size_t i, bool after_number, bool* elided) const {
    *elided = false;
    size_t j = i;
    // Initials and dotted acronyms: "U.S.", "J.-C." stay one token.
    if (IsLetter(at(j)) && at(j + 1) == '.' && IsLetter(at(j + 2)) &&
        (at(j + 3) == '.' || (IsHyphen(at(j + 3)) && IsLetter(at(j + 4))))) {
      while (IsLetter(at(j)) && at(j + 1) == '.') {
        j += 2;
        if (IsHyphen(at(j)) && IsLetter(at(j + 1))) ++j;
      }
      return j;
    }
    for (;;) {
      while (WordChar(j) && !(after_number && Digit(j))) ++j;
      const char32_t c = at(j);
      // Glued to a number, a hyphen before a digit ends the word: "13h-15h"
      // is "13", "h", "-", "15", "h" (a range), not "h-".
      if (IsHyphen(c) && WordChar(j + 1) && !(after_number && Digit(j + 1))) {
        j += 1;
        continue;
      }
      if (IsApostrophe(c) && IsLetter(at(j + 1))) {
        std::u32string_view so_far(s_.data() + i, j - i);
        if (IsElisionPrefix(so_far)) {
          *elided = true;
          return j + 1;
        }
        // English possessive "Assad's": the "'s" is a token of its own.
        if ((at(j + 1) | 0x20) == 's' && !WordChar(j + 2)) return j;
        j += 1;  // "aujourd'hui", "O'Brien", "don't"
        continue;
      }
      return j;
    }
  }

 private:
  const std::u32string& s_;
  const size_t n_;
};

bool IsSkipped(char32_t c) {
  if (IsSpace(c)) return true;
  const int8_t type = u_charType(static_cast<UChar32>(c));
  return type == U_CONTROL_CHAR || type == U_FORMAT_CHAR;
}

}  // namespace

std::string TokenizedText::Utf8(size_t first, size_t last) const {
  if (first >= last) return std::string();
  const uint32_t begin = tokens[first].begin;
  return ToUtf8(std::u32string_view(text.chars)
                    .substr(begin, tokens[last - 1].end - begin));
}

TokenizedText Tokenize(DecodedText text) {
  TokenizedText out;
  out.text = std::move(text);
  const std::u32string& s = out.text.chars;
  const size_t n = s.size();
  Scanner scan(s);
  out.tokens.reserve(n / 4 + 1);
  bool gap = false, newline = false;
  size_t i = 0;
  while (i < n) {
    const char32_t c = s[i];
    if (IsSkipped(c)) {
      gap = true;
      newline = newline || IsLineBreak(c);
      ++i;
      continue;
    }
    Token t;
    t.begin = static_cast<uint32_t>(i);
    t.glued = !gap && !out.tokens.empty();
    t.newline_before = newline;
    size_t end;
    if (IsAsciiDigit(c)) {
      t.kind = TokenKind::kNumber;
      end = scan.ScanNumber(i);
    } else if (IsLetter(c) || IsMark(c) || scan.WordChar(i)) {
      t.kind = TokenKind::kWord;
      const bool after_number =
          t.glued && out.tokens.back().kind == TokenKind::kNumber;
      end = scan.ScanWord(i, after_number, &t.elided);
    } else if (IsApostrophe(c) && (scan.at(i + 1) | 0x20) == 's' &&
               !scan.WordChar(i + 2) && !out.tokens.empty() && !gap) {
      t.kind = TokenKind::kWord;  // the "'s" of a possessive
      end = i + 2;
    } else {
      const auto mask = U_GET_GC_MASK(static_cast<UChar32>(c));
      t.kind = (mask & U_GC_P_MASK) ? TokenKind::kPunct : TokenKind::kSymbol;
      end = i + 1;
    }
    t.end = static_cast<uint32_t>(end);
    out.tokens.push_back(t);
    gap = newline = false;
    i = end;
  }
  out.keys.reserve(out.tokens.size());
  for (const Token& t : out.tokens) out.keys.push_back(FoldKey(out.chars(t)));
  return out;
}

TokenizedText Tokenize(std::string_view utf8) {
  return Tokenize(DecodeUtf8(utf8));
}

}  // namespace relief
