#include "core/text/fold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "core/text/chars.h"
#include "core/text/utf8.h"

namespace relief {

namespace {

const icu::Normalizer2* Nfd() {
  static const icu::Normalizer2* nfd = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFDInstance(status);
    return U_SUCCESS(status) ? n : nullptr;
  }();
  return nfd;
}

// Appends the folded form of one code point already stripped of marks.
void AppendFolded(UChar32 c, std::string* out) {
  switch (c) {
    case 0x2019: case 0x2018: case 0x02BC: case 0x00B4: case 0x0060:
      out->push_back('\'');
      return;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013:
      out->push_back('-');
      return;
    case 0x0153: case 0x0152:  // œ Œ
      out->append("oe");
      return;
    case 0x00E6: case 0x00C6:  // æ Æ
      out->append("ae");
      return;
    default:
      break;
  }
  // Full case folding may expand (ß → ss); the simple one is enough here
  // except for ß, which is frequent in German names.
  if (c == 0x00DF) {
    out->append("ss");
    return;
  }
  AppendUtf8(static_cast<char32_t>(u_foldCase(c, U_FOLD_CASE_DEFAULT)), out);
}

std::string FoldWithIcu(std::u32string_view word);

// Latin letters (up to U+024F) fold one at a time, so their folded forms
// are computed once, by ICU, into a table: French and English words then
// never reach the normalizer.
constexpr char32_t kTableEnd = 0x250;
const std::string* LatinTable() {
  static const std::string* table = [] {
    auto* t = new std::string[kTableEnd];
    for (char32_t c = 0; c < kTableEnd; ++c) {
      t[c] = c < 0x80 ? std::string(1, static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c))
                      : FoldWithIcu(std::u32string_view(&c, 1));
    }
    return t;
  }();
  return table;
}

std::string FoldWithIcu(std::u32string_view word) {
  std::string out;
  out.reserve(word.size());
  icu::UnicodeString decomposed;
  const icu::Normalizer2* nfd = Nfd();
  icu::UnicodeString source = icu::UnicodeString::fromUTF32(
      reinterpret_cast<const UChar32*>(word.data()),
      static_cast<int32_t>(word.size()));
  UErrorCode status = U_ZERO_ERROR;
  if (nfd != nullptr) nfd->normalize(source, decomposed, status);
  if (nfd == nullptr || U_FAILURE(status)) decomposed = source;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    AppendFolded(c, &out);
  }
  return out;
}

}  // namespace

std::string FoldKey(std::u32string_view word) {
  bool ascii = true, latin = true;
  for (char32_t c : word) {
    ascii = ascii && c < 0x80;
    latin = latin && (c < kTableEnd || IsApostrophe(c) || IsHyphen(c));
  }
  std::string out;
  out.reserve(word.size());
  if (ascii) {  // fast path: most tokens
    for (char32_t c : word) {
      out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
    }
    return out;
  }
  if (latin) {
    const std::string* table = LatinTable();
    for (char32_t c : word) {
      if (c < kTableEnd) out += table[c];
      else out.push_back(IsApostrophe(c) ? '\'' : '-');  // ’ ʼ ‐ ‑
    }
    return out;
  }
  return FoldWithIcu(word);
}

std::string FoldKey(std::string_view utf8_word) {
  return FoldKey(DecodeUtf8(utf8_word).chars);
}

std::u32string ToNfc(std::u32string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::u32string(text);
  icu::UnicodeString source = icu::UnicodeString::fromUTF32(
      reinterpret_cast<const UChar32*>(text.data()),
      static_cast<int32_t>(text.size()));
  icu::UnicodeString composed = nfc->normalize(source, status);
  if (U_FAILURE(status)) return std::u32string(text);
  std::u32string out(static_cast<size_t>(composed.countChar32()), U'\0');
  UErrorCode convert = U_ZERO_ERROR;
  composed.toUTF32(reinterpret_cast<UChar32*>(out.data()),
                   static_cast<int32_t>(out.size()), convert);
  return out;
}

}  // namespace relief
