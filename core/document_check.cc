#include "core/document_check.h"

#include <algorithm>
#include <string>

#include "core/text/utf8.h"

namespace relief {

namespace {

Status Fail(size_t index, const std::string& what) {
  return Status(StatusCode::kInternal,
                "mention " + std::to_string(index) + ": " + what);
}

}  // namespace

Status CheckDocument(const Document& document, std::string_view utf8_input) {
  const DecodedText text = DecodeUtf8(utf8_input);
  const uint32_t length = text.utf16_length();
  uint32_t previous_end = 0;
  for (size_t i = 0; i < document.mentions.size(); ++i) {
    const Mention& m = document.mentions[i];
    if (m.start >= m.end) return Fail(i, "empty or reversed span");
    if (m.end > length) return Fail(i, "ends after the text");
    if (m.start < previous_end) return Fail(i, "unsorted or overlapping");
    previous_end = m.end;
    // UTF-16 offsets must fall on code point boundaries.
    const auto at = [&](uint32_t u16) {
      return std::lower_bound(text.utf16_offsets.begin(),
                              text.utf16_offsets.end(), u16) -
             text.utf16_offsets.begin();
    };
    const size_t first = static_cast<size_t>(at(m.start));
    const size_t last = static_cast<size_t>(at(m.end));
    if (text.utf16_offsets[first] != m.start ||
        text.utf16_offsets[last] != m.end) {
      return Fail(i, "splits a surrogate pair");
    }
    if (ToUtf8(std::u32string_view(text.chars).substr(first, last - first)) !=
        m.text) {
      return Fail(i, "text differs from the input at its offsets");
    }
    const bool has_date = m.date.has_value(), has_figure = m.figure.has_value();
    if (has_date != (m.category == Category::kDate) ||
        (has_figure && m.category != Category::kFigure)) {
      return Fail(i, "value does not match the category");
    }
    if (m.entity >= static_cast<int>(document.entities.size())) {
      return Fail(i, "entity index out of range");
    }
    if (m.confidence && !(*m.confidence >= 0.0 && *m.confidence <= 1.0)) {
      return Fail(i, "confidence outside [0, 1]");
    }
  }
  for (size_t e = 0; e < document.entities.size(); ++e) {
    const Entity& entity = document.entities[e];
    for (int index : entity.mentions) {
      if (index < 0 || index >= static_cast<int>(document.mentions.size()) ||
          document.mentions[static_cast<size_t>(index)].entity !=
              static_cast<int>(e) ||
          document.mentions[static_cast<size_t>(index)].category !=
              entity.category) {
        return Status(StatusCode::kInternal,
                      "entity " + std::to_string(e) + ": bad mention list");
      }
    }
  }
  return Status::Ok();
}

}  // namespace relief
