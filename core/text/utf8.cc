#include "core/text/utf8.h"

namespace relief {

namespace {

// Length of the well-formed sequence starting at bytes[i], or 0 if the
// sequence is ill-formed; *bad_len then says how many bytes form the maximal
// ill-formed subpart to replace by one U+FFFD (Unicode 15, table 3-7).
size_t SequenceLength(std::string_view bytes, size_t i, char32_t* cp,
                      size_t* bad_len) {
  const auto b0 = static_cast<unsigned char>(bytes[i]);
  const size_t n = bytes.size();
  *bad_len = 1;
  if (b0 < 0x80) {
    *cp = b0;
    return 1;
  }
  size_t need;
  char32_t value;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 1;
    value = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 2;
    value = b0 & 0x0F;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;  // no surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 3;
    value = b0 & 0x07;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  for (size_t k = 1; k <= need; ++k) {
    if (i + k >= n) return 0;
    const auto b = static_cast<unsigned char>(bytes[i + k]);
    const unsigned char min = k == 1 ? lo : 0x80;
    const unsigned char max = k == 1 ? hi : 0xBF;
    if (b < min || b > max) return 0;
    value = (value << 6) | (b & 0x3F);
    *bad_len = k + 1;
  }
  *cp = value;
  return need + 1;
}

}  // namespace

DecodedText DecodeUtf8(std::string_view bytes) {
  DecodedText text;
  text.chars.reserve(bytes.size());
  text.byte_offsets.reserve(bytes.size() + 1);
  text.utf16_offsets.reserve(bytes.size() + 1);
  uint32_t u16 = 0;
  size_t i = 0;
  while (i < bytes.size()) {
    char32_t cp = 0;
    size_t bad_len = 1;
    size_t len = SequenceLength(bytes, i, &cp, &bad_len);
    if (len == 0) {
      if (text.invalid_sequences++ == 0) text.first_invalid_byte = i;
      cp = kReplacementChar;
      len = bad_len;
    }
    text.chars.push_back(cp);
    text.byte_offsets.push_back(static_cast<uint32_t>(i));
    text.utf16_offsets.push_back(u16);
    u16 += cp >= 0x10000 ? 2 : 1;
    i += len;
  }
  text.byte_offsets.push_back(static_cast<uint32_t>(bytes.size()));
  text.utf16_offsets.push_back(u16);
  return text;
}

size_t CountInvalidUtf8(std::string_view bytes, size_t* first_invalid_byte) {
  size_t invalid = 0;
  for (size_t i = 0; i < bytes.size();) {
    if (static_cast<unsigned char>(bytes[i]) < 0x80) {  // ASCII: most bytes
      ++i;
      continue;
    }
    char32_t cp = 0;
    size_t bad_len = 1;
    const size_t len = SequenceLength(bytes, i, &cp, &bad_len);
    if (len == 0 && invalid++ == 0) *first_invalid_byte = i;
    i += len == 0 ? bad_len : len;
  }
  return invalid;
}

void AppendUtf8(char32_t c, std::string* out) {
  if ((c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) c = kReplacementChar;
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

std::string ToUtf8(std::u32string_view chars) {
  std::string out;
  out.reserve(chars.size());
  for (char32_t c : chars) AppendUtf8(c, &out);
  return out;
}

}  // namespace relief
