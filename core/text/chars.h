// Character classes the tokenizer and recognizers use, answered by ICU's
// Unicode properties (compiled into ICU's common library: no data needed).
#ifndef RELIEF_CORE_TEXT_CHARS_H_
#define RELIEF_CORE_TEXT_CHARS_H_

#include <unicode/uchar.h>

namespace relief {

inline bool IsAsciiDigit(char32_t c) { return c >= '0' && c <= '9'; }
inline bool IsLetter(char32_t c) {
  return c < 0x80 ? ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
                  : u_isalpha(static_cast<UChar32>(c));
}
// Combining marks continue a word (decomposed "é" = e + U+0301).
inline bool IsMark(char32_t c) {
  return c >= 0x300 && (U_GET_GC_MASK(static_cast<UChar32>(c)) & U_GC_M_MASK);
}
inline bool IsSpace(char32_t c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' ||
         (c >= 0x80 && u_isUWhiteSpace(static_cast<UChar32>(c)));
}
inline bool IsLineBreak(char32_t c) {
  return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x85;
}
inline bool IsUpper(char32_t c) {
  return c < 0x80 ? (c >= 'A' && c <= 'Z') : u_isupper(static_cast<UChar32>(c));
}
inline bool IsLower(char32_t c) {
  return c < 0x80 ? (c >= 'a' && c <= 'z') : u_islower(static_cast<UChar32>(c));
}
// Apostrophes that French elision uses in print: ' and ’ (and the modifier
// letter ʼ some keyboards produce).
inline bool IsApostrophe(char32_t c) {
  return c == '\'' || c == 0x2019 || c == 0x02BC;
}
// Hyphens that join compound words and names ("Deir-Ezzor", "France-Soir").
inline bool IsHyphen(char32_t c) {
  return c == '-' || c == 0x2010 || c == 0x2011;
}
// Spaces used inside numbers as group separators ("1 234", "1 234").
inline bool IsNumberGroupSpace(char32_t c) {
  return c == ' ' || c == 0xA0 || c == 0x202F || c == 0x2009;
}

}  // namespace relief

#endif  // RELIEF_CORE_TEXT_CHARS_H_
