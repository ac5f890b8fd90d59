// Decoding of the user's UTF-8 into code points, keeping for every code
// point its byte offset and its UTF-16 offset: the tokenizer works on code
// points, SPEC offsets are UTF-16 code units, and the CLI reports bytes.
#ifndef RELIEF_CORE_TEXT_UTF8_H_
#define RELIEF_CORE_TEXT_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace relief {

inline constexpr char32_t kReplacementChar = 0xFFFD;

// A decoded text. Ill-formed UTF-8 is replaced by U+FFFD, one per maximal
// ill-formed subsequence (the Unicode / WHATWG TextDecoder policy), so the
// UTF-16 offsets are those a browser gets for the same bytes.
struct DecodedText {
  std::u32string chars;
  // byte_offsets[i] / utf16_offsets[i]: where chars[i] starts; the extra last
  // element is the end of the text.
  std::vector<uint32_t> byte_offsets;
  std::vector<uint32_t> utf16_offsets;
  size_t invalid_sequences = 0;    // how many U+FFFD were substituted
  size_t first_invalid_byte = 0;   // byte offset of the first one

  size_t size() const { return chars.size(); }
  uint32_t utf16_length() const { return utf16_offsets.back(); }
};

DecodedText DecodeUtf8(std::string_view bytes);

// How many U+FFFD DecodeUtf8 would substitute, and where the first is,
// without building the decoded text.
size_t CountInvalidUtf8(std::string_view bytes, size_t* first_invalid_byte);

// Appends the UTF-8 encoding of one code point (U+FFFD for surrogates and
// values above U+10FFFF, which never come out of DecodeUtf8).
void AppendUtf8(char32_t c, std::string* out);
std::string ToUtf8(std::u32string_view chars);

}  // namespace relief

#endif  // RELIEF_CORE_TEXT_UTF8_H_
