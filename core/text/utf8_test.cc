#include "core/text/utf8.h"

#include <doctest/doctest.h>

namespace relief {

TEST_CASE("utf8: accents are one UTF-16 unit, emoji two") {
  const DecodedText t = DecodeUtf8("é😀a");
  REQUIRE(t.size() == 3);
  CHECK(t.chars[0] == U'é');
  CHECK(t.chars[1] == 0x1F600);
  CHECK(t.byte_offsets == std::vector<uint32_t>{0, 2, 6, 7});
  CHECK(t.utf16_offsets == std::vector<uint32_t>{0, 1, 3, 4});
  CHECK(t.invalid_sequences == 0);
}

TEST_CASE("utf8: ill-formed sequences become one U+FFFD each, like browsers") {
  // Lone continuation byte, overlong C0 80, truncated 3-byte sequence,
  // and an encoded surrogate (ED A0 80: three maximal subparts).
  const DecodedText t = DecodeUtf8("a\x80" "b\xC0\x80" "c\xE2\x82" "d\xED\xA0\x80");
  const std::u32string expected = {U'a', 0xFFFD, U'b', 0xFFFD, 0xFFFD, U'c',
                                   0xFFFD, U'd', 0xFFFD, 0xFFFD, 0xFFFD};
  CHECK(t.chars == expected);
  CHECK(t.invalid_sequences == 7);
  CHECK(t.first_invalid_byte == 1);
  CHECK(t.utf16_length() == expected.size());
  size_t first = 99;
  CHECK(CountInvalidUtf8("a\x80" "b\xC0\x80" "c\xE2\x82" "d\xED\xA0\x80", &first) == 7);
  CHECK(first == 1);
  CHECK(CountInvalidUtf8("Kobané 😀", &first) == 0);
}

TEST_CASE("utf8: empty input") {
  const DecodedText t = DecodeUtf8("");
  CHECK(t.size() == 0);
  CHECK(t.utf16_length() == 0);
}

TEST_CASE("utf8: round trip through ToUtf8") {
  const std::string s = "Kobané, 27 mars 2016 — 😀 ﬁ";
  CHECK(ToUtf8(DecodeUtf8(s).chars) == s);
}

}  // namespace relief
